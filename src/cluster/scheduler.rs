//! `privsql cluster scheduler`: Ballista's scheduler with privsql's session (every function and
//! table factory, built by [`crate::session::build_session_from`] from the session config each
//! client sends) and privsql's codec in front of Ballista's.

use std::net::SocketAddr;
use std::sync::Arc;

use ballista_core::optimizer::with_ballista_optimizer_rules;
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_core::serde::{BallistaCodec, BallistaLogicalExtensionCodec, BallistaPhysicalExtensionCodec};
use ballista_scheduler::scheduler_process::start_grpc_service;
use ballista_scheduler::scheduler_server::SchedulerServer;
use datafusion_proto::protobuf::{LogicalPlanNode, PhysicalPlanNode};
use ballista_scheduler::SessionBuilder;
use datafusion::common::{plan_datafusion_err, Result};
use datafusion::execution::SessionStateBuilder;
use datafusion::prelude::SessionConfig;

use super::{ballista_error, host_port};
use crate::Config;

/// The session a scheduler plans a client's job in: privsql's, from the client's settings,
/// with Ballista's optimizer rules added to DataFusion's, and each source Ballista cannot split
/// between tasks planned under a [`super::share::TaskShare`] ([`super::share::SharePlanner`]).
pub fn session_builder(config: &Config) -> SessionBuilder {
    let config = config.clone();
    Arc::new(move |session_config: SessionConfig| {
        let state = crate::session::build_session_with(&config, Some(session_config), false)?.state();
        let rules = with_ballista_optimizer_rules(state.optimizers());
        Ok(SessionStateBuilder::new_from_existing(state)
            .with_optimizer_rules(rules)
            .with_query_planner(Arc::new(super::share::SharePlanner))
            .build())
    })
}

/// The scheduler's settings from `config` (`[cluster]`, with the command line applied).
pub fn scheduler_config(config: &Config, addr: SocketAddr) -> SchedulerConfig {
    let codec = super::codec(config);
    let external = config.cluster.external_host.clone().unwrap_or_else(|| addr.ip().to_string());
    let mut s = SchedulerConfig::default()
        .with_hostname(external)
        .with_port(addr.port())
        .with_override_session_builder(session_builder(config));
    s.bind_host = addr.ip().to_string();
    // A lost executor (killed, its machine gone) is noticed when its heartbeats stop: after
    // `cluster.executor_timeout`, checked every quarter of it, rather than Ballista's 180 s
    // checked every 15 s. Its tasks then run again on the other executors.
    let timeout = config.cluster.executor_timeout.as_secs().max(2);
    s.executor_timeout_seconds = timeout;
    s.expire_dead_executor_interval_seconds = (timeout / 4).max(1);
    s.no_executors_grace_period_seconds = timeout;
    s.override_logical_codec = Some(codec.clone());
    s.override_physical_codec = Some(codec);
    s
}

/// Resolve a `HOST:PORT` setting to the socket address to bind.
pub(super) async fn bind_address(text: &str, what: &str) -> Result<SocketAddr> {
    let (host, port) = host_port(text, what)?;
    let mut addrs = tokio::net::lookup_host((host.as_str(), port))
        .await
        .map_err(|e| plan_datafusion_err!("{what} '{text}': {e}"))?;
    let addr = addrs.next();
    addr.ok_or_else(|| plan_datafusion_err!("{what} '{text}': the host has no address"))
}

/// Run the scheduler until the process is stopped. Ballista's `start_server`, with privsql's
/// metrics collector in place of the one it would pick ([`super::metrics::JobMetrics`]).
pub async fn run(config: &Config) -> Result<()> {
    let addr = bind_address(&config.cluster.bind, "cluster.bind (--bind)").await?;
    let scheduler = Arc::new(scheduler_config(config, addr));
    scheduler.validate().map_err(ballista_error)?;
    let cluster = BallistaCluster::new_from_config(&scheduler).await.map_err(ballista_error)?;
    let codec = BallistaCodec::new(
        scheduler.override_logical_codec.clone().unwrap_or_else(|| Arc::new(BallistaLogicalExtensionCodec::default())),
        scheduler.override_physical_codec.clone().unwrap_or_else(|| Arc::new(BallistaPhysicalExtensionCodec::default())),
    );
    super::metrics::register_scheduler();
    let mut server: SchedulerServer<LogicalPlanNode, PhysicalPlanNode> = SchedulerServer::new(
        scheduler.scheduler_endpoint(),
        cluster,
        codec,
        Arc::clone(&scheduler),
        Arc::new(super::metrics::JobMetrics),
    );
    server.init().await.map_err(ballista_error)?;
    let metrics_at = crate::observe::http::start(&config.metrics)
        .await
        .map_err(|e| plan_datafusion_err!("metrics.listen {}: {e}", config.metrics.listen))?;
    tracing::info!(%addr, metrics = ?metrics_at, "privsql cluster scheduler listening");
    start_grpc_service(addr, server).await.map_err(ballista_error)
}
