//! Plan serialisation of the Kafka scan, sink and table (datafusion-proto extension codecs).
//!
//! A node is encoded as JSON (its options, planned offset ranges and projection) followed by its
//! Arrow schema in IPC form. Secrets are not in the options: the decoding side takes them from
//! its own `[kafka]` config, which the codec carries.

use std::any::Any;
use std::sync::Arc;

use datafusion::arrow::datatypes::{Schema, SchemaRef};
use datafusion::catalog::TableProvider;
use datafusion::common::{
    internal_err, not_impl_err, Result, TableReference,
};
use datafusion::datasource::sink::DataSinkExec;
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{Extension, LogicalPlan};
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};
use serde::{Deserialize, Serialize};

use super::exec::KafkaScanExec;
use super::metrics::StreamMetricsTable;
use super::options::KafkaOptions;
use super::ranges::PartitionRange;
use super::sink::KafkaSink;
use super::KafkaTable;
use crate::config::KafkaConfig;

/// Encodes and decodes [`KafkaScanExec`], a `DataSinkExec` over a [`KafkaSink`], and
/// [`KafkaTable`].
#[derive(Debug, Clone, Default)]
pub struct KafkaCodec {
    config: Arc<KafkaConfig>,
}

impl KafkaCodec {
    /// A codec whose decoded nodes use `config` (credentials) for their clients.
    pub fn new(config: KafkaConfig) -> Self {
        Self {
            config: Arc::new(config),
        }
    }
}

#[derive(Serialize, Deserialize)]
enum Node {
    Scan {
        options: KafkaOptions,
        projection: Option<Vec<usize>>,
        groups: Vec<Vec<PartitionRange>>,
    },
    Sink {
        options: KafkaOptions,
    },
    Table {
        options: KafkaOptions,
    },
    /// `kafka_stream_metrics()`: read where the plan runs.
    StreamMetrics,
}

const MAGIC: &[u8; 4] = b"PKF1";

fn encode(node: &Node, schema: &Schema, buf: &mut Vec<u8>) -> Result<()> {
    crate::codec::encode_json_node(MAGIC, node, schema, buf)
}

fn decode(buf: &[u8]) -> Result<(Node, SchemaRef)> {
    crate::codec::decode_json_node(MAGIC, buf)
}

impl PhysicalExtensionCodec for KafkaCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        _ctx: &TaskContext,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        match decode(buf)? {
            (
                Node::Scan {
                    options,
                    projection,
                    groups,
                },
                schema,
            ) => Ok(Arc::new(KafkaScanExec::try_new(
                Arc::new(options),
                Arc::clone(&self.config),
                schema,
                projection,
                groups,
            )?)),
            (Node::Sink { options }, schema) => {
                let [input] = inputs else {
                    return internal_err!("a Kafka sink node has one input, got {}", inputs.len());
                };
                let sink = KafkaSink::new(Arc::new(options), Arc::clone(&self.config), schema);
                Ok(Arc::new(DataSinkExec::new(
                    Arc::clone(input),
                    Arc::new(sink),
                    None,
                )))
            }
            (Node::Table { .. } | Node::StreamMetrics, _) => {
                internal_err!("a Kafka table is not an execution plan")
            }
        }
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        if let Some(scan) = node.downcast_ref::<KafkaScanExec>() {
            let n = Node::Scan {
                options: (*scan.options).clone(),
                projection: scan.projection.clone(),
                groups: scan.groups.clone(),
            };
            return encode(&n, &scan.table_schema, buf);
        }
        if let Some(sink_exec) = node.downcast_ref::<DataSinkExec>() {
            let sink: &dyn Any = sink_exec.sink();
            if let Some(sink) = sink.downcast_ref::<KafkaSink>() {
                return encode(
                    &Node::Sink {
                        options: (*sink.options).clone(),
                    },
                    &sink.schema,
                    buf,
                );
            }
        }
        not_impl_err!("not a Kafka plan node: {}", node.name())
    }
}

impl LogicalExtensionCodec for KafkaCodec {
    fn try_decode(
        &self,
        _buf: &[u8],
        _inputs: &[LogicalPlan],
        _ctx: &TaskContext,
    ) -> Result<Extension> {
        not_impl_err!("privsql's Kafka source has no logical extension nodes")
    }

    fn try_encode(&self, _node: &Extension, _buf: &mut Vec<u8>) -> Result<()> {
        not_impl_err!("privsql's Kafka source has no logical extension nodes")
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        _table_ref: &TableReference,
        _schema: SchemaRef,
        _ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        match decode(buf)? {
            (Node::Table { options }, schema) => Ok(Arc::new(KafkaTable::try_new(
                options,
                Arc::clone(&self.config),
                schema,
            )?)),
            (Node::StreamMetrics, _) => Ok(Arc::new(StreamMetricsTable)),
            _ => internal_err!("not a Kafka table"),
        }
    }

    fn try_encode_table_provider(
        &self,
        _table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        match node.downcast_ref::<KafkaTable>() {
            Some(t) => encode(
                &Node::Table {
                    options: (*t.options).clone(),
                },
                &t.schema,
                buf,
            ),
            None if node.downcast_ref::<StreamMetricsTable>().is_some() => {
                encode(&Node::StreamMetrics, &node.schema(), buf)
            }
            None => not_impl_err!("not a Kafka table"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::datatypes::{DataType, Field};
    use datafusion::physical_plan::placeholder_row::PlaceholderRowExec;
    use datafusion_proto::bytes::{
        physical_plan_from_bytes_with_extension_codec, physical_plan_to_bytes_with_extension_codec,
    };
    use std::collections::BTreeMap;

    fn options() -> KafkaOptions {
        let o: BTreeMap<String, String> = [
            ("format.format", "csv"),
            ("format.group_id", "g1"),
            ("format.on_error", "dead_letter"),
            ("format.dead_letter_topic", "dlq"),
            ("kafka.fetch.max.bytes", "1048576"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        KafkaOptions::parse("kafka://127.0.0.1:9/requests", &o).unwrap()
    }

    fn schema() -> SchemaRef {
        Arc::new(Schema::new(vec![
            Field::new("id", DataType::Int64, true),
            Field::new("text", DataType::Utf8, true),
            Field::new("_offset", DataType::Int64, true),
        ]))
    }

    #[test]
    fn scan_and_sink_round_trip() {
        let codec = KafkaCodec::default();
        let groups = vec![
            vec![PartitionRange {
                partition: 0,
                start: 5,
                end: 10,
                high: 12,
            }],
            vec![PartitionRange {
                partition: 1,
                start: 0,
                end: 3,
                high: 3,
            }],
        ];
        let scan: Arc<dyn ExecutionPlan> = Arc::new(
            KafkaScanExec::try_new(
                Arc::new(options()),
                Arc::default(),
                schema(),
                Some(vec![0, 2]),
                groups.clone(),
            )
            .unwrap(),
        );
        let bytes = physical_plan_to_bytes_with_extension_codec(Arc::clone(&scan), &codec).unwrap();
        let ctx = TaskContext::default();
        let back = physical_plan_from_bytes_with_extension_codec(&bytes, &ctx, &codec).unwrap();
        let back = back
            .downcast_ref::<KafkaScanExec>()
            .expect("a KafkaScanExec");
        assert_eq!(back.options(), &options());
        assert_eq!(back.groups, groups);
        assert_eq!(back.projection, Some(vec![0, 2]));
        assert_eq!(back.schema(), scan.schema());

        let input: Arc<dyn ExecutionPlan> = Arc::new(PlaceholderRowExec::new(schema()));
        let sink = KafkaSink::new(Arc::new(options()), Arc::default(), schema());
        let plan: Arc<dyn ExecutionPlan> = Arc::new(DataSinkExec::new(input, Arc::new(sink), None));
        let bytes = physical_plan_to_bytes_with_extension_codec(plan, &codec).unwrap();
        let back = physical_plan_from_bytes_with_extension_codec(&bytes, &ctx, &codec).unwrap();
        let back = back.downcast_ref::<DataSinkExec>().expect("a DataSinkExec");
        let sink: &dyn Any = back.sink();
        let sink = sink.downcast_ref::<KafkaSink>().expect("a KafkaSink");
        assert_eq!(*sink.options, options());
        assert_eq!(back.children()[0].schema(), schema());
    }

    #[test]
    fn table_round_trip() {
        let codec = KafkaCodec::default();
        let table: Arc<dyn TableProvider> =
            Arc::new(KafkaTable::try_new(options(), Arc::default(), schema()).unwrap());
        let mut buf = Vec::new();
        let r = TableReference::bare("requests");
        codec
            .try_encode_table_provider(&r, table, &mut buf)
            .unwrap();
        let back = codec
            .try_decode_table_provider(&buf, &r, schema(), &TaskContext::default())
            .unwrap();
        let back = back.downcast_ref::<KafkaTable>().unwrap();
        assert_eq!(back.options(), &options());
        assert_eq!(back.schema(), schema());
    }

    #[test]
    fn avro_table_and_stream_metrics_round_trip() {
        let codec = KafkaCodec::default();
        let o: BTreeMap<String, String> = [
            ("format.format", "avro"),
            ("avro.schema", r#"{"type":"record","name":"R","fields":[{"name":"id","type":"long"},{"name":"text","type":"string"}]}"#),
            ("avro.encoding", "confluent"),
            ("avro.schema_id", "42"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let options = KafkaOptions::parse("kafka://127.0.0.1:9/requests", &o).unwrap();
        let table: Arc<dyn TableProvider> =
            Arc::new(KafkaTable::try_new(options.clone(), Arc::default(), schema()).unwrap());
        let r = TableReference::bare("requests");
        let mut buf = Vec::new();
        codec
            .try_encode_table_provider(&r, table, &mut buf)
            .unwrap();
        let back = codec
            .try_decode_table_provider(&buf, &r, schema(), &TaskContext::default())
            .unwrap();
        let back = back.downcast_ref::<KafkaTable>().unwrap();
        assert_eq!(back.options(), &options);
        assert!(back.options().avro.as_ref().unwrap().schema_id == Some(42));

        let metrics: Arc<dyn TableProvider> = Arc::new(StreamMetricsTable);
        let mut buf = Vec::new();
        codec
            .try_encode_table_provider(&r, Arc::clone(&metrics), &mut buf)
            .unwrap();
        let back = codec
            .try_decode_table_provider(&buf, &r, metrics.schema(), &TaskContext::default())
            .unwrap();
        assert!(back.downcast_ref::<StreamMetricsTable>().is_some());
    }
}
