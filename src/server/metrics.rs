//! Server counters: connections, authentications, queries, errors, rows sent. Plain atomics,
//! read by `SHOW privsql.server_metrics`, logged at shutdown, and exported to the process's
//! Prometheus registry as `privsql_server_*` ([`Metrics::export`], read when scraped).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Counters since the server started.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Connections accepted (including refused ones).
    pub connections_total: AtomicU64,
    /// Connections open now.
    pub connections_active: AtomicU64,
    /// Connections refused because `max_connections` was reached.
    pub connections_refused: AtomicU64,
    /// Statements received (simple query messages and extended Execute messages).
    pub queries: AtomicU64,
    /// Statements that ended in an error, cancellation or timeout.
    pub errors: AtomicU64,
    /// Statements stopped by a cancel request, a timeout or shutdown.
    pub queries_cancelled: AtomicU64,
    /// Rows sent to clients (DataRow messages and COPY rows).
    pub rows_sent: AtomicU64,
    /// Startups that authenticated.
    pub auth_ok: AtomicU64,
    /// Startups refused for a wrong password or an unknown user.
    pub auth_failed: AtomicU64,
}

impl Metrics {
    /// Add one to `counter`.
    pub fn inc(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Every counter by name, in a stable order.
    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        vec![
            ("connections_total", get(&self.connections_total)),
            ("connections_active", get(&self.connections_active)),
            ("connections_refused", get(&self.connections_refused)),
            ("queries", get(&self.queries)),
            ("errors", get(&self.errors)),
            ("queries_cancelled", get(&self.queries_cancelled)),
            ("rows_sent", get(&self.rows_sent)),
            ("auth_ok", get(&self.auth_ok)),
            ("auth_failed", get(&self.auth_failed)),
        ]
    }

    /// Export every counter as `privsql_server_<name>` (`_total` for counters) on the process
    /// registry, read from these atomics when scraped.
    pub fn export(self: &Arc<Self>) {
        use prometheus::proto::MetricType;
        for (name, _) in self.snapshot() {
            let (metric, kind) = match name {
                "connections_active" => (format!("privsql_server_{name}"), MetricType::GAUGE),
                _ if name.ends_with("_total") => (format!("privsql_server_{name}"), MetricType::COUNTER),
                _ => (format!("privsql_server_{name}_total"), MetricType::COUNTER),
            };
            let m = Arc::clone(self);
            crate::observe::pulled::register(
                &metric,
                &format!("privsql serve: {}", name.replace('_', " ")),
                kind,
                &[],
                Box::new(move || {
                    m.snapshot().into_iter().filter(|(n, _)| *n == name).map(|(_, v)| (vec![], v as f64)).collect()
                }),
            );
        }
    }
}
