-- Evaluate an intent model on the hand-written evaluation set (tests/data/intents_eval_*.csv:
-- chats, emails and page-long letters in seven languages, most of them ordinary customer
-- messages; never used for training). Prints accuracy, macro-F1, per-class precision and
-- recall, the scores per language and kind, and the confusion matrix.
--
--   cargo run -p privsql-udfs --example run_sql -- -f sql/evaluate_intents.sql      (or privsql -f ...)
--
-- To evaluate another model, replace classify_intent(text) below by
-- classify_intent(text, 'NAME').

CREATE EXTERNAL TABLE intents_eval (id VARCHAR, lang VARCHAR, kind VARCHAR, label VARCHAR, text VARCHAR)
STORED AS CSV LOCATION 'tests/data/intents_eval_*.csv'
OPTIONS ('format.has_header' 'true', 'format.newlines_in_values' 'true');

CREATE TABLE intent_predictions AS
SELECT id, lang, kind, label, classify_intent(text) AS predicted FROM intents_eval;

CREATE TABLE intent_labels AS
SELECT * FROM (VALUES ('access'), ('deletion'), ('rectification'), ('opt_out_sale'),
                      ('opt_out_marketing'), ('consent_withdrawal'), ('none')) AS t(intent);

CREATE TABLE intent_per_class AS
SELECT intent, tp, fp, fn,
       CASE WHEN tp + fp = 0 THEN 0.0 ELSE tp / (tp + fp) END AS precision,
       CASE WHEN tp + fn = 0 THEN 0.0 ELSE tp / (tp + fn) END AS recall
FROM (
  SELECT l.intent,
         CAST(sum(CASE WHEN p.label = l.intent AND p.predicted = l.intent THEN 1 ELSE 0 END) AS DOUBLE) AS tp,
         CAST(sum(CASE WHEN p.label <> l.intent AND p.predicted = l.intent THEN 1 ELSE 0 END) AS DOUBLE) AS fp,
         CAST(sum(CASE WHEN p.label = l.intent AND p.predicted <> l.intent THEN 1 ELSE 0 END) AS DOUBLE) AS fn
  FROM intent_labels l CROSS JOIN intent_predictions p
  GROUP BY l.intent
);

-- Overall.
SELECT (SELECT count(*) FROM intent_predictions) AS messages,
       (SELECT round(avg(CASE WHEN label = predicted THEN 1.0 ELSE 0.0 END), 4) FROM intent_predictions) AS accuracy,
       (SELECT round(avg(CASE WHEN precision + recall = 0 THEN 0.0
                              ELSE 2 * precision * recall / (precision + recall) END), 4)
        FROM intent_per_class) AS macro_f1;

-- Per class.
SELECT intent, CAST(tp + fn AS BIGINT) AS support, round(precision, 3) AS precision, round(recall, 3) AS recall,
       round(CASE WHEN precision + recall = 0 THEN 0.0 ELSE 2 * precision * recall / (precision + recall) END, 3) AS f1
FROM intent_per_class ORDER BY intent;

-- Per language and kind (chat, email, letter).
SELECT lang, kind, count(*) AS messages,
       round(avg(CASE WHEN label = predicted THEN 1.0 ELSE 0.0 END), 3) AS accuracy
FROM intent_predictions GROUP BY lang, kind ORDER BY lang, kind;

-- Confusion matrix: rows are the true labels, columns the predictions.
SELECT label AS true_label,
       sum(CASE WHEN predicted = 'access' THEN 1 ELSE 0 END) AS access,
       sum(CASE WHEN predicted = 'deletion' THEN 1 ELSE 0 END) AS deletion,
       sum(CASE WHEN predicted = 'rectification' THEN 1 ELSE 0 END) AS rectification,
       sum(CASE WHEN predicted = 'opt_out_sale' THEN 1 ELSE 0 END) AS opt_out_sale,
       sum(CASE WHEN predicted = 'opt_out_marketing' THEN 1 ELSE 0 END) AS opt_out_marketing,
       sum(CASE WHEN predicted = 'consent_withdrawal' THEN 1 ELSE 0 END) AS consent_withdrawal,
       sum(CASE WHEN predicted = 'none' THEN 1 ELSE 0 END) AS none
FROM intent_predictions GROUP BY label ORDER BY label;
