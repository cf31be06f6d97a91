-- Privacy requests (intent other than 'none') per country and intent, with the first arrival.
select
    c.country,
    s.intent,
    count(*) as requests,
    min(s.received_at) as first_received_at
from {{ ref('stg_requests') }} as s
join {{ source('raw', 'customers') }} as c on c.customer_id = s.customer_id
where s.intent <> 'none'
group by c.country, s.intent
