//! Observability: Prometheus metrics, MLflow run tracking and structured logs.
//!
//! - One Prometheus registry per process: [`privsql_udfs::metrics::registry`], where the SQL
//!   functions count (classifier, contracts, samplers, `log_metric`) without any I/O; this module
//!   adds the front ends' collectors ([`statements`]: queries; [`pulled`]: the server's counters,
//!   the memory pool and the Kafka pipelines, read when scraped) and reads the registry out:
//!   [`http`] serves `GET /metrics` for `privsql serve` and `privsql stream`, [`push`] pushes to a
//!   Pushgateway or writes a textfile at the end of a `privsql -f` run.
//! - [`run`] and [`mlflow`]: each `privsql -f` run as an MLflow run over its REST API, kept in a
//!   local file when the server cannot be reached; [`artifacts`]: its quality tables and model
//!   cards as artifacts.
//! - [`logging`]: `--log-format text|json`.
//!
//! Only counts, durations, probabilities and identifiers reach a metric, a parameter or a log
//! line at info and above: never message text or row values.

pub mod artifacts;
pub mod config;
pub mod http;
pub mod logging;
pub mod mlflow;
pub mod pulled;
pub mod push;
pub mod run;
pub mod statements;

pub use config::{LogFormat, MetricsConfig, TrackingConfig};

use prometheus::{Encoder, Registry, TextEncoder};

/// The process's registry (shared with the SQL functions).
pub fn registry() -> &'static Registry {
    privsql_udfs::metrics::registry()
}

/// Register every collector of the process on [`registry`]: the functions', the statements',
/// the memory pool of `ctx`, and the Kafka pipelines'. Idempotent in effect: a collector already
/// registered is left as it is.
pub fn register_process(ctx: &datafusion::prelude::SessionContext) {
    privsql_udfs::metrics::register_all();
    statements::register();
    pulled::register_memory_pool(ctx);
    #[cfg(feature = "kafka")]
    pulled::register_kafka();
}

/// The name of every metric family registered so far (the functions' and statements' always;
/// the pulled ones once registered: the server's by `privsql serve`, ...), sorted.
pub fn metric_names() -> Vec<String> {
    let mut names = privsql_udfs::metrics::names();
    names.extend(statements::names());
    names.extend(pulled::names());
    #[cfg(feature = "cluster")]
    names.extend(crate::cluster::metrics::names());
    names.sort();
    names.dedup();
    names
}

/// The registry in Prometheus' text exposition format.
pub fn text() -> String {
    let mut out = Vec::new();
    // Encoding to a Vec fails only on a malformed family, which the registry never holds.
    if let Err(e) = TextEncoder::new().encode(&registry().gather(), &mut out) {
        tracing::warn!(error = %e, "encoding the metrics");
    }
    String::from_utf8(out).unwrap_or_default()
}
