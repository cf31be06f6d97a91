//! `robust_zscore(x) OVER (PARTITION BY ...)`: the robust z-score of each row's value within its
//! window partition (by the rules of [`super::outlier`]), the score behind `is_outlier`'s
//! default rule. It needs the whole partition (medians), so it evaluates it at once
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

/// `robust_zscore`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct RobustZscoreFunc {
    signature: Signature,
}

impl Default for RobustZscoreFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl RobustZscoreFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::user_defined(Volatility::Immutable),
        }
    }
}

impl WindowUDFImpl for RobustZscoreFunc {
    fn name(&self) -> &str {
        "robust_zscore"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        outlier_window::coerce_types(self.name(), true, arg_types)
    }

    fn partition_evaluator(
        &self,
        args: PartitionEvaluatorArgs,
    ) -> Result<Box<dyn PartitionEvaluator>> {
        outlier_window::partition_evaluator(self.name(), true, args)
    }

    fn field(&self, field_args: WindowUDFFieldArgs) -> Result<FieldRef> {
        outlier_window::field(true, field_args)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::QUALITY,
                "Window function: the robust z-score 0.6745 (x - median) / MAD of the row's \
                 value within its partition (the scale falls back to 1.253314 MeanAD when \
                 MAD is 0, and the score is 0 when both are 0).",
                "robust_zscore(x) OVER ([PARTITION BY ...])",
            )
            .with_argument("x", "A numeric expression.")
            .with_sql_example("SELECT amount, robust_zscore(amount) OVER () AS z FROM payments ORDER BY abs(z) DESC LIMIT 5;")
            .build()
        }))
    }
}
