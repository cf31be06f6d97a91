//! Read-only users (`read_only = true` in `[server.users.NAME]`) may query, explain, set session
//! options, use cursors and `COPY ... TO STDOUT`; everything else (CREATE, DROP, INSERT, COPY to a
//! file, ...) is refused with SQLSTATE 42501 before it is planned.

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::{CopyTarget, Statement};
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::Response;
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};
use datafusion_postgres::QueryHook;

use crate::server::conn::ConnState;
use crate::server::error::error;

/// Refuses writes for read-only users.
#[derive(Debug)]
pub struct ReadOnlyHook;

/// Whether `statement` only reads.
pub fn is_read_only(statement: &Statement) -> bool {
    match statement {
        Statement::Explain { statement, .. } => is_read_only(statement),
        Statement::Copy { to, target, .. } => *to && matches!(target, CopyTarget::Stdout),
        Statement::Query(_)
        | Statement::ExplainTable { .. }
        | Statement::Set(_)
        | Statement::ShowVariable { .. }
        | Statement::ShowVariables { .. }
        | Statement::ShowTables { .. }
        | Statement::ShowColumns { .. }
        | Statement::ShowFunctions { .. }
        | Statement::ShowStatus { .. }
        | Statement::ShowCatalogs { .. }
        | Statement::ShowSchemas { .. }
        | Statement::StartTransaction { .. }
        | Statement::Commit { .. }
        | Statement::Rollback { .. }
        | Statement::Savepoint { .. }
        | Statement::ReleaseSavepoint { .. }
        | Statement::Declare { .. }
        | Statement::Fetch { .. }
        | Statement::Close { .. }
        | Statement::Discard { .. }
        | Statement::Deallocate { .. } => true,
        _ => false,
    }
}

/// The refusal for a read-only user, or `None` when the statement may run.
pub fn check<C: ClientInfo + ?Sized>(
    client: &C,
    statement_is_read_only: bool,
    what: &str,
) -> Option<PgWireError> {
    let conn = ConnState::of(client)?;
    (conn.read_only && !statement_is_read_only).then(|| {
        error(
            "42501",
            format!(
                "permission denied: user \"{}\" is read-only and cannot run {what}",
                conn.user
            ),
        )
    })
}

fn what(statement: &Statement) -> String {
    // The statement kind, never its text (which may hold values).
    let text = format!("{statement}");
    let words: Vec<&str> = text.split_whitespace().take(2).collect();
    let kind = match words.as_slice() {
        [a, b] if ["CREATE", "DROP", "ALTER"].contains(a) => format!("{a} {b}"),
        [a, ..] => (*a).to_owned(),
        [] => "this statement".to_owned(),
    };
    kind.to_uppercase()
}

#[async_trait]
impl QueryHook for ReadOnlyHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        check(&*client, is_read_only(statement), &what(statement)).map(Err)
    }

    async fn handle_extended_parse_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        check(client, is_read_only(statement), &what(statement)).map(Err)
    }

    async fn handle_extended_query(
        &self,
        statement: &Statement,
        _plan: &LogicalPlan,
        _params: &ParamValues,
        _ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        check(&*client, is_read_only(statement), &what(statement)).map(Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion_postgres::datafusion_pg_catalog::sql::PostgresCompatibilityParser;

    fn ro(sql: &str) -> bool {
        is_read_only(&PostgresCompatibilityParser::new().parse(sql).unwrap()[0])
    }

    #[test]
    fn reads_pass_writes_do_not() {
        assert!(ro("SELECT 1"));
        assert!(ro("EXPLAIN SELECT 1"));
        assert!(ro("COPY (SELECT 1) TO STDOUT"));
        assert!(ro("SET application_name = 'x'"));
        assert!(!ro("CREATE VIEW v AS SELECT 1"));
        assert!(!ro("DROP TABLE t"));
        assert!(!ro("INSERT INTO t VALUES (1)"));
        assert!(!ro("COPY t TO '/tmp/x.csv'"));
        assert!(!ro("EXPLAIN ANALYZE INSERT INTO t VALUES (1)"));
    }
}
