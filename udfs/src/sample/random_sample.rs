//! `random_sample(table, size [, seed])`: a simple random sample without replacement.

use std::sync::Arc;

use datafusion::catalog::view::ViewTable;
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{col, Documentation, LogicalPlanBuilder};

use super::args::Args;
use super::plan::{self, Size};
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
        let plan = if a.is_int(1) {
            let n = a.int(1, "size")?;
            if n < 0 {
                return plan_err!("{NAME}: argument 2 (size) must be a fraction in [0, 1] or a row count >= 0, got {n}");
            }
            // The n smallest hashes: DataFusion runs this as a top-k, in memory bounded by n.
            LogicalPlanBuilder::from(input.clone())
                .sort_with_limit(
                    vec![plan::hash_expr(&input, seed).sort(true, true)],
                    Some(n as usize),
                )?
                .limit(0, Some(n as usize))?
                .build()?
        } else {
            let f = a.number(1, "size")?;
            if !(0.0..=1.0).contains(&f) {
                return plan_err!("{NAME}: argument 2 (size) must be a fraction in [0, 1] or a row count >= 0, got {f}");
            }
            plan::ranked_whole(&input, seed, vec![])?
                .filter(col(plan::RANK).lt_eq(plan::size_over_total(&Size::Fraction(f))))?
                .project(plan::original_columns(&input))?
                .build()?
        };
        Ok(Arc::new(ViewTable::new(plan, None)))
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
sample_hash(seed, row)). An integer size runs as a top-k in memory bounded by n; a fraction as a \
window over the whole table, which spills.",
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
