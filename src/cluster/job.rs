//! A cluster query's plan in the client: Ballista's `DistributedQueryExec`, submitted with the
//! settings its job needs ([`super::constant_rows`]), and its errors as the executor raised
//! them.
//!
//! A task's error reaches the client inside Ballista's wrappers, as the Rust `Debug` text of
//! the executor's error: `Job 3Xb failed: Job failed due to stage 1 failed: Task failed due to
//! runtime execution error: DataFusionError(Execution("intent_v1: \"spam\" is not an intent
//! label"))`. [`job_error`] gives back the executor's message, unquoted, with the job and
//! stage after it: `intent_v1: "spam" is not an intent label (cluster job 3Xb, stage 1)`, of
//! the kind it was (resources exhausted stays resources exhausted).

use std::fmt;
use std::sync::Arc;

use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, DataFusionError, Result};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, PlanProperties};
use futures::TryStreamExt;

/// A cluster query's plan (Ballista's `DistributedQueryExec`) whose job is submitted with
/// `settings` added to the session's, and whose errors are the executors' ([`job_error`]).
#[derive(Debug)]
pub struct ClusterJob {
    job: Arc<dyn ExecutionPlan>,
    settings: Vec<(&'static str, &'static str)>,
}

impl ClusterJob {
    /// `job` with `settings`.
    pub fn wrap(job: Arc<dyn ExecutionPlan>, settings: Vec<(&'static str, &'static str)>) -> Arc<dyn ExecutionPlan> {
        Arc::new(Self { job, settings })
    }
}

impl DisplayAs for ClusterJob {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "ClusterJob")?;
        if !self.settings.is_empty() {
            let settings: Vec<String> = self.settings.iter().map(|(k, v)| format!("{k}={v}")).collect();
            write!(f, ": {}", settings.join(", "))?;
        }
        Ok(())
    }
}

impl ExecutionPlan for ClusterJob {
    fn name(&self) -> &'static str {
        "ClusterJob"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        self.job.properties()
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.job]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        match <[_; 1]>::try_from(children) {
            Ok([job]) => Ok(Self::wrap(job, self.settings.clone())),
            Err(_) => internal_err!("ClusterJob has one child"),
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        let context = if self.settings.is_empty() {
            context
        } else {
            let mut config = context.session_config().clone();
            for (key, value) in &self.settings {
                config.options_mut().set(key, value)?;
            }
            Arc::new(TaskContext::new(
                context.task_id(),
                context.session_id(),
                config,
                context.scalar_functions().clone(),
                context.higher_order_functions().clone(),
                context.aggregate_functions().clone(),
                context.window_functions().clone(),
                context.runtime_env(),
            ))
        };
        let stream = self.job.execute(partition, context).map_err(job_error)?;
        let schema = stream.schema();
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream.map_err(job_error))))
    }
}

/// The error a task of a cluster job raised, from Ballista's report of the job's failure
/// (see the module); any other error as it is.
pub fn job_error(e: DataFusionError) -> DataFusionError {
    let text = e.to_string();
    let Some((job, rest)) = text.split_once("Job ").and_then(|(_, r)| r.split_once(" failed: ")) else {
        return e;
    };
    const TASK: &str = "Task failed due to runtime execution error: ";
    let Some(at) = rest.find(TASK) else { return e };
    let stage = rest[..at]
        .rsplit_once("stage ")
        .and_then(|(_, s)| s.split(|c: char| !c.is_ascii_digit()).next())
        .filter(|s| !s.is_empty());
    let debug = rest[at + TASK.len()..].trim_end();
    let strings = string_literals(debug);
    if strings.is_empty() {
        return e;
    }
    let message = strings.join(": ");
    let place = match stage {
        Some(stage) => format!("cluster job {}, stage {stage}", job.trim()),
        None => format!("cluster job {}", job.trim()),
    };
    let message = format!("{message} ({place})");
    let kind = debug.strip_prefix("DataFusionError(").unwrap_or(debug);
    if kind.starts_with("ResourcesExhausted(") {
        DataFusionError::ResourcesExhausted(message)
    } else if kind.starts_with("Plan(") {
        DataFusionError::Plan(message)
    } else {
        DataFusionError::Execution(message)
    }
}

/// The string literals of a Rust `Debug` text, unescaped, in order.
fn string_literals(debug: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        loop {
            match chars.next() {
                None => return out,
                Some('"') => break,
                Some('\\') => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('r') => s.push('\r'),
                    Some('t') => s.push('\t'),
                    Some('0') => s.push('\0'),
                    Some('u') => {
                        let code: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                        s.extend(u32::from_str_radix(&code, 16).ok().and_then(char::from_u32));
                    }
                    Some(other) => s.push(other),
                    None => return out,
                },
                Some(other) => s.push(other),
            }
        }
        if !s.is_empty() {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tasks_error_comes_back_as_the_executor_raised_it() {
        let e = DataFusionError::Execution(
            "Job 3Xb failed: Job failed due to stage 1 failed: Task failed due to runtime execution error: \
             DataFusionError(Execution(\"intent_v1: \\\"spam\\\" is not an intent label\\nline 2 \\u{e9}\"))\n"
                .to_owned(),
        );
        let back = job_error(e);
        assert!(matches!(back, DataFusionError::Execution(_)), "{back:?}");
        assert_eq!(back.to_string(), "Execution error: intent_v1: \"spam\" is not an intent label\nline 2 \u{e9} (cluster job 3Xb, stage 1)");

        let e = DataFusionError::Execution(
            "Job j failed: Job failed due to stage 2 failed: Task failed due to runtime execution error: \
             DataFusionError(ResourcesExhausted(\"Failed to allocate; engine.memory_limit = 16 bytes\"))"
                .to_owned(),
        );
        let back = job_error(e);
        assert!(matches!(back, DataFusionError::ResourcesExhausted(_)), "{back:?}");
        assert!(back.to_string().contains("engine.memory_limit = 16 bytes (cluster job j, stage 2)"), "{back}");

        // Context around the error: every message, outermost first.
        let e = DataFusionError::Execution(
            "Job j failed: Job failed due to stage 0 failed: Task failed due to runtime execution error: \
             DataFusionError(Context(\"reading t\", Execution(\"bad row\")))"
                .to_owned(),
        );
        assert_eq!(job_error(e).to_string(), "Execution error: reading t: bad row (cluster job j, stage 0)");

        // Anything else is left as it is.
        for text in ["Job j failed: Stage 2 has failed 4 times", "no such table: t"] {
            let e = job_error(DataFusionError::Execution(text.to_owned()));
            assert_eq!(e.to_string(), format!("Execution error: {text}"));
        }
    }
}
