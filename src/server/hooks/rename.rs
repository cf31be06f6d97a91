//! `ALTER TABLE name RENAME TO new_name`, which DataFusion does not plan and dbt-postgres sends to
//! swap a freshly built relation in (`x__dbt_tmp` to `x`, `x` to `x__dbt_backup`). The provider
//! (table, view or file-backed table) moves in the catalog under its new name, in the same schema
//! as in PostgreSQL, and the recorded definition follows it so a restart keeps the new name.

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::{ParamValues, ResolvedTableReference, TableReference};
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::{
    AlterTable, AlterTableOperation, ObjectName, RenameTableNameKind, Statement,
};
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::{Response, Tag};
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::QueryHook;

use crate::server::catalog_store::CatalogStore;
use crate::server::conn::ConnState;
use crate::server::error::{api, error};
use crate::server::plans::no_columns_plan;
use crate::server::txn::Snapshot;

/// Renames tables and views and records the new name.
pub struct RenameHook {
    pub store: Arc<CatalogStore>,
}

/// `(table, new name, IF EXISTS)` when `statement` is `ALTER TABLE ... RENAME TO ...`.
fn rename_of(statement: &Statement) -> Option<(&ObjectName, &ObjectName, bool)> {
    let Statement::AlterTable(AlterTable {
        name,
        if_exists,
        operations,
        ..
    }) = statement
    else {
        return None;
    };
    match operations.as_slice() {
        [AlterTableOperation::RenameTable {
            table_name: RenameTableNameKind::To(new) | RenameTableNameKind::As(new),
        }] => Some((name, new, *if_exists)),
        _ => None,
    }
}

fn resolve(ctx: &SessionContext, name: &ObjectName) -> ResolvedTableReference {
    let opts = ctx.copied_config();
    let c = &opts.options().catalog;
    TableReference::parse_str(&name.to_string()).resolve(&c.default_catalog, &c.default_schema)
}

/// Rename `from` to `to` in the catalog and in the store.
pub async fn rename(
    ctx: &SessionContext,
    store: &CatalogStore,
    from: &ObjectName,
    to: &ObjectName,
    if_exists: bool,
    conn: Option<&ConnState>,
) -> PgWireResult<Response> {
    let old = resolve(ctx, from);
    // PostgreSQL: the new name is a bare identifier and the relation stays in its schema.
    let new = match TableReference::parse_str(&to.to_string()) {
        TableReference::Bare { table } => ResolvedTableReference {
            catalog: old.catalog.clone(),
            schema: old.schema.clone(),
            table,
        },
        other => {
            let new = other.resolve(&old.catalog, &old.schema);
            if (&new.catalog, &new.schema) != (&old.catalog, &old.schema) {
                return Err(error(
                    "0A000",
                    format!(
                        "ALTER TABLE ... RENAME TO cannot move {old} to another schema ({new}); \
                         give the new name without a schema"
                    ),
                ));
            }
            new
        }
    };
    let tag = Tag::new("ALTER TABLE");
    let provider = match ctx.table_provider(old.clone()).await {
        Ok(p) => p,
        Err(_) if if_exists => return Ok(Response::Execution(tag)),
        Err(_) => return Err(error("42P01", format!("relation \"{old}\" does not exist"))),
    };
    if ctx.table_exist(new.clone()).unwrap_or(false) {
        return Err(error("42P07", format!("relation \"{new}\" already exists")));
    }
    let snapshot = Snapshot::take(ctx, &[old.to_string(), new.to_string()], &[]).await;
    ctx.deregister_table(old.clone()).map_err(api)?;
    if let Err(e) = ctx.register_table(new.clone(), provider.clone()) {
        // Put it back: a failed rename changes nothing.
        let _ = ctx.register_table(old.clone(), provider);
        return Err(api(e));
    }
    let (old, new, new_sql) = (old.to_string(), new.to_string(), quoted(&new));
    let record = move |store: &CatalogStore| store.record_rename(&old, &new, &new_sql);
    match conn {
        Some(conn) => conn.txn.record(store, snapshot, record),
        None => record(store),
    }
    .map_err(|e| {
        error(
            "58030",
            format!("the table was renamed but the data dir could not record it: {e}"),
        )
    })?;
    Ok(Response::Execution(tag))
}

/// `"catalog"."schema"."table"`, for the recorded SQL.
fn quoted(r: &ResolvedTableReference) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    format!("{}.{}.{}", q(&r.catalog), q(&r.schema), q(&r.table))
}

#[async_trait]
impl QueryHook for RenameHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        let (from, to, if_exists) = rename_of(statement)?;
        let conn = ConnState::of(&*client);
        Some(rename(ctx, &self.store, from, to, if_exists, conn.as_deref()).await)
    }

    async fn handle_extended_parse_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        _client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        rename_of(statement).map(|_| Ok(no_columns_plan()))
    }

    async fn handle_extended_query(
        &self,
        statement: &Statement,
        _plan: &LogicalPlan,
        _params: &ParamValues,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        let (from, to, if_exists) = rename_of(statement)?;
        let conn = ConnState::of(&*client);
        Some(rename(ctx, &self.store, from, to, if_exists, conn.as_deref()).await)
    }
}
