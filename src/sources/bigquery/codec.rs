//! Plan serialisation of the BigQuery table, scan and sink (datafusion-proto extension codecs):
//! the table reference, options and planned read session as JSON, then the Arrow schema. No
//! credential is encoded: the decoding side uses its own `[bigquery]` config.

use std::any::Any;
use std::sync::Arc;

use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::TableProvider;
use datafusion::common::{internal_err, not_impl_err, Result, TableReference};
use datafusion::datasource::sink::DataSinkExec;
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{Extension, LogicalPlan};
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};
use serde::{Deserialize, Serialize};

use super::client::Connector;
use super::exec::{BigQueryScanExec, PlannedSession};
use super::options::BigQueryOptions;
use super::sink::BigQuerySink;
use super::BigQueryTable;
use crate::codec::{decode_json_node, encode_json_node};
use crate::config::BigQueryConfig;

const MAGIC: &[u8; 4] = b"PBQ1";

/// Encodes and decodes [`BigQueryTable`], [`BigQueryScanExec`] and a `DataSinkExec` over a
/// [`BigQuerySink`].
#[derive(Debug)]
pub struct BigQueryCodec {
    connector: Arc<Connector>,
}

impl BigQueryCodec {
    /// A codec whose decoded nodes connect with `config`'s credentials and endpoints.
    pub fn new(config: BigQueryConfig) -> Self {
        Self { connector: Arc::new(Connector::new(Arc::new(config))) }
    }
}

#[derive(Serialize, Deserialize)]
enum Node {
    Table { options: BigQueryOptions },
    Scan { session: PlannedSession },
    Sink { options: BigQueryOptions },
}

impl PhysicalExtensionCodec for BigQueryCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        _ctx: &TaskContext,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        match decode_json_node(MAGIC, buf)? {
            (Node::Scan { session }, schema) => {
                Ok(Arc::new(BigQueryScanExec::try_new(Arc::clone(&self.connector), session, schema)?))
            }
            (Node::Sink { options }, schema) => {
                let [input] = inputs else {
                    return internal_err!("a BigQuery sink node has one input, got {}", inputs.len());
                };
                let sink = BigQuerySink::new(Arc::new(options), Arc::clone(&self.connector), schema);
                Ok(Arc::new(DataSinkExec::new(Arc::clone(input), Arc::new(sink), None)))
            }
            (Node::Table { .. }, _) => internal_err!("a BigQuery table is not an execution plan"),
        }
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        if let Some(scan) = node.downcast_ref::<BigQueryScanExec>() {
            return encode_json_node(MAGIC, &Node::Scan { session: scan.session.clone() }, &scan.schema, buf);
        }
        if let Some(sink_exec) = node.downcast_ref::<DataSinkExec>() {
            let sink: &dyn Any = sink_exec.sink();
            if let Some(sink) = sink.downcast_ref::<BigQuerySink>() {
                return encode_json_node(MAGIC, &Node::Sink { options: (*sink.options).clone() }, &sink.schema, buf);
            }
        }
        not_impl_err!("not a BigQuery plan node: {}", node.name())
    }
}

impl LogicalExtensionCodec for BigQueryCodec {
    fn try_decode(&self, _buf: &[u8], _inputs: &[LogicalPlan], _ctx: &TaskContext) -> Result<Extension> {
        not_impl_err!("privsql's BigQuery source has no logical extension nodes")
    }

    fn try_encode(&self, _node: &Extension, _buf: &mut Vec<u8>) -> Result<()> {
        not_impl_err!("privsql's BigQuery source has no logical extension nodes")
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        _table_ref: &TableReference,
        _schema: SchemaRef,
        _ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        match decode_json_node(MAGIC, buf)? {
            (Node::Table { options }, schema) => Ok(Arc::new(BigQueryTable::new(options, Arc::clone(&self.connector), schema))),
            _ => internal_err!("not a BigQuery table"),
        }
    }

    fn try_encode_table_provider(
        &self,
        _table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        match node.downcast_ref::<BigQueryTable>() {
            Some(t) => encode_json_node(MAGIC, &Node::Table { options: (*t.options).clone() }, &t.schema, buf),
            None => not_impl_err!("not a BigQuery table"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::datatypes::{DataType, Field, Schema};
    use std::collections::BTreeMap;

    /// The table round-trips with its reference and options, and no credential is in the bytes.
    #[test]
    fn table_round_trips_without_credentials() {
        let config = BigQueryConfig {
            credentials_file: Some("/secret/place/key.json".into()),
            ..BigQueryConfig::default()
        };
        let codec = BigQueryCodec::new(config);
        let options = BigQueryOptions::parse("bigquery://p1/d1/t1", &BTreeMap::from([("max_streams".to_string(), "3".to_string())])).unwrap();
        let schema = Arc::new(Schema::new(vec![Field::new("a", DataType::Int64, true)]));
        let table = Arc::new(BigQueryTable::new(options.clone(), Arc::clone(&codec.connector), Arc::clone(&schema)));
        let mut buf = Vec::new();
        codec.try_encode_table_provider(&TableReference::bare("t"), table, &mut buf).unwrap();
        assert!(!String::from_utf8_lossy(&buf).contains("secret"));
        let ctx = TaskContext::default();
        let back = codec.try_decode_table_provider(&buf, &TableReference::bare("t"), Arc::clone(&schema), &ctx).unwrap();
        let back = back.downcast_ref::<BigQueryTable>().unwrap();
        assert_eq!(back.options(), &options);
        assert_eq!(back.schema, schema);
    }
}
