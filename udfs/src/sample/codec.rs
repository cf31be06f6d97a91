//! Plan serialisation of the sampling family (datafusion-proto extension codecs).
//!
//! The samplers (`stratified_sample`, `stratified_split`, `random_sample`) have their operator,
//! [`DrawExec`], and table provider, [`DrawTable`]; the resamplers (`smote` and friends) theirs,
//! [`ResampleExec`] and [`ResampleTable`]. [`SampleCodec`] encodes each as a tag and its spec in
//! JSON (the providers also carry their logical plans, encoded with this codec; the operators'
//! children are encoded by datafusion-proto). `systematic_sample` is a plain plan with the
//! `sample_hash` scalar UDF, which datafusion-proto serialises by name.
//! Nodes it does not know are refused with `not_impl`, so a composite codec can try the next.

use std::sync::{Arc, Weak};

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

use super::draw::{DrawExec, DrawSpec, DrawTable};
use super::resample::{ResampleExec, ResampleSpec, ResampleTable};

const EXEC_TAG: &[u8] = b"privsql.sample.ResampleExec.v1\n";
const TABLE_TAG: &[u8] = b"privsql.sample.ResampleTable.v1\n";
const DRAW_EXEC_TAG: &[u8] = b"privsql.sample.DrawExec.v1\n";
const DRAW_TABLE_TAG: &[u8] = b"privsql.sample.DrawTable.v1\n";

fn draw_from(bytes: &[u8]) -> Result<DrawSpec> {
    serde_json::from_slice(bytes)
        .map_err(|e| internal_datafusion_err!("SampleCodec: bad draw spec: {e}"))
}

fn draw_to(spec: &DrawSpec) -> Result<Vec<u8>> {
    serde_json::to_vec(spec)
        .map_err(|e| internal_datafusion_err!("SampleCodec: cannot encode draw spec: {e}"))
}

/// Length-prefixed parts (u32 little-endian lengths), the last one unprefixed.
fn split_parts(mut body: &[u8], n: usize) -> Result<Vec<&[u8]>> {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n - 1 {
        if body.len() < 4 {
            return internal_err!("SampleCodec: truncated table provider");
        }
        let len = u32::from_le_bytes([body[0], body[1], body[2], body[3]]) as usize;
        let rest = &body[4..];
        if rest.len() < len {
            return internal_err!("SampleCodec: truncated table provider");
        }
        out.push(&rest[..len]);
        body = &rest[len..];
    }
    out.push(body);
    Ok(out)
}

fn push_part(buf: &mut Vec<u8>, part: &[u8]) {
    buf.extend_from_slice(&(part.len() as u32).to_le_bytes());
    buf.extend_from_slice(part);
}

/// The extension codec of the sampling family, physical and logical.
#[derive(Debug, Default, Clone)]
pub struct SampleCodec {
    /// The codec the plans inside a provider are written and read with: the composite codec
    /// this one is part of, so that their scans (a synthetic table, a Parquet listing) encode
    /// too. Unset (or dropped): this codec alone.
    nested: Option<Weak<dyn LogicalExtensionCodec>>,
}

impl SampleCodec {
    /// A codec whose providers write their inner plans with `nested` (a composite codec that
    /// holds this one; held weakly, so the two do not keep each other alive).
    pub fn with_nested(nested: Weak<dyn LogicalExtensionCodec>) -> Self {
        Self { nested: Some(nested) }
    }

    fn plan_to_bytes(&self, plan: &LogicalPlan) -> Result<Vec<u8>> {
        let bytes = match self.nested.as_ref().and_then(Weak::upgrade) {
            Some(codec) => logical_plan_to_bytes_with_extension_codec(plan, codec.as_ref())?,
            None => logical_plan_to_bytes_with_extension_codec(plan, self)?,
        };
        Ok(bytes.to_vec())
    }

    fn plan_from_bytes(&self, bytes: &[u8], ctx: &TaskContext) -> Result<LogicalPlan> {
        match self.nested.as_ref().and_then(Weak::upgrade) {
            Some(codec) => logical_plan_from_bytes_with_extension_codec(bytes, ctx, codec.as_ref()),
            None => logical_plan_from_bytes_with_extension_codec(bytes, ctx, self),
        }
    }
}

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
        if let Some(body) = buf.strip_prefix(DRAW_EXEC_TAG) {
            let [allocation, input] = inputs else {
                return internal_err!(
                    "SampleCodec: DrawExec takes two inputs, got {}",
                    inputs.len()
                );
            };
            return Ok(Arc::new(DrawExec::try_new(
                Arc::clone(allocation),
                Arc::clone(input),
                draw_from(body)?,
            )?));
        }
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
        if let Some(exec) = node.downcast_ref::<DrawExec>() {
            buf.extend_from_slice(DRAW_EXEC_TAG);
            buf.extend_from_slice(&draw_to(exec.spec())?);
            return Ok(());
        }
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
        if let Some(body) = buf.strip_prefix(DRAW_TABLE_TAG) {
            let parts = split_parts(body, 3)?;
            let spec = draw_from(parts[0])?;
            let input = self.plan_from_bytes(parts[1], ctx)?;
            let allocation = self.plan_from_bytes(parts[2], ctx)?;
            return Ok(Arc::new(DrawTable::try_new(input, allocation, spec)?));
        }
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
        let input = self.plan_from_bytes(&rest[len..], ctx)?;
        Ok(Arc::new(ResampleTable::try_new(input, spec)?))
    }

    fn try_encode_table_provider(
        &self,
        _table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        let any = node.as_ref() as &dyn std::any::Any;
        if let Some(table) = any.downcast_ref::<DrawTable>() {
            buf.extend_from_slice(DRAW_TABLE_TAG);
            push_part(buf, &draw_to(table.spec())?);
            push_part(buf, &self.plan_to_bytes(table.input())?);
            buf.extend_from_slice(&self.plan_to_bytes(table.allocation())?);
            return Ok(());
        }
        let Some(table) = any.downcast_ref::<ResampleTable>() else {
            return not_impl_err!("SampleCodec does not encode this table provider");
        };
        let spec = spec_to(table.spec())?;
        let input = self.plan_to_bytes(table.input())?;
        buf.extend_from_slice(TABLE_TAG);
        buf.extend_from_slice(&(spec.len() as u32).to_le_bytes());
        buf.extend_from_slice(&spec);
        buf.extend_from_slice(&input);
        Ok(())
    }
}
