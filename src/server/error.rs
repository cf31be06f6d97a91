//! The server's errors: [`ServerError`] for what stops it from starting, and the constructors of
//! the ErrorResponses statements get ([`error`], [`fatal`], [`api`]). Every other server module
//! builds its errors here, so this module imports none of them.

use datafusion_postgres::pgwire::error::{ErrorInfo, PgWireError};

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The `[server]` config or the arguments are invalid.
    #[error("{0}")]
    Config(String),
    /// Listening, reading the TLS files or the data dir failed.
    #[error("{0}")]
    Io(String),
    /// Building the session failed.
    #[error(transparent)]
    Engine(#[from] datafusion::error::DataFusionError),
}

/// An ErrorResponse with `code` (severity ERROR: the statement fails, the connection stays).
pub fn error(code: &str, message: impl Into<String>) -> PgWireError {
    response("ERROR", code, message)
}

/// An ErrorResponse with `code` and severity FATAL: the connection ends.
pub fn fatal(code: &str, message: impl Into<String>) -> PgWireError {
    response("FATAL", code, message)
}

/// The FATAL error of a statement refused or stopped because the server is shutting down.
pub fn shutting_down() -> PgWireError {
    fatal(
        "57P01",
        "terminating connection due to administrator command (server shutting down)",
    )
}

/// An engine error (DataFusion, Arrow) as pgwire reports it: SQLSTATE XX000 with its message.
pub fn api(e: impl std::error::Error + Send + Sync + 'static) -> PgWireError {
    PgWireError::ApiError(Box::new(e))
}

fn response(severity: &str, code: &str, message: impl Into<String>) -> PgWireError {
    PgWireError::UserError(Box::new(ErrorInfo::new(
        severity.into(),
        code.into(),
        message.into(),
    )))
}
