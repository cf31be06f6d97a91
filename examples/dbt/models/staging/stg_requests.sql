-- Each request with the privacy intent privsql's model finds in its text.
select
    r.request_id,
    r.customer_id,
    lower(r.channel) as channel,
    r.received_at,
    classify_intent(r.body) as intent
from {{ source('raw', 'requests') }} as r
