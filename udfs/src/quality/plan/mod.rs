//! The logical plans behind `quality_report`, `quality_score` and `profile`.
//!
//! Each is a DataFusion plan over the source: one aggregate pass computes every count of the
//! report (rules are the contract's rules bound to the table's columns, the same expressions
//! `validate_schema` uses), robust statistics come from one or two more aggregates cross-joined
//! as a single row, and the one-row result is turned into one row per check by `unnest` of an
//! array of structs. Everything runs as ordinary DataFusion operators (and serialises as such).
//!
//! [`build`] reads the source and hands it to the plan of the function called: [`report`] (whose
//! checks [`score`] weighs) or [`profile`]; [`exprs`] holds the expression helpers they share.

mod exprs;
pub mod profile;
pub mod report;
pub mod score;
pub mod spec;

use datafusion::common::{plan_err, Result, TableReference};
use datafusion::datasource::provider_as_source;
use datafusion::execution::SessionState;
use datafusion::logical_expr::{LogicalPlan, LogicalPlanBuilder};
use datafusion::prelude::SessionContext;

use crate::validate::ContractStore;

pub use profile::profile_schema;
pub use report::{check_max_age, report_schema, OUTLIER_TOLERANCE_PERCENT};
pub use score::{score_schema, WEIGHTS};
pub use spec::{Kind, Source, Spec};

/// The plan for `spec`.
pub async fn build(
    spec: &Spec,
    store: &ContractStore,
    state: &SessionState,
) -> Result<LogicalPlan> {
    let base = source_plan(spec, state).await?;
    match spec.kind {
        Kind::Report => report::report(spec, store, base),
        Kind::Score => score::score(report::report(spec, store, base)?),
        Kind::Profile => profile::profile(base),
    }
}

async fn source_plan(spec: &Spec, state: &SessionState) -> Result<LogicalPlan> {
    match &spec.source {
        Source::Table(name) => {
            let ctx = SessionContext::new_with_state(state.clone());
            let tref = TableReference::from(name.as_str());
            let provider = ctx.table_provider(tref.clone()).await.map_err(|e| {
                datafusion::common::plan_datafusion_err!(
                    "{}: table '{name}': {}",
                    spec.kind.name(),
                    e.strip_backtrace()
                )
            })?;
            LogicalPlanBuilder::scan(tref, provider_as_source(provider), None)?.build()
        }
        Source::Query(sql) => {
            let plan = state.create_logical_plan(sql).await?;
            if matches!(
                plan,
                LogicalPlan::Ddl(_)
                    | LogicalPlan::Dml(_)
                    | LogicalPlan::Copy(_)
                    | LogicalPlan::Statement(_)
            ) {
                return plan_err!(
                    "{}: the source must be a table name or a query",
                    spec.kind.name()
                );
            }
            Ok(plan)
        }
    }
}
