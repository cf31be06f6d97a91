//! Logs to stderr, filtered by `PRIVSQL_LOG` (tracing's `EnvFilter` syntax), as text or, with
//! `--log-format json`, one JSON object per line. In JSON each statement's span is written when
//! it closes, with its fields (query id, kind, rows, duration, outcome).
//!
//! Log lines carry identifiers, counts and durations; statement text and row values appear
//! nowhere at info level and above.

use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::EnvFilter;

use super::LogFormat;

/// Install the process's subscriber: `default` is the filter when `PRIVSQL_LOG` is unset.
pub fn init(format: LogFormat, default: &str) {
    let filter = EnvFilter::try_from_env("PRIVSQL_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder
            // Colours only for a person at a terminal, never in log files or pipes.
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .with_target(false)
            .try_init(),
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_span_events(FmtSpan::CLOSE)
            .try_init(),
    };
}
