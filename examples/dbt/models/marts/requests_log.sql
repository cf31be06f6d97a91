-- Every classified request, appended once: an incremental model. Later runs add only requests
-- received after the newest one already in the table (dbt builds them in a temporary table, then
-- inserts them).
{{ config(materialized='incremental') }}

select
    s.request_id,
    s.received_at,
    s.intent,
    l.label as intent_label
from {{ ref('stg_requests') }} as s
join {{ ref('intent_labels') }} as l on l.intent = s.intent
{% if is_incremental() %}
where s.received_at > (select max(received_at) from {{ this }})
{% endif %}
