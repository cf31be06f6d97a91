//! The executor's execution engine: Ballista's own ([`DefaultExecutionEngine`]), wrapped so that
//! each task is counted in the process registry when it ends (outcome, duration, spills: see
//! [`super::metrics`]), and a task that runs out of memory says which limit it ran out of
//! (`engine.memory_limit`, Ballista's share of it per task). Ballista's executor takes no
//! metrics hook of its own that sees a task's outcome; its engine hook does.
//!
//! Giving Ballista an engine replaces the one it builds with a pool of Flight clients for
//! shuffle reads, which it does not export: [`ClientPool`] is that pool.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use ballista_core::client::BallistaClient;
use ballista_core::client_pool::{BallistaClientPool, PooledClient};
use ballista_core::extension::BallistaConfigGrpcEndpoint;
use ballista_core::serde::protobuf::{RuntimeStatsReport, ShuffleWritePartition, TaskColumnStats, WindowStateReport};
use ballista_core::utils::GrpcClientConfig;
use ballista_core::JobId;
use ballista_executor::execution_engine::{DefaultExecutionEngine, ExecutionEngine, QueryStageExecutor};
use datafusion::common::{DataFusionError, Result};
use datafusion::execution::context::TaskContext;
use datafusion::physical_plan::metrics::{MetricValue, MetricsSet};
use datafusion::physical_plan::ExecutionPlan;
use datafusion::prelude::SessionConfig;

/// Ballista's engine with each task counted, and the memory limit named in its errors.
pub struct CountingEngine {
    inner: DefaultExecutionEngine,
    memory: Arc<str>,
}

impl CountingEngine {
    /// `memory_limit` (`engine.memory_limit`) split between `tasks` concurrent tasks, as
    /// Ballista splits it; idle shuffle-read connections are kept for `client_ttl`.
    pub fn new(memory_limit: Option<usize>, tasks: usize, client_ttl: Duration) -> Self {
        let memory = match memory_limit {
            Some(bytes) => format!(
                "this executor's memory limit is engine.memory_limit = {bytes} bytes, {} bytes for each of its \
                 {tasks} task slots (cluster.concurrent_tasks; a task takes one slot or more): raise the limit \
                 or lower the slots",
                bytes / tasks.max(1)
            ),
            None => "engine.memory_limit is unset on this executor: Ballista bounds it to a share of the \
                     machine's memory; set engine.memory_limit"
                .to_owned(),
        };
        let pool = Arc::new(ClientPool { idle: Arc::default(), ttl: client_ttl });
        Self { inner: DefaultExecutionEngine::with_client_pool(pool), memory: memory.into() }
    }
}

impl ExecutionEngine for CountingEngine {
    fn create_query_stage_exec(
        &self,
        job_id: JobId,
        stage_id: usize,
        task_id: usize,
        global_output_partition_ids: Vec<usize>,
        plan: Arc<dyn ExecutionPlan>,
        work_dir: &str,
        config: &SessionConfig,
    ) -> Result<Arc<dyn QueryStageExecutor>> {
        let inner = self
            .inner
            .create_query_stage_exec(job_id, stage_id, task_id, global_output_partition_ids, plan, work_dir, config)?;
        Ok(Arc::new(CountedStage { inner, memory: Arc::clone(&self.memory) }))
    }
}

/// One task's stage, counted when it ends; everything else is the inner stage's.
struct CountedStage {
    inner: Arc<dyn QueryStageExecutor>,
    memory: Arc<str>,
}

impl fmt::Debug for CountedStage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl fmt::Display for CountedStage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner, f)
    }
}

impl CountedStage {
    /// A task that ran out of memory: the pool's message and this executor's limit. Other
    /// errors (a fetch failure above all, which Ballista answers by recomputing the lost
    /// shuffle output) are left as they are.
    fn name_the_limit(&self, e: DataFusionError) -> DataFusionError {
        // The pool's error reaches here wrapped in Ballista's own error type, which
        // `find_root` cannot see through: DataFusion's message prefix is what is left.
        const EXHAUSTED: &str = "Resources exhausted: ";
        let text = e.to_string();
        match text.rfind(EXHAUSTED) {
            Some(at) => DataFusionError::ResourcesExhausted(format!("{}; {}", &text[at + EXHAUSTED.len()..], self.memory)),
            None => e,
        }
    }
}

#[async_trait]
impl QueryStageExecutor for CountedStage {
    async fn execute_query_stage(&self, task_id: usize, context: Arc<TaskContext>) -> Result<Vec<ShuffleWritePartition>> {
        let started = Instant::now();
        let result = self.inner.execute_query_stage(task_id, context).await;
        let (spills, spilled_bytes) = spills(&self.inner.collect_plan_metrics());
        super::metrics::task_ended(result.is_ok(), started.elapsed(), spills, spilled_bytes);
        result.map_err(|e| self.name_the_limit(e))
    }

    fn collect_plan_metrics(&self) -> Vec<MetricsSet> {
        self.inner.collect_plan_metrics()
    }

    fn collect_runtime_stats_reports(&self) -> Vec<RuntimeStatsReport> {
        self.inner.collect_runtime_stats_reports()
    }

    fn collect_window_state_reports(&self) -> Result<Vec<WindowStateReport>> {
        self.inner.collect_window_state_reports()
    }

    fn collect_column_stats(&self) -> Vec<TaskColumnStats> {
        self.inner.collect_column_stats()
    }
}

/// Spills and spilled bytes over a task's operators.
fn spills(sets: &[MetricsSet]) -> (u64, u64) {
    let (mut count, mut bytes) = (0u64, 0u64);
    for m in sets.iter().flat_map(|s| s.iter()) {
        match m.value() {
            MetricValue::SpillCount(c) => count += c.value() as u64,
            MetricValue::SpilledBytes(c) => bytes += c.value() as u64,
            _ => {}
        }
    }
    (count, bytes)
}

type Key = (String, u16, GrpcClientConfig);
type Idle = Arc<Mutex<HashMap<Key, Vec<(BallistaClient, Instant)>>>>;

/// Flight clients to other executors kept between shuffle reads (idle ones dropped after
/// `ttl`), as Ballista's own engine keeps them.
struct ClientPool {
    idle: Idle,
    ttl: Duration,
}

impl fmt::Debug for ClientPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientPool").field("ttl", &self.ttl).finish()
    }
}

impl ClientPool {
    fn evict(idle: &mut HashMap<Key, Vec<(BallistaClient, Instant)>>, ttl: Duration) {
        idle.retain(|_, clients| {
            clients.retain(|(_, since)| since.elapsed() < ttl);
            !clients.is_empty()
        });
    }
}

#[async_trait]
impl BallistaClientPool for ClientPool {
    async fn acquire(
        &self,
        host: &str,
        port: u16,
        config: &GrpcClientConfig,
        customize_endpoint: Option<Arc<BallistaConfigGrpcEndpoint>>,
    ) -> ballista_core::error::Result<PooledClient> {
        let key = (host.to_owned(), port, config.clone());
        let reused = match self.idle.lock() {
            Ok(mut idle) => {
                Self::evict(&mut idle, self.ttl);
                idle.get_mut(&key).and_then(Vec::pop).map(|(c, _)| c)
            }
            Err(_) => None,
        };
        let client = match reused {
            Some(c) => c,
            None => {
                BallistaClient::try_new(
                    host,
                    port,
                    config.max_message_size,
                    config.use_tls,
                    customize_endpoint,
                    config.io_retries_times,
                    config.io_retry_wait_time_ms,
                    config.initial_connection_window_size,
                    config.initial_stream_window_size,
                )
                .await?
            }
        };
        let idle = Arc::clone(&self.idle);
        Ok(PooledClient::new(
            client,
            Box::new(move |c| {
                if let Ok(mut idle) = idle.lock() {
                    idle.entry(key).or_default().push((c, Instant::now()));
                }
            }),
        ))
    }

    async fn evict_idle(&self) {
        if let Ok(mut idle) = self.idle.lock() {
            Self::evict(&mut idle, self.ttl);
        }
    }
}
