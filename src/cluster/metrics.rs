//! The cluster's Prometheus metrics, in the process registry ([`crate::observe::registry`]):
//!
//! - on the scheduler, through Ballista's own hook ([`SchedulerMetricsCollector`], which its
//!   event loop calls as jobs are submitted, end and wait): jobs by event and their times, the
//!   tasks waiting for a slot. Ballista's `GET /api/metrics` (the scheduler's port) serves them;
//! - on an executor, from [`super::engine::CountingEngine`]: tasks by outcome and their times;
//!   spills go to `privsql_spills_total` and `privsql_spilled_bytes_total`, as locally;
//! - both also on `metrics.listen` with `metrics.enabled`, as `privsql serve` does.
//!
//! The counters mirror Ballista's own `PrometheusMetricsCollector` (its `prometheus-metrics`
//! feature) under privsql's names, in privsql's registry rather than the global one.

use std::sync::LazyLock;
use std::time::Duration;

use ballista_core::JobId;
use ballista_scheduler::metrics::SchedulerMetricsCollector;
use prometheus::{Histogram, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts};

use crate::observe::statements::registered;

/// The scheduler's collectors.
struct Jobs {
    /// `privsql_cluster_jobs_total{event}`: `submitted`, `completed`, `failed`, `cancelled`.
    events: IntCounterVec,
    /// `privsql_cluster_job_duration_seconds`: queued to completed, completed jobs.
    duration: Histogram,
    /// `privsql_cluster_job_planning_seconds`: queued to submitted (planned into stages).
    planning: Histogram,
    /// `privsql_cluster_pending_tasks`: tasks ready to run and waiting for a free slot.
    pending: IntGauge,
}

/// An executor's collectors.
struct Tasks {
    /// `privsql_cluster_tasks_total{outcome}`: `ok`, `failed`.
    outcomes: IntCounterVec,
    /// `privsql_cluster_task_duration_seconds{outcome}`.
    duration: HistogramVec,
}

const SECONDS: [f64; 11] = [0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0];

static JOBS: LazyLock<Jobs> = LazyLock::new(|| Jobs {
    events: registered(
        IntCounterVec::new(Opts::new("privsql_cluster_jobs_total", "Cluster jobs by event"), &["event"]),
        "privsql_cluster_jobs_total",
    ),
    duration: registered(
        Histogram::with_opts(
            HistogramOpts::new("privsql_cluster_job_duration_seconds", "Completed jobs, queued to completed")
                .buckets(SECONDS.to_vec()),
        ),
        "privsql_cluster_job_duration_seconds",
    ),
    planning: registered(
        Histogram::with_opts(
            HistogramOpts::new("privsql_cluster_job_planning_seconds", "Jobs, queued to planned into stages")
                .buckets(SECONDS.to_vec()),
        ),
        "privsql_cluster_job_planning_seconds",
    ),
    pending: registered(
        IntGauge::new("privsql_cluster_pending_tasks", "Tasks ready to run, waiting for a free slot"),
        "privsql_cluster_pending_tasks",
    ),
});

static TASKS: LazyLock<Tasks> = LazyLock::new(|| Tasks {
    outcomes: registered(
        IntCounterVec::new(Opts::new("privsql_cluster_tasks_total", "Tasks an executor ran, by outcome"), &["outcome"]),
        "privsql_cluster_tasks_total",
    ),
    duration: registered(
        HistogramVec::new(
            HistogramOpts::new("privsql_cluster_task_duration_seconds", "Wall time of an executor's tasks")
                .buckets(SECONDS.to_vec()),
            &["outcome"],
        ),
        "privsql_cluster_task_duration_seconds",
    ),
});

/// The names of the cluster's metric families (both roles').
pub fn names() -> Vec<String> {
    use prometheus::core::Collector;
    let (j, t) = (&*JOBS, &*TASKS);
    let descs = [
        j.events.desc(),
        j.duration.desc(),
        j.planning.desc(),
        j.pending.desc(),
        t.outcomes.desc(),
        t.duration.desc(),
    ];
    descs.iter().flatten().map(|d| d.fq_name.clone()).collect()
}

/// Register the scheduler's collectors now, so a scrape before the first job shows them at 0.
pub fn register_scheduler() {
    let j = &*JOBS;
    for event in ["submitted", "completed", "failed", "cancelled"] {
        j.events.with_label_values(&[event]);
    }
}

/// Register an executor's collectors now.
pub fn register_executor() {
    for outcome in ["ok", "failed"] {
        TASKS.outcomes.with_label_values(&[outcome]);
    }
}

/// Count a task that ended on this executor.
pub(super) fn task_ended(ok: bool, took: Duration, spills: u64, spilled_bytes: u64) {
    let outcome = if ok { "ok" } else { "failed" };
    TASKS.outcomes.with_label_values(&[outcome]).inc();
    TASKS.duration.with_label_values(&[outcome]).observe(took.as_secs_f64());
    crate::observe::statements::spilled(spills, spilled_bytes);
}

/// Ballista's scheduler hook, counting into [`JOBS`].
#[derive(Debug, Default)]
pub struct JobMetrics;

/// Milliseconds between two of Ballista's timestamps, in seconds (0 if out of order).
fn between(from_ms: u64, to_ms: u64) -> f64 {
    to_ms.saturating_sub(from_ms) as f64 / 1000.0
}

impl SchedulerMetricsCollector for JobMetrics {
    fn record_submitted(&self, _job_id: &JobId, queued_at: u64, submitted_at: u64) {
        JOBS.events.with_label_values(&["submitted"]).inc();
        JOBS.planning.observe(between(queued_at, submitted_at));
    }

    fn record_completed(&self, _job_id: &JobId, queued_at: u64, completed_at: u64) {
        JOBS.events.with_label_values(&["completed"]).inc();
        JOBS.duration.observe(between(queued_at, completed_at));
    }

    fn record_failed(&self, _job_id: &JobId, _queued_at: u64, _failed_at: u64) {
        JOBS.events.with_label_values(&["failed"]).inc();
    }

    fn record_cancelled(&self, _job_id: &JobId) {
        JOBS.events.with_label_values(&["cancelled"]).inc();
    }

    fn set_pending_tasks_queue_size(&self, value: u64) {
        JOBS.pending.set(i64::try_from(value).unwrap_or(i64::MAX));
    }

    /// The whole process registry, for Ballista's `GET /api/metrics`.
    fn gather_metrics(&self) -> ballista_core::error::Result<Option<(Vec<u8>, String)>> {
        Ok(Some((crate::observe::text().into_bytes(), prometheus::TEXT_FORMAT.to_owned())))
    }
}
