//! A task's share of a source Ballista does not know how to split.
//!
//! Ballista packs several partitions of a stage into one task and, on the scheduler, restricts
//! the task's plan to them (`restrict_plan_to_partitions`): under a `UNION` each child gets its
//! own slice, under a collapse (a merge, a join's build side) every partition is kept. It does
//! so only for the leaves it knows (file and in-memory scans, shuffle reads); any other leaf
//! (`synthetic_intents`, a Kafka or BigQuery scan) would be left whole, and each task of the
//! stage would read all of it, counting its rows once per task.
//!
//! So the scheduler's session plans every such leaf under a [`TaskShare`] ([`SharePlanner`],
//! its query planner: DataFusion's, then [`ShareSources`] over the plan; a physical optimizer
//! rule would not do, since Ballista's adaptive planner replaces the session's rules with its
//! own): its first child is a small in-memory scan whose partition
//! `p` holds the number `p`, its second the leaf. Ballista restricts the in-memory scan as it
//! restricts any other, with its own rules for unions and collapses, and on the executor the
//! share runs the leaf's partitions whose numbers are left. Nothing in privsql has to follow
//! Ballista's rules of which partitions a task runs.

use std::fmt;
use std::sync::Arc;

use arrow::array::{Array, RecordBatch, UInt32Array};
use arrow::datatypes::{DataType, Field, Schema};
use async_trait::async_trait;
use ballista_core::execution_plans::DistributedQueryExec;
use datafusion::catalog::Session;
use datafusion::common::config::ConfigOptions;
use datafusion::common::tree_node::{Transformed, TreeNode, TreeNodeRecursion};
use datafusion::common::{internal_datafusion_err, internal_err, not_impl_err, Result};
use datafusion::datasource::memory::MemorySourceConfig;
use datafusion::datasource::source::DataSourceExec;
use datafusion::execution::context::{QueryPlanner, TaskContext};
use datafusion::execution::SessionState;
use datafusion::logical_expr::LogicalPlan;
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_optimizer::PhysicalOptimizerRule;
use datafusion::physical_plan::empty::EmptyExec;
use datafusion::physical_plan::execution_plan::ChildrenPropertiesMode;
use datafusion::physical_plan::placeholder_row::PlaceholderRowExec;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, ExecutionPlanProperties, Partitioning, PlanProperties,
    ReplaceChildrenOptions, SendableRecordBatchStream,
};
use datafusion::physical_planner::{DefaultPhysicalPlanner, PhysicalPlanner};
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};
use datafusion_proto::protobuf::LogicalPlanNode;

/// The scheduler's query planner: DataFusion's, then [`ShareSources`] over the plan. Both of
/// Ballista's planners (static and adaptive) plan a job through the session's query planner.
#[derive(Debug, Default)]
pub struct SharePlanner;

#[async_trait]
impl QueryPlanner for SharePlanner {
    async fn create_physical_plan(&self, plan: &LogicalPlan, session: &dyn Session) -> Result<Arc<dyn ExecutionPlan>> {
        let Some(state) = session.as_any().downcast_ref::<SessionState>() else {
            return internal_err!("the scheduler plans in a DataFusion SessionState");
        };
        let physical = DefaultPhysicalPlanner::default().create_physical_plan(plan, state).await?;
        ShareSources.optimize(physical, state.config_options())
    }
}

/// The physical optimizer rule that puts each leaf Ballista cannot restrict under a
/// [`TaskShare`].
#[derive(Debug, Default)]
pub struct ShareSources;

impl PhysicalOptimizerRule for ShareSources {
    fn optimize(&self, plan: Arc<dyn ExecutionPlan>, _config: &ConfigOptions) -> Result<Arc<dyn ExecutionPlan>> {
        plan.transform_down(|node| {
            if node.downcast_ref::<TaskShare>().is_some() {
                return Ok(Transformed::new(node, false, TreeNodeRecursion::Jump));
            }
            if !node.children().is_empty() || restricted_by_ballista(&node) {
                return Ok(Transformed::no(node));
            }
            let share: Arc<dyn ExecutionPlan> = Arc::new(TaskShare::over(node)?);
            Ok(Transformed::new(share, true, TreeNodeRecursion::Jump))
        })
        .map(|t| t.data)
    }

    fn name(&self) -> &str {
        "privsql_share_sources"
    }

    fn schema_check(&self) -> bool {
        true
    }
}

/// Leaves whose partitions Ballista's scheduler selects itself: file and in-memory scans, and
/// the constant leaves (one row or none per partition); and a client's job (its
/// `DistributedQueryExec`, which a client's `EXPLAIN` may show inside a plan), which never
/// reaches an executor.
fn restricted_by_ballista(leaf: &Arc<dyn ExecutionPlan>) -> bool {
    leaf.downcast_ref::<DataSourceExec>().is_some()
        || leaf.downcast_ref::<PlaceholderRowExec>().is_some()
        || leaf.downcast_ref::<EmptyExec>().is_some()
        || leaf.downcast_ref::<DistributedQueryExec<LogicalPlanNode>>().is_some()
}

/// The partitions of a leaf that a task runs: those whose numbers its first child (an
/// in-memory scan, restricted by Ballista like any other) still holds.
pub struct TaskShare {
    numbers: Arc<dyn ExecutionPlan>,
    leaf: Arc<dyn ExecutionPlan>,
    /// The leaf's partitions this share runs, in order: partition `i` is the leaf's `ids[i]`.
    ids: Vec<usize>,
    properties: Arc<PlanProperties>,
}

impl TaskShare {
    /// `leaf` whole: the numbers of all its partitions.
    pub fn over(leaf: Arc<dyn ExecutionPlan>) -> Result<Self> {
        let schema = Arc::new(Schema::new(vec![Field::new("task_partition", DataType::UInt32, false)]));
        let partitions = (0..leaf.output_partitioning().partition_count())
            .map(|p| {
                let p = u32::try_from(p).map_err(|_| internal_datafusion_err!("TaskShare: too many partitions"))?;
                let batch = RecordBatch::try_new(Arc::clone(&schema), vec![Arc::new(UInt32Array::from(vec![p]))])?;
                Ok(vec![batch])
            })
            .collect::<Result<Vec<_>>>()?;
        let numbers: Arc<dyn ExecutionPlan> = MemorySourceConfig::try_new_exec(&partitions, schema, None)?;
        Self::try_new(numbers, leaf)
    }

    /// The share of `leaf` that `numbers` (an in-memory scan of partition numbers) names.
    pub fn try_new(numbers: Arc<dyn ExecutionPlan>, leaf: Arc<dyn ExecutionPlan>) -> Result<Self> {
        let ids = partition_numbers(&numbers)?;
        let whole = leaf.output_partitioning().partition_count();
        if let Some(id) = ids.iter().find(|&&id| id >= whole) {
            return internal_err!("TaskShare: partition {id} of a leaf of {whole} ({})", leaf.name());
        }
        let partitioning = if ids.len() == whole && ids.iter().enumerate().all(|(i, &id)| i == id) {
            leaf.output_partitioning().clone()
        } else {
            match leaf.output_partitioning() {
                Partitioning::Hash(exprs, _) => Partitioning::Hash(exprs.clone(), ids.len()),
                _ => Partitioning::UnknownPartitioning(ids.len()),
            }
        };
        let properties = leaf.properties().as_ref().clone().with_partitioning(partitioning);
        Ok(Self { numbers, leaf, ids, properties: Arc::new(properties) })
    }
}

/// The number in each partition of an in-memory scan of [`TaskShare::over`]'s shape.
fn partition_numbers(numbers: &Arc<dyn ExecutionPlan>) -> Result<Vec<usize>> {
    let memory = numbers
        .downcast_ref::<DataSourceExec>()
        .and_then(|scan| {
            let source: &dyn std::any::Any = scan.data_source().as_ref();
            source.downcast_ref::<MemorySourceConfig>()
        })
        .ok_or_else(|| internal_datafusion_err!("TaskShare: its first input is {}, not an in-memory scan", numbers.name()))?;
    memory
        .partitions()
        .iter()
        .map(|batches| {
            let value = batches.iter().find(|b| b.num_rows() > 0).and_then(|b| {
                let column = b.column(0).as_any().downcast_ref::<UInt32Array>()?;
                (!column.is_null(0)).then(|| column.value(0) as usize)
            });
            value.ok_or_else(|| internal_datafusion_err!("TaskShare: a partition of its first input holds no number"))
        })
        .collect()
}

impl fmt::Debug for TaskShare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TaskShare").field("ids", &self.ids).finish()
    }
}

impl DisplayAs for TaskShare {
    fn fmt_as(&self, t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        match t {
            DisplayFormatType::TreeRender => write!(f, "partitions={:?}", self.ids),
            _ => write!(f, "TaskShare: partitions={:?} of {}", self.ids, self.leaf.output_partitioning().partition_count()),
        }
    }
}

impl ExecutionPlan for TaskShare {
    fn name(&self) -> &'static str {
        "TaskShare"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.numbers, &self.leaf]
    }

    fn maintains_input_order(&self) -> Vec<bool> {
        vec![false, true]
    }

    fn benefits_from_input_partitioning(&self) -> Vec<bool> {
        vec![false, false]
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
        // The numbers may change with the same partition count: always read them again.
        let [numbers, leaf]: [Arc<dyn ExecutionPlan>; 2] =
            children.try_into().map_err(|_| internal_datafusion_err!("TaskShare has two inputs"))?;
        Ok(Arc::new(Self::try_new(numbers, leaf)?))
    }

    #[allow(deprecated)]
    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        self.replace_children(children, ReplaceChildrenOptions::new(ChildrenPropertiesMode::Recompute))
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        match self.ids.get(partition) {
            Some(&id) => self.leaf.execute(id, context),
            None => internal_err!("TaskShare: partition {partition} of {}", self.ids.len()),
        }
    }
}

/// The codec of [`TaskShare`]: a tag, its two inputs encoded by datafusion-proto as any
/// node's.
#[derive(Debug, Default)]
pub struct ShareCodec;

const TAG: &[u8] = b"privsql.share.1";

impl PhysicalExtensionCodec for ShareCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        _ctx: &TaskContext,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        if buf != TAG {
            return not_impl_err!("ShareCodec cannot decode this plan node");
        }
        match inputs {
            [numbers, leaf] => Ok(Arc::new(TaskShare::try_new(Arc::clone(numbers), Arc::clone(leaf))?)),
            _ => internal_err!("TaskShare: {} inputs, not 2", inputs.len()),
        }
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        _proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        if node.downcast_ref::<TaskShare>().is_none() {
            return not_impl_err!("ShareCodec cannot encode {}", node.name());
        }
        buf.extend_from_slice(TAG);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::Int64Array;
    use ballista_scheduler::state::task_builder::restrict_plan_to_partitions;
    use datafusion::physical_plan::coalesce_partitions::CoalescePartitionsExec;
    use datafusion::physical_plan::union::UnionExec;
    use datafusion::physical_plan::{collect_partitioned, displayable};

    /// A leaf of 4 partitions whose partition `p` holds `p`, which Ballista would not restrict.
    fn leaf() -> Arc<dyn ExecutionPlan> {
        let schema = Arc::new(Schema::new(vec![Field::new("p", DataType::Int64, false)]));
        let parts: Vec<Vec<RecordBatch>> = (0..4)
            .map(|p| vec![RecordBatch::try_new(Arc::clone(&schema), vec![Arc::new(Int64Array::from(vec![p]))]).unwrap()])
            .collect();
        let memory = MemorySourceConfig::try_new_exec(&parts, schema, None).unwrap();
        // Hidden from the rule as a memory scan: a leaf of another type over it.
        Arc::new(Opaque(memory))
    }

    async fn values(plan: Arc<dyn ExecutionPlan>) -> Vec<Vec<i64>> {
        let out = collect_partitioned(plan, Arc::new(TaskContext::default())).await.unwrap();
        out.iter()
            .map(|batches| {
                batches
                    .iter()
                    .flat_map(|b| b.column(0).as_any().downcast_ref::<Int64Array>().unwrap().values().to_vec())
                    .collect()
            })
            .collect()
    }

    #[tokio::test]
    async fn ballista_restricts_a_share_to_the_tasks_partitions() {
        let union: Arc<dyn ExecutionPlan> = UnionExec::try_new(vec![leaf(), leaf()]).unwrap();
        let planned = ShareSources.optimize(union, &ConfigOptions::default()).unwrap();
        // Each leaf under the union is shared, once (the rule run again changes nothing).
        let again = ShareSources.optimize(Arc::clone(&planned), &ConfigOptions::default()).unwrap();
        let shown = |p: &Arc<dyn ExecutionPlan>| displayable(p.as_ref()).indent(false).to_string();
        assert_eq!(shown(&planned), shown(&again));
        assert!(planned.children().iter().all(|s| s.downcast_ref::<TaskShare>().is_some()), "{}", shown(&planned));
        assert_eq!(values(Arc::clone(&planned)).await, vec![vec![0], vec![1], vec![2], vec![3], vec![0], vec![1], vec![2], vec![3]]);

        // Ballista's scheduler restricts a task of the union's partitions 3 and 5 to the first
        // leaf's partition 3 and the second's 1.
        let task = restrict_plan_to_partitions(Arc::clone(&planned), &[3, 5]).unwrap();
        assert_eq!(values(task).await, vec![vec![3], vec![1]]);
        // A share none of whose partitions a task runs has none.
        let task = restrict_plan_to_partitions(Arc::clone(&planned), &[1]).unwrap();
        assert_eq!(task.children()[1].output_partitioning().partition_count(), 0, "{}", shown(&task));
        assert_eq!(values(task).await, vec![vec![1]]);
        // Under a merge every partition is kept.
        let merged: Arc<dyn ExecutionPlan> = Arc::new(CoalescePartitionsExec::new(Arc::clone(&planned)));
        let task = restrict_plan_to_partitions(merged, &[0]).unwrap();
        let mut all: Vec<i64> = values(task).await.concat();
        all.sort_unstable();
        assert_eq!(all, vec![0, 0, 1, 1, 2, 2, 3, 3]);
    }

    #[test]
    fn scans_ballista_restricts_are_left_alone() {
        let schema = Arc::new(Schema::new(vec![Field::new("p", DataType::Int64, false)]));
        let scan: Arc<dyn ExecutionPlan> = MemorySourceConfig::try_new_exec(&[vec![]], Arc::clone(&schema), None).unwrap();
        let planned = ShareSources.optimize(Arc::clone(&scan), &ConfigOptions::default()).unwrap();
        assert!(Arc::ptr_eq(&planned, &scan));
        let placeholder: Arc<dyn ExecutionPlan> = Arc::new(PlaceholderRowExec::new(schema));
        assert!(Arc::ptr_eq(&ShareSources.optimize(Arc::clone(&placeholder), &ConfigOptions::default()).unwrap(), &placeholder));
    }

    /// A leaf that hides the memory scan it runs.
    #[derive(Debug)]
    struct Opaque(Arc<dyn ExecutionPlan>);

    impl DisplayAs for Opaque {
        fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "Opaque")
        }
    }

    impl ExecutionPlan for Opaque {
        fn name(&self) -> &'static str {
            "Opaque"
        }
        fn properties(&self) -> &Arc<PlanProperties> {
            self.0.properties()
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
        #[allow(deprecated)]
        fn with_new_children(self: Arc<Self>, _children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
            Ok(self)
        }
        fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
            self.0.execute(partition, context)
        }
    }
}
