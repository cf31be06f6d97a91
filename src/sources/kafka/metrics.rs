//! The metrics of continuous pipelines (`privsql stream`): counters and gauges in one registry,
//! for the progress display, the periodic log line, and the observability work to export.
//!
//! Each pipeline owns a [`StreamMetrics`] (plain atomics, updated after every committed
//! micro-batch); [`registry`] keeps the pipelines of this process by name, and the table
//! function `kafka_stream_metrics()` lists them as rows (`pipeline`, `metric`, `topic`,
//! `partition`, `value`). Only counts: no message content ever reaches a metric.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use async_trait::async_trait;
use datafusion::arrow::array::{ArrayRef, Float64Array, Int32Array, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::catalog::{Session, TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::datasource::MemTable;
use datafusion::logical_expr::{Documentation, Expr, TableType};
use datafusion::physical_plan::ExecutionPlan;
use privsql_udfs::{doc, NamedTableFunction};

/// The metrics of one continuous pipeline since it started.
#[derive(Debug, Default)]
pub struct StreamMetrics {
    /// Micro-batches committed.
    pub batches: AtomicU64,
    /// Source messages read and committed (bad ones included).
    pub messages: AtomicU64,
    /// Bytes of the committed source messages' values.
    pub bytes: AtomicU64,
    /// Rows the sink confirmed.
    pub rows_written: AtomicU64,
    /// Messages that did not decode and were skipped (`on_error 'skip'`).
    pub errors_skipped: AtomicU64,
    /// Messages that did not decode and were copied to the dead-letter topic.
    pub dead_lettered: AtomicU64,
    /// Messages per second of the last micro-batch (an `f64`'s bits).
    rate_bits: AtomicU64,
    /// Messages behind the high-water mark, per (topic, partition), after the last commit.
    lag: Mutex<BTreeMap<(String, i32), i64>>,
    /// The offset last committed, per (topic, partition): the next message the group reads.
    committed: Mutex<BTreeMap<(String, i32), i64>>,
}

impl StreamMetrics {
    /// Account for one committed micro-batch: its counts, and per (topic, partition) the lag
    /// and the committed offset after it.
    #[allow(clippy::too_many_arguments)]
    pub fn record_batch(
        &self,
        messages: u64,
        bytes: u64,
        rows_written: u64,
        skipped: u64,
        dead_lettered: u64,
        rate: f64,
        lag: &[(String, i32, i64)],
        committed: &[(String, i32, i64)],
    ) {
        self.batches.fetch_add(1, Ordering::Relaxed);
        self.messages.fetch_add(messages, Ordering::Relaxed);
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.rows_written.fetch_add(rows_written, Ordering::Relaxed);
        self.errors_skipped.fetch_add(skipped, Ordering::Relaxed);
        self.dead_lettered
            .fetch_add(dead_lettered, Ordering::Relaxed);
        self.rate_bits.store(rate.to_bits(), Ordering::Relaxed);
        self.set_lag(lag);
        set_each(&self.committed, committed);
    }

    /// Replace the lag of the partitions in `lag` (others keep theirs).
    pub fn set_lag(&self, lag: &[(String, i32, i64)]) {
        set_each(&self.lag, lag);
    }

    /// Messages per second of the last micro-batch.
    pub fn rate(&self) -> f64 {
        f64::from_bits(self.rate_bits.load(Ordering::Relaxed))
    }

    /// Errors: skipped plus dead-lettered messages.
    pub fn errors(&self) -> u64 {
        self.errors_skipped.load(Ordering::Relaxed) + self.dead_lettered.load(Ordering::Relaxed)
    }

    /// Lag per (topic, partition).
    pub fn lag(&self) -> Vec<(String, i32, i64)> {
        each(&self.lag)
    }

    /// The committed offset per (topic, partition).
    pub fn committed(&self) -> Vec<(String, i32, i64)> {
        each(&self.committed)
    }

    /// Every metric as (metric, topic, partition, value): counters first, then lag and committed
    /// offset per partition.
    pub fn snapshot(&self) -> Vec<(&'static str, Option<String>, Option<i32>, f64)> {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed) as f64;
        let mut out = vec![
            ("batches", None, None, get(&self.batches)),
            ("messages", None, None, get(&self.messages)),
            ("bytes", None, None, get(&self.bytes)),
            ("rows_written", None, None, get(&self.rows_written)),
            ("errors_skipped", None, None, get(&self.errors_skipped)),
            ("dead_lettered", None, None, get(&self.dead_lettered)),
            ("messages_per_second", None, None, self.rate()),
        ];
        for (t, p, l) in self.lag() {
            out.push(("lag", Some(t), Some(p), l as f64));
        }
        for (t, p, o) in self.committed() {
            out.push(("committed_offset", Some(t), Some(p), o as f64));
        }
        out
    }
}

/// Replace the values of the partitions in `values` (others keep theirs).
fn set_each(map: &Mutex<BTreeMap<(String, i32), i64>>, values: &[(String, i32, i64)]) {
    if let Ok(mut m) = map.lock() {
        for (t, p, v) in values {
            m.insert((t.clone(), *p), *v);
        }
    }
}

/// Every (topic, partition, value) of `map`, in order.
fn each(map: &Mutex<BTreeMap<(String, i32), i64>>) -> Vec<(String, i32, i64)> {
    map.lock().map(|m| m.iter().map(|((t, p), v)| (t.clone(), *p, *v)).collect()).unwrap_or_default()
}

/// The pipelines of this process, by name.
#[derive(Debug, Default)]
pub struct Registry {
    pipelines: Mutex<BTreeMap<String, Arc<StreamMetrics>>>,
}

impl Registry {
    /// The metrics of pipeline `name`, created empty if it has none yet.
    pub fn pipeline(&self, name: &str) -> Arc<StreamMetrics> {
        match self.pipelines.lock() {
            Ok(mut m) => Arc::clone(m.entry(name.to_string()).or_default()),
            Err(_) => Arc::new(StreamMetrics::default()),
        }
    }

    /// Every pipeline's metrics.
    pub fn all(&self) -> Vec<(String, Arc<StreamMetrics>)> {
        self.pipelines
            .lock()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), Arc::clone(v))).collect())
            .unwrap_or_default()
    }
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(Registry::default);

/// The process-wide registry of pipeline metrics.
pub fn registry() -> &'static Registry {
    &REGISTRY
}

const NAME: &str = "kafka_stream_metrics";

/// `kafka_stream_metrics()`: the registry as a table.
#[derive(Debug, Default)]
pub struct StreamMetricsFunc;

impl StreamMetricsFunc {
    /// This table function as a registry entry, with its documentation.
    pub fn named() -> NamedTableFunction {
        NamedTableFunction {
            name: NAME.to_string(),
            doc: documentation(),
            func: Arc::new(StreamMetricsFunc),
        }
    }
}

/// The documentation shown by `privsql_functions()`.
pub fn documentation() -> Documentation {
    Documentation::builder(
        doc::SOURCES,
        "The metrics of the continuous Kafka pipelines (`privsql stream`) running in this \
         process, one row per metric: batches, messages, bytes, rows_written, errors_skipped, \
         dead_lettered and messages_per_second per pipeline, and lag (messages behind the \
         high-water mark after the last commit) and committed_offset (the offset last \
         committed: the next message the group reads) per topic and partition. Columns: pipeline, \
         metric, topic, partition, value. Counts only, never message content.",
        "kafka_stream_metrics()",
    )
    .with_sql_example(
        "SELECT topic, partition, value AS lag\n\
         FROM kafka_stream_metrics()\n\
         WHERE metric = 'lag' ORDER BY topic, partition;",
    )
    .build()
}

fn schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("pipeline", DataType::Utf8, false),
        Field::new("metric", DataType::Utf8, false),
        Field::new("topic", DataType::Utf8, true),
        Field::new("partition", DataType::Int32, true),
        Field::new("value", DataType::Float64, false),
    ]))
}

impl TableFunctionImpl for StreamMetricsFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        if !args.exprs().is_empty() {
            return plan_err!("{NAME} takes no arguments, got {}", args.exprs().len());
        }
        Ok(Arc::new(StreamMetricsTable))
    }
}

/// Reads the registry when the query runs, not when it is planned (plans carry it by name:
/// [`super::codec::KafkaCodec`]).
#[derive(Debug)]
pub struct StreamMetricsTable;

#[async_trait]
impl TableProvider for StreamMetricsTable {
    fn schema(&self) -> SchemaRef {
        schema()
    }

    fn table_type(&self) -> TableType {
        TableType::View
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let (mut pipeline, mut metric, mut topic, mut partition, mut value) =
            (vec![], vec![], vec![], vec![], vec![]);
        for (name, m) in registry().all() {
            for (k, t, p, v) in m.snapshot() {
                pipeline.push(name.clone());
                metric.push(k);
                topic.push(t);
                partition.push(p);
                value.push(v);
            }
        }
        let columns: Vec<ArrayRef> = vec![
            Arc::new(StringArray::from(pipeline)),
            Arc::new(StringArray::from(metric)),
            Arc::new(StringArray::from(topic)),
            Arc::new(Int32Array::from(partition)),
            Arc::new(Float64Array::from(value)),
        ];
        let batch = RecordBatch::try_new(schema(), columns)?;
        MemTable::try_new(schema(), vec![vec![batch]])?
            .scan(state, projection, filters, limit)
            .await
    }
}
