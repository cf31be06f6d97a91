//! What queries over constant rows need to finish on Ballista 55, whose scheduler otherwise
//! only logs an error and leaves the job running for ever.
//!
//! - **An order held by per-partition constants.** In `SELECT x FROM (SELECT 1 AS x UNION ALL
//!   SELECT 2) ORDER BY x` each partition is one constant row, sorted on its own, so DataFusion
//!   merges the partitions (`SortPreservingMergeExec`) without sorting them. The adaptive
//!   planner puts a stage boundary (`ExchangeExec`) under the merge and clears the constants
//!   that hold per partition there, even when the boundary keeps the partitions as they were;
//!   when the first stage is done it plans the rest again and DataFusion's sanity check finds
//!   the merge's input unordered. Ballista's static planner runs the job: the client plans a
//!   query with a `UNION` in its own session to find these ([`job_settings`]), and submits its
//!   job with `ballista.planner.adaptive.enabled = false` ([`super::job::ClusterJob`]).
//! - **A constant row left out of a task.** The scheduler restricts each task's plan to the
//!   task's partitions; the one-row leaf of a `SELECT` without `FROM` (`PlaceholderRowExec`)
//!   left with no partition becomes an empty in-memory scan, which reports metrics where the
//!   leaf reported none. Tasks of one stage then report metrics of different lengths under a
//!   `UNION` (one task's partitions are the constant row's, another's are not), and the
//!   scheduler fails to record the second task's (`task metrics array size 5 does not equal
//!   ... 4`), in either planner. The client sends that row as a one-row `VALUES`
//!   ([`one_row_as_values`]): an in-memory scan in every task, restricted or not.

use std::sync::Arc;

use ballista_core::config::BALLISTA_ADAPTIVE_PLANNER_ENABLED;
use datafusion::common::tree_node::{Transformed, TreeNode, TreeNodeRecursion};
use datafusion::common::Result;
use datafusion::execution::SessionState;
use datafusion::logical_expr::{lit, EmptyRelation, LogicalPlan, LogicalPlanBuilder};
use datafusion::physical_plan::{ExecutionPlan, ExecutionPlanProperties};
use datafusion::physical_planner::{DefaultPhysicalPlanner, PhysicalPlanner};

/// `plan` with the one row of each `SELECT` without `FROM` (DataFusion's one-row
/// `EmptyRelation`) as a one-row `VALUES` (see the module); the expressions above it read none
/// of its columns, as they read none of the `EmptyRelation`'s.
pub fn one_row_as_values(plan: LogicalPlan) -> Result<LogicalPlan> {
    let rewritten = plan.transform_up_with_subqueries(|node| match node {
        LogicalPlan::EmptyRelation(EmptyRelation { produce_one_row: true, .. }) => {
            Ok(Transformed::yes(LogicalPlanBuilder::values(vec![vec![lit(true)]])?.build()?))
        }
        other => Ok(Transformed::no(other)),
    })?;
    Ok(rewritten.data)
}

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

    /// Constant rows under `ORDER BY` need the static planner; constant rows alone, or tables
    /// with or without order, do not.
    #[tokio::test]
    async fn constant_rows_under_order_by_need_the_static_planner() {
        let static_planner = vec![(BALLISTA_ADAPTIVE_PLANNER_ENABLED, "false")];
        assert_eq!(settings("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2) ORDER BY x").await, static_planner);
        assert_eq!(settings("SELECT x IS NULL FROM (SELECT NULL AS x UNION ALL SELECT 2) ORDER BY 1").await, static_planner);
        assert!(settings("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3)").await.is_empty());
        assert!(settings("SELECT column1 FROM t UNION ALL SELECT column1 FROM t ORDER BY 1").await.is_empty());
        assert!(settings("SELECT column1 FROM t ORDER BY 1").await.is_empty());
    }

    /// A `SELECT` without `FROM` reads a one-row `VALUES` instead, with the same rows.
    #[tokio::test]
    async fn one_row_becomes_values_with_the_same_rows() {
        let ctx = datafusion::prelude::SessionContext::new();
        let state = ctx.state();
        let sql = "SELECT x, upper(y) AS y FROM (SELECT 1 AS x, 'a' AS y UNION ALL SELECT 2, 'b') ORDER BY x";
        let plan = state.optimize(&state.create_logical_plan(sql).await.unwrap()).unwrap();
        let values = one_row_as_values(plan.clone()).unwrap();
        let mut empty = 0;
        values
            .apply(|n| {
                empty += usize::from(matches!(n, LogicalPlan::EmptyRelation(_)));
                Ok(TreeNodeRecursion::Continue)
            })
            .unwrap();
        assert_eq!(empty, 0, "{values}");
        let rows = |p: LogicalPlan| {
            let df = datafusion::dataframe::DataFrame::new(state.clone(), p);
            async move { datafusion::arrow::util::pretty::pretty_format_batches(&df.collect().await.unwrap()).unwrap().to_string() }
        };
        assert_eq!(rows(values).await, rows(plan).await);
    }
}
