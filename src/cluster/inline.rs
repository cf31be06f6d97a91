//! Small tables held in this process, sent to the cluster inside the plan: a statement that
//! joins (or otherwise mixes) a table only this process reads with the cluster's tables runs on
//! the cluster when each such table is small ([`INLINE_ROWS`], [`INLINE_BYTES`]): this process
//! reads its rows (the scan as the statement has it, with its projection and filters) and puts
//! them in the plan as `VALUES`, under the table's name. A dbt seed joined with a model over
//! the cluster's files, or an incremental model's `max()` over its own table, are such tables.
//! A larger table is refused by [`super::placement`], as before: it would weigh on the plan
//! every executor receives, and reading the cluster's data in this process instead would move
//! the cluster's work here without saying so.

use datafusion::arrow::record_batch::RecordBatch;
use datafusion::common::tree_node::{Transformed, TreeNodeRecursion};
use datafusion::common::{Result, ScalarValue, TableReference};
use datafusion::execution::SessionState;
use datafusion::logical_expr::{col, lit, Expr, LogicalPlan, LogicalPlanBuilder, TableScan};
use datafusion::physical_plan::collect;
use datafusion::physical_planner::{DefaultPhysicalPlanner, PhysicalPlanner};

/// The most rows of a table held here that a statement sends the cluster with its plan.
pub const INLINE_ROWS: usize = 10_000;

/// The most bytes (Arrow's in-memory size) of such a table.
pub const INLINE_BYTES: usize = 8 << 20;

/// `plan` with each scan that `held` accepts replaced by its rows as `VALUES` under the
/// table's name, or the name of the first table over [`INLINE_ROWS`] or [`INLINE_BYTES`].
pub async fn inline_held(
    plan: LogicalPlan,
    state: &SessionState,
    held: impl Fn(&TableScan) -> bool,
) -> Result<std::result::Result<LogicalPlan, TableReference>> {
    let mut scans: Vec<TableScan> = Vec::new();
    plan.apply_with_subqueries(|node| {
        if let LogicalPlan::TableScan(scan) = node {
            if held(scan) && !scans.contains(scan) {
                scans.push(scan.clone());
            }
        }
        Ok(TreeNodeRecursion::Continue)
    })?;
    let mut rows = Vec::with_capacity(scans.len());
    for scan in &scans {
        match values_of(scan, state).await? {
            Some(values) => rows.push(values),
            None => return Ok(Err(scan.table_name.clone())),
        }
    }
    let inlined = plan.transform_up_with_subqueries(|node| match &node {
        LogicalPlan::TableScan(scan) => match scans.iter().position(|s| s == scan) {
            Some(i) => Ok(Transformed::yes(rows[i].clone())),
            None => Ok(Transformed::no(node)),
        },
        _ => Ok(Transformed::no(node)),
    })?;
    Ok(Ok(inlined.data))
}

/// `scan`'s rows, read here, as a plan of `VALUES` with the scan's columns under its table's
/// name; `None` when the table is over the limits.
async fn values_of(scan: &TableScan, state: &SessionState) -> Result<Option<LogicalPlan>> {
    let read = LogicalPlanBuilder::from(LogicalPlan::TableScan(scan.clone()))
        .limit(0, Some(INLINE_ROWS + 1))?
        .build()?;
    // This process's own planner: the session's would send the scan to the cluster.
    let physical = DefaultPhysicalPlanner::default().create_physical_plan(&read, state).await?;
    let batches: Vec<RecordBatch> = collect(physical, state.task_ctx()).await?;
    let n: usize = batches.iter().map(RecordBatch::num_rows).sum();
    let bytes: usize = batches.iter().map(RecordBatch::get_array_memory_size).sum();
    if n > INLINE_ROWS || bytes > INLINE_BYTES {
        return Ok(None);
    }
    let schema = scan.projected_schema.as_ref();
    let mut values: Vec<Vec<Expr>> = Vec::with_capacity(n.max(1));
    for batch in &batches {
        for row in 0..batch.num_rows() {
            let cells = batch.columns().iter().map(|c| ScalarValue::try_from_array(c, row).map(lit));
            values.push(cells.collect::<Result<_>>()?);
        }
    }
    // VALUES has at least one row: no rows are one row of typed nulls, limited to none.
    let empty = values.is_empty();
    if empty {
        let nulls = schema.fields().iter().map(|f| ScalarValue::try_from(f.data_type()).map(lit));
        values.push(nulls.collect::<Result<_>>()?);
    }
    // ... and at least one column: a scan of no columns (`count(*)`) keeps only the row count.
    if schema.fields().is_empty() {
        values.iter_mut().for_each(|row| row.push(lit(true)));
    }
    // VALUES names its columns column1, column2, ...: back to the table's names.
    let names = schema.fields().iter().enumerate().map(|(i, f)| col(format!("column{}", i + 1)).alias(f.name()));
    let mut plan = LogicalPlanBuilder::values(values)?.project(names)?;
    if empty {
        plan = plan.limit(0, Some(0))?;
    }
    Ok(Some(plan.alias(scan.table_name.clone())?.build()?))
}

#[cfg(test)]
mod tests {
    use datafusion::common::tree_node::TreeNode;

    use super::*;

    /// A table's scan becomes its rows under its name, the scan's columns only, and an empty
    /// one no rows; over the limit, the table's name.
    #[tokio::test]
    async fn scans_become_values_under_the_tables_name() {
        let ctx = datafusion::prelude::SessionContext::new();
        ctx.sql("CREATE TABLE t AS VALUES (1, 'a'), (2, NULL)").await.unwrap().collect().await.unwrap();
        ctx.sql("CREATE TABLE e (x BIGINT)").await.unwrap().collect().await.unwrap();
        let state = ctx.state();
        let sql = "SELECT t.column2, count(e.x) AS n FROM t LEFT JOIN e ON e.x = t.column1 GROUP BY 1 ORDER BY 1";
        let plan = state.optimize(&state.create_logical_plan(sql).await.unwrap()).unwrap();
        let inlined = inline_held(plan, &state, |_| true).await.unwrap().unwrap();
        let mut scans = 0;
        inlined
            .apply(|n| {
                scans += usize::from(matches!(n, LogicalPlan::TableScan(_)));
                Ok(TreeNodeRecursion::Continue)
            })
            .unwrap();
        assert_eq!(scans, 0, "{inlined}");
        let df = datafusion::dataframe::DataFrame::new(state.clone(), inlined);
        let out = datafusion::arrow::util::pretty::pretty_format_batches(&df.collect().await.unwrap()).unwrap().to_string();
        assert!(out.contains("| a       | 0 |") && out.contains("|         | 0 |"), "{out}");

        let big = format!("CREATE TABLE big AS SELECT * FROM generate_series(1, {})", INLINE_ROWS + 1);
        ctx.sql(&big).await.unwrap().collect().await.unwrap();
        let state = ctx.state();
        let plan = state.create_logical_plan("SELECT count(*) FROM big").await.unwrap();
        let refused = inline_held(plan, &state, |_| true).await.unwrap();
        assert_eq!(refused.unwrap_err().table(), "big");
    }
}
