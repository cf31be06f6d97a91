//! `SyntheticExec`: the physical plan node that generates `synthetic_intents` rows, one output
//! partition per target partition, each a contiguous range of ids streamed in batches of the
//! session's batch size.

use std::fmt;
use std::sync::Arc;

use arrow::datatypes::SchemaRef;
use datafusion::common::stats::Precision;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, Result, Statistics};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::statistics::StatisticsArgs;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties, ReplaceChildrenOptions,
};

use super::generate::{Generator, Scratch};
use super::options::SyntheticOptions;

/// Generates rows `0..min(rows, fetch)` of `synthetic_intents(rows, seed, options)`, projected.
#[derive(Debug, Clone)]
pub struct SyntheticExec {
    rows: u64,
    seed: u64,
    options: SyntheticOptions,
    projection: Option<Vec<usize>>,
    fetch: Option<usize>,
    partitions: usize,
    batch_size: usize,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
}

impl SyntheticExec {
    /// A plan over `rows` rows split into (at most) `partitions` partitions.
    pub fn try_new(
        rows: u64,
        seed: u64,
        options: SyntheticOptions,
        projection: Option<Vec<usize>>,
        fetch: Option<usize>,
        partitions: usize,
        batch_size: usize,
    ) -> Result<Self> {
        let batch_size = batch_size.max(1);
        let schema = Arc::clone(Generator::new(seed, &options, projection.as_deref())?.schema());
        let total = fetch.map_or(rows, |f| rows.min(f as u64));
        // No more partitions than batches: tiny tables stay in one partition.
        let partitions = partitions.max(1).min(total.div_ceil(batch_size as u64).max(1) as usize);
        let properties = Arc::new(PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&schema)),
            Partitioning::UnknownPartitioning(partitions),
            EmissionType::Incremental,
            Boundedness::Bounded,
        ));
        Ok(SyntheticExec { rows, seed, options, projection, fetch, partitions, batch_size, schema, properties })
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn options(&self) -> &SyntheticOptions {
        &self.options
    }
    pub fn projection(&self) -> Option<&[usize]> {
        self.projection.as_deref()
    }
    pub fn partitions(&self) -> usize {
        self.partitions
    }
    pub fn batch_size(&self) -> usize {
        self.batch_size
    }

    /// The number of rows produced (`rows`, or `fetch` when smaller).
    fn total(&self) -> u64 {
        self.fetch.map_or(self.rows, |f| self.rows.min(f as u64))
    }

    /// The ids of partition `p`.
    fn range(&self, p: usize) -> (u64, u64) {
        let n = self.total() as u128;
        let k = self.partitions as u128;
        ((n * p as u128 / k) as u64, (n * (p as u128 + 1) / k) as u64)
    }
}

impl DisplayAs for SyntheticExec {
    fn fmt_as(&self, t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        match t {
            DisplayFormatType::Default | DisplayFormatType::Verbose => {
                write!(f, "SyntheticExec: rows={}, seed={}, partitions={}", self.rows, self.seed, self.partitions)?;
                if let Some(fetch) = self.fetch {
                    write!(f, ", fetch={fetch}")?;
                }
                if t == DisplayFormatType::Verbose {
                    write!(f, ", options=[{}]", self.options)?;
                }
                Ok(())
            }
            DisplayFormatType::TreeRender => write!(f, "rows={}\nseed={}", self.rows, self.seed),
        }
    }
}

impl ExecutionPlan for SyntheticExec {
    fn name(&self) -> &'static str {
        "SyntheticExec"
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
            return internal_err!("SyntheticExec has no children");
        }
        Ok(self)
    }

    #[allow(deprecated)]
    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        if !children.is_empty() {
            return internal_err!("SyntheticExec has no children");
        }
        Ok(self)
    }

    fn execute(&self, partition: usize, _context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        if partition >= self.partitions {
            return internal_err!("SyntheticExec: partition {partition} of {}", self.partitions);
        }
        let generator = Generator::new(self.seed, &self.options, self.projection.as_deref())?;
        let (start, end) = self.range(partition);
        let batch = self.batch_size as u64;
        let mut scratch = Scratch::default();
        let batches = (start..end).step_by(self.batch_size).map(move |from| {
            let len = batch.min(end - from) as usize;
            generator.batch(from, len, &mut scratch)
        });
        Ok(Box::pin(RecordBatchStreamAdapter::new(Arc::clone(&self.schema), futures::stream::iter(batches))))
    }

    fn statistics_from_inputs(&self, _input_stats: &[Arc<Statistics>], args: &StatisticsArgs) -> Result<Arc<Statistics>> {
        let rows = match args.partition() {
            Some(p) if p < self.partitions => {
                let (s, e) = self.range(p);
                e - s
            }
            Some(p) => return internal_err!("SyntheticExec: partition {p} of {}", self.partitions),
            None => self.total(),
        };
        Ok(Arc::new(Statistics::new_unknown(&self.schema).with_num_rows(Precision::Exact(rows as usize))))
    }

    fn supports_limit_pushdown(&self) -> bool {
        true
    }

    fn fetch(&self) -> Option<usize> {
        self.fetch
    }

    fn with_fetch(&self, limit: Option<usize>) -> Option<Arc<dyn ExecutionPlan>> {
        SyntheticExec::try_new(
            self.rows,
            self.seed,
            self.options.clone(),
            self.projection.clone(),
            limit,
            self.partitions,
            self.batch_size,
        )
        .ok()
        .map(|e| Arc::new(e) as Arc<dyn ExecutionPlan>)
    }
}
