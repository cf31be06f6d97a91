//! Exact duplicate counting for `quality_report`'s `unique` and `duplicate_rows` checks.
//!
//! A `GROUP BY` over every column (or a 10-million-key `GROUP BY ticket_id`) keeps every
//! distinct row in a hash table; that was most of the report's time. [`DuplicatesExec`] instead
//! hashes each row once, vectorised (DataFusion's `create_hashes`), keeps only the 64-bit
//! hashes (8 bytes a row, reserved from the memory pool), sorts them per input partition (in
//! parallel) and merges the sorted runs to find the hashes that repeat. Only when some hash
//! repeats does it read the input a second time, and then it encodes just the rows carrying a
//! repeated hash (arrow's row format) and counts those exactly: two different rows sharing a
//! hash are told apart, so the counts are exact whatever the hash does. Duplicates are rare in
//! real tables, so the second pass touches few rows (and none at all for a table without
//! duplicates).
//!
//! It counts like `GROUP BY`: NULLs equal each other, floats compare by their bits. The output
//! is one row: `keyed` (rows counted), `dups` (rows whose key occurs more than once, as Great
//! Expectations counts), `examples` (up to three duplicated keys as text, the smallest; only
//! for declared keys, `[redacted]` when sensitive).
//!
//! [`DuplicatesTable`] puts it in a logical plan (a table whose scan plans the input), and
//! [`super::table::QualityCodec`] serialises it for datafusion-proto.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray, Int64Array, RecordBatch, StringArray};
use arrow::compute::{cast_with_options, filter_record_batch};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use arrow::row::{RowConverter, SortField};
use async_trait::async_trait;
use datafusion::catalog::{Session, TableProvider};
use datafusion::common::format::DEFAULT_CAST_OPTIONS;
use datafusion::common::hash_utils::{create_hashes, RandomState};
use datafusion::common::runtime::SpawnedTask;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, project_schema, DataFusionError, Result, ScalarValue};
use datafusion::datasource::TableType;
use datafusion::execution::memory_pool::MemoryConsumer;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::{Expr, LogicalPlan};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::reset_plan_states;
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, ExecutionPlanProperties, Partitioning,
    PlanProperties,
};
use futures::StreamExt;

use super::example_values::ExampleValues;

/// How duplicates of one key are counted and shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DupSpec {
    /// Names the output columns (`__keyed{k}`, `__dup{k}`, `__dupex{k}`).
    pub k: usize,
    /// A declared key: examples are collected (whole duplicate rows get none).
    pub examples: bool,
    /// The key has a sensitive column: examples show `[redacted]`.
    pub sensitive: bool,
}

impl DupSpec {
    /// The output schema.
    pub fn schema(&self) -> SchemaRef {
        let k = self.k;
        Arc::new(Schema::new(vec![
            Field::new(format!("__keyed{k}"), DataType::Int64, false),
            Field::new(format!("__dup{k}"), DataType::Int64, false),
            Field::new(
                format!("__dupex{k}"),
                DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true))),
                true,
            ),
        ]))
    }

    /// `k`, examples and sensitivity as text (for the plan codec).
    pub fn encode(&self) -> String {
        format!(
            "{},{},{}",
            self.k, self.examples as u8, self.sensitive as u8
        )
    }

    pub fn decode(s: &str) -> Option<DupSpec> {
        let mut it = s.split(',');
        let k = it.next()?.parse().ok()?;
        let examples = it.next()? == "1";
        let sensitive = it.next()? == "1";
        it.next().is_none().then_some(DupSpec {
            k,
            examples,
            sensitive,
        })
    }
}

/// A one-row table: the duplicate counts of `input`'s rows (all its columns form the key).
#[derive(Debug)]
pub struct DuplicatesTable {
    input: LogicalPlan,
    spec: DupSpec,
    schema: SchemaRef,
}

impl DuplicatesTable {
    pub fn new(input: LogicalPlan, spec: DupSpec) -> Self {
        let schema = spec.schema();
        Self {
            input,
            spec,
            schema,
        }
    }
}

#[async_trait]
impl TableProvider for DuplicatesTable {
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
        let input = state.create_physical_plan(&self.input).await?;
        Ok(Arc::new(DuplicatesExec::try_new(
            input,
            self.spec.clone(),
            projection.cloned(),
        )?))
    }
}

/// The operator: reads every partition of its input (twice when some hash repeats) and
/// outputs one row.
#[derive(Debug)]
pub struct DuplicatesExec {
    input: Arc<dyn ExecutionPlan>,
    spec: DupSpec,
    projection: Option<Vec<usize>>,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
}

impl DuplicatesExec {
    pub fn try_new(
        input: Arc<dyn ExecutionPlan>,
        spec: DupSpec,
        projection: Option<Vec<usize>>,
    ) -> Result<Self> {
        let schema = project_schema(&spec.schema(), projection.as_ref())?;
        let properties = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&schema)),
            Partitioning::UnknownPartitioning(1),
            EmissionType::Final,
            Boundedness::Bounded,
        ));
        Ok(Self {
            input,
            spec,
            projection,
            schema,
            properties,
        })
    }

    pub fn spec(&self) -> &DupSpec {
        &self.spec
    }

    pub fn projection(&self) -> Option<&Vec<usize>> {
        self.projection.as_ref()
    }
}

impl DisplayAs for DuplicatesExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "DuplicatesExec: key=[{}], examples={}",
            self.input
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

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.input]
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
        match <[_; 1]>::try_from(children) {
            Ok([child]) => Ok(Arc::new(DuplicatesExec::try_new(
                child,
                self.spec.clone(),
                self.projection.clone(),
            )?)),
            Err(_) => internal_err!("DuplicatesExec takes one child"),
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
        let input = Arc::clone(&self.input);
        let spec = self.spec.clone();
        let projection = self.projection.clone();
        let schema = Arc::clone(&self.schema);
        let fut = async move {
            let (keyed, dups, examples) = count(input, &spec, context).await?;
            let columns: Vec<ArrayRef> = vec![
                Arc::new(Int64Array::from(vec![keyed as i64])),
                Arc::new(Int64Array::from(vec![dups as i64])),
                match examples {
                    Some(e) => e.list().to_array()?,
                    None => ScalarValue::List(Arc::new(arrow::array::ListArray::new_null(
                        Arc::new(Field::new_list_field(DataType::Utf8, true)),
                        1,
                    )))
                    .to_array()?,
                },
            ];
            let full = RecordBatch::try_new(spec.schema(), columns)?;
            let batch = match &projection {
                Some(p) => full.project(p)?,
                None => full,
            };
            Ok::<_, DataFusionError>(batch)
        };
        let stream = futures::stream::once(fut);
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}

/// Fixed seed: the hashes only pick the rows to compare exactly, any seed gives the same counts.
fn hasher() -> RandomState {
    RandomState::with_seed(0x5eed_d0b1)
}

fn hash_batch(batch: &RecordBatch, buf: &mut Vec<u64>) -> Result<()> {
    buf.clear();
    buf.resize(batch.num_rows(), 0);
    create_hashes(batch.columns(), &hasher(), buf)?;
    Ok(())
}

/// Run `per_partition` on every input partition, each on its own task.
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

/// `(rows, rows whose key repeats, examples)`.
async fn count(
    input: Arc<dyn ExecutionPlan>,
    spec: &DupSpec,
    context: Arc<TaskContext>,
) -> Result<(u64, u64, Option<ExampleValues>)> {
    let reservation = Arc::new(
        MemoryConsumer::new(format!("DuplicatesExec[{}]", spec.k)).register(context.memory_pool()),
    );

    // Pass 1: every row's hash, sorted per partition.
    let runs = each_partition(&input, &context, |mut stream| {
        let reservation = Arc::clone(&reservation);
        async move {
            let mut hashes: Vec<u64> = Vec::new();
            let mut buf = Vec::new();
            while let Some(batch) = stream.next().await {
                let batch = batch?;
                reservation.try_grow(batch.num_rows() * std::mem::size_of::<u64>())?;
                hash_batch(&batch, &mut buf)?;
                hashes.extend_from_slice(&buf);
            }
            let task = SpawnedTask::spawn_blocking(move || {
                hashes.sort_unstable();
                hashes
            });
            task.join_unwind()
                .await
                .map_err(|e| DataFusionError::External(Box::new(e)))
        }
    })
    .await?;
    let rows: u64 = runs.iter().map(|r| r.len() as u64).sum();
    let repeated = repeated_hashes(&runs);
    drop(runs);
    reservation.free();
    let mut examples = spec.examples.then(ExampleValues::default);
    if repeated.is_empty() {
        return Ok((rows, 0, examples));
    }

    // Pass 2: the rows carrying a repeated hash, counted exactly by their row encoding. The
    // input runs again from fresh operator state (a repartition, for one, runs once).
    let input = reset_plan_states(input)?;
    let repeated = Arc::new(repeated);
    let schema = input.schema();
    let fields: Vec<SortField> = schema
        .fields()
        .iter()
        .map(|f| SortField::new(f.data_type().clone()))
        .collect();
    let want_text = spec.examples && !spec.sensitive;
    let groups = each_partition(&input, &context, |mut stream| {
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
                hash_batch(&batch, &mut buf)?;
                let mask: BooleanArray = buf.iter().map(|h| Some(repeated.contains(h))).collect();
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
    Ok((rows, dups, examples))
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

/// The hashes occurring more than once across the sorted runs (a k-way merge).
fn repeated_hashes(runs: &[Vec<u64>]) -> HashSet<u64> {
    let mut out = HashSet::new();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::new();
    let mut pos = vec![0usize; runs.len()];
    for (r, run) in runs.iter().enumerate() {
        if let Some(&h) = run.first() {
            heap.push(Reverse((h, r)));
        }
    }
    let mut prev: Option<u64> = None;
    while let Some(Reverse((h, r))) = heap.pop() {
        if prev == Some(h) {
            out.insert(h);
        }
        prev = Some(h);
        // Take the rest of this run while it stays below every other run's head.
        let run = &runs[r];
        pos[r] += 1;
        let bound = heap.peek().map(|Reverse((b, _))| *b);
        while pos[r] < run.len() && bound.is_none_or(|b| run[pos[r]] < b) {
            let h = run[pos[r]];
            if prev == Some(h) {
                out.insert(h);
            }
            prev = Some(h);
            pos[r] += 1;
        }
        if pos[r] < run.len() {
            heap.push(Reverse((run[pos[r]], r)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_hashes_across_runs() {
        let runs = vec![vec![1, 3, 3, 7, 9], vec![2, 7, 8], vec![], vec![0, 9, 10]];
        let mut got: Vec<u64> = repeated_hashes(&runs).into_iter().collect();
        got.sort();
        assert_eq!(got, vec![3, 7, 9]);
        assert!(repeated_hashes(&[vec![1, 2, 3]]).is_empty());
    }

    #[test]
    fn spec_round_trips() {
        let s = DupSpec {
            k: 3,
            examples: true,
            sensitive: false,
        };
        assert_eq!(DupSpec::decode(&s.encode()), Some(s));
        assert_eq!(DupSpec::decode("3,1"), None);
    }
}
