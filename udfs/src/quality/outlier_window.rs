//! What `is_outlier` and `robust_zscore` share as window functions: their argument checks,
//! their result field and their partition evaluator. Both need the whole partition (medians),
//! so they evaluate it at once; `score` tells the z-score (`robust_zscore`) from the flag
//! (`is_outlier`).

use std::sync::Arc;

use arrow::array::{ArrayRef, AsArray, BooleanArray, Float64Array};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Field, FieldRef, Float64Type};
use datafusion::common::{plan_err, Result, ScalarValue};
use datafusion::logical_expr::function::{PartitionEvaluatorArgs, WindowUDFFieldArgs};
use datafusion::logical_expr::PartitionEvaluator;
use datafusion::physical_expr::expressions::Literal;
use datafusion::physical_expr::PhysicalExpr;

use super::outlier::{Method, Stats};

fn literal(args: &[Arc<dyn PhysicalExpr>], i: usize, fname: &str) -> Result<Option<ScalarValue>> {
    match args.get(i) {
        None => Ok(None),
        Some(e) => match e.downcast_ref::<Literal>() {
            Some(l) if l.value().is_null() => Ok(None),
            Some(l) => Ok(Some(l.value().clone())),
            None => plan_err!("{fname}: argument {} must be a constant", i + 1),
        },
    }
}

/// The argument types of `name`: x as f64, then the method and threshold (`is_outlier` only).
pub(super) fn coerce_types(
    name: &str,
    score: bool,
    arg_types: &[DataType],
) -> Result<Vec<DataType>> {
    let max = if score { 1 } else { 3 };
    if arg_types.is_empty() || arg_types.len() > max {
        return plan_err!(
            "{} takes {}, got {} arguments",
            name,
            if score {
                "(x)"
            } else {
                "(x [, 'mad' | 'iqr' [, threshold]])"
            },
            arg_types.len()
        );
    }
    if !(arg_types[0].is_numeric() || arg_types[0] == DataType::Null) {
        return plan_err!("{}: x must be numeric, got {}", name, arg_types[0]);
    }
    let mut out = vec![DataType::Float64];
    if arg_types.len() > 1 {
        out.push(DataType::Utf8);
    }
    if arg_types.len() > 2 {
        out.push(DataType::Float64);
    }
    Ok(out)
}

/// The evaluator of `name`, with the method and threshold of its constant arguments.
pub(super) fn partition_evaluator(
    name: &str,
    score: bool,
    args: PartitionEvaluatorArgs,
) -> Result<Box<dyn PartitionEvaluator>> {
    let exprs = args.input_exprs();
    let method = literal(exprs, 1, name)?;
    let threshold = literal(exprs, 2, name)?;
    let method = Method::parse(
        method.as_ref().and_then(|m| match m {
            ScalarValue::Utf8(s) | ScalarValue::Utf8View(s) | ScalarValue::LargeUtf8(s) => {
                s.as_deref()
            }
            _ => None,
        }),
        match threshold {
            Some(t) => Some(f64::try_from(t.cast_to(&DataType::Float64)?)?),
            None => None,
        },
    )?;
    Ok(Box::new(OutlierEvaluator { method, score }))
}

/// The result field: the z-score (f64) or the flag (boolean).
pub(super) fn field(score: bool, field_args: WindowUDFFieldArgs) -> Result<FieldRef> {
    let t = if score {
        DataType::Float64
    } else {
        DataType::Boolean
    };
    Ok(Arc::new(Field::new(field_args.name(), t, true)))
}

#[derive(Debug)]
struct OutlierEvaluator {
    method: Method,
    score: bool,
}

impl PartitionEvaluator for OutlierEvaluator {
    fn evaluate_all(&mut self, values: &[ArrayRef], num_rows: usize) -> Result<ArrayRef> {
        let x = cast(&values[0], &DataType::Float64)?;
        let x = x.as_primitive::<Float64Type>();
        let mut finite: Vec<f64> = x.iter().flatten().filter(|v| !v.is_nan()).collect();
        let stats = Stats::of(&mut finite);
        debug_assert_eq!(x.len(), num_rows);
        let Some(s) = stats else {
            return Ok(if self.score {
                Arc::new(Float64Array::new_null(num_rows))
            } else {
                Arc::new(BooleanArray::new_null(num_rows))
            });
        };
        Ok(if self.score {
            Arc::new(
                x.iter()
                    .map(|v| v.map(|v| s.zscore(v)))
                    .collect::<Float64Array>(),
            )
        } else {
            let m = self.method;
            Arc::new(
                x.iter()
                    .map(|v| v.map(|v| s.is_outlier(v, m)))
                    .collect::<BooleanArray>(),
            )
        })
    }
}
