//! The observability settings: `[metrics]` (the Prometheus endpoint, Pushgateway and textfile)
//! and `[tracking]` (MLflow run tracking of `privsql -f`), and the `--log-format` choice.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// `[metrics]`: where the process registry is read.
///
/// ```toml
/// [metrics]
/// enabled = true                          # GET /metrics for privsql serve and privsql stream
/// listen = "127.0.0.1:9464"
/// pushgateway = "http://127.0.0.1:9091"   # privsql -f pushes at the end of the run
/// textfile = "/var/lib/node_exporter/textfile/privsql.prom"
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetricsConfig {
    /// Serve `GET /metrics` (Prometheus text format) from `privsql serve` and `privsql stream`.
    pub enabled: bool,
    /// The address of `/metrics`; loopback unless changed.
    pub listen: String,
    /// A Pushgateway URL: a `privsql -f` run pushes its metrics there when it ends.
    pub pushgateway: Option<String>,
    /// A file a `privsql -f` run writes its metrics to when it ends (node_exporter's textfile
    /// collector reads `*.prom` files), replaced atomically.
    pub textfile: Option<PathBuf>,
    /// The `job` label of the pushed group.
    pub job: String,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            listen: "127.0.0.1:9464".to_owned(),
            pushgateway: None,
            textfile: None,
            job: "privsql".to_owned(),
        }
    }
}

/// `[tracking]`: MLflow run tracking of `privsql -f` runs.
///
/// ```toml
/// [tracking]
/// mlflow_uri = "http://127.0.0.1:5000"
/// experiment = "privacy-pipeline"
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TrackingConfig {
    /// The MLflow tracking server; unset: no tracking.
    pub mlflow_uri: Option<String>,
    /// The experiment runs go to (created when missing).
    pub experiment: String,
    /// Where a run's record is kept when the server cannot be reached (one JSON file per run);
    /// default: `<data dir>/privsql/tracking`.
    pub fallback_dir: Option<PathBuf>,
    /// How long one request to the server may take, written as `"10s"`.
    #[serde(with = "crate::config::duration_text")]
    pub timeout: Duration,
    /// Keep row values in the quality artifacts (`profile`'s min, max and top values,
    /// `quality_report`'s examples); off: those columns are left out.
    pub report_values: bool,
}

impl Default for TrackingConfig {
    fn default() -> Self {
        Self {
            mlflow_uri: None,
            experiment: "privsql".to_owned(),
            fallback_dir: None,
            timeout: Duration::from_secs(10),
            report_values: false,
        }
    }
}

impl TrackingConfig {
    /// The directory of records kept while the server is down.
    pub fn fallback_dir(&self) -> PathBuf {
        self.fallback_dir.clone().unwrap_or_else(|| {
            dirs::data_local_dir().unwrap_or_else(|| PathBuf::from(".")).join("privsql").join("tracking")
        })
    }
}

/// `--log-format`: how log lines are written to stderr.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per line (tracing-subscriber's JSON layer), with one `statement` span per
    /// statement closed with its query id, kind, duration, rows and outcome.
    Json,
}
