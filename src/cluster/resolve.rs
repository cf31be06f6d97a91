//! The client's side of a cluster job, before the plan leaves: what only this process can
//! resolve is resolved here.
//!
//! - `quality_report`, `quality_score` and `profile` name their source (a table, a view, a
//!   query) and build their plan when scanned, in the session that scans them. The scheduler's
//!   session knows none of this client's views, tables or contracts (the trap of spiceai issue
//!   9138), so their plan is built here and sent in their place.
//!
//! What can run where, and what is refused, is [`super::placement`]'s.

use std::collections::HashMap;
use std::sync::Arc;

use datafusion::common::tree_node::{Transformed, TreeNodeRecursion};
use datafusion::common::Result;
use datafusion::datasource::source_as_provider;
use datafusion::execution::SessionState;
use datafusion::logical_expr::{LogicalPlan, LogicalPlanBuilder, TableScan};
use privsql_udfs::quality::plan::build as build_quality_plan;
use privsql_udfs::quality::table::QualityTable;
use privsql_udfs::validate::ContractStore;

/// `plan` made ready for the scheduler (see the module); [`super::placement::place`] then
/// says where it runs, from the tables the quality plans read too.
pub async fn prepare(plan: &LogicalPlan, state: &SessionState) -> Result<LogicalPlan> {
    let mut quality: HashMap<usize, LogicalPlan> = HashMap::new();
    let mut pending: Vec<(usize, TableScan)> = Vec::new();
    plan.apply_with_subqueries(|node| {
        if let LogicalPlan::TableScan(scan) = node {
            if let Ok(provider) = source_as_provider(&scan.source) {
                if provider.downcast_ref::<QualityTable>().is_some() {
                    pending.push((key(scan), scan.clone()));
                }
            }
        }
        Ok(TreeNodeRecursion::Continue)
    })?;
    if pending.is_empty() {
        return Ok(plan.clone());
    }
    let store = state
        .config()
        .get_extension::<ContractStore>()
        .map(|s| s.as_ref().clone())
        .unwrap_or_default();
    for (k, scan) in pending {
        let provider = source_as_provider(&scan.source)?;
        let Some(table) = provider.downcast_ref::<QualityTable>() else { continue };
        let built = build_quality_plan(table.spec(), &store, state).await?;
        quality.insert(k, in_place_of(built, &scan)?);
    }
    let mut changed = false;
    let resolved = plan
        .clone()
        .transform_up_with_subqueries(|node| {
            if let LogicalPlan::TableScan(scan) = &node {
                if let Some(p) = quality.get(&key(scan)) {
                    changed = true;
                    return Ok(Transformed::yes(p.clone()));
                }
            }
            if changed {
                Ok(Transformed::yes(node.recompute_schema()?))
            } else {
                Ok(Transformed::no(node))
            }
        })?
        .data;
    Ok(resolved)
}

/// Identifies a scan by its table source.
fn key(scan: &TableScan) -> usize {
    Arc::as_ptr(&scan.source) as *const () as usize
}

/// `built` standing where `scan` stood: under the scan's name, with its filters, projection and
/// limit.
fn in_place_of(built: LogicalPlan, scan: &TableScan) -> Result<LogicalPlan> {
    let mut b = LogicalPlanBuilder::from(built).alias(scan.table_name.clone())?;
    for f in &scan.filters {
        b = b.filter(f.clone())?;
    }
    if let Some(p) = &scan.projection {
        b = b.select(p.iter().copied())?;
    }
    if let Some(n) = scan.fetch {
        b = b.limit(0, Some(n))?;
    }
    b.build()
}
