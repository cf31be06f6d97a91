//! [`QualityOutputExec`]: passes a quality table function's rows through unchanged and records
//! them: `quality_score` sets the process gauges `privsql_quality_score{table, dimension}` (the
//! score and each dimension present; only scores, never a value of the table), and every kind
//! hands its batches to [`crate::tracking::outputs`] for the artifacts of a tracked run (kept
//! only while a run is tracked).

use std::fmt;
use std::sync::Arc;

use arrow::array::{Array, AsArray, RecordBatch};
use arrow::datatypes::{DataType, Float64Type};
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{internal_err, plan_datafusion_err, Result};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, PlanProperties};
use futures::TryStreamExt;

use super::plan::{Kind, WEIGHTS};
use crate::tracking::outputs;

/// The operator over the plan of one quality table function call.
#[derive(Debug)]
pub struct QualityOutputExec {
    input: Arc<dyn ExecutionPlan>,
    kind: Kind,
    /// The table name, or `(query)`: the gauges' `table` label.
    table: String,
    contract: Option<String>,
    /// The output's id in [`outputs`]: the partitions of one scan share it.
    id: u64,
}

impl QualityOutputExec {
    pub fn new(input: Arc<dyn ExecutionPlan>, kind: Kind, table: String, contract: Option<String>) -> Self {
        Self { input, kind, table, contract, id: outputs::output_id() }
    }

    /// The function whose rows pass.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The table label of the gauges.
    pub fn table(&self) -> &str {
        &self.table
    }

    /// The contract the function was called with.
    pub fn contract(&self) -> Option<&str> {
        self.contract.as_deref()
    }

    /// `kind\ntable\ncontract` (an empty last line: no contract), what the codec writes.
    pub fn encode(&self) -> String {
        format!("{}\n{}\n{}", self.kind.name(), self.table, self.contract.as_deref().unwrap_or(""))
    }

    /// The operator [`Self::encode`] wrote, over `input`.
    pub fn decode(text: &str, input: Arc<dyn ExecutionPlan>) -> Result<Self> {
        let mut parts = text.splitn(3, '\n');
        let (Some(kind), Some(table), Some(contract)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(plan_datafusion_err!("QualityOutputExec: malformed encoding"));
        };
        let kind = match kind {
            "quality_report" => Kind::Report,
            "quality_score" => Kind::Score,
            "profile" => Kind::Profile,
            other => return Err(plan_datafusion_err!("QualityOutputExec: unknown function {other}")),
        };
        let contract = (!contract.is_empty()).then(|| contract.to_owned());
        Ok(Self::new(input, kind, table.to_owned(), contract))
    }
}

/// Set the gauges from the score columns of `batch` (its last row).
fn set_gauges(table: &str, batch: &RecordBatch) {
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

impl DisplayAs for QualityOutputExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "QualityOutputExec: {}, table={}", self.kind.name(), self.table)
    }
}

impl ExecutionPlan for QualityOutputExec {
    fn name(&self) -> &str {
        "QualityOutputExec"
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
            Ok([input]) => Ok(Arc::new(Self { input, kind: self.kind, table: self.table.clone(), contract: self.contract.clone(), id: self.id })),
            Err(_) => internal_err!("QualityOutputExec takes one child"),
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        let input = self.input.execute(partition, context)?;
        let schema = input.schema();
        let (kind, table, contract, id) = (self.kind, self.table.clone(), self.contract.clone(), self.id);
        let stream = input.inspect_ok(move |b| {
            if kind == Kind::Score {
                set_gauges(&table, b);
            }
            outputs::record_output(id, kind.name(), &table, contract.as_deref(), b);
        });
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}
