//! `adasyn(table, label_column [, k [, sampling_strategy [, seed [, options]]]])`.
//!
//! ADASYN's per-row weights are in [`weights`]; the rest of the algorithm is the SMOTE family's
//! [`general`](crate::sample::smote::general) path.

use std::sync::Arc;

use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::Result;
use datafusion::logical_expr::Documentation;

use crate::doc::SAMPLE;
use crate::sample::args::Args;
use crate::sample::smote::{family_arguments, smote_family, Variant, OPTIONS_DOC};
use crate::NamedTableFunction;

pub(super) mod weights;

pub const NAME: &str = "adasyn";
const SYNTAX: &str = "adasyn(table, label_column [, k [, sampling_strategy [, seed [, options]]]])";

#[derive(Debug, Default)]
pub struct AdasynFunc;

impl TableFunctionImpl for AdasynFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        smote_family(&Args::new(NAME, &args), SYNTAX, Variant::Adasyn)
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: family_arguments(Documentation::builder(
            SAMPLE,
            "ADASYN over-sampling (as imbalanced-learn's ADASYN(n_neighbors=k)): like smote, but \
the harder rows make more synthetic rows. Each row of a class to raise gets a weight, the share of \
its k nearest rows of any class that belong to another class; it makes round(weight / sum of the \
weights x wanted) rows (half to even), each on the segment to one of its k nearest rows of its own \
class. So the class's final count is approximately, not exactly, the count sampling_strategy asks \
for (the rounding, as in imbalanced-learn). A class whose rows have no neighbour of another class \
is an error, as in imbalanced-learn. Otherwise as smote.",
            SYNTAX,
        ), "Neighbours for both the weights (any class) and the interpolation (same class), an \
integer >= 1 (default 5).", OPTIONS_DOC)
        .with_sql_example(
            r#"```sql
SELECT intent, is_synthetic, count(*)
FROM adasyn('training', 'intent', 5, 'auto', 42)
GROUP BY 1, 2 ORDER BY 1, 2;
```"#,
        )
        .with_related_udf("smote")
        .with_related_udf("borderline_smote")
        .build(),
        func: Arc::new(AdasynFunc),
    }
}
