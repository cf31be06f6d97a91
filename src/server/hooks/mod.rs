//! privsql's query hooks over datafusion-postgres, one per file. Each sees a parsed statement
//! before datafusion-postgres plans it and may answer it, refuse it, or let it pass.

pub mod copy;
pub mod copy_from;
pub mod describe;
pub mod metrics;
pub mod persist;
pub mod read_only;
pub mod rename;
pub mod text_rows;

use std::sync::Arc;

use datafusion::common::DFSchema;
use datafusion::logical_expr::{EmptyRelation, LogicalPlan};
use datafusion_postgres::hooks::cursor::CursorStatementHook;
use datafusion_postgres::hooks::set_show::SetShowHook;
use datafusion_postgres::hooks::transactions::TransactionStatementHook;
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::QueryHook;

use super::conn::{ConnState, Shared};

/// The hooks in the order they run: refusals first, then privsql's statements, then
/// datafusion-postgres's own (cursors, SET/SHOW), then the encoding of plain query results.
pub fn all(shared: &Arc<Shared>) -> Vec<Arc<dyn QueryHook>> {
    vec![
        Arc::new(read_only::ReadOnlyHook),
        Arc::new(TransactionStatementHook),
        Arc::new(metrics::MetricsHook {
            metrics: shared.metrics.clone(),
        }),
        Arc::new(copy::CopyHook {
            metrics: shared.metrics.clone(),
            ctx: shared.ctx.clone(),
        }),
        Arc::new(describe::PsqlDescribeFunctionsHook),
        Arc::new(rename::RenameHook {
            store: shared.store.clone(),
        }),
        Arc::new(persist::PersistHook {
            store: shared.store.clone(),
        }),
        Arc::new(CursorStatementHook),
        Arc::new(SetShowHook),
        Arc::new(text_rows::TextRowsHook),
    ]
}

/// The connection state of `client`, set at authentication.
pub(crate) fn conn_of<C: ClientInfo + ?Sized>(client: &C) -> Option<Arc<ConnState>> {
    client
        .session_extensions()
        .get::<Arc<ConnState>>()
        .map(|c| Arc::clone(&*c))
}

/// A plan with no columns, for statements a hook answers itself at Execute time.
pub(crate) fn no_columns_plan() -> LogicalPlan {
    LogicalPlan::EmptyRelation(EmptyRelation {
        produce_one_row: false,
        schema: Arc::new(DFSchema::empty()),
    })
}
