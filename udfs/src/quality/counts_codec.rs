//! The plan codec's form of a [`DuplicateCountsTable`] (the report's aggregate joined with its
//! exact duplicate counts), which a cluster client sends to the scheduler inside a report's
//! plan: each inner plan length-prefixed, written with the composite codec the quality codec is
//! part of, so the sources they scan (a synthetic table, a Parquet listing) encode too.

use datafusion::common::{internal_err, Result};
use datafusion::execution::TaskContext;
use datafusion::logical_expr::LogicalPlan;
use datafusion_proto::bytes::{logical_plan_from_bytes_with_extension_codec, logical_plan_to_bytes_with_extension_codec};
use datafusion_proto::logical_plan::LogicalExtensionCodec;

use super::duplicates::{DupSpec, DuplicateCountsTable};

/// Written before every encoded duplicate-counts table.
pub const TAG: &[u8] = b"privsql.quality.DuplicateCountsTable.v1\n";

fn push(buf: &mut Vec<u8>, part: &[u8]) {
    buf.extend_from_slice(&(part.len() as u32).to_le_bytes());
    buf.extend_from_slice(part);
}

fn take<'a>(body: &mut &'a [u8]) -> Result<&'a [u8]> {
    if body.len() < 4 {
        return internal_err!("QualityCodec: truncated duplicate counts table");
    }
    let len = u32::from_le_bytes([body[0], body[1], body[2], body[3]]) as usize;
    let rest = &body[4..];
    if rest.len() < len {
        return internal_err!("QualityCodec: truncated duplicate counts table");
    }
    let (part, tail) = rest.split_at(len);
    *body = tail;
    Ok(part)
}

/// `t` into `buf`, its plans written with `codec`.
pub fn encode(t: &DuplicateCountsTable, codec: &dyn LogicalExtensionCodec, buf: &mut Vec<u8>) -> Result<()> {
    buf.extend_from_slice(TAG);
    push(buf, &logical_plan_to_bytes_with_extension_codec(t.main(), codec)?);
    for (plan, spec) in t.keys() {
        push(buf, spec.encode().as_bytes());
        push(buf, &logical_plan_to_bytes_with_extension_codec(plan, codec)?);
    }
    Ok(())
}

/// A table [`encode`] wrote (`buf` after [`TAG`]), its plans read with `codec`.
pub fn decode(mut buf: &[u8], codec: &dyn LogicalExtensionCodec, ctx: &TaskContext) -> Result<DuplicateCountsTable> {
    let main = logical_plan_from_bytes_with_extension_codec(take(&mut buf)?, ctx, codec)?;
    let mut keys: Vec<(LogicalPlan, DupSpec)> = Vec::new();
    while !buf.is_empty() {
        let spec = std::str::from_utf8(take(&mut buf)?).ok().and_then(DupSpec::decode);
        let Some(spec) = spec else {
            return internal_err!("QualityCodec: bad duplicate key spec");
        };
        keys.push((logical_plan_from_bytes_with_extension_codec(take(&mut buf)?, ctx, codec)?, spec));
    }
    Ok(DuplicateCountsTable::new(main, keys))
}
