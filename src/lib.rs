//! privsql: find, validate, clean, balance and route GDPR/CCPA privacy requests with SQL.
//!
//! privsql is Apache DataFusion extended through its public extension points. Embed it by
//! building a session from a [`Config`] and running SQL on it:
//!
//! ```no_run
//! # async fn demo() -> datafusion::common::Result<()> {
//! let ctx = privsql::build_session(&privsql::Config::default())?;
//! ctx.sql("SELECT intent, count(*) FROM synthetic_intents(1000, 42) GROUP BY intent")
//!     .await?
//!     .show()
//!     .await?;
//! # Ok(()) }
//! ```

pub mod catalog;
pub mod codec;
pub mod cli;
pub mod cluster;
pub mod config;
pub mod observe;
#[cfg(feature = "server")]
pub mod server;
pub mod session;
pub mod signals;
pub mod sources;
pub mod statements;
pub mod storage;
pub mod url_tables;
#[cfg(feature = "kafka")]
pub mod stream;

pub use config::Config;
pub use session::build_session;
