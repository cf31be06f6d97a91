-- Privacy requests in a BigQuery warehouse: support tickets read where they are, classified,
-- checked against a contract, and the routed requests written back to BigQuery.
-- Run: privsql --config bigquery.toml -f sql/bigquery/pipeline.sql
-- (the [bigquery] section names the credentials or an emulator; docs/bigquery.md shows the two
-- tables, support.tickets and support.routed_requests, of project privsql-demo).

CREATE EXTERNAL TABLE tickets STORED AS BIGQUERY
  LOCATION 'bigquery://privsql-demo/support/tickets';
CREATE EXTERNAL TABLE routed_requests STORED AS BIGQUERY
  LOCATION 'bigquery://privsql-demo/support/routed_requests';

-- Load: a demo warehouse gets 2,000 synthetic tickets (a real one has its tickets already).
INSERT INTO tickets
SELECT id AS ticket_id, channel, language, email, CAST(received_at AS TIMESTAMP) AS received_at, text
FROM synthetic_intents(2000, 7);

-- The contract a ticket must meet before it is routed.
SELECT rule_no, field, rule FROM define_contract('ticket', '
  ticket_id   BIGINT NOT NULL,
  channel     VARCHAR NOT NULL,
  email       VARCHAR NOT NULL CHECK (is_email(email)),
  text        VARCHAR NOT NULL CHECK (char_length(trim(text)) > 0)
');

-- Classify once per ticket (the Storage Read API sends only the columns used here).
CREATE TABLE classified AS
SELECT ticket_id, channel, email, text, received_at, classify_intent(text) AS intent
FROM tickets;

-- Route the valid privacy requests to the queue of their kind and write them back.
INSERT INTO routed_requests
SELECT ticket_id,
       intent,
       CASE intent
         WHEN 'deletion' THEN 'privacy-erasure'
         WHEN 'access' THEN 'privacy-access'
         WHEN 'portability' THEN 'privacy-access'
         WHEN 'rectification' THEN 'privacy-rectification'
         ELSE 'privacy-other'
       END AS queue,
       channel,
       received_at
FROM classified
WHERE intent <> 'none'
  AND is_valid('ticket', ticket_id, channel, email, text);

-- What went where, read back from BigQuery.
SELECT queue, count(*) AS requests FROM routed_requests GROUP BY queue ORDER BY queue;
