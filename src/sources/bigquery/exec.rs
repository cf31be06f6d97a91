//! [`BigQueryScanExec`]: a Storage Read session made when the query is planned, one DataFusion
//! partition per read stream, each read by [`super::read`]. `EXPLAIN` shows the session as the
//! server answered it: its streams, the columns of its Arrow schema (the projection) and the
//! `row_restriction` it was given.

use std::fmt;
use std::sync::Arc;

use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::ipc::reader::StreamDecoder;
use datafusion::arrow::buffer::Buffer;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{exec_datafusion_err, plan_datafusion_err, Result};
use datafusion::execution::TaskContext;
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::metrics::{BaselineMetrics, ExecutionPlanMetricsSet, MetricBuilder, MetricsSet};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties, SendableRecordBatchStream,
};
use futures::StreamExt;
use gcp_bigquery_client::google::cloud::bigquery::storage::v1::read_session::{Schema as SessionSchema, TableReadOptions};
use gcp_bigquery_client::google::cloud::bigquery::storage::v1::{CreateReadSessionRequest, DataFormat, ReadSession};
use serde::{Deserialize, Serialize};

use super::client::{backoff, retryable_status, Connector};
use super::options::TableRef;
use super::read::{read_stream, Counters, StreamRead};

/// A read session as planned: what the scan's partitions read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlannedSession {
    pub table: TableRef,
    /// One per output partition.
    pub streams: Vec<String>,
    /// The session's Arrow schema, IPC-encoded.
    pub arrow_schema: Vec<u8>,
    /// The columns asked for (`selected_fields`).
    pub selected_fields: Vec<String>,
    pub row_restriction: Option<String>,
    /// Rows each stream stops after.
    pub limit: Option<usize>,
}

impl PlannedSession {
    /// Ask the server for a read session of `table`.
    pub async fn create(
        connector: &Connector,
        table: &TableRef,
        selected_fields: Vec<String>,
        row_restriction: Option<String>,
        max_streams: usize,
        limit: Option<usize>,
    ) -> Result<Self> {
        let clients = connector.clients().await?;
        let request = CreateReadSessionRequest {
            parent: format!("projects/{}", table.project),
            read_session: Some(ReadSession {
                table: table.storage_path(),
                data_format: DataFormat::Arrow as i32,
                read_options: Some(TableReadOptions {
                    selected_fields: selected_fields.clone(),
                    row_restriction: row_restriction.clone().unwrap_or_default(),
                    ..TableReadOptions::default()
                }),
                ..ReadSession::default()
            }),
            max_stream_count: i32::try_from(max_streams).unwrap_or(i32::MAX),
            preferred_min_stream_count: 0,
        };
        let routing = format!("read_session.table={}", table.storage_path());
        let mut attempt = 0;
        let session = loop {
            let req = clients.grpc_request(request.clone(), &routing).await?;
            match clients.read.clone().create_read_session(req).await {
                Ok(r) => break r.into_inner(),
                Err(s) if retryable_status(&s) && attempt < connector.config.retries => {
                    tokio::time::sleep(backoff(&connector.config, attempt)).await;
                    attempt += 1;
                }
                Err(s) => {
                    return Err(plan_datafusion_err!(
                        "BigQuery: cannot read table {table}: {} ({:?})",
                        s.message(),
                        s.code()
                    ))
                }
            }
        };
        let arrow_schema = match session.schema {
            Some(SessionSchema::ArrowSchema(s)) => s.serialized_schema,
            _ => Vec::new(),
        };
        Ok(Self {
            table: table.clone(),
            streams: session.streams.into_iter().map(|s| s.name).collect(),
            arrow_schema,
            selected_fields,
            row_restriction,
            limit,
        })
    }

    /// The columns of the session's Arrow schema: what the server will send.
    pub fn server_columns(&self) -> Result<Vec<String>> {
        if self.arrow_schema.is_empty() {
            return Ok(Vec::new());
        }
        let mut d = StreamDecoder::new();
        // The decoder completes a message when more bytes follow it: an end-of-stream marker.
        let mut bytes = super::read::schema_message(&self.arrow_schema).to_vec();
        bytes.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
        let mut buf = Buffer::from_vec(bytes);
        while !buf.is_empty() {
            d.decode(&mut buf)?;
        }
        let schema = d.schema().ok_or_else(|| exec_datafusion_err!("BigQuery: the read session has no Arrow schema"))?;
        Ok(schema.fields().iter().map(|f| f.name().clone()).collect())
    }
}

/// Reads a planned Storage Read session, one partition per stream.
#[derive(Debug)]
pub struct BigQueryScanExec {
    pub(crate) connector: Arc<Connector>,
    pub(crate) session: PlannedSession,
    /// The scan's output (the projected columns).
    pub(crate) schema: SchemaRef,
    server_columns: Vec<String>,
    metrics: ExecutionPlanMetricsSet,
    cache: Arc<PlanProperties>,
}

impl BigQueryScanExec {
    pub fn try_new(connector: Arc<Connector>, session: PlannedSession, schema: SchemaRef) -> Result<Self> {
        let cache = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&schema)),
            Partitioning::UnknownPartitioning(session.streams.len().max(1)),
            EmissionType::Incremental,
            Boundedness::Bounded,
        ));
        let server_columns = session.server_columns()?;
        Ok(Self { connector, session, schema, server_columns, metrics: ExecutionPlanMetricsSet::new(), cache })
    }

    /// The planned session.
    pub fn session(&self) -> &PlannedSession {
        &self.session
    }
}

impl DisplayAs for BigQueryScanExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        let s = &self.session;
        write!(f, "BigQueryScanExec: table={}, streams={}, stream_columns=[{}]", s.table, s.streams.len(), self.server_columns.join(", "))?;
        if let Some(r) = &s.row_restriction {
            write!(f, ", row_restriction={r}")?;
        }
        if let Some(l) = s.limit {
            write!(f, ", limit={l}")?;
        }
        Ok(())
    }
}

impl ExecutionPlan for BigQueryScanExec {
    fn name(&self) -> &'static str {
        "BigQueryScanExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.cache
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(self: Arc<Self>, _children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        Ok(self)
    }

    fn execute(&self, partition: usize, _context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        let schema = Arc::clone(&self.schema);
        let Some(stream) = self.session.streams.get(partition) else {
            // An empty table has no streams; its one partition is empty.
            return Ok(Box::pin(RecordBatchStreamAdapter::new(schema, futures::stream::empty::<Result<datafusion::arrow::array::RecordBatch>>())));
        };
        let m = |name: &'static str| MetricBuilder::new(&self.metrics).counter(name, partition);
        let baseline = BaselineMetrics::new(&self.metrics, partition);
        let read = StreamRead {
            connector: Arc::clone(&self.connector),
            stream: stream.clone(),
            session_schema: Arc::new(self.session.arrow_schema.clone()),
            target: Arc::clone(&schema),
            limit: self.session.limit,
            counters: Counters { bytes: m("bytes_received"), retries: m("stream_retries") },
        };
        let batches = read_stream(read).map(move |b| {
            if let Ok(b) = &b {
                baseline.record_output(b.num_rows());
            }
            b
        });
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, batches)))
    }

    fn metrics(&self) -> Option<MetricsSet> {
        Some(self.metrics.clone_inner())
    }
}
