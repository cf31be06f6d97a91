//! A task's share of a source Ballista does not know how to split.
//!
//! Ballista packs several partitions of a stage into one task and restricts the task's plan
//! to them, but only for the sources it knows (files, memory tables, shuffle reads): any other
//! leaf (`synthetic_intents`, a Kafka or BigQuery scan) is left whole, and each task of the
//! stage would read all of it, counting its rows once per task. Here, on the executor, such a
//! leaf is narrowed to the task's partitions ([`SlicedLeaf`]) when the path from the stage's
//! root to it keeps partitions one to one, as Ballista itself does for a file scan; otherwise
//! the plan is left as it came.

use std::fmt;
use std::sync::Arc;

use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, Result};
use datafusion::execution::context::TaskContext;
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::repartition::RepartitionExec;
use datafusion::physical_plan::{
    replace_children_if_necessary, DisplayAs, DisplayFormatType, ExecutionPlan, ExecutionPlanProperties, Partitioning,
    PlanProperties,
    ReplaceChildrenOptions, SendableRecordBatchStream,
};

/// `stage` (a shuffle writer over its input) with an unsplit leaf narrowed to `ids`, the
/// task's partitions of the stage; unchanged when its input already has that many partitions
/// (Ballista split it) or no leaf can be narrowed safely.
pub fn narrow(stage: Arc<dyn ExecutionPlan>, ids: &[usize]) -> Result<Arc<dyn ExecutionPlan>> {
    let children = stage.children();
    let [input] = children.as_slice() else { return Ok(stage) };
    let whole = input.output_partitioning().partition_count();
    if ids.is_empty() || whole == ids.len() || ids.iter().any(|&i| i >= whole) {
        return Ok(stage);
    }
    match narrow_path(Arc::clone(input), whole, ids)? {
        Some(input) => replace_children_if_necessary(stage, vec![input]),
        None => Ok(stage),
    }
}

/// `plan` with its leaf narrowed, if every node down to it has one child and `whole`
/// partitions, each from the same partition of its child (no repartitioning).
fn narrow_path(plan: Arc<dyn ExecutionPlan>, whole: usize, ids: &[usize]) -> Result<Option<Arc<dyn ExecutionPlan>>> {
    if plan.output_partitioning().partition_count() != whole || plan.downcast_ref::<RepartitionExec>().is_some() {
        return Ok(None);
    }
    let children = plan.children();
    match children.as_slice() {
        [] => Ok(Some(Arc::new(SlicedLeaf::new(Arc::clone(&plan), ids.to_vec())))),
        [child] => match narrow_path(Arc::clone(child), whole, ids)? {
            Some(child) => replace_children_if_necessary(Arc::clone(&plan), vec![child]).map(Some),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Partitions `ids` of `inner`, as partitions 0, 1, ... (metrics and display are `inner`'s,
/// so the stage's operators stay the ones the scheduler planned).
struct SlicedLeaf {
    inner: Arc<dyn ExecutionPlan>,
    ids: Vec<usize>,
    properties: Arc<PlanProperties>,
}

impl SlicedLeaf {
    fn new(inner: Arc<dyn ExecutionPlan>, ids: Vec<usize>) -> Self {
        let properties = inner.properties().as_ref().clone().with_partitioning(Partitioning::UnknownPartitioning(ids.len()));
        Self { inner, ids, properties: Arc::new(properties) }
    }
}

impl fmt::Debug for SlicedLeaf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SlicedLeaf").field("ids", &self.ids).finish()
    }
}

impl DisplayAs for SlicedLeaf {
    fn fmt_as(&self, t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        self.inner.fmt_as(t, f)?;
        write!(f, " [task partitions {:?}]", self.ids)
    }
}

impl ExecutionPlan for SlicedLeaf {
    fn name(&self) -> &'static str {
        "SlicedLeaf"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn replace_children(
        self: Arc<Self>,
        children: Vec<Arc<dyn ExecutionPlan>>,
        _options: ReplaceChildrenOptions,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        if !children.is_empty() {
            return internal_err!("SlicedLeaf has no children");
        }
        Ok(self)
    }

    #[allow(deprecated)]
    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        if !children.is_empty() {
            return internal_err!("SlicedLeaf has no children");
        }
        Ok(self)
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        match self.ids.get(partition) {
            Some(&global) => self.inner.execute(global, context),
            None => internal_err!("SlicedLeaf: partition {partition} of {}", self.ids.len()),
        }
    }

    fn metrics(&self) -> Option<datafusion::physical_plan::metrics::MetricsSet> {
        self.inner.metrics()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{Array, Int64Array};
    use datafusion::arrow::datatypes::{DataType, Field, Schema};
    use datafusion::arrow::record_batch::RecordBatch;
    use datafusion::datasource::memory::MemorySourceConfig;
    use datafusion::physical_expr::expressions::lit;
    use datafusion::physical_plan::filter::FilterExec;
    use datafusion::physical_plan::{collect_partitioned, ExecutionPlanProperties};

    /// A stage root over a filter over a 4-partition leaf whose partition `p` holds `p`.
    fn stage() -> Arc<dyn ExecutionPlan> {
        let schema = Arc::new(Schema::new(vec![Field::new("p", DataType::Int64, false)]));
        let parts: Vec<Vec<RecordBatch>> = (0..4)
            .map(|p| vec![RecordBatch::try_new(Arc::clone(&schema), vec![Arc::new(Int64Array::from(vec![p]))]).unwrap()])
            .collect();
        let leaf = MemorySourceConfig::try_new_exec(&parts, schema, None).unwrap();
        let filter = Arc::new(FilterExec::try_new(lit(true), leaf).unwrap());
        Arc::new(FilterExec::try_new(lit(true), filter).unwrap())
    }

    #[tokio::test]
    async fn a_whole_leaf_is_narrowed_to_the_tasks_partitions() {
        let narrowed = narrow(stage(), &[1, 3]).unwrap();
        let input = Arc::clone(narrowed.children()[0]);
        assert_eq!(input.output_partitioning().partition_count(), 2);
        let out = collect_partitioned(input, Arc::new(TaskContext::default())).await.unwrap();
        let values: Vec<i64> = out
            .iter()
            .flatten()
            .map(|b| b.column(0).as_any().downcast_ref::<Int64Array>().unwrap().value(0))
            .collect();
        assert_eq!(values, vec![1, 3]);
    }

    #[test]
    fn a_plan_already_split_or_every_partition_is_left_as_it_is() {
        let s = stage();
        assert!(Arc::ptr_eq(&narrow(Arc::clone(&s), &[0, 1, 2, 3]).unwrap(), &s));
        assert!(Arc::ptr_eq(&narrow(Arc::clone(&s), &[7]).unwrap(), &s));
        assert!(Arc::ptr_eq(&narrow(Arc::clone(&s), &[]).unwrap(), &s));
    }
}
