//! The resamplers' table provider and execution plan: SMOTE, Borderline-SMOTE, random over- and
//! under-sampling.
//!
//! Resampling needs every row of a class at once (neighbours are searched within the class, the
//! class sizes decide how many rows to make), so [`ResampleExec`] gathers its input into one
//! partition and reserves that memory, and what it builds, in DataFusion's memory pool: a query
//! over more than the pool allows fails with a resources error instead of exhausting the machine.
//!
//! Determinism: the rows of each class a random choice is made in are put in a canonical order
//! (by a seeded hash of the row's content) before any choice, and each class draws from its own
//! generator seeded by (seed, class position in sort order), so the output depends only on the
//! data and the seed, not on the input's partitioning or order. Classes left as they are pass
//! through unhashed.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use arrow::array::{
    new_null_array, Array, ArrayRef, AsArray, BooleanArray, FixedSizeListArray, Float64Array,
    RecordBatch, UInt32Array,
};
use arrow::compute::{cast, concat_batches, interleave_record_batch, take, take_record_batch};
use arrow::datatypes::{DataType, Field, Float64Type, Schema, SchemaRef};
use arrow::row::{RowConverter, SortField};
use async_trait::async_trait;
use datafusion::catalog::{Session, TableProvider};
use datafusion::common::runtime::SpawnedTask;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{exec_err, internal_err, plan_err, DataFusionError, Result};
use datafusion::datasource::TableType;
use datafusion::execution::memory_pool::{MemoryConsumer, MemoryReservation};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::EmitTo;
use datafusion::logical_expr::{Expr, LogicalPlan};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::aggregates::group_values::new_group_values;
use datafusion::physical_plan::aggregates::order::GroupOrdering;
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, Distribution, ExecutionPlan, Partitioning, PlanProperties,
};
use futures::{StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};

use super::hash::SplitMix64;
use super::knn::{knn, Points};
use super::sample_hash::{hash_columns, hashable};
use super::strategy::{resolve, Direction, Strategy};

/// The output column that flags the rows a resampler made.
pub const IS_SYNTHETIC: &str = "is_synthetic";

/// Which resampler.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Method {
    /// SMOTE: interpolate between a row and one of its k nearest same-class neighbours.
    Smote,
    /// Borderline-SMOTE 1: SMOTE from the rows "in danger" only (at least half, not all, of
    /// their `m_neighbors` nearest rows of any class are of another class).
    ///
    /// `kind` 2 (Borderline-SMOTE 2): a seed row's k neighbours are searched among the rows of
    /// every class, and a synthetic row toward a neighbour of another class lies in the first
    /// half of the segment (its step is multiplied by a uniform draw in [0, 0.5)).
    BorderlineSmote {
        m_neighbors: usize,
        #[serde(default = "borderline_kind_1")]
        kind: u8,
    },
    /// ADASYN: SMOTE where each row of the class makes a number of rows proportional to the
    /// share of its k nearest rows (of any class) that are of another class.
    Adasyn,
    /// Duplicate randomly chosen rows of a class.
    RandomOversample,
    /// Keep a random subset of a class.
    RandomUndersample,
}

fn borderline_kind_1() -> u8 {
    1
}

impl Method {
    fn direction(&self) -> Direction {
        match self {
            Method::RandomUndersample => Direction::Under,
            _ => Direction::Over,
        }
    }

    fn interpolates(&self) -> bool {
        matches!(
            self,
            Method::Smote | Method::BorderlineSmote { .. } | Method::Adasyn
        )
    }
}

/// What a synthetic row holds in the columns that are neither features, categoricals nor the
/// label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OtherColumns {
    /// The seed row's value.
    Copy,
    /// NULL.
    Null,
}

/// Everything a resampling call asked for; serialised as is by [`super::SampleCodec`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResampleSpec {
    /// The SQL function, for messages.
    pub function: String,
    pub method: Method,
    /// The label column.
    pub label: String,
    /// Neighbours per row (SMOTE family).
    pub k: usize,
    pub strategy: Strategy,
    pub seed: u64,
    /// The feature columns; `None`: every numeric or float-vector column but the label and the
    /// categoricals.
    pub features: Option<Vec<String>>,
    /// Categorical columns (SMOTE-NC).
    pub categorical: Vec<String>,
    /// Standardise the numeric features (zero mean, unit variance) for the neighbour search.
    pub standardize: bool,
    pub other_columns: OtherColumns,
}

#[derive(Debug, Clone, Copy)]
enum FeatureKind {
    Scalar,
    Vector(usize),
}

#[derive(Debug, Clone)]
struct Feature {
    col: usize,
    offset: usize,
    kind: FeatureKind,
}

/// The roles of the input's columns.
#[derive(Debug, Clone)]
struct Layout {
    label: usize,
    features: Vec<Feature>,
    categorical: Vec<usize>,
    d: usize,
}

fn is_vector(t: &DataType) -> Option<usize> {
    match t {
        DataType::FixedSizeList(f, n)
            if matches!(f.data_type(), DataType::Float32 | DataType::Float64) && *n > 0 =>
        {
            Some(*n as usize)
        }
        _ => None,
    }
}

fn index_of(func: &str, schema: &Schema, name: &str, what: &str) -> Result<usize> {
    if let Ok(i) = schema.index_of(name) {
        return Ok(i);
    }
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    plan_err!(
        "{func}: {what} column '{name}' not found; the table has columns {}",
        names.join(", ")
    )
}

fn layout(spec: &ResampleSpec, schema: &Schema) -> Result<Layout> {
    let func = spec.function.as_str();
    let label = index_of(func, schema, &spec.label, "label")?;
    let mut categorical = Vec::new();
    for c in &spec.categorical {
        let i = index_of(func, schema, c, "categorical")?;
        if i == label {
            return plan_err!("{func}: the label column '{c}' cannot also be categorical");
        }
        categorical.push(i);
    }
    let mut features = Vec::new();
    let mut d = 0;
    if spec.method.interpolates() {
        let chosen: Vec<usize> = match &spec.features {
            Some(list) => {
                let mut out = Vec::new();
                for f in list {
                    let i = index_of(func, schema, f, "feature")?;
                    let t = schema.field(i).data_type();
                    if i == label || categorical.contains(&i) {
                        return plan_err!("{func}: column '{f}' cannot be both a feature and the label or a categorical column");
                    }
                    if !t.is_numeric() && is_vector(t).is_none() {
                        return plan_err!("{func}: feature column '{f}' has type {t}; features must be numeric or fixed-size lists of Float32/Float64 (name text columns in \"categorical\")");
                    }
                    out.push(i);
                }
                out
            }
            None => (0..schema.fields().len())
                .filter(|&i| i != label && !categorical.contains(&i))
                .filter(|&i| {
                    let t = schema.field(i).data_type();
                    t.is_numeric() || is_vector(t).is_some()
                })
                .collect(),
        };
        if chosen.is_empty() && categorical.is_empty() {
            return plan_err!("{func}: the table has no numeric or vector feature column besides the label; name features in the options");
        }
        if chosen.is_empty() {
            return plan_err!("{func}: SMOTE-NC needs at least one numeric feature besides the categorical columns");
        }
        for col in chosen {
            let kind = match is_vector(schema.field(col).data_type()) {
                Some(n) => FeatureKind::Vector(n),
                None => FeatureKind::Scalar,
            };
            features.push(Feature {
                col,
                offset: d,
                kind,
            });
            d += match kind {
                FeatureKind::Scalar => 1,
                FeatureKind::Vector(n) => n,
            };
        }
    }
    Ok(Layout {
        label,
        features,
        categorical,
        d,
    })
}

fn output_schema(spec: &ResampleSpec, input: &Schema, layout: &Layout) -> SchemaRef {
    let mut fields: Vec<Field> = input
        .fields()
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let other = i != layout.label
                && !layout.categorical.contains(&i)
                && !layout.features.iter().any(|x| x.col == i);
            let nullable = f.is_nullable()
                || (other
                    && spec.other_columns == OtherColumns::Null
                    && spec.method.interpolates());
            f.as_ref().clone().with_nullable(nullable)
        })
        .collect();
    if spec.method.direction() == Direction::Over {
        fields.push(Field::new(IS_SYNTHETIC, DataType::Boolean, false));
    }
    Arc::new(Schema::new_with_metadata(fields, input.metadata().clone()))
}

/// Check a spec against the input's schema and give the output schema (plan-time errors).
pub fn check(spec: &ResampleSpec, input: &Schema) -> Result<SchemaRef> {
    if spec.method.direction() == Direction::Over && input.index_of(IS_SYNTHETIC).is_ok() {
        return plan_err!("{}: the table already has a column named '{IS_SYNTHETIC}'; rename or drop it in a view first", spec.function);
    }
    let l = layout(spec, input)?;
    Ok(output_schema(spec, input, &l))
}

/// A resampler over a logical input: what the table functions return.
#[derive(Debug)]
pub struct ResampleTable {
    input: LogicalPlan,
    spec: ResampleSpec,
    schema: SchemaRef,
}

impl ResampleTable {
    pub fn try_new(input: LogicalPlan, spec: ResampleSpec) -> Result<Self> {
        let schema = check(&spec, input.schema().as_arrow())?;
        Ok(Self {
            input,
            spec,
            schema,
        })
    }

    pub fn input(&self) -> &LogicalPlan {
        &self.input
    }

    pub fn spec(&self) -> &ResampleSpec {
        &self.spec
    }
}

#[async_trait]
impl TableProvider for ResampleTable {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::Temporary
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        _filters: &[Expr],
        _limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let input = state.create_physical_plan(&self.input).await?;
        let exec: Arc<dyn ExecutionPlan> =
            Arc::new(ResampleExec::try_new(input, self.spec.clone())?);
        super::draw::project(exec, projection)
    }
}

/// The resampling operator: one output partition, input gathered into one.
#[derive(Debug)]
pub struct ResampleExec {
    input: Arc<dyn ExecutionPlan>,
    spec: ResampleSpec,
    layout: Layout,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
}

impl ResampleExec {
    pub fn try_new(input: Arc<dyn ExecutionPlan>, spec: ResampleSpec) -> Result<Self> {
        let input_schema = input.schema();
        if spec.method.direction() == Direction::Over && input_schema.index_of(IS_SYNTHETIC).is_ok()
        {
            return plan_err!(
                "{}: the table already has a column named '{IS_SYNTHETIC}'",
                spec.function
            );
        }
        let layout = layout(&spec, &input_schema)?;
        let schema = output_schema(&spec, &input_schema, &layout);
        let properties = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&schema)),
            Partitioning::UnknownPartitioning(1),
            EmissionType::Final,
            Boundedness::Bounded,
        ));
        Ok(Self {
            input,
            spec,
            layout,
            schema,
            properties,
        })
    }

    pub fn spec(&self) -> &ResampleSpec {
        &self.spec
    }

    pub fn input(&self) -> &Arc<dyn ExecutionPlan> {
        &self.input
    }
}

impl DisplayAs for ResampleExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "ResampleExec: function={}, label={}, k={}, seed={}",
            self.spec.function, self.spec.label, self.spec.k, self.spec.seed
        )
    }
}

impl ExecutionPlan for ResampleExec {
    fn name(&self) -> &str {
        "ResampleExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn required_input_distribution(&self) -> Vec<Distribution> {
        vec![Distribution::SinglePartition]
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
            Ok([child]) => Ok(Arc::new(ResampleExec::try_new(child, self.spec.clone())?)),
            Err(_) => internal_err!("ResampleExec takes one child"),
        }
    }

    fn execute(
        &self,
        partition: usize,
        context: Arc<TaskContext>,
    ) -> Result<SendableRecordBatchStream> {
        if partition != 0 {
            return internal_err!("ResampleExec has one partition, asked for {partition}");
        }
        let mut input = self.input.execute(0, Arc::clone(&context))?;
        let reservation = MemoryConsumer::new(format!("ResampleExec[{}]", self.spec.function))
            .register(context.memory_pool());
        let (spec, layout, schema) = (
            self.spec.clone(),
            self.layout.clone(),
            Arc::clone(&self.schema),
        );
        let in_schema = self.input.schema();
        let batch_size = context.session_config().batch_size().max(1);
        let out_schema = Arc::clone(&schema);
        let fut = async move {
            let mut batches = Vec::new();
            while let Some(b) = input.next().await {
                let b = b?;
                reservation.try_grow(b.get_array_memory_size())?;
                batches.push(b);
            }
            let task = SpawnedTask::spawn_blocking(move || {
                let out = run(
                    &in_schema,
                    batches,
                    &spec,
                    &layout,
                    &out_schema,
                    &reservation,
                    batch_size,
                );
                out.map(|b| (b, reservation))
            });
            let (out, reservation) = task
                .join_unwind()
                .await
                .map_err(|e| DataFusionError::External(Box::new(e)))??;
            // The reservation lives as long as the output does.
            Ok::<_, DataFusionError>(futures::stream::iter(out.into_iter().map(move |b| {
                let _ = &reservation;
                Ok::<_, DataFusionError>(b)
            })))
        };
        let stream = futures::stream::once(fut).try_flatten();
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}

/// The whole computation, on the gathered input.
fn run(
    in_schema: &SchemaRef,
    batches: Vec<RecordBatch>,
    spec: &ResampleSpec,
    layout: &Layout,
    out_schema: &SchemaRef,
    reservation: &MemoryReservation,
    batch_size: usize,
) -> Result<Vec<RecordBatch>> {
    if spec.method == Method::Smote && layout.categorical.is_empty() {
        return run_smote(batches, spec, layout, out_schema, reservation, batch_size);
    }
    let func = spec.function.as_str();
    let batch = concat_batches(in_schema, &batches)?;
    drop(batches);
    reservation.try_resize(batch.get_array_memory_size())?;
    let n = batch.num_rows();
    if n == 0 {
        return Ok(vec![]);
    }

    // Canonical order: by class (label sort order, NULL first), then, within each class a random
    // choice is made in, by seeded content hash. The class of a row comes from a hash map over
    // the label's row encoding (one pass), the classes are ranked by sorting the few distinct
    // labels, and the rows are bucketed by class. Only the classes to resample (and, for
    // SMOTE-NC, the minority, whose spread sets the categorical penalty) are hashed and sorted:
    // the other rows are emitted as they are, whatever their order.
    let label = batch.column(layout.label);
    let label_rows = RowConverter::new(vec![SortField::new(label.data_type().clone())])?
        .convert_columns(&[Arc::clone(label)])?;
    let mut first: Vec<usize> = Vec::new();
    let mut class_of_row = vec![0u32; n];
    {
        let mut ids: HashMap<&[u8], u32> = HashMap::new();
        for (i, c) in class_of_row.iter_mut().enumerate() {
            let key = label_rows.row(i).data();
            *c = *ids.entry(key).or_insert_with(|| {
                first.push(i);
                (first.len() - 1) as u32
            });
        }
    }
    let mut distinct: Vec<usize> = (0..first.len()).collect();
    distinct.sort_unstable_by(|&a, &b| label_rows.row(first[a]).cmp(&label_rows.row(first[b])));
    let mut rank = vec![0u32; first.len()];
    for (j, &c) in distinct.iter().enumerate() {
        rank[c] = j as u32;
    }
    let mut sizes = vec![0usize; distinct.len()];
    for c in class_of_row.iter_mut() {
        *c = rank[*c as usize];
        sizes[*c as usize] += 1;
    }
    let mut classes: Vec<(usize, usize)> = Vec::with_capacity(distinct.len());
    let mut start = 0;
    for &m in &sizes {
        classes.push((start, start + m));
        start += m;
    }
    let mut order = vec![0u32; n];
    let mut next: Vec<usize> = classes.iter().map(|c| c.0).collect();
    for (i, &c) in class_of_row.iter().enumerate() {
        order[next[c as usize]] = i as u32;
        next[c as usize] += 1;
    }
    drop(class_of_row);
    let counts: Vec<u64> = sizes.iter().map(|&m| m as u64).collect();
    let firsts = UInt32Array::from_iter_values(distinct.iter().map(|&c| first[c] as u32));
    let names = label_names(label, &firsts)?;
    let dir = spec.method.direction();
    let wanted = resolve(func, &spec.strategy, dir, &counts, &names)?;

    let minority = (0..classes.len()).fold(0, |b, i| if sizes[i] < sizes[b] { i } else { b });
    let hash_cols: Vec<ArrayRef> = batch
        .columns()
        .iter()
        .filter(|c| hashable(c.data_type()))
        .cloned()
        .collect();
    for (ci, &(s, e)) in classes.iter().enumerate() {
        let random = match dir {
            Direction::Under => (wanted[ci] as usize) < e - s,
            Direction::Over => wanted[ci] > 0 || (ci == minority && !layout.categorical.is_empty()),
        };
        if !random {
            continue;
        }
        let rows = &mut order[s..e];
        let idx = UInt32Array::from(rows.to_vec());
        let cols = hash_cols
            .iter()
            .map(|c| take(c, &idx, None))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let hashes = parallel_hashes(&cols, e - s, spec.seed)?;
        let mut keys: Vec<(u64, u32)> = hashes.into_iter().zip(rows.iter().copied()).collect();
        keys.sort_unstable();
        for (r, key) in rows.iter_mut().zip(keys) {
            *r = key.1;
        }
    }

    if dir == Direction::Under {
        let mut keep: Vec<u32> = Vec::new();
        for (c, &(s, e)) in classes.iter().enumerate() {
            let t = (wanted[c] as usize).min(e - s);
            keep.extend_from_slice(&order[s..s + t]);
        }
        keep.sort_unstable();
        let out = take_record_batch(&batch, &UInt32Array::from(keep))?;
        let out = RecordBatch::try_new(Arc::clone(out_schema), out.columns().to_vec())?;
        return Ok(chunks(&out, batch_size));
    }

    let synthetic = match spec.method {
        Method::RandomOversample => {
            let mut picks: Vec<u32> = Vec::new();
            for (c, &(s, e)) in classes.iter().enumerate() {
                let mut rng = SplitMix64::new(spec.seed, c as u64);
                let m = (e - s) as u64;
                for _ in 0..wanted[c] {
                    picks.push(order[s + rng.below(m) as usize]);
                }
            }
            let out = take_record_batch(&batch, &UInt32Array::from(picks))?;
            out.columns().to_vec()
        }
        _ => smote(&batch, spec, layout, &order, &classes, &wanted, reservation)?,
    };

    let mut original = batch.columns().to_vec();
    original.push(Arc::new(BooleanArray::from(vec![false; n])));
    let original = RecordBatch::try_new(Arc::clone(out_schema), original)?;
    let mut out = chunks(&original, batch_size);
    let s = synthetic.first().map(|a| a.len()).unwrap_or(0);
    if s > 0 {
        let mut cols = synthetic;
        cols.push(Arc::new(BooleanArray::from(vec![true; s])));
        let synth = RecordBatch::try_new(Arc::clone(out_schema), cols)?;
        reservation.try_grow(synth.get_array_memory_size())?;
        out.extend(chunks(&synth, batch_size));
    }
    Ok(out)
}

/// [`hash_columns`] over row ranges on every core: the same hashes, as a row's hash depends only
/// on its own values.
fn parallel_hashes(columns: &[ArrayRef], n: usize, seed: u64) -> Result<Vec<u64>> {
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1)
        .min(8);
    let per = n.div_ceil(threads).max(64 * 1024);
    if per >= n {
        return hash_columns(columns, n, seed);
    }
    let parts: Vec<Result<Vec<u64>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .step_by(per)
            .map(|o| {
                let len = per.min(n - o);
                s.spawn(move || {
                    let cols: Vec<ArrayRef> = columns.iter().map(|c| c.slice(o, len)).collect();
                    hash_columns(&cols, len, seed)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| internal_err!("a hashing thread panicked"))
            })
            .collect()
    });
    let mut out = Vec::with_capacity(n);
    for p in parts {
        out.extend(p?);
    }
    Ok(out)
}

fn chunks(batch: &RecordBatch, size: usize) -> Vec<RecordBatch> {
    (0..batch.num_rows())
        .step_by(size)
        .map(|o| batch.slice(o, size.min(batch.num_rows() - o)))
        .collect()
}

/// The features of every row, row-major `n x d`, as f64.
fn feature_matrix(func: &str, batch: &RecordBatch, layout: &Layout) -> Result<Vec<f64>> {
    let (n, d) = (batch.num_rows(), layout.d);
    let schema = batch.schema();
    let mut x = vec![0f64; n * d];
    for f in &layout.features {
        let name = schema.field(f.col).name();
        let col = batch.column(f.col);
        match f.kind {
            FeatureKind::Scalar => {
                if col.null_count() > 0 {
                    return exec_err!("{func}: feature column '{name}' has NULL values; filter or fill them first (SMOTE needs every feature)");
                }
                let a = cast(col, &DataType::Float64)?;
                let a = a.as_primitive::<Float64Type>();
                if a.null_count() > 0 {
                    return exec_err!(
                        "{func}: feature column '{name}' has values that do not fit a double"
                    );
                }
                for (i, v) in a.values().iter().enumerate() {
                    x[i * d + f.offset] = *v;
                }
            }
            FeatureKind::Vector(size) => {
                let l = col.as_fixed_size_list();
                if l.null_count() > 0 {
                    return exec_err!("{func}: vector feature column '{name}' has NULL vectors; filter them first");
                }
                let values = cast(l.values(), &DataType::Float64)?;
                let values = values.as_primitive::<Float64Type>();
                if values.null_count() > 0 {
                    return exec_err!("{func}: vector feature column '{name}' has NULL elements");
                }
                let v = values.values();
                for i in 0..n {
                    let o = l.value_offset(i) as usize;
                    x[i * d + f.offset..i * d + f.offset + size].copy_from_slice(&v[o..o + size]);
                }
            }
        }
    }
    if let Some(p) = x.iter().position(|v| !v.is_finite()) {
        let f = layout
            .features
            .iter()
            .rev()
            .find(|f| f.offset <= p % d)
            .map(|f| schema.field(f.col).name().clone())
            .unwrap_or_default();
        return exec_err!(
            "{func}: feature column '{f}' has a NaN or infinite value; SMOTE needs finite features"
        );
    }
    Ok(x)
}

/// Per categorical column, a code per row in the column's sort order; row-major `n x c`.
fn category_codes(batch: &RecordBatch, layout: &Layout) -> Result<Vec<u32>> {
    let n = batch.num_rows();
    let c = layout.categorical.len();
    let mut codes = vec![0u32; n * c];
    for (j, &col) in layout.categorical.iter().enumerate() {
        let a = batch.column(col);
        let rows = RowConverter::new(vec![SortField::new(a.data_type().clone())])?
            .convert_columns(&[Arc::clone(a)])?;
        let mut idx: Vec<u32> = (0..n as u32).collect();
        idx.sort_unstable_by(|&x, &y| rows.row(x as usize).cmp(&rows.row(y as usize)));
        let mut code = 0u32;
        for i in 0..n {
            if i > 0 && rows.row(idx[i] as usize) != rows.row(idx[i - 1] as usize) {
                code += 1;
            }
            codes[idx[i] as usize * c + j] = code;
        }
    }
    Ok(codes)
}

fn standardized(x: &[f64], n: usize, d: usize) -> Vec<f64> {
    let mut mean = vec![0f64; d];
    let mut var = vec![0f64; d];
    for r in x.chunks_exact(d) {
        for (m, v) in mean.iter_mut().zip(r) {
            *m += v;
        }
    }
    mean.iter_mut().for_each(|m| *m /= n as f64);
    for r in x.chunks_exact(d) {
        for ((s, v), m) in var.iter_mut().zip(r).zip(&mean) {
            *s += (v - m) * (v - m);
        }
    }
    let scale: Vec<f64> = var
        .iter()
        .map(|s| (s / n as f64).sqrt())
        .map(|s| if s > 0.0 { 1.0 / s } else { 1.0 })
        .collect();
    let mut out = Vec::with_capacity(x.len());
    for r in x.chunks_exact(d) {
        out.extend(
            r.iter()
                .zip(&mean)
                .zip(&scale)
                .map(|((v, m), s)| (v - m) * s),
        );
    }
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// SMOTE and Borderline-SMOTE: the synthetic rows' columns.
fn smote(
    batch: &RecordBatch,
    spec: &ResampleSpec,
    layout: &Layout,
    order: &[u32],
    classes: &[(usize, usize)],
    wanted: &[u64],
    reservation: &MemoryReservation,
) -> Result<Vec<ArrayRef>> {
    let func = spec.function.as_str();
    let (n, d, k) = (batch.num_rows(), layout.d, spec.k);
    let c = layout.categorical.len();
    reservation.try_grow(n * d * 8 * if spec.standardize { 2 } else { 1 } + n * c * 4)?;
    let x = feature_matrix(func, batch, layout)?;
    let xs: Cow<[f64]> = if spec.standardize {
        Cow::Owned(standardized(&x, n, d))
    } else {
        Cow::Borrowed(x.as_slice())
    };
    let codes = category_codes(batch, layout)?;
    // SMOTE-NC's penalty per differing category: median_std^2 / 2, where median_std is the
    // median standard deviation of the numeric features over the minority class (imblearn).
    let penalty = if c > 0 {
        let minority = (0..classes.len()).fold(0, |b, i| {
            if counts(classes, i) < counts(classes, b) {
                i
            } else {
                b
            }
        });
        let (s, e) = classes[minority];
        let m = (e - s) as f64;
        let stds: Vec<f64> = (0..d)
            .map(|t| {
                let mean = order[s..e]
                    .iter()
                    .map(|&r| xs[r as usize * d + t])
                    .sum::<f64>()
                    / m;
                (order[s..e]
                    .iter()
                    .map(|&r| (xs[r as usize * d + t] - mean).powi(2))
                    .sum::<f64>()
                    / m)
                    .sqrt()
            })
            .collect();
        let med = median(stds);
        med * med / 2.0
    } else {
        0.0
    };

    let mut class_of = vec![0u32; 0];
    let any_class = match spec.method {
        Method::BorderlineSmote { m_neighbors, .. } => Some((m_neighbors, "m_neighbors")),
        Method::Adasyn => Some((k, "k")),
        _ => None,
    };
    if let Some((m_neighbors, what)) = any_class {
        if n <= m_neighbors {
            return exec_err!("{func}: {what} = {m_neighbors} needs more than {m_neighbors} rows; the table has {n}");
        }
        class_of = vec![0u32; n];
        for (ci, &(s, e)) in classes.iter().enumerate() {
            for &r in &order[s..e] {
                class_of[r as usize] = ci as u32;
            }
        }
    }

    let total: usize = wanted.iter().map(|&w| w as usize).sum();
    reservation.try_grow(total * (d * 8 + 8 + c * 4 + 8))?;
    // The synthetic features, one buffer per feature column (a vector column's elements
    // row-major), so each becomes its Arrow array without another pass.
    let width = |f: &Feature| match f.kind {
        FeatureKind::Scalar => 1,
        FeatureKind::Vector(size) => size,
    };
    let mut values: Vec<Vec<f64>> = layout
        .features
        .iter()
        .map(|f| Vec::with_capacity(total * width(f)))
        .collect();
    let mut seeds: Vec<u32> = Vec::with_capacity(total);
    let mut cat_src: Vec<Vec<u32>> = vec![Vec::with_capacity(total); c];

    for (ci, &(s, e)) in classes.iter().enumerate() {
        let want = wanted[ci] as usize;
        if want == 0 {
            continue;
        }
        let rows = &order[s..e];
        let m = rows.len();
        if m < k + 1 {
            return exec_err!(
                "{func}: a class to over-sample has {m} rows, but k = {k} neighbours need at least {} rows per class; lower k or leave that class out of sampling_strategy",
                k + 1
            );
        }
        // The class's rows, contiguous, in canonical order.
        let mut cv = Vec::with_capacity(m * d);
        let mut cc = Vec::with_capacity(m * c);
        for &r in rows {
            let r = r as usize;
            cv.extend_from_slice(&xs[r * d..r * d + d]);
            cc.extend_from_slice(&codes[r * c..r * c + c]);
        }
        let points = Points {
            values: &cv,
            d,
            codes: &cc,
            c,
            penalty,
        };
        // The candidate seed rows (positions in the class).
        let candidates: Vec<usize> = match spec.method {
            Method::BorderlineSmote { m_neighbors, .. } => {
                let all = Points {
                    values: &xs[..],
                    d,
                    codes: &codes,
                    c,
                    penalty,
                };
                let queries: Vec<usize> = rows.iter().map(|&r| r as usize).collect();
                let nn = knn(&all, &queries, m_neighbors);
                (0..m)
                    .filter(|&p| {
                        let other = nn[p * m_neighbors..(p + 1) * m_neighbors]
                            .iter()
                            .filter(|&&r| class_of[r as usize] != ci as u32)
                            .count();
                        2 * other >= m_neighbors && other < m_neighbors
                    })
                    .collect()
            }
            _ => (0..m).collect(),
        };
        if candidates.is_empty() {
            // imbalanced-learn makes no rows for a class with no row in danger; so do we.
            continue;
        }
        let mut rng = SplitMix64::new(spec.seed, ci as u64);
        let draws: Vec<(u32, u32, f64)> = if spec.method == Method::Adasyn {
            let per_row = adasyn_counts(
                func, ci, &xs, &codes, d, c, penalty, rows, &class_of, k, want,
            )?;
            let made: usize = per_row.iter().map(|&g| g as usize).sum();
            if made > want {
                reservation.try_grow((made - want) * (d * 8 + 8 + c * 4 + 8))?;
            }
            let mut draws = Vec::with_capacity(made);
            for (p, &g) in per_row.iter().enumerate() {
                for _ in 0..g {
                    let j = rng.below(k as u64) as u32;
                    draws.push((p as u32, j, rng.next_f64()));
                }
            }
            draws
        } else {
            (0..want)
                .map(|_| {
                    let r = rng.below((candidates.len() * k) as u64) as usize;
                    let step = rng.next_f64();
                    ((r / k) as u32, (r % k) as u32, step)
                })
                .collect()
        };
        // Neighbours only of the candidates drawn.
        let mut slot = vec![u32::MAX; candidates.len()];
        let mut queries = Vec::new();
        for &(cand, _, _) in &draws {
            if slot[cand as usize] == u32::MAX {
                slot[cand as usize] = queries.len() as u32;
                queries.push(candidates[cand as usize]);
            }
        }
        // Borderline-SMOTE 2 searches the seeds' neighbours among every class (global rows);
        // the others within the class (positions in the class).
        let any_class_neighbours = matches!(spec.method, Method::BorderlineSmote { kind: 2, .. });
        let nn = if any_class_neighbours {
            let all = Points {
                values: &xs[..],
                d,
                codes: &codes,
                c,
                penalty,
            };
            let global: Vec<usize> = queries.iter().map(|&p| rows[p] as usize).collect();
            knn(&all, &global, k)
        } else {
            knn(&points, &queries, k)
        };
        let mut tally = vec![0u32; 0];
        for &(cand, j, step) in &draws {
            let q = slot[cand as usize] as usize;
            let seed_pos = candidates[cand as usize];
            let nbrs = &nn[q * k..q * k + k];
            let a = rows[seed_pos] as usize;
            let (b, step) = if any_class_neighbours {
                let b = nbrs[j as usize] as usize;
                if class_of[b] != ci as u32 {
                    // imbalanced-learn: the difference toward another class is scaled by a
                    // uniform draw in [0, 0.5).
                    (b, step * (0.5 * rng.next_f64()))
                } else {
                    (b, step)
                }
            } else {
                (rows[nbrs[j as usize] as usize] as usize, step)
            };
            let (xa, xb) = (&x[a * d..a * d + d], &x[b * d..b * d + d]);
            for (buf, f) in values.iter_mut().zip(&layout.features) {
                let r = f.offset..f.offset + width(f);
                buf.extend(
                    xa[r.clone()]
                        .iter()
                        .zip(&xb[r])
                        .map(|(u, v)| u + step * (v - u)),
                );
            }
            seeds.push(a as u32);
            for (col, src) in cat_src.iter_mut().enumerate() {
                // The most frequent category among the seed's k neighbours, the first in sort
                // order on a tie; its value is taken from a neighbour that has it.
                let max_code = nbrs
                    .iter()
                    .map(|&p| cc[p as usize * c + col])
                    .max()
                    .unwrap_or(0) as usize;
                tally.clear();
                tally.resize(max_code + 1, 0);
                for &p in nbrs {
                    tally[cc[p as usize * c + col] as usize] += 1;
                }
                let best =
                    (0..tally.len()).fold(0, |b, i| if tally[i] > tally[b] { i } else { b }) as u32;
                let from = nbrs
                    .iter()
                    .find(|&&p| cc[p as usize * c + col] == best)
                    .copied()
                    .unwrap_or(nbrs[0]);
                src.push(rows[from as usize]);
            }
        }
    }

    // Build the synthetic rows' columns.
    let s_total = seeds.len();
    let schema = batch.schema();
    let seed_idx = UInt32Array::from(seeds);
    let mut out: Vec<ArrayRef> = Vec::with_capacity(batch.num_columns());
    for (i, field) in schema.fields().iter().enumerate() {
        let col = batch.column(i);
        if let Some(fi) = layout.features.iter().position(|f| f.col == i) {
            let f = &layout.features[fi];
            let mut flat = std::mem::take(&mut values[fi]);
            match f.kind {
                FeatureKind::Scalar => {
                    if field.data_type().is_integer() {
                        flat.iter_mut().for_each(|v| *v = v.round());
                    }
                    let v: ArrayRef = Arc::new(Float64Array::from(flat));
                    out.push(cast(&v, field.data_type())?);
                }
                FeatureKind::Vector(size) => {
                    let DataType::FixedSizeList(inner, _) = field.data_type() else {
                        return internal_err!("vector feature without a list type");
                    };
                    let flat = cast(&Float64Array::from(flat), inner.data_type())?;
                    out.push(Arc::new(FixedSizeListArray::try_new(
                        Arc::clone(inner),
                        size as i32,
                        flat,
                        None,
                    )?));
                }
            }
        } else if let Some(j) = layout.categorical.iter().position(|&x| x == i) {
            out.push(take(
                col,
                &UInt32Array::from(std::mem::take(&mut cat_src[j])),
                None,
            )?);
        } else if i == layout.label || spec.other_columns == OtherColumns::Copy {
            out.push(take(col, &seed_idx, None)?);
        } else {
            out.push(new_null_array(field.data_type(), s_total));
        }
    }
    Ok(out)
}

/// ADASYN's number of synthetic rows per row of class `ci` (imbalanced-learn's rule): with
/// `r_i` the share of row i's k nearest rows of any class that are of another class,
/// `g_i = rint(r_i / sum(r) x want)` (half to even). The total can differ from `want` by the
/// rounding, as in imbalanced-learn.
#[allow(clippy::too_many_arguments)]
fn adasyn_counts(
    func: &str,
    ci: usize,
    xs: &[f64],
    codes: &[u32],
    d: usize,
    c: usize,
    penalty: f64,
    rows: &[u32],
    class_of: &[u32],
    k: usize,
    want: usize,
) -> Result<Vec<u32>> {
    let all = Points {
        values: xs,
        d,
        codes,
        c,
        penalty,
    };
    let queries: Vec<usize> = rows.iter().map(|&r| r as usize).collect();
    let nn = knn(&all, &queries, k);
    let ratio: Vec<f64> = nn
        .chunks_exact(k)
        .map(|nb| {
            nb.iter()
                .filter(|&&r| class_of[r as usize] != ci as u32)
                .count() as f64
                / k as f64
        })
        .collect();
    let sum: f64 = ratio.iter().sum();
    if sum == 0.0 {
        return exec_err!("{func}: no row of a class to over-sample (class {} in label order) has a row of another class among its k = {k} nearest, so ADASYN has no weights (imbalanced-learn fails the same way); use smote for this class", ci + 1);
    }
    let counts: Vec<u32> = ratio
        .iter()
        .map(|r| (r / sum * want as f64).round_ties_even() as u32)
        .collect();
    if counts.iter().all(|&g| g == 0) {
        return exec_err!("{func}: ADASYN's weights round to no synthetic row for class {} in label order (imbalanced-learn fails the same way); ask for more rows or use smote", ci + 1);
    }
    Ok(counts)
}

fn counts(classes: &[(usize, usize)], i: usize) -> usize {
    classes[i].1 - classes[i].0
}

/// SMOTE without categorical columns, on the input batches as they came: only the rows of the
/// classes being raised are gathered, hashed into canonical order and turned into a feature
/// matrix; the other rows pass through untouched (no concatenation, no full feature matrix).
/// The same rows as the general path (same canonical order, draws and neighbours), which the
/// golden sums of `smote.slt` pin.
fn run_smote(
    batches: Vec<RecordBatch>,
    spec: &ResampleSpec,
    layout: &Layout,
    out_schema: &SchemaRef,
    reservation: &MemoryReservation,
    batch_size: usize,
) -> Result<Vec<RecordBatch>> {
    let func = spec.function.as_str();
    let batches: Vec<RecordBatch> = batches.into_iter().filter(|b| b.num_rows() > 0).collect();
    let Some(first_batch) = batches.first() else {
        return Ok(vec![]);
    };
    let schema = first_batch.schema();
    let n: usize = batches.iter().map(|b| b.num_rows()).sum();
    let (d, k) = (layout.d, spec.k);

    // Every feature must be present and finite (as in the general path), and standardisation
    // takes the mean and spread of every row: one pass over the feature columns, in row order,
    // with the general path's arithmetic (so the same values, bit for bit).
    let mut sums = vec![0f64; d];
    let mut columns: Vec<Vec<ArrayRef>> = Vec::with_capacity(batches.len());
    for b in &batches {
        let mut per = Vec::with_capacity(layout.features.len());
        for f in &layout.features {
            let name = schema.field(f.col).name();
            let col = b.column(f.col);
            let values = match f.kind {
                FeatureKind::Scalar => {
                    if col.null_count() > 0 {
                        return exec_err!("{func}: feature column '{name}' has NULL values; filter or fill them first (SMOTE needs every feature)");
                    }
                    let a = cast(col, &DataType::Float64)?;
                    if a.null_count() > 0 {
                        return exec_err!(
                            "{func}: feature column '{name}' has values that do not fit a double"
                        );
                    }
                    a
                }
                FeatureKind::Vector(_) => {
                    let l = col.as_fixed_size_list();
                    if l.null_count() > 0 {
                        return exec_err!("{func}: vector feature column '{name}' has NULL vectors; filter them first");
                    }
                    let v = cast(l.values(), &DataType::Float64)?;
                    if v.null_count() > 0 {
                        return exec_err!(
                            "{func}: vector feature column '{name}' has NULL elements"
                        );
                    }
                    v
                }
            };
            let v = values.as_primitive::<Float64Type>().values();
            if v.iter().any(|x| !x.is_finite()) {
                return exec_err!(
                    "{func}: feature column '{name}' has a NaN or infinite value; SMOTE needs finite features"
                );
            }
            per.push(values);
        }
        columns.push(per);
    }
    let scale_by: Option<(Vec<f64>, Vec<f64>)> = if spec.standardize {
        for per in &columns {
            for (f, a) in layout.features.iter().zip(per) {
                let v = a.as_primitive::<Float64Type>().values();
                let w = width(f);
                // Row-major order within the feature's columns, as the general path adds.
                for r in 0..v.len() / w {
                    for t in 0..w {
                        sums[f.offset + t] += v[r * w + t];
                    }
                }
            }
        }
        let mean: Vec<f64> = sums.iter().map(|m| m / n as f64).collect();
        let mut var = vec![0f64; d];
        for per in &columns {
            for (f, a) in layout.features.iter().zip(per) {
                let v = a.as_primitive::<Float64Type>().values();
                let w = width(f);
                for r in 0..v.len() / w {
                    for t in 0..w {
                        let m = mean[f.offset + t];
                        var[f.offset + t] += (v[r * w + t] - m) * (v[r * w + t] - m);
                    }
                }
            }
        }
        let scale: Vec<f64> = var
            .iter()
            .map(|s| (s / n as f64).sqrt())
            .map(|s| if s > 0.0 { 1.0 / s } else { 1.0 })
            .collect();
        Some((mean, scale))
    } else {
        None
    };
    drop(columns);

    // Classes: DataFusion's group-by tables give each row its label's id (first seen first),
    // then the distinct labels are ranked in sort order (NULL first).
    let label_field = schema.field(layout.label).clone().with_nullable(true);
    let mut groups = new_group_values(
        Arc::new(Schema::new(vec![label_field])),
        &GroupOrdering::None,
    )?;
    let mut ids: Vec<Vec<usize>> = Vec::with_capacity(batches.len());
    for b in &batches {
        let mut g = Vec::with_capacity(b.num_rows());
        groups.intern(&[Arc::clone(b.column(layout.label))], &mut g)?;
        ids.push(g);
    }
    let distinct = groups.emit(EmitTo::All)?;
    let distinct = Arc::clone(&distinct[0]);
    let label_rows = RowConverter::new(vec![SortField::new(distinct.data_type().clone())])?
        .convert_columns(&[Arc::clone(&distinct)])?;
    let mut by_rank: Vec<usize> = (0..distinct.len()).collect();
    by_rank.sort_unstable_by(|&a, &b| label_rows.row(a).cmp(&label_rows.row(b)));
    let mut rank = vec![0u32; distinct.len()];
    for (j, &c) in by_rank.iter().enumerate() {
        rank[c] = j as u32;
    }
    let mut counts = vec![0u64; distinct.len()];
    for g in &ids {
        for &c in g {
            counts[rank[c] as usize] += 1;
        }
    }
    let names = label_names(
        &distinct,
        &UInt32Array::from_iter_values(by_rank.iter().map(|&c| c as u32)),
    )?;
    let wanted = resolve(func, &spec.strategy, Direction::Over, &counts, &names)?;

    let hashed: Vec<usize> = (0..schema.fields().len())
        .filter(|&i| hashable(schema.field(i).data_type()))
        .collect();
    let mut offsets = Vec::with_capacity(batches.len());
    let mut o = 0u32;
    for b in &batches {
        offsets.push(o);
        o += b.num_rows() as u32;
    }
    let refs: Vec<&RecordBatch> = batches.iter().collect();
    let mut synthetic: Vec<RecordBatch> = Vec::new();
    for (ci, &want) in wanted.iter().enumerate() {
        let want = want as usize;
        if want == 0 {
            continue;
        }
        let m = counts[ci] as usize;
        if m < k + 1 {
            return exec_err!(
                "{func}: a class to over-sample has {m} rows, but k = {k} neighbours need at least {} rows per class; lower k or leave that class out of sampling_strategy",
                k + 1
            );
        }
        // The class's rows, in input order, then in canonical order: by (seeded content hash,
        // position in the input).
        let mut at: Vec<(usize, usize)> = Vec::with_capacity(m);
        for (bi, g) in ids.iter().enumerate() {
            for (r, &c) in g.iter().enumerate() {
                if rank[c] as usize == ci {
                    at.push((bi, r));
                }
            }
        }
        let class = interleave_record_batch(&refs, &at)?;
        reservation.try_grow(class.get_array_memory_size())?;
        let cols: Vec<ArrayRef> = hashed
            .iter()
            .map(|&i| Arc::clone(class.column(i)))
            .collect();
        let hashes = parallel_hashes(&cols, m, spec.seed)?;
        let mut keys: Vec<(u64, u32, u32)> = hashes
            .into_iter()
            .zip(&at)
            .enumerate()
            .map(|(p, (h, &(bi, r)))| (h, offsets[bi] + r as u32, p as u32))
            .collect();
        keys.sort_unstable();
        let class = take_record_batch(
            &class,
            &UInt32Array::from_iter_values(keys.iter().map(|k| k.2)),
        )?;
        drop(keys);

        reservation
            .try_grow(m * d * 8 * if spec.standardize { 2 } else { 1 } + want * (d * 8 + 16))?;
        let x = feature_matrix(func, &class, layout)?;
        let xs: Cow<[f64]> = match &scale_by {
            Some((mean, scale)) => Cow::Owned(
                x.chunks_exact(d)
                    .flat_map(|r| r.iter().zip(mean).zip(scale).map(|((v, m), s)| (v - m) * s))
                    .collect(),
            ),
            None => Cow::Borrowed(x.as_slice()),
        };
        let mut rng = SplitMix64::new(spec.seed, ci as u64);
        let draws: Vec<(u32, u32, f64)> = (0..want)
            .map(|_| {
                let r = rng.below((m * k) as u64) as usize;
                let step = rng.next_f64();
                ((r / k) as u32, (r % k) as u32, step)
            })
            .collect();
        let mut slot = vec![u32::MAX; m];
        let mut queries = Vec::new();
        for &(cand, _, _) in &draws {
            if slot[cand as usize] == u32::MAX {
                slot[cand as usize] = queries.len() as u32;
                queries.push(cand as usize);
            }
        }
        let points = Points {
            values: &xs,
            d,
            codes: &[],
            c: 0,
            penalty: 0.0,
        };
        let nn = knn(&points, &queries, k);
        // Seed, neighbour (positions in the class) and step of every synthetic row, then each
        // feature column built in one pass over them, the columns spread over the cores.
        let mut seeds: Vec<u32> = Vec::with_capacity(want);
        let mut nbrs: Vec<u32> = Vec::with_capacity(want);
        let mut steps: Vec<f64> = Vec::with_capacity(want);
        for &(cand, j, step) in &draws {
            let q = slot[cand as usize] as usize;
            seeds.push(cand);
            nbrs.push(nn[q * k + j as usize]);
            steps.push(step);
        }
        drop(draws);
        let mut values = interpolate(&x, d, &layout.features, &seeds, &nbrs, &steps);
        let seed_idx = UInt32Array::from(seeds);
        let mut out: Vec<ArrayRef> = Vec::with_capacity(schema.fields().len() + 1);
        for (i, field) in schema.fields().iter().enumerate() {
            if let Some(fi) = layout.features.iter().position(|f| f.col == i) {
                out.push(feature_array(
                    &layout.features[fi],
                    field,
                    std::mem::take(&mut values[fi]),
                )?);
            } else if i == layout.label || spec.other_columns == OtherColumns::Copy {
                out.push(take(class.column(i), &seed_idx, None)?);
            } else {
                out.push(new_null_array(field.data_type(), want));
            }
        }
        out.push(Arc::new(BooleanArray::new(
            arrow::buffer::BooleanBuffer::new_set(want),
            None,
        )));
        synthetic.push(RecordBatch::try_new(Arc::clone(out_schema), out)?);
    }

    let mut out = Vec::with_capacity(batches.len() + synthetic.len());
    for b in batches {
        let mut cols = b.columns().to_vec();
        cols.push(Arc::new(BooleanArray::new(
            arrow::buffer::BooleanBuffer::new_unset(b.num_rows()),
            None,
        )));
        out.push(RecordBatch::try_new(Arc::clone(out_schema), cols)?);
    }
    for s in &synthetic {
        out.extend(chunks(s, batch_size));
    }
    Ok(out)
}

/// The synthetic values of every feature column: row i is `x[a] + steps[i] (x[b] - x[a])` with
/// `a = seeds[i]`, `b = nbrs[i]` (rows of the row-major `x`, `d` wide); a vector column's
/// elements row-major. One pass per column over a column-major copy (a class's column fits in
/// cache where the rows do not), the columns spread over the cores; the same arithmetic, so the
/// same values, as a row-by-row loop.
fn interpolate(
    x: &[f64],
    d: usize,
    features: &[Feature],
    seeds: &[u32],
    nbrs: &[u32],
    steps: &[f64],
) -> Vec<Vec<f64>> {
    let m = if d > 0 { x.len() / d } else { 0 };
    let column = |j: usize| -> Vec<f64> { (0..m).map(|r| x[r * d + j]).collect() };
    let one = |f: &Feature| -> Vec<f64> {
        match f.kind {
            FeatureKind::Scalar => {
                let c = column(f.offset);
                seeds
                    .iter()
                    .zip(nbrs)
                    .zip(steps)
                    .map(|((&a, &b), &t)| {
                        let (u, v) = (c[a as usize], c[b as usize]);
                        u + t * (v - u)
                    })
                    .collect()
            }
            FeatureKind::Vector(w) => {
                let mut out = Vec::with_capacity(seeds.len() * w);
                for ((&a, &b), &t) in seeds.iter().zip(nbrs).zip(steps) {
                    let (a, b) = (a as usize * d + f.offset, b as usize * d + f.offset);
                    out.extend(
                        x[a..a + w]
                            .iter()
                            .zip(&x[b..b + w])
                            .map(|(u, v)| u + t * (v - u)),
                    );
                }
                out
            }
        }
    };
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1)
        .min(features.len())
        .max(1);
    if threads == 1 || seeds.len() < 65_536 {
        return features.iter().map(one).collect();
    }
    let one = &one;
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    features
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % threads == t)
                        .map(|(i, f)| (i, one(f)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut out = vec![Vec::new(); features.len()];
        for h in handles {
            // A panic in a worker is a bug here (no user input reaches an unchecked index):
            // resume it on this thread.
            for (i, v) in h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)) {
                out[i] = v;
            }
        }
        out
    })
}

fn width(f: &Feature) -> usize {
    match f.kind {
        FeatureKind::Scalar => 1,
        FeatureKind::Vector(size) => size,
    }
}

/// A synthetic feature column from its values (a vector column's elements row-major), in the
/// column's type; integer features are rounded.
fn feature_array(f: &Feature, field: &Field, mut flat: Vec<f64>) -> Result<ArrayRef> {
    match f.kind {
        FeatureKind::Scalar => {
            if field.data_type().is_integer() {
                flat.iter_mut().for_each(|v| *v = v.round());
            }
            let v: ArrayRef = Arc::new(Float64Array::from(flat));
            Ok(cast(&v, field.data_type())?)
        }
        FeatureKind::Vector(size) => {
            let DataType::FixedSizeList(inner, _) = field.data_type() else {
                return internal_err!("vector feature without a list type");
            };
            let flat = cast(&Float64Array::from(flat), inner.data_type())?;
            Ok(Arc::new(FixedSizeListArray::try_new(
                Arc::clone(inner),
                size as i32,
                flat,
                None,
            )?))
        }
    }
}

/// The labels at `rows` of `labels` as text, one per class (NULL stays `None`): the class
/// names `resolve` reports and matches a strategy's names against.
fn label_names(labels: &ArrayRef, rows: &UInt32Array) -> Result<Vec<Option<String>>> {
    let text = cast(&take(labels, rows, None)?, &DataType::Utf8)?;
    Ok(text
        .as_string::<i32>()
        .iter()
        .map(|v| v.map(str::to_string))
        .collect())
}
