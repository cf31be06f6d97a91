//! Runs the statements that define tables, views and schemas, and records them in the
//! [`CatalogStore`] once they succeed, so they are restored at the next start.
//! `CREATE EXTERNAL TABLE` in DataFusion's own syntax (with `OPTIONS`, `PARTITIONED BY`, ...) is
//! parsed by DataFusion's parser in [`crate::server::handler`], which records it the same way.

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::{ObjectType, SchemaName, Statement};
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::{Response, Tag};
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};
use datafusion_postgres::QueryHook;

use crate::server::limits::error;
use crate::server::persist::{CatalogStore, ObjectKind};

/// What a catalog statement changes.
pub enum CatalogChange {
    Create {
        kind: ObjectKind,
        name: String,
        tag: &'static str,
    },
    Drop {
        kind: ObjectKind,
        names: Vec<String>,
        tag: &'static str,
    },
}

impl CatalogChange {
    /// The change `statement` makes, if it is one that is recorded.
    pub fn of(statement: &Statement, store: &CatalogStore) -> Option<Self> {
        match statement {
            Statement::CreateView(v) if !v.materialized => Some(Self::Create {
                kind: ObjectKind::Relation,
                name: store.relation_name(&v.name.to_string()),
                tag: "CREATE VIEW",
            }),
            Statement::CreateTable(t) if t.external => Some(Self::Create {
                kind: ObjectKind::Relation,
                name: store.relation_name(&t.name.to_string()),
                tag: "CREATE TABLE",
            }),
            Statement::CreateSchema {
                schema_name: SchemaName::Simple(n),
                ..
            } => Some(Self::Create {
                kind: ObjectKind::Schema,
                name: store.schema_name(&n.to_string()),
                tag: "CREATE SCHEMA",
            }),
            Statement::Drop {
                object_type, names, ..
            } => {
                let (kind, tag) = match object_type {
                    ObjectType::Table => (ObjectKind::Relation, "DROP TABLE"),
                    ObjectType::View => (ObjectKind::Relation, "DROP VIEW"),
                    ObjectType::Schema => (ObjectKind::Schema, "DROP SCHEMA"),
                    _ => return None,
                };
                let names = names
                    .iter()
                    .map(|n| match kind {
                        ObjectKind::Relation => store.relation_name(&n.to_string()),
                        ObjectKind::Schema => store.schema_name(&n.to_string()),
                    })
                    .collect();
                Some(Self::Drop { kind, names, tag })
            }
            _ => None,
        }
    }

    /// Record the change, after the statement `sql` succeeded.
    pub fn record(self, store: &CatalogStore, sql: &str) -> PgWireResult<Tag> {
        let (result, tag) = match self {
            CatalogChange::Create { kind, name, tag } => {
                (store.record_create(kind, name, sql), tag)
            }
            CatalogChange::Drop { kind, names, tag } => (
                names.iter().try_for_each(|n| store.record_drop(kind, n)),
                tag,
            ),
        };
        result.map_err(|e| {
            error(
                "58030",
                format!("the statement succeeded but could not be recorded in the data dir: {e}"),
            )
        })?;
        Ok(Tag::new(tag))
    }
}

/// Executes and records catalog statements.
pub struct PersistHook {
    pub store: Arc<CatalogStore>,
}

fn api_err(e: datafusion::error::DataFusionError) -> PgWireError {
    PgWireError::ApiError(Box::new(e))
}

impl PersistHook {
    async fn run(
        &self,
        statement: &Statement,
        plan: Option<&LogicalPlan>,
        ctx: &SessionContext,
    ) -> Option<PgWireResult<Response>> {
        let change = CatalogChange::of(statement, &self.store)?;
        let sql = statement.to_string();
        let result = async {
            let df = match plan {
                Some(plan) => ctx.execute_logical_plan(plan.clone()).await,
                None => ctx.sql(&sql).await,
            }
            .map_err(api_err)?;
            df.collect().await.map_err(api_err)?;
            let tag = change.record(&self.store, &sql)?;
            Ok(Response::Execution(tag))
        }
        .await;
        Some(result)
    }
}

#[async_trait]
impl QueryHook for PersistHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        _client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        self.run(statement, None, ctx).await
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
        plan: &LogicalPlan,
        _params: &ParamValues,
        ctx: &SessionContext,
        _client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        self.run(statement, Some(plan), ctx).await
    }
}
