//! The command line's errors and the exit status each maps to.
//!
//! Exit statuses (documented in `docs/cli.md`):
//! - `0`: every statement succeeded;
//! - `1`: a statement failed, a script could not be read, or a `${NAME}` was not set;
//! - `2`: the command line or the configuration is invalid.

use std::fmt;
use std::io;
use std::path::PathBuf;

use datafusion::common::DataFusionError;

use crate::config::ConfigError;

/// Where a statement came from: a script file, a `-c` argument, standard input or the shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The source's name as shown in messages: a path, `-c`, `<stdin>` or `<shell>`.
    pub source: String,
    /// 1-based line in the source.
    pub line: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.source, self.line)
    }
}

/// Everything that can stop the `privsql` command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad flags or flag values (clap reports its own errors before we get here).
    #[error("{0}")]
    Usage(String),
    /// The configuration file or a `PRIVSQL_*` variable is invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A script file could not be read.
    #[error("cannot read script {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// A `${NAME}` in a script has no `--set NAME=VALUE`.
    #[error("{location}: unknown variable ${{{name}}}: set it with --set {name}=VALUE")]
    UnknownVariable { location: Location, name: String },
    /// A statement failed to parse, plan or run.
    #[error("{location}: statement \"{statement}\" failed: {message}")]
    Statement {
        location: Location,
        /// The statement, shortened to one line.
        statement: String,
        /// DataFusion's reason, without backtrace.
        message: String,
    },
    /// Building the session failed (bad engine settings in the config).
    #[error("cannot start the engine: {0}")]
    Session(String),
    /// `--continue-on-error` ran everything but some statements failed (each was reported).
    #[error("{failed} statement(s) failed")]
    SomeFailed { failed: usize },
    /// Writing results failed.
    #[error("cannot write results: {0}")]
    Output(#[source] io::Error),
    /// The interactive shell could not start or read its input.
    #[error("shell: {0}")]
    Shell(String),
    /// An engine error outside any statement (from a subcommand such as `stream`).
    #[error("{0}")]
    Engine(String),
    /// `privsql serve` could not start, or stopped with an error.
    #[cfg(feature = "server")]
    #[error("privsql serve: {0}")]
    Serve(#[from] crate::server::ServerError),
}

impl From<DataFusionError> for CliError {
    fn from(e: DataFusionError) -> Self {
        CliError::Engine(e.strip_backtrace())
    }
}

impl CliError {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) | CliError::Config(_) | CliError::Session(_) => 2,
            _ => 1,
        }
    }

    /// True when the error is only that the reader of our output went away (`privsql ... | head`),
    /// which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// A statement error from a DataFusion error, with its message cleaned for people: no
    /// backtrace, and parser positions given as lines of the source rather than of the statement.
    /// `first_column` is where the statement starts on its first line.
    pub fn statement(
        location: Location,
        first_column: usize,
        statement: &str,
        error: &DataFusionError,
    ) -> Self {
        let (line, message) = describe(error, location.line, first_column);
        CliError::Statement {
            location: Location { line, ..location },
            statement: shorten(statement, 80),
            message,
        }
    }
}

/// Find an `io::Error` of kind BrokenPipe anywhere in a DataFusion error.
pub(crate) fn broken_pipe(error: &DataFusionError) -> Option<io::Error> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = current {
        if let Some(io) = e.downcast_ref::<io::Error>() {
            if io.kind() == io::ErrorKind::BrokenPipe {
                return Some(io::Error::from(io::ErrorKind::BrokenPipe));
            }
        }
        current = e.source();
    }
    None
}

/// The line of the source an error points at and its message. `first_line` and `first_column`
/// are where the statement starts in the source; DataFusion reports parser positions relative
/// to the statement.
pub(crate) fn describe(
    error: &DataFusionError,
    first_line: usize,
    first_column: usize,
) -> (usize, String) {
    let root = error.find_root();
    let mut line = first_line;
    if let Some(span) = error.diagnostic().and_then(|d| d.span) {
        if span.start.line > 0 {
            line = first_line + span.start.line as usize - 1;
        }
    }
    let message = match root {
        DataFusionError::SQL(parser_error, _) => {
            // "sql parser error: Expected: ..., found: x at Line: 2, Column: 5"
            let text = parser_error.to_string();
            let text = text
                .strip_prefix("sql parser error: ")
                .unwrap_or(&text)
                .to_string();
            let (text, pos) = split_position(&text);
            if let Some((l, c)) = pos {
                line = first_line + l - 1;
                // Columns of the statement's first line count from where it starts.
                let c = if l == 1 {
                    c + first_column.max(1) - 1
                } else {
                    c
                };
                format!("syntax error: {text} (line {line}, column {c})")
            } else {
                format!("syntax error: {text}")
            }
        }
        _ => error.strip_backtrace(),
    };
    (line, message)
}

/// Split sqlparser's " at Line: L, Column: C" suffix from a message.
fn split_position(text: &str) -> (&str, Option<(usize, usize)>) {
    let Some(at) = text.rfind(" at Line: ") else {
        return (text, None);
    };
    let rest = &text[at + " at Line: ".len()..];
    let mut parts = rest.splitn(2, ", Column: ");
    let line = parts.next().and_then(|l| l.trim().parse::<usize>().ok());
    let column = parts.next().and_then(|c| c.trim().parse::<usize>().ok());
    match (line, column) {
        (Some(l), Some(c)) if l > 0 => (&text[..at], Some((l, c))),
        _ => (text, None),
    }
}

/// A statement on one line, whitespace collapsed, cut to `max` characters.
pub fn shorten(statement: &str, max: usize) -> String {
    let one_line = statement.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max.saturating_sub(3)).collect();
    format!("{}...", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_collapses_and_cuts() {
        assert_eq!(shorten("SELECT\n  1,\n\t2", 80), "SELECT 1, 2");
        let long = format!("SELECT {}", "x, ".repeat(100));
        let s = shorten(&long, 30);
        assert_eq!(s.chars().count(), 30);
        assert!(s.ends_with("..."), "{s}");
    }

    #[test]
    fn parser_positions_become_source_lines() {
        assert_eq!(
            split_position("Expected: x, found: y at Line: 2, Column: 5"),
            ("Expected: x, found: y", Some((2, 5)))
        );
        assert_eq!(split_position("no position"), ("no position", None));
    }
}
