-- How the intent classifier's confidence follows how clearly a message states its intent:
-- synthetic privacy requests in the seven core languages at every clarity level (explicit,
-- indirect, hedged, mixed; synthetic_intents' `clarity` column, docs/synthetic.md), scored by
-- intent_scores. Prints, per level, the rows, the level's label confidence (the generator's
-- prior), the classifier's mean confidence and its accuracy (label = intent), and the
-- calibration gap (mean confidence - accuracy: positive means over-confident).
--
--   privsql -f sql/calibration_by_clarity.sql
--
-- A well-calibrated model is less confident where messages are less clear; the gap shows
-- where it is over- or under-confident. To look at another model, give its name as the
-- second argument of intent_scores.

CREATE TABLE clarity_scored AS
SELECT clarity, label_confidence, intent, s['label'] AS predicted, s['confidence'] AS confidence
FROM (
  SELECT clarity, label_confidence, intent, intent_scores(text) AS s
  FROM synthetic_intents(8000, 20261206, 'privacy_share=1, defects=none, hedged=0.3, chatter=0.3')
);

SELECT clarity,
       count(*) AS rows,
       max(label_confidence) AS label_confidence,
       round(avg(confidence), 3) AS mean_confidence,
       round(avg(CASE WHEN predicted = intent THEN 1.0 ELSE 0.0 END), 3) AS accuracy,
       round(avg(confidence) - avg(CASE WHEN predicted = intent THEN 1.0 ELSE 0.0 END), 3) AS calibration_gap
FROM clarity_scored
GROUP BY clarity
ORDER BY 3 DESC;
