//! `random_oversample(table, label_column [, sampling_strategy [, seed]])`.

use std::sync::Arc;

use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::Result;
use datafusion::logical_expr::Documentation;

use super::args::{column, Args};
use super::resample::{Method, OtherColumns, ResampleSpec, ResampleTable};
use super::smote::STRATEGY_DOC;
use super::strategy::{self, Direction};
use crate::doc::SAMPLE;
use crate::NamedTableFunction;

pub const NAME: &str = "random_oversample";
const SYNTAX: &str = "random_oversample(table, label_column [, sampling_strategy [, seed]])";

/// Parse `(table, label [, strategy [, seed]])` for the random resamplers.
pub(super) fn random_family(
    a: &Args<'_>,
    syntax: &str,
    method: Method,
) -> Result<Arc<dyn TableProvider>> {
    a.arity(2, 4, syntax)?;
    let input = a.table(0)?;
    let label = column(a.func, input.schema(), &a.text(1, "label column")?, "label")?.name;
    let dir = if method == Method::RandomUndersample {
        Direction::Under
    } else {
        Direction::Over
    };
    let strategy = strategy::parse(a, 2, dir)?;
    let seed = a.seed(3)?;
    let spec = ResampleSpec {
        function: a.func.to_string(),
        method,
        label,
        k: 0,
        strategy,
        seed,
        features: None,
        categorical: vec![],
        standardize: false,
        other_columns: OtherColumns::Copy,
    };
    Ok(Arc::new(ResampleTable::try_new(input, spec)?))
}

#[derive(Debug, Default)]
pub struct RandomOversampleFunc;

impl TableFunctionImpl for RandomOversampleFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        random_family(&Args::new(NAME, &args), SYNTAX, Method::RandomOversample)
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: Documentation::builder(
            SAMPLE,
            "Random over-sampling (imbalanced-learn's RandomOverSampler): the table's rows plus \
copies of rows drawn uniformly with replacement from each class to raise, flagged by \
`is_synthetic`. Counts follow sampling_strategy. In memory, reserved in DataFusion's pool; \
deterministic for a seed.",
            SYNTAX,
        )
        .with_argument("table", "The name of a table or view, as a string.")
        .with_argument("label_column", "The class column.")
        .with_argument("sampling_strategy", STRATEGY_DOC)
        .with_argument("seed", "An integer (default 0).")
        .with_sql_example(
            r#"```sql
SELECT intent, count(*) FROM random_oversample('training', 'intent', 'auto', 42) GROUP BY 1;
```"#,
        )
        .with_related_udf("random_undersample")
        .with_related_udf("smote")
        .build(),
        func: Arc::new(RandomOversampleFunc),
    }
}
