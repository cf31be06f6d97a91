//! COPY over the wire, in PostgreSQL's text and CSV formats: `COPY ... TO STDOUT` for bulk export
//! (psql's `\copy ... to`, psycopg's `cursor.copy`) and `COPY table FROM STDIN` for bulk import.
//!
//! - [`format`]: the statement's options and the encoding of rows;
//! - [`to_stdout`]: the rows of a query or table, streamed as CopyData;
//! - [`from_stdin`]: the CopyData a client sends, parsed and inserted at CopyDone; the COPY in
//!   progress is kept in the connection's session extensions, by that module alone;
//! - this file: the hook that answers both statements.
//!
//! `COPY ... TO 'file'` is DataFusion's own statement and runs as such.

pub mod format;
pub mod from_stdin;
pub mod to_stdout;

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::{CopySource, CopyTarget, Statement};
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::Response;
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::QueryHook;

use crate::server::error::error;
use crate::server::metrics::Metrics;
use crate::server::plans::no_columns_plan;
use format::CopyFormat;

/// Answers `COPY ... TO STDOUT` and `COPY table FROM STDIN`.
pub struct CopyHook {
    pub metrics: Arc<Metrics>,
    /// The shared session, which COPY FROM keeps until CopyDone.
    pub ctx: Arc<SessionContext>,
}

fn is_ours(statement: &Statement) -> bool {
    matches!(
        statement,
        Statement::Copy {
            target: CopyTarget::Stdout | CopyTarget::Stdin,
            ..
        }
    )
}

impl CopyHook {
    async fn run(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &dyn HookClient,
    ) -> PgWireResult<Response> {
        let Statement::Copy {
            source,
            to,
            options,
            legacy_options,
            ..
        } = statement
        else {
            return Err(error("XX000", "not a COPY statement"));
        };
        let format = CopyFormat::from_options(options, legacy_options)?;
        if *to {
            return to_stdout::copy_out(source, format, ctx, client, self.metrics.clone()).await;
        }
        let CopySource::Table {
            table_name,
            columns,
        } = source
        else {
            return Err(error(
                "42601",
                "COPY (query) FROM STDIN: COPY FROM needs a table",
            ));
        };
        let columns: Vec<String> = columns.iter().map(|c| c.value.clone()).collect();
        from_stdin::CopyIn::start(self.ctx.clone(), &table_name.to_string(), &columns, format)
            .await?
            .begin(client)
    }
}

#[async_trait]
impl QueryHook for CopyHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        if !is_ours(statement) {
            return None;
        }
        Some(self.run(statement, ctx, &*client).await)
    }

    async fn handle_extended_parse_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        _client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        is_ours(statement).then(|| Ok(no_columns_plan()))
    }

    async fn handle_extended_query(
        &self,
        statement: &Statement,
        _plan: &LogicalPlan,
        _params: &ParamValues,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        if !is_ours(statement) {
            return None;
        }
        Some(self.run(statement, ctx, &*client).await)
    }
}
