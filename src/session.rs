//! The one place a DataFusion [`SessionContext`] is built and extended. The CLI, the server, the
//! tests and the examples all get their session from [`build_session`]: it applies the engine
//! settings, the memory pool and the object stores from the [`Config`], and registers every
//! privsql function, table function and table factory.

use std::sync::Arc;

use datafusion::common::{plan_datafusion_err, Result};
use datafusion::execution::memory_pool::FairSpillPool;
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use datafusion::execution::disk_manager::{DiskManagerBuilder, DiskManagerMode};
use datafusion::prelude::{SessionConfig, SessionContext};
use privsql_udfs::{Functions, UdfOptions};

use crate::catalog::FunctionsTable;
use crate::config::Config;
use crate::sources;
use crate::storage::LazyObjectStoreRegistry;

/// Build a session from `config`, with every privsql extension registered. With `cluster.url`
/// set (`--cluster df://HOST:PORT`), its queries run on that Ballista cluster.
pub fn build_session(config: &Config) -> Result<SessionContext> {
    #[cfg(feature = "cluster")]
    if let Some(url) = &config.cluster.url {
        // URL tables are enabled on the cluster client's own context: the dynamic catalog holds
        // a weak reference to the context it was enabled on, which the local one is not.
        let local = build_session_with(config, None, false)?;
        return Ok(crate::url_tables::enable(crate::cluster::client::connect(local, config, url)?));
    }
    let ctx = build_session_from(config, None)?;
    #[cfg(not(feature = "cluster"))]
    if config.cluster.url.is_some() {
        return datafusion::common::plan_err!("cluster.url is set but privsql was built without the `cluster` feature");
    }
    Ok(ctx)
}

/// [`build_session`] from `base`, a session config that already carries its engine settings
/// (the one a cluster client sends with each job to the scheduler): privsql's extensions are
/// added to it, the `engine` settings of `config` are not applied again over the client's.
/// With `None`, the session config comes from `config` alone.
pub fn build_session_from(config: &Config, base: Option<SessionConfig>) -> Result<SessionContext> {
    build_session_with(config, base, true)
}

/// [`build_session_from`], with `SELECT * FROM 'file'` (URL tables) or without: a context made
/// into another (a cluster client's, a scheduler's session state) enables them on the new one,
/// because the dynamic catalog refers back to the context it was enabled on.
pub fn build_session_with(config: &Config, base: Option<SessionConfig>, url_tables: bool) -> Result<SessionContext> {
    let engine = &config.engine;
    let options = udf_options(config)?;
    let from_config = base.is_none();
    let mut session_config = base
        .unwrap_or_default()
        // Plan decoders (QualityCodec) find the session's contracts here.
        .with_extension(Arc::new(options.contracts.clone()))
        .with_information_schema(true)
        .with_create_default_catalog_and_schema(true);
    if from_config {
        session_config = session_config.with_batch_size(engine.batch_size.max(1));
        if engine.target_partitions > 0 {
            session_config = session_config.with_target_partitions(engine.target_partitions);
        }
        for (key, value) in &engine.settings {
            session_config.options_mut().set(key, value).map_err(|e| {
                plan_datafusion_err!("config key engine.settings.\"{key}\": {e}")
            })?;
        }
    }
    let mut ctx = SessionContext::new_with_config_rt(session_config, build_runtime(config)?);
    if url_tables {
        // `SELECT * FROM 'data/file.parquet'` and `FROM 's3://bucket/file.csv'`.
        ctx = crate::url_tables::enable(ctx);
    }

    sources::register_table_factories(&ctx, config)?;

    let list = Arc::new(FunctionsTable::default());
    let mut functions = all_functions_with(config, &options)?;
    functions.table.push(list.named());
    functions.check_unique()?;
    functions.register(&ctx)?;
    list.fill(&functions)?;
    load_contracts(&ctx, config, &options)?;
    Ok(ctx)
}

/// The runtime of a session built from `config`: the object stores of `[storage]`, the memory
/// pool of `engine.memory_limit` and the spill directory of `engine.temp_dir`. A cluster
/// executor builds its tasks' runtimes here too.
pub fn build_runtime(config: &Config) -> Result<Arc<datafusion::execution::runtime_env::RuntimeEnv>> {
    build_runtime_with(config, config.engine.memory_limit)
}

/// [`build_runtime`] with another memory limit (`None`: unbounded). A cluster executor leaves
/// the pool to Ballista, which splits `engine.memory_limit` between its concurrent tasks.
pub fn build_runtime_with(
    config: &Config,
    memory_limit: Option<usize>,
) -> Result<Arc<datafusion::execution::runtime_env::RuntimeEnv>> {
    let engine = &config.engine;
    let mut runtime = RuntimeEnvBuilder::new().with_object_store_registry(Arc::new(
        LazyObjectStoreRegistry::new(config.storage.clone()),
    ));
    if let Some(bytes) = memory_limit {
        runtime = runtime.with_memory_pool(Arc::new(FairSpillPool::new(bytes)));
    }
    if let Some(dir) = &engine.temp_dir {
        runtime = runtime.with_disk_manager_builder(
            DiskManagerBuilder::default().with_mode(DiskManagerMode::Directories(vec![dir.clone()])),
        );
    }
    runtime.build_arc()
}

/// Define the config's contract files in the session's contract store.
fn load_contracts(ctx: &SessionContext, config: &Config, options: &UdfOptions) -> Result<()> {
    if config.contracts.is_empty() {
        return Ok(());
    }
    let state = ctx.state();
    for (name, file) in &config.contracts {
        let shown = file.path.display();
        let body = std::fs::read_to_string(&file.path)
            .map_err(|e| plan_datafusion_err!("config key contracts.{name}.path: cannot read {shown}: {e}"))?;
        let mode = match &file.mode {
            Some(m) => privsql_udfs::validate::Mode::parse(m)
                .map_err(|e| plan_datafusion_err!("config key contracts.{name}.mode: {}", e.strip_backtrace()))?,
            None => privsql_udfs::validate::Mode::Lax,
        };
        options
            .contracts
            .define(&state, name, &body, mode, &shown.to_string())
            .map_err(|e| plan_datafusion_err!("contract file {shown}: {}", e.strip_backtrace()))?;
    }
    Ok(())
}

/// The parts of the config the function families need.
fn udf_options(config: &Config) -> Result<UdfOptions> {
    use privsql_udfs::privacy::EPHEMERAL_KEY;
    if config.privacy.keys.keys().any(|k| k.eq_ignore_ascii_case(EPHEMERAL_KEY)) {
        return datafusion::common::plan_err!(
            "config key privacy.keys.{EPHEMERAL_KEY}: the name is reserved for the per-process random key"
        );
    }
    Ok(UdfOptions {
        classify: privsql_udfs::classify::ClassifyOptions {
            threshold: config.classify.threshold,
            models: config.classify.models.iter().map(|(n, m)| (n.clone(), m.path.clone())).collect(),
            backend: config.classify.model_backend()?,
        },
        privacy: privsql_udfs::privacy::PrivacyOptions {
            keys: privsql_udfs::privacy::PrivacyKeys::new(
                config.privacy.keys.iter().map(|(n, k)| (n.as_str(), k.expose())),
            ),
        },
        ..UdfOptions::default()
    })
}

/// Every privsql function of the udfs crate and of this crate's sources (all but
/// `privsql_functions()` itself), as configured by `config`.
pub fn all_functions(config: &Config) -> Result<Functions> {
    all_functions_with(config, &udf_options(config)?)
}

fn all_functions_with(config: &Config, options: &UdfOptions) -> Result<Functions> {
    let mut f = privsql_udfs::all_functions(options)?;
    f.extend(sources::table_functions(config)?);
    Ok(f)
}

/// [`all_functions`] and `privsql_functions()` itself: every function a session registers.
pub fn all_functions_with_list(config: &Config) -> Result<Functions> {
    let mut f = all_functions(config)?;
    f.table.push(Arc::new(FunctionsTable::default()).named());
    f.check_unique()?;
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn bad_engine_setting_names_the_key() {
        let c = Config::from_toml("[engine.settings]\n\"datafusion.nope\" = \"1\"\n").unwrap();
        let Err(e) = build_session(&c) else { panic!("an unknown setting was accepted") };
        let e = e.to_string();
        assert!(e.contains("datafusion.nope"), "{e}");
    }

    #[tokio::test]
    async fn settings_reach_the_session() {
        let c = Config::from_toml(
            "[engine]\nbatch_size = 1234\ntarget_partitions = 3\n[engine.settings]\n\"datafusion.sql_parser.dialect\" = \"PostgreSQL\"\n",
        )
        .unwrap();
        let ctx = build_session(&c).unwrap();
        let opts = ctx.copied_config();
        assert_eq!(opts.batch_size(), 1234);
        assert_eq!(opts.target_partitions(), 3);
        assert_eq!(opts.options().sql_parser.dialect.to_string().to_lowercase(), "postgresql");
    }
}
