//! The client's side of a cluster job, before the plan leaves: what only this process can
//! resolve is resolved here, and what cannot run on executors is refused with the reason and
//! what to do instead (never a wrong answer).
//!
//! - `quality_report`, `quality_score` and `profile` name their source (a table, a view, a
//!   query) and build their plan when scanned, in the session that scans them. The scheduler's
//!   session knows none of this client's views, tables or contracts (the trap of spiceai issue
//!   9138), so their plan is built here and sent in their place.
//! - A table held in this process's memory (`CREATE TABLE ... AS`, `VALUES`, `INSERT`) cannot
//!   be read by executors.
//! - `pseudonymize(x, 'ephemeral')` uses a key drawn once per process: each executor would
//!   draw its own, and one value would get several tokens.

use std::collections::HashMap;
use std::sync::Arc;

use datafusion::common::tree_node::{Transformed, TreeNode, TreeNodeRecursion};
use datafusion::catalog::TableProvider;
use datafusion::common::{plan_err, Result, ScalarValue, TableReference};
use datafusion::datasource::{source_as_provider, MemTable};
use datafusion::execution::SessionState;
use datafusion::logical_expr::{Expr, LogicalPlan, LogicalPlanBuilder, TableScan};
use privsql_udfs::quality::plan::build as build_quality_plan;
use privsql_udfs::quality::table::QualityTable;
use privsql_udfs::sample::draw::DrawTable;
use privsql_udfs::sample::resample::ResampleTable;
use privsql_udfs::validate::ContractStore;

/// `plan` made ready for the scheduler (see the module). Call after [`placement`] said [`Placement::Cluster`].
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
    // The sources the quality plans read are checked like the rest.
    if placement(&resolved, state).await? != Placement::Cluster {
        return plan_err!("quality_report, quality_score and profile on a cluster need a source the cluster can read");
    }
    Ok(resolved)
}

/// Where a plan runs.
#[derive(Debug, PartialEq, Eq)]
pub enum Placement {
    /// On the cluster.
    Cluster,
    /// In this process: it reads only what a function of this session computed here
    /// (`contracts()`, `define_contract`, `intent_models()`, `privsql_functions()`).
    Local,
}

/// Where `plan` runs, or why it cannot run on the cluster: a table in this process's memory,
/// the per-process `ephemeral` key.
pub async fn placement(plan: &LogicalPlan, state: &SessionState) -> Result<Placement> {
    let mut in_memory = Vec::new();
    let mut others = 0usize;
    scans(plan, &mut in_memory, &mut others)?;
    let mut computed_here = None;
    for (name, provider) in &in_memory {
        if is_catalog_table(state, name, provider).await {
            return plan_err!(
                "table '{name}' is held in this client's memory (CREATE TABLE ... AS, VALUES or INSERT), \
                 which the cluster's executors cannot read. Define it as a view (CREATE VIEW {0} AS ...) \
                 so the cluster computes it, or write it where every executor reads \
                 (COPY (...) TO 's3://bucket/{0}/' STORED AS PARQUET, then CREATE EXTERNAL TABLE), \
                 or run without --cluster",
                name.table()
            );
        }
        computed_here = Some(name);
    }
    match computed_here {
        None => Ok(Placement::Cluster),
        Some(_) if others == 0 => Ok(Placement::Local),
        Some(name) => plan_err!(
            "{name} is computed by this client from its session and cannot be combined with tables \
             read on the cluster in one query; query it on its own"
        ),
    }
}

/// Whether `provider` is the table the catalog holds under `name` (and not a table function's
/// result that happens to be kept in memory).
async fn is_catalog_table(state: &SessionState, name: &TableReference, provider: &Arc<dyn TableProvider>) -> bool {
    let Ok(schema) = state.schema_for_ref(name.clone()) else { return false };
    match schema.table(name.table()).await {
        Ok(Some(t)) => Arc::ptr_eq(&t, provider),
        _ => false,
    }
}

/// The in-memory tables `plan` (and the plans inside its providers) scans, and how many other
/// scans it has; refuses expressions that would give another answer on a cluster.
fn scans(plan: &LogicalPlan, in_memory: &mut Vec<(TableReference, Arc<dyn TableProvider>)>, others: &mut usize) -> Result<()> {
    plan.apply_with_subqueries(|node| {
        check_expressions(node)?;
        let LogicalPlan::TableScan(scan) = node else {
            return Ok(TreeNodeRecursion::Continue);
        };
        let Ok(provider) = source_as_provider(&scan.source) else {
            *others += 1;
            return Ok(TreeNodeRecursion::Continue);
        };
        if provider.downcast_ref::<MemTable>().is_some() {
            in_memory.push((scan.table_name.clone(), provider));
            return Ok(TreeNodeRecursion::Continue);
        }
        *others += 1;
        if let Some(t) = provider.downcast_ref::<DrawTable>() {
            scans(t.input(), in_memory, others)?;
            scans(t.allocation(), in_memory, others)?;
        }
        if let Some(t) = provider.downcast_ref::<ResampleTable>() {
            scans(t.input(), in_memory, others)?;
        }
        Ok(TreeNodeRecursion::Continue)
    })
    .map(|_| ())
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

/// Refuse a node's expressions that would give another answer on a cluster.
fn check_expressions(node: &LogicalPlan) -> Result<()> {
    node.apply_expressions(|e| {
        e.apply(|e| {
            if let Expr::ScalarFunction(f) = e {
                if f.name() == "pseudonymize" && uses_ephemeral_key(&f.args) {
                    return plan_err!(
                        "pseudonymize(..., 'ephemeral') draws its key once per process: on a cluster each executor \
                         would draw its own, and one value would get several tokens. Configure a key on every \
                         executor ([privacy.keys] NAME, or PRIVSQL_PRIVACY__KEYS__NAME) and call \
                         pseudonymize(x, 'NAME'), or run without --cluster"
                    );
                }
            }
            Ok(TreeNodeRecursion::Continue)
        })
    })
    .map(|_| ())
}

fn uses_ephemeral_key(args: &[Expr]) -> bool {
    matches!(
        args.get(1),
        Some(Expr::Literal(ScalarValue::Utf8(Some(k)) | ScalarValue::Utf8View(Some(k)) | ScalarValue::LargeUtf8(Some(k)), _))
            if k.eq_ignore_ascii_case(privsql_udfs::privacy::EPHEMERAL_KEY)
    )
}
