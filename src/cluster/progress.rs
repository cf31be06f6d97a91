//! A cluster job's progress, for the CLI's progress line: its stages and tasks done, read from
//! the scheduler's REST API (`GET /api/job/<id>/stages`, on the scheduler's port) while the
//! query runs. The job is the one the plan's `DistributedQueryExec` submitted, which learns its
//! id as soon as the scheduler accepts it in Ballista's pull mode ([`followable`]). A poll that
//! fails only leaves the line as it was: it never fails the query.

use std::sync::Arc;
use std::time::Duration;

use ballista_api_types::dto::{QueryStagesResponse, TaskStatus};
use ballista_core::config::BALLISTA_CLIENT_PULL;
use ballista_core::execution_plans::DistributedQueryExec;
use datafusion::execution::TaskContext;
use datafusion::physical_plan::ExecutionPlan;
use datafusion::prelude::SessionConfig;
use datafusion_proto::protobuf::LogicalPlanNode;

/// How long one poll of the scheduler may take.
const POLL_TIMEOUT: Duration = Duration::from_secs(2);

/// `task` (a cluster client's) set to learn its job's id as soon as the scheduler accepts the
/// job: Ballista's pull mode (`ballista.client.pull`, the client asks for the job's status every
/// 50 ms). In its push mode, the default, the id comes with the job's first status change,
/// often its end. Any other task is returned as it was.
pub fn followable(task: TaskContext) -> TaskContext {
    if super::client::scheduler_address(task.session_config()).is_none() {
        return task;
    }
    let mut config = task.session_config().clone();
    match config.options_mut().set(BALLISTA_CLIENT_PULL, "true") {
        Ok(()) => task.with_session_config(config),
        Err(_) => task,
    }
}

/// The cluster job a running plan submits, and where to ask about it.
pub struct JobWatch {
    /// The plan's `DistributedQueryExec`, which learns its job id once the scheduler took it.
    exec: Arc<dyn ExecutionPlan>,
    /// The scheduler (`http://HOST:PORT`).
    scheduler: String,
    client: reqwest::Client,
}

impl JobWatch {
    /// The job `plan` runs as on a cluster, when `config` is a cluster client's session config
    /// and the plan submits a job (`EXPLAIN ANALYZE` included); `None` otherwise.
    pub fn find(plan: &Arc<dyn ExecutionPlan>, config: &SessionConfig) -> Option<Self> {
        let scheduler = super::client::scheduler_address(config)?;
        let mut stack = vec![Arc::clone(plan)];
        while let Some(node) = stack.pop() {
            if node.is::<DistributedQueryExec<LogicalPlanNode>>() {
                let client = reqwest::Client::builder().timeout(POLL_TIMEOUT).build().ok()?;
                return Some(Self { exec: node, scheduler, client });
            }
            stack.extend(node.children().into_iter().cloned());
        }
        None
    }

    /// The job's id, once the scheduler accepted it.
    pub fn job_id(&self) -> Option<String> {
        let exec = self.exec.downcast_ref::<DistributedQueryExec<LogicalPlanNode>>()?;
        exec.job_id().map(String::from)
    }

    /// The progress line now (see [`render`]); `None` when the scheduler cannot say.
    pub async fn poll(&self) -> Option<String> {
        let Some(job) = self.job_id() else {
            return Some("cluster job: submitting".to_owned());
        };
        let url = format!("{}/api/job/{job}/stages", self.scheduler);
        let response = self.client.get(url).send().await.ok()?.error_for_status().ok()?;
        let body = response.bytes().await.ok()?;
        let stages: QueryStagesResponse = serde_json::from_slice(&body).ok()?;
        Some(render(&job, &stages))
    }
}

/// `cluster job ID: S/N stages done, T tasks done (R running)`, with the stages running and
/// any failed tasks (Ballista runs those again).
pub fn render(job: &str, response: &QueryStagesResponse) -> String {
    let stages = &response.stages;
    let done = stages.iter().filter(|s| s.stage_status == "Successful").count();
    let running: Vec<&str> = stages
        .iter()
        .filter(|s| s.stage_status == "Running")
        .map(|s| s.stage_id.as_str())
        .collect();
    let (mut tasks_done, mut tasks_running, mut tasks_failed) = (0, 0, 0);
    for task in stages.iter().flat_map(|s| s.tasks.iter().flatten()) {
        match task.status {
            TaskStatus::Successful => tasks_done += 1,
            TaskStatus::Running => tasks_running += 1,
            TaskStatus::Failed { .. } => tasks_failed += 1,
        }
    }
    let mut line = format!("cluster job {job}: {done}/{} stages done", stages.len());
    if !running.is_empty() {
        line.push_str(&format!(" (running: {})", running.join(", ")));
    }
    line.push_str(&format!(", {tasks_done} tasks done, {tasks_running} running"));
    if tasks_failed > 0 {
        line.push_str(&format!(", {tasks_failed} failed"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_counts_stages_and_tasks() {
        let task = |id: usize, status: &str| {
            format!(
                r#"{{"id":{id},"status":{status},"partition_id":[{id}],"scheduled_time":0,"launch_time":0,
                "start_exec_time":0,"end_exec_time":0,"exec_duration":0,"finish_time":0,"input_rows":0,"output_rows":0}}"#
            )
        };
        let stage = |id: u32, status: &str, tasks: &[String]| {
            format!(
                r#"{{"stage_id":"{id}","stage_status":"{status}","input_rows":0,"output_rows":0,"elapsed_compute":null,
                "stage_plan":null,"task_duration_percentiles":null,"task_input_percentiles":null,"tasks":[{}]}}"#,
                tasks.join(",")
            )
        };
        let json = format!(
            r#"{{"stages":[{},{},{}]}}"#,
            stage(1, "Successful", &[task(0, r#""Successful""#), task(1, r#""Successful""#)]),
            stage(2, "Running", &[
                task(0, r#""Successful""#),
                task(1, r#""Running""#),
                task(2, r#"{"Failed":{"reason":"ExecutionError","error":"x"}}"#),
            ]),
            stage(3, "Unresolved", &[]),
        );
        let response: QueryStagesResponse = serde_json::from_str(&json).unwrap();
        assert_eq!(
            render("abc", &response),
            "cluster job abc: 1/3 stages done (running: 2), 3 tasks done, 1 running, 1 failed"
        );
        let empty: QueryStagesResponse = serde_json::from_str(r#"{"stages":[]}"#).unwrap();
        assert_eq!(render("j", &empty), "cluster job j: 0/0 stages done, 0 tasks done, 0 running");
    }
}
