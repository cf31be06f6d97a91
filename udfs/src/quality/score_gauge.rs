//! [`ScoreGaugeExec`]: passes `quality_score`'s one row through unchanged and sets the process
//! gauges `privsql_quality_score{table, dimension}` from it (the score and each dimension
//! present). Only the scores reach the gauges: never a value of the table.

use std::fmt;
use std::sync::Arc;

use arrow::array::{Array, AsArray, RecordBatch};
use arrow::datatypes::{DataType, Float64Type};
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, Result};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, PlanProperties};
use futures::TryStreamExt;

use super::plan::WEIGHTS;

/// The operator over the plan of one `quality_score` call on `table`.
#[derive(Debug)]
pub struct ScoreGaugeExec {
    input: Arc<dyn ExecutionPlan>,
    table: String,
}

impl ScoreGaugeExec {
    pub fn new(input: Arc<dyn ExecutionPlan>, table: String) -> Self {
        Self { input, table }
    }

    /// The table label of the gauges.
    pub fn table(&self) -> &str {
        &self.table
    }
}

/// Set the gauges from the score columns of `batch` (its last row).
fn record(table: &str, batch: &RecordBatch) {
    let Some(m) = crate::metrics::functions() else { return };
    let Some(row) = batch.num_rows().checked_sub(1) else { return };
    let dimensions = std::iter::once("score").chain(WEIGHTS.iter().map(|(d, _)| *d));
    for d in dimensions {
        let Some(c) = batch.column_by_name(d) else { continue };
        if c.data_type() == &DataType::Float64 && c.is_valid(row) {
            m.quality_score.with_label_values(&[table, d]).set(c.as_primitive::<Float64Type>().value(row));
        }
    }
}

impl DisplayAs for ScoreGaugeExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "ScoreGaugeExec: table={}", self.table)
    }
}

impl ExecutionPlan for ScoreGaugeExec {
    fn name(&self) -> &str {
        "ScoreGaugeExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        self.input.properties()
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

    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        match <[_; 1]>::try_from(children) {
            Ok([input]) => Ok(Arc::new(ScoreGaugeExec::new(input, self.table.clone()))),
            Err(_) => internal_err!("ScoreGaugeExec takes one child"),
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        let input = self.input.execute(partition, context)?;
        let schema = input.schema();
        let table = self.table.clone();
        let stream = input.inspect_ok(move |b| record(&table, b));
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}
