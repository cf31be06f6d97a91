//! `privsql cluster scheduler|executor|jobs|executors`: the command line of the two roles and
//! of the scheduler's lists. Flags override the `[cluster]` keys of the config
//! (`PRIVSQL_CLUSTER__*`), which give the defaults.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::ClusterConfig;

/// `privsql cluster ...`.
#[derive(Debug, Args)]
pub struct ClusterArgs {
    #[command(subcommand)]
    pub role: Role,
}

/// The process to run.
#[derive(Debug, Subcommand)]
pub enum Role {
    /// Run a Ballista scheduler: clients (`privsql --cluster df://HOST:PORT`) send it queries,
    /// executors register with it; its REST API (`/api/jobs`, `/api/executors`) is on the same
    /// port.
    Scheduler {
        /// The address to listen on [config: cluster.bind, default 127.0.0.1:50050].
        #[arg(long, value_name = "HOST:PORT")]
        bind: Option<String>,
        /// The host name clients and executors reach this scheduler by [cluster.external_host].
        #[arg(long, value_name = "HOST")]
        external_host: Option<String>,
    },
    /// Run a Ballista executor that takes its tasks from a scheduler.
    Executor {
        /// The scheduler to register with [config: cluster.scheduler].
        #[arg(long, value_name = "HOST:PORT")]
        scheduler: Option<String>,
        /// The Arrow Flight address (its gRPC port is the next one unless --grpc-port)
        /// [cluster.executor_bind, default 127.0.0.1:50051].
        #[arg(long, value_name = "HOST:PORT")]
        bind: Option<String>,
        /// The gRPC port [cluster.executor_grpc_port; default the Flight port + 1].
        #[arg(long, value_name = "PORT")]
        grpc_port: Option<u16>,
        /// The host name the scheduler and other executors reach this one by
        /// [cluster.external_host; default the bind host].
        #[arg(long, value_name = "HOST")]
        external_host: Option<String>,
        /// Tasks run at once [cluster.concurrent_tasks; 0: one per core].
        #[arg(long, value_name = "N")]
        concurrent_tasks: Option<usize>,
        /// Shuffle files (and spills unless engine.temp_dir) [cluster.work_dir; a temporary
        /// directory].
        #[arg(long, value_name = "DIR")]
        work_dir: Option<PathBuf>,
    },
    /// List the scheduler's jobs, oldest first: id, name, status, stages and tasks done, start
    /// time (UTC) and duration in seconds (so far, for a job still running).
    Jobs(ListArgs),
    /// List the executors registered with the scheduler: id, host, port, vcores, last
    /// heartbeat.
    Executors(ListArgs),
}

/// Flags of `privsql cluster jobs|executors`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// The scheduler to ask [default: cluster.url (--cluster), else cluster.scheduler, else
    /// cluster.bind].
    #[arg(long, value_name = "HOST:PORT")]
    pub scheduler: Option<String>,
    /// Output format [default: table on a terminal, csv otherwise].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<crate::cli::Format>,
}

impl Role {
    /// `cluster` with this role's flags applied over it.
    pub fn apply(&self, cluster: &mut ClusterConfig) {
        match self {
            Role::Scheduler { bind, external_host } => {
                if let Some(b) = bind {
                    cluster.bind = b.clone();
                }
                if external_host.is_some() {
                    cluster.external_host = external_host.clone();
                }
            }
            Role::Executor { scheduler, bind, grpc_port, external_host, concurrent_tasks, work_dir } => {
                if scheduler.is_some() {
                    cluster.scheduler = scheduler.clone();
                }
                if let Some(b) = bind {
                    cluster.executor_bind = b.clone();
                }
                if let Some(p) = grpc_port {
                    cluster.executor_grpc_port = *p;
                }
                if external_host.is_some() {
                    cluster.external_host = external_host.clone();
                }
                if let Some(n) = concurrent_tasks {
                    cluster.concurrent_tasks = *n;
                }
                if work_dir.is_some() {
                    cluster.work_dir = work_dir.clone();
                }
            }
            Role::Jobs(_) | Role::Executors(_) => {}
        }
    }
}
