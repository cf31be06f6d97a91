//! Temporary tables, as PostgreSQL has them: `CREATE TEMPORARY TABLE t AS ...` makes a table
//! that only its connection sees, in schema `pg_temp`, found before `public`'s tables by
//! unqualified names (PostgreSQL searches the session's temporary schema first), and gone when
//! the connection ends.
//!
//! Each connection's session sees the shared catalog list through a [`TempCatalogs`] overlay
//! that adds the connection's own `pg_temp` schema (an in-memory schema) to every catalog. The
//! tables live in memory and are never recorded in the data dir; DataFusion refuses `CREATE
//! TEMPORARY TABLE`, so [`as_pg_temp`] turns the statement into a `CREATE TABLE pg_temp.name`.

use std::borrow::Cow;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::{
    CatalogProvider, CatalogProviderList, MemorySchemaProvider, SchemaProvider, Session,
    TableProvider,
};
use datafusion::common::{Constraints, Result, Statistics};
use datafusion::datasource::TableType;
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::{Expr, LogicalPlan, TableProviderFilterPushDown};
use datafusion::physical_plan::ExecutionPlan;
use datafusion::sql::sqlparser::ast::{Ident, ObjectName, ObjectNamePart, Statement};

/// The schema a connection's temporary tables are in.
pub const TEMP_SCHEMA: &str = "pg_temp";

/// A connection's view of the shared catalog list: each catalog with the connection's
/// temporary schema added.
#[derive(Debug)]
pub struct TempCatalogs {
    inner: Arc<dyn CatalogProviderList>,
    /// The schema unqualified names resolve in (`public`): temporary tables shadow its tables.
    default_schema: String,
    temp: Arc<TempSchema>,
}

impl TempCatalogs {
    /// An overlay over `inner` with an empty temporary schema.
    pub fn new(inner: Arc<dyn CatalogProviderList>, default_schema: &str) -> Self {
        Self {
            inner,
            default_schema: default_schema.to_owned(),
            temp: Arc::new(TempSchema::default()),
        }
    }
}

impl CatalogProviderList for TempCatalogs {
    fn register_catalog(
        &self,
        name: String,
        catalog: Arc<dyn CatalogProvider>,
    ) -> Option<Arc<dyn CatalogProvider>> {
        self.inner.register_catalog(name, catalog)
    }

    fn catalog_names(&self) -> Vec<String> {
        self.inner.catalog_names()
    }

    fn catalog(&self, name: &str) -> Option<Arc<dyn CatalogProvider>> {
        let inner = self.inner.catalog(name)?;
        Some(Arc::new(TempCatalog {
            inner,
            default_schema: self.default_schema.clone(),
            temp: self.temp.clone(),
        }))
    }
}

/// A catalog with the connection's temporary schema.
#[derive(Debug)]
struct TempCatalog {
    inner: Arc<dyn CatalogProvider>,
    default_schema: String,
    temp: Arc<TempSchema>,
}

impl CatalogProvider for TempCatalog {
    /// `pg_temp` is listed once the connection has a temporary table, as PostgreSQL lists its
    /// temporary schema once it is made.
    fn schema_names(&self) -> Vec<String> {
        let mut names = self.inner.schema_names();
        if !self.temp.table_names().is_empty() {
            names.push(TEMP_SCHEMA.to_owned());
        }
        names
    }

    fn schema(&self, name: &str) -> Option<Arc<dyn SchemaProvider>> {
        if name == TEMP_SCHEMA {
            return Some(self.temp.clone());
        }
        let inner = self.inner.schema(name)?;
        if name != self.default_schema {
            return Some(inner);
        }
        Some(Arc::new(SearchTempFirst {
            inner,
            temp: self.temp.clone(),
        }))
    }

    fn register_schema(
        &self,
        name: &str,
        schema: Arc<dyn SchemaProvider>,
    ) -> Result<Option<Arc<dyn SchemaProvider>>> {
        self.inner.register_schema(name, schema)
    }

    fn deregister_schema(
        &self,
        name: &str,
        cascade: bool,
    ) -> Result<Option<Arc<dyn SchemaProvider>>> {
        self.inner.deregister_schema(name, cascade)
    }
}

/// The connection's temporary schema: in memory, its tables [`TempTable`]s.
#[derive(Debug, Default)]
struct TempSchema {
    tables: MemorySchemaProvider,
}

#[async_trait]
impl SchemaProvider for TempSchema {
    fn table_names(&self) -> Vec<String> {
        self.tables.table_names()
    }

    async fn table(&self, name: &str) -> Result<Option<Arc<dyn TableProvider>>> {
        self.tables.table(name).await
    }

    fn register_table(
        &self,
        name: String,
        table: Arc<dyn TableProvider>,
    ) -> Result<Option<Arc<dyn TableProvider>>> {
        // A table put back by ROLLBACK is a TempTable already.
        let table = if table.is::<TempTable>() {
            table
        } else {
            Arc::new(TempTable(table))
        };
        self.tables.register_table(name, table)
    }

    fn deregister_table(&self, name: &str) -> Result<Option<Arc<dyn TableProvider>>> {
        self.tables.deregister_table(name)
    }

    fn table_exist(&self, name: &str) -> bool {
        self.tables.table_exist(name)
    }
}

/// The default schema as unqualified names see it: the connection's temporary tables first.
/// Lists only its own tables (the temporary ones are listed under `pg_temp`); new tables go to
/// it, and only its own are dropped.
#[derive(Debug)]
struct SearchTempFirst {
    inner: Arc<dyn SchemaProvider>,
    temp: Arc<TempSchema>,
}

#[async_trait]
impl SchemaProvider for SearchTempFirst {
    fn owner_name(&self) -> Option<&str> {
        self.inner.owner_name()
    }

    fn table_names(&self) -> Vec<String> {
        self.inner.table_names()
    }

    async fn table(&self, name: &str) -> Result<Option<Arc<dyn TableProvider>>> {
        match self.temp.table(name).await? {
            Some(t) => Ok(Some(t)),
            None => self.inner.table(name).await,
        }
    }

    fn register_table(
        &self,
        name: String,
        table: Arc<dyn TableProvider>,
    ) -> Result<Option<Arc<dyn TableProvider>>> {
        self.inner.register_table(name, table)
    }

    /// Only the schema's own tables: a temporary one is dropped by its `pg_temp` name (the
    /// DDL hook turns an unqualified `DROP TABLE t` of a temporary `t` into that), so `DROP
    /// TABLE public.t` never drops a temporary `t`. While a temporary `t` shadows `public.t`,
    /// DataFusion's `DROP TABLE public.t` finds the temporary one first and refuses.
    fn deregister_table(&self, name: &str) -> Result<Option<Arc<dyn TableProvider>>> {
        self.inner.deregister_table(name)
    }

    fn table_exist(&self, name: &str) -> bool {
        self.temp.table_exist(name) || self.inner.table_exist(name)
    }
}

/// Whether `name` (as written in a statement) names one of `catalogs`' temporary tables:
/// `pg_temp.t`, or an unqualified `t` that is temporary.
pub fn is_temporary(catalogs: &Arc<dyn CatalogProviderList>, name: &ObjectName) -> bool {
    let Some(list) = catalogs.downcast_ref::<TempCatalogs>() else {
        return false;
    };
    let parts: Vec<&str> = name
        .0
        .iter()
        .filter_map(ObjectNamePart::as_ident)
        .map(|i| i.value.as_str())
        .collect();
    match parts.as_slice() {
        [table] => list.temp.table_exist(table),
        [.., schema, table] => *schema == TEMP_SCHEMA && list.temp.table_exist(table),
        [] => false,
    }
}

/// How [`crate::server::txn::Snapshot::take`] names the temporary table `name` (as written in a
/// statement, maybe qualified): `pg_temp.<its last part>`, quoted as written.
pub fn snapshot_name(name: &ObjectName) -> Option<String> {
    let table = name.0.last().and_then(ObjectNamePart::as_ident)?;
    Some(format!("{TEMP_SCHEMA}.{table}"))
}

/// Drop the temporary tables `names` (each [`is_temporary`]) of `catalogs`. DataFusion's `DROP
/// TABLE` drops base tables only, so the temporary schema drops them itself.
pub fn drop_tables(catalogs: &Arc<dyn CatalogProviderList>, names: &[ObjectName]) -> Result<()> {
    let Some(list) = catalogs.downcast_ref::<TempCatalogs>() else {
        return Ok(());
    };
    for name in names {
        if let Some(table) = name.0.last().and_then(ObjectNamePart::as_ident) {
            list.temp.deregister_table(&table.value)?;
        }
    }
    Ok(())
}

/// `CREATE TEMPORARY TABLE [pg_temp.]name ...` as the `CREATE TABLE pg_temp.name ...` that
/// DataFusion runs into the connection's temporary schema; `None` for other statements, and an
/// error for a temporary table named in another schema (PostgreSQL refuses it too).
pub fn as_pg_temp(statement: &Statement) -> Option<Result<Statement, String>> {
    let Statement::CreateTable(t) = statement else {
        return None;
    };
    if !t.temporary || t.external {
        return None;
    }
    let parts: Vec<Ident> = t
        .name
        .0
        .iter()
        .filter_map(|p| p.as_ident().cloned())
        .collect();
    let table = match parts.as_slice() {
        [table] => table.clone(),
        [schema, table] if schema.value == TEMP_SCHEMA => table.clone(),
        _ => {
            return Some(Err(format!(
                "cannot create temporary relation {} in a schema other than pg_temp",
                t.name
            )))
        }
    };
    let mut out = t.clone();
    out.temporary = false;
    out.name = ObjectName::from(vec![Ident::new(TEMP_SCHEMA), table]);
    Some(Ok(Statement::CreateTable(out)))
}

/// A table in the temporary schema: the table DataFusion made, reported as temporary
/// (`information_schema.tables` says `LOCAL TEMPORARY`).
#[derive(Debug)]
pub struct TempTable(pub Arc<dyn TableProvider>);

#[async_trait]
impl TableProvider for TempTable {
    fn schema(&self) -> SchemaRef {
        self.0.schema()
    }

    fn constraints(&self) -> Option<&Constraints> {
        self.0.constraints()
    }

    fn table_type(&self) -> TableType {
        TableType::Temporary
    }

    fn get_logical_plan(&'_ self) -> Option<Cow<'_, LogicalPlan>> {
        self.0.get_logical_plan()
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        self.0.scan(state, projection, filters, limit).await
    }

    fn supports_filters_pushdown(
        &self,
        filters: &[&Expr],
    ) -> Result<Vec<TableProviderFilterPushDown>> {
        self.0.supports_filters_pushdown(filters)
    }

    fn statistics(&self) -> Option<Statistics> {
        self.0.statistics()
    }

    async fn insert_into(
        &self,
        state: &dyn Session,
        input: Arc<dyn ExecutionPlan>,
        insert_op: InsertOp,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        self.0.insert_into(state, input, insert_op).await
    }

    async fn delete_from(
        &self,
        state: &dyn Session,
        filters: Vec<Expr>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        self.0.delete_from(state, filters).await
    }
}
