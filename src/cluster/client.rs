//! A client of a cluster: a privsql session whose queries run on a Ballista scheduler. Planning
//! stays here (this session's views, external tables, contracts and table functions); each
//! query's logical plan goes to the scheduler through privsql's codec, and the executors'
//! results come back over Arrow Flight. DDL (views, external tables, `SET`) stays in this
//! process, and so do the statements that read only tables held here ([`super::placement`]).

use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;
use ballista_core::config::BALLISTA_JOB_NAME;
use ballista_core::extension::{SessionConfigExt, SessionStateExt};
use ballista_core::planner::BallistaQueryPlanner;
use datafusion::common::{plan_datafusion_err, plan_err, Result};
use datafusion::catalog::Session;
use datafusion::execution::context::QueryPlanner;
use datafusion::execution::{SessionState, SessionStateBuilder, TaskContext};
use datafusion::logical_expr::physical_planning_context::PhysicalPlanningContext;
use datafusion::logical_expr::{Extension, LogicalPlan, UserDefinedLogicalNode, UserDefinedLogicalNodeCore};
use datafusion::physical_plan::ExecutionPlan;
use datafusion::prelude::{SessionConfig, SessionContext};
use datafusion_proto::protobuf::LogicalPlanNode;

use super::constant_rows::{job_settings, one_row_as_values};
use super::job::ClusterJob;
use super::host_port;
use super::placement::{place, ClusterFunctions, Placement};
use datafusion::common::DFSchemaRef;
use datafusion::logical_expr::Expr;
use datafusion::physical_planner::{DefaultPhysicalPlanner, ExtensionPlanner, PhysicalPlanner};
use crate::Config;

/// `local` (a session [`crate::session::build_session_from`] built) turned into a client of
/// the scheduler at `url` (`df://HOST:PORT`).
pub fn connect(local: SessionContext, config: &Config, url: &str) -> Result<SessionContext> {
    if !url.trim_start().starts_with("df://") {
        return plan_err!("cluster URL '{url}': expected df://HOST:PORT (the scheduler's address)");
    }
    let (host, port) = host_port(url, "cluster URL")?;
    let scheduler = format!("http://{host}:{port}");
    let codec = super::codec(config);
    let state = local.state();
    // Ballista's upgrade puts DataFusion's function lists in place of the session's: keep
    // privsql's to put them back.
    let scalar: Vec<_> = state.scalar_functions().values().cloned().collect();
    let aggregate: Vec<_> = state.aggregate_functions().values().cloned().collect();
    let window: Vec<_> = state.window_functions().values().cloned().collect();
    // The executors' functions: those of a session built as this one was.
    let functions = ClusterFunctions::of(&state);

    let session_config = state
        .config()
        .clone()
        .with_ballista_logical_extension_codec(codec.clone())
        .with_ballista_physical_extension_codec(codec.clone())
        .with_extension(Arc::new(functions))
        .upgrade_for_ballista();
    let ballista = BallistaQueryPlanner::<LogicalPlanNode>::with_extension(
        scheduler.clone(),
        session_config.ballista_config(),
        codec,
    );
    let session_config = session_config
        .with_ballista_query_planner(Arc::new(ClusterPlanner { ballista: Arc::new(ballista) }))
        .with_extension(Arc::new(SchedulerAddress(scheduler.clone())));
    let state = SessionStateBuilder::new_from_existing(state)
        .with_config(session_config)
        .build()
        .upgrade_for_ballista(scheduler)?;
    let state = SessionStateBuilder::new_from_existing(state)
        .with_scalar_functions(scalar)
        .with_aggregate_functions(aggregate)
        .with_window_functions(window)
        .build();
    Ok(SessionContext::new_with_state(state))
}

/// The scheduler a client's session sends its jobs to (`http://HOST:PORT`), kept in its
/// config: the scheduler's REST API is on the same port, where the CLI follows a job's progress.
#[derive(Debug, Clone)]
pub struct SchedulerAddress(pub String);

/// The scheduler `config` (a cluster client's session config) sends its jobs to, if any.
pub fn scheduler_address(config: &SessionConfig) -> Option<String> {
    config.get_extension::<SchedulerAddress>().map(|a| a.0.clone())
}

/// `task` (a cluster client's) with its job named `name` (Ballista's `ballista.job.name`, the
/// `name` column of `privsql cluster jobs`), unless the session names its jobs itself
/// (`SET ballista.job.name = '...'`). Any other task is returned as it was.
pub fn with_job_name(task: TaskContext, name: &str) -> TaskContext {
    let config = task.session_config();
    let named = config
        .options()
        .entries()
        .into_iter()
        .any(|e| e.key == BALLISTA_JOB_NAME && e.value.as_deref().is_some_and(|v| !v.is_empty()));
    if named || scheduler_address(config).is_none() {
        return task;
    }
    let mut config = config.clone();
    match config.options_mut().set(BALLISTA_JOB_NAME, name) {
        Ok(()) => task.with_session_config(config),
        Err(_) => task,
    }
}

/// Ballista's query planner, after [`super::resolve::prepare`] and where
/// [`super::placement::place`] says the statement runs; a plain `EXPLAIN` of a statement
/// that runs on the cluster is answered here ([`super::explain`]) without a job.
#[derive(Debug)]
struct ClusterPlanner {
    ballista: Arc<BallistaQueryPlanner<LogicalPlanNode>>,
}

#[async_trait]
impl QueryPlanner for ClusterPlanner {
    async fn create_physical_plan(
        &self,
        plan: &LogicalPlan,
        session: &dyn Session,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let Some(state) = session.as_any().downcast_ref::<SessionState>() else {
            return plan_err!("a cluster query needs a DataFusion SessionState");
        };
        if let LogicalPlan::Explain(explain) = plan {
            let inner = super::resolve::prepare(&explain.plan, state).await?;
            if let (Placement::Cluster, submitted) = place(inner, state).await? {
                return super::explain::stages(explain, &one_row_as_values(submitted)?, state).await;
            }
        }
        let resolved = super::resolve::prepare(plan, state).await?;
        let (placement, resolved) = place(resolved, state).await?;
        match placement {
            Placement::Local => DefaultPhysicalPlanner::default().create_physical_plan(plan, state).await,
            Placement::Cluster => submit(&self.ballista, &resolved, session).await,
            Placement::WriteHere => {
                let Some(input) = resolved.inputs().first().map(|i| (*i).clone()) else {
                    return plan_err!("a write without a query");
                };
                let on_cluster = LogicalPlan::Extension(Extension { node: Arc::new(OnCluster(input)) });
                let write = resolved.with_new_exprs(resolved.expressions(), vec![on_cluster])?;
                let planner = OnClusterPlanner(self.ballista.clone());
                DefaultPhysicalPlanner::with_extension_planners(vec![Arc::new(planner)])
                    .create_physical_plan(&write, state)
                    .await
            }
        }
    }
}

/// A write's query that runs on the cluster while the write runs here: a leaf to the local
/// planner, which [`OnClusterPlanner`] plans as a cluster job.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Hash)]
struct OnCluster(LogicalPlan);

impl UserDefinedLogicalNodeCore for OnCluster {
    fn name(&self) -> &str {
        "OnCluster"
    }

    fn inputs(&self) -> Vec<&LogicalPlan> {
        Vec::new()
    }

    fn schema(&self) -> &DFSchemaRef {
        self.0.schema()
    }

    fn expressions(&self) -> Vec<Expr> {
        Vec::new()
    }

    fn fmt_for_explain(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "OnCluster")
    }

    fn with_exprs_and_inputs(&self, _exprs: Vec<Expr>, _inputs: Vec<LogicalPlan>) -> Result<Self> {
        Ok(self.clone())
    }
}

/// Plans [`OnCluster`] with Ballista's planner.
#[derive(Debug)]
struct OnClusterPlanner(Arc<BallistaQueryPlanner<LogicalPlanNode>>);

#[async_trait]
impl ExtensionPlanner for OnClusterPlanner {
    async fn plan_extension(
        &self,
        _planner: &dyn PhysicalPlanner,
        node: &dyn UserDefinedLogicalNode,
        _logical_inputs: &[&LogicalPlan],
        _physical_inputs: &[Arc<dyn ExecutionPlan>],
        session: &dyn Session,
        _planning_ctx: &PhysicalPlanningContext,
    ) -> Result<Option<Arc<dyn ExecutionPlan>>> {
        match node.as_any().downcast_ref::<OnCluster>() {
            Some(OnCluster(plan)) => Ok(Some(submit(&self.0, plan, session).await?)),
            None => Ok(None),
        }
    }
}

/// `plan`'s job on the cluster, submitted with the settings it needs to finish
/// ([`super::constant_rows`]).
async fn submit(
    ballista: &BallistaQueryPlanner<LogicalPlanNode>,
    plan: &LogicalPlan,
    session: &dyn Session,
) -> Result<Arc<dyn ExecutionPlan>> {
    let settings = match session.as_any().downcast_ref::<SessionState>() {
        Some(state) => job_settings(plan, state).await,
        None => Vec::new(),
    };
    let job = ballista.create_physical_plan(&one_row_as_values(plan.clone())?, session).await?;
    Ok(ClusterJob::wrap(job, settings))
}

/// Refuse to start `what` (a front end that keeps running in this process) with a cluster URL
/// configured.
pub fn refuse_cluster(config: &Config, what: &str, instead: &str) -> Result<()> {
    match &config.cluster.url {
        Some(url) => Err(plan_datafusion_err!(
            "{what} cannot run on a cluster ({url}): {instead}"
        )),
        None => Ok(()),
    }
}
