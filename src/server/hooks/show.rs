//! `SHOW datafusion.*` (any of the session's DataFusion options): the value this connection's
//! session has, as PostgreSQL's `SHOW name` answers one row in a column named after the setting.
//! datafusion-postgres's SET/SHOW hook, after this one, knows only the PostgreSQL parameters it
//! keeps per client and answers an empty `unsupported_show_statement` for the rest.

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::Statement;
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::{
    DataRowEncoder, FieldFormat, FieldInfo, QueryResponse, Response,
};
use datafusion_postgres::pgwire::api::{ClientInfo, Type};
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::QueryHook;

/// Answers `SHOW` of a DataFusion option from the connection's own session.
#[derive(Debug)]
pub struct ShowOptionHook;

/// The value of option `name` (as written, case-insensitive) in `ctx`, if it is one; an unset
/// option (no default) shows as the empty string.
fn option_value(statement: &Statement, ctx: &SessionContext) -> Option<(String, String)> {
    let Statement::ShowVariable { variable } = statement else {
        return None;
    };
    let name = variable
        .iter()
        .map(|i| i.value.to_lowercase())
        .collect::<Vec<_>>()
        .join(".");
    if !name.starts_with("datafusion.") {
        return None;
    }
    let entry = ctx
        .copied_config()
        .options()
        .entries()
        .into_iter()
        .find(|e| e.key == name)?;
    Some((name, entry.value.unwrap_or_default()))
}

fn respond(name: String, value: &str) -> PgWireResult<Response> {
    let fields = Arc::new(vec![FieldInfo::new(
        name,
        None,
        None,
        Type::TEXT,
        FieldFormat::Text,
    )]);
    let mut encoder = DataRowEncoder::new(fields.clone());
    encoder.encode_field(&Some(value))?;
    let row = encoder.take_row();
    Ok(Response::Query(QueryResponse::new(
        fields,
        futures::stream::iter([Ok(row)]),
    )))
}

#[async_trait]
impl QueryHook for ShowOptionHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        _client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        let (name, value) = option_value(statement, ctx)?;
        Some(respond(name, &value))
    }

    async fn handle_extended_parse_query(
        &self,
        _statement: &Statement,
        _ctx: &SessionContext,
        _client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        // datafusion-postgres's SET/SHOW hook describes SHOW as one text column.
        None
    }

    async fn handle_extended_query(
        &self,
        statement: &Statement,
        _plan: &LogicalPlan,
        _params: &ParamValues,
        ctx: &SessionContext,
        _client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        let (name, value) = option_value(statement, ctx)?;
        Some(respond(name, &value))
    }
}
