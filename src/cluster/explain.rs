//! `EXPLAIN` on a cluster client: the query's physical plan split into the stages Ballista's
//! scheduler runs it as, computed in the client without submitting a job. The plan is the one
//! the scheduler would receive (made ready by [`super::resolve::prepare`], placed with small
//! tables held here inside by [`super::placement::place`], its constant rows as `VALUES`), planned
//! in this session (privsql's functions, providers and settings, as the scheduler's session has them)
//! and split by Ballista's own distributed planner.
//!
//! The stages are those of Ballista's static planner. With adaptive planning
//! (`ballista.planner.adaptive.enabled`, on by default) the scheduler plans each stage when its
//! inputs are done and may choose other partition counts or joins from what they measured;
//! `EXPLAIN ANALYZE` shows the stages that ran.

use std::sync::Arc;

use ballista_core::execution_plans::ShuffleWriter;
use ballista_core::JobId;
use ballista_scheduler::planner::{DefaultDistributedPlanner, DistributedPlanner};
use datafusion::common::display::{PlanType, StringifiedPlan};
use datafusion::common::Result;
use datafusion::execution::SessionState;
use datafusion::common::format::ExplainFormat;
use datafusion::logical_expr::{Explain, LogicalPlan, ToStringifiedPlan};
use datafusion::physical_plan::explain::ExplainExec;
use datafusion::physical_plan::{displayable, ExecutionPlan};
use datafusion::physical_optimizer::PhysicalOptimizerRule;
use datafusion::physical_planner::{DefaultPhysicalPlanner, PhysicalPlanner};

/// The `EXPLAIN` table of `explain` (the usual `plan_type`/`plan` rows): the logical plan as
/// the scheduler receives it (`submitted`, the client's), and a `physical_plan` row listing the
/// stages.
pub async fn stages(explain: &Explain, submitted: &LogicalPlan, state: &SessionState) -> Result<Arc<dyn ExecutionPlan>> {
    let planner = DefaultPhysicalPlanner::default();
    let tree = match explain.explain_format {
        ExplainFormat::Indent => false,
        ExplainFormat::Tree => true,
        // The other formats show the logical plan only; a failed optimization shows its error.
        _ => return planner.create_physical_plan(&LogicalPlan::Explain(explain.clone()), state).await,
    };
    if !explain.logical_optimization_succeeded {
        return planner.create_physical_plan(&LogicalPlan::Explain(explain.clone()), state).await;
    }
    // What the scheduler receives, optimized as the scheduler optimizes it.
    let prepared = state.optimize(submitted)?;
    let physical = planner.create_physical_plan(&prepared, state).await?;
    // Each source under its task share, as the scheduler plans it.
    let physical = super::share::ShareSources.optimize(physical, state.config().options())?;
    let mut distributed = DefaultDistributedPlanner::new();
    let stages = distributed
        .plan_query_stages(&JobId::new("explain"), physical, state.config().options())
        .map_err(super::ballista_error)?;
    let text = render(&stages, tree, explain.verbose);

    let options = &state.config().options().explain;
    let mut plans = Vec::new();
    if !options.physical_plan_only && !tree {
        plans.extend(explain.stringified_plans.iter().cloned());
        plans.push(prepared.to_stringified(PlanType::FinalLogicalPlan));
    }
    if !options.logical_plan_only || tree {
        plans.push(StringifiedPlan::new(PlanType::FinalPhysicalPlan, text));
    }
    Ok(Arc::new(ExplainExec::new(Arc::clone(explain.schema.inner()), plans, explain.verbose)))
}

/// Each stage as `Stage N (P partitions, what its output becomes):` and its plan, indented;
/// the stages in the order they run (a stage after those it reads).
pub fn render(stages: &[Arc<dyn ShuffleWriter>], tree: bool, verbose: bool) -> String {
    let last = stages.len().saturating_sub(1);
    let mut out = String::new();
    for (i, stage) in stages.iter().enumerate() {
        let output = match stage.shuffle_output_partitioning() {
            _ if i == last => "the result, read by the client".to_owned(),
            Some(p) => format!("shuffle by {p}"),
            None => "shuffle, its partitions kept".to_owned(),
        };
        let plan: &dyn ExecutionPlan = stage.as_ref();
        let body = if tree {
            displayable(plan).tree_render().to_string()
        } else {
            displayable(plan).indent(verbose).to_string()
        };
        if !out.is_empty() {
            out.push('\n');
        }
        let n = stage.input_partition_count();
        let partitions = if n == 1 { "1 partition".to_owned() } else { format!("{n} partitions") };
        out.push_str(&format!("Stage {} ({partitions}, {output}):\n", stage.stage_id()));
        for line in body.lines() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
