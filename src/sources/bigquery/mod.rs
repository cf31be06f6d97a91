//! Google BigQuery tables in privsql SQL: `CREATE EXTERNAL TABLE t STORED AS BIGQUERY LOCATION
//! 'bigquery://PROJECT/DATASET/TABLE'`, read through the Storage Read API and written by
//! `INSERT INTO`, and `bigquery_query('PROJECT', 'SELECT ...')` for what BigQuery itself should
//! compute.
//!
//! - The schema comes from BigQuery ([`schema`]); a declared column list is checked against it.
//! - A `SELECT` makes a read session when it is planned ([`exec`]): the projection becomes
//!   `selected_fields`, the filters that translate become its `row_restriction` ([`filter`]),
//!   each read stream a DataFusion partition read in parallel ([`read`]), with a `LIMIT` ending
//!   the streams early and a broken stream resumed at its offset.
//! - `INSERT INTO` goes through `tabledata.insertAll` ([`sink`]); rejected rows fail the
//!   statement with their index and reason.
//! - [`client`] holds the credentials, endpoints and retries; [`codec`] serialises the table,
//!   scan and sink in plans without any credential.
//!
//! Imports go one way: `options`, `schema`, `filter`, `geo`, `client`, then `read`, `exec`,
//! `sink`, `query`, with `codec` and this module on top.

pub mod client;
pub mod codec;
pub mod exec;
pub mod filter;
mod geo;
pub mod options;
pub mod query;
mod read;
pub mod schema;
pub mod sink;

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::{Session, TableProvider, TableProviderFactory};
use datafusion::common::{not_impl_err, plan_err, Result};
use datafusion::datasource::sink::DataSinkExec;
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::{CreateExternalTable, Expr, TableProviderFilterPushDown, TableType};
use datafusion::physical_plan::ExecutionPlan;
use datafusion::prelude::SessionContext;

use crate::config::BigQueryConfig;
use client::{describe, http_status, with_retries, Connector};
use exec::{BigQueryScanExec, PlannedSession};
pub use options::{BigQueryOptions, TableRef};
use sink::BigQuerySink;

/// `STORED AS BIGQUERY`.
#[derive(Debug)]
pub struct BigQueryTableFactory {
    connector: Arc<Connector>,
}

impl BigQueryTableFactory {
    pub fn new(config: BigQueryConfig) -> Self {
        Self { connector: Arc::new(Connector::new(Arc::new(config))) }
    }
}

/// Register the `BIGQUERY` table factory on `ctx`.
pub fn register(ctx: &SessionContext, config: &BigQueryConfig) {
    ctx.state_ref()
        .write()
        .table_factories_mut()
        .insert("BIGQUERY".to_string(), Arc::new(BigQueryTableFactory::new(config.clone())));
}

#[async_trait]
impl TableProviderFactory for BigQueryTableFactory {
    async fn create(&self, _state: &dyn Session, cmd: &CreateExternalTable) -> Result<Arc<dyn TableProvider>> {
        let location = match cmd.locations.as_slice() {
            [one] => one.as_str(),
            _ => return plan_err!("a BigQuery table takes one LOCATION 'bigquery://PROJECT/DATASET/TABLE'"),
        };
        if !cmd.table_partition_cols.is_empty() {
            return plan_err!("a BigQuery table has no PARTITIONED BY columns");
        }
        let opts: BTreeMap<String, String> = cmd.options.clone().into_iter().collect();
        let options = BigQueryOptions::parse(location, &opts)?;
        let actual = table_schema(&self.connector, &options.table).await?;
        let declared = cmd.schema.as_arrow();
        let schema = if declared.fields().is_empty() {
            actual
        } else {
            schema::check_declared(&options.table.to_string(), declared, &actual)?;
            // The declared columns, in the declared order, with BigQuery's own types.
            let fields: Vec<_> = declared
                .fields()
                .iter()
                .filter_map(|f| actual.field_with_name(f.name()).ok().cloned())
                .collect();
            Arc::new(datafusion::arrow::datatypes::Schema::new(fields))
        };
        Ok(Arc::new(BigQueryTable { options: Arc::new(options), connector: Arc::clone(&self.connector), schema }))
    }
}

/// The Arrow schema of a BigQuery table, with errors that say whether the dataset or the table
/// is missing.
pub async fn table_schema(connector: &Connector, t: &TableRef) -> Result<SchemaRef> {
    let clients = connector.clients().await?;
    let config = &connector.config;
    let got = with_retries(config, || clients.rest.table().get(&t.project, &t.dataset, &t.table, None)).await;
    match got {
        Ok(table) => Ok(Arc::new(schema::arrow_schema(table.schema.fields.as_deref().unwrap_or_default())?)),
        Err(e) if http_status(&e) == Some(404) => {
            let dataset = with_retries(config, || clients.rest.dataset().get(&t.project, &t.dataset)).await;
            match dataset {
                Err(d) if http_status(&d) == Some(404) => {
                    plan_err!("BigQuery dataset {}.{} does not exist (table {t})", t.project, t.dataset)
                }
                _ => plan_err!("BigQuery table {t} does not exist in dataset {}.{}", t.project, t.dataset),
            }
        }
        Err(e) => plan_err!("BigQuery: cannot read the schema of table {t}: {}", describe(&e)),
    }
}

/// A BigQuery table.
#[derive(Debug)]
pub struct BigQueryTable {
    pub(crate) options: Arc<BigQueryOptions>,
    pub(crate) connector: Arc<Connector>,
    pub(crate) schema: SchemaRef,
}

impl BigQueryTable {
    /// A table of `schema` (as read from BigQuery when it was created).
    pub fn new(options: BigQueryOptions, connector: Arc<Connector>, schema: SchemaRef) -> Self {
        Self { options: Arc::new(options), connector, schema }
    }

    pub fn options(&self) -> &BigQueryOptions {
        &self.options
    }
}

#[async_trait]
impl TableProvider for BigQueryTable {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn supports_filters_pushdown(&self, filters: &[&Expr]) -> Result<Vec<TableProviderFilterPushDown>> {
        Ok(filters
            .iter()
            .map(|f| match filter::restriction(f, &self.schema) {
                // BigQuery evaluates these as DataFusion would: nothing is left to check after.
                Some(_) => TableProviderFilterPushDown::Exact,
                None => TableProviderFilterPushDown::Unsupported,
            })
            .collect())
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let projected: SchemaRef = match projection {
            Some(p) => Arc::new(self.schema.project(p)?),
            None => Arc::clone(&self.schema),
        };
        let mut selected: Vec<String> = projected.fields().iter().map(|f| f.name().clone()).collect();
        if selected.is_empty() {
            // `count(*)`: no column is needed, but an empty list would mean every column.
            match self.schema.fields().first() {
                Some(f) => selected.push(f.name().clone()),
                None => return plan_err!("BigQuery table {} has no columns", self.options.table),
            }
        }
        let restriction = filter::row_restriction(filters, &self.schema);
        let max_streams = self
            .options
            .max_streams
            .or((self.connector.config.max_streams > 0).then_some(self.connector.config.max_streams))
            .unwrap_or_else(|| state.config().target_partitions())
            .max(1);
        let session =
            PlannedSession::create(&self.connector, &self.options.table, selected, restriction, max_streams, limit).await?;
        Ok(Arc::new(BigQueryScanExec::try_new(Arc::clone(&self.connector), session, projected)?))
    }

    async fn insert_into(
        &self,
        _state: &dyn Session,
        input: Arc<dyn ExecutionPlan>,
        insert_op: InsertOp,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        if insert_op != InsertOp::Append {
            return not_impl_err!("INSERT OVERWRITE/REPLACE into a BigQuery table is not supported: only INSERT INTO");
        }
        let sink = BigQuerySink::new(Arc::clone(&self.options), Arc::clone(&self.connector), Arc::clone(&self.schema));
        Ok(Arc::new(DataSinkExec::new(input, Arc::new(sink), None)))
    }
}
