//! privsql's integration tests: one binary, one module per front end.

#[cfg(feature = "bigquery")]
mod bigquery;
#[cfg(feature = "bigquery")]
mod bigquery_util;
mod classify;
mod cli;
#[cfg(feature = "cluster")]
mod cluster;
#[cfg(feature = "cluster")]
mod cluster_slt;
#[cfg(feature = "cluster")]
mod cluster_util;
mod docs;
mod observe;
mod observe_util;
mod quality;
mod privacy;
mod sample;
mod text;
mod util;
#[cfg(feature = "kafka")]
mod kafka;
#[cfg(feature = "kafka")]
mod kafka_util;
mod server;
mod server_clients;
mod server_peers;
mod server_runtime;
mod server_util;
#[cfg(feature = "cluster")]
#[path = "../slt/mod.rs"]
mod slt;
