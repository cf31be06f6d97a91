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

-- Write them to Parquet under out/ (COPY creates the directory).
COPY (SELECT * FROM messages) TO 'out/messages.parquet' STORED AS PARQUET;

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
