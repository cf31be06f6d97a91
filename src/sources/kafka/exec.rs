//! Bounded reads of a Kafka topic: [`KafkaScanExec`] reads the partition ranges fixed when the
//! query was planned ([`super::ranges`]), one DataFusion partition per group of Kafka
//! partitions, each on its own consumer thread ([`super::reader`]) that decodes the values into
//! Arrow in batches ([`super::decode`]).

use std::fmt;
use std::sync::Arc;

use datafusion::arrow::datatypes::SchemaRef;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::Result;
use datafusion::execution::TaskContext;
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::metrics::{ExecutionPlanMetricsSet, MetricBuilder, MetricsSet};
use datafusion::physical_plan::stream::RecordBatchReceiverStreamBuilder;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties,
    SendableRecordBatchStream,
};

use super::options::{value_schema, KafkaOptions};
use super::ranges::PartitionRange;
use super::reader::{Counters, GroupReader};
use crate::config::KafkaConfig;

/// Reads planned partition ranges of a topic and decodes them into Arrow.
#[derive(Debug)]
pub struct KafkaScanExec {
    pub(crate) options: Arc<KafkaOptions>,
    pub(crate) config: Arc<KafkaConfig>,
    /// The table's schema (value and metadata columns).
    pub(crate) table_schema: SchemaRef,
    pub(crate) projection: Option<Vec<usize>>,
    /// One entry per output partition.
    pub(crate) groups: Vec<Vec<PartitionRange>>,
    projected: SchemaRef,
    metrics: ExecutionPlanMetricsSet,
    cache: Arc<PlanProperties>,
}

impl KafkaScanExec {
    pub fn try_new(
        options: Arc<KafkaOptions>,
        config: Arc<KafkaConfig>,
        table_schema: SchemaRef,
        projection: Option<Vec<usize>>,
        groups: Vec<Vec<PartitionRange>>,
    ) -> Result<Self> {
        let projected = match &projection {
            Some(p) => Arc::new(table_schema.project(p)?),
            None => Arc::clone(&table_schema),
        };
        let cache = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&projected)),
            Partitioning::UnknownPartitioning(groups.len().max(1)),
            EmissionType::Incremental,
            Boundedness::Bounded,
        ));
        Ok(Self {
            options,
            config,
            table_schema,
            projection,
            groups,
            projected,
            metrics: ExecutionPlanMetricsSet::new(),
            cache,
        })
    }

    /// The topic read.
    pub fn options(&self) -> &KafkaOptions {
        &self.options
    }

    /// Every partition range this scan reads.
    pub fn ranges(&self) -> impl Iterator<Item = &PartitionRange> {
        self.groups.iter().flatten()
    }
}

impl DisplayAs for KafkaScanExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "KafkaScanExec: topic={}, format={:?}, ranges=[",
            self.options.topic, self.options.format
        )?;
        for (i, r) in self.ranges().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}:{}..{}", r.partition, r.start, r.end)?;
        }
        f.write_str("]")
    }
}

impl ExecutionPlan for KafkaScanExec {
    fn name(&self) -> &'static str {
        "KafkaScanExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.cache
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

    fn with_new_children(
        self: Arc<Self>,
        _children: Vec<Arc<dyn ExecutionPlan>>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        Ok(self)
    }

    fn execute(
        &self,
        partition: usize,
        context: Arc<TaskContext>,
    ) -> Result<SendableRecordBatchStream> {
        let ranges = self.groups.get(partition).cloned().unwrap_or_default();
        let m = |name: &'static str| MetricBuilder::new(&self.metrics).counter(name, partition);
        let reader = GroupReader {
            options: Arc::clone(&self.options),
            config: Arc::clone(&self.config),
            table_schema: Arc::clone(&self.table_schema),
            value_schema: value_schema(&self.table_schema),
            projection: self.projection.clone(),
            projected: Arc::clone(&self.projected),
            batch_size: context.session_config().batch_size().max(1),
            counters: Counters {
                messages: m("messages_read"),
                bytes: m("bytes_read"),
                skipped: m("errors_skipped"),
                dead_lettered: m("dead_lettered"),
            },
        };
        let mut builder = RecordBatchReceiverStreamBuilder::new(Arc::clone(&self.projected), 2);
        let tx = builder.tx();
        builder.spawn_blocking(move || reader.run(ranges, &tx));
        Ok(builder.build())
    }

    fn metrics(&self) -> Option<MetricsSet> {
        Some(self.metrics.clone_inner())
    }
}
