//! The process's stop signals, shared by the front ends that run until told to stop: the server
//! (`privsql serve` drains and exits) and continuous pipelines (`privsql stream` finishes its
//! micro-batch and exits). The interactive shell is not one of them: there Ctrl-C cancels the
//! running statement, not the process.

/// Resolves on the first SIGINT or SIGTERM with the signal's name (`"SIGINT"`, `"SIGTERM"`).
/// Where SIGTERM cannot be watched (not unix, or the handler cannot be installed), only Ctrl-C
/// (SIGINT) stops.
pub async fn shutdown_signal() -> &'static str {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let (mut term, mut int) = match (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) {
            (Ok(t), Ok(i)) => (t, i),
            _ => {
                let _ = tokio::signal::ctrl_c().await;
                return "SIGINT";
            }
        };
        tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        "SIGINT"
    }
}
