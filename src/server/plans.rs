//! DataFusion plans and results as the server's statements use them, shared by the hooks, COPY
//! and the handler: the plan of a statement a hook answers itself, and the row count that
//! DataFusion's writers (INSERT, COPY TO a file, writing Parquet) return.

use std::sync::Arc;

use datafusion::arrow::array::{Array, RecordBatch, UInt64Array};
use datafusion::common::DFSchema;
use datafusion::logical_expr::{EmptyRelation, LogicalPlan};

/// A plan with no columns, for statements a hook answers itself at Execute time.
pub fn no_columns_plan() -> LogicalPlan {
    LogicalPlan::EmptyRelation(EmptyRelation {
        produce_one_row: false,
        schema: Arc::new(DFSchema::empty()),
    })
}

/// The number of rows a DataFusion write reports: one row with one UInt64 column per batch.
pub fn count_rows(batches: &[RecordBatch]) -> usize {
    batches
        .iter()
        .filter_map(|b| {
            let a = b
                .columns()
                .first()?
                .as_any()
                .downcast_ref::<UInt64Array>()?;
            (!a.is_empty()).then(|| a.value(0) as usize)
        })
        .sum()
}
