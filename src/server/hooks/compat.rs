//! Plans the metadata queries of PostgreSQL drivers that DataFusion refuses as written, after
//! [`crate::server::pg_compat::rewrite`]; every other statement passes untouched.

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::parser::Statement as DFStatement;
use datafusion::sql::sqlparser::ast::Statement;
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::Response;
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::QueryHook;

use super::rows::RowsHook;
use crate::server::error::api;
use crate::server::pg_compat::rewrite::rewrite;

/// Rewrites driver queries DataFusion cannot plan as written.
#[derive(Debug)]
pub struct CompatRewriteHook {
    /// Plans, checks and encodes a rewritten simple-protocol query.
    pub rows: RowsHook,
}

#[async_trait]
impl QueryHook for CompatRewriteHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        let rewritten = rewrite(statement)?;
        self.rows.handle_simple_query(&rewritten, ctx, client).await
    }

    async fn handle_extended_parse_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        _client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        let rewritten = rewrite(statement)?;
        Some(
            ctx.state()
                .statement_to_plan(DFStatement::Statement(Box::new(rewritten)))
                .await
                .map_err(api),
        )
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
