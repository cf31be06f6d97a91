-- Evaluate an intent model on the two hand-written evaluation sets, never used for training:
--   letters  tests/data/heldout/letters_*.csv: the independent held-out letters (26 languages,
--            formal letters, e-mails, forms and chats; 11 labels; `labels` lists every request
--            of a message, `|`-separated, the primary first);
--   eval     tests/data/intents_eval_*.csv: chats, e-mails and letters in seven languages, most
--            of them ordinary customer messages (the first seven labels).
-- Prints accuracy and macro-F1 per set, precision and recall per label, accuracy per language,
-- what classify_intents finds of every request, and the confusion matrix of the letters.
--
--   privsql -f sql/evaluate_intents.sql      (or cargo run --bin privsql -- -f ...)
--
-- To evaluate another model, give its name as the second argument of classify_intent and
-- classify_intents below.

CREATE EXTERNAL TABLE heldout_letters (id VARCHAR, lang VARCHAR, kind VARCHAR, label VARCHAR, labels VARCHAR, text VARCHAR)
STORED AS CSV LOCATION 'tests/data/heldout/letters_*.csv'
OPTIONS ('format.has_header' 'true', 'format.newlines_in_values' 'true');

CREATE EXTERNAL TABLE intents_eval (id VARCHAR, lang VARCHAR, kind VARCHAR, label VARCHAR, text VARCHAR)
STORED AS CSV LOCATION 'tests/data/intents_eval_*.csv'
OPTIONS ('format.has_header' 'true', 'format.newlines_in_values' 'true');

-- Every intent classify_intents finds in each letter.
CREATE TABLE letters_found AS
SELECT id, array_agg(i['intent']) AS found
FROM (SELECT id, unnest(classify_intents(text)) AS i FROM heldout_letters) GROUP BY id;

CREATE TABLE intent_predictions AS
SELECT 'letters' AS eval_set, h.id, lang, kind, label, string_to_array(labels, '|') AS labels,
       classify_intent(text) AS predicted, f.found
FROM heldout_letters h JOIN letters_found f ON h.id = f.id
UNION ALL
SELECT 'eval', id, lang, kind, label, make_array(label), classify_intent(text), make_array(classify_intent(text))
FROM intents_eval;

CREATE TABLE intent_labels AS
SELECT * FROM (VALUES ('access'), ('deletion'), ('rectification'), ('opt_out_sale'), ('opt_out_marketing'),
                      ('consent_withdrawal'), ('portability'), ('restriction'), ('objection'),
                      ('automated_decision'), ('none')) AS t(intent);

CREATE TABLE intent_per_class AS
SELECT eval_set, intent, tp, fp, fn,
       CASE WHEN tp + fp = 0 THEN 0.0 ELSE tp / (tp + fp) END AS precision,
       CASE WHEN tp + fn = 0 THEN 0.0 ELSE tp / (tp + fn) END AS recall
FROM (
  SELECT p.eval_set, l.intent,
         CAST(sum(CASE WHEN p.label = l.intent AND p.predicted = l.intent THEN 1 ELSE 0 END) AS DOUBLE) AS tp,
         CAST(sum(CASE WHEN p.label <> l.intent AND p.predicted = l.intent THEN 1 ELSE 0 END) AS DOUBLE) AS fp,
         CAST(sum(CASE WHEN p.label = l.intent AND p.predicted <> l.intent THEN 1 ELSE 0 END) AS DOUBLE) AS fn
  FROM intent_labels l CROSS JOIN intent_predictions p
  GROUP BY p.eval_set, l.intent
)
-- A label with no message in a set (the four newer ones in `eval`) does not count in its macro-F1.
WHERE tp + fn > 0;

-- Overall, per set.
SELECT p.eval_set, count(*) AS messages,
       round(avg(CASE WHEN label = predicted THEN 1.0 ELSE 0.0 END), 4) AS accuracy,
       (SELECT round(avg(CASE WHEN precision + recall = 0 THEN 0.0
                              ELSE 2 * precision * recall / (precision + recall) END), 4)
        FROM intent_per_class c WHERE c.eval_set = p.eval_set) AS macro_f1
FROM intent_predictions p GROUP BY p.eval_set ORDER BY p.eval_set;

-- Per label (primary intent, classify_intent).
SELECT eval_set, intent, CAST(tp + fn AS BIGINT) AS support, round(precision, 3) AS precision, round(recall, 3) AS recall,
       round(CASE WHEN precision + recall = 0 THEN 0.0 ELSE 2 * precision * recall / (precision + recall) END, 3) AS f1
FROM intent_per_class ORDER BY eval_set, intent;

-- Per language: the independent held-out letters, then the seven-language set.
SELECT eval_set, lang, count(*) AS messages,
       round(avg(CASE WHEN label = predicted THEN 1.0 ELSE 0.0 END), 3) AS accuracy
FROM intent_predictions GROUP BY eval_set, lang ORDER BY eval_set, lang;

-- Every request of a letter (classify_intents against `labels`): per label, the share of the
-- letters making that request where it is found, and of those where it is found that make it.
SELECT l.intent,
       sum(CASE WHEN array_has(p.labels, l.intent) THEN 1 ELSE 0 END) AS letters_with_it,
       round(avg(CASE WHEN array_has(p.labels, l.intent) THEN CASE WHEN array_has(p.found, l.intent) THEN 1.0 ELSE 0.0 END END), 3) AS recall,
       round(avg(CASE WHEN array_has(p.found, l.intent) THEN CASE WHEN array_has(p.labels, l.intent) THEN 1.0 ELSE 0.0 END END), 3) AS precision
FROM intent_labels l CROSS JOIN intent_predictions p
WHERE p.eval_set = 'letters' AND l.intent <> 'none'
GROUP BY l.intent ORDER BY l.intent;

-- Letters with several requests: how many have every request found.
SELECT count(*) AS combined_letters,
       sum(CASE WHEN array_has_all(found, labels) THEN 1 ELSE 0 END) AS all_requests_found
FROM intent_predictions WHERE eval_set = 'letters' AND cardinality(labels) > 1;

-- Confusion matrix of the letters: rows are the true labels, columns the predictions.
SELECT label AS true_label,
       sum(CASE WHEN predicted = 'access' THEN 1 ELSE 0 END) AS access,
       sum(CASE WHEN predicted = 'deletion' THEN 1 ELSE 0 END) AS deletion,
       sum(CASE WHEN predicted = 'rectification' THEN 1 ELSE 0 END) AS rectification,
       sum(CASE WHEN predicted = 'opt_out_sale' THEN 1 ELSE 0 END) AS opt_out_sale,
       sum(CASE WHEN predicted = 'opt_out_marketing' THEN 1 ELSE 0 END) AS opt_out_marketing,
       sum(CASE WHEN predicted = 'consent_withdrawal' THEN 1 ELSE 0 END) AS consent_withdrawal,
       sum(CASE WHEN predicted = 'portability' THEN 1 ELSE 0 END) AS portability,
       sum(CASE WHEN predicted = 'restriction' THEN 1 ELSE 0 END) AS restriction,
       sum(CASE WHEN predicted = 'objection' THEN 1 ELSE 0 END) AS objection,
       sum(CASE WHEN predicted = 'automated_decision' THEN 1 ELSE 0 END) AS automated_decision,
       sum(CASE WHEN predicted = 'none' THEN 1 ELSE 0 END) AS none
FROM intent_predictions WHERE eval_set = 'letters' GROUP BY label ORDER BY label;
