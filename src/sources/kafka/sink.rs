//! `INSERT INTO` a Kafka table: one message per row, in the table's format, through an
//! idempotent producer (`acks=all`). The statement reports its row count only after the broker
//! confirmed the delivery of every message.
//!
//! Metadata columns steer the message instead of going into its value: `_key` (or the column
//! named by `key_column`, which stays in the value) is the key, a non-null `_partition` the
//! partition, a non-null `_timestamp` the timestamp, `_headers` the headers; `_topic` and
//! `_offset` are ignored.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use datafusion::arrow::array::{Array, ArrayRef, AsArray, RecordBatch};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{
    DataType, Field, Fields, Int32Type, Int64Type, SchemaRef, TimeUnit,
};
use datafusion::common::{exec_datafusion_err, exec_err, Result};
use datafusion::datasource::sink::DataSink;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_plan::{DisplayAs, DisplayFormatType};
use futures::StreamExt;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};

use super::avro::AvroValueEncoder;
use super::options::{is_meta, Format, KafkaOptions};
use crate::config::KafkaConfig;

/// Produces the rows of an `INSERT INTO` to the table's topic.
pub struct KafkaSink {
    pub(crate) options: Arc<KafkaOptions>,
    pub(crate) config: Arc<KafkaConfig>,
    pub(crate) schema: SchemaRef,
}

impl fmt::Debug for KafkaSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KafkaSink")
            .field("topic", &self.options.topic)
            .finish()
    }
}

impl DisplayAs for KafkaSink {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "KafkaSink: topic={}, format={:?}",
            self.options.topic, self.options.format
        )
    }
}

impl KafkaSink {
    pub fn new(options: Arc<KafkaOptions>, config: Arc<KafkaConfig>, schema: SchemaRef) -> Self {
        Self {
            options,
            config,
            schema,
        }
    }
}

/// The encoded values of one batch: one contiguous buffer and each row's byte range.
struct Encoded {
    buf: Vec<u8>,
    ranges: Vec<(usize, usize)>,
    /// Rows whose value is NULL (raw format): sent without a value.
    nulls: Option<datafusion::arrow::buffer::NullBuffer>,
}

impl KafkaSink {
    /// Encode the value columns of `batch`, one value per row.
    fn encode(&self, batch: &RecordBatch) -> Result<Encoded> {
        let value_idx: Vec<usize> = batch
            .schema()
            .fields()
            .iter()
            .enumerate()
            .filter(|(_, f)| !is_meta(f.name()))
            .map(|(i, _)| i)
            .collect();
        let values = batch.project(&value_idx)?;
        let n = values.num_rows();
        match self.options.format {
            Format::Json => {
                let mut buf = Vec::with_capacity(n * 64);
                {
                    let mut w = datafusion::arrow::json::LineDelimitedWriter::new(&mut buf);
                    w.write(&values)?;
                    w.finish()?;
                }
                // JSON escapes newlines inside strings: each line is one row.
                let ranges = line_ranges(&buf);
                if ranges.len() != n {
                    return exec_err!(
                        "Kafka sink: JSON encoding gave {} lines for {n} rows",
                        ranges.len()
                    );
                }
                Ok(Encoded {
                    buf,
                    ranges,
                    nulls: None,
                })
            }
            Format::Csv => {
                let mut buf = Vec::with_capacity(n * 64);
                let builder = || {
                    datafusion::arrow::csv::WriterBuilder::new()
                        .with_header(false)
                        .with_delimiter(self.options.csv_delimiter)
                };
                {
                    let mut w = builder().build(&mut buf);
                    w.write(&values)?;
                }
                let mut ranges = line_ranges(&buf);
                if ranges.len() != n {
                    // A value holds a line break (quoted): encode row by row.
                    buf.clear();
                    ranges.clear();
                    for i in 0..n {
                        let start = buf.len();
                        {
                            let mut w = builder().build(&mut buf);
                            w.write(&values.slice(i, 1))?;
                        }
                        let mut end = buf.len();
                        while end > start && (buf[end - 1] == b'\n' || buf[end - 1] == b'\r') {
                            end -= 1;
                        }
                        ranges.push((start, end));
                    }
                }
                Ok(Encoded {
                    buf,
                    ranges,
                    nulls: None,
                })
            }
            Format::Avro => {
                let Some(avro) = &self.options.avro else {
                    return exec_err!("Kafka sink: format 'avro' without an Avro schema");
                };
                let rows = AvroValueEncoder::new(avro)?.encode(&values)?;
                let ranges = rows.offsets().windows(2).map(|w| (w[0], w[1])).collect();
                Ok(Encoded {
                    buf: rows.bytes().to_vec(),
                    ranges,
                    nulls: None,
                })
            }
            Format::Raw => {
                let col = cast(values.column(0), &DataType::Binary)?;
                let bin = col.as_binary::<i32>();
                let offsets = bin.value_offsets();
                let ranges = (0..n)
                    .map(|i| (offsets[i] as usize, offsets[i + 1] as usize))
                    .collect();
                Ok(Encoded {
                    buf: bin.value_data().to_vec(),
                    ranges,
                    nulls: bin.nulls().cloned(),
                })
            }
        }
    }

    /// The key of every row, as bytes, or None.
    fn keys(&self, batch: &RecordBatch) -> Result<Option<ArrayRef>> {
        let name = match (
            &self.options.key_column,
            batch.schema().index_of("_key").is_ok(),
        ) {
            (Some(k), _) => k.clone(),
            (None, true) => "_key".to_string(),
            (None, false) => return Ok(None),
        };
        let col = batch
            .column_by_name(&name)
            .ok_or_else(|| exec_datafusion_err!("Kafka sink: key column {name} is missing"))?;
        let text = match col.data_type() {
            DataType::Binary | DataType::Utf8 => Arc::clone(col),
            DataType::LargeBinary | DataType::BinaryView => cast(col, &DataType::Binary)?,
            _ => cast(col, &DataType::Utf8)?,
        };
        Ok(Some(cast(&text, &DataType::Binary)?))
    }
}

/// `_headers` as the sink reads it: `LIST<STRUCT<key VARCHAR, value BYTEA>>`.
fn headers_type() -> DataType {
    let fields = Fields::from(vec![
        Field::new("key", DataType::Utf8, true),
        Field::new("value", DataType::Binary, true),
    ]);
    DataType::List(Arc::new(Field::new_list_field(
        DataType::Struct(fields),
        true,
    )))
}

fn line_ranges(buf: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in buf.iter().enumerate() {
        if *b == b'\n' {
            let end = if i > start && buf[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push((start, end));
            start = i + 1;
        }
    }
    if start < buf.len() {
        out.push((start, buf.len()));
    }
    out
}

#[async_trait]
impl DataSink for KafkaSink {
    fn schema(&self) -> &SchemaRef {
        &self.schema
    }

    async fn write_all(
        &self,
        mut data: SendableRecordBatchStream,
        _context: &Arc<TaskContext>,
    ) -> Result<u64> {
        let topic = self.options.topic.as_str();
        let producer: FutureProducer = self
            .options
            .producer_config(&self.config)
            .create()
            .map_err(|e| {
                exec_datafusion_err!("Kafka: creating a producer for topic {topic} failed: {e}")
            })?;
        let mut count = 0u64;
        while let Some(batch) = data.next().await {
            let batch = batch?;
            let n = batch.num_rows();
            if n == 0 {
                continue;
            }
            let encoded = self.encode(&batch)?;
            let keys = self.keys(&batch)?;
            let keys = keys.as_ref().map(|k| k.as_binary::<i32>());
            let partitions = match batch.column_by_name("_partition") {
                Some(c) => Some(cast(c, &DataType::Int32)?),
                None => None,
            };
            let partitions = partitions.as_ref().map(|p| p.as_primitive::<Int32Type>());
            let timestamps = match batch.column_by_name("_timestamp") {
                Some(c) => Some(match c.data_type() {
                    DataType::Timestamp(_, _) => cast(
                        &cast(c, &DataType::Timestamp(TimeUnit::Millisecond, None))?,
                        &DataType::Int64,
                    )?,
                    _ => cast(c, &DataType::Int64)?,
                }),
                None => None,
            };
            let timestamps = timestamps.as_ref().map(|t| t.as_primitive::<Int64Type>());
            let headers = match batch.column_by_name("_headers") {
                Some(c) => Some(cast(c, &headers_type())?),
                None => None,
            };
            let headers = headers.as_ref().map(|h| h.as_list::<i32>());

            let mut deliveries = Vec::with_capacity(n);
            for (i, &(s, e)) in encoded.ranges.iter().enumerate() {
                let mut rec: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(topic);
                if encoded.nulls.as_ref().is_none_or(|nb| nb.is_valid(i)) {
                    rec = rec.payload(&encoded.buf[s..e]);
                }
                if let Some(k) = keys {
                    if k.is_valid(i) {
                        rec = rec.key(k.value(i));
                    }
                }
                if let Some(p) = partitions {
                    if p.is_valid(i) {
                        rec = rec.partition(p.value(i));
                    }
                }
                if let Some(t) = timestamps {
                    if t.is_valid(i) {
                        rec = rec.timestamp(t.value(i));
                    }
                }
                if let Some(h) = headers {
                    if h.is_valid(i) && !h.value(i).is_empty() {
                        let entries = h.value(i);
                        let entries = entries.as_struct();
                        let (k, v) = (
                            entries.column(0).as_string::<i32>(),
                            entries.column(1).as_binary::<i32>(),
                        );
                        let mut owned = OwnedHeaders::new_with_capacity(entries.len());
                        for j in 0..entries.len() {
                            if k.is_null(j) {
                                return exec_err!("Kafka sink: a _headers entry has a NULL key");
                            }
                            owned = owned.insert(Header {
                                key: k.value(j),
                                value: v.is_valid(j).then(|| v.value(j)),
                            });
                        }
                        rec = rec.headers(owned);
                    }
                }
                // The local queue is full: wait for deliveries to drain it, then retry.
                loop {
                    match producer.send_result(rec) {
                        Ok(d) => {
                            deliveries.push(d);
                            break;
                        }
                        Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                            rec = r;
                            tokio::time::sleep(Duration::from_millis(5)).await;
                        }
                        Err((e, _)) => {
                            return exec_err!("Kafka: producing to topic {topic} failed: {e}")
                        }
                    }
                }
            }
            for d in deliveries {
                match d.await {
                    Ok(Ok(_)) => {}
                    Ok(Err((e, _))) => {
                        return exec_err!("Kafka: delivery to topic {topic} failed: {e}")
                    }
                    Err(_) => {
                        return exec_err!(
                        "Kafka: the producer for topic {topic} stopped before confirming delivery"
                    )
                    }
                }
            }
            count += n as u64;
        }
        producer
            .flush(Duration::from_millis(self.config.timeout_ms))
            .map_err(|e| {
                exec_datafusion_err!("Kafka: flushing the producer for topic {topic} failed: {e}")
            })?;
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(line_ranges(b"a\nbc\r\nd"), vec![(0, 1), (2, 4), (6, 7)]);
        assert_eq!(line_ranges(b"a\n"), vec![(0, 1)]);
    }
}
