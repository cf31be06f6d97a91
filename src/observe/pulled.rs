//! Collectors read when the registry is gathered, over counters kept elsewhere as plain atomics:
//! the server's connections and queries, the engine's memory pool, the Kafka pipelines'
//! `kafka_stream_metrics()`. Nothing is copied between scrapes.

use std::sync::Arc;

use prometheus::core::{Collector, Desc};
use prometheus::proto::{Counter, Gauge, LabelPair, Metric, MetricFamily, MetricType};

/// One sample: label values (in the collector's label order) and a value.
pub type Sample = (Vec<String>, f64);

type Read = Box<dyn Fn() -> Vec<Sample> + Send + Sync>;

/// A metric family whose samples a closure reads at gather time.
pub struct Pulled {
    desc: Desc,
    labels: Vec<String>,
    kind: MetricType,
    read: Read,
}

impl Pulled {
    /// A counter (`kind` COUNTER) or gauge (GAUGE) family named `name`.
    pub fn new(name: &str, help: &str, kind: MetricType, labels: &[&str], read: Read) -> prometheus::Result<Self> {
        let labels: Vec<String> = labels.iter().map(|s| s.to_string()).collect();
        let desc = Desc::new(name.to_string(), help.to_string(), labels.clone(), Default::default())?;
        Ok(Self { desc, labels, kind, read })
    }
}

impl Collector for Pulled {
    fn desc(&self) -> Vec<&Desc> {
        vec![&self.desc]
    }

    fn collect(&self) -> Vec<MetricFamily> {
        let metrics: Vec<Metric> = (self.read)()
            .into_iter()
            .map(|(values, v)| {
                let label = self
                    .labels
                    .iter()
                    .zip(values)
                    .map(|(n, value)| {
                        let mut p = LabelPair::default();
                        p.set_name(n.clone());
                        p.set_value(value);
                        p
                    })
                    .collect();
                let mut m = Metric::from_label(label);
                match self.kind {
                    MetricType::COUNTER => {
                        let mut c = Counter::default();
                        c.set_value(v);
                        m.set_counter(c);
                    }
                    _ => {
                        let mut g = Gauge::default();
                        g.set_value(v);
                        m.set_gauge(g);
                    }
                }
                m
            })
            .collect();
        let mut f = MetricFamily::default();
        f.set_name(self.desc.fq_name.clone());
        f.set_help(self.desc.help.clone());
        f.set_field_type(self.kind);
        f.set_metric(metrics);
        vec![f]
    }
}

/// The names registered through [`register`].
static NAMES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// The metric names registered through [`register`] so far.
pub fn names() -> Vec<String> {
    NAMES.lock().map(|n| n.clone()).unwrap_or_default()
}

/// Register `name` on the process registry, once (a second registration is refused by the
/// registry and ignored here: the first collector keeps reading).
pub fn register(name: &str, help: &str, kind: MetricType, labels: &[&str], read: Read) {
    match Pulled::new(name, help, kind, labels, read) {
        Ok(p) => {
            if super::registry().register(Box::new(p)).is_ok() {
                if let Ok(mut n) = NAMES.lock() {
                    n.push(name.to_owned());
                }
            }
        }
        Err(e) => tracing::warn!(metric = name, error = %e, "metric not registered"),
    }
}

/// `privsql_memory_reserved_bytes`: what the engine's memory pool holds now.
pub fn register_memory_pool(ctx: &datafusion::prelude::SessionContext) {
    let pool = Arc::clone(&ctx.runtime_env().memory_pool);
    register(
        "privsql_memory_reserved_bytes",
        "Bytes reserved in the engine's memory pool now",
        MetricType::GAUGE,
        &[],
        Box::new(move || vec![(vec![], pool.reserved() as f64)]),
    );
}

/// The Kafka pipelines' counters (`kafka_stream_metrics()`), by pipeline, and their lag and
/// committed offset by topic and partition.
#[cfg(feature = "kafka")]
pub fn register_kafka() {
    use crate::sources::kafka::metrics::registry as pipelines;
    for (metric, help) in [
        ("batches", "Micro-batches committed"),
        ("messages", "Source messages read and committed"),
        ("bytes", "Bytes of the committed source messages' values"),
        ("rows_written", "Rows the sink confirmed"),
        ("errors_skipped", "Messages that did not decode and were skipped"),
        ("dead_lettered", "Messages that did not decode and were dead-lettered"),
    ] {
        register(
            &format!("privsql_kafka_{metric}_total"),
            help,
            MetricType::COUNTER,
            &["pipeline"],
            Box::new(move || {
                pipelines()
                    .all()
                    .into_iter()
                    .filter_map(|(name, m)| {
                        m.snapshot().into_iter().find(|s| s.0 == metric).map(|s| (vec![name], s.3))
                    })
                    .collect()
            }),
        );
    }
    type PerPartition = fn(&crate::sources::kafka::metrics::StreamMetrics) -> Vec<(String, i32, i64)>;
    let per_partition: [(&str, &str, PerPartition); 2] = [
        ("privsql_kafka_lag_messages", "Messages behind the high-water mark after the last commit", |m| m.lag()),
        ("privsql_kafka_committed_offset", "The offset last committed: the next message the pipeline's group reads", |m| {
            m.committed()
        }),
    ];
    for (metric, help, read) in per_partition {
        register(
            metric,
            help,
            MetricType::GAUGE,
            &["pipeline", "topic", "partition"],
            Box::new(move || {
                pipelines()
                    .all()
                    .into_iter()
                    .flat_map(|(name, m)| {
                        read(&m).into_iter().map(move |(t, p, v)| (vec![name.clone(), t, p.to_string()], v as f64))
                    })
                    .collect()
            }),
        );
    }
}
