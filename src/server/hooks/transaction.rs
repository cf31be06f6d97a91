//! BEGIN, COMMIT and ROLLBACK for the catalog: opens the connection's [`Pending`] block, records
//! its catalog changes at COMMIT and undoes them at ROLLBACK, and refuses statements in a block a
//! failed statement aborted (25P02, as PostgreSQL). datafusion-postgres's transaction hook, after
//! this one, answers the statements themselves (`BEGIN`, `COMMIT`/`ROLLBACK` tags).
//!
//! [`Pending`]: crate::server::txn::Pending

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::Statement;
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::Response;
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};
use datafusion_postgres::QueryHook;

use crate::server::catalog_store::CatalogStore;
use crate::server::conn::ConnState;
use crate::server::error::error;

/// The error of a statement sent to an aborted transaction block.
pub fn aborted() -> PgWireError {
    error(
        "25P02",
        "current transaction is aborted, commands ignored until end of transaction block",
    )
}

/// Applies the catalog side of transaction statements.
pub struct TransactionHook {
    pub store: Arc<CatalogStore>,
}

impl TransactionHook {
    fn run(
        &self,
        statement: &Statement,
        client: &dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        let conn = ConnState::of(client)?;
        match statement {
            Statement::StartTransaction { .. } if conn.txn.is_aborted() => Some(Err(aborted())),
            Statement::StartTransaction { .. } => {
                conn.txn.begin();
                None
            }
            Statement::Commit { .. } => match conn.txn.commit(&self.store) {
                Ok(()) => None,
                Err(e) => Some(Err(error(
                    "58030",
                    format!(
                        "COMMIT: the catalog changes could not be recorded in the data dir: {e}"
                    ),
                ))),
            },
            Statement::Rollback { .. } => {
                conn.txn.rollback();
                None
            }
            _ if conn.txn.is_aborted() => Some(Err(aborted())),
            _ => None,
        }
    }
}

#[async_trait]
impl QueryHook for TransactionHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        self.run(statement, &*client)
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
        statement: &Statement,
        _plan: &LogicalPlan,
        _params: &ParamValues,
        _ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        self.run(statement, &*client)
    }
}
