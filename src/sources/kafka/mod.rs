//! Kafka topics as tables: `CREATE EXTERNAL TABLE t (...) STORED AS KAFKA LOCATION
//! 'kafka://host:port/topic' OPTIONS (...)`.
//!
//! - A `SELECT` reads from the start position (or the group's committed offsets) up to the
//!   high-water marks taken when the query is planned ([`ranges`]), one DataFusion partition per
//!   Kafka partition (or group of them), and ends ([`exec`]); each partition's consumer thread
//!   (`reader`) decodes the values in batches (`decode`, [`avro`]).
//! - An `INSERT INTO` produces one message per row and returns once the broker confirmed them
//!   all ([`sink`]).
//! - `privsql stream` (the `crate::stream` module) runs an `INSERT INTO sink SELECT ... FROM
//!   source` forever over these tables, committing the source's offsets only after the sink
//!   confirmed each micro-batch.
//! - [`codec`] serialises the scan, the sink and the table in plans.
//!
//! Imports between the files go one way: `redact`, then `avro`, `options`, then `decode` and
//! `ranges`, `reader`, `exec` and `sink`, with `codec` and this module on top (`metrics` stands
//! alone).

pub mod avro;
pub mod codec;
mod decode;
pub mod exec;
pub mod metrics;
pub mod options;
pub mod ranges;
mod reader;
mod redact;
pub mod sink;

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::{Session, TableProvider, TableProviderFactory};
use datafusion::common::{exec_datafusion_err, not_impl_err, plan_err, Result};
use datafusion::datasource::sink::DataSinkExec;
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::{CreateExternalTable, Expr, TableProviderFilterPushDown, TableType};
use datafusion::physical_plan::ExecutionPlan;
use datafusion::prelude::SessionContext;

use crate::config::KafkaConfig;
use exec::KafkaScanExec;
pub use options::KafkaOptions;
use ranges::{group_ranges, resolve_ranges, Bounds};
use sink::KafkaSink;

/// `STORED AS KAFKA`.
#[derive(Debug)]
pub struct KafkaTableFactory {
    config: Arc<KafkaConfig>,
}

impl KafkaTableFactory {
    pub fn new(config: KafkaConfig) -> Self {
        Self {
            config: Arc::new(config),
        }
    }
}

/// Register the `KAFKA` table factory on `ctx`.
pub fn register(ctx: &SessionContext, config: &KafkaConfig) {
    ctx.state_ref().write().table_factories_mut().insert(
        "KAFKA".to_string(),
        Arc::new(KafkaTableFactory::new(config.clone())),
    );
}

#[async_trait]
impl TableProviderFactory for KafkaTableFactory {
    async fn create(
        &self,
        _state: &dyn Session,
        cmd: &CreateExternalTable,
    ) -> Result<Arc<dyn TableProvider>> {
        let location = match cmd.locations.as_slice() {
            [one] => one.as_str(),
            _ => return plan_err!("a Kafka table takes one LOCATION 'kafka://host:port/topic'"),
        };
        if !cmd.table_partition_cols.is_empty() {
            return plan_err!(
                "a Kafka table has no PARTITIONED BY columns: declare _partition to see partitions"
            );
        }
        let opts: BTreeMap<String, String> = cmd.options.clone().into_iter().collect();
        let options = KafkaOptions::parse(location, &opts)?;
        let schema: SchemaRef = Arc::new(cmd.schema.as_arrow().clone());
        KafkaTable::try_new(options, Arc::clone(&self.config), schema).map(|t| Arc::new(t) as _)
    }
}

/// A Kafka topic as a table.
#[derive(Debug)]
pub struct KafkaTable {
    pub(crate) options: Arc<KafkaOptions>,
    pub(crate) config: Arc<KafkaConfig>,
    pub(crate) schema: SchemaRef,
}

impl KafkaTable {
    pub fn try_new(
        options: KafkaOptions,
        config: Arc<KafkaConfig>,
        schema: SchemaRef,
    ) -> Result<Self> {
        options.validate_schema(&schema)?;
        Ok(Self {
            options: Arc::new(options),
            config,
            schema,
        })
    }

    pub fn options(&self) -> &KafkaOptions {
        &self.options
    }
}

#[async_trait]
impl TableProvider for KafkaTable {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn supports_filters_pushdown(
        &self,
        filters: &[&Expr],
    ) -> Result<Vec<TableProviderFilterPushDown>> {
        let (_, used) = Bounds::from_filters(filters);
        Ok(used
            .into_iter()
            .map(|u| {
                if u {
                    TableProviderFilterPushDown::Inexact
                } else {
                    TableProviderFilterPushDown::Unsupported
                }
            })
            .collect())
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        _limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let refs: Vec<&Expr> = filters.iter().collect();
        let (bounds, _) = Bounds::from_filters(&refs);
        let (options, config) = (Arc::clone(&self.options), Arc::clone(&self.config));
        // Broker round trips: off the async workers.
        let ranges =
            tokio::task::spawn_blocking(move || resolve_ranges(&options, &config, &bounds))
                .await
                .map_err(|e| exec_datafusion_err!("Kafka: planning the read failed: {e}"))??;
        let groups = group_ranges(&ranges, state.config().target_partitions());
        Ok(Arc::new(KafkaScanExec::try_new(
            Arc::clone(&self.options),
            Arc::clone(&self.config),
            Arc::clone(&self.schema),
            projection.cloned(),
            groups,
        )?))
    }

    async fn insert_into(
        &self,
        _state: &dyn Session,
        input: Arc<dyn ExecutionPlan>,
        insert_op: InsertOp,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        if insert_op != InsertOp::Append {
            return not_impl_err!(
                "a Kafka topic is append-only: INSERT OVERWRITE/REPLACE is not supported"
            );
        }
        if let Some(avro) = &self.options.avro {
            // Fail the statement, not its first batch, when the schema cannot encode.
            avro::AvroValueEncoder::new(avro)?;
        }
        let sink = KafkaSink::new(
            Arc::clone(&self.options),
            Arc::clone(&self.config),
            Arc::clone(&self.schema),
        );
        Ok(Arc::new(DataSinkExec::new(input, Arc::new(sink), None)))
    }
}
