//! The table provider behind `quality_report`, `quality_score` and `profile`, their argument
//! parsing, and their plan codec (datafusion-proto) so Ballista executors can run them.
//!
//! The provider's schema is fixed, so a query plans without touching the data; `scan` builds
//! the quality plan (see [`super::plan`]) for the session and hands it to DataFusion, like a
//! view.

use std::sync::Arc;

use arrow::datatypes::SchemaRef;
use async_trait::async_trait;
use datafusion::catalog::{Session, TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{
    internal_err, not_impl_err, plan_datafusion_err, plan_err, Result, ScalarValue, TableReference,
};
use datafusion::datasource::ViewTable;
use datafusion::execution::{SessionState, TaskContext};
use datafusion::logical_expr::TableType;
use datafusion::logical_expr::{Expr, Extension, LogicalPlan};
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};

use super::duplicates::{DupSpec, DuplicatesExec};
use super::output_exec::QualityOutputExec;
use super::plan::{self, Kind, Source, Spec};
use crate::validate::{string_literal, ContractStore};

/// Default `max_age` of `quality_report` and `quality_score`.
pub const DEFAULT_MAX_AGE: &str = "1 day";

/// A quality table: what to compute, and the contracts to compute it with.
#[derive(Debug)]
pub struct QualityTable {
    spec: Spec,
    store: ContractStore,
    schema: SchemaRef,
}

impl QualityTable {
    pub fn new(spec: Spec, store: ContractStore) -> Self {
        let schema = match spec.kind {
            Kind::Report => plan::report_schema(),
            Kind::Score => plan::score_schema(),
            Kind::Profile => plan::profile_schema(),
        };
        Self {
            spec,
            store,
            schema,
        }
    }

    pub fn spec(&self) -> &Spec {
        &self.spec
    }
}

#[async_trait]
impl TableProvider for QualityTable {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::View
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let Some(session) = state.as_any().downcast_ref::<SessionState>() else {
            return plan_err!("{} needs a DataFusion SessionState", self.spec.kind.name());
        };
        let plan = plan::build(&self.spec, &self.store, session).await?;
        let exec = ViewTable::new(plan, None)
            .scan(state, projection, filters, limit)
            .await?;
        let table = match &self.spec.source {
            Source::Table(name) => name.clone(),
            Source::Query(_) => "(query)".to_owned(),
        };
        Ok(Arc::new(QualityOutputExec::new(exec, self.spec.kind, table, self.spec.contract.clone())))
    }
}

/// A quality table function (`quality_report`, `quality_score` or `profile`).
#[derive(Debug)]
pub struct QualityFunc {
    kind: Kind,
    store: ContractStore,
}

impl QualityFunc {
    pub fn new(kind: Kind, store: ContractStore) -> Self {
        Self { kind, store }
    }
}

fn source_arg(fname: &str, e: &Expr) -> Result<Source> {
    let text = match (string_literal(e), e) {
        (Some(s), _) => s.to_string(),
        (None, Expr::Column(c)) => c.flat_name(),
        _ => {
            return plan_err!(
                "{fname}: the first argument must be a table name or a query, as a string"
            )
        }
    };
    let t = text.trim_start();
    let head: String = t.chars().take(6).collect::<String>().to_ascii_lowercase();
    if head.starts_with("select")
        || head.starts_with("with")
        || head.starts_with("values")
        || t.starts_with('(')
    {
        Ok(Source::Query(text))
    } else {
        Ok(Source::Table(text))
    }
}

impl TableFunctionImpl for QualityFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let fname = self.kind.name();
        let exprs = args.exprs();
        let max_args = if self.kind == Kind::Profile { 1 } else { 3 };
        if exprs.is_empty() || exprs.len() > max_args {
            return plan_err!(
                "{fname} takes {}, got {} arguments",
                if self.kind == Kind::Profile {
                    "(table)"
                } else {
                    "(table [, contract [, max_age]])"
                },
                exprs.len()
            );
        }
        let source = source_arg(fname, &exprs[0])?;
        let optional = |i: usize, what: &str| -> Result<Option<String>> {
            match exprs.get(i) {
                None | Some(Expr::Literal(ScalarValue::Null, _)) => Ok(None),
                Some(e) => match string_literal(e) {
                    Some(s) => Ok(Some(s.to_string())),
                    None => plan_err!(
                        "{fname}: argument {} ({what}) must be a string literal or NULL",
                        i + 1
                    ),
                },
            }
        };
        let contract = optional(1, "contract")?;
        if let Some(c) = &contract {
            self.store.get(c)?;
        }
        let max_age = optional(2, "max_age")?.unwrap_or_else(|| DEFAULT_MAX_AGE.to_string());
        if let Source::Table(name) = &source {
            if let Some(state) = args.session().as_any().downcast_ref::<SessionState>() {
                let tref = TableReference::from(name.as_str());
                let exists = state
                    .schema_for_ref(tref.clone())
                    .is_ok_and(|s| s.table_exist(tref.table()));
                if !exists {
                    return plan_err!("{fname}: table '{name}' not found");
                }
            }
        }
        let spec = Spec {
            kind: self.kind,
            source,
            contract,
            max_age,
        };
        // Refuse a bad max_age now rather than at execution.
        if self.kind != Kind::Profile {
            plan::check_max_age(&spec.max_age)?;
        }
        Ok(Arc::new(QualityTable::new(spec, self.store.clone())))
    }
}

/// Serialises [`QualityTable`]s in logical plans and [`DuplicatesExec`]s in physical plans
/// (compose it into privsql's codec). A decoded
/// table uses the contracts of the decoding session (the [`ContractStore`] privsql registers as
/// a session config extension), else `store`.
#[derive(Debug, Clone, Default)]
pub struct QualityCodec {
    pub store: ContractStore,
    /// The composite codec this one is part of, for the plans inside a report's duplicate
    /// counts (held weakly; unset or dropped: this codec alone).
    pub nested: Option<std::sync::Weak<dyn LogicalExtensionCodec>>,
}

impl QualityCodec {
    fn with_outer<T>(&self, f: impl FnOnce(&dyn LogicalExtensionCodec) -> T) -> T {
        match self.nested.as_ref().and_then(std::sync::Weak::upgrade) {
            Some(outer) => f(outer.as_ref()),
            None => f(self),
        }
    }
}

const SEP: char = '\u{1f}';
/// Written before every encoded quality table, so that a composite codec knows its own.
const TAG: &[u8] = b"privsql.quality.QualityTable.v1\n";

impl LogicalExtensionCodec for QualityCodec {
    fn try_decode(
        &self,
        _buf: &[u8],
        _inputs: &[LogicalPlan],
        _ctx: &TaskContext,
    ) -> Result<Extension> {
        not_impl_err!("QualityCodec decodes table providers only")
    }

    fn try_encode(&self, _node: &Extension, _buf: &mut Vec<u8>) -> Result<()> {
        not_impl_err!("QualityCodec encodes table providers only")
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        _table_ref: &TableReference,
        _schema: SchemaRef,
        ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        if let Some(body) = buf.strip_prefix(super::counts_codec::TAG) {
            let t = self.with_outer(|codec| super::counts_codec::decode(body, codec, ctx))?;
            return Ok(Arc::new(t));
        }
        let Some(buf) = buf.strip_prefix(TAG) else {
            return not_impl_err!("QualityCodec does not know this table provider");
        };
        let text = std::str::from_utf8(buf)
            .map_err(|_| plan_datafusion_err!("quality table: not UTF-8"))?;
        let parts: Vec<&str> = text.split(SEP).collect();
        let [kind, source_kind, source, contract, max_age] = parts.as_slice() else {
            return plan_err!("quality table: malformed encoding");
        };
        let kind = match *kind {
            "quality_report" => Kind::Report,
            "quality_score" => Kind::Score,
            "profile" => Kind::Profile,
            other => return plan_err!("quality table: unknown kind {other}"),
        };
        let source = match *source_kind {
            "table" => Source::Table(source.to_string()),
            _ => Source::Query(source.to_string()),
        };
        let contract = (!contract.is_empty()).then(|| contract.to_string());
        Ok(Arc::new(QualityTable::new(
            Spec {
                kind,
                source,
                contract,
                max_age: max_age.to_string(),
            },
            match ctx.session_config().get_extension::<ContractStore>() {
                Some(s) => s.as_ref().clone(),
                None => self.store.clone(),
            },
        )))
    }

    fn try_encode_table_provider(
        &self,
        _table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        if let Some(t) = node.downcast_ref::<super::duplicates::DuplicateCountsTable>() {
            return self.with_outer(|codec| super::counts_codec::encode(t, codec, buf));
        }
        let Some(t) = node.downcast_ref::<QualityTable>() else {
            return not_impl_err!("QualityCodec encodes quality tables only, not {_table_ref}");
        };
        let s = &t.spec;
        let (sk, src) = match &s.source {
            Source::Table(n) => ("table", n.as_str()),
            Source::Query(q) => ("query", q.as_str()),
        };
        let text = [
            s.kind.name(),
            sk,
            src,
            s.contract.as_deref().unwrap_or(""),
            s.max_age.as_str(),
        ]
        .join(&SEP.to_string());
        buf.extend_from_slice(TAG);
        buf.extend_from_slice(text.as_bytes());
        Ok(())
    }
}

/// Written before every encoded [`QualityOutputExec`].
const OUTPUT_TAG: &[u8] = b"privsql.quality.QualityOutputExec.v1\n";

/// Written before every encoded [`DuplicatesExec`].
const EXEC_TAG: &[u8] = b"privsql.quality.DuplicatesExec.v1\n";

impl PhysicalExtensionCodec for QualityCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        _ctx: &TaskContext,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        if let Some(body) = buf.strip_prefix(OUTPUT_TAG) {
            let [input] = inputs else {
                return internal_err!("QualityOutputExec takes one input, got {}", inputs.len());
            };
            let text = std::str::from_utf8(body).map_err(|_| plan_datafusion_err!("QualityOutputExec: not UTF-8"))?;
            return Ok(Arc::new(QualityOutputExec::decode(text, Arc::clone(input))?));
        }
        let Some(body) = buf.strip_prefix(EXEC_TAG) else {
            return not_impl_err!("QualityCodec does not know this execution plan");
        };
        let [input, keys] = inputs else {
            return internal_err!("DuplicatesExec takes two inputs, got {}", inputs.len());
        };
        let text = std::str::from_utf8(body)
            .map_err(|_| plan_datafusion_err!("DuplicatesExec: not UTF-8"))?;
        let Some(spec) = DupSpec::decode(text) else {
            return plan_err!("DuplicatesExec: malformed encoding");
        };
        Ok(Arc::new(DuplicatesExec::try_new(
            Arc::clone(input),
            Arc::clone(keys),
            spec,
        )?))
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        if let Some(output) = node.downcast_ref::<QualityOutputExec>() {
            buf.extend_from_slice(OUTPUT_TAG);
            buf.extend_from_slice(output.encode().as_bytes());
            return Ok(());
        }
        let Some(exec) = node.downcast_ref::<DuplicatesExec>() else {
            return not_impl_err!("QualityCodec does not encode {}", node.name());
        };
        buf.extend_from_slice(EXEC_TAG);
        buf.extend_from_slice(exec.spec().encode().as_bytes());
        Ok(())
    }
}
