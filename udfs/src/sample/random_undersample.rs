//! `random_undersample(table, label_column [, sampling_strategy [, seed]])`.

use std::sync::Arc;

use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::Result;
use datafusion::logical_expr::Documentation;

use super::args::Args;
use super::random_oversample::random_family;
use super::resample::Method;
use crate::doc::SAMPLE;
use crate::NamedTableFunction;

pub const NAME: &str = "random_undersample";
const SYNTAX: &str = "random_undersample(table, label_column [, sampling_strategy [, seed]])";

#[derive(Debug, Default)]
pub struct RandomUndersampleFunc;

impl TableFunctionImpl for RandomUndersampleFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        random_family(&Args::new(NAME, &args), SYNTAX, Method::RandomUndersample)
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: Documentation::builder(
            SAMPLE,
            "Random under-sampling (imbalanced-learn's RandomUnderSampler): a subset of the table \
in which each class to reduce keeps a uniformly random subset of its rows, without replacement. \
sampling_strategy as imbalanced-learn's for under-sampling: 'auto'/'not minority' (every class but \
the minority down to the minority's count), 'majority', 'not majority', 'all', a ratio in (0, 1] \
(two classes: minority/majority after resampling) or a JSON object of counts to keep per class. \
In memory, reserved in DataFusion's pool; deterministic for a seed.",
            SYNTAX,
        )
        .with_argument("table", "The name of a table or view, as a string.")
        .with_argument("label_column", "The class column.")
        .with_argument("sampling_strategy", "See the description (default 'auto').")
        .with_argument("seed", "An integer (default 0).")
        .with_sql_example(
            r#"```sql
SELECT intent, count(*) FROM random_undersample('training', 'intent', 'auto', 42) GROUP BY 1;
```"#,
        )
        .with_related_udf("random_oversample")
        .build(),
        func: Arc::new(RandomUndersampleFunc),
    }
}
