//! `privsql cluster executor`: Ballista's executor with privsql's functions (its function
//! registry, from privsql's session), codec, runtime (object stores from `[storage]`, spill
//! directory) and memory limit (`engine.memory_limit`, which Ballista splits between the
//! executor's concurrent tasks), and an engine that counts its tasks ([`super::engine`]).

use std::sync::Arc;

use ballista_core::registry::BallistaFunctionRegistry;
use ballista_core::extension::SessionConfigExt;
use ballista_executor::executor_process::{start_executor_process, ExecutorProcessConfig};
use datafusion::common::{plan_datafusion_err, plan_err, Result};
use datafusion::prelude::SessionConfig;

use super::{ballista_error, host_port};
use crate::Config;

/// The executor's settings from `config` (`[cluster]`, `[engine]`, with the command line
/// applied).
pub async fn executor_config(config: &Config) -> Result<ExecutorProcessConfig> {
    let cluster = &config.cluster;
    let Some(scheduler) = &cluster.scheduler else {
        return plan_err!("privsql cluster executor needs --scheduler HOST:PORT (or cluster.scheduler)");
    };
    let (scheduler_host, scheduler_port) = host_port(scheduler, "--scheduler")?;
    let addr = super::scheduler::bind_address(&cluster.executor_bind, "cluster.executor_bind (--bind)").await?;
    let grpc_port = match cluster.executor_grpc_port {
        0 => addr.port().checked_add(1).ok_or_else(|| plan_datafusion_err!("--bind: no port after {}", addr.port()))?,
        p => p,
    };

    let local = crate::session::build_session_with(config, None, false)?.state();
    let registry = Arc::new(BallistaFunctionRegistry::from(&local));
    // Decoders of privsql's nodes find the contracts of the config's files here.
    let contracts = local.config().get_extension::<privsql_udfs::validate::ContractStore>();
    let codec = super::codec(config);

    let mut runtime_config = config.clone();
    if runtime_config.engine.temp_dir.is_none() {
        runtime_config.engine.temp_dir = cluster.work_dir.clone();
    }
    let runtime_producer: ballista_core::RuntimeProducer =
        Arc::new(move |_: &SessionConfig| crate::session::build_runtime_with(&runtime_config, None));
    let config_producer: ballista_core::ConfigProducer = Arc::new(move || {
        let c = SessionConfig::new_with_ballista();
        match &contracts {
            Some(store) => c.with_extension(Arc::clone(store)),
            None => c,
        }
    });

    let mut e = ExecutorProcessConfig {
        bind_host: addr.ip().to_string(),
        external_host: cluster.external_host.clone().or_else(|| Some(addr.ip().to_string())),
        port: addr.port(),
        grpc_port,
        scheduler_host,
        scheduler_port,
        // Wait for a scheduler that is still starting rather than exit at once.
        scheduler_connect_timeout_seconds: 30,
        vcores: cluster.concurrent_tasks,
        work_dir: cluster.work_dir.as_ref().map(|d| d.display().to_string()),
        print_thread_info: false,
        // Beats well inside the scheduler's `cluster.executor_timeout`.
        executor_heartbeat_interval_seconds: cluster.heartbeat_interval.as_secs().max(1),
        memory_pool_size: config.engine.memory_limit.map(|b| b as u64),
        override_function_registry: Some(registry),
        override_runtime_producer: Some(runtime_producer),
        override_config_producer: Some(config_producer),
        override_logical_codec: Some(codec.clone()),
        override_physical_codec: Some(codec),
        ..ExecutorProcessConfig::default()
    };
    if e.vcores == 0 {
        e.vcores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    }
    let client_ttl = std::time::Duration::from_secs(e.client_ttl);
    e.override_execution_engine =
        Some(Arc::new(super::engine::CountingEngine::new(config.engine.memory_limit, e.vcores, client_ttl)));
    Ok(e)
}

/// Run the executor until the process is stopped (SIGINT, SIGTERM) or the scheduler stops it.
pub async fn run(config: &Config) -> Result<()> {
    let e = executor_config(config).await?;
    if let Some(dir) = &config.cluster.work_dir {
        std::fs::create_dir_all(dir)
            .map_err(|err| plan_datafusion_err!("cluster.work_dir {}: {err}", dir.display()))?;
    }
    super::metrics::register_executor();
    let metrics_at = crate::observe::http::start(&config.metrics)
        .await
        .map_err(|err| plan_datafusion_err!("metrics.listen {}: {err}", config.metrics.listen))?;
    tracing::info!(bind = %format!("{}:{}", e.bind_host, e.port), scheduler = %format!("{}:{}", e.scheduler_host, e.scheduler_port), tasks = e.vcores, metrics = ?metrics_at, "privsql cluster executor starting");
    start_executor_process(Arc::new(e)).await.map_err(ballista_error)
}
