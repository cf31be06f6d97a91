//! A `privsql -f` run as an MLflow run (`[tracking] mlflow_uri`): created when the run starts,
//! and when it ends given its parameters (scripts, `--set` values, engine and classifier
//! settings, the model used, `log_param`s), metrics (rows and seconds per statement, the
//! classifier's label counts and mean confidence, `log_metric`s), tags (privsql's version, the
//! failing statement's location) and artifacts (the scripts; [`super::artifacts`]: the quality
//! tables its statements produced and the cards of the models it used), then status `FINISHED`
//! or `FAILED`.
//!
//! The server being down never fails the pipeline: a warning, and the run's record kept as one
//! JSON file under `tracking.fallback_dir` to send later.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use prometheus::proto::MetricType;
use serde::{Deserialize, Serialize};

use super::mlflow::{MetricPoint, Mlflow, RunIds};
use crate::cli::{CliError, Input, RunArgs, Runner};
use crate::config::Config;

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// Everything a run records: what MLflow is sent, or what the fallback file keeps.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RunRecord {
    pub experiment: String,
    pub run_name: String,
    pub start_time: i64,
    pub end_time: i64,
    /// `FINISHED` or `FAILED`.
    pub status: String,
    pub params: BTreeMap<String, String>,
    pub metrics: Vec<MetricPoint>,
    pub tags: BTreeMap<String, String>,
    /// Artifact path and text.
    pub artifacts: BTreeMap<String, String>,
}

/// A batch run being tracked (or not, without `tracking.mlflow_uri`).
pub struct TrackedRun {
    client: Option<Mlflow>,
    run: Option<RunIds>,
    start_ms: i64,
    run_name: String,
}

/// The run's name: the first script's file name, else `privsql`.
fn run_name(args: &RunArgs) -> String {
    args.inputs
        .iter()
        .find_map(|i| match i {
            Input::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()),
            Input::Sql(_) => None,
        })
        .unwrap_or_else(|| "privsql".to_owned())
}

impl TrackedRun {
    /// Create the MLflow run when tracking is configured; a warning when the server cannot be
    /// reached (the run goes on, recorded locally).
    pub async fn start(config: &Config, args: &RunArgs) -> Self {
        let t = &config.tracking;
        let mut tracked = Self { client: None, run: None, start_ms: now_ms(), run_name: run_name(args) };
        let Some(uri) = &t.mlflow_uri else { return tracked };
        // Keep the run's quality tables and models for its artifacts.
        privsql_udfs::tracking::outputs::set_keeping(true);
        let client = match Mlflow::new(uri, t.timeout) {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!("MLflow client for {uri}: {e}; the run is recorded under {}", t.fallback_dir().display());
                return tracked;
            }
        };
        let tags = vec![("privsql.version".to_owned(), env!("CARGO_PKG_VERSION").to_owned())];
        match client.create_run(&t.experiment, &tracked.run_name, tracked.start_ms, &tags).await {
            Ok(run) => {
                tracing::info!(run_id = %run.run_id, experiment = %t.experiment, "MLflow run started");
                tracked.run = Some(run);
            }
            Err(e) => tracing::warn!(
                "MLflow at {uri} unreachable ({e}); the run goes on and is recorded under {}",
                t.fallback_dir().display()
            ),
        }
        tracked.client = Some(client);
        tracked
    }

    /// Send the run's record and end it; on failure keep the record in the fallback directory.
    pub async fn finish<W: Write>(&mut self, config: &Config, runner: &Runner<W>, args: &RunArgs, error: Option<&CliError>) {
        let Some(client) = &self.client else { return };
        let record = self.record(config, runner, args, error);
        if let Some(run) = &self.run {
            match send(client, run, &record).await {
                Ok(()) => {
                    tracing::info!(run_id = %run.run_id, status = %record.status, "MLflow run ended");
                    return;
                }
                Err(e) => tracing::warn!("MLflow run {} not recorded on the server: {e}", run.run_id),
            }
        }
        let dir = config.tracking.fallback_dir();
        match keep(&dir, &record) {
            Ok(path) => tracing::warn!("the run's record is kept in {} to send later", path.display()),
            Err(e) => tracing::warn!("the run's record could not be kept under {}: {e}", dir.display()),
        }
    }

    fn record<W: Write>(&self, config: &Config, runner: &Runner<W>, args: &RunArgs, error: Option<&CliError>) -> RunRecord {
        let end = now_ms();
        let mut params = BTreeMap::new();
        let scripts: Vec<&PathBuf> = args.files.iter().collect();
        params.insert(
            "script".to_owned(),
            scripts.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
        );
        for s in &args.set {
            if let Some((k, v)) = s.split_once('=') {
                params.insert(format!("set.{k}"), v.to_owned());
            }
        }
        let e = &config.engine;
        params.insert("engine.target_partitions".into(), e.target_partitions.to_string());
        params.insert("engine.batch_size".into(), e.batch_size.to_string());
        params.insert("engine.memory_limit".into(), e.memory_limit.map_or("unbounded".into(), |m| m.to_string()));
        params.insert("classify.threshold".into(), config.classify.threshold.to_string());
        params.insert("classify.backend".into(), format!("{:?}", config.classify.backend).to_lowercase());

        let mut metrics = Vec::new();
        let point = |key: &str, value: f64, step: i64| MetricPoint { key: key.to_owned(), value, timestamp: end, step };
        let finished = runner.finished();
        for (i, (_, f)) in finished.iter().enumerate() {
            metrics.push(point("statement_rows", f.rows as f64, i as i64 + 1));
            metrics.push(point("statement_seconds", f.seconds, i as i64 + 1));
        }
        metrics.push(point("statements", finished.len() as f64, 0));
        metrics.push(point("statements_failed", finished.iter().filter(|(_, f)| f.outcome != "ok").count() as f64, 0));
        metrics.push(point("run_seconds", (end - self.start_ms) as f64 / 1000.0, 0));
        let mut artifacts = BTreeMap::new();
        let models = classifier(&mut metrics, end);
        for (i, (model, digest)) in models.iter().enumerate() {
            let suffix = if i == 0 { String::new() } else { format!(".{i}") };
            params.insert(format!("model.name{suffix}"), model.clone());
            params.insert(format!("model.digest{suffix}"), digest.clone());
        }
        let kept = privsql_udfs::tracking::outputs::take();
        artifacts.extend(super::artifacts::artifacts(&kept, config.tracking.report_values));
        let logged = privsql_udfs::tracking::take();
        params.extend(logged.params);
        metrics.extend(logged.metrics.into_iter().map(|m| MetricPoint {
            key: m.name,
            value: m.value,
            timestamp: m.timestamp_ms,
            step: m.step,
        }));
        for path in scripts {
            if let Ok(text) = std::fs::read_to_string(path) {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                artifacts.insert(format!("script/{name}"), text);
            }
        }
        let mut tags = BTreeMap::new();
        tags.insert("privsql.version".to_owned(), env!("CARGO_PKG_VERSION").to_owned());
        tags.insert("mlflow.source.name".to_owned(), self.run_name.clone());
        if let Some(e) = error {
            tags.insert("privsql.error".to_owned(), failure(e));
        }
        RunRecord {
            experiment: config.tracking.experiment.clone(),
            run_name: self.run_name.clone(),
            start_time: self.start_ms,
            end_time: end,
            status: if error.is_some() { "FAILED" } else { "FINISHED" }.to_owned(),
            params,
            metrics,
            tags,
            artifacts,
        }
    }
}

/// Where and how the run failed: the failing statement's location and the kind of error,
/// never the statement's text or a value.
fn failure(e: &CliError) -> String {
    match e {
        CliError::Statement { location, .. } => format!("statement at {}:{} failed", location.source, location.line),
        CliError::SomeFailed { failed } => format!("{failed} statements failed"),
        _ => "the run failed before its statements".to_owned(),
    }
}

/// The classifier's figures of this process from the registry: rows per label and the mean
/// confidence as metrics; returns the models used (name, digest).
fn classifier(metrics: &mut Vec<MetricPoint>, ts: i64) -> Vec<(String, String)> {
    let mut models = Vec::new();
    let label = |m: &prometheus::proto::Metric, name: &str| {
        m.get_label().iter().find(|l| l.name() == name).map(|l| l.value().to_owned()).unwrap_or_default()
    };
    for f in super::registry().gather() {
        match (f.name(), f.get_field_type()) {
            ("privsql_classify_labels_total", MetricType::COUNTER) => {
                for m in f.get_metric() {
                    let key = format!("classify_rows.{}", label(m, "label"));
                    metrics.push(MetricPoint { key, value: m.get_counter().get_value(), timestamp: ts, step: 0 });
                }
            }
            ("privsql_classify_confidence", MetricType::HISTOGRAM) => {
                let (mut sum, mut count) = (0.0, 0u64);
                for m in f.get_metric() {
                    sum += m.get_histogram().get_sample_sum();
                    count += m.get_histogram().get_sample_count();
                }
                if count > 0 {
                    metrics.push(MetricPoint { key: "classify_mean_confidence".into(), value: sum / count as f64, timestamp: ts, step: 0 });
                }
            }
            ("privsql_classify_model_info", _) => {
                models.extend(f.get_metric().iter().map(|m| (label(m, "model"), label(m, "digest"))));
            }
            _ => {}
        }
    }
    models
}

async fn send(client: &Mlflow, run: &RunIds, r: &RunRecord) -> Result<(), String> {
    let params: Vec<(String, String)> = r.params.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let tags: Vec<(String, String)> = r.tags.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    client.log_batch(&run.run_id, &r.metrics, &params, &tags).await?;
    for (path, text) in &r.artifacts {
        if let Err(e) = client.upload_artifact(run, path, text.clone().into_bytes()).await {
            tracing::warn!("MLflow artifact {path} not uploaded: {e}");
        }
    }
    client.end_run(&run.run_id, &r.status, r.end_time).await
}

/// Write `record` as `<dir>/<start time>-<run name>.json`.
fn keep(dir: &std::path::Path, record: &RunRecord) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let safe: String = record.run_name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' }).collect();
    let path = dir.join(format!("{}-{safe}.json", record.start_time));
    let text = serde_json::to_string_pretty(record).map_err(std::io::Error::other)?;
    std::fs::write(&path, text)?;
    Ok(path)
}
