//! Scale out on Apache DataFusion Ballista: the same SQL on a cluster. `privsql cluster
//! scheduler` and `privsql cluster executor` run Ballista's scheduler and executor, embedded in
//! this binary and extended through their public hooks (privsql's session, functions, codec and
//! runtime); a client ([`client::connect`], `--cluster df://HOST:PORT`) plans on its side and
//! sends each query to the scheduler, shows a plain `EXPLAIN` as stages without a job
//! (`explain`) and a running job's progress ([`progress`]); `privsql cluster jobs|executors`
//! list the scheduler's ([`jobs`]). Nothing here schedules: Ballista does.

pub mod config;
#[cfg(feature = "cluster")]
pub mod args;
#[cfg(feature = "cluster")]
pub mod client;
#[cfg(feature = "cluster")]
mod constant_rows;
#[cfg(feature = "cluster")]
mod engine;
#[cfg(feature = "cluster")]
pub mod executor;
#[cfg(feature = "cluster")]
mod explain;
#[cfg(feature = "cluster")]
mod job;
#[cfg(feature = "cluster")]
pub mod jobs;
#[cfg(feature = "cluster")]
pub mod metrics;
#[cfg(feature = "cluster")]
mod inline;
#[cfg(feature = "cluster")]
pub mod placement;
#[cfg(feature = "cluster")]
pub mod progress;
#[cfg(feature = "cluster")]
mod resolve;
#[cfg(feature = "cluster")]
pub mod scheduler;
#[cfg(feature = "cluster")]
pub(crate) mod share;

pub use config::ClusterConfig;

#[cfg(feature = "cluster")]
pub use imp::*;

#[cfg(feature = "cluster")]
mod imp {
    use std::sync::Arc;

    use ballista_core::error::BallistaError;
    use ballista_core::serde::{BallistaLogicalExtensionCodec, BallistaPhysicalExtensionCodec};
    use datafusion::common::{plan_datafusion_err, DataFusionError, Result};

    use crate::codec::{LayeredCodec, PrivsqlCodec};
    use crate::Config;

    /// The codec every role of a cluster uses: privsql's in front of Ballista's own (its
    /// shuffle nodes and file formats), so both kinds of node cross the wire.
    pub fn codec(config: &Config) -> Arc<LayeredCodec> {
        Arc::new_cyclic(|outer: &std::sync::Weak<LayeredCodec>| {
            // The plans inside privsql's providers hold Parquet scans and Ballista's nodes too.
            let outer: std::sync::Weak<dyn datafusion_proto::logical_plan::LogicalExtensionCodec> = outer.clone();
            LayeredCodec::new(
                PrivsqlCodec::nested_in(config, outer),
                Arc::new(BallistaLogicalExtensionCodec::default()),
                Arc::new(BallistaPhysicalExtensionCodec::default()),
            )
        })
    }

    /// Run `privsql cluster scheduler|executor|jobs|executors`: the role's flags over
    /// `config`'s `[cluster]`.
    pub async fn run(config: &Config, args: super::args::ClusterArgs) -> Result<()> {
        use super::args::Role;
        let mut config = config.clone();
        args.role.apply(&mut config.cluster);
        match &args.role {
            Role::Scheduler { .. } => super::scheduler::run(&config).await,
            Role::Executor { .. } => super::executor::run(&config).await,
            Role::Jobs(list) => super::jobs::print_jobs(&config, list).await,
            Role::Executors(list) => super::jobs::print_executors(&config, list).await,
        }
    }

    /// A Ballista error as DataFusion's (its own message, which names what failed).
    pub(super) fn ballista_error(e: BallistaError) -> DataFusionError {
        match e {
            BallistaError::DataFusionError(e) => *e,
            other => DataFusionError::Execution(other.to_string()),
        }
    }

    /// Split `HOST:PORT` (a `df://` or `http://` prefix allowed) into its host and port.
    pub fn host_port(text: &str, what: &str) -> Result<(String, u16)> {
        let t = text.trim();
        let t = t.strip_prefix("df://").or_else(|| t.strip_prefix("http://")).unwrap_or(t);
        let t = t.trim_end_matches('/');
        let (host, port) = t
            .rsplit_once(':')
            .ok_or_else(|| plan_datafusion_err!("{what} '{text}': expected HOST:PORT"))?;
        let port: u16 = port
            .parse()
            .map_err(|_| plan_datafusion_err!("{what} '{text}': the port must be a number from 1 to 65535"))?;
        let host = host.trim_start_matches('[').trim_end_matches(']');
        if host.is_empty() || port == 0 {
            return Err(plan_datafusion_err!("{what} '{text}': expected HOST:PORT"));
        }
        Ok((host.to_owned(), port))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn host_port_takes_the_usual_forms() {
            assert_eq!(host_port("df://node-1:50050", "x").unwrap(), ("node-1".into(), 50050));
            assert_eq!(host_port("127.0.0.1:7", "x").unwrap(), ("127.0.0.1".into(), 7));
            assert_eq!(host_port("http://[::1]:9/", "x").unwrap(), ("::1".into(), 9));
            let e = host_port("node-1", "--scheduler").unwrap_err().to_string();
            assert!(e.contains("--scheduler 'node-1': expected HOST:PORT"), "{e}");
            assert!(host_port("h:0", "x").is_err() && host_port("h:99999", "x").is_err());
        }
    }
}
