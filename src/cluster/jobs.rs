//! `privsql cluster jobs` and `privsql cluster executors`: the scheduler's job and executor
//! lists, read from its REST API (`/api/jobs`, `/api/job/<id>/stages`, `/api/executors`, on the
//! scheduler's port) and written in the CLI's output formats.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use arrow::array::{ArrayRef, Float64Array, RecordBatch, StringArray, TimestampMillisecondArray, UInt64Array};
use arrow::datatypes::{DataType, Field, Schema, TimeUnit};
use ballista_api_types::dto::{JobResponse, QueryStagesResponse, TaskStatus};
use datafusion::common::{exec_datafusion_err, Result};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use futures::StreamExt;
use serde::de::DeserializeOwned;

use super::args::ListArgs;
use super::host_port;
use crate::cli::format::{write_stream, Format};
use crate::cli::progress::Progress;
use crate::Config;

/// How long one request to the scheduler may take.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The scheduler's REST address (`http://HOST:PORT`): `--scheduler`, else `cluster.url`, else
/// `cluster.scheduler`, else `cluster.bind` (a scheduler on this machine).
pub fn scheduler_address(config: &Config, args: &ListArgs) -> Result<String> {
    let cluster = &config.cluster;
    let (text, what) = match (&args.scheduler, &cluster.url, &cluster.scheduler) {
        (Some(s), _, _) => (s.as_str(), "--scheduler"),
        (None, Some(url), _) => (url.as_str(), "cluster.url"),
        (None, None, Some(s)) => (s.as_str(), "cluster.scheduler"),
        (None, None, None) => (cluster.bind.as_str(), "cluster.bind"),
    };
    let (host, port) = host_port(text, what)?;
    Ok(format!("http://{host}:{port}"))
}

/// Print the scheduler's jobs, oldest first.
pub async fn print_jobs(config: &Config, args: &ListArgs) -> Result<()> {
    let scheduler = scheduler_address(config, args)?;
    let client = client()?;
    let mut jobs: Vec<JobResponse> = get(&client, &scheduler, "/api/jobs").await?;
    jobs.sort_by_key(|j| j.start_time);
    // Tasks done per job: its stages' tasks (a job the scheduler no longer has: unknown).
    let tasks: Vec<Option<u64>> = futures::stream::iter(jobs.iter())
        .map(|job| {
            let (client, scheduler) = (&client, &scheduler);
            async move {
                let path = format!("/api/job/{}/stages", job.job_id);
                let stages: QueryStagesResponse = get(client, scheduler, &path).await.ok()?;
                Some(tasks_done(&stages))
            }
        })
        .buffered(8)
        .collect()
        .await;
    print(jobs_batch(&jobs, &tasks, now_ms())?, args.format).await
}

/// Print the executors registered with the scheduler.
pub async fn print_executors(config: &Config, args: &ListArgs) -> Result<()> {
    let scheduler = scheduler_address(config, args)?;
    let executors: Vec<serde_json::Value> = get(&client()?, &scheduler, "/api/executors").await?;
    print(executors_batch(&executors)?, args.format).await
}

/// Successful tasks over the stages of a job.
pub fn tasks_done(stages: &QueryStagesResponse) -> u64 {
    let tasks = stages.stages.iter().flat_map(|s| s.tasks.iter().flatten());
    tasks.filter(|t| matches!(t.status, TaskStatus::Successful)).count() as u64
}

/// The job list as a table: `job_id`, `name`, `status` (lower case: queued, running,
/// completed, failed), `stages_done`, `stages`, `tasks_done`, `started` (UTC) and `duration_s`
/// (so far, for a job still running). `now_ms` is the time a running job is measured to.
pub fn jobs_batch(jobs: &[JobResponse], tasks: &[Option<u64>], now_ms: u64) -> Result<RecordBatch> {
    let duration = |j: &JobResponse| {
        let end = if j.end_time > 0 { j.end_time } else { now_ms };
        (j.start_time > 0).then(|| end.saturating_sub(j.start_time) as f64 / 1000.0)
    };
    let utc = Some("UTC".into());
    let schema = Schema::new(vec![
        Field::new("job_id", DataType::Utf8, false),
        Field::new("name", DataType::Utf8, false),
        Field::new("status", DataType::Utf8, false),
        Field::new("stages_done", DataType::UInt64, false),
        Field::new("stages", DataType::UInt64, false),
        Field::new("tasks_done", DataType::UInt64, true),
        Field::new("started", DataType::Timestamp(TimeUnit::Millisecond, utc.clone()), true),
        Field::new("duration_s", DataType::Float64, true),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from_iter_values(jobs.iter().map(|j| j.job_id.as_str()))),
        Arc::new(StringArray::from_iter_values(jobs.iter().map(|j| j.job_name.as_str()))),
        Arc::new(StringArray::from_iter_values(jobs.iter().map(|j| j.status.to_lowercase()))),
        Arc::new(UInt64Array::from_iter_values(jobs.iter().map(|j| j.completed_stages as u64))),
        Arc::new(UInt64Array::from_iter_values(jobs.iter().map(|j| j.num_stages as u64))),
        Arc::new(UInt64Array::from(tasks.to_vec())),
        Arc::new(
            TimestampMillisecondArray::from(jobs.iter().map(|j| (j.start_time > 0).then_some(j.start_time as i64)).collect::<Vec<_>>())
                .with_timezone_opt(utc),
        ),
        Arc::new(Float64Array::from(jobs.iter().map(duration).collect::<Vec<_>>())),
    ];
    Ok(RecordBatch::try_new(Arc::new(schema), columns)?)
}

/// The executor list as a table: `id`, `host`, `port`, `vcores` and `last_seen` (its last
/// heartbeat, UTC).
fn executors_batch(executors: &[serde_json::Value]) -> Result<RecordBatch> {
    let text = |v: &serde_json::Value, k: &str| v[k].as_str().unwrap_or_default().to_owned();
    let utc = Some("UTC".into());
    let schema = Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("host", DataType::Utf8, false),
        Field::new("port", DataType::UInt64, true),
        Field::new("vcores", DataType::UInt64, true),
        Field::new("last_seen", DataType::Timestamp(TimeUnit::Millisecond, utc.clone()), true),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from_iter_values(executors.iter().map(|e| text(e, "id")))),
        Arc::new(StringArray::from_iter_values(executors.iter().map(|e| text(e, "host")))),
        Arc::new(UInt64Array::from(executors.iter().map(|e| e["port"].as_u64()).collect::<Vec<_>>())),
        Arc::new(UInt64Array::from(executors.iter().map(|e| e["specification"]["vcores"].as_u64()).collect::<Vec<_>>())),
        Arc::new(
            TimestampMillisecondArray::from(executors.iter().map(|e| e["last_seen"].as_i64()).collect::<Vec<_>>())
                .with_timezone_opt(utc),
        ),
    ];
    Ok(RecordBatch::try_new(Arc::new(schema), columns)?)
}

fn client() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .build()
        .map_err(|e| exec_datafusion_err!("cannot build an HTTP client: {e}"))
}

/// GET `path` from the scheduler as JSON.
async fn get<T: DeserializeOwned>(client: &reqwest::Client, scheduler: &str, path: &str) -> Result<T> {
    let url = format!("{scheduler}{path}");
    let failed = |e: &dyn std::fmt::Display| exec_datafusion_err!("GET {url} (the scheduler's REST API): {e}");
    let response = client.get(&url).send().await.map_err(|e| failed(&e))?;
    let response = response.error_for_status().map_err(|e| failed(&e))?;
    let body = response.bytes().await.map_err(|e| failed(&e))?;
    serde_json::from_slice(&body).map_err(|e| failed(&e))
}

/// Write `batch` to stdout as `format` (default: a table on a terminal, CSV otherwise).
async fn print(batch: RecordBatch, format: Option<Format>) -> Result<()> {
    let format = format.unwrap_or_else(crate::cli::script::default_format);
    let schema = batch.schema();
    let stream = Box::pin(RecordBatchStreamAdapter::new(schema, futures::stream::iter([Ok(batch)])));
    let mut out = std::io::stdout().lock();
    write_stream(stream, format, None, &mut out, &Progress::hidden()).await?;
    Ok(())
}

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_job_table_has_a_row_per_job_with_its_duration() {
        let job = |id: &str, status: &str, start: u64, end: u64| JobResponse {
            job_id: id.into(),
            job_name: String::new(),
            job_status: String::new(),
            status: status.into(),
            num_stages: 3,
            completed_stages: if end > 0 { 3 } else { 1 },
            percent_complete: 0,
            start_time: start,
            end_time: end,
            logical_plan: None,
            physical_plan: None,
            stage_plan: None,
        };
        let jobs = [job("a", "Completed", 1_000, 3_500), job("b", "Running", 2_000, 0)];
        let batch = jobs_batch(&jobs, &[Some(6), None], 10_000).unwrap();
        let csv = {
            let mut w = arrow::csv::WriterBuilder::new().with_header(true).build(Vec::new());
            w.write(&batch).unwrap();
            String::from_utf8(w.into_inner()).unwrap()
        };
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "job_id,name,status,stages_done,stages,tasks_done,started,duration_s");
        assert!(lines[1].starts_with("a,,completed,3,3,6,1970-01-01T00:00:01") && lines[1].ends_with(",2.5"), "{csv}");
        assert!(lines[2].starts_with("b,,running,1,3,,1970-01-01T00:00:02") && lines[2].ends_with(",8.0"), "{csv}");
    }

    #[test]
    fn the_scheduler_address_comes_from_the_flag_then_the_config() {
        let mut config = Config::default();
        let args = |s: Option<&str>| ListArgs { scheduler: s.map(str::to_owned), format: None };
        assert_eq!(scheduler_address(&config, &args(None)).unwrap(), "http://127.0.0.1:50050");
        config.cluster.scheduler = Some("s:1".into());
        assert_eq!(scheduler_address(&config, &args(None)).unwrap(), "http://s:1");
        config.cluster.url = Some("df://u:2".into());
        assert_eq!(scheduler_address(&config, &args(None)).unwrap(), "http://u:2");
        assert_eq!(scheduler_address(&config, &args(Some("f:3"))).unwrap(), "http://f:3");
        assert!(scheduler_address(&config, &args(Some("nope"))).is_err());
    }
}
