//! The resamplers' table provider and execution plan: SMOTE, Borderline-SMOTE, ADASYN, random
//! over- and under-sampling.
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
//!
//! This file is the plan node and `run`, which ranks the classes, draws the random resamplers'
//! rows and hands the SMOTE family to its algorithms (`smote/`, `adasyn/`, `borderline_smote/`);
//! the call's spec is in `resample_spec`, the columns' roles and conversions in `features`.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, BooleanArray, RecordBatch, UInt32Array};
use arrow::compute::{concat_batches, take, take_record_batch};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use arrow::row::{RowConverter, SortField};
use async_trait::async_trait;
use datafusion::catalog::{Session, TableProvider};
use datafusion::common::runtime::SpawnedTask;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, plan_err, DataFusionError, Result};
use datafusion::datasource::TableType;
use datafusion::execution::memory_pool::{MemoryConsumer, MemoryReservation};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::{Expr, LogicalPlan};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, Distribution, ExecutionPlan, Partitioning, PlanProperties,
};
use futures::{StreamExt, TryStreamExt};

use super::features::{layout, Layout};
use super::hash::SplitMix64;
use super::output::{chunks, project};
pub use super::resample_spec::{Method, OtherColumns, ResampleSpec, IS_SYNTHETIC};
use super::sample_hash::{hashable, parallel_hashes};
use super::smote::general::smote;
use super::smote::numeric::run_smote;
use super::strategy::{label_names, resolve, Direction};

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
        project(exec, projection)
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
            let rows_in: usize = batches.iter().map(|b| b.num_rows()).sum();
            let function = spec.function.clone();
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
            let rows_out: usize = out.iter().map(|b| b.num_rows()).sum();
            crate::metrics::count_sample(&function, rows_in as u64, None, rows_out as u64);
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
