//! Exact duplicate counting for `quality_report`'s `unique` and `duplicate_rows` checks, in
//! the report's single scan.
//!
//! A `GROUP BY` over every column (or a 10-million-key `GROUP BY ticket_id`) keeps every
//! distinct row in a hash table and needs a scan of its own; that was most of the report's
//! time. Instead the report's one aggregate hashes each row once per key, vectorised
//! (DataFusion's `create_hashes`), in [`super::repeated_hashes`]: it keeps only the 64-bit
//! hashes (8 bytes a row, reserved from the memory pool through the aggregate), sorts them in
//! each partition's partial aggregate (in parallel) and merges the sorted runs to list the
//! hashes that occur more than once ([`super::hash_runs`]). [`DuplicatesExec`] then reads the
//! key columns again only when that list is not empty, picks just the rows carrying a listed
//! hash, encodes them (arrow's row format) and counts them exactly: two different keys sharing
//! a hash are told apart, so the counts are exact whatever the hash does. A table without
//! duplicates (a whole-row check when some column is unique) is never read a second time; a
//! declared key with duplicates is re-read in its key columns only.
//!
//! It counts like `GROUP BY`: NULLs equal each other, floats compare by their bits. It adds to
//! the report's row `__dup{k}` (rows whose key occurs more than once, as Great Expectations
//! counts) and `__dupex{k}` (up to three duplicated keys as text, the smallest; declared keys
//! only, `[redacted]` when sensitive).
//!
//! [`DuplicateCountsTable`] puts the aggregate and these operators in a logical plan (a table
//! whose scan plans them), and [`super::table::QualityCodec`] serialises `DuplicatesExec` for
//! datafusion-proto.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray, Int64Array, RecordBatch, StringArray};
use arrow::buffer::BooleanBuffer;
use arrow::compute::{cast_with_options, filter_record_batch};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef, UInt64Type};
use arrow::row::{RowConverter, SortField};
use async_trait::async_trait;
use datafusion::catalog::{Session, TableProvider};
use datafusion::common::format::DEFAULT_CAST_OPTIONS;
use datafusion::common::hash_utils::create_hashes;
use datafusion::common::runtime::SpawnedTask;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, DataFusionError, Result, ScalarValue};
use datafusion::datasource::TableType;
use datafusion::execution::memory_pool::MemoryConsumer;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::{Expr, LogicalPlan};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::expressions::Column as PhysicalColumn;
use datafusion::physical_plan::projection::{ProjectionExec, ProjectionExpr};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, Distribution, ExecutionPlan, ExecutionPlanProperties,
    Partitioning, PlanProperties,
};
use futures::{StreamExt, TryStreamExt};

use super::example_values::ExampleValues;
use super::hash_runs::{hasher, HashSet64};
use super::repeated_hashes::hash_list_type;

/// How duplicates of one key are counted and shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DupSpec {
    /// Names the output columns (`__dup{k}`, `__dupex{k}`).
    pub k: usize,
    /// A declared key: examples are collected (whole duplicate rows get none).
    pub examples: bool,
    /// The key has a sensitive column: examples show `[redacted]`.
    pub sensitive: bool,
    /// The column of the input row holding `repeated_hashes` of the key.
    pub candidates: usize,
}

impl DupSpec {
    /// The columns added to the input row.
    pub fn fields(&self) -> Vec<Field> {
        let k = self.k;
        vec![
            Field::new(format!("__dup{k}"), DataType::Int64, false),
            Field::new(format!("__dupex{k}"), utf8_list(), true),
        ]
    }

    /// The spec as text (for the plan codec).
    pub fn encode(&self) -> String {
        format!(
            "{},{},{},{}",
            self.k, self.examples as u8, self.sensitive as u8, self.candidates
        )
    }

    pub fn decode(s: &str) -> Option<DupSpec> {
        let mut it = s.split(',');
        let k = it.next()?.parse().ok()?;
        let examples = it.next()? == "1";
        let sensitive = it.next()? == "1";
        let candidates = it.next()?.parse().ok()?;
        it.next().is_none().then_some(DupSpec {
            k,
            examples,
            sensitive,
            candidates,
        })
    }
}

fn utf8_list() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

/// The one-row result of the report's aggregate, with every duplicate count added: the
/// aggregate (`main`) and, per key, the key columns of the rows to compare exactly.
#[derive(Debug)]
pub struct DuplicateCountsTable {
    main: LogicalPlan,
    keys: Vec<(LogicalPlan, DupSpec)>,
    schema: SchemaRef,
}

impl DuplicateCountsTable {
    /// The report's aggregate.
    pub fn main(&self) -> &LogicalPlan {
        &self.main
    }

    /// Per key, the plan of the rows to compare and its spec.
    pub fn keys(&self) -> &[(LogicalPlan, DupSpec)] {
        &self.keys
    }

    pub fn new(main: LogicalPlan, keys: Vec<(LogicalPlan, DupSpec)>) -> Self {
        let mut fields: Vec<Field> = main
            .schema()
            .fields()
            .iter()
            .map(|f| f.as_ref().clone())
            .collect();
        for (_, spec) in &keys {
            fields.extend(spec.fields());
        }
        Self {
            main,
            keys,
            schema: Arc::new(Schema::new(fields)),
        }
    }
}

#[async_trait]
impl TableProvider for DuplicateCountsTable {
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
        _filters: &[Expr],
        _limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let mut plan = state.create_physical_plan(&self.main).await?;
        for (keys, spec) in &self.keys {
            let keys = state.create_physical_plan(keys).await?;
            plan = Arc::new(DuplicatesExec::try_new(plan, keys, spec.clone())?);
        }
        match projection {
            None => Ok(plan),
            Some(p) => {
                let schema = plan.schema();
                let exprs: Vec<ProjectionExpr> = p
                    .iter()
                    .map(|&i| {
                        let name = schema.field(i).name();
                        ProjectionExpr::new(Arc::new(PhysicalColumn::new(name, i)), name.clone())
                    })
                    .collect();
                Ok(Arc::new(ProjectionExec::try_new(exprs, plan)?))
            }
        }
    }
}

/// The operator: passes its one-row input through with `__dup{k}` and `__dupex{k}` added,
/// comparing exactly the rows of `keys` whose hash the input lists as repeated.
#[derive(Debug)]
pub struct DuplicatesExec {
    input: Arc<dyn ExecutionPlan>,
    keys: Arc<dyn ExecutionPlan>,
    spec: DupSpec,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
}

impl DuplicatesExec {
    pub fn try_new(
        input: Arc<dyn ExecutionPlan>,
        keys: Arc<dyn ExecutionPlan>,
        spec: DupSpec,
    ) -> Result<Self> {
        let in_schema = input.schema();
        match in_schema
            .fields()
            .get(spec.candidates)
            .map(|f| f.data_type())
        {
            Some(t) if *t == hash_list_type() => {}
            _ => {
                return internal_err!(
                    "DuplicatesExec: input column {} is not a list of hashes",
                    spec.candidates
                )
            }
        }
        let mut fields: Vec<Field> = in_schema
            .fields()
            .iter()
            .map(|f| f.as_ref().clone())
            .collect();
        fields.extend(spec.fields());
        let schema = Arc::new(Schema::new(fields));
        let properties = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&schema)),
            Partitioning::UnknownPartitioning(1),
            EmissionType::Final,
            Boundedness::Bounded,
        ));
        Ok(Self {
            input,
            keys,
            spec,
            schema,
            properties,
        })
    }

    pub fn spec(&self) -> &DupSpec {
        &self.spec
    }
}

impl DisplayAs for DuplicatesExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "DuplicatesExec: key=[{}], examples={}",
            self.keys
                .schema()
                .fields()
                .iter()
                .map(|f| f.name().as_str())
                .collect::<Vec<_>>()
                .join(", "),
            self.spec.examples
        )
    }
}

impl ExecutionPlan for DuplicatesExec {
    fn name(&self) -> &str {
        "DuplicatesExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn required_input_distribution(&self) -> Vec<Distribution> {
        vec![
            Distribution::SinglePartition,
            Distribution::UnspecifiedDistribution,
        ]
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.input, &self.keys]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(
        self: Arc<Self>,
        children: Vec<Arc<dyn ExecutionPlan>>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        match <[_; 2]>::try_from(children) {
            Ok([input, keys]) => Ok(Arc::new(DuplicatesExec::try_new(
                input,
                keys,
                self.spec.clone(),
            )?)),
            Err(_) => internal_err!("DuplicatesExec takes two children"),
        }
    }

    fn execute(
        &self,
        partition: usize,
        context: Arc<TaskContext>,
    ) -> Result<SendableRecordBatchStream> {
        if partition != 0 {
            return internal_err!("DuplicatesExec has one partition, asked for {partition}");
        }
        let mut input = self.input.execute(0, Arc::clone(&context))?;
        let keys = Arc::clone(&self.keys);
        let spec = self.spec.clone();
        let schema = Arc::clone(&self.schema);
        let out_schema = Arc::clone(&schema);
        let fut = async move {
            let mut out = Vec::new();
            while let Some(batch) = input.next().await {
                let batch = batch?;
                let mut columns = batch.columns().to_vec();
                let (mut dups, mut lists) = (Vec::new(), Vec::new());
                let cands = batch.column(spec.candidates).as_list::<i32>();
                for row in 0..batch.num_rows() {
                    let repeated: HashSet64 = if cands.is_valid(row) {
                        cands
                            .value(row)
                            .as_primitive::<UInt64Type>()
                            .values()
                            .iter()
                            .copied()
                            .collect()
                    } else {
                        HashSet64::default()
                    };
                    let (n, examples) = count(&keys, repeated, &spec, &context).await?;
                    dups.push(n as i64);
                    lists.push(match examples {
                        Some(e) => e.list(),
                        None => ScalarValue::try_from(utf8_list())?,
                    });
                }
                columns.push(Arc::new(Int64Array::from(dups)));
                columns.push(if lists.is_empty() {
                    arrow::array::new_empty_array(&utf8_list())
                } else {
                    ScalarValue::iter_to_array(lists)?
                });
                out.push(RecordBatch::try_new(Arc::clone(&out_schema), columns)?);
            }
            Ok::<_, DataFusionError>(futures::stream::iter(out.into_iter().map(Ok)))
        };
        let stream = futures::stream::once(fut).try_flatten();
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}

/// Run `per_partition` on every partition of `input`, each on its own task.
async fn each_partition<T, F, Fut>(
    input: &Arc<dyn ExecutionPlan>,
    context: &Arc<TaskContext>,
    per_partition: F,
) -> Result<Vec<T>>
where
    T: Send + 'static,
    F: Fn(SendableRecordBatchStream) -> Fut,
    Fut: std::future::Future<Output = Result<T>> + Send + 'static,
{
    let n = input.output_partitioning().partition_count();
    let mut tasks = Vec::with_capacity(n);
    for p in 0..n {
        let stream = input.execute(p, Arc::clone(context))?;
        tasks.push(SpawnedTask::spawn(per_partition(stream)));
    }
    let mut out = Vec::with_capacity(n);
    for t in tasks {
        out.push(
            t.join_unwind()
                .await
                .map_err(|e| DataFusionError::External(Box::new(e)))??,
        );
    }
    Ok(out)
}

/// Rows whose key occurs more than once (and examples), comparing exactly the rows of `keys`
/// whose hash is `repeated`. With no repeated hash, `keys` is not read at all.
async fn count(
    keys: &Arc<dyn ExecutionPlan>,
    repeated: HashSet64,
    spec: &DupSpec,
    context: &Arc<TaskContext>,
) -> Result<(u64, Option<ExampleValues>)> {
    let mut examples = spec.examples.then(ExampleValues::default);
    if repeated.is_empty() {
        return Ok((0, examples));
    }
    let reservation = Arc::new(
        MemoryConsumer::new(format!("DuplicatesExec[{}]", spec.k)).register(context.memory_pool()),
    );
    let repeated = Arc::new(repeated);
    let fields: Vec<SortField> = keys
        .schema()
        .fields()
        .iter()
        .map(|f| SortField::new(f.data_type().clone()))
        .collect();
    let want_text = spec.examples && !spec.sensitive;
    let groups = each_partition(keys, context, |mut stream| {
        let (repeated, reservation, fields) = (
            Arc::clone(&repeated),
            Arc::clone(&reservation),
            fields.clone(),
        );
        async move {
            let converter = RowConverter::new(fields)?;
            let mut groups: HashMap<Vec<u8>, (u64, Option<String>)> = HashMap::new();
            let mut buf = Vec::new();
            while let Some(batch) = stream.next().await {
                let batch = batch?;
                buf.clear();
                buf.resize(batch.num_rows(), 0);
                create_hashes(batch.columns(), &hasher(), &mut buf)?;
                let mask = BooleanArray::new(
                    BooleanBuffer::collect_bool(buf.len(), |i| repeated.contains(&buf[i])),
                    None,
                );
                if mask.true_count() == 0 {
                    continue;
                }
                let picked = filter_record_batch(&batch, &mask)?;
                let rows = converter.convert_columns(picked.columns())?;
                let shown = if want_text {
                    Some(key_text(&picked)?)
                } else {
                    None
                };
                for (i, row) in rows.iter().enumerate() {
                    match groups.get_mut(row.as_ref()) {
                        Some(g) => g.0 += 1,
                        None => {
                            let text = shown.as_ref().map(|s| s.value(i).to_string());
                            reservation.try_grow(
                                row.as_ref().len() + text.as_ref().map_or(0, |t| t.len()) + 64,
                            )?;
                            groups.insert(row.as_ref().to_vec(), (1, text));
                        }
                    }
                }
            }
            Ok(groups)
        }
    })
    .await?;
    let mut merged: HashMap<Vec<u8>, (u64, Option<String>)> = HashMap::new();
    for g in groups {
        for (row, (n, text)) in g {
            merged.entry(row).or_insert((0, text)).0 += n;
        }
    }
    let mut dups = 0;
    let mut shown: Vec<String> = Vec::new();
    for (n, text) in merged.into_values() {
        if n > 1 {
            dups += n;
            if let Some(t) = text {
                shown.push(t);
            }
        }
    }
    if let Some(ex) = examples.as_mut() {
        let values: ArrayRef = if spec.sensitive {
            Arc::new(StringArray::from(if dups > 0 {
                vec!["[redacted]"]
            } else {
                vec![]
            }))
        } else {
            Arc::new(StringArray::from(shown))
        };
        ex.offer_array(&values)?;
    }
    Ok((dups, examples))
}

/// The key of each row as text: the value, or the values joined by ", " (NULL as `NULL`), as
/// the report shows keys.
fn key_text(batch: &RecordBatch) -> Result<StringArray> {
    let texts: Vec<ArrayRef> = batch
        .columns()
        .iter()
        .map(|c| cast_with_options(c, &DataType::Utf8, &DEFAULT_CAST_OPTIONS))
        .collect::<std::result::Result<_, _>>()?;
    if texts.len() == 1 {
        return Ok(texts[0].as_string::<i32>().clone());
    }
    let cols: Vec<&StringArray> = texts.iter().map(|t| t.as_string::<i32>()).collect();
    Ok((0..batch.num_rows())
        .map(|i| {
            Some(
                cols.iter()
                    .map(|c| if c.is_null(i) { "NULL" } else { c.value(i) })
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_round_trips() {
        let s = DupSpec {
            k: 3,
            examples: true,
            sensitive: false,
            candidates: 17,
        };
        assert_eq!(DupSpec::decode(&s.encode()), Some(s));
        assert_eq!(DupSpec::decode("3,1,0"), None);
    }
}
