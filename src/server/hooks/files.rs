//! Server files guarded ([`crate::server::files`]): before a statement runs, the files its plan
//! reads and writes are checked against the user's grant and the roots of `[server.files]`.
//!
//! Extended-protocol statements are checked on the plan datafusion-postgres made at Parse;
//! simple-protocol queries where they are planned, once ([`super::rows`] checks the plan it
//! runs), other simple-protocol statements that read or write tables (INSERT, CREATE ... AS,
//! COPY) are planned here first. Relations named like paths (`SELECT * FROM '/etc/passwd'`) are checked on the parsed
//! statement already, before planning reads the file to infer its schema. DataFusion's own
//! statements (`CREATE EXTERNAL TABLE`, `COPY ... TO 'file'`) are planned by the handler, which
//! calls [`FilePolicy::check_plan`].

use std::ops::ControlFlow;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::parser::Statement as DFStatement;
use datafusion::sql::sqlparser::ast::{visit_relations, CopySource, ObjectName, Statement};
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::Response;
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};
use datafusion_postgres::QueryHook;

use crate::server::conn::ConnState;
use crate::server::files::{accesses, Access, FilePolicy};

/// Checks the server files of each statement.
#[derive(Debug)]
pub struct FilesHook {
    pub policy: Arc<FilePolicy>,
}

/// Refuse relations of `statement` named like a path or URL, before planning opens them.
fn check_named_paths<C: ClientInfo + ?Sized>(
    client: &C,
    policy: &FilePolicy,
    statement: &Statement,
) -> Result<(), PgWireError> {
    let Some(conn) = ConnState::of(client) else {
        return Ok(());
    };
    let mut refusal = Ok(());
    let _ = visit_relations(statement, |name: &ObjectName| {
        if let Some(location) = path_like(name) {
            if let Err(e) = policy.check(&conn.user, conn.read_only, Access::Read, &location) {
                refusal = Err(e);
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    });
    refusal
}

/// The location a relation name stands for when it looks like a file path or URL.
fn path_like(name: &ObjectName) -> Option<String> {
    let [part] = name.0.as_slice() else {
        return None;
    };
    let text = part.as_ident()?.value.clone();
    let file_like = text.contains('/')
        || text.contains('\\')
        || text.contains("://")
        || text.starts_with('~')
        || [
            ".csv", ".tsv", ".parquet", ".json", ".ndjson", ".avro", ".arrow", ".gz", ".zst",
        ]
        .iter()
        .any(|ext| text.to_ascii_lowercase().ends_with(ext));
    file_like.then_some(text)
}

/// The query a statement runs, as a statement DataFusion can plan, when it may read or write
/// tables (`COPY t TO STDOUT` reads `t`).
fn plannable(statement: &Statement) -> Option<Statement> {
    match statement {
        Statement::Query(_)
        | Statement::Insert(_)
        | Statement::Explain { .. }
        | Statement::CreateView { .. }
        | Statement::CreateTable(_) => Some(statement.clone()),
        Statement::Copy {
            source: CopySource::Query(q),
            ..
        } => Some(Statement::Query(q.clone())),
        Statement::Copy {
            source: CopySource::Table { table_name, .. },
            ..
        } => {
            let sql = format!("SELECT * FROM {table_name}");
            datafusion::sql::sqlparser::parser::Parser::parse_sql(
                &datafusion::sql::sqlparser::dialect::PostgreSqlDialect {},
                &sql,
            )
            .ok()?
            .into_iter()
            .next()
        }
        _ => None,
    }
}

impl FilesHook {
    async fn check_statement<C: ClientInfo + ?Sized>(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &C,
    ) -> Result<(), PgWireError> {
        check_named_paths(client, &self.policy, statement)?;
        // COPY t FROM STDIN writes into t, which may be a listing table.
        let writes = matches!(statement, Statement::Copy { to: false, .. });
        let Some(statement) = plannable(statement) else {
            return Ok(());
        };
        // A statement DataFusion cannot plan here fails when datafusion-postgres plans it.
        let plan = ctx
            .state()
            .statement_to_plan(DFStatement::Statement(Box::new(statement)))
            .await;
        let Ok(plan) = plan else {
            return Ok(());
        };
        let Some(conn) = ConnState::of(client) else {
            return Ok(());
        };
        for (access, location) in accesses(&plan) {
            let access = if writes { Access::Write } else { access };
            self.policy
                .check(&conn.user, conn.read_only, access, &location)?;
        }
        Ok(())
    }
}

#[async_trait]
impl QueryHook for FilesHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        // Queries are checked on the plan that runs them (rows), not planned twice.
        if matches!(statement, Statement::Query(_)) {
            return check_named_paths(&*client, &self.policy, statement)
                .err()
                .map(Err);
        }
        self.check_statement(statement, ctx, &*client)
            .await
            .err()
            .map(Err)
    }

    async fn handle_extended_parse_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        check_named_paths(client, &self.policy, statement)
            .err()
            .map(Err)
    }

    async fn handle_extended_query(
        &self,
        statement: &Statement,
        plan: &LogicalPlan,
        _params: &ParamValues,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        // COPY's plan at Parse is a placeholder (see `copy`): plan what it reads or writes.
        if matches!(statement, Statement::Copy { .. }) {
            return self
                .check_statement(statement, ctx, &*client)
                .await
                .err()
                .map(Err);
        }
        self.policy.check_plan(&*client, plan).err().map(Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion_postgres::datafusion_pg_catalog::sql::PostgresCompatibilityParser;

    fn named(sql: &str) -> Vec<String> {
        let s = &PostgresCompatibilityParser::new().parse(sql).unwrap()[0];
        let mut out = vec![];
        let _ = visit_relations(s, |n: &ObjectName| {
            out.extend(path_like(n));
            ControlFlow::<()>::Continue(())
        });
        out
    }

    #[test]
    fn relations_named_like_paths_are_found() {
        assert_eq!(named(r#"SELECT * FROM "/etc/passwd""#), ["/etc/passwd"]);
        assert_eq!(
            named(r#"SELECT * FROM t JOIN "data.csv" ON true"#),
            ["data.csv"]
        );
        assert_eq!(
            named(r#"SELECT * FROM (SELECT * FROM "s3://b/k.parquet") x"#),
            ["s3://b/k.parquet"]
        );
        assert!(named("SELECT * FROM public.t").is_empty());
    }

    #[test]
    fn copy_of_a_table_plans_as_a_select() {
        let s = &PostgresCompatibilityParser::new()
            .parse(r#"COPY "/tmp/x.csv" TO STDOUT"#)
            .unwrap()[0];
        assert_eq!(
            plannable(s).unwrap().to_string(),
            r#"SELECT * FROM "/tmp/x.csv""#
        );
    }
}
