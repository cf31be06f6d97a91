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
