//! psql's `\df [PATTERN]`: PostgreSQL lists functions from `pg_proc`, which knows only built-ins;
//! this hook answers psql's `\df` query from `privsql_functions()`, so psql users see privsql's
//! functions with their kind and syntax.

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::Statement;
use datafusion_postgres::arrow_pg::datatypes::df::encode_dataframe;
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::portal::Format;
use datafusion_postgres::pgwire::api::results::Response;
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::pgwire::types::format::FormatOptions;
use datafusion_postgres::QueryHook;

use crate::server::error::api;

/// Answers psql's `\df`.
#[derive(Debug)]
pub struct PsqlDescribeFunctionsHook;

/// The SQL that answers psql's `\df` query `sql`, if it is one.
pub fn rewrite(sql: &str) -> Option<String> {
    if !(sql.contains("pg_get_function_result(p.oid)") && sql.contains("pg_proc p")) {
        return None;
    }
    // `\df NAME` adds `p.proname OPERATOR(pg_catalog.~) '^(NAME)$'` (the parser may have
    // simplified the operator to `~`).
    let filter = sql
        .match_indices("p.proname")
        .find_map(|(i, _)| {
            let rest = &sql[i + "p.proname".len()..];
            let quote = rest.find('\'')?;
            if !rest[..quote].contains('~') || rest[..quote].len() > 40 {
                return None;
            }
            let pattern = &rest[quote + 1..];
            Some(pattern[..pattern.find('\'')?].to_owned())
        })
        .map(|pattern| format!("WHERE name ~ '{}'", pattern.replace('\'', "''")))
        .unwrap_or_default();
    Some(format!(
        "SELECT 'public' AS \"Schema\", name AS \"Name\", \
         CASE kind WHEN 'table' THEN 'SETOF record' ELSE '' END AS \"Result data type\", \
         COALESCE(syntax, '') AS \"Argument data types\", \
         CASE kind WHEN 'aggregate' THEN 'agg' WHEN 'window' THEN 'window' ELSE 'func' END AS \"Type\" \
         FROM privsql_functions() {filter} ORDER BY 1, 2, 4"
    ))
}

#[async_trait]
impl QueryHook for PsqlDescribeFunctionsHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        if !matches!(statement, Statement::Query(_)) {
            return None;
        }
        let sql = rewrite(&statement.to_string())?;
        let opts = Arc::new(FormatOptions::from_client_metadata(client.metadata()));
        let result = async {
            let df = ctx.sql(&sql).await.map_err(api)?;
            Ok(Response::Query(
                encode_dataframe(df, &Format::UnifiedText, Some(opts)).await?,
            ))
        }
        .await;
        Some(result)
    }

    async fn handle_extended_parse_query(
        &self,
        _statement: &Statement,
        _ctx: &SessionContext,
        _client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        None
    }

    async fn handle_extended_query(
        &self,
        _statement: &Statement,
        _plan: &LogicalPlan,
        _params: &ParamValues,
        _ctx: &SessionContext,
        _client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn recognises_psql_df_and_its_pattern() {
        let q = "SELECT n.nspname AS \"Schema\", p.proname AS \"Name\", pg_catalog.pg_get_function_result(p.oid) AS \"Result data type\" FROM pg_catalog.pg_proc p LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.proname OPERATOR(pg_catalog.~) '^(classify_intent)$' COLLATE pg_catalog.default";
        let r = rewrite(q).unwrap();
        assert!(r.contains("WHERE name ~ '^(classify_intent)$'"), "{r}");
        assert!(rewrite("SELECT * FROM pg_catalog.pg_proc").is_none());
    }
}
