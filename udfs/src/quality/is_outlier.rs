//! `is_outlier(x [, 'mad' | 'iqr' [, threshold]]) OVER (PARTITION BY ...)`: flags each row
//! whose value is an outlier within its window partition (by the rules of [`super::outlier`]).
//! It needs the whole partition (medians), so it evaluates it at once
//! ([`super::outlier_window`]).

use std::sync::OnceLock;

use arrow::datatypes::{DataType, FieldRef};
use datafusion::common::Result;
use datafusion::logical_expr::function::{PartitionEvaluatorArgs, WindowUDFFieldArgs};
use datafusion::logical_expr::{
    Documentation, PartitionEvaluator, Signature, Volatility, WindowUDFImpl,
};

use super::outlier_window;
use crate::doc;

/// `is_outlier`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IsOutlierFunc {
    signature: Signature,
}

impl Default for IsOutlierFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl IsOutlierFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::user_defined(Volatility::Immutable),
        }
    }
}

impl WindowUDFImpl for IsOutlierFunc {
    fn name(&self) -> &str {
        "is_outlier"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        outlier_window::coerce_types(self.name(), false, arg_types)
    }

    fn partition_evaluator(
        &self,
        args: PartitionEvaluatorArgs,
    ) -> Result<Box<dyn PartitionEvaluator>> {
        outlier_window::partition_evaluator(self.name(), false, args)
    }

    fn field(&self, field_args: WindowUDFFieldArgs) -> Result<FieldRef> {
        outlier_window::field(false, field_args)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
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
            .build()
        }))
    }
}
