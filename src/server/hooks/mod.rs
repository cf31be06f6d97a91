//! privsql's query hooks over datafusion-postgres, one per file. Each sees a parsed statement
//! before datafusion-postgres plans it and may answer it, refuse it, or let it pass. COPY's hook
//! is [`crate::server::copy`]'s, with the rest of COPY.
//!
//! The hooks import only the layers below them (connection state, errors, the catalog store);
//! this file lists them and nothing imports it back.

pub mod compat;
pub mod describe;
pub mod files;
pub mod metrics;
pub mod read_only;
pub mod record_ddl;
pub mod rename;
pub mod rows;
pub mod show;
pub mod transaction;

use std::sync::Arc;

use datafusion::prelude::SessionContext;

use datafusion_postgres::hooks::cursor::CursorStatementHook;
use datafusion_postgres::hooks::set_show::SetShowHook;
use datafusion_postgres::hooks::transactions::TransactionStatementHook;
use datafusion_postgres::QueryHook;

use super::conn::Shared;
use super::copy::CopyHook;

/// The hooks in the order they run: refusals first, then privsql's statements, then
/// datafusion-postgres's own (cursors, SET/SHOW, with privsql's SHOW of DataFusion options just
/// before), then driver queries rewritten for DataFusion, then the encoding of plain query
/// results in either protocol. `ctx` is the connection's own session.
pub fn all(shared: &Arc<Shared>, ctx: &Arc<SessionContext>) -> Vec<Arc<dyn QueryHook>> {
    vec![
        Arc::new(read_only::ReadOnlyHook),
        Arc::new(files::FilesHook {
            policy: shared.files.clone(),
        }),
        Arc::new(transaction::TransactionHook {
            store: shared.store.clone(),
        }),
        Arc::new(TransactionStatementHook),
        Arc::new(metrics::MetricsHook {
            metrics: shared.metrics.clone(),
        }),
        Arc::new(CopyHook {
            metrics: shared.metrics.clone(),
            ctx: ctx.clone(),
        }),
        Arc::new(describe::PsqlDescribeFunctionsHook),
        Arc::new(rename::RenameHook {
            store: shared.store.clone(),
        }),
        Arc::new(record_ddl::RecordDdlHook {
            store: shared.store.clone(),
        }),
        Arc::new(CursorStatementHook),
        Arc::new(show::ShowOptionHook),
        Arc::new(SetShowHook),
        Arc::new(compat::CompatRewriteHook {
            rows: rows::RowsHook {
                files: shared.files.clone(),
            },
        }),
        Arc::new(rows::RowsHook {
            files: shared.files.clone(),
        }),
    ]
}
