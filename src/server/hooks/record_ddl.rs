//! Runs the statements that define tables, views and schemas, and records them in the
//! [`CatalogStore`] once they succeed, so they are restored at the next start.
//!
//! `CREATE TABLE name (columns)` and `CREATE TABLE name AS query` (what dbt's `table`
//! materialisation sends) are stored as Parquet in a directory of their own under
//! `<data dir>/tables/` and registered as an external table over it: they survive a restart,
//! accept `INSERT` and `COPY FROM STDIN` (each adds a file), and `DROP` deletes the directory.
//! `CREATE EXTERNAL TABLE` in DataFusion's own syntax (with `OPTIONS`, `PARTITIONED BY`, ...) is
//! parsed by DataFusion's parser in [`crate::server::handler`], which records it the same way.

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::common::ParamValues;
use datafusion::common::{ResolvedTableReference, TableReference};
use datafusion::dataframe::DataFrameWriteOptions;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::SessionContext;
use datafusion::sql::parser::Statement as DFStatement;
use datafusion::sql::sqlparser::ast::{CreateTable, ObjectType, SchemaName, Statement};
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::{Response, Tag};
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::QueryHook;

use crate::server::catalog_store::{CatalogStore, ObjectKind};
use crate::server::conn::ConnState;
use crate::server::error::{api, error};
use crate::server::plans::count_rows;
use crate::server::temp;
use crate::server::txn::Snapshot;

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

    /// What the names this change touches mean now: taken before the statement runs, put back
    /// if its transaction block rolls back.
    pub async fn snapshot(&self, ctx: &SessionContext) -> Snapshot {
        match self {
            CatalogChange::Create {
                kind: ObjectKind::Relation,
                name,
                ..
            } => Snapshot::take(ctx, std::slice::from_ref(name), &[]).await,
            CatalogChange::Create { name, .. } => {
                Snapshot::take(ctx, &[], std::slice::from_ref(name)).await
            }
            CatalogChange::Drop {
                kind: ObjectKind::Relation,
                names,
                ..
            } => Snapshot::take(ctx, names, &[]).await,
            CatalogChange::Drop { names, .. } => Snapshot::take(ctx, &[], names).await,
        }
    }

    /// Record the change, after the statement `sql` succeeded: now, or at COMMIT when `conn` is
    /// in a transaction block (`snapshot` undoes it at ROLLBACK).
    pub fn record(
        self,
        store: &CatalogStore,
        sql: &str,
        conn: Option<&ConnState>,
        snapshot: Snapshot,
    ) -> PgWireResult<Tag> {
        let sql = sql.to_owned();
        let (record, tag): (Box<dyn FnOnce(&CatalogStore) -> _ + Send>, _) = match self {
            CatalogChange::Create { kind, name, tag } => (
                Box::new(move |store: &CatalogStore| store.record_create(kind, name, &sql)),
                tag,
            ),
            CatalogChange::Drop { kind, names, tag } => (
                Box::new(move |store: &CatalogStore| {
                    names.iter().try_for_each(|n| store.record_drop(kind, n))
                }),
                tag,
            ),
        };
        let result = match conn {
            Some(conn) => conn.txn.record(store, snapshot, record),
            None => record(store),
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
pub struct RecordDdlHook {
    pub store: Arc<CatalogStore>,
}

/// `"catalog"."schema"."table"`.
fn quoted(r: &ResolvedTableReference) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    format!("{}.{}.{}", q(&r.catalog), q(&r.schema), q(&r.table))
}

/// A directory name for `r` that no other table uses.
fn table_dir_name(r: &ResolvedTableReference) -> String {
    let clean: String = format!("{}.{}.{}", r.catalog, r.schema, r.table)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{clean}-{nanos:x}")
}

impl RecordDdlHook {
    /// `CREATE TABLE` (not temporary, not external): stored as Parquet under the data dir.
    async fn materialise(
        &self,
        t: &CreateTable,
        ctx: &SessionContext,
        conn: Option<&ConnState>,
    ) -> PgWireResult<Response> {
        let opts = ctx.copied_config();
        let c = &opts.options().catalog;
        let name = TableReference::parse_str(&t.name.to_string())
            .resolve(&c.default_catalog, &c.default_schema);
        let tag = |rows: Option<usize>| {
            let tag = Tag::new(if t.query.is_some() {
                "SELECT"
            } else {
                "CREATE TABLE"
            });
            Response::Execution(match rows {
                Some(n) => tag.with_rows(n),
                None => tag,
            })
        };
        if ctx.table_exist(name.clone()).map_err(api)? {
            if t.if_not_exists {
                return Ok(tag(Some(0)));
            }
            if !t.or_replace {
                return Err(error(
                    "42P07",
                    format!("relation \"{name}\" already exists"),
                ));
            }
        }
        if t.query.is_some() && !t.columns.is_empty() {
            return Err(error(
                "0A000",
                "CREATE TABLE name (columns) AS query is not supported; name the columns in the query",
            ));
        }
        let dir = self.store.tables_dir().join(table_dir_name(&name));
        std::fs::create_dir_all(&dir).map_err(|e| {
            error(
                "58030",
                format!("cannot create the table's directory in the data dir: {e}"),
            )
        })?;
        let location = format!("{}/", dir.display());
        let snapshot = Snapshot::take(ctx, &[name.to_string()], &[])
            .await
            .with_dir(dir.clone());
        let result = async {
            let mut rows = None;
            let columns = if let Some(query) = &t.query {
                let plan = ctx
                    .state()
                    .statement_to_plan(DFStatement::Statement(Box::new(Statement::Query(
                        query.clone(),
                    ))))
                    .await
                    .map_err(api)?;
                let df = ctx.execute_logical_plan(plan).await.map_err(api)?;
                let written = df
                    .write_parquet(&location, DataFrameWriteOptions::new(), None)
                    .await
                    .map_err(api)?;
                rows = Some(count_rows(&written));
                String::new()
            } else {
                let cols: Vec<String> = t.columns.iter().map(|c| c.to_string()).collect();
                format!("({}) ", cols.join(", "))
            };
            let sql = format!(
                "CREATE EXTERNAL TABLE {} {columns}STORED AS PARQUET LOCATION '{}'",
                quoted(&name),
                location.replace('\'', "''")
            );
            if ctx.table_exist(name.clone()).map_err(api)? {
                // OR REPLACE: the old table goes, with its files when the server made them.
                ctx.deregister_table(name.clone()).map_err(api)?;
                CatalogChange::Drop {
                    kind: ObjectKind::Relation,
                    names: vec![name.to_string()],
                    tag: "DROP TABLE",
                }
                .record(&self.store, "", conn, Snapshot::default())?;
            }
            ctx.sql(&sql)
                .await
                .map_err(api)?
                .collect()
                .await
                .map_err(api)?;
            CatalogChange::Create {
                kind: ObjectKind::Relation,
                name: name.to_string(),
                tag: "CREATE TABLE",
            }
            .record(&self.store, &sql, conn, snapshot)?;
            Ok(tag(rows))
        }
        .await;
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&dir);
        }
        result
    }

    async fn run(
        &self,
        statement: &Statement,
        plan: Option<&LogicalPlan>,
        ctx: &SessionContext,
        client: &dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        let conn = ConnState::of(client);
        if let Some(create) = temp::as_pg_temp(statement) {
            return Some(self.create_temporary(create, ctx, conn.as_deref()).await);
        }
        if let Statement::Drop {
            object_type: ObjectType::Table,
            names,
            ..
        } = statement
        {
            let catalogs = ctx.state_ref().read().catalog_list().clone();
            if !names.is_empty() && names.iter().all(|n| temp::is_temporary(&catalogs, n)) {
                // The connection's own tables: dropped, never recorded, back at ROLLBACK.
                let taken: Vec<String> = names.iter().filter_map(temp::snapshot_name).collect();
                let snapshot = Snapshot::take(ctx, &taken, &[]).await;
                let result = temp::drop_tables(&catalogs, names).map_err(api);
                return Some(result.and_then(|_| {
                    self.undo_at_rollback(conn.as_deref(), snapshot)?;
                    Ok(Response::Execution(Tag::new("DROP TABLE")))
                }));
            }
        }
        if let Statement::CreateTable(t) = statement {
            if !t.external && !t.temporary {
                return Some(self.materialise(t, ctx, conn.as_deref()).await);
            }
        }
        let change = CatalogChange::of(statement, &self.store)?;
        let sql = statement.to_string();
        let snapshot = change.snapshot(ctx).await;
        let result = async {
            let df = match plan {
                Some(plan) => ctx.execute_logical_plan(plan.clone()).await,
                None => ctx.sql(&sql).await,
            }
            .map_err(api)?;
            df.collect().await.map_err(api)?;
            let tag = change.record(&self.store, &sql, conn.as_deref(), snapshot)?;
            Ok(Response::Execution(tag))
        }
        .await;
        Some(result)
    }
}

impl RecordDdlHook {
    /// A change to the connection's temporary tables: nothing to record, but inside a
    /// transaction block `snapshot` puts the names back at ROLLBACK.
    fn undo_at_rollback(&self, conn: Option<&ConnState>, snapshot: Snapshot) -> PgWireResult<()> {
        if let Some(conn) = conn {
            conn.txn
                .record(&self.store, snapshot, |_| Ok(()))
                .map_err(|e| error("58030", e.to_string()))?;
        }
        Ok(())
    }

    /// Run `CREATE TEMPORARY TABLE` as [`temp::as_pg_temp`] rewrote it (`create`), into the
    /// connection's temporary schema; nothing is recorded.
    async fn create_temporary(
        &self,
        create: Result<Statement, String>,
        ctx: &SessionContext,
        conn: Option<&ConnState>,
    ) -> PgWireResult<Response> {
        let create = create.map_err(|e| error("42P16", e))?;
        let Statement::CreateTable(t) = &create else {
            return Err(error("XX000", "CREATE TEMPORARY TABLE expected"));
        };
        let table = t.name.0.last().and_then(|p| p.as_ident());
        let name = TableReference::partial(
            temp::TEMP_SCHEMA,
            table.map(|i| i.value.clone()).unwrap_or_default(),
        );
        let taken: Vec<String> = temp::snapshot_name(&t.name).into_iter().collect();
        let snapshot = Snapshot::take(ctx, &taken, &[]).await;
        let as_query = t.query.is_some();
        let df = ctx.sql(&create.to_string()).await.map_err(api)?;
        df.collect().await.map_err(api)?;
        self.undo_at_rollback(conn, snapshot)?;
        if !as_query {
            return Ok(Response::Execution(Tag::new("CREATE TABLE")));
        }
        let rows = ctx
            .table(name)
            .await
            .map_err(api)?
            .count()
            .await
            .map_err(api)?;
        Ok(Response::Execution(Tag::new("SELECT").with_rows(rows)))
    }
}

#[async_trait]
impl QueryHook for RecordDdlHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        self.run(statement, None, ctx, &*client).await
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
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        self.run(statement, Some(plan), ctx, &*client).await
    }
}
