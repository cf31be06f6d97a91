//! The consumer behind one partition of a [`super::exec::KafkaScanExec`]: a blocking thread
//! that reads its planned ranges (working around brokers that serve fetches from whole record
//! batches), decodes each batch of messages ([`super::decode`]), applies `on_error` to the
//! messages that do not decode (skip, or copy to a dead-letter topic), and assembles the
//! projected output with the metadata columns.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use datafusion::arrow::array::{
    Array, ArrayBuilder, ArrayRef, BinaryBuilder, Int32Array, Int64Array, ListArray, RecordBatch,
    RecordBatchOptions, StringArray, StringBuilder, StructArray, TimestampMillisecondArray,
};
use datafusion::arrow::buffer::OffsetBuffer;
use datafusion::arrow::compute::{cast_with_options, CastOptions};
use datafusion::arrow::datatypes::{DataType, Field, Fields, SchemaRef};
use datafusion::common::{exec_err, Result};
use datafusion::physical_plan::metrics::Count;
use rdkafka::consumer::Consumer;
use rdkafka::error::KafkaError;
use rdkafka::message::{BorrowedMessage, Header, Headers, Message, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::{Offset, TopicPartitionList};

use super::decode::{format_name, ValueDecoder};
use super::options::{kafka_err, KafkaConsumer, KafkaOptions, OnError, QuietEofContext};
use super::ranges::PartitionRange;
use crate::config::KafkaConfig;

/// The scan's metrics of one output partition.
#[derive(Clone)]
pub(super) struct Counters {
    pub(super) messages: Count,
    pub(super) bytes: Count,
    pub(super) skipped: Count,
    pub(super) dead_lettered: Count,
}

/// Everything one consumer thread needs.
pub(super) struct GroupReader {
    pub(super) options: Arc<KafkaOptions>,
    pub(super) config: Arc<KafkaConfig>,
    pub(super) table_schema: SchemaRef,
    pub(super) value_schema: SchemaRef,
    pub(super) projection: Option<Vec<usize>>,
    pub(super) projected: SchemaRef,
    pub(super) batch_size: usize,
    pub(super) counters: Counters,
}

impl GroupReader {
    /// Read `ranges` to their ends, sending the output batches to `tx`. Blocking.
    pub(super) fn run(
        self,
        ranges: Vec<PartitionRange>,
        tx: &tokio::sync::mpsc::Sender<Result<RecordBatch>>,
    ) -> Result<()> {
        let topic = self.options.topic.as_str();
        let ranges: Vec<PartitionRange> = ranges.into_iter().filter(|r| !r.is_empty()).collect();
        if ranges.is_empty() {
            return Ok(());
        }
        let consumer: KafkaConsumer = self
            .options
            .consumer_config(&self.config)
            .create_with_context(QuietEofContext)
            .map_err(|e| kafka_err("creating a consumer", topic, e))?;
        let mut tpl = TopicPartitionList::new();
        for r in &ranges {
            tpl.add_partition_offset(topic, r.partition, Offset::Offset(r.start))
                .map_err(|e| kafka_err("assigning partitions", topic, e))?;
        }
        consumer
            .assign(&tpl)
            .map_err(|e| kafka_err("assigning partitions", topic, e))?;

        let mut pending: HashSet<i32> = ranges.iter().map(|r| r.partition).collect();
        let end_of = |p: i32| {
            ranges
                .iter()
                .find(|r| r.partition == p)
                .map_or(0, |r| r.end)
        };
        let start_of = |p: i32| {
            ranges
                .iter()
                .find(|r| r.partition == p)
                .map_or(0, |r| r.start)
        };
        let mut confirmed: HashSet<i32> = HashSet::new();
        const NUDGE: Duration = Duration::from_millis(500);
        let mut last_nudge = Instant::now();
        let mut seek_from: std::collections::HashMap<i32, i64> = std::collections::HashMap::new();
        let mut steps: std::collections::HashMap<i32, i64> = std::collections::HashMap::new();
        let mut decoder = ValueDecoder::new(&self.options, &self.value_schema, self.batch_size)?;
        let mut dead_letter: Option<FutureProducer> = None;
        let timeout = Duration::from_millis(self.config.timeout_ms);
        let mut last_progress = Instant::now();

        while !pending.is_empty() {
            let mut batch: Vec<BorrowedMessage<'_>> = Vec::with_capacity(self.batch_size);
            while batch.len() < self.batch_size && !pending.is_empty() {
                let wait = if batch.is_empty() {
                    Duration::from_millis(100)
                } else {
                    Duration::ZERO
                };
                match consumer.poll(wait) {
                    None => {
                        if !batch.is_empty() {
                            break;
                        }
                        if last_progress.elapsed() > NUDGE && last_nudge.elapsed() > NUDGE {
                            // Nothing comes: a start inside the last batch on tansu 0.6 (see
                            // below) yields no message at all. Seek further back.
                            last_nudge = Instant::now();
                            for &p in pending.iter().filter(|p| !confirmed.contains(p)) {
                                let want = start_of(p);
                                if seek_from.get(&p).copied().unwrap_or(want) == 0 {
                                    continue;
                                }
                                let step = steps.entry(p).or_insert(64);
                                let target = (want - *step).max(0);
                                *step = step.saturating_mul(4);
                                seek_from.insert(p, target);
                                consumer
                                    .seek(topic, p, Offset::Offset(target), timeout)
                                    .map_err(|e| kafka_err("seeking", topic, e))?;
                            }
                        }
                        if last_progress.elapsed() > timeout {
                            return exec_err!(
                                "Kafka: no message from topic {topic} for {} ms while partitions {:?} were still being read",
                                self.config.timeout_ms,
                                pending
                            );
                        }
                    }
                    Some(Err(KafkaError::PartitionEOF(p))) => {
                        // Some brokers report the end of what one fetch returned: the
                        // partition is done only when the consumer's position (which skips
                        // transaction markers) reached the planned end.
                        if pending.contains(&p) && self.position(&consumer, p) >= end_of(p) {
                            self.finish(&consumer, &mut pending, p);
                        }
                    }
                    Some(Err(e)) => return Err(kafka_err("reading", topic, e)),
                    Some(Ok(m)) => {
                        last_progress = Instant::now();
                        let p = m.partition();
                        let end = end_of(p);
                        let want = start_of(p);
                        if !confirmed.contains(&p) {
                            let at = seek_from.get(&p).copied().unwrap_or(want);
                            if m.offset() > want && at > 0 {
                                // The broker skipped past the start: tansu 0.6 serves fetches
                                // from whole record batches at or after the offset asked for,
                                // dropping the rest of the batch holding it. Seek back further
                                // and discard what comes before the start.
                                let step = steps.entry(p).or_insert(64);
                                let target = (want - *step).max(0);
                                *step = step.saturating_mul(4);
                                seek_from.insert(p, target);
                                drop(m);
                                consumer
                                    .seek(topic, p, Offset::Offset(target), timeout)
                                    .map_err(|e| kafka_err("seeking", topic, e))?;
                                continue;
                            }
                            confirmed.insert(p);
                        }
                        if m.offset() < want {
                            continue;
                        }
                        if !pending.contains(&p) || m.offset() >= end {
                            self.finish(&consumer, &mut pending, p);
                            continue;
                        }
                        if m.offset() + 1 >= end {
                            self.finish(&consumer, &mut pending, p);
                        }
                        batch.push(m);
                    }
                }
            }
            if batch.is_empty() {
                continue;
            }
            let out = self.decode_batch(&mut decoder, &batch, &mut dead_letter)?;
            drop(batch);
            if let Some(out) = out {
                if tx.blocking_send(Ok(out)).is_err() {
                    // The query stopped reading (a LIMIT was met, or it was cancelled).
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    /// The offset of the next message the consumer will return for partition `p`.
    fn position(&self, consumer: &KafkaConsumer, p: i32) -> i64 {
        consumer
            .position()
            .ok()
            .and_then(|tpl| {
                match tpl
                    .find_partition(&self.options.topic, p)
                    .map(|e| e.offset())
                {
                    Some(Offset::Offset(o)) => Some(o),
                    _ => None,
                }
            })
            .unwrap_or(-1)
    }

    fn finish(&self, consumer: &KafkaConsumer, pending: &mut HashSet<i32>, p: i32) {
        if pending.remove(&p) {
            let mut tpl = TopicPartitionList::new();
            tpl.add_partition(&self.options.topic, p);
            // Stop fetching what this query will not use; a failure only costs bandwidth.
            let _ = consumer.pause(&tpl);
        }
    }

    /// Decode `msgs`, apply `on_error` to those that do not decode, and build the output batch.
    fn decode_batch(
        &self,
        decoder: &mut ValueDecoder,
        msgs: &[BorrowedMessage<'_>],
        dead_letter: &mut Option<FutureProducer>,
    ) -> Result<Option<RecordBatch>> {
        let bytes: usize = msgs.iter().map(|m| m.payload_len()).sum();
        self.counters.messages.add(msgs.len());
        self.counters.bytes.add(bytes);
        let (values, bad) = decoder.decode(msgs)?;
        let kept: Vec<&BorrowedMessage<'_>> = if bad.is_empty() {
            msgs.iter().collect()
        } else {
            let mut deliveries = Vec::new();
            let bad_set: HashSet<usize> = bad.iter().map(|(i, _)| *i).collect();
            for (i, err) in &bad {
                let m = &msgs[*i];
                let (topic, partition, offset) = (m.topic(), m.partition(), m.offset());
                match &self.options.on_error {
                    OnError::Fail => {
                        return exec_err!(
                            "Kafka message at topic {topic} partition {partition} offset {offset} is not valid {}: {err} (on_error 'skip' or 'dead_letter' would continue past it)",
                            format_name(self.options.format)
                        )
                    }
                    OnError::Skip => {
                        self.counters.skipped.add(1);
                        tracing::warn!(topic, partition, offset, error = %err, "skipped a Kafka message that does not decode");
                    }
                    OnError::DeadLetter(dl) => {
                        if dead_letter.is_none() {
                            *dead_letter = Some(
                                self.options
                                    .producer_config(&self.config)
                                    .create()
                                    .map_err(|e| kafka_err("creating the dead-letter producer", dl, e))?,
                            );
                        }
                        let Some(producer) = dead_letter.as_ref() else { continue };
                        let (p_s, o_s) = (partition.to_string(), offset.to_string());
                        let headers = OwnedHeaders::new()
                            .insert(Header { key: "privsql.error", value: Some(err.as_str()) })
                            .insert(Header { key: "privsql.topic", value: Some(topic) })
                            .insert(Header { key: "privsql.partition", value: Some(p_s.as_str()) })
                            .insert(Header { key: "privsql.offset", value: Some(o_s.as_str()) });
                        let mut rec: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(dl).headers(headers);
                        if let Some(p) = m.payload() {
                            rec = rec.payload(p);
                        }
                        if let Some(k) = m.key() {
                            rec = rec.key(k);
                        }
                        let fut = producer
                            .send_result(rec)
                            .map_err(|(e, _)| kafka_err("copying a bad message to the dead-letter topic", dl, e))?;
                        deliveries.push(fut);
                    }
                }
            }
            // A message counts as handled only once the dead-letter topic has it.
            for d in deliveries {
                match futures::executor::block_on(d) {
                    Ok(Ok(_)) => self.counters.dead_lettered.add(1),
                    Ok(Err((e, _))) => {
                        return Err(kafka_err(
                            "copying a bad message to the dead-letter topic",
                            &self.options.topic,
                            e,
                        ))
                    }
                    Err(_) => {
                        return exec_err!(
                            "Kafka: the dead-letter producer stopped before confirming delivery"
                        )
                    }
                }
            }
            msgs.iter()
                .enumerate()
                .filter(|(i, _)| !bad_set.contains(i))
                .map(|(_, m)| m)
                .collect()
        };
        if kept.is_empty() {
            return Ok(None);
        }
        self.assemble(values, &kept).map(Some)
    }

    /// The projected output: value columns from the decoded batch, metadata columns from the
    /// messages, each cast to the declared type.
    fn assemble(
        &self,
        values: Option<RecordBatch>,
        kept: &[&BorrowedMessage<'_>],
    ) -> Result<RecordBatch> {
        let n = kept.len();
        let indices: Vec<usize> = match &self.projection {
            Some(p) => p.clone(),
            None => (0..self.table_schema.fields().len()).collect(),
        };
        let safe = CastOptions {
            safe: true,
            ..Default::default()
        };
        let mut columns: Vec<ArrayRef> = Vec::with_capacity(indices.len());
        for &i in &indices {
            let field = self.table_schema.field(i);
            let native: ArrayRef = match field.name().as_str() {
                "_topic" => Arc::new(StringArray::from_iter_values(std::iter::repeat_n(
                    self.options.topic.as_str(),
                    n,
                ))),
                "_partition" => Arc::new(Int32Array::from_iter_values(
                    kept.iter().map(|m| m.partition()),
                )),
                "_offset" => Arc::new(Int64Array::from_iter_values(
                    kept.iter().map(|m| m.offset()),
                )),
                "_timestamp" => Arc::new(TimestampMillisecondArray::from_iter(
                    kept.iter().map(|m| m.timestamp().to_millis()),
                )),
                "_key" => {
                    let mut b = BinaryBuilder::with_capacity(n, 0);
                    for m in kept {
                        b.append_option(m.key());
                    }
                    Arc::new(b.finish())
                }
                "_headers" => headers_array(kept),
                name => match &values {
                    Some(v) => match v.column_by_name(name) {
                        Some(c) => Arc::clone(c),
                        None => return exec_err!("Kafka: decoded batch lacks column {name}"),
                    },
                    None => return exec_err!("Kafka: no decoded values for column {name}"),
                },
            };
            let col = if native.data_type() == field.data_type() {
                native
            } else {
                cast_with_options(&native, field.data_type(), &safe)?
            };
            columns.push(col);
        }
        Ok(RecordBatch::try_new_with_options(
            Arc::clone(&self.projected),
            columns,
            &RecordBatchOptions::new().with_row_count(Some(n)),
        )?)
    }
}

/// The headers of each message as `LIST<STRUCT<key VARCHAR, value BYTEA>>` (an empty list for
/// a message without headers; a NULL value for a header without one).
fn headers_array(msgs: &[&BorrowedMessage<'_>]) -> ArrayRef {
    let mut offsets = Vec::with_capacity(msgs.len() + 1);
    offsets.push(0i32);
    let mut keys = StringBuilder::new();
    let mut values = BinaryBuilder::new();
    for m in msgs {
        if let Some(h) = m.headers() {
            for header in h.iter() {
                keys.append_value(header.key);
                values.append_option(header.value);
            }
        }
        offsets.push(keys.len() as i32);
    }
    let fields = Fields::from(vec![
        Field::new("key", DataType::Utf8, false),
        Field::new("value", DataType::Binary, true),
    ]);
    let entries = StructArray::new(
        fields.clone(),
        vec![Arc::new(keys.finish()), Arc::new(values.finish())],
        None,
    );
    Arc::new(ListArray::new(
        Arc::new(Field::new_list_field(DataType::Struct(fields), false)),
        OffsetBuffer::new(offsets.into()),
        Arc::new(entries),
        None,
    ))
}
