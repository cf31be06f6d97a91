//! Plan serialisation of the sampling family (datafusion-proto extension codecs).
//!
//! The samplers (`stratified_sample`, `random_sample`, ...) are plain DataFusion plans plus the
//! `sample_hash` scalar UDF, which datafusion-proto serialises by name: they need nothing here.
//! The resamplers (`smote` and friends) have their own operator, [`ResampleExec`], and their own
//! table provider, [`ResampleTable`]: [`SampleCodec`] encodes both as a tag and the
//! [`ResampleSpec`] in JSON (the provider also carries its input plan, encoded with this codec).
//! Nodes it does not know are refused with `not_impl`, so a composite codec can try the next.

use std::sync::Arc;

use arrow::datatypes::SchemaRef;
use datafusion::catalog::TableProvider;
use datafusion::common::{
    internal_datafusion_err, internal_err, not_impl_err, Result, TableReference,
};
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{Extension, LogicalPlan};
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::bytes::{
    logical_plan_from_bytes_with_extension_codec, logical_plan_to_bytes_with_extension_codec,
};
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};

use super::resample::{ResampleExec, ResampleSpec, ResampleTable};

const EXEC_TAG: &[u8] = b"privsql.sample.ResampleExec.v1\n";
const TABLE_TAG: &[u8] = b"privsql.sample.ResampleTable.v1\n";

/// The extension codec of the sampling family, physical and logical.
#[derive(Debug, Default, Clone)]
pub struct SampleCodec;

fn spec_from(bytes: &[u8]) -> Result<ResampleSpec> {
    serde_json::from_slice(bytes)
        .map_err(|e| internal_datafusion_err!("SampleCodec: bad resample spec: {e}"))
}

fn spec_to(spec: &ResampleSpec) -> Result<Vec<u8>> {
    serde_json::to_vec(spec)
        .map_err(|e| internal_datafusion_err!("SampleCodec: cannot encode resample spec: {e}"))
}

impl PhysicalExtensionCodec for SampleCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        _ctx: &TaskContext,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let Some(body) = buf.strip_prefix(EXEC_TAG) else {
            return not_impl_err!("SampleCodec does not know this execution plan");
        };
        let [input] = inputs else {
            return internal_err!(
                "SampleCodec: ResampleExec takes one input, got {}",
                inputs.len()
            );
        };
        Ok(Arc::new(ResampleExec::try_new(
            Arc::clone(input),
            spec_from(body)?,
        )?))
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        let Some(exec) = node.downcast_ref::<ResampleExec>() else {
            return not_impl_err!("SampleCodec does not encode {}", node.name());
        };
        buf.extend_from_slice(EXEC_TAG);
        buf.extend_from_slice(&spec_to(exec.spec())?);
        Ok(())
    }
}

impl LogicalExtensionCodec for SampleCodec {
    fn try_decode(
        &self,
        _buf: &[u8],
        _inputs: &[LogicalPlan],
        _ctx: &TaskContext,
    ) -> Result<Extension> {
        not_impl_err!("SampleCodec has no logical extension nodes")
    }

    fn try_encode(&self, _node: &Extension, _buf: &mut Vec<u8>) -> Result<()> {
        not_impl_err!("SampleCodec has no logical extension nodes")
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        _table_ref: &TableReference,
        _schema: SchemaRef,
        ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        let Some(body) = buf.strip_prefix(TABLE_TAG) else {
            return not_impl_err!("SampleCodec does not know this table provider");
        };
        if body.len() < 4 {
            return internal_err!("SampleCodec: truncated ResampleTable");
        }
        let len = u32::from_le_bytes([body[0], body[1], body[2], body[3]]) as usize;
        let rest = &body[4..];
        if rest.len() < len {
            return internal_err!("SampleCodec: truncated ResampleTable");
        }
        let spec = spec_from(&rest[..len])?;
        let input = logical_plan_from_bytes_with_extension_codec(&rest[len..], ctx, self)?;
        Ok(Arc::new(ResampleTable::try_new(input, spec)?))
    }

    fn try_encode_table_provider(
        &self,
        _table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        let Some(table) = (node.as_ref() as &dyn std::any::Any).downcast_ref::<ResampleTable>()
        else {
            return not_impl_err!("SampleCodec does not encode this table provider");
        };
        let spec = spec_to(table.spec())?;
        let input = logical_plan_to_bytes_with_extension_codec(table.input(), self)?;
        buf.extend_from_slice(TABLE_TAG);
        buf.extend_from_slice(&(spec.len() as u32).to_le_bytes());
        buf.extend_from_slice(&spec);
        buf.extend_from_slice(&input);
        Ok(())
    }
}
