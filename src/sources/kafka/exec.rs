//! Bounded reads of a Kafka topic: [`resolve_ranges`] fixes, when the query is planned, the
//! offsets each partition is read from and to (start position or committed group offsets,
//! pushed-down filters, high-water marks); [`KafkaScanExec`] reads those ranges, one DataFusion
//! partition per group of Kafka partitions, and decodes the values into Arrow in batches.
//!
//! Decoding feeds every message of a batch to one arrow-json / arrow-csv decoder (the fast
//! path). Only when that batch holds a message that does not decode are its messages decoded
//! one by one, to find the culprits and apply `on_error` to each.

use std::collections::{BTreeSet, HashSet};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use datafusion::arrow::array::{
    Array, ArrayBuilder, ArrayRef, BinaryBuilder, Int32Array, Int64Array, ListArray, RecordBatch,
    RecordBatchOptions, StringArray, StringBuilder, StructArray, TimestampMillisecondArray,
};
use datafusion::arrow::buffer::OffsetBuffer;
use datafusion::arrow::compute::{cast_with_options, concat_batches, CastOptions};
use datafusion::arrow::datatypes::{DataType, Field, Fields, Schema, SchemaRef};
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{
    exec_datafusion_err, exec_err, plan_err, Column, DataFusionError, Result, ScalarValue,
};
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{BinaryExpr, Expr, Operator};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::metrics::{
    Count, ExecutionPlanMetricsSet, MetricBuilder, MetricsSet,
};
use datafusion::physical_plan::stream::RecordBatchReceiverStreamBuilder;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties,
    SendableRecordBatchStream,
};
use rdkafka::consumer::Consumer;
use rdkafka::error::KafkaError;
use rdkafka::message::{BorrowedMessage, Header, Headers, Message, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::{Offset, TopicPartitionList};
use serde::{Deserialize, Serialize};

use super::avro::AvroValueDecoder;
use super::options::{
    is_meta, value_schema, Format, KafkaConsumer, KafkaOptions, OnError, QuietEofContext,
    StartPosition,
};
use crate::config::KafkaConfig;

/// The offsets one Kafka partition is read over: `[start, end)`; `high` is the high-water mark
/// when the query was planned (`end < high` when `max_messages` or a filter cut the read short).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionRange {
    pub partition: i32,
    pub start: i64,
    pub end: i64,
    pub high: i64,
}

impl PartitionRange {
    /// Messages in the range (offsets; compacted topics may hold fewer).
    pub fn len(&self) -> u64 {
        (self.end - self.start).max(0) as u64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the pushed-down filters on metadata columns allow.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bounds {
    /// Only these partitions (None: all).
    pub partitions: Option<BTreeSet<i32>>,
    /// Partitions in `[partition_lo, partition_hi]`.
    pub partition_lo: Option<i64>,
    pub partition_hi: Option<i64>,
    /// Offsets in `[offset_lo, offset_hi)`.
    pub offset_lo: Option<i64>,
    pub offset_hi: Option<i64>,
    /// Messages with a timestamp at or after this (ms).
    pub timestamp_lo: Option<i64>,
}

impl Bounds {
    /// Narrow the bounds by every filter it understands; returns, per filter, whether it was
    /// used (the filters stay applied above the scan: the pushdown is inexact).
    pub fn from_filters(filters: &[&Expr]) -> (Bounds, Vec<bool>) {
        let mut b = Bounds::default();
        let used = filters.iter().map(|f| b.add(f)).collect();
        (b, used)
    }

    fn add(&mut self, e: &Expr) -> bool {
        match e {
            Expr::BinaryExpr(BinaryExpr {
                left,
                op: Operator::And,
                right,
            }) => {
                let l = self.add(left);
                let r = self.add(right);
                l || r
            }
            Expr::BinaryExpr(BinaryExpr {
                left: _,
                op: Operator::Or,
                right: _,
            }) => match partition_set(e) {
                Some(set) => {
                    self.restrict_partitions(set);
                    true
                }
                None => false,
            },
            Expr::BinaryExpr(BinaryExpr { left, op, right }) => {
                if let (Some(c), Some(v)) = (column(left), literal(right)) {
                    self.compare(c, *op, v)
                } else if let (Some(v), Some(c)) = (literal(left), column(right)) {
                    match op.swap() {
                        Some(op) => self.compare(c, op, v),
                        None => false,
                    }
                } else {
                    false
                }
            }
            Expr::Between(bt) if !bt.negated => {
                let (Some(c), Some(lo), Some(hi)) =
                    (column(&bt.expr), literal(&bt.low), literal(&bt.high))
                else {
                    return false;
                };
                let a = self.compare(c, Operator::GtEq, lo);
                let b = self.compare(c, Operator::LtEq, hi);
                a || b
            }
            Expr::InList(il) if !il.negated => {
                let Some("_partition") = column(&il.expr).map(|c| c.name.as_str()) else {
                    return false;
                };
                let mut set = BTreeSet::new();
                for v in &il.list {
                    match literal(v).and_then(int_value) {
                        Some(p) => {
                            set.insert(p as i32);
                        }
                        None => return false,
                    }
                }
                self.restrict_partitions(set);
                true
            }
            _ => false,
        }
    }

    fn restrict_partitions(&mut self, set: BTreeSet<i32>) {
        self.partitions = Some(match self.partitions.take() {
            Some(old) => old.intersection(&set).copied().collect(),
            None => set,
        });
    }

    fn compare(&mut self, c: &Column, op: Operator, v: &ScalarValue) -> bool {
        fn lo(slot: &mut Option<i64>, v: i64) {
            *slot = Some(slot.map_or(v, |o| o.max(v)));
        }
        fn hi(slot: &mut Option<i64>, v: i64) {
            *slot = Some(slot.map_or(v, |o| o.min(v)));
        }
        match c.name.as_str() {
            "_offset" => {
                let Some(v) = int_value(v) else { return false };
                match op {
                    Operator::Eq => {
                        lo(&mut self.offset_lo, v);
                        hi(&mut self.offset_hi, v.saturating_add(1));
                    }
                    Operator::Gt => lo(&mut self.offset_lo, v.saturating_add(1)),
                    Operator::GtEq => lo(&mut self.offset_lo, v),
                    Operator::Lt => hi(&mut self.offset_hi, v),
                    Operator::LtEq => hi(&mut self.offset_hi, v.saturating_add(1)),
                    _ => return false,
                }
                true
            }
            "_partition" => {
                let Some(v) = int_value(v) else { return false };
                match op {
                    Operator::Eq => self.restrict_partitions(BTreeSet::from([v as i32])),
                    Operator::Gt => lo(&mut self.partition_lo, v.saturating_add(1)),
                    Operator::GtEq => lo(&mut self.partition_lo, v),
                    Operator::Lt => hi(&mut self.partition_hi, v.saturating_sub(1)),
                    Operator::LtEq => hi(&mut self.partition_hi, v),
                    _ => return false,
                }
                true
            }
            "_timestamp" => {
                // Only lower bounds: a partition's timestamps need not grow with its offsets, so
                // "the first offset at or after T" bounds a read from below, never from above.
                let Some(ms) = timestamp_ms(v) else {
                    return false;
                };
                match op {
                    Operator::Eq | Operator::Gt | Operator::GtEq => {
                        lo(&mut self.timestamp_lo, ms);
                        true
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    fn admits_partition(&self, p: i32) -> bool {
        let p64 = p as i64;
        self.partitions.as_ref().is_none_or(|s| s.contains(&p))
            && self.partition_lo.is_none_or(|lo| p64 >= lo)
            && self.partition_hi.is_none_or(|hi| p64 <= hi)
    }
}

/// The partitions an `_partition = a OR _partition IN (b, c) OR ...` admits.
fn partition_set(e: &Expr) -> Option<BTreeSet<i32>> {
    let is_partition = |c: &Expr| column(c).is_some_and(|c| c.name == "_partition");
    match e {
        Expr::BinaryExpr(BinaryExpr {
            left,
            op: Operator::Or,
            right,
        }) => {
            let mut l = partition_set(left)?;
            l.extend(partition_set(right)?);
            Some(l)
        }
        Expr::BinaryExpr(BinaryExpr {
            left,
            op: Operator::Eq,
            right,
        }) => {
            let v = if is_partition(left) {
                literal(right)
            } else if is_partition(right) {
                literal(left)
            } else {
                None
            }?;
            Some(BTreeSet::from([int_value(v)? as i32]))
        }
        Expr::InList(il) if !il.negated && is_partition(&il.expr) => il
            .list
            .iter()
            .map(|v| literal(v).and_then(int_value).map(|p| p as i32))
            .collect(),
        _ => None,
    }
}

fn column(e: &Expr) -> Option<&Column> {
    match e {
        Expr::Column(c) if is_meta(&c.name) => Some(c),
        Expr::Cast(c) => column(&c.expr),
        Expr::TryCast(c) => column(&c.expr),
        _ => None,
    }
}

fn literal(e: &Expr) -> Option<&ScalarValue> {
    match e {
        Expr::Literal(v, _) if !v.is_null() => Some(v),
        _ => None,
    }
}

fn int_value(v: &ScalarValue) -> Option<i64> {
    if !v.data_type().is_integer() {
        return None;
    }
    match v.cast_to(&DataType::Int64).ok()? {
        ScalarValue::Int64(Some(i)) => Some(i),
        _ => None,
    }
}

/// A timestamp literal (or BIGINT milliseconds) in milliseconds, rounded down.
fn timestamp_ms(v: &ScalarValue) -> Option<i64> {
    Some(match v {
        ScalarValue::TimestampSecond(Some(s), _) => s.checked_mul(1000)?,
        ScalarValue::TimestampMillisecond(Some(ms), _) => *ms,
        ScalarValue::TimestampMicrosecond(Some(us), _) => us.div_euclid(1000),
        ScalarValue::TimestampNanosecond(Some(ns), _) => ns.div_euclid(1_000_000),
        other => int_value(other)?,
    })
}

fn kafka_err(what: &str, topic: &str, e: KafkaError) -> DataFusionError {
    exec_datafusion_err!("Kafka: {what} on topic {topic} failed: {e}")
}

/// Decide what a query reads: for each partition admitted by `bounds`, from the group's
/// committed offset (or the start position) to the high-water mark now. Blocking.
pub fn resolve_ranges(
    opts: &KafkaOptions,
    config: &KafkaConfig,
    bounds: &Bounds,
) -> Result<Vec<PartitionRange>> {
    let timeout = Duration::from_millis(config.timeout_ms);
    let topic = opts.topic.as_str();
    let consumer: KafkaConsumer = opts
        .consumer_config(config)
        .create_with_context(QuietEofContext)
        .map_err(|e| kafka_err("creating a consumer", topic, e))?;
    let md = consumer.fetch_metadata(Some(topic), timeout).map_err(|e| {
        kafka_err(
            &format!("fetching metadata from {}", opts.bootstrap),
            topic,
            e,
        )
    })?;
    let Some(t) = md.topics().iter().find(|t| t.name() == topic) else {
        return plan_err!("Kafka topic {topic} does not exist on {}", opts.bootstrap);
    };
    if let Some(err) = t.error() {
        return plan_err!(
            "Kafka topic {topic} on {}: {:?}",
            opts.bootstrap,
            rdkafka::types::RDKafkaErrorCode::from(err)
        );
    }
    if t.partitions().is_empty() {
        return plan_err!(
            "Kafka topic {topic} does not exist on {} (no partitions)",
            opts.bootstrap
        );
    }
    let mut partitions: Vec<i32> = t
        .partitions()
        .iter()
        .map(|p| p.id())
        .filter(|p| bounds.admits_partition(*p))
        .collect();
    partitions.sort_unstable();

    let mut marks = Vec::with_capacity(partitions.len());
    for &p in &partitions {
        let (low, high) = consumer.fetch_watermarks(topic, p, timeout).map_err(|e| {
            kafka_err(
                &format!("reading the watermarks of partition {p}"),
                topic,
                e,
            )
        })?;
        marks.push((low, high));
    }

    settle_high_watermarks(opts, config, &partitions, &mut marks)?;

    // Committed offsets of the group, where it has some.
    let mut committed = vec![None; partitions.len()];
    if opts.group_id.is_some() {
        let mut tpl = TopicPartitionList::new();
        for &p in &partitions {
            tpl.add_partition(topic, p);
        }
        let got = consumer
            .committed_offsets(tpl, timeout)
            .map_err(|e| kafka_err("reading the group's committed offsets", topic, e))?;
        for (i, &p) in partitions.iter().enumerate() {
            if let Some(Offset::Offset(o)) = got.find_partition(topic, p).map(|e| e.offset()) {
                committed[i] = Some(o);
            }
        }
    }

    let by_time = |ms: i64| -> Result<Vec<i64>> {
        let mut tpl = TopicPartitionList::new();
        for &p in &partitions {
            tpl.add_partition_offset(topic, p, Offset::Offset(ms))
                .map_err(|e| kafka_err("looking up offsets by time", topic, e))?;
        }
        let got = consumer
            .offsets_for_times(tpl, timeout)
            .map_err(|e| kafka_err("looking up offsets by time", topic, e))?;
        Ok(partitions
            .iter()
            .zip(&marks)
            .map(
                |(&p, &(_, high))| match got.find_partition(topic, p).map(|e| e.offset()) {
                    Some(Offset::Offset(o)) => o,
                    // No message at or after the time: nothing to read.
                    _ => high,
                },
            )
            .collect())
    };
    let start_by_time = match &opts.start {
        StartPosition::Timestamp(ms) => Some(by_time(*ms)?),
        _ => None,
    };
    let filter_by_time = match bounds.timestamp_lo {
        Some(ms) => Some(by_time(ms)?),
        None => None,
    };

    let mut out = Vec::with_capacity(partitions.len());
    for (i, &p) in partitions.iter().enumerate() {
        let (low, high) = marks[i];
        let mut start = match (committed[i], &opts.start) {
            (Some(o), _) => o,
            (None, StartPosition::Earliest) => low,
            (None, StartPosition::Latest) => high,
            (None, StartPosition::Offsets(m)) => m.get(&p).copied().unwrap_or(low),
            (None, StartPosition::Timestamp(_)) => start_by_time.as_ref().map_or(low, |v| v[i]),
        };
        if let Some(v) = &filter_by_time {
            start = start.max(v[i]);
        }
        if let Some(lo) = bounds.offset_lo {
            start = start.max(lo);
        }
        start = start.clamp(low, high);
        let mut end = high;
        if let Some(hi) = bounds.offset_hi {
            end = end.min(hi);
        }
        if let Some(max) = opts.max_messages {
            end = end.min(start.saturating_add(max as i64));
        }
        out.push(PartitionRange {
            partition: p,
            start,
            end: end.max(start),
            high,
        });
    }
    Ok(out)
}

/// Check each high-water mark by fetching from its last message: a broker that answers the offset query
/// with a stale or batch-granular mark (tansu 0.6 returns the last batch's base offset + 1)
/// still hands out the messages past it, and the fetch's end of partition is exact. With an
/// exact mark this costs one empty fetch per partition.
fn settle_high_watermarks(
    opts: &KafkaOptions,
    config: &KafkaConfig,
    partitions: &[i32],
    marks: &mut [(i64, i64)],
) -> Result<()> {
    let topic = opts.topic.as_str();
    let mut cc = opts.consumer_config(config);
    cc.set("fetch.wait.max.ms", "10");
    let probe: KafkaConsumer = cc
        .create_with_context(QuietEofContext)
        .map_err(|e| kafka_err("creating a consumer", topic, e))?;
    let mut tpl = TopicPartitionList::new();
    // From the last message the broker admits to: on tansu that is the start of the last
    // batch, which is where its fetches can begin.
    for (&p, &(low, high)) in partitions.iter().zip(marks.iter()) {
        tpl.add_partition_offset(topic, p, Offset::Offset((high - 1).max(low)))
            .map_err(|e| kafka_err("assigning partitions", topic, e))?;
    }
    probe
        .assign(&tpl)
        .map_err(|e| kafka_err("assigning partitions", topic, e))?;
    let mut open: HashSet<i32> = partitions.iter().copied().collect();
    let deadline = Instant::now() + Duration::from_millis(config.timeout_ms);
    while !open.is_empty() {
        if Instant::now() > deadline {
            return exec_err!(
                "Kafka: the end of partitions {open:?} of topic {topic} was not reached within {} ms",
                config.timeout_ms
            );
        }
        match probe.poll(Duration::from_millis(100)) {
            None => {}
            Some(Err(KafkaError::PartitionEOF(p))) => {
                open.remove(&p);
            }
            Some(Err(e)) => return Err(kafka_err("probing the end of partitions", topic, e)),
            Some(Ok(m)) => {
                if let Some(i) = partitions.iter().position(|&p| p == m.partition()) {
                    marks[i].1 = marks[i].1.max(m.offset() + 1);
                }
            }
        }
    }
    Ok(())
}

/// Split ranges into at most `n` groups, one consumer each, balancing the messages.
pub fn group_ranges(ranges: &[PartitionRange], n: usize) -> Vec<Vec<PartitionRange>> {
    let n = n.clamp(1, ranges.len().max(1));
    let mut groups: Vec<Vec<PartitionRange>> = vec![Vec::new(); n];
    let mut sorted = ranges.to_vec();
    sorted.sort_by_key(|r| std::cmp::Reverse(r.len()));
    let mut load = vec![0u64; n];
    for r in sorted {
        let i = (0..n).min_by_key(|&i| (load[i], i)).unwrap_or(0);
        load[i] += r.len();
        groups[i].push(r);
    }
    for g in &mut groups {
        g.sort_by_key(|r| r.partition);
    }
    groups
}

/// Reads planned partition ranges of a topic and decodes them into Arrow.
#[derive(Debug)]
pub struct KafkaScanExec {
    pub(crate) options: Arc<KafkaOptions>,
    pub(crate) config: Arc<KafkaConfig>,
    /// The table's schema (value and metadata columns).
    pub(crate) table_schema: SchemaRef,
    pub(crate) projection: Option<Vec<usize>>,
    /// One entry per output partition.
    pub(crate) groups: Vec<Vec<PartitionRange>>,
    projected: SchemaRef,
    metrics: ExecutionPlanMetricsSet,
    cache: Arc<PlanProperties>,
}

impl KafkaScanExec {
    pub fn try_new(
        options: Arc<KafkaOptions>,
        config: Arc<KafkaConfig>,
        table_schema: SchemaRef,
        projection: Option<Vec<usize>>,
        groups: Vec<Vec<PartitionRange>>,
    ) -> Result<Self> {
        let projected = match &projection {
            Some(p) => Arc::new(table_schema.project(p)?),
            None => Arc::clone(&table_schema),
        };
        let cache = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&projected)),
            Partitioning::UnknownPartitioning(groups.len().max(1)),
            EmissionType::Incremental,
            Boundedness::Bounded,
        ));
        Ok(Self {
            options,
            config,
            table_schema,
            projection,
            groups,
            projected,
            metrics: ExecutionPlanMetricsSet::new(),
            cache,
        })
    }

    /// The topic read.
    pub fn options(&self) -> &KafkaOptions {
        &self.options
    }

    /// Every partition range this scan reads.
    pub fn ranges(&self) -> impl Iterator<Item = &PartitionRange> {
        self.groups.iter().flatten()
    }
}

impl DisplayAs for KafkaScanExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "KafkaScanExec: topic={}, format={:?}, ranges=[",
            self.options.topic, self.options.format
        )?;
        for (i, r) in self.ranges().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}:{}..{}", r.partition, r.start, r.end)?;
        }
        f.write_str("]")
    }
}

impl ExecutionPlan for KafkaScanExec {
    fn name(&self) -> &'static str {
        "KafkaScanExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.cache
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(
        self: Arc<Self>,
        _children: Vec<Arc<dyn ExecutionPlan>>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        Ok(self)
    }

    fn execute(
        &self,
        partition: usize,
        context: Arc<TaskContext>,
    ) -> Result<SendableRecordBatchStream> {
        let ranges = self.groups.get(partition).cloned().unwrap_or_default();
        let m = |name: &'static str| MetricBuilder::new(&self.metrics).counter(name, partition);
        let reader = GroupReader {
            options: Arc::clone(&self.options),
            config: Arc::clone(&self.config),
            table_schema: Arc::clone(&self.table_schema),
            value_schema: value_schema(&self.table_schema),
            projection: self.projection.clone(),
            projected: Arc::clone(&self.projected),
            batch_size: context.session_config().batch_size().max(1),
            counters: Counters {
                messages: m("messages_read"),
                bytes: m("bytes_read"),
                skipped: m("errors_skipped"),
                dead_lettered: m("dead_lettered"),
            },
        };
        let mut builder = RecordBatchReceiverStreamBuilder::new(Arc::clone(&self.projected), 2);
        let tx = builder.tx();
        builder.spawn_blocking(move || reader.run(ranges, &tx));
        Ok(builder.build())
    }

    fn metrics(&self) -> Option<MetricsSet> {
        Some(self.metrics.clone_inner())
    }
}

#[derive(Clone)]
struct Counters {
    messages: Count,
    bytes: Count,
    skipped: Count,
    dead_lettered: Count,
}

/// Everything one consumer thread needs.
struct GroupReader {
    options: Arc<KafkaOptions>,
    config: Arc<KafkaConfig>,
    table_schema: SchemaRef,
    value_schema: SchemaRef,
    projection: Option<Vec<usize>>,
    projected: SchemaRef,
    batch_size: usize,
    counters: Counters,
}

impl GroupReader {
    fn run(
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

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Json => "JSON",
        Format::Csv => "CSV",
        Format::Raw => "UTF-8 text",
        Format::Avro => "Avro",
    }
}

/// Decoder errors can quote the value that failed: keep the column and the expected type, drop
/// the data.
pub fn redact(err: &str) -> String {
    let err = err.split("Row data:").next().unwrap_or(err).trim_end();
    let mut out = String::with_capacity(err.len());
    let mut chars = err.chars().peekable();
    let mut prev_word = String::new();
    while let Some(c) = chars.next() {
        let single_value = c == '\'' && prev_word.trim_end().ends_with("value");
        if c == '"' || single_value {
            out.push(c);
            out.push('…');
            for d in chars.by_ref() {
                if d == c {
                    break;
                }
            }
            out.push(c);
            prev_word.clear();
        } else {
            out.push(c);
            prev_word.push(c);
            if prev_word.len() > 16 {
                prev_word.drain(..prev_word.len() - 16);
            }
        }
    }
    out
}

/// The value decoder of one reader thread.
enum ValueDecoder {
    Json {
        schema: SchemaRef,
        batch_size: usize,
        dec: datafusion::arrow::json::reader::Decoder,
    },
    Csv {
        schema: SchemaRef,
        delimiter: u8,
        batch_size: usize,
        dec: datafusion::arrow::csv::reader::Decoder,
    },
    Raw {
        schema: SchemaRef,
    },
    Avro {
        dec: Box<AvroValueDecoder>,
    },
}

/// Index of a message that does not decode, and why (redacted).
type BadMessage = (usize, String);

impl ValueDecoder {
    fn new(opts: &KafkaOptions, schema: &SchemaRef, batch_size: usize) -> Result<Self> {
        // Room for every message of a batch, so `decode` always consumes a whole message.
        let capacity = batch_size + 1;
        Ok(match opts.format {
            Format::Json => ValueDecoder::Json {
                schema: Arc::clone(schema),
                batch_size: capacity,
                dec: Self::json(schema, capacity)?,
            },
            Format::Csv => ValueDecoder::Csv {
                schema: Arc::clone(schema),
                delimiter: opts.csv_delimiter,
                batch_size: capacity,
                dec: Self::csv(schema, opts.csv_delimiter, capacity),
            },
            Format::Raw => ValueDecoder::Raw {
                schema: Arc::clone(schema),
            },
            Format::Avro => {
                let Some(avro) = &opts.avro else {
                    return plan_err!("Kafka format 'avro' without an Avro schema");
                };
                ValueDecoder::Avro {
                    dec: Box::new(AvroValueDecoder::new(avro, capacity)?),
                }
            }
        })
    }

    fn json(
        schema: &SchemaRef,
        batch_size: usize,
    ) -> Result<datafusion::arrow::json::reader::Decoder> {
        Ok(
            datafusion::arrow::json::ReaderBuilder::new(Arc::clone(schema))
                .with_batch_size(batch_size)
                .build_decoder()?,
        )
    }

    fn csv(
        schema: &SchemaRef,
        delimiter: u8,
        batch_size: usize,
    ) -> datafusion::arrow::csv::reader::Decoder {
        datafusion::arrow::csv::ReaderBuilder::new(Arc::clone(schema))
            .with_header(false)
            .with_delimiter(delimiter)
            .with_batch_size(batch_size)
            .build_decoder()
    }

    /// Feed one message; Err if it is not exactly one record.
    fn feed(&mut self, payload: Option<&[u8]>) -> std::result::Result<(), String> {
        let Some(p) = payload else {
            return Err("the message has no value".into());
        };
        match self {
            ValueDecoder::Json { dec, .. } => {
                let before = dec.len();
                dec.decode(p).map_err(|e| redact(&e.to_string()))?;
                if dec.has_partial_record() {
                    return Err("the value is not a complete JSON object".into());
                }
                match dec.len() - before {
                    1 => Ok(()),
                    0 => Err("the value is empty".into()),
                    k => Err(format!(
                        "the value holds {k} JSON values, expected one object"
                    )),
                }
            }
            ValueDecoder::Csv {
                dec, batch_size, ..
            } => {
                let before = *batch_size - dec.capacity();
                dec.decode(p).map_err(|e| redact(&e.to_string()))?;
                if !p.ends_with(b"\n") {
                    dec.decode(b"\n").map_err(|e| redact(&e.to_string()))?;
                }
                match (*batch_size - dec.capacity()) - before {
                    1 => Ok(()),
                    0 => Err("the value is not a complete CSV record".into()),
                    k => Err(format!("the value holds {k} CSV records, expected one")),
                }
            }
            ValueDecoder::Raw { .. } => Ok(()),
            ValueDecoder::Avro { dec } => dec.feed(Some(p)),
        }
    }

    fn flush(&mut self) -> std::result::Result<Option<RecordBatch>, String> {
        match self {
            ValueDecoder::Json { dec, .. } => dec.flush().map_err(|e| redact(&e.to_string())),
            ValueDecoder::Csv { dec, .. } => dec.flush().map_err(|e| redact(&e.to_string())),
            ValueDecoder::Raw { .. } => Ok(None),
            ValueDecoder::Avro { dec } => dec.flush(),
        }
    }

    /// A fresh decoder, after an error left this one mid-record.
    fn reset(&mut self) -> Result<()> {
        match self {
            ValueDecoder::Json {
                schema,
                batch_size,
                dec,
            } => *dec = Self::json(schema, *batch_size)?,
            ValueDecoder::Csv {
                schema,
                delimiter,
                batch_size,
                dec,
            } => *dec = Self::csv(schema, *delimiter, *batch_size),
            ValueDecoder::Raw { .. } => {}
            ValueDecoder::Avro { dec } => dec.reset()?,
        }
        Ok(())
    }

    /// Decode a batch: the value columns of the messages that decode, and the others.
    fn decode(
        &mut self,
        msgs: &[BorrowedMessage<'_>],
    ) -> Result<(Option<RecordBatch>, Vec<BadMessage>)> {
        if let ValueDecoder::Raw { schema } = self {
            return Ok(Self::decode_raw(schema, msgs));
        }
        // Fast path: the whole batch through one decoder.
        let mut clean = true;
        for m in msgs {
            if self.feed(m.payload()).is_err() {
                clean = false;
                break;
            }
        }
        if clean {
            if let Ok(b) = self.flush() {
                return Ok((b, Vec::new()));
            }
        }
        // Slow path: one message at a time, to tell the bad from the good.
        self.reset()?;
        let mut good = Vec::with_capacity(msgs.len());
        let mut bad = Vec::new();
        for (i, m) in msgs.iter().enumerate() {
            match self.feed(m.payload()).and_then(|_| self.flush()) {
                Ok(Some(b)) => good.push(b),
                Ok(None) => bad.push((i, "the value is empty".to_string())),
                Err(e) => {
                    bad.push((i, e));
                    self.reset()?;
                }
            }
        }
        let schema = match self {
            ValueDecoder::Json { schema, .. }
            | ValueDecoder::Csv { schema, .. }
            | ValueDecoder::Raw { schema } => Arc::clone(schema),
            ValueDecoder::Avro { dec } => dec.schema(),
        };
        let values = if good.is_empty() {
            None
        } else {
            Some(concat_batches(&schema, &good)?)
        };
        Ok((values, bad))
    }

    fn decode_raw(
        schema: &SchemaRef,
        msgs: &[BorrowedMessage<'_>],
    ) -> (Option<RecordBatch>, Vec<BadMessage>) {
        let field = schema.field(0);
        let bytes: usize = msgs.iter().map(|m| m.payload_len()).sum();
        let mut bad = Vec::new();
        let array: ArrayRef = if matches!(
            field.data_type(),
            DataType::Binary | DataType::LargeBinary | DataType::BinaryView
        ) {
            let mut b = BinaryBuilder::with_capacity(msgs.len(), bytes);
            for m in msgs {
                b.append_option(m.payload());
            }
            Arc::new(b.finish())
        } else {
            let mut b = StringBuilder::with_capacity(msgs.len(), bytes);
            for (i, m) in msgs.iter().enumerate() {
                match m.payload().map(std::str::from_utf8) {
                    None => b.append_null(),
                    Some(Ok(s)) => b.append_value(s),
                    Some(Err(e)) => bad.push((
                        i,
                        format!(
                            "the value is not UTF-8 (invalid byte at position {})",
                            e.valid_up_to()
                        ),
                    )),
                }
            }
            Arc::new(b.finish())
        };
        let array = if array.data_type() == field.data_type() {
            array
        } else {
            match cast_with_options(&array, field.data_type(), &CastOptions::default()) {
                Ok(a) => a,
                Err(_) => array,
            }
        };
        let schema = Arc::new(Schema::new(vec![field
            .clone()
            .with_data_type(array.data_type().clone())]));
        (RecordBatch::try_new(schema, vec![array]).ok(), bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::prelude::{col, lit};

    #[test]
    fn filters_become_bounds() {
        let f1 = col("_offset").gt_eq(lit(100i64));
        let f2 = col("_offset").lt(lit(200i64));
        let f3 = col("_partition").in_list(vec![lit(0i32), lit(2i32)], false);
        let f4 = col("text").eq(lit("x"));
        let (b, used) = Bounds::from_filters(&[&f1, &f2, &f3, &f4]);
        assert_eq!(used, vec![true, true, true, false]);
        assert_eq!((b.offset_lo, b.offset_hi), (Some(100), Some(200)));
        assert!(b.admits_partition(2) && !b.admits_partition(1));
        let f5 = lit(5i64).gt(col("_partition"));
        let (b, _) = Bounds::from_filters(&[&f5]);
        assert!(b.admits_partition(4) && !b.admits_partition(5));
    }

    #[test]
    fn groups_balance_messages() {
        let r = |p, n| PartitionRange {
            partition: p,
            start: 0,
            end: n,
            high: n,
        };
        let g = group_ranges(&[r(0, 100), r(1, 60), r(2, 50), r(3, 10)], 2);
        assert_eq!(g.len(), 2);
        let loads: Vec<u64> = g.iter().map(|g| g.iter().map(|r| r.len()).sum()).collect();
        assert_eq!(loads.iter().sum::<u64>(), 220);
        assert!(loads.iter().all(|l| *l >= 100));
    }

    #[test]
    fn errors_lose_their_values() {
        let e = redact(
            "Json error: whilst decoding field 'id': failed to parse \"secret-ish\" as Int64",
        );
        assert!(
            !e.contains("secret-ish") && e.contains("'id'") && e.contains("Int64"),
            "{e}"
        );
        let e = redact("Parser error: Error while parsing value 'abc' as type 'Int64' for column 0 at line 0. Row data: '[abc,x]'");
        assert!(!e.contains("abc") && e.contains("column 0"), "{e}");
    }
}
