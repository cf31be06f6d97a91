//! Plan serialisation for datafusion-proto: [`SyntheticCodec`] encodes a [`SyntheticExec`]
//! (physical plans, for Ballista executors) and a [`SyntheticTable`] (logical plans) as a few
//! `key=value` lines; the options travel in their canonical form and are parsed again, so a
//! decoded plan generates the same rows.

use std::sync::Arc;

use arrow::datatypes::SchemaRef;
use datafusion::catalog::TableProvider;
use datafusion::common::{not_impl_err, plan_datafusion_err, Result, TableReference};
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{Extension, LogicalPlan};
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};

use super::exec::SyntheticExec;
use super::options::SyntheticOptions;
use super::SyntheticTable;

/// Encodes and decodes `synthetic_intents` plan nodes and providers.
#[derive(Debug, Default, Clone, Copy)]
pub struct SyntheticCodec;

const PLAN_TAG: &str = "privsql.synthetic_exec.v1";
const TABLE_TAG: &str = "privsql.synthetic_table.v1";

/// The fields of an encoded node.
#[derive(Debug, Default)]
struct Fields {
    rows: u64,
    seed: u64,
    options: SyntheticOptions,
    projection: Option<Vec<usize>>,
    fetch: Option<usize>,
    partitions: usize,
    batch_size: usize,
}

fn encode(tag: &str, f: &Fields, buf: &mut Vec<u8>) {
    let mut s = format!("{tag}\nrows={}\nseed={}\npartitions={}\nbatch_size={}\n", f.rows, f.seed, f.partitions, f.batch_size);
    if let Some(p) = &f.projection {
        let cols: Vec<String> = p.iter().map(|c| c.to_string()).collect();
        s.push_str(&format!("projection={}\n", cols.join(",")));
    }
    if let Some(fetch) = f.fetch {
        s.push_str(&format!("fetch={fetch}\n"));
    }
    s.push_str(&format!("options={}\n", f.options));
    buf.extend_from_slice(s.as_bytes());
}

fn decode(tag: &str, buf: &[u8]) -> Result<Option<Fields>> {
    // Another codec's bytes (a composite codec tries each in turn): not ours, not an error.
    if !buf.starts_with(tag.as_bytes()) {
        return Ok(None);
    }
    let text = std::str::from_utf8(buf).map_err(|_| plan_datafusion_err!("synthetic codec: payload is not UTF-8"))?;
    let mut lines = text.lines();
    if lines.next() != Some(tag) {
        return Ok(None);
    }
    let bad = |k: &str| plan_datafusion_err!("synthetic codec: bad field {k} in {tag}");
    let mut f = Fields { partitions: 1, batch_size: 8192, ..Default::default() };
    for line in lines {
        let (k, v) = line.split_once('=').ok_or_else(|| bad(line))?;
        match k {
            "rows" => f.rows = v.parse().map_err(|_| bad(k))?,
            "seed" => f.seed = v.parse().map_err(|_| bad(k))?,
            "partitions" => f.partitions = v.parse().map_err(|_| bad(k))?,
            "batch_size" => f.batch_size = v.parse().map_err(|_| bad(k))?,
            "fetch" => f.fetch = Some(v.parse().map_err(|_| bad(k))?),
            "projection" if v.is_empty() => f.projection = Some(vec![]),
            "projection" => {
                f.projection = Some(v.split(',').map(|c| c.parse::<usize>().map_err(|_| bad(k))).collect::<Result<_>>()?)
            }
            "options" => f.options = SyntheticOptions::parse(v)?,
            _ => return Err(bad(k)),
        }
    }
    Ok(Some(f))
}

impl PhysicalExtensionCodec for SyntheticCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        _inputs: &[Arc<dyn ExecutionPlan>],
        _ctx: &TaskContext,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        match decode(PLAN_TAG, buf)? {
            Some(f) => Ok(Arc::new(SyntheticExec::try_new(
                f.rows,
                f.seed,
                f.options,
                f.projection,
                f.fetch,
                f.partitions,
                f.batch_size,
            )?)),
            None => not_impl_err!("SyntheticCodec cannot decode this plan node"),
        }
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        let Some(e) = node.downcast_ref::<SyntheticExec>() else {
            return not_impl_err!("SyntheticCodec cannot encode {}", node.name());
        };
        let fields = Fields {
            rows: e.rows(),
            seed: e.seed(),
            options: e.options().clone(),
            projection: e.projection().map(|p| p.to_vec()),
            fetch: e.fetch(),
            partitions: e.partitions(),
            batch_size: e.batch_size(),
        };
        encode(PLAN_TAG, &fields, buf);
        Ok(())
    }
}

impl LogicalExtensionCodec for SyntheticCodec {
    fn try_decode(&self, _buf: &[u8], _inputs: &[LogicalPlan], _ctx: &TaskContext) -> Result<Extension> {
        not_impl_err!("SyntheticCodec has no logical extension nodes")
    }

    fn try_encode(&self, _node: &Extension, _buf: &mut Vec<u8>) -> Result<()> {
        not_impl_err!("SyntheticCodec has no logical extension nodes")
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        _table_ref: &TableReference,
        _schema: SchemaRef,
        _ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        match decode(TABLE_TAG, buf)? {
            Some(f) => Ok(Arc::new(SyntheticTable::new(f.rows, f.seed, f.options))),
            None => not_impl_err!("SyntheticCodec cannot decode this table provider"),
        }
    }

    fn try_encode_table_provider(
        &self,
        _table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        let Some(t) = node.downcast_ref::<SyntheticTable>() else {
            return not_impl_err!("SyntheticCodec cannot encode this table provider");
        };
        let fields = Fields { rows: t.rows(), seed: t.seed(), options: t.options().clone(), ..Default::default() };
        encode(TABLE_TAG, &fields, buf);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::util::pretty::pretty_format_batches;
    use datafusion::physical_plan::collect;
    use datafusion_proto::bytes::{
        logical_plan_from_bytes_with_extension_codec, logical_plan_to_bytes_with_extension_codec,
        physical_plan_from_bytes_with_extension_codec, physical_plan_to_bytes_with_extension_codec,
    };

    const QUERY: &str = "SELECT id, ticket_id, email, intent, template, text, order_total, defect \
                         FROM synthetic_intents(3000, 7, 'defect_rate=0.2, languages=en,de,pt') \
                         WHERE id % 97 = 3 ORDER BY id";

    async fn session() -> datafusion::prelude::SessionContext {
        let c = crate::Config::from_toml("[engine]\ntarget_partitions = 3\nbatch_size = 256\n").unwrap();
        crate::build_session(&c).unwrap()
    }

    #[tokio::test]
    async fn physical_plan_round_trips_with_identical_rows() {
        let ctx = session().await;
        let plan = ctx.sql(QUERY).await.unwrap().create_physical_plan().await.unwrap();
        let expected = pretty_format_batches(&collect(Arc::clone(&plan), ctx.task_ctx()).await.unwrap()).unwrap().to_string();

        let bytes = physical_plan_to_bytes_with_extension_codec(plan, &SyntheticCodec).unwrap();
        let decoded = physical_plan_from_bytes_with_extension_codec(&bytes, &ctx.task_ctx(), &SyntheticCodec).unwrap();
        let got = pretty_format_batches(&collect(decoded, ctx.task_ctx()).await.unwrap()).unwrap().to_string();
        assert_eq!(expected, got);
        assert!(expected.lines().count() > 30, "{expected}");
    }

    #[tokio::test]
    async fn logical_plan_round_trips_with_identical_rows() {
        let ctx = session().await;
        let df = ctx.sql(QUERY).await.unwrap();
        let plan = df.clone().into_optimized_plan().unwrap();
        let expected = pretty_format_batches(&df.collect().await.unwrap()).unwrap().to_string();

        let bytes = logical_plan_to_bytes_with_extension_codec(&plan, &SyntheticCodec).unwrap();
        let decoded = logical_plan_from_bytes_with_extension_codec(&bytes, &ctx.task_ctx(), &SyntheticCodec).unwrap();
        let got = ctx.execute_logical_plan(decoded).await.unwrap().collect().await.unwrap();
        assert_eq!(expected, pretty_format_batches(&got).unwrap().to_string());
    }

    #[test]
    fn foreign_payloads_are_refused() {
        assert!(decode(PLAN_TAG, b"something.else\nrows=1").unwrap().is_none());
        assert!(decode(PLAN_TAG, format!("{PLAN_TAG}\nrows=x").as_bytes()).is_err());
    }
}
