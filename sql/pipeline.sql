-- privsql's main job, on synthetic data. Run: privsql -f sql/pipeline.sql
-- Each capability appends its own delimited section below.

-- == engine: generate, profile, write ==
-- A million realistic inbound messages (seed 42), each labelled with its true privacy intent.
-- A view: every query regenerates the rows (deterministically, in parallel) instead of holding
-- them in memory.
CREATE VIEW messages AS SELECT * FROM synthetic_intents(1000000, 42);

-- Profile: messages per intent (most request nothing), ...
SELECT intent,
       count(*) AS messages,
       round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct
FROM messages
GROUP BY intent
ORDER BY messages DESC;

-- ... per channel, with the privacy requests among them, ...
SELECT channel,
       count(*) AS messages,
       count(*) FILTER (WHERE intent <> 'none') AS privacy_requests,
       round(avg(message_length)) AS avg_length
FROM messages
GROUP BY channel
ORDER BY messages DESC;

-- ... and per intent and channel, side by side.
SELECT intent,
       count(*) FILTER (WHERE channel = 'email') AS email,
       count(*) FILTER (WHERE channel = 'chat') AS chat,
       count(*) FILTER (WHERE channel = 'web_form') AS web_form,
       count(*) FILTER (WHERE channel = 'app_review') AS app_review,
       count(*) FILTER (WHERE channel = 'social') AS social,
       count(*) FILTER (WHERE channel = 'phone_transcript') AS phone
FROM messages
GROUP BY intent
ORDER BY intent;

-- == text: the language of each message, detected ==
-- The detected language beside the generated one, on the first 5,000 messages (detect_language:
-- whatlang, then lingua; `und` below confidence 0.2; normalize_text strips quoted replies and
-- signatures first; docs/text.md).
SELECT language, detect_language(normalize_text(text))['lang'] AS detected, count(*) AS messages
FROM messages WHERE id < 5000
GROUP BY 1, 2 ORDER BY 1, messages DESC;
-- == end of text ==

-- == privacy: redact before saving, pseudonymize the ids kept ==
-- Nothing personal is written: the text with its e-mail addresses, phone numbers, IBANs, cards,
-- ids, dates of birth and addresses replaced by <EMAIL>, <PHONE>, ... (redact_pii); the user id
-- and the sender's address as keyed tokens (pseudonymize over normalize_email: NULL when the
-- address is missing or malformed). The key 'ephemeral' is drawn at random for this run, so the
-- files join among themselves and nobody can recompute a token later; a job that must join runs
-- set a key in the config ([privacy.keys] NAME = "...", or PRIVSQL_PRIVACY__KEYS__NAME) and name
-- it here instead. See docs/privacy.md.
CREATE VIEW messages_private AS
SELECT id, ticket_id,
       pseudonymize(user_id, 'ephemeral') AS user_token,
       pseudonymize(normalize_email(email), 'ephemeral') AS email_token,
       channel, locale, language, received_at,
       redact_pii(text) AS text,
       intent, intents, template, order_total, account_age_days, prior_requests, message_length, defect
FROM messages;

-- What was redacted, by kind, in the first 100,000 messages.
SELECT f['kind'] AS kind, count(*) AS found
FROM (SELECT unnest(find_pii(text)) AS f FROM messages WHERE id < 100000)
GROUP BY f['kind'] ORDER BY found DESC;

-- Write them to Parquet under out/ (COPY creates the directory).
COPY (SELECT * FROM messages_private) TO 'out/messages.parquet' STORED AS PARQUET;
-- == end of privacy ==

-- == quality: a contract for the messages, rejects with their reasons, the quality score ==
-- The contract a clean message meets (written like a CREATE TABLE body; rules are SQL).
SELECT rule_no, field, rule, definition FROM define_contract('message', '
  id               BIGINT NOT NULL,
  ticket_id        VARCHAR(13) NOT NULL CHECK (ticket_id ~ ''^SR-[0-9A-F]{10}$'') UNIQUE,
  email_token      VARCHAR NOT NULL CHECK (email_token ~ ''^tok_[a-z2-7]{26}$''),
  channel          VARCHAR NOT NULL CHECK (channel IN (''email'', ''chat'', ''web_form'', ''app_review'', ''social'', ''phone_transcript'')),
  language         VARCHAR NOT NULL CHECK (language IN (''en'', ''de'', ''fr'', ''es'', ''it'', ''nl'', ''pt'')),
  received_at      TIMESTAMP NOT NULL CHECK (received_at <= now()),
  text             VARCHAR NOT NULL CHECK (char_length(trim(text)) > 0),
  order_total      DOUBLE CHECK (order_total >= 0),
  account_age_days INT NOT NULL CHECK (account_age_days BETWEEN 0 AND 36500)
');

-- Read back the Parquet file written above: each pass of the checks reads only the columns it
-- needs instead of generating the messages again.
CREATE EXTERNAL TABLE message_file STORED AS PARQUET LOCATION 'out/messages.parquet';

-- Rejects with their reasons (emails redacted). The valid rows are the same query with
-- `WHERE is_valid(...)` (see docs/quality.md).
COPY (SELECT id, ticket_id, defect,
             validate_schema('message', id, ticket_id, email_token, channel, language, received_at, text, order_total, account_age_days) AS reasons
      FROM message_file
      WHERE NOT is_valid('message', id, ticket_id, email_token, channel, language, received_at, text, order_total, account_age_days))
TO 'out/rejects.parquet' STORED AS PARQUET;

-- The contract's columns, for the report and the score.
CREATE VIEW message_fields AS
SELECT id, ticket_id, email_token, channel, language, received_at, text, order_total, account_age_days FROM message_file;

-- Which rule caught which injected defect (duplicate ticket ids are a table rule: see the report).
SELECT defect, r['field'] AS field, r['rule'] AS rule, count(*) AS rows
FROM (SELECT defect, unnest(reasons) AS r FROM 'out/rejects.parquet')
GROUP BY defect, r['field'], r['rule']
ORDER BY defect, rows DESC;

-- The quality score (timestamps span 2025: a freshness window of two years).
SELECT round(score, 2) AS score, round(completeness, 2) AS completeness, round(validity, 2) AS validity,
       round(uniqueness, 2) AS uniqueness, round(consistency, 2) AS consistency, round(timeliness, 2) AS timeliness,
       rows, checks, failed_checks
FROM quality_score('message_fields', 'message', '730 days');

-- The failed checks, with examples (sensitive values redacted).
SELECT "check", "column", unexpected_count, round(unexpected_percent, 3) AS pct, unexpected_examples
FROM quality_report('message_fields', 'message', '730 days')
WHERE NOT success
ORDER BY unexpected_count DESC;

-- == end of quality ==

-- == sample: a stratified evaluation sample and a balanced training set ==
-- (privsql's sampling family, see docs/sample.md), over the `messages` view above.

-- A stratified train/test split by intent, 20% test, as scikit-learn's StratifiedShuffleSplit.
CREATE TABLE sample_labelled AS SELECT * FROM stratified_split('messages', 'intent', 0.2, 42);
SELECT split, count(*) AS rows FROM sample_labelled GROUP BY split ORDER BY split;

-- A 1% stratified evaluation sample of the test rows, every intent in proportion.
CREATE VIEW sample_test AS SELECT * FROM sample_labelled WHERE split = 'test';
CREATE TABLE sample_eval AS SELECT * FROM stratified_sample('sample_test', 'intent', 0.01, 42);
SELECT intent, count(*) AS eval_rows FROM sample_eval GROUP BY intent ORDER BY intent;

-- Balance a training set with SMOTE: numeric features of 5% of the train rows, every intent raised
-- to the majority's count, channel as a categorical (SMOTE-NC).
CREATE VIEW sample_train AS
  SELECT intent, channel, coalesce(order_total, 0.0) AS order_total, account_age_days, prior_requests, message_length
  FROM sample_labelled WHERE split = 'train';
CREATE TABLE sample_train_5pct AS SELECT * FROM stratified_sample('sample_train', 'intent', 0.05, 42);
CREATE TABLE sample_balanced AS
  SELECT * FROM smote('sample_train_5pct', 'intent', 5, 'auto', 42,
    '{"categorical": ["channel"], "standardize": true}');
SELECT intent, sum(CASE WHEN is_synthetic THEN 0 ELSE 1 END) AS original, sum(CASE WHEN is_synthetic THEN 1 ELSE 0 END) AS synthetic
FROM sample_balanced GROUP BY intent ORDER BY intent;
-- == end of sample ==

-- == classify: privacy intent of every message ==
-- classify_intent runs the embedded ONNX model over each batch (identical texts scored once).
-- Predicted intents next to the generator's true labels, then the accuracy, on the first
-- 100,000 messages (the whole million takes about 7 s in a release build, longer in debug).
CREATE TABLE classified AS
SELECT intent AS true_intent, classify_intent(text) AS predicted FROM messages WHERE id < 100000;

SELECT i.intent,
       (SELECT count(*) FROM classified WHERE true_intent = i.intent) AS true_count,
       (SELECT count(*) FROM classified WHERE predicted = i.intent) AS predicted_count,
       (SELECT count(*) FROM classified WHERE true_intent = i.intent AND predicted = i.intent) AS agree
FROM (SELECT DISTINCT true_intent AS intent FROM classified) AS i
ORDER BY i.intent;

SELECT round(avg(CASE WHEN true_intent = predicted THEN 1.0 ELSE 0.0 END), 4) AS accuracy FROM classified;
