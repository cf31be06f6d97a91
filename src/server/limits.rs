//! The configured limits on connections and statements, and the check of a statement's size.
//! Stopping a statement that runs too long is [`super::stop`]'s.

use std::time::Duration;

use datafusion_postgres::pgwire::error::PgWireResult;

use super::error::{error, ServerError};
use crate::config::ServerConfig;

/// The client metadata key datafusion-postgres keeps `SET statement_timeout` in (milliseconds).
pub const METADATA_STATEMENT_TIMEOUT: &str = "statement_timeout_ms";

/// The configured limits.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_connections: usize,
    pub max_statement_bytes: usize,
    pub statement_timeout: Option<Duration>,
    pub shutdown_grace: Duration,
}

impl Limits {
    /// The limits of `[server]`, whose values the config already parsed; a zero statement size
    /// would refuse every statement, so it is refused here.
    pub fn from_config(c: &ServerConfig) -> Result<Self, ServerError> {
        if c.max_statement_bytes == 0 {
            return Err(ServerError::Config(
                "server.max_statement_bytes: expected a size above 0, such as \"1MiB\"".into(),
            ));
        }
        Ok(Self {
            max_connections: c.max_connections,
            max_statement_bytes: c.max_statement_bytes,
            statement_timeout: (!c.statement_timeout.is_zero()).then_some(c.statement_timeout),
            shutdown_grace: c.shutdown_grace,
        })
    }

    /// Refuse a statement longer than `max_statement_bytes` (SQLSTATE 54000).
    pub fn check_statement(&self, len: usize) -> PgWireResult<()> {
        if len > self.max_statement_bytes {
            return Err(error(
                "54000",
                format!(
                    "statement is {len} bytes, above the limit of {} bytes (server.max_statement_bytes)",
                    self.max_statement_bytes
                ),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion_postgres::pgwire::error::ErrorInfo;

    #[test]
    fn statement_size_limit_names_the_key() {
        let c = ServerConfig {
            max_statement_bytes: 10,
            ..Default::default()
        };
        let l = Limits::from_config(&c).unwrap();
        assert!(l.check_statement(10).is_ok());
        let e: ErrorInfo = l.check_statement(11).unwrap_err().into();
        assert_eq!(e.code, "54000");
        assert!(e.message.contains("max_statement_bytes"), "{}", e.message);
    }

    #[test]
    fn zero_statement_size_is_refused_naming_the_key() {
        let c = ServerConfig {
            max_statement_bytes: 0,
            ..Default::default()
        };
        let e = Limits::from_config(&c).unwrap_err().to_string();
        assert!(e.contains("server.max_statement_bytes"), "{e}");
    }
}
