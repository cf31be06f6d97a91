//! A small client of MLflow's REST API (2.0 endpoints, served by MLflow 2 and 3): the calls a
//! tracked run makes. JSON in and out with serde; every failure is a `String` the caller turns
//! into a warning.

use std::time::Duration;

use serde_json::{json, Value};

/// One metric value as MLflow takes it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MetricPoint {
    pub key: String,
    pub value: f64,
    /// Milliseconds since the Unix epoch.
    pub timestamp: i64,
    pub step: i64,
}

/// The tracking server at `base`.
pub struct Mlflow {
    base: String,
    http: reqwest::Client,
}

/// A created run: its id and where its artifacts go.
#[derive(Debug, Clone)]
pub struct RunIds {
    pub experiment_id: String,
    pub run_id: String,
    pub artifact_uri: String,
}

impl Mlflow {
    /// A client of the server at `uri` (`http://host:port`), each request limited to `timeout`.
    pub fn new(uri: &str, timeout: Duration) -> Result<Self, String> {
        let http = reqwest::Client::builder().timeout(timeout).build().map_err(|e| e.to_string())?;
        Ok(Self { base: uri.trim_end_matches('/').to_owned(), http })
    }

    async fn call(&self, req: reqwest::RequestBuilder) -> Result<Value, String> {
        let resp = req.send().await.map_err(|e| e.to_string())?;
        let status = resp.status();
        let body = resp.bytes().await.map_err(|e| e.to_string())?;
        if !status.is_success() {
            return Err(format!("{status}: {}", String::from_utf8_lossy(&body).trim()));
        }
        if body.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&body).map_err(|e| format!("unreadable answer: {e}"))
    }

    async fn post(&self, endpoint: &str, body: Value) -> Result<Value, String> {
        let req = self
            .http
            .post(format!("{}/api/2.0/mlflow/{endpoint}", self.base))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string());
        self.call(req).await
    }

    /// The id of experiment `name`, created when missing.
    pub async fn experiment_id(&self, name: &str) -> Result<String, String> {
        let get = self
            .http
            .get(format!("{}/api/2.0/mlflow/experiments/get-by-name", self.base))
            .query(&[("experiment_name", name)]);
        if let Ok(v) = self.call(get).await {
            if let Some(id) = v["experiment"]["experiment_id"].as_str() {
                return Ok(id.to_owned());
            }
        }
        let v = self.post("experiments/create", json!({ "name": name })).await?;
        v["experiment_id"].as_str().map(str::to_owned).ok_or_else(|| format!("no experiment_id in {v}"))
    }

    /// Start a run in `experiment` named `run_name`, with `tags`.
    pub async fn create_run(
        &self,
        experiment: &str,
        run_name: &str,
        start_ms: i64,
        tags: &[(String, String)],
    ) -> Result<RunIds, String> {
        let experiment_id = self.experiment_id(experiment).await?;
        let tags: Vec<Value> = tags.iter().map(|(k, v)| json!({ "key": k, "value": v })).collect();
        let v = self
            .post(
                "runs/create",
                json!({ "experiment_id": experiment_id, "run_name": run_name, "start_time": start_ms, "tags": tags }),
            )
            .await?;
        let info = &v["run"]["info"];
        let run_id = info["run_id"].as_str().ok_or_else(|| format!("no run_id in {v}"))?.to_owned();
        let artifact_uri = info["artifact_uri"].as_str().unwrap_or_default().to_owned();
        Ok(RunIds { experiment_id, run_id, artifact_uri })
    }

    /// Log metrics, parameters and tags, in batches of MLflow's limits (1000 metrics, 100
    /// parameters, 100 tags per call).
    pub async fn log_batch(
        &self,
        run_id: &str,
        metrics: &[MetricPoint],
        params: &[(String, String)],
        tags: &[(String, String)],
    ) -> Result<(), String> {
        let kv = |(k, v): &(String, String)| json!({ "key": k, "value": v });
        let calls = metrics.len().div_ceil(1000).max(params.len().div_ceil(100)).max(tags.len().div_ceil(100));
        for i in 0..calls {
            let m: Vec<&MetricPoint> = metrics.iter().skip(i * 1000).take(1000).collect();
            let p: Vec<Value> = params.iter().skip(i * 100).take(100).map(kv).collect();
            let t: Vec<Value> = tags.iter().skip(i * 100).take(100).map(kv).collect();
            self.post("runs/log-batch", json!({ "run_id": run_id, "metrics": m, "params": p, "tags": t })).await?;
        }
        Ok(())
    }

    /// Upload `bytes` as artifact `path` of the run (through the server's artifact proxy,
    /// `mlflow-artifacts:` URIs; a server without one keeps no artifacts of privsql's).
    pub async fn upload_artifact(&self, run: &RunIds, path: &str, bytes: Vec<u8>) -> Result<(), String> {
        let Some(rest) = run.artifact_uri.strip_prefix("mlflow-artifacts:") else {
            return Err(format!("the server does not proxy artifacts (artifact URI {})", run.artifact_uri));
        };
        // `mlflow-artifacts:/1/<run>/artifacts` or `mlflow-artifacts://host:port/1/<run>/artifacts`.
        let rest = rest.trim_start_matches('/');
        let rest = if run.artifact_uri.starts_with("mlflow-artifacts://") {
            rest.split_once('/').map(|(_, r)| r).unwrap_or(rest)
        } else {
            rest
        };
        let req = self
            .http
            .put(format!("{}/api/2.0/mlflow-artifacts/artifacts/{rest}/{path}", self.base))
            .body(bytes);
        self.call(req).await.map(|_| ())
    }

    /// End the run with `status` (`FINISHED` or `FAILED`).
    pub async fn end_run(&self, run_id: &str, status: &str, end_ms: i64) -> Result<(), String> {
        self.post("runs/update", json!({ "run_id": run_id, "status": status, "end_time": end_ms })).await.map(|_| ())
    }
}
