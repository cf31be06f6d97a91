//! The process's Prometheus registry, and the collectors privsql's SQL functions count into.
//!
//! There is one registry per process, [`registry`]: this crate registers the functions'
//! collectors on it (lazily, on first use), and the privsql binary registers its own (queries,
//! the server, Kafka pipelines) and serves it on `/metrics`, pushes it to a Pushgateway or writes
//! it to a textfile. This crate does no I/O: it only counts, in memory.
//!
//! Functions count once per batch (a local tally pushed into the shared counters at the end of
//! the batch), never per row, and only counts, probabilities and identifiers (model, contract
//! name, field and rule, sampler names) reach a metric: never a text or a row value.
//! [`set_enabled`]`(false)` turns the functions' counting off (the cost benchmark compares both).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::LazyLock;

use prometheus::{GaugeVec, HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry};

static REGISTRY: LazyLock<Registry> = LazyLock::new(Registry::new);
static ENABLED: AtomicBool = AtomicBool::new(true);

/// The process's registry: every privsql metric is registered here.
pub fn registry() -> &'static Registry {
    &REGISTRY
}

/// Turn the functions' counting on or off (on by default).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

/// Whether the functions count.
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// The buckets of the classifier's confidence histogram (the top probability, 0 to 1).
pub const CONFIDENCE_BUCKETS: [f64; 10] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0];

/// The collectors of the SQL functions, registered on [`registry`] at first use.
pub struct FunctionMetrics {
    /// `privsql_classify_rows_total{model}`: non-NULL texts scored.
    pub classify_rows: IntCounterVec,
    /// `privsql_classify_labels_total{model,label}`: rows per primary label.
    pub classify_labels: IntCounterVec,
    /// `privsql_classify_confidence{model}`: the top probability of each row.
    pub classify_confidence: HistogramVec,
    /// `privsql_classify_model_info{model,digest}`: 1 for each model that scored a batch.
    pub classify_model: IntGaugeVec,
    /// `privsql_contract_violations_total{contract,field,rule}`: rows breaking a contract rule.
    pub contract_violations: IntCounterVec,
    /// `privsql_quality_score{table,dimension}`: the last `quality_score` of a table.
    pub quality_score: GaugeVec,
    /// `privsql_sample_rows_in_total{sampler}`: rows a sampler read.
    pub sample_rows_in: IntCounterVec,
    /// `privsql_sample_rows_out_total{sampler}`: rows a sampler returned.
    pub sample_rows_out: IntCounterVec,
    /// `privsql_sample_strata{sampler}`: the strata of the sampler's last call.
    pub sample_strata: IntGaugeVec,
    /// `privsql_logged_metric{name}`: the last value a script gave `log_metric(name, value)`.
    pub logged_metric: GaugeVec,
}

/// Register `c` on the process registry. The names are constants and distinct (a unit test
/// registers them all), so a failure can only be a second registration, which is harmless.
fn registered<C: prometheus::core::Collector + Clone + 'static>(c: C) -> C {
    let _ = REGISTRY.register(Box::new(c.clone()));
    c
}

fn counter(name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    registered(IntCounterVec::new(Opts::new(name, help), labels).unwrap_or_else(|e| invalid(name, e)))
}

fn int_gauge(name: &str, help: &str, labels: &[&str]) -> IntGaugeVec {
    registered(IntGaugeVec::new(Opts::new(name, help), labels).unwrap_or_else(|e| invalid(name, e)))
}

fn gauge(name: &str, help: &str, labels: &[&str]) -> GaugeVec {
    registered(GaugeVec::new(Opts::new(name, help), labels).unwrap_or_else(|e| invalid(name, e)))
}

/// A metric definition that prometheus refuses is a bug in the constants above.
fn invalid(name: &str, e: prometheus::Error) -> ! {
    panic!("privsql metric {name} is not a valid Prometheus metric: {e}")
}

impl FunctionMetrics {
    fn new() -> Self {
        let confidence = HistogramOpts::new(
            "privsql_classify_confidence",
            "Top probability (confidence) of each row classify_intent, classify_intents and intent_scores scored",
        )
        .buckets(CONFIDENCE_BUCKETS.to_vec());
        Self {
            classify_rows: counter("privsql_classify_rows_total", "Non-NULL texts scored by the intent classifier", &["model"]),
            classify_labels: counter("privsql_classify_labels_total", "Rows per primary intent label", &["model", "label"]),
            classify_confidence: registered(
                HistogramVec::new(confidence, &["model"]).unwrap_or_else(|e| invalid("privsql_classify_confidence", e)),
            ),
            classify_model: int_gauge(
                "privsql_classify_model_info",
                "1 for each intent model that scored rows: its sidecar name and the FNV-1a digest of its ONNX file",
                &["model", "digest"],
            ),
            contract_violations: counter(
                "privsql_contract_violations_total",
                "Rows breaking a contract rule (validate_schema, contract_violations), by contract, field and rule",
                &["contract", "field", "rule"],
            ),
            quality_score: gauge("privsql_quality_score", "The last quality_score of a table, by dimension (0 to 100)", &["table", "dimension"]),
            sample_rows_in: counter("privsql_sample_rows_in_total", "Rows a sampler read", &["sampler"]),
            sample_rows_out: counter("privsql_sample_rows_out_total", "Rows a sampler returned", &["sampler"]),
            sample_strata: int_gauge("privsql_sample_strata", "Strata of a sampler's last call", &["sampler"]),
            logged_metric: gauge("privsql_logged_metric", "The last value given to log_metric(name, value)", &["name"]),
        }
    }
}

static FUNCTIONS: LazyLock<FunctionMetrics> = LazyLock::new(FunctionMetrics::new);

/// The functions' collectors, or `None` when counting is off.
pub fn functions() -> Option<&'static FunctionMetrics> {
    enabled().then(|| &*FUNCTIONS)
}

/// Count a sampler's call: rows read, strata (when known) and rows returned.
pub fn count_sample(sampler: &str, rows_in: u64, strata: Option<usize>, rows_out: u64) {
    let Some(m) = functions() else { return };
    m.sample_rows_in.with_label_values(&[sampler]).inc_by(rows_in);
    m.sample_rows_out.with_label_values(&[sampler]).inc_by(rows_out);
    if let Some(s) = strata {
        m.sample_strata.with_label_values(&[sampler]).set(s as i64);
    }
}

impl FunctionMetrics {
    /// The names of these collectors' metric families.
    pub fn names(&self) -> Vec<String> {
        use prometheus::core::Collector;
        let descs = [
            self.classify_rows.desc(),
            self.classify_labels.desc(),
            self.classify_confidence.desc(),
            self.classify_model.desc(),
            self.contract_violations.desc(),
            self.quality_score.desc(),
            self.sample_rows_in.desc(),
            self.sample_rows_out.desc(),
            self.sample_strata.desc(),
            self.logged_metric.desc(),
        ];
        descs.iter().flatten().map(|d| d.fq_name.clone()).collect()
    }
}

/// The names of every metric family of this crate.
pub fn names() -> Vec<String> {
    FUNCTIONS.names()
}

/// Register every collector of this crate now (so `/metrics` lists them before first use).
pub fn register_all() {
    LazyLock::force(&FUNCTIONS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_collector_registers_once_under_its_documented_name() {
        register_all();
        let m = functions().unwrap();
        m.classify_rows.with_label_values(&["t"]).inc_by(3);
        m.classify_confidence.with_label_values(&["t"]).observe(0.97);
        let names: Vec<String> = registry().gather().iter().map(|f| f.name().to_string()).collect();
        for n in ["privsql_classify_rows_total", "privsql_classify_confidence"] {
            assert!(names.iter().any(|x| x == n), "{n} not in {names:?}");
        }
    }
}
