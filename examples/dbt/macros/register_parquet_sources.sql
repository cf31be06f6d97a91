{#- The sources of models/sources.yml, as external tables over the Parquet files written by
    make_data.py. IF NOT EXISTS: the server persists them, so later runs change nothing. -#}
{% macro register_parquet_sources() %}
  {%- set dir = env_var('PRIVSQL_DBT_DATA', project_root ~ '/data') -%}
  CREATE SCHEMA IF NOT EXISTS raw;
  CREATE EXTERNAL TABLE IF NOT EXISTS raw.requests STORED AS PARQUET LOCATION '{{ dir }}/requests.parquet';
  CREATE EXTERNAL TABLE IF NOT EXISTS raw.customers STORED AS PARQUET LOCATION '{{ dir }}/customers.parquet'
{% endmacro %}
