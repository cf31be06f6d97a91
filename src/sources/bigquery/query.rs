//! `bigquery_query('PROJECT', 'SELECT ...')`: a query run by BigQuery itself (`jobs.query`,
//! then `getQueryResults` pages), its result a table in privsql. With `bigquery.max_bytes_billed`
//! set, the query is dry-run first and refused, with BigQuery's estimate, when it would process
//! more; the limit also goes with the query so BigQuery enforces it.

use std::sync::Arc;

use base64::Engine as _;
use datafusion::arrow::array::{Array, ArrayRef, BinaryBuilder, RecordBatch, StringArray, TimestampMicrosecondArray};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, SchemaRef, TimeUnit};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{exec_datafusion_err, plan_datafusion_err, plan_err, Result, ScalarValue};
use datafusion::datasource::MemTable;
use datafusion::logical_expr::{Documentation, Expr};
use gcp_bigquery_client::model::data_format_options::DataFormatOptions;
use gcp_bigquery_client::model::get_query_results_parameters::GetQueryResultsParameters;
use gcp_bigquery_client::model::query_request::QueryRequest;
use gcp_bigquery_client::model::table_row::TableRow;
use privsql_udfs::{doc, NamedTableFunction};

use super::client::{describe, with_retries, Clients};
use super::schema::arrow_schema;
use crate::config::BigQueryConfig;

/// The SQL name.
pub const NAME: &str = "bigquery_query";

/// The table function `bigquery_query(project, sql)`.
#[derive(Debug, Default)]
pub struct BigQueryQueryFunc {
    config: Arc<BigQueryConfig>,
}

impl BigQueryQueryFunc {
    /// This table function as a registry entry, with its documentation.
    pub fn named(config: &BigQueryConfig) -> NamedTableFunction {
        NamedTableFunction { name: NAME.to_string(), doc: documentation(), func: Arc::new(Self { config: Arc::new(config.clone()) }) }
    }
}

/// The documentation shown by `privsql_functions()` and `\df`.
pub fn documentation() -> Documentation {
    Documentation::builder(
        doc::SOURCES,
        "Runs a GoogleSQL query in BigQuery (jobs.query, then every result page) and returns its \
         result. With bigquery.max_bytes_billed set, the query is dry-run first and refused with \
         BigQuery's estimate when it would process more. ARRAY and STRUCT result columns are \
         refused: select TO_JSON_STRING(column) instead. Credentials and endpoint come from the \
         [bigquery] config section.",
        "bigquery_query(project, sql)",
    )
    .with_argument("project", "The project that runs (and pays for) the query.")
    .with_argument("sql", "The query, in BigQuery's GoogleSQL.")
    .with_sql_example(
        "SELECT channel, n\n\
         FROM bigquery_query('my-project', 'SELECT channel, COUNT(*) AS n FROM support.tickets GROUP BY channel');",
    )
    .build()
}

impl TableFunctionImpl for BigQueryQueryFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let exprs = args.exprs();
        let [project, sql] = exprs else {
            return plan_err!("{NAME} takes 2 arguments (project, sql), got {}", exprs.len());
        };
        let (project, sql) = (literal_str(project, "project")?, literal_str(sql, "sql")?);
        let config = Arc::clone(&self.config);
        // Table functions are planned synchronously; the REST calls run on a runtime of their
        // own in a thread of their own, so this works inside any caller's runtime.
        let result = std::thread::scope(|s| {
            s.spawn(|| {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| exec_datafusion_err!("{NAME}: cannot start a runtime: {e}"))?;
                rt.block_on(run(&config, &project, &sql))
            })
            .join()
        });
        let (schema, batch) = result.map_err(|_| exec_datafusion_err!("{NAME}: the query thread panicked"))??;
        Ok(Arc::new(MemTable::try_new(schema, vec![vec![batch]])?))
    }
}

fn literal_str(e: &Expr, name: &str) -> Result<String> {
    match e {
        Expr::Literal(ScalarValue::Utf8(Some(s)) | ScalarValue::Utf8View(Some(s)) | ScalarValue::LargeUtf8(Some(s)), _) => {
            Ok(s.clone())
        }
        _ => plan_err!("{NAME}: argument {name} must be a string literal"),
    }
}

async fn run(config: &BigQueryConfig, project: &str, sql: &str) -> Result<(SchemaRef, RecordBatch)> {
    let clients = Clients::connect(config).await?;
    let jobs = clients.rest.job();
    let mut request = QueryRequest::new(sql);
    request.format_options = Some(DataFormatOptions { use_int64_timestamp: Some(true) });
    if let Some(max) = config.max_bytes_billed {
        let mut dry = request.clone();
        dry.dry_run = Some(true);
        let plan = with_retries(config, || jobs.query(project, dry.clone()))
            .await
            .map_err(|e| plan_datafusion_err!("{NAME}: BigQuery refused the query: {}", describe(&e)))?;
        let estimate: u64 = plan.total_bytes_processed.as_deref().and_then(|b| b.parse().ok()).unwrap_or(0);
        check_estimate(estimate, max)?;
        request.maximum_bytes_billed = Some(max.to_string());
    }
    let first = with_retries(config, || jobs.query(project, request.clone()))
        .await
        .map_err(|e| plan_datafusion_err!("{NAME}: the query failed: {}", describe(&e)))?;
    let job = first.job_reference.clone().and_then(|r| r.job_id.map(|id| (id, r.location)));
    let mut schema = first.schema.clone();
    let mut rows: Vec<TableRow> = first.rows.unwrap_or_default();
    let mut page_token = first.page_token.clone();
    let mut complete = first.job_complete.unwrap_or(true);
    // Wait for the job, then read the remaining pages.
    while !complete || page_token.is_some() {
        let Some((job_id, location)) = &job else {
            return plan_err!("{NAME}: BigQuery returned neither the result nor a job to wait for");
        };
        let params = GetQueryResultsParameters {
            page_token: page_token.clone(),
            location: location.clone(),
            timeout_ms: Some(10_000),
            format_options: Some(DataFormatOptions { use_int64_timestamp: Some(true) }),
            ..GetQueryResultsParameters::default()
        };
        let page = with_retries(config, || jobs.get_query_results(project, job_id, params.clone()))
            .await
            .map_err(|e| plan_datafusion_err!("{NAME}: reading the results failed: {}", describe(&e)))?;
        if let Some(errors) = page.errors.as_ref().filter(|e| !e.is_empty()) {
            let msgs: Vec<String> = errors.iter().filter_map(|e| e.message.clone()).collect();
            return plan_err!("{NAME}: the query failed: {}", msgs.join("; "));
        }
        complete = page.job_complete.unwrap_or(true);
        if complete {
            schema = schema.or(page.schema);
            rows.extend(page.rows.unwrap_or_default());
            page_token = page.page_token;
        }
    }
    let fields = schema.and_then(|s| s.fields).unwrap_or_default();
    let schema = Arc::new(arrow_schema(&fields)?);
    let mut columns = Vec::with_capacity(fields.len());
    for (i, field) in schema.fields().iter().enumerate() {
        let text: StringArray = rows.iter().map(|r| cell(r, i)).collect();
        columns.push(column(&text, field.data_type(), field.name())?);
    }
    let batch = RecordBatch::try_new_with_options(
        Arc::clone(&schema),
        columns,
        &datafusion::arrow::array::RecordBatchOptions::new().with_row_count(Some(rows.len())),
    )?;
    Ok((schema, batch))
}

/// Refuse a query whose dry-run estimate is above `bigquery.max_bytes_billed`.
fn check_estimate(estimate: u64, max: usize) -> Result<()> {
    if estimate > max as u64 {
        return plan_err!(
            "{NAME}: the query would process {estimate} bytes (BigQuery's dry-run estimate), more than bigquery.max_bytes_billed = {max}; narrow it or raise the limit"
        );
    }
    Ok(())
}

/// Cell `i` of a REST result row as text (BigQuery sends scalars as JSON strings).
fn cell(row: &TableRow, i: usize) -> Option<String> {
    let v = row.columns.as_ref()?.get(i)?.value.as_ref()?;
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// A column of REST text values as `target`.
fn column(text: &StringArray, target: &DataType, name: &str) -> Result<ArrayRef> {
    Ok(match target {
        DataType::List(_) | DataType::Struct(_) => {
            return plan_err!("{NAME}: result column '{name}' is an ARRAY or STRUCT: select TO_JSON_STRING({name}) instead")
        }
        DataType::Binary => {
            let engine = base64::engine::general_purpose::STANDARD;
            let mut b = BinaryBuilder::with_capacity(text.len(), text.len() * 8);
            for v in text.iter() {
                match v {
                    None => b.append_null(),
                    Some(s) => b.append_value(
                        engine.decode(s).map_err(|e| exec_datafusion_err!("{NAME}: column '{name}': BYTES value not base64: {e}"))?,
                    ),
                }
            }
            Arc::new(b.finish())
        }
        // Microseconds since the epoch (use_int64_timestamp), or seconds as a float.
        DataType::Timestamp(TimeUnit::Microsecond, Some(tz)) => {
            let micros: TimestampMicrosecondArray = text
                .iter()
                .map(|v| {
                    let s = v?;
                    s.parse::<i64>().ok().or_else(|| s.parse::<f64>().ok().map(|f| (f * 1e6).round() as i64))
                })
                .collect();
            Arc::new(micros.with_timezone(tz.clone()))
        }
        DataType::Utf8 => Arc::new(text.clone()),
        other => cast(text, other).map_err(|e| exec_datafusion_err!("{NAME}: column '{name}': {e}"))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cost_guard_refuses_with_the_estimate() {
        assert!(check_estimate(100, 100).is_ok());
        let e = check_estimate(5_000_000_000, 1_000_000_000).unwrap_err().to_string();
        assert!(e.contains("5000000000 bytes") && e.contains("bigquery.max_bytes_billed = 1000000000"), "{e}");
    }

    #[test]
    fn rest_text_becomes_typed_columns() {
        let t = StringArray::from(vec![Some("1709210096123456"), None, Some("1.5E0")]);
        let ts = column(&t, &DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())), "ts").unwrap();
        let ts = ts.as_any().downcast_ref::<TimestampMicrosecondArray>().unwrap();
        assert_eq!(ts.value(0), 1_709_210_096_123_456);
        assert!(ts.is_null(1));
        assert_eq!(ts.value(2), 1_500_000);
        let n = column(&StringArray::from(vec!["123.456"]), &DataType::Decimal128(38, 9), "n").unwrap();
        assert_eq!(n.data_type(), &DataType::Decimal128(38, 9));
        let b = column(&StringArray::from(vec!["AQID"]), &DataType::Binary, "b").unwrap();
        assert_eq!(b.len(), 1);
        assert!(column(&t, &DataType::Struct(Default::default()), "r").is_err());
    }
}
