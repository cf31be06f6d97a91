//! Job settings that queries over constant rows under a `UNION` need to finish on Ballista 55,
//! whose scheduler otherwise only logs an error and leaves the job running for ever.
//!
//! - **An order held by per-partition constants.** In `SELECT x FROM (SELECT 1 AS x UNION ALL
//!   SELECT 2) ORDER BY x` each partition is one constant row, sorted on its own, so DataFusion
//!   merges the partitions (`SortPreservingMergeExec`) without sorting them. The adaptive
//!   planner puts a stage boundary (`ExchangeExec`) under the merge and clears the constants
//!   that hold per partition there, even when the boundary keeps the partitions as they were;
//!   when the first stage is done it plans the rest again and DataFusion's sanity check finds
//!   the merge's input unordered. Ballista's static planner runs the job: such a query goes
//!   with `ballista.planner.adaptive.enabled = false`.
//! - **Constant rows packed unevenly into tasks.** The scheduler may pack several partitions
//!   of a stage into one task and restrict each task's plan to them; a constant-row leaf
//!   (`PlaceholderRowExec`, `EmptyExec`) left with no partition becomes an empty in-memory
//!   scan, which reports metrics where the leaf reported none. Tasks packed differently then
//!   report metrics of different lengths, and the scheduler fails to record the second task's
//!   (`task metrics array size 10 does not equal ... 9`), in either planner. One partition per
//!   task (`ballista.scheduler.max_partitions_per_task = 1`) gives every task the same plan.
//!
//! The client plans a query with a `UNION` in its own session to find these, and sends the
//! job's settings with the task that submits it ([`WithJobSettings`]).

use std::fmt;
use std::sync::Arc;

use ballista_core::config::{BALLISTA_ADAPTIVE_PLANNER_ENABLED, BALLISTA_SCHEDULER_MAX_PARTITIONS_PER_TASK};
use datafusion::common::tree_node::{TreeNode, TreeNodeRecursion};
use datafusion::common::{internal_err, Result};
use datafusion::execution::{SendableRecordBatchStream, SessionState, TaskContext};
use datafusion::logical_expr::LogicalPlan;
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::empty::EmptyExec;
use datafusion::physical_plan::placeholder_row::PlaceholderRowExec;
use datafusion::physical_plan::union::UnionExec;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, ExecutionPlanProperties, PlanProperties};
use datafusion::physical_planner::{DefaultPhysicalPlanner, PhysicalPlanner};

/// The settings `plan`'s job needs (see the module), none for most plans: only a plan with a
/// `UNION` is planned here to look. A plan that fails to plan here is left to the scheduler,
/// which reports its own error.
pub async fn job_settings(plan: &LogicalPlan, state: &SessionState) -> Vec<(&'static str, &'static str)> {
    let mut union = false;
    let _ = plan.apply_with_subqueries(|node| {
        union |= matches!(node, LogicalPlan::Union(_));
        Ok(TreeNodeRecursion::Continue)
    });
    if !union {
        return Vec::new();
    }
    let Ok(optimized) = state.optimize(plan) else { return Vec::new() };
    let Ok(physical) = DefaultPhysicalPlanner::default().create_physical_plan(&optimized, state).await else {
        return Vec::new();
    };
    let mut settings = Vec::new();
    if ordered_by_partition_constants(&physical).unwrap_or(false) {
        settings.push((BALLISTA_ADAPTIVE_PLANNER_ENABLED, "false"));
    }
    if unions_constant_rows(&physical) {
        settings.push((BALLISTA_SCHEDULER_MAX_PARTITIONS_PER_TASK, "1"));
    }
    settings
}

/// Whether an operator of `plan` requires an input order that its input satisfies only through
/// constants that hold per partition (not once the partitions are exchanged).
fn ordered_by_partition_constants(plan: &Arc<dyn ExecutionPlan>) -> Result<bool> {
    let mut found = false;
    plan.apply(|node| {
        for (child, required) in node.children().into_iter().zip(node.required_input_ordering()) {
            let Some(required) = required else { continue };
            let mut across = child.equivalence_properties().clone();
            across.clear_per_partition_constants();
            if !across.ordering_satisfy_requirement(required.into_single())? {
                found = true;
                return Ok(TreeNodeRecursion::Stop);
            }
        }
        Ok(TreeNodeRecursion::Continue)
    })?;
    Ok(found)
}

/// Whether `plan` has a `UnionExec` over a constant-row leaf.
fn unions_constant_rows(plan: &Arc<dyn ExecutionPlan>) -> bool {
    let mut found = false;
    let _ = plan.apply(|node| {
        if node.is::<UnionExec>() {
            let _ = node.apply(|leaf| {
                found |= leaf.is::<PlaceholderRowExec>() || leaf.is::<EmptyExec>();
                Ok(if found { TreeNodeRecursion::Stop } else { TreeNodeRecursion::Continue })
            });
        }
        Ok(if found { TreeNodeRecursion::Stop } else { TreeNodeRecursion::Continue })
    });
    found
}

/// A cluster query's plan (Ballista's `DistributedQueryExec`) whose job is submitted with
/// `settings` added to the session's: the job's settings are those of the task that runs it.
#[derive(Debug)]
pub struct WithJobSettings {
    job: Arc<dyn ExecutionPlan>,
    settings: Vec<(&'static str, &'static str)>,
}

impl WithJobSettings {
    /// `job` with `settings`, or `job` itself when there are none.
    pub fn wrap(job: Arc<dyn ExecutionPlan>, settings: Vec<(&'static str, &'static str)>) -> Arc<dyn ExecutionPlan> {
        if settings.is_empty() {
            return job;
        }
        Arc::new(Self { job, settings })
    }
}

impl DisplayAs for WithJobSettings {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        let settings: Vec<String> = self.settings.iter().map(|(k, v)| format!("{k}={v}")).collect();
        write!(f, "WithJobSettings: {}", settings.join(", "))
    }
}

impl ExecutionPlan for WithJobSettings {
    fn name(&self) -> &'static str {
        "WithJobSettings"
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
            Err(_) => internal_err!("WithJobSettings has one child"),
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        let mut config = context.session_config().clone();
        for (key, value) in &self.settings {
            config.options_mut().set(key, value)?;
        }
        let task = TaskContext::new(
            context.task_id(),
            context.session_id(),
            config,
            context.scalar_functions().clone(),
            context.higher_order_functions().clone(),
            context.aggregate_functions().clone(),
            context.window_functions().clone(),
            context.runtime_env(),
        );
        self.job.execute(partition, Arc::new(task))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn settings(sql: &str) -> Vec<(&'static str, &'static str)> {
        let ctx = datafusion::prelude::SessionContext::new();
        ctx.sql("CREATE TABLE t AS VALUES (3), (1), (2)").await.unwrap().collect().await.unwrap();
        let state = ctx.state();
        let plan = state.optimize(&state.create_logical_plan(sql).await.unwrap()).unwrap();
        job_settings(&plan, &state).await
    }

    /// Constant rows under `ORDER BY` need the static planner and one partition per task;
    /// constant rows alone the latter; tables, with or without order, neither.
    #[tokio::test]
    async fn constant_rows_under_a_union_get_their_settings() {
        let both = vec![(BALLISTA_ADAPTIVE_PLANNER_ENABLED, "false"), (BALLISTA_SCHEDULER_MAX_PARTITIONS_PER_TASK, "1")];
        assert_eq!(settings("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2) ORDER BY x").await, both);
        assert_eq!(settings("SELECT x IS NULL FROM (SELECT NULL AS x UNION ALL SELECT 2) ORDER BY 1").await, both);
        let packed = vec![(BALLISTA_SCHEDULER_MAX_PARTITIONS_PER_TASK, "1")];
        assert_eq!(settings("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3)").await, packed);
        assert!(settings("SELECT column1 FROM t UNION ALL SELECT column1 FROM t ORDER BY 1").await.is_empty());
        assert!(settings("SELECT column1 FROM t ORDER BY 1").await.is_empty());
    }
}
