//! Plan serialisation of everything privsql adds, for datafusion-proto (and so for Ballista
//! executors). Each area has its own codec piece that tags what it writes and answers
//! `NotImplemented` for nodes it does not know; [`PrivsqlCodec`] tries them in turn. Scalar,
//! aggregate and window functions serialise by name and are found again in the decoding
//! session's registry, which [`crate::build_session`] fills the same way everywhere.

use std::sync::Arc;

use arrow::datatypes::SchemaRef;
use datafusion::catalog::TableProvider;
use datafusion::common::{not_impl_err, DataFusionError, Result, TableReference};
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{Extension, LogicalPlan};
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};

use crate::Config;

/// The extension codec of every privsql plan node and table provider.
#[derive(Debug)]
pub struct PrivsqlCodec {
    logical: Vec<Arc<dyn LogicalExtensionCodec>>,
    physical: Vec<Arc<dyn PhysicalExtensionCodec>>,
}

impl PrivsqlCodec {
    /// The codec of a session built from `config`: secrets and contracts are not encoded in
    /// plans, so the decoding side takes them from its own configuration.
    pub fn new(config: &Config) -> Self {
        Self::build(config, None)
    }

    /// [`Self::new`] as part of a composite codec, `outer` (such as [`LayeredCodec`]): the
    /// plans inside privsql's providers (a sample's input) are written with `outer`, so that
    /// every node in them encodes, whichever codec of the composite knows it.
    pub fn nested_in(config: &Config, outer: std::sync::Weak<dyn LogicalExtensionCodec>) -> Self {
        Self::build(config, Some(outer))
    }

    fn build(config: &Config, outer: Option<std::sync::Weak<dyn LogicalExtensionCodec>>) -> Self {
        let synthetic = Arc::new(crate::sources::synthetic::codec::SyntheticCodec);
        let sample = Arc::new(match outer.clone() {
            Some(outer) => privsql_udfs::sample::SampleCodec::with_nested(outer),
            None => privsql_udfs::sample::SampleCodec::default(),
        });
        let quality = Arc::new(privsql_udfs::quality::table::QualityCodec {
            nested: outer.clone(),
            ..Default::default()
        });
        let mut logical: Vec<Arc<dyn LogicalExtensionCodec>> =
            vec![synthetic.clone(), sample.clone(), quality.clone()];
        let mut physical: Vec<Arc<dyn PhysicalExtensionCodec>> = vec![synthetic, sample, quality];
        #[cfg(feature = "kafka")]
        {
            let kafka = Arc::new(crate::sources::kafka::codec::KafkaCodec::new(config.kafka.clone()));
            logical.push(kafka.clone());
            physical.push(kafka);
        }
        // First: it answers NotImplemented to bytes that are not its own, so the others are
        // still tried (the synthetic codec refuses foreign bytes with an error instead).
        #[cfg(feature = "bigquery")]
        {
            let bigquery = Arc::new(crate::sources::bigquery::codec::BigQueryCodec::new(config.bigquery.clone()));
            logical.insert(0, bigquery.clone());
            physical.insert(0, bigquery);
        }
        // A task's share of a source on a cluster: its tag is its whole encoding.
        #[cfg(feature = "cluster")]
        physical.insert(0, Arc::new(crate::cluster::share::ShareCodec));
        #[cfg(not(any(feature = "kafka", feature = "bigquery")))]
        let _ = config;
        Self { logical, physical }
    }
}

impl Default for PrivsqlCodec {
    fn default() -> Self {
        Self::new(&Config::default())
    }
}

/// Write a source's plan node as `magic`, the length of its JSON, the JSON, then `schema` in
/// Arrow IPC form: the framing the source codecs share.
pub(crate) fn encode_json_node<T: serde::Serialize>(magic: &[u8; 4], node: &T, schema: &arrow::datatypes::Schema, buf: &mut Vec<u8>) -> Result<()> {
    let json = serde_json::to_vec(node).map_err(|e| datafusion::common::internal_datafusion_err!("encoding a plan node: {e}"))?;
    buf.extend_from_slice(magic);
    buf.extend_from_slice(&(json.len() as u64).to_le_bytes());
    buf.extend_from_slice(&json);
    let mut w = arrow::ipc::writer::StreamWriter::try_new(&mut *buf, schema)?;
    w.finish()?;
    Ok(())
}

/// Read what [`encode_json_node`] wrote; `NotImplemented` when `buf` is not of this `magic`, so
/// that the next codec is tried.
pub(crate) fn decode_json_node<T: serde::de::DeserializeOwned>(magic: &[u8; 4], buf: &[u8]) -> Result<(T, SchemaRef)> {
    use datafusion::common::internal_datafusion_err;
    if buf.len() < 12 || &buf[..4] != magic {
        return not_impl_err!("not a plan node of this codec");
    }
    let mut len = [0u8; 8];
    len.copy_from_slice(&buf[4..12]);
    let len = usize::try_from(u64::from_le_bytes(len)).map_err(|_| internal_datafusion_err!("plan node too long"))?;
    let json = buf.get(12..12 + len).ok_or_else(|| internal_datafusion_err!("truncated plan node"))?;
    let node: T = serde_json::from_slice(json).map_err(|e| internal_datafusion_err!("decoding a plan node: {e}"))?;
    let reader = arrow::ipc::reader::StreamReader::try_new(std::io::Cursor::new(&buf[12 + len..]), None)?;
    Ok((node, reader.schema()))
}

/// Run `f` on each codec until one does not answer `NotImplemented`.
fn first<C: ?Sized, T>(codecs: &[Arc<C>], what: &str, mut f: impl FnMut(&C) -> Result<T>) -> Result<T> {
    for c in codecs {
        match f(c.as_ref()) {
            Err(DataFusionError::NotImplemented(_)) => continue,
            other => return other,
        }
    }
    not_impl_err!("no privsql codec handles this {what}")
}

impl LogicalExtensionCodec for PrivsqlCodec {
    fn try_decode(&self, buf: &[u8], inputs: &[LogicalPlan], ctx: &TaskContext) -> Result<Extension> {
        first(&self.logical, "logical node", |c| LogicalExtensionCodec::try_decode(c, buf, inputs, ctx))
    }

    fn try_encode(&self, node: &Extension, buf: &mut Vec<u8>) -> Result<()> {
        first(&self.logical, "logical node", |c| LogicalExtensionCodec::try_encode(c, node, buf))
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        table_ref: &TableReference,
        schema: SchemaRef,
        ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        first(&self.logical, "table provider", |c| {
            c.try_decode_table_provider(buf, table_ref, Arc::clone(&schema), ctx)
        })
    }

    fn try_encode_table_provider(
        &self,
        table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        first(&self.logical, "table provider", |c| {
            c.try_encode_table_provider(table_ref, Arc::clone(&node), buf)
        })
    }
}

impl PhysicalExtensionCodec for PrivsqlCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        ctx: &TaskContext,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        first(&self.physical, "execution plan", |c| {
            PhysicalExtensionCodec::try_decode(c, buf, inputs, ctx, proto_converter)
        })
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        first(&self.physical, "execution plan", |c| {
            PhysicalExtensionCodec::try_encode(c, Arc::clone(&node), buf, proto_converter)
        })
    }
}

/// [`PrivsqlCodec`] in front of another codec pair, such as Ballista's own (its shuffle nodes,
/// its cache node and the file formats of listing tables). Every encoding is tagged with the
/// codec that wrote it, so decoding goes straight to that codec: neither has to recognise the
/// other's bytes, and the other's errors never hide a privsql node (the synthetic codec, for
/// one, refuses foreign bytes with an error rather than `NotImplemented`).
#[derive(Debug)]
pub struct LayeredCodec {
    privsql: PrivsqlCodec,
    logical: Arc<dyn LogicalExtensionCodec>,
    physical: Arc<dyn PhysicalExtensionCodec>,
}

/// Tags before the bytes of each side of a [`LayeredCodec`]; the leading zero byte keeps them
/// apart from JSON, text and most protobuf encodings.
const OWN_TAG: &[u8] = b"\0privsql1";
const INNER_TAG: &[u8] = b"\0inner1";

impl LayeredCodec {
    /// `privsql` first, then `logical`/`physical` for what it does not encode.
    pub fn new(
        privsql: PrivsqlCodec,
        logical: Arc<dyn LogicalExtensionCodec>,
        physical: Arc<dyn PhysicalExtensionCodec>,
    ) -> Self {
        Self { privsql, logical, physical }
    }

    /// Encode with `own` (tagged as privsql's), or with `inner` when `own` answers
    /// `NotImplemented`.
    fn encode_with(
        buf: &mut Vec<u8>,
        own: impl FnOnce(&mut Vec<u8>) -> Result<()>,
        inner: impl FnOnce(&mut Vec<u8>) -> Result<()>,
    ) -> Result<()> {
        let mut body = Vec::new();
        match own(&mut body) {
            Ok(()) => {
                buf.extend_from_slice(OWN_TAG);
                buf.extend_from_slice(&body);
                Ok(())
            }
            Err(DataFusionError::NotImplemented(_)) => {
                body.clear();
                inner(&mut body)?;
                buf.extend_from_slice(INNER_TAG);
                buf.extend_from_slice(&body);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The side that wrote `buf`, and its bytes; untagged bytes go to the inner codec.
    fn side(buf: &[u8]) -> (bool, &[u8]) {
        if let Some(body) = buf.strip_prefix(OWN_TAG) {
            (true, body)
        } else {
            (false, buf.strip_prefix(INNER_TAG).unwrap_or(buf))
        }
    }
}

impl LogicalExtensionCodec for LayeredCodec {
    fn try_decode(&self, buf: &[u8], inputs: &[LogicalPlan], ctx: &TaskContext) -> Result<Extension> {
        match Self::side(buf) {
            (true, body) => LogicalExtensionCodec::try_decode(&self.privsql, body, inputs, ctx),
            (false, body) => self.logical.try_decode(body, inputs, ctx),
        }
    }

    fn try_encode(&self, node: &Extension, buf: &mut Vec<u8>) -> Result<()> {
        Self::encode_with(
            buf,
            |b| LogicalExtensionCodec::try_encode(&self.privsql, node, b),
            |b| self.logical.try_encode(node, b),
        )
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        table_ref: &TableReference,
        schema: SchemaRef,
        ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        match Self::side(buf) {
            (true, body) => self.privsql.try_decode_table_provider(body, table_ref, schema, ctx),
            (false, body) => self.logical.try_decode_table_provider(body, table_ref, schema, ctx),
        }
    }

    fn try_encode_table_provider(
        &self,
        table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        Self::encode_with(
            buf,
            |b| self.privsql.try_encode_table_provider(table_ref, Arc::clone(&node), b),
            |b| self.logical.try_encode_table_provider(table_ref, Arc::clone(&node), b),
        )
    }

    fn try_decode_file_format(
        &self,
        buf: &[u8],
        ctx: &TaskContext,
    ) -> Result<Arc<dyn datafusion::datasource::file_format::FileFormatFactory>> {
        self.logical.try_decode_file_format(buf, ctx)
    }

    fn try_encode_file_format(
        &self,
        buf: &mut Vec<u8>,
        node: Arc<dyn datafusion::datasource::file_format::FileFormatFactory>,
    ) -> Result<()> {
        self.logical.try_encode_file_format(buf, node)
    }
}

impl PhysicalExtensionCodec for LayeredCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        ctx: &TaskContext,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        match Self::side(buf) {
            (true, body) => PhysicalExtensionCodec::try_decode(&self.privsql, body, inputs, ctx, proto_converter),
            (false, body) => self.physical.try_decode(body, inputs, ctx, proto_converter),
        }
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        Self::encode_with(
            buf,
            |b| PhysicalExtensionCodec::try_encode(&self.privsql, Arc::clone(&node), b, proto_converter),
            |b| self.physical.try_encode(Arc::clone(&node), b, proto_converter),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build_session;
    use arrow::util::pretty::pretty_format_batches;
    use datafusion::physical_plan::collect;
    use datafusion_proto::bytes::{
        physical_plan_from_bytes_with_extension_codec, physical_plan_to_bytes_with_extension_codec,
    };

    /// `sql` planned in a session, its physical plan encoded, decoded in another session, both
    /// run: the two results, pretty-printed.
    async fn round_trip(setup: &[&str], sql: &str) -> (String, String) {
        let ctx = build_session(&Config::default()).unwrap();
        for s in setup {
            ctx.sql(s).await.unwrap();
        }
        let plan = ctx.sql(sql).await.unwrap().create_physical_plan().await.unwrap();
        let codec = PrivsqlCodec::default();
        let bytes = physical_plan_to_bytes_with_extension_codec(Arc::clone(&plan), &codec).unwrap();
        let other = build_session(&Config::default()).unwrap();
        let decoded =
            physical_plan_from_bytes_with_extension_codec(&bytes, &other.task_ctx(), &codec).unwrap();
        let a = collect(plan, ctx.task_ctx()).await.unwrap();
        let b = collect(decoded, other.task_ctx()).await.unwrap();
        (pretty_format_batches(&a).unwrap().to_string(), pretty_format_batches(&b).unwrap().to_string())
    }

    /// A plan mixing areas (a synthetic scan under SMOTE's operator) survives the round trip
    /// into another session and gives the same rows.
    #[tokio::test]
    async fn physical_plans_of_several_areas_round_trip() {
        let (a, b) = round_trip(
            &["CREATE VIEW m AS SELECT intent, CAST(account_age_days AS DOUBLE) AS age, \
               CAST(prior_requests AS DOUBLE) AS prior FROM synthetic_intents(1000, 5)"],
            "SELECT intent, is_synthetic, age, prior FROM smote('m', 'intent', 3, 'auto', 9) \
             ORDER BY intent, is_synthetic, age, prior",
        )
        .await;
        assert_eq!(a, b);
        // A header, its rules and the rows.
        assert!(a.lines().count() > 300, "{a}");
    }

    /// The text functions (scalar UDFs, found again by name in the decoding session) round-trip
    /// inside a plan, arguments included: text_features' width and detect_language's threshold.
    #[tokio::test]
    async fn plans_with_the_text_functions_round_trip() {
        let (a, b) = round_trip(
            &[],
            "SELECT id, detect_language(text, 0.1)['lang'] AS lang, round(detect_language(text, 0.1)['confidence'], 4) AS c, \
             normalize_text(text) AS norm, text_features(text, 'default', 8) AS f FROM synthetic_intents(50, 3) ORDER BY id",
        )
        .await;
        assert_eq!(a, b);
        assert!(a.contains("| en ") && a.contains("| und ") && a.lines().count() > 50, "{a}");
    }
}
