//! The queries Ballista 55's adaptive planner would leave hanging, sent with it off.
//!
//! When a rows' order holds only because each partition has a constant of its own (a
//! `UNION ALL` of constant rows under `ORDER BY`: `SELECT x FROM (SELECT 1 AS x UNION ALL
//! SELECT 2) ORDER BY x`), DataFusion merges the partitions (`SortPreservingMergeExec`) without
//! sorting them. The adaptive planner puts a stage boundary (its `ExchangeExec`) under the merge
//! and clears the per-partition constants there, even when the boundary keeps the partitions as
//! they were; when the first stage is done it plans the rest again, DataFusion's sanity check
//! finds the merge's input unordered, and the scheduler only logs the error: the job never
//! ends. Ballista's static planner runs the same job. So the client plans such a query here,
//! and when some operator's required order holds only through per-partition constants, it
//! submits the job with `ballista.planner.adaptive.enabled = false` ([`StaticPlanned`]).

use std::fmt;
use std::sync::Arc;

use ballista_core::config::BALLISTA_ADAPTIVE_PLANNER_ENABLED;
use datafusion::common::tree_node::{TreeNode, TreeNodeRecursion};
use datafusion::common::{internal_err, Result};
use datafusion::execution::{SendableRecordBatchStream, SessionState, TaskContext};
use datafusion::logical_expr::LogicalPlan;
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, ExecutionPlanProperties, PlanProperties};
use datafusion::physical_planner::{DefaultPhysicalPlanner, PhysicalPlanner};

/// Whether `plan` (a query for the cluster) needs Ballista's static planner: it has a `UNION`
/// and an order (`ORDER BY`, a window), and, planned here, some operator's required input order
/// holds only through per-partition constants. A plan that fails to plan here is left to the
/// scheduler, which reports its own error.
pub async fn needs_static_planner(plan: &LogicalPlan, state: &SessionState) -> bool {
    let (mut union, mut order) = (false, false);
    let _ = plan.apply_with_subqueries(|node| {
        union |= matches!(node, LogicalPlan::Union(_));
        order |= matches!(node, LogicalPlan::Sort(_) | LogicalPlan::Window(_));
        Ok(TreeNodeRecursion::Continue)
    });
    if !(union && order) {
        return false;
    }
    let Ok(optimized) = state.optimize(plan) else { return false };
    match DefaultPhysicalPlanner::default().create_physical_plan(&optimized, state).await {
        Ok(physical) => ordered_by_partition_constants(&physical).unwrap_or(false),
        Err(_) => false,
    }
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

/// A cluster query's plan (Ballista's `DistributedQueryExec`) whose job is submitted with the
/// adaptive planner off: the job's settings are the executing task's.
#[derive(Debug)]
pub struct StaticPlanned(Arc<dyn ExecutionPlan>);

impl StaticPlanned {
    /// `job` submitted with Ballista's static planner.
    pub fn wrap(job: Arc<dyn ExecutionPlan>) -> Arc<dyn ExecutionPlan> {
        Arc::new(Self(job))
    }
}

impl DisplayAs for StaticPlanned {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "StaticPlanned: {BALLISTA_ADAPTIVE_PLANNER_ENABLED}=false")
    }
}

impl ExecutionPlan for StaticPlanned {
    fn name(&self) -> &'static str {
        "StaticPlanned"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        self.0.properties()
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.0]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        match <[_; 1]>::try_from(children) {
            Ok([job]) => Ok(Self::wrap(job)),
            Err(_) => internal_err!("StaticPlanned has one child"),
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        let mut config = context.session_config().clone();
        config.options_mut().set(BALLISTA_ADAPTIVE_PLANNER_ENABLED, "false")?;
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
        self.0.execute(partition, Arc::new(task))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn check(sql: &str) -> bool {
        let ctx = datafusion::prelude::SessionContext::new();
        ctx.sql("CREATE TABLE t AS VALUES (3), (1), (2)").await.unwrap().collect().await.unwrap();
        let state = ctx.state();
        let plan = state.optimize(&state.create_logical_plan(sql).await.unwrap()).unwrap();
        needs_static_planner(&plan, &state).await
    }

    /// Constant rows under `ORDER BY` need the static planner; sorted rows, or no order, do not.
    #[tokio::test]
    async fn an_order_held_by_partition_constants_needs_the_static_planner() {
        assert!(check("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2) ORDER BY x").await);
        assert!(check("SELECT x IS NULL FROM (SELECT NULL AS x UNION ALL SELECT 2) ORDER BY 1").await);
        assert!(!check("SELECT column1 FROM t UNION ALL SELECT column1 FROM t ORDER BY 1").await);
        assert!(!check("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2)").await);
        assert!(!check("SELECT column1 FROM t ORDER BY 1").await);
    }
}
