//! `is_outlier(x [, 'mad' | 'iqr' [, threshold]]) OVER (PARTITION BY ...)`: flags each row
//! whose value is an outlier within its window partition; and `robust_zscore(x) OVER (...)`,
//! the score itself. Both need the whole partition (medians), so they evaluate it at once.

use std::sync::{Arc, OnceLock};

use arrow::array::{ArrayRef, AsArray, BooleanArray, Float64Array};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Field, FieldRef, Float64Type};
use datafusion::common::{plan_err, Result, ScalarValue};
use datafusion::logical_expr::function::{PartitionEvaluatorArgs, WindowUDFFieldArgs};
use datafusion::logical_expr::{
    Documentation, PartitionEvaluator, Signature, Volatility, WindowUDFImpl,
};
use datafusion::physical_expr::expressions::Literal;
use datafusion::physical_expr::PhysicalExpr;

use super::outlier::{Method, Stats};
use crate::doc;

/// `is_outlier` or `robust_zscore`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct OutlierFunc {
    score: bool,
    signature: Signature,
}

impl OutlierFunc {
    /// `is_outlier`.
    pub fn is_outlier() -> Self {
        Self {
            score: false,
            signature: Signature::user_defined(Volatility::Immutable),
        }
    }
    /// `robust_zscore`.
    pub fn robust_zscore() -> Self {
        Self {
            score: true,
            signature: Signature::user_defined(Volatility::Immutable),
        }
    }
}

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

impl WindowUDFImpl for OutlierFunc {
    fn name(&self) -> &str {
        if self.score {
            "robust_zscore"
        } else {
            "is_outlier"
        }
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        let max = if self.score { 1 } else { 3 };
        if arg_types.is_empty() || arg_types.len() > max {
            return plan_err!(
                "{} takes {}, got {} arguments",
                self.name(),
                if self.score {
                    "(x)"
                } else {
                    "(x [, 'mad' | 'iqr' [, threshold]])"
                },
                arg_types.len()
            );
        }
        if !(arg_types[0].is_numeric() || arg_types[0] == DataType::Null) {
            return plan_err!("{}: x must be numeric, got {}", self.name(), arg_types[0]);
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

    fn partition_evaluator(
        &self,
        args: PartitionEvaluatorArgs,
    ) -> Result<Box<dyn PartitionEvaluator>> {
        let exprs = args.input_exprs();
        let method = literal(exprs, 1, self.name())?;
        let threshold = literal(exprs, 2, self.name())?;
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
        Ok(Box::new(OutlierEvaluator {
            method,
            score: self.score,
        }))
    }

    fn field(&self, field_args: WindowUDFFieldArgs) -> Result<FieldRef> {
        let t = if self.score {
            DataType::Float64
        } else {
            DataType::Boolean
        };
        Ok(Arc::new(Field::new(field_args.name(), t, true)))
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOCS: OnceLock<[Documentation; 2]> = OnceLock::new();
        let docs = DOCS.get_or_init(|| {
            [
                Documentation::builder(
                    doc::QUALITY,
                    "Window function: true when the row's value is a statistical outlier within \
                     its partition. 'mad' (default): robust z-score 0.6745 (x - median) / MAD \
                     above the threshold in absolute value (default 3.5; when MAD is 0 the mean \
                     absolute deviation times 1.253314 is the scale). 'iqr': outside \
                     [Q1 - k IQR, Q3 + k IQR] (default k = 1.5, quartiles interpolated as \
                     percentile_cont). NULL values give NULL and do not count.",
                    "is_outlier(x [, 'mad' | 'iqr' [, threshold]]) OVER ([PARTITION BY ...])",
                )
                .with_argument("x", "A numeric expression.")
                .with_argument("method", "'mad' (robust z-score, default) or 'iqr'.")
                .with_argument("threshold", "The z-score limit (mad, default 3.5) or IQR multiple (iqr, default 1.5).")
                .with_sql_example(
                    "SELECT channel, amount, is_outlier(amount) OVER (PARTITION BY channel) AS by_mad,\n\
                     is_outlier(amount, 'iqr') OVER (PARTITION BY channel) AS by_iqr FROM payments;",
                )
                .build(),
                Documentation::builder(
                    doc::QUALITY,
                    "Window function: the robust z-score 0.6745 (x - median) / MAD of the row's \
                     value within its partition (the scale falls back to 1.253314 MeanAD when \
                     MAD is 0, and the score is 0 when both are 0).",
                    "robust_zscore(x) OVER ([PARTITION BY ...])",
                )
                .with_argument("x", "A numeric expression.")
                .with_sql_example("SELECT amount, robust_zscore(amount) OVER () AS z FROM payments ORDER BY abs(z) DESC LIMIT 5;")
                .build(),
            ]
        });
        Some(&docs[usize::from(self.score)])
    }
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
