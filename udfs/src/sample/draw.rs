//! The samplers' operator: `stratified_sample`, `stratified_split` and `random_sample` draw their
//! rows in [`DrawExec`], a count pass and a hash-rank pass that holds per stratum only the rows
//! it may keep.
//!
//! 1. The count pass is DataFusion's own plan: the allocation of [`super::plan::allocation`] (an
//!    aggregate per stratum, the largest-remainder rule over that small table), the first child.
//! 2. The hash-rank pass runs every input partition at once. Each row's rank key is
//!    `sample_hash(seed, <row>)`, with a second seeded hash of the same bytes as tie-break
//!    (computed only for rows that pass the first test). Per stratum, a partition keeps the
//!    `k` smallest keys it has seen in a bounded buffer: rows above the stratum's current
//!    threshold are dropped as they arrive, and when the buffer reaches twice the sample (plus a
//!    batch or so) each stratum is cut back to its `k` smallest by selection, which lowers the
//!    threshold. The partitions' buffers are then merged and cut once more. The rows drawn are
//!    the `k` smallest keys of their stratum whatever the partitioning, so the result depends on
//!    the seed and the data only; memory (reserved in DataFusion's pool) is bounded by the sample,
//!    not the table.
//! 3. `stratified_split` labels every row: the pass above keeps only keys (of the smaller side of
//!    each stratum, test or train), which fixes each stratum's boundary key; a third pass streams
//!    every row with its label.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};
use std::sync::Arc;

use arrow::array::{ArrayRef, AsArray, Int64Array, RecordBatch, StringArray, UInt32Array};
use arrow::compute::{cast, concat_batches, interleave_record_batch, take_record_batch};
use arrow::datatypes::{DataType, Field, Int64Type, Schema, SchemaRef};
use arrow::row::{RowConverter, SortField};
use async_trait::async_trait;
use datafusion::catalog::{Session, TableProvider};
use datafusion::common::runtime::SpawnedTask;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{exec_err, internal_err, plan_err, DataFusionError, Result};
use datafusion::datasource::TableType;
use datafusion::execution::memory_pool::{MemoryConsumer, MemoryReservation};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::{Expr, LogicalPlan};
use datafusion::physical_expr::projection::ProjectionExprs;
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::aggregates::group_values::{new_group_values, GroupValues};
use datafusion::physical_plan::aggregates::order::GroupOrdering;
use datafusion::physical_plan::execution_plan::{reset_plan_states, Boundedness, EmissionType};
use datafusion::physical_plan::projection::ProjectionExec;
use datafusion::physical_plan::stream::{
    RecordBatchReceiverStreamBuilder, RecordBatchStreamAdapter,
};
use datafusion::physical_plan::{
    collect, DisplayAs, DisplayFormatType, Distribution, ExecutionPlan, Partitioning,
    PlanProperties,
};
use futures::{StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};

use super::hash::hash_bytes;
use super::plan::{ALLOCATED, POPULATION, STRATUM};
use super::sample_hash::hashable;

/// The column `stratified_split` adds.
pub const SPLIT: &str = "split";

/// The tie-break hash's seed offset: a second, independent hash of the same row bytes.
const TIE_SEED: u64 = 0x7469_652d_6272_6561;

/// What the operator returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DrawMode {
    /// The allocated rows of each stratum (the smallest keys), in key order.
    Sample,
    /// Every row, with [`SPLIT`] = `'test'` for the `population - allocated` smallest keys of its
    /// stratum and `'train'` for the others.
    Split,
}

/// A draw, as the table functions planned it; serialised as is by [`super::SampleCodec`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrawSpec {
    /// The SQL function, for messages.
    pub function: String,
    pub mode: DrawMode,
    /// The strata column of the input; `None`: the whole input is one stratum.
    pub stratum: Option<String>,
    pub seed: u64,
}

fn output_schema(spec: &DrawSpec, input: &Schema) -> SchemaRef {
    let mut fields: Vec<Field> = input.fields().iter().map(|f| f.as_ref().clone()).collect();
    if spec.mode == DrawMode::Split {
        fields.push(Field::new(SPLIT, DataType::Utf8, false));
    }
    Arc::new(Schema::new_with_metadata(fields, input.metadata().clone()))
}

/// A draw over a logical input and its allocation plan: what the table functions return.
#[derive(Debug)]
pub struct DrawTable {
    input: LogicalPlan,
    allocation: LogicalPlan,
    spec: DrawSpec,
    schema: SchemaRef,
}

impl DrawTable {
    pub fn try_new(input: LogicalPlan, allocation: LogicalPlan, spec: DrawSpec) -> Result<Self> {
        let arrow = input.schema().as_arrow().clone();
        if let Some(s) = &spec.stratum {
            if arrow.index_of(s).is_err() {
                return plan_err!("{}: strata column '{s}' not found", spec.function);
            }
        }
        let schema = output_schema(&spec, &arrow);
        Ok(Self {
            input,
            allocation,
            spec,
            schema,
        })
    }

    pub fn input(&self) -> &LogicalPlan {
        &self.input
    }

    pub fn allocation(&self) -> &LogicalPlan {
        &self.allocation
    }

    pub fn spec(&self) -> &DrawSpec {
        &self.spec
    }
}

#[async_trait]
impl TableProvider for DrawTable {
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
        let allocation = state.create_physical_plan(&self.allocation).await?;
        let input = state.create_physical_plan(&self.input).await?;
        let exec: Arc<dyn ExecutionPlan> =
            Arc::new(DrawExec::try_new(allocation, input, self.spec.clone())?);
        project(exec, projection)
    }
}

/// `exec` under a scan's column projection (the columns in the asked order), or `exec` itself.
pub(super) fn project(
    exec: Arc<dyn ExecutionPlan>,
    projection: Option<&Vec<usize>>,
) -> Result<Arc<dyn ExecutionPlan>> {
    let Some(p) = projection else {
        return Ok(exec);
    };
    let exprs = ProjectionExprs::from_indices(p, &exec.schema());
    Ok(Arc::new(ProjectionExec::try_new(
        exprs.as_ref().to_vec(),
        exec,
    )?))
}

/// The sampling operator: children `[allocation, input]`, one output partition.
#[derive(Debug)]
pub struct DrawExec {
    allocation: Arc<dyn ExecutionPlan>,
    input: Arc<dyn ExecutionPlan>,
    spec: DrawSpec,
    stratum: Option<usize>,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
}

impl DrawExec {
    pub fn try_new(
        allocation: Arc<dyn ExecutionPlan>,
        input: Arc<dyn ExecutionPlan>,
        spec: DrawSpec,
    ) -> Result<Self> {
        let in_schema = input.schema();
        let stratum = match &spec.stratum {
            Some(s) => match in_schema.index_of(s) {
                Ok(i) => Some(i),
                Err(_) => return plan_err!("{}: strata column '{s}' not found", spec.function),
            },
            None => None,
        };
        let a = allocation.schema();
        for c in [STRATUM, POPULATION, ALLOCATED] {
            if a.index_of(c).is_err() {
                return internal_err!("DrawExec: the allocation plan has no column {c}");
            }
        }
        let schema = output_schema(&spec, &in_schema);
        let properties = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&schema)),
            Partitioning::UnknownPartitioning(1),
            EmissionType::Final,
            Boundedness::Bounded,
        ));
        Ok(Self {
            allocation,
            input,
            spec,
            stratum,
            schema,
            properties,
        })
    }

    pub fn spec(&self) -> &DrawSpec {
        &self.spec
    }
}

impl DisplayAs for DrawExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "DrawExec: function={}, mode={:?}, stratum={}, seed={}",
            self.spec.function,
            self.spec.mode,
            self.spec.stratum.as_deref().unwrap_or("(none)"),
            self.spec.seed
        )
    }
}

impl ExecutionPlan for DrawExec {
    fn name(&self) -> &str {
        "DrawExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn required_input_distribution(&self) -> Vec<Distribution> {
        vec![Distribution::UnspecifiedDistribution; 2]
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.allocation, &self.input]
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
            Ok([allocation, input]) => Ok(Arc::new(DrawExec::try_new(
                allocation,
                input,
                self.spec.clone(),
            )?)),
            Err(_) => internal_err!("DrawExec takes two children"),
        }
    }

    fn execute(
        &self,
        partition: usize,
        context: Arc<TaskContext>,
    ) -> Result<SendableRecordBatchStream> {
        if partition != 0 {
            return internal_err!("DrawExec has one partition, asked for {partition}");
        }
        let job = Job {
            allocation: Arc::clone(&self.allocation),
            input: Arc::clone(&self.input),
            spec: self.spec.clone(),
            stratum: self.stratum,
            schema: Arc::clone(&self.schema),
            context,
        };
        let schema = Arc::clone(&self.schema);
        let stream = futures::stream::once(job.run()).try_flatten();
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}

/// Per stratum (by group id): how many of the smallest keys to keep, and whether the keys are
/// inverted (the split keeps the smaller side: the test rows, or the train rows as the largest
/// keys).
struct Targets {
    /// The strata values, in group-id order (cast to the input column's type).
    strata: Option<ArrayRef>,
    keep: Vec<u64>,
    inverted: Vec<bool>,
}

/// One candidate row: its key, its stratum, and where its row is.
#[derive(Debug, Clone, Copy)]
struct Entry {
    h1: u64,
    h2: u64,
    stratum: u32,
    batch: u32,
    row: u32,
}

impl Entry {
    #[inline]
    fn key(&self) -> (u64, u64) {
        (self.h1, self.h2)
    }
}

/// What a partition (or the merge of all of them) holds: per stratum at most its `keep` smallest
/// keys once compacted, and with [`DrawMode::Sample`] their rows.
struct Candidates {
    entries: Vec<Entry>,
    batches: Vec<RecordBatch>,
    reservation: MemoryReservation,
}

impl Candidates {
    fn bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self
                .batches
                .iter()
                .map(|b| b.get_array_memory_size())
                .sum::<usize>()
    }

    /// Cut every stratum back to its `keep` smallest keys; return each full stratum's largest
    /// kept `h1` (the new admission threshold) or `u64::MAX`.
    fn compact(&mut self, targets: &Targets, rows: bool, thresholds: &mut [u64]) -> Result<()> {
        let s = targets.keep.len();
        // Counting sort by stratum, then a selection within each stratum.
        let mut start = vec![0usize; s + 1];
        for e in &self.entries {
            start[e.stratum as usize + 1] += 1;
        }
        for i in 0..s {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut by = vec![
            Entry {
                h1: 0,
                h2: 0,
                stratum: 0,
                batch: 0,
                row: 0
            };
            self.entries.len()
        ];
        for e in &self.entries {
            let p = &mut next[e.stratum as usize];
            by[*p] = *e;
            *p += 1;
        }
        let mut kept = Vec::with_capacity(
            self.entries
                .len()
                .min(targets.keep.iter().map(|&k| k as usize).sum::<usize>() + 1),
        );
        for g in 0..s {
            let part = &mut by[start[g]..start[g + 1]];
            let k = targets.keep[g] as usize;
            if part.len() > k {
                if k > 0 {
                    part.select_nth_unstable_by_key(k - 1, Entry::key);
                }
                thresholds[g] = if k > 0 {
                    part[..k].iter().map(|e| e.h1).max().unwrap_or(0)
                } else {
                    0
                };
                kept.extend_from_slice(&part[..k]);
            } else {
                if part.len() == k && k > 0 {
                    thresholds[g] = part.iter().map(|e| e.h1).max().unwrap_or(u64::MAX);
                }
                kept.extend_from_slice(part);
            }
        }
        drop(by);
        if rows && !self.batches.is_empty() {
            let refs: Vec<&RecordBatch> = self.batches.iter().collect();
            let idx: Vec<(usize, usize)> = kept
                .iter()
                .map(|e| (e.batch as usize, e.row as usize))
                .collect();
            let merged = interleave_record_batch(&refs, &idx)?;
            for (j, e) in kept.iter_mut().enumerate() {
                e.batch = 0;
                e.row = j as u32;
            }
            self.batches = vec![merged];
        }
        self.entries = kept;
        self.reservation.try_resize(self.bytes())?;
        Ok(())
    }
}

/// Everything one execution needs, moved into its future.
struct Job {
    allocation: Arc<dyn ExecutionPlan>,
    input: Arc<dyn ExecutionPlan>,
    spec: DrawSpec,
    stratum: Option<usize>,
    schema: SchemaRef,
    context: Arc<TaskContext>,
}

type Out = futures::stream::BoxStream<'static, Result<RecordBatch>>;

impl Job {
    async fn run(self) -> Result<Out> {
        let targets = Arc::new(self.targets().await?);
        if targets.keep.is_empty() {
            return Ok(futures::stream::empty().boxed());
        }
        let rows = self.spec.mode == DrawMode::Sample;
        // The hash-rank pass, every partition at once.
        let parts = self
            .input
            .properties()
            .output_partitioning()
            .partition_count();
        let mut tasks = Vec::with_capacity(parts);
        for p in 0..parts {
            let scan = self.scanner();
            let stream = self.input.execute(p, Arc::clone(&self.context))?;
            let targets = Arc::clone(&targets);
            let reservation = MemoryConsumer::new(format!("DrawExec[{}]", self.spec.function))
                .register(self.context.memory_pool());
            tasks.push(SpawnedTask::spawn(async move {
                scan.collect_candidates(stream, &targets, rows, reservation)
                    .await
            }));
        }
        let mut all: Option<Candidates> = None;
        for t in tasks {
            let c = t
                .join_unwind()
                .await
                .map_err(|e| DataFusionError::External(Box::new(e)))??;
            all = Some(match all {
                None => c,
                Some(mut a) => {
                    let off = a.batches.len() as u32;
                    a.entries.extend(c.entries.iter().map(|e| Entry {
                        batch: e.batch + off,
                        ..*e
                    }));
                    a.batches.extend(c.batches);
                    a.reservation.try_grow(c.reservation.size())?;
                    a
                }
            });
        }
        let Some(mut all) = all else {
            return Ok(futures::stream::empty().boxed());
        };
        let mut thresholds = vec![u64::MAX; targets.keep.len()];
        all.compact(&targets, rows, &mut thresholds)?;
        match self.spec.mode {
            DrawMode::Sample => {
                // In key order: a reproducible random order.
                let mut order: Vec<Entry> = all.entries.clone();
                order.sort_unstable_by_key(Entry::key);
                if order.is_empty() {
                    return Ok(futures::stream::empty().boxed());
                }
                let refs: Vec<&RecordBatch> = all.batches.iter().collect();
                let idx: Vec<(usize, usize)> = order
                    .iter()
                    .map(|e| (e.batch as usize, e.row as usize))
                    .collect();
                let batch = interleave_record_batch(&refs, &idx)?;
                let batch =
                    RecordBatch::try_new(Arc::clone(&self.schema), batch.columns().to_vec())?;
                let size = self.context.session_config().batch_size().max(1);
                let reservation = all.reservation;
                let out: Vec<RecordBatch> = (0..batch.num_rows())
                    .step_by(size)
                    .map(|o| batch.slice(o, size.min(batch.num_rows() - o)))
                    .collect();
                Ok(futures::stream::iter(out.into_iter().map(move |b| {
                    let _ = &reservation;
                    Ok(b)
                }))
                .boxed())
            }
            DrawMode::Split => self.label(&targets, all),
        }
    }

    /// The count pass: per stratum, how many keys to keep.
    async fn targets(&self) -> Result<Targets> {
        let batches = collect(Arc::clone(&self.allocation), Arc::clone(&self.context)).await?;
        let a = concat_batches(&self.allocation.schema(), &batches)?;
        let col = |name: &str| -> Result<Int64Array> {
            let c = a
                .column_by_name(name)
                .ok_or_else(|| DataFusionError::Internal(format!("no column {name}")))?;
            Ok(cast(c, &DataType::Int64)?
                .as_primitive::<Int64Type>()
                .clone())
        };
        let (pop, alloc) = (col(POPULATION)?, col(ALLOCATED)?);
        let mut keep = Vec::with_capacity(a.num_rows());
        let mut inverted = Vec::with_capacity(a.num_rows());
        for i in 0..a.num_rows() {
            let (n, k) = (pop.value(i).max(0) as u64, alloc.value(i).max(0) as u64);
            match self.spec.mode {
                DrawMode::Sample => {
                    keep.push(k);
                    inverted.push(false);
                }
                DrawMode::Split => {
                    // Test: the n - k smallest keys; keep the smaller side.
                    let test = n.saturating_sub(k);
                    if test <= k {
                        keep.push(test);
                        inverted.push(false);
                    } else {
                        keep.push(k);
                        inverted.push(true);
                    }
                }
            }
        }
        let strata = match self.stratum {
            Some(i) => {
                let t = self.input.schema().field(i).data_type().clone();
                let c = a
                    .column_by_name(STRATUM)
                    .ok_or_else(|| DataFusionError::Internal("no stratum column".into()))?;
                Some(cast(c, &t)?)
            }
            None => {
                if a.num_rows() > 1 {
                    return internal_err!("DrawExec: one stratum expected");
                }
                None
            }
        };
        Ok(Targets {
            strata,
            keep,
            inverted,
        })
    }

    fn scanner(&self) -> Scanner {
        let schema = self.input.schema();
        let hashed: Vec<usize> = (0..schema.fields().len())
            .filter(|&i| hashable(schema.field(i).data_type()))
            .collect();
        let mut hash_types: Vec<DataType> = hashed
            .iter()
            .map(|&i| schema.field(i).data_type().clone())
            .collect();
        if hash_types.is_empty() {
            hash_types.push(DataType::Int64);
        }
        Scanner {
            hash_types,
            function: self.spec.function.clone(),
            stratum: self.stratum,
            stratum_field: self.stratum.map(|i| schema.field(i).clone()),
            hashed,
            seed: self.spec.seed,
        }
    }

    /// The split's last pass: every row with its label, streamed from every partition.
    fn label(&self, targets: &Arc<Targets>, all: Candidates) -> Result<Out> {
        // Per stratum: the boundary key (the largest kept), and how many keys equal to it are in.
        let s = targets.keep.len();
        let mut boundary: Vec<Option<(u64, u64)>> = vec![None; s];
        let mut less = vec![0u64; s];
        for e in &all.entries {
            let b = &mut boundary[e.stratum as usize];
            if b.is_none_or(|b| e.key() > b) {
                *b = Some(e.key());
            }
        }
        for e in &all.entries {
            if Some(e.key()) < boundary[e.stratum as usize] {
                less[e.stratum as usize] += 1;
            }
        }
        let equal_in: Vec<u64> = (0..s)
            .map(|g| targets.keep[g].saturating_sub(less[g]))
            .collect();
        drop(all);
        let shared = Arc::new(Boundaries {
            boundary,
            equal_in,
            equal_seen: (0..s).map(|_| AtomicU64::new(0)).collect(),
        });
        // A second run of the input: a fresh copy of its plan (a file scan shares its work queue
        // across partitions, and the first pass has drained it).
        let input = reset_plan_states(Arc::clone(&self.input))?;
        let parts = input.properties().output_partitioning().partition_count();
        let mut builder =
            RecordBatchReceiverStreamBuilder::new(Arc::clone(&self.schema), parts.max(1) * 2);
        for p in 0..parts {
            let scan = self.scanner();
            let mut stream = input.execute(p, Arc::clone(&self.context))?;
            let (targets, shared, schema, tx) = (
                Arc::clone(targets),
                Arc::clone(&shared),
                Arc::clone(&self.schema),
                builder.tx(),
            );
            builder.spawn(async move {
                let mut state = scan.state(&targets)?;
                while let Some(batch) = stream.next().await {
                    let batch = batch?;
                    let out = scan.label_batch(&mut state, &batch, &targets, &shared, &schema)?;
                    if tx.send(Ok(out)).await.is_err() {
                        break;
                    }
                }
                Ok(())
            });
        }
        Ok(builder.build())
    }
}

/// The split's boundaries, shared by the labelling tasks.
struct Boundaries {
    boundary: Vec<Option<(u64, u64)>>,
    equal_in: Vec<u64>,
    equal_seen: Vec<AtomicU64>,
}

/// Per-partition work: strata ids and keys of a batch.
struct Scanner {
    function: String,
    stratum: Option<usize>,
    stratum_field: Option<Field>,
    hashed: Vec<usize>,
    /// The types of the hash's input columns (a constant Int64 when no column is hashable).
    hash_types: Vec<DataType>,
    seed: u64,
}

/// A partition's reusable state: the strata's group ids and the row encoder of the hash.
struct ScanState {
    groups: Option<Box<dyn GroupValues>>,
    ids: Vec<usize>,
    converter: RowConverter,
    strata: usize,
}

impl Scanner {
    fn state(&self, targets: &Targets) -> Result<ScanState> {
        let strata = targets.keep.len();
        let groups = match (&self.stratum_field, &targets.strata) {
            (Some(f), Some(values)) => {
                let schema = Arc::new(Schema::new(vec![f.clone().with_nullable(true)]));
                let mut g = new_group_values(schema, &GroupOrdering::None)?;
                let mut ids = Vec::new();
                g.intern(std::slice::from_ref(values), &mut ids)?;
                if ids.iter().enumerate().any(|(i, &id)| i != id) || g.len() != strata {
                    return internal_err!("DrawExec: the allocation's strata are not distinct");
                }
                Some(g)
            }
            _ => None,
        };
        let converter = RowConverter::new(
            self.hash_types
                .iter()
                .map(|t| SortField::new(t.clone()))
                .collect(),
        )?;
        Ok(ScanState {
            groups,
            ids: Vec::new(),
            converter,
            strata,
        })
    }

    /// The group id of every row of `batch` (strata unknown to the allocation are an error: the
    /// input changed between the passes).
    fn ids(&self, state: &mut ScanState, batch: &RecordBatch) -> Result<()> {
        state.ids.clear();
        match (&mut state.groups, self.stratum) {
            (Some(g), Some(i)) => {
                g.intern(&[Arc::clone(batch.column(i))], &mut state.ids)?;
                if g.len() > state.strata {
                    return exec_err!(
                        "{}: the input gave a stratum its count pass had not seen; sample a table or view whose rows do not change while it is read",
                        self.function
                    );
                }
            }
            _ => state.ids.resize(batch.num_rows(), 0),
        }
        Ok(())
    }

    /// The hash input of `batch`: its hashable columns (or a constant, as `sample_hash` gets).
    fn hash_rows(&self, state: &mut ScanState, batch: &RecordBatch) -> Result<arrow::row::Rows> {
        let cols: Vec<ArrayRef> = if self.hashed.is_empty() {
            vec![Arc::new(Int64Array::from(vec![0i64; batch.num_rows()]))]
        } else {
            self.hashed
                .iter()
                .map(|&i| Arc::clone(batch.column(i)))
                .collect()
        };
        Ok(state.converter.convert_columns(&cols)?)
    }

    async fn collect_candidates(
        self,
        mut stream: SendableRecordBatchStream,
        targets: &Targets,
        rows: bool,
        reservation: MemoryReservation,
    ) -> Result<Candidates> {
        let mut state = self.state(targets)?;
        let total: usize = targets.keep.iter().map(|&k| k as usize).sum();
        let limit = 2 * total + 4096;
        let mut thresholds = vec![u64::MAX; targets.keep.len()];
        let open: Vec<bool> = targets.keep.iter().map(|&k| k > 0).collect();
        let mut c = Candidates {
            entries: Vec::new(),
            batches: Vec::new(),
            reservation,
        };
        let mut picked: Vec<u32> = Vec::new();
        while let Some(batch) = stream.next().await {
            let batch = batch?;
            if batch.num_rows() == 0 {
                continue;
            }
            self.ids(&mut state, &batch)?;
            let encoded = self.hash_rows(&mut state, &batch)?;
            picked.clear();
            let b = c.batches.len() as u32;
            for (i, &g) in state.ids.iter().enumerate() {
                if !open[g] {
                    continue;
                }
                let bytes = encoded.row(i);
                let mut h1 = hash_bytes(bytes.as_ref(), self.seed);
                if targets.inverted[g] {
                    h1 = !h1;
                }
                if h1 <= thresholds[g] {
                    let mut h2 = hash_bytes(bytes.as_ref(), self.seed ^ TIE_SEED);
                    if targets.inverted[g] {
                        h2 = !h2;
                    }
                    let row = if rows { picked.len() as u32 } else { 0 };
                    picked.push(i as u32);
                    c.entries.push(Entry {
                        h1,
                        h2,
                        stratum: g as u32,
                        batch: b,
                        row,
                    });
                }
            }
            if rows && !picked.is_empty() {
                let kept = take_record_batch(&batch, &UInt32Array::from(picked.clone()))?;
                c.reservation.try_grow(kept.get_array_memory_size())?;
                c.batches.push(kept);
            }
            c.reservation.try_resize(c.bytes())?;
            if c.entries.len() > limit {
                c.compact(targets, rows, &mut thresholds)?;
            }
        }
        c.compact(targets, rows, &mut thresholds)?;
        Ok(c)
    }

    fn label_batch(
        &self,
        state: &mut ScanState,
        batch: &RecordBatch,
        targets: &Targets,
        b: &Boundaries,
        schema: &SchemaRef,
    ) -> Result<RecordBatch> {
        let n = batch.num_rows();
        let mut test = Vec::with_capacity(n);
        if n > 0 {
            self.ids(state, batch)?;
            let encoded = self.hash_rows(state, batch)?;
            for (i, &g) in state.ids.iter().enumerate() {
                let inv = targets.inverted[g];
                let inside = match b.boundary[g] {
                    None => false,
                    Some((b1, b2)) => {
                        let bytes = encoded.row(i);
                        let mut h1 = hash_bytes(bytes.as_ref(), self.seed);
                        if inv {
                            h1 = !h1;
                        }
                        if h1 != b1 {
                            h1 < b1
                        } else {
                            let mut h2 = hash_bytes(bytes.as_ref(), self.seed ^ TIE_SEED);
                            if inv {
                                h2 = !h2;
                            }
                            if h2 != b2 {
                                h2 < b2
                            } else {
                                b.equal_seen[g].fetch_add(1, AtomicOrdering::Relaxed)
                                    < b.equal_in[g]
                            }
                        }
                    }
                };
                // The kept side is the test rows, or (inverted) the train rows.
                test.push(inside != inv);
            }
        }
        let split =
            StringArray::from_iter_values(test.iter().map(|&t| if t { "test" } else { "train" }));
        let mut cols = batch.columns().to_vec();
        cols.push(Arc::new(split));
        Ok(RecordBatch::try_new(Arc::clone(schema), cols)?)
    }
}
