//! `INSERT INTO` a BigQuery table through `tabledata.insertAll`: rows go as JSON in requests of
//! `bigquery.insert_batch_rows`, each row with an insert id so that a retried request is not
//! written twice, and the statement reports its count only once every request was accepted.
//! Requests skip invalid rows (`skipInvalidRows`): BigQuery writes the valid ones and lists the
//! others, and any rejected row fails the statement with its index in the statement, the
//! reason and how many rows were written.
//!
//! (The Storage Write API of `gcp-bigquery-client` talks only to Google's own host, so it cannot
//! reach an emulator or a private endpoint; insertAll works with both.)

use std::fmt;
use std::sync::Arc;

use base64::Engine as _;
use datafusion::arrow::array::{Array, ArrayRef, AsArray, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::arrow::json::ArrayWriter;
use datafusion::common::{exec_datafusion_err, exec_err, Result};
use datafusion::datasource::sink::DataSink;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_plan::{DisplayAs, DisplayFormatType};
use futures::StreamExt;
use gcp_bigquery_client::model::table_data_insert_all_request::TableDataInsertAllRequest;
use gcp_bigquery_client::model::table_data_insert_all_request_rows::TableDataInsertAllRequestRows;

use super::client::{describe, with_retries, Connector};
use super::options::BigQueryOptions;

/// Writes the rows of an `INSERT INTO` to a BigQuery table.
#[derive(Debug)]
pub struct BigQuerySink {
    pub(crate) options: Arc<BigQueryOptions>,
    pub(crate) connector: Arc<Connector>,
    pub(crate) schema: SchemaRef,
}

impl BigQuerySink {
    pub fn new(options: Arc<BigQueryOptions>, connector: Arc<Connector>, schema: SchemaRef) -> Self {
        Self { options, connector, schema }
    }

    /// One request's rows, numbered from `first` within the statement.
    async fn insert(&self, rows: Vec<serde_json::Map<String, serde_json::Value>>, first: u64, statement: &str) -> Result<()> {
        let clients = self.connector.clients().await?;
        let t = &self.options.table;
        let mut request = TableDataInsertAllRequest::new();
        let n = rows.len();
        let rows = rows
            .into_iter()
            .enumerate()
            .map(|(i, json)| TableDataInsertAllRequestRows {
                insert_id: Some(format!("{statement}-{}", first + i as u64)),
                json: serde_json::Value::Object(json),
            })
            .collect();
        request.skip_invalid_rows();
        request
            .add_rows(rows)
            .map_err(|e| exec_datafusion_err!("BigQuery: building an insert into {t}: {e}"))?;
        let response = with_retries(&self.connector.config, || {
            clients.rest.tabledata().insert_all(&t.project, &t.dataset, &t.table, request.clone())
        })
        .await
        .map_err(|e| exec_datafusion_err!("BigQuery: inserting into {t} failed: {}", describe(&e)))?;
        let errors = response.insert_errors.unwrap_or_default();
        if errors.is_empty() {
            return Ok(());
        }
        let mut reasons = Vec::new();
        for e in &errors {
            let index = e.index.map(|i| (first + i as u64).to_string()).unwrap_or_else(|| "?".into());
            let why: Vec<String> = e
                .errors
                .iter()
                .flatten()
                .map(|p| {
                    let at = p.location.as_deref().filter(|l| !l.is_empty()).map(|l| format!(" (column {l})")).unwrap_or_default();
                    format!("{}: {}{at}", p.reason.as_deref().unwrap_or("error"), p.message.as_deref().unwrap_or(""))
                })
                .collect();
            reasons.push(format!("row {index}: {}", why.join("; ")));
        }
        let shown: Vec<&str> = reasons.iter().take(10).map(String::as_str).collect();
        let more = if reasons.len() > shown.len() { ", ..." } else { "" };
        exec_err!(
            "BigQuery rejected {} of the {n} rows {first}..{} of this INSERT into {t}; the other {} rows of the statement so far were written: {}{more}",
            errors.len(),
            first + n as u64,
            first + (n - errors.len().min(n)) as u64,
            shown.join(", ")
        )
    }
}

impl DisplayAs for BigQuerySink {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BigQuerySink: table={}", self.options.table)
    }
}

#[async_trait::async_trait]
impl DataSink for BigQuerySink {
    fn schema(&self) -> &SchemaRef {
        &self.schema
    }

    async fn write_all(&self, mut data: SendableRecordBatchStream, _context: &Arc<TaskContext>) -> Result<u64> {
        let per_request = self.connector.config.insert_batch_rows.max(1);
        // Insert ids unique to this statement: a retried request is deduplicated by BigQuery.
        let statement = format!(
            "privsql-{}-{}",
            std::process::id(),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
        );
        let mut pending = Vec::new();
        let mut written = 0u64;
        while let Some(batch) = data.next().await {
            pending.extend(json_rows(&batch?)?);
            while pending.len() >= per_request {
                let rest = pending.split_off(per_request);
                let n = pending.len() as u64;
                self.insert(std::mem::replace(&mut pending, rest), written, &statement).await?;
                written += n;
            }
        }
        if !pending.is_empty() {
            let n = pending.len() as u64;
            self.insert(pending, written, &statement).await?;
            written += n;
        }
        Ok(written)
    }
}

/// A batch as insertAll rows: arrow-json's encoding, with BYTES as base64 (as BigQuery wants)
/// and NULLs left out.
fn json_rows(batch: &RecordBatch) -> Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    if batch.num_rows() == 0 {
        return Ok(Vec::new());
    }
    let batch = bytes_as_base64(batch)?;
    let mut writer = ArrayWriter::new(Vec::new());
    writer.write(&batch)?;
    writer.finish()?;
    let json = writer.into_inner();
    serde_json::from_slice(&json).map_err(|e| exec_datafusion_err!("BigQuery: encoding rows as JSON: {e}"))
}

fn bytes_as_base64(batch: &RecordBatch) -> Result<RecordBatch> {
    if !batch.schema().fields().iter().any(|f| matches!(f.data_type(), DataType::Binary | DataType::LargeBinary)) {
        return Ok(batch.clone());
    }
    let engine = base64::engine::general_purpose::STANDARD;
    let mut fields = Vec::new();
    let mut columns: Vec<ArrayRef> = Vec::new();
    for (f, c) in batch.schema().fields().iter().zip(batch.columns()) {
        let encoded: Option<StringArray> = match c.data_type() {
            DataType::Binary => Some(c.as_binary::<i32>().iter().map(|v| v.map(|b| engine.encode(b))).collect()),
            DataType::LargeBinary => Some(c.as_binary::<i64>().iter().map(|v| v.map(|b| engine.encode(b))).collect()),
            _ => None,
        };
        match encoded {
            Some(s) => {
                fields.push(Field::new(f.name(), DataType::Utf8, f.is_nullable()));
                columns.push(Arc::new(s));
            }
            None => {
                fields.push(f.as_ref().clone());
                columns.push(Arc::clone(c));
            }
        }
    }
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{BinaryArray, Int64Array};

    #[test]
    fn rows_are_json_objects_with_base64_bytes_and_no_nulls() {
        let schema = Arc::new(Schema::new(vec![
            Field::new("n", DataType::Int64, true),
            Field::new("b", DataType::Binary, true),
        ]));
        let batch = RecordBatch::try_new(
            schema,
            vec![
                Arc::new(Int64Array::from(vec![Some(1), None])),
                Arc::new(BinaryArray::from(vec![Some(&[1u8, 2, 3][..]), None])),
            ],
        )
        .unwrap();
        let rows = json_rows(&batch).unwrap();
        assert_eq!(serde_json::Value::Object(rows[0].clone()), serde_json::json!({"n": 1, "b": "AQID"}));
        assert!(rows[1].is_empty());
    }
}
