//! `random_sample(table, size [, seed])`: a simple random sample without replacement.

use std::sync::Arc;

use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{lit, Documentation};

use super::args::Args;
use super::draw::{DrawMode, DrawSpec, DrawTable};
use super::plan::{self, Allocation, Size};
use crate::doc::SAMPLE;
use crate::NamedTableFunction;

pub const NAME: &str = "random_sample";
const SYNTAX: &str = "random_sample(table, size [, seed])";

#[derive(Debug, Default)]
pub struct RandomSampleFunc;

impl TableFunctionImpl for RandomSampleFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let a = Args::new(NAME, &args);
        a.arity(2, 3, SYNTAX)?;
        let input = a.table(0)?;
        let seed = a.seed(2)?;
        let size = if a.is_int(1) {
            let n = a.int(1, "size")?;
            if n < 0 {
                return plan_err!("{NAME}: argument 2 (size) must be a fraction in [0, 1] or a row count >= 0, got {n}");
            }
            Size::Rows(n)
        } else {
            let f = a.number(1, "size")?;
            if !(0.0..=1.0).contains(&f) {
                return plan_err!("{NAME}: argument 2 (size) must be a fraction in [0, 1] or a row count >= 0, got {f}");
            }
            Size::Fraction(f)
        };
        // One stratum: the count pass gives round(fraction x rows) (or min(n, rows)).
        let alloc = plan::allocation(&input, lit(0i64), &size, &Allocation::PerStratum, None)?;
        let spec = DrawSpec {
            function: NAME.into(),
            mode: DrawMode::Sample,
            stratum: None,
            seed,
        };
        Ok(Arc::new(DrawTable::try_new(input, alloc, spec)?))
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: Documentation::builder(
            SAMPLE,
            "A simple random sample without replacement: exactly round(fraction x rows) rows for a \
fraction, or n rows for an integer (all rows when the table has fewer), every subset of that size \
equally likely. Deterministic for a seed, whatever the partitioning (rows are ranked by \
sample_hash(seed, row)). A count pass, then a pass that keeps the smallest keys, in memory \
bounded by the sample.",
            SYNTAX,
        )
        .with_argument("table", "The name of a table or view, as a string.")
        .with_argument("size", "A fraction in [0, 1] (decimal) or a row count (integer).")
        .with_argument("seed", "An integer (default 0).")
        .with_sql_example(
            r#"```sql
SELECT count(*) FROM random_sample('requests', 0.01, 42);
SELECT * FROM random_sample('requests', 100, 42);
```"#,
        )
        .with_related_udf("stratified_sample")
        .build(),
        func: Arc::new(RandomSampleFunc),
    }
}
