//! `stratified_split(table, strata_column, test_size [, seed])`: a stratified train/test split
//! that labels every row instead of dropping any.

use std::sync::Arc;

use arrow::datatypes::DataType;
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{cast, col, lit, when, Documentation, Expr};

use super::args::{column, Args};
use super::draw::{DrawMode, DrawSpec, DrawTable};
use super::plan::{self, Allocation, Size};
use crate::doc::SAMPLE;
use crate::NamedTableFunction;

pub const NAME: &str = "stratified_split";
const SYNTAX: &str = "stratified_split(table, strata_column, test_size [, seed])";

#[derive(Debug, Default)]
pub struct StratifiedSplitFunc;

impl TableFunctionImpl for StratifiedSplitFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let a = Args::new(NAME, &args);
        a.arity(3, 4, SYNTAX)?;
        let input = a.table(0)?;
        let strata = a.text(1, "strata column")?;
        let stratum = column(NAME, input.schema(), &strata, "strata")?;
        if input.schema().fields().iter().any(|f| f.name() == "split") {
            return plan_err!(
                "{NAME}: the table already has a column named 'split'; rename it in a view first"
            );
        }
        let total_rows = cast(col("__privsql_total_rows"), DataType::Int64);
        // scikit-learn's StratifiedShuffleSplit: n_test = ceil(test_size x N) for a fraction, or
        // the given count; the train rows are allocated first by the largest-remainder rule and
        // each stratum's test rows are the rest.
        let n_test = if a.is_int(2) {
            let n = a.int(2, "test_size")?;
            if n < 0 {
                return plan_err!("{NAME}: argument 3 (test_size) must be a fraction in [0, 1] or a row count >= 0, got {n}");
            }
            when(lit(n).gt(total_rows.clone()), total_rows.clone()).otherwise(lit(n))?
        } else {
            let f = a.number(2, "test_size")?;
            if !(0.0..=1.0).contains(&f) {
                return plan_err!("{NAME}: argument 3 (test_size) must be a fraction in [0, 1] or a row count >= 0, got {f}");
            }
            cast(
                datafusion::functions::math::expr_fn::ceil(
                    lit(f) * cast(total_rows.clone(), DataType::Float64),
                ),
                DataType::Int64,
            )
        };
        let seed = a.seed(3)?;
        let alloc = plan::allocation(
            &input,
            Expr::Column(stratum.clone()),
            &Size::Rows(0),
            &Allocation::Proportional,
            Some(total_rows - n_test),
        )?;
        let spec = DrawSpec {
            function: NAME.into(),
            mode: DrawMode::Split,
            stratum: Some(stratum.name.clone()),
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
            "A stratified train/test split: every row of the table with a `split` column, 'train' \
or 'test'. The sizes follow scikit-learn's StratifiedShuffleSplit: ceil(test_size x rows) test \
rows in all (or test_size rows when it is an integer), the train rows allocated over the strata \
in proportion to their sizes by the largest-remainder rule, each stratum's other rows being test. \
NULL is a stratum of its own. Deterministic for a seed, whatever the partitioning.",
            SYNTAX,
        )
        .with_argument("table", "The name of a table or view, as a string.")
        .with_argument(
            "strata_column",
            "The column whose values define the strata (usually the label).",
        )
        .with_argument(
            "test_size",
            "The test fraction in [0, 1] (decimal) or the number of test rows (integer).",
        )
        .with_argument("seed", "An integer (default 0).")
        .with_sql_example(
            r#"```sql
CREATE TABLE labelled AS SELECT * FROM stratified_split('requests', 'intent', 0.2, 42);
SELECT split, intent, count(*) FROM labelled GROUP BY split, intent ORDER BY 1, 2;
```"#,
        )
        .with_related_udf("stratified_sample")
        .build(),
        func: Arc::new(StratifiedSplitFunc),
    }
}
