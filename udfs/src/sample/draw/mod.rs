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
//!
//! This file is the plan node (provider and operator); [`spec`] holds what a call asked for,
//! `job` runs the passes of one execution, `rank` holds a partition's keys and candidate rows.

use std::fmt;
use std::sync::Arc;

use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use async_trait::async_trait;
use datafusion::catalog::{Session, TableProvider};
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, plan_err, Result};
use datafusion::datasource::TableType;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::{Expr, LogicalPlan};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::coalesce_partitions::CoalescePartitionsExec;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, Distribution, ExecutionPlan, Partitioning, PlanProperties,
};
use futures::TryStreamExt;

use super::output::project;
use super::plan::{ALLOCATED, POPULATION, STRATUM};
use job::Job;

mod job;
mod rank;
pub mod spec;

pub use spec::{DrawMode, DrawSpec, SPLIT};

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

/// The plan whose partitions the draw reads: its input, or the input of the merge DataFusion
/// puts under it for its single-partition requirement (the draw itself reads every partition
/// at once, which the merge does not change).
fn partitions_of(input: &Arc<dyn ExecutionPlan>) -> Arc<dyn ExecutionPlan> {
    match input.downcast_ref::<CoalescePartitionsExec>() {
        Some(merge) if merge.fetch().is_none() => Arc::clone(merge.input()),
        _ => Arc::clone(input),
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

    /// The draw reads every partition of its input: declared, so that a planner that splits
    /// work by partition (Ballista gives each task some of a stage's partitions) hands it the
    /// whole input. DataFusion puts a merge under it for this; the draw reads through that
    /// merge ([`partitions_of`]), every partition at once as before.
    fn required_input_distribution(&self) -> Vec<Distribution> {
        vec![Distribution::SinglePartition; 2]
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
            input: partitions_of(&self.input),
            spec: self.spec.clone(),
            stratum: self.stratum,
            schema: Arc::clone(&self.schema),
            context,
        };
        let schema = Arc::clone(&self.schema);
        let counted = crate::metrics::functions()
            .map(|m| m.sample_rows_out.with_label_values(&[self.spec.function.as_str()]));
        let stream = futures::stream::once(job.run())
            .try_flatten()
            .inspect_ok(move |b| {
                if let Some(c) = &counted {
                    c.inc_by(b.num_rows() as u64);
                }
            });
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}
