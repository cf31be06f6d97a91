//! Server counters: connections, sessions, authentications, queries (and statements by kind
//! and outcome), errors, rows sent. Plain atomics, read by `SHOW privsql.server_metrics`, logged
//! at shutdown, and exported to the process's Prometheus registry as `privsql_server_*`
//! ([`Metrics::export`], read when scraped).

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
    /// Sessions open now: connections that authenticated and have not ended.
    pub sessions_active: AtomicU64,
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
    /// Statements by kind ([`KINDS`]) and outcome ([`OUTCOMES`]).
    statements: [[AtomicU64; 3]; 4],
}

/// The `kind` label of `privsql_server_statements_total`, as the CLI counts them:
/// `unplanned` is a statement refused before planning (shutdown, size limit, no session).
pub const KINDS: [&str; 4] = ["query", "dml", "command", "unplanned"];
/// The `outcome` label of `privsql_server_statements_total`: `ok`, `error` (also a result that
/// fails after its first rows), `closed` (the client closed the result or went away before its
/// end).
pub const OUTCOMES: [&str; 3] = ["ok", "error", "closed"];

/// The kind of the statement `sql` by its first keyword (the server counts statements before
/// planning them): rows (`SELECT`, `WITH`, `VALUES`, `SHOW`, `EXPLAIN`, ...) are `query`;
/// `INSERT`, `UPDATE`, `DELETE`, `COPY`, `MERGE` are `dml`; the rest `command`.
pub fn statement_kind(sql: &str) -> &'static str {
    let sql = sql.trim_start();
    if sql.starts_with('(') {
        return KINDS[0];
    }
    let end = sql.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(sql.len());
    match sql[..end].to_ascii_uppercase().as_str() {
        "SELECT" | "WITH" | "VALUES" | "SHOW" | "EXPLAIN" | "DESCRIBE" | "DESC" | "TABLE" | "FETCH" => KINDS[0],
        "INSERT" | "UPDATE" | "DELETE" | "COPY" | "MERGE" => KINDS[1],
        _ => KINDS[2],
    }
}

impl Metrics {
    /// Add one to `counter`.
    pub fn inc(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Count one statement of `kind` (one of [`KINDS`]) that ended `ok` or not.
    pub fn count_statement(&self, kind: &str, ok: bool) {
        self.count_outcome(kind, Self::outcome(ok));
    }

    /// A statement of `kind` that started at `started` ended with `outcome` (one of
    /// [`OUTCOMES`]): counted, and timed in `privsql_server_statement_duration_seconds`.
    pub fn statement_ended(&self, kind: &str, outcome: &str, started: std::time::Instant) {
        self.count_outcome(kind, outcome);
        crate::observe::statements::server_statement_took(kind, started);
    }

    /// The outcome of a statement that ended `ok` or not.
    pub fn outcome(ok: bool) -> &'static str {
        if ok {
            OUTCOMES[0]
        } else {
            OUTCOMES[1]
        }
    }

    /// Count one statement of `kind` (one of [`KINDS`]) by its `outcome` (one of [`OUTCOMES`]).
    fn count_outcome(&self, kind: &str, outcome: &str) {
        let k = KINDS.iter().position(|x| *x == kind).unwrap_or(2);
        let o = OUTCOMES.iter().position(|x| *x == outcome).unwrap_or(1);
        self.statements[k][o].fetch_add(1, Ordering::Relaxed);
    }

    /// Statements by (kind, outcome), every pair.
    pub fn statements(&self) -> Vec<(&'static str, &'static str, u64)> {
        let mut out = Vec::with_capacity(KINDS.len() * OUTCOMES.len());
        for (k, kind) in KINDS.iter().enumerate() {
            for (o, outcome) in OUTCOMES.iter().enumerate() {
                out.push((*kind, *outcome, self.statements[k][o].load(Ordering::Relaxed)));
            }
        }
        out
    }

    /// Every counter by name, in a stable order.
    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        vec![
            ("connections_total", get(&self.connections_total)),
            ("connections_active", get(&self.connections_active)),
            ("connections_refused", get(&self.connections_refused)),
            ("sessions_active", get(&self.sessions_active)),
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
                _ if name.ends_with("_active") => (format!("privsql_server_{name}"), MetricType::GAUGE),
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
        let m = Arc::clone(self);
        crate::observe::pulled::register(
            "privsql_server_statements_total",
            "privsql serve: statements by kind and outcome",
            MetricType::COUNTER,
            &["kind", "outcome"],
            Box::new(move || {
                m.statements()
                    .into_iter()
                    .filter(|(_, _, v)| *v > 0)
                    .map(|(k, o, v)| (vec![k.to_owned(), o.to_owned()], v as f64))
                    .collect()
            }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_counted_by_their_first_keyword() {
        let m = Metrics::default();
        for (sql, ok) in [("select 1", true), (" (SELECT 1)", true), ("INSERT INTO t VALUES (1)", false), ("create view v as select 1", true)] {
            m.count_statement(statement_kind(sql), ok);
        }
        m.count_statement("unplanned", false);
        let counted: Vec<_> = m.statements().into_iter().filter(|s| s.2 > 0).collect();
        assert_eq!(counted, vec![("query", "ok", 2), ("dml", "error", 1), ("command", "ok", 1), ("unplanned", "error", 1)]);
    }
}
