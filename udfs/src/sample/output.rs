//! What the two sampling operators share in shaping their output: a scan's column projection
//! over the operator, and rows cut into batches of the session's size.

use std::sync::Arc;

use arrow::array::RecordBatch;
use datafusion::common::Result;
use datafusion::physical_expr::projection::ProjectionExprs;
use datafusion::physical_plan::projection::ProjectionExec;
use datafusion::physical_plan::ExecutionPlan;

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

/// `batch` cut into slices of at most `size` rows (no copy).
pub(super) fn chunks(batch: &RecordBatch, size: usize) -> Vec<RecordBatch> {
    (0..batch.num_rows())
        .step_by(size)
        .map(|o| batch.slice(o, size.min(batch.num_rows() - o)))
        .collect()
}
