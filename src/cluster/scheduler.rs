//! `privsql cluster scheduler`: Ballista's scheduler with privsql's session (every function and
//! table factory, built by [`crate::session::build_session_from`] from the session config each
//! client sends) and privsql's codec in front of Ballista's.

use std::net::SocketAddr;
use std::sync::Arc;

use ballista_core::optimizer::with_ballista_optimizer_rules;
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;
use ballista_scheduler::SessionBuilder;
use datafusion::common::{plan_datafusion_err, Result};
use datafusion::execution::SessionStateBuilder;
use datafusion::prelude::SessionConfig;

use super::{ballista_error, host_port};
use crate::Config;

/// The session a scheduler plans a client's job in: privsql's, from the client's settings,
/// with Ballista's optimizer rules added to DataFusion's.
pub fn session_builder(config: &Config) -> SessionBuilder {
    let config = config.clone();
    Arc::new(move |session_config: SessionConfig| {
        let state = crate::session::build_session_with(&config, Some(session_config), false)?.state();
        let rules = with_ballista_optimizer_rules(state.optimizers());
        Ok(SessionStateBuilder::new_from_existing(state).with_optimizer_rules(rules).build())
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

/// Run the scheduler until the process is stopped.
pub async fn run(config: &Config) -> Result<()> {
    let addr = bind_address(&config.cluster.bind, "cluster.bind (--bind)").await?;
    let scheduler = scheduler_config(config, addr);
    let cluster = BallistaCluster::new_from_config(&scheduler).await.map_err(ballista_error)?;
    tracing::info!(%addr, "privsql cluster scheduler listening");
    start_server(cluster, addr, Arc::new(scheduler)).await.map_err(ballista_error)
}
