//! What a query reads from a topic, fixed when it is planned: [`Bounds`] gathers what the
//! pushed-down filters on metadata columns allow, [`resolve_ranges`] turns them (with the start
//! position or the group's committed offsets, and the high-water marks) into one
//! [`PartitionRange`] per partition, and [`group_ranges`] deals those ranges out to the scan's
//! DataFusion partitions.

use std::collections::{BTreeSet, HashSet};
use std::time::{Duration, Instant};

use datafusion::arrow::datatypes::DataType;
use datafusion::common::{exec_err, plan_err, Column, Result, ScalarValue};
use datafusion::logical_expr::{BinaryExpr, Expr, Operator};
use rdkafka::consumer::Consumer;
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::{Offset, TopicPartitionList};
use serde::{Deserialize, Serialize};

use super::options::{
    is_meta, kafka_err, KafkaConsumer, KafkaOptions, QuietEofContext, StartPosition,
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
}
