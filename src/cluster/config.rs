//! `[cluster]`: where a client sends its queries and how `privsql cluster scheduler` and
//! `privsql cluster executor` listen. Compiled with or without the `cluster` feature, so a config
//! file with a `[cluster]` section loads either way.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// `[cluster]` (environment: `PRIVSQL_CLUSTER__<KEY>`).
///
/// ```toml
/// [cluster]
/// url = "df://scheduler.internal:50050"   # clients: privsql -f/-c, the shell, build_session
/// bind = "0.0.0.0:50050"                  # privsql cluster scheduler
/// scheduler = "scheduler.internal:50050"  # privsql cluster executor
/// executor_bind = "0.0.0.0:50051"         # the executor's Flight port (its gRPC port is +1)
/// external_host = "worker-1.internal"     # the name others reach this process by
/// concurrent_tasks = 4                    # 0: one per core
/// work_dir = "/var/lib/privsql/shuffle"
/// heartbeat_interval = "5s"               # executors tell the scheduler they are alive
/// executor_timeout = "30s"                # the scheduler gives up on a silent executor
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClusterConfig {
    /// A scheduler (`df://HOST:PORT`) to run every query of `privsql -f`/`-c`, the shell and
    /// [`crate::build_session`] on; unset: queries run in this process. `--cluster` sets it.
    pub url: Option<String>,
    /// `privsql cluster scheduler`: the address its gRPC and REST port listens on.
    pub bind: String,
    /// `privsql cluster executor`: the scheduler to register with (`HOST:PORT`).
    pub scheduler: Option<String>,
    /// `privsql cluster executor`: the address of its Arrow Flight port (shuffle reads and
    /// results); its gRPC port is the next port unless `executor_grpc_port` is set.
    pub executor_bind: String,
    /// `privsql cluster executor`: the gRPC port; 0: the Flight port + 1.
    pub executor_grpc_port: u16,
    /// The host name other machines reach this process by (executors advertise it to the
    /// scheduler); unset: the bind address's host.
    pub external_host: Option<String>,
    /// `privsql cluster executor`: tasks run at once; 0: one per CPU core.
    pub concurrent_tasks: usize,
    /// `privsql cluster executor`: the directory of shuffle files (and spill files when
    /// `engine.temp_dir` is unset); unset: a fresh temporary directory.
    pub work_dir: Option<PathBuf>,
    /// `privsql cluster executor`: how often it tells the scheduler it is alive (Ballista's
    /// default is 60 s; a shorter beat lets the scheduler notice a lost executor sooner).
    #[serde(with = "crate::config::duration_text")]
    pub heartbeat_interval: Duration,
    /// `privsql cluster scheduler`: an executor not heard from for this long is lost: its
    /// running tasks and the shuffle output it held are computed again on the others (or the
    /// job fails once no executor is left). Longer than `heartbeat_interval`.
    #[serde(with = "crate::config::duration_text")]
    pub executor_timeout: Duration,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        Self {
            url: None,
            bind: "127.0.0.1:50050".to_owned(),
            scheduler: None,
            executor_bind: "127.0.0.1:50051".to_owned(),
            executor_grpc_port: 0,
            external_host: None,
            concurrent_tasks: 0,
            work_dir: None,
            heartbeat_interval: Duration::from_secs(5),
            executor_timeout: Duration::from_secs(30),
        }
    }
}
