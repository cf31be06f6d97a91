//! Reading one Storage Read stream: `ReadRows` from an offset, Arrow IPC record batches decoded
//! against the session's schema and conformed to the table's Arrow types, a `LIMIT` that stops
//! the stream early, and a broken or throttled stream resumed at the row it had reached.

use std::sync::Arc;

use datafusion::arrow::array::{new_null_array, Array, ArrayRef, AsArray, RecordBatch, RecordBatchOptions};
use datafusion::arrow::buffer::Buffer;
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, SchemaRef};
use datafusion::arrow::ipc::reader::StreamDecoder;
use datafusion::common::{exec_datafusion_err, exec_err, Result};
use datafusion::physical_plan::metrics::Count;
use futures::stream::{self, Stream};
use gcp_bigquery_client::google::cloud::bigquery::storage::v1::read_rows_response::Rows;
use gcp_bigquery_client::google::cloud::bigquery::storage::v1::{ReadRowsRequest, ReadRowsResponse};

use super::client::{backoff, retryable_status, Clients, Connector};
use super::geo::wkb_array_to_wkt;

/// What one partition of a scan reads.
pub struct StreamRead {
    pub connector: Arc<Connector>,
    /// `projects/.../sessions/.../streams/N`.
    pub stream: String,
    /// The session's Arrow schema, IPC-encoded, as the server sent it.
    pub session_schema: Arc<Vec<u8>>,
    /// The columns to produce (the scan's projected schema).
    pub target: SchemaRef,
    /// Rows after which this stream stops (a `LIMIT` pushed to the scan).
    pub limit: Option<usize>,
    pub counters: Counters,
}

/// Metrics of a stream read.
#[derive(Clone)]
pub struct Counters {
    pub bytes: Count,
    pub retries: Count,
}

struct State {
    read: StreamRead,
    clients: Option<Arc<Clients>>,
    inner: Option<tonic::Streaming<ReadRowsResponse>>,
    decoder: Option<StreamDecoder>,
    /// Rows received so far: where a resumed `ReadRows` starts.
    offset: i64,
    attempt: u32,
    done: bool,
}

/// The batches of one stream.
pub fn read_stream(read: StreamRead) -> impl Stream<Item = Result<RecordBatch>> + Send {
    let state = State { read, clients: None, inner: None, decoder: None, offset: 0, attempt: 0, done: false };
    stream::try_unfold(state, |mut s| async move {
        match next_batch(&mut s).await? {
            Some(batch) => Ok(Some((batch, s))),
            None => Ok(None),
        }
    })
}

async fn next_batch(s: &mut State) -> Result<Option<RecordBatch>> {
    loop {
        if s.done || s.read.limit.is_some_and(|l| s.offset as usize >= l) {
            // Dropping the response stream cancels the call: a LIMIT reads no further.
            s.inner = None;
            return Ok(None);
        }
        let clients = match s.clients.clone() {
            Some(c) => c,
            None => {
                let c = s.read.connector.clients().await?;
                s.clients = Some(Arc::clone(&c));
                c
            }
        };
        if s.inner.is_none() {
            let request = ReadRowsRequest { read_stream: s.read.stream.clone(), offset: s.offset };
            let routing = format!("read_stream={}", s.read.stream);
            let request = clients.grpc_request(request, &routing).await?;
            match clients.read.clone().read_rows(request).await {
                Ok(response) => s.inner = Some(response.into_inner()),
                Err(status) => {
                    retry_or_fail(s, &status).await?;
                    continue;
                }
            }
        }
        let Some(inner) = s.inner.as_mut() else { continue };
        let message = inner.message().await;
        match message {
            Ok(Some(response)) => {
                s.attempt = 0;
                let rows = match response.rows {
                    Some(Rows::ArrowRecordBatch(rows)) => rows,
                    Some(_) => return exec_err!("BigQuery stream {} sent Avro rows to an Arrow session", s.read.stream),
                    None => continue,
                };
                s.read.counters.bytes.add(rows.serialized_record_batch.len());
                let batch = decode(s, rows.serialized_record_batch)?;
                let mut batch = conform(&batch, &s.read.target)?;
                if let Some(limit) = s.read.limit {
                    let room = limit.saturating_sub(s.offset as usize);
                    if batch.num_rows() > room {
                        batch = batch.slice(0, room);
                    }
                }
                s.offset += batch.num_rows() as i64;
                return Ok(Some(batch));
            }
            Ok(None) => s.done = true,
            Err(status) => {
                s.inner = None;
                retry_or_fail(s, &status).await?;
            }
        }
    }
}

/// Wait before resuming, or fail when the error is not transient or the retries are spent.
async fn retry_or_fail(s: &mut State, status: &tonic::Status) -> Result<()> {
    let config = &s.read.connector.config;
    if !retryable_status(status) || s.attempt >= config.retries {
        return exec_err!(
            "BigQuery: reading stream {} failed at row {}: {} ({:?})",
            s.read.stream,
            s.offset,
            status.message(),
            status.code()
        );
    }
    tracing::debug!(stream = %s.read.stream, offset = s.offset, code = ?status.code(), "BigQuery: resuming a read stream");
    tokio::time::sleep(backoff(config, s.attempt)).await;
    s.attempt += 1;
    s.read.counters.retries.add(1);
    Ok(())
}

/// One `serialized_record_batch` decoded with the session's schema.
fn decode(s: &mut State, bytes: Vec<u8>) -> Result<RecordBatch> {
    if s.decoder.is_none() {
        let mut d = StreamDecoder::new();
        let mut schema = Buffer::from_vec(schema_message(&s.read.session_schema).to_vec());
        while !schema.is_empty() {
            d.decode(&mut schema)?;
        }
        s.decoder = Some(d);
    }
    let Some(decoder) = s.decoder.as_mut() else {
        return exec_err!("BigQuery stream {}: no Arrow schema", s.read.stream);
    };
    let mut buf = Buffer::from_vec(bytes);
    let mut out = None;
    while !buf.is_empty() {
        if let Some(b) = decoder.decode(&mut buf)? {
            out = Some(b);
        }
    }
    out.ok_or_else(|| exec_datafusion_err!("BigQuery stream {}: a response held no record batch", s.read.stream))
}

/// The schema message of an IPC-encoded schema, without what may follow it: some servers send
/// a whole IPC stream (schema, then end-of-stream), whose end marker would end the decoder too.
pub fn schema_message(bytes: &[u8]) -> &[u8] {
    let word = |at: usize| bytes.get(at..at + 4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map(i32::from_le_bytes);
    // Continuation marker (-1) then the metadata length, or the legacy form without the marker.
    let end = match (word(0), word(4)) {
        (Some(-1), Some(len)) if len > 0 => 8 + len as usize,
        (Some(len), _) if len > 0 => 4 + len as usize,
        _ => bytes.len(),
    };
    &bytes[..end.min(bytes.len())]
}

/// `batch` with the columns and types of `target`: columns by name, cast where the server's
/// Arrow type differs (a GEOGRAPHY sent as WKB becomes WKT text).
pub fn conform(batch: &RecordBatch, target: &SchemaRef) -> Result<RecordBatch> {
    let mut columns = Vec::with_capacity(target.fields().len());
    for field in target.fields() {
        let source = batch
            .column_by_name(field.name())
            .or_else(|| {
                let i = batch.schema().fields().iter().position(|f| f.name().eq_ignore_ascii_case(field.name()))?;
                Some(batch.column(i))
            });
        let column: ArrayRef = match source {
            None => new_null_array(field.data_type(), batch.num_rows()),
            Some(c) if c.data_type() == field.data_type() => Arc::clone(c),
            Some(c) if field.data_type() == &DataType::Utf8 && c.data_type() == &DataType::Binary => {
                wkb_array_to_wkt(c.as_binary::<i32>(), field.name())?
            }
            Some(c) => cast(c, field.data_type())?,
        };
        if !field.is_nullable() && column.null_count() > 0 {
            return exec_err!("BigQuery column '{}' is REQUIRED but the server sent NULLs", field.name());
        }
        columns.push(column);
    }
    let options = RecordBatchOptions::new().with_row_count(Some(batch.num_rows()));
    Ok(RecordBatch::try_new_with_options(Arc::clone(target), columns, &options)?)
}
