//! `systematic_sample(table, step [, order_column [, seed]])`: every step-th row from a random
//! start.

use std::sync::Arc;

use datafusion::catalog::view::ViewTable;
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{col, lit, Documentation, Expr};

use super::args::{column, Args};
use super::hash::mix64;
use super::plan;
use crate::doc::SAMPLE;
use crate::NamedTableFunction;

pub const NAME: &str = "systematic_sample";
const SYNTAX: &str = "systematic_sample(table, step [, order_column] [, seed])";

#[derive(Debug, Default)]
pub struct SystematicSampleFunc;

impl TableFunctionImpl for SystematicSampleFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let a = Args::new(NAME, &args);
        a.arity(2, 4, SYNTAX)?;
        let input = a.table(0)?;
        let step = a.int(1, "step")?;
        if step < 1 {
            return plan_err!("{NAME}: argument 2 (step) must be an integer >= 1, got {step}");
        }
        let (order, seed_at) = if a.get(2).is_some() && !a.is_number(2) {
            let name = a.text(2, "order column")?;
            let c = column(NAME, input.schema(), &name, "order")?;
            (vec![Expr::Column(c).sort(true, true)], 3)
        } else {
            (vec![], 2)
        };
        if a.exprs.len() > seed_at + 1 {
            return plan_err!("{NAME}: too many arguments: {SYNTAX}");
        }
        let seed = a.seed(seed_at)?;
        // The random start in 1..=step.
        let start = 1 + (mix64(seed ^ 0x5157_5354_454d) % step as u64) as i64;
        let rank = col(plan::RANK);
        let plan = plan::ranked_whole(&input, seed, order)?
            .filter(
                rank.clone()
                    .gt_eq(lit(start))
                    .and(((rank - lit(start)) % lit(step)).eq(lit(0i64))),
            )?
            .project(plan::original_columns(&input))?
            .build()?;
        Ok(Arc::new(ViewTable::new(plan, None)))
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: Documentation::builder(
            SAMPLE,
            "A systematic sample: the rows in order of order_column (ties, and the whole order when \
no column is given, by sample_hash(seed, row)), then every step-th row from a random start \
between 1 and step chosen by the seed. Ordered by a time column, it spreads the sample evenly over \
time; without one it is a random sample of about rows/step rows.",
            SYNTAX,
        )
        .with_argument("table", "The name of a table or view, as a string.")
        .with_argument("step", "An integer >= 1: take one row in step.")
        .with_argument("order_column", "Optional: the column that orders the rows (a time, an id).")
        .with_argument("seed", "An integer (default 0); it picks the start.")
        .with_sql_example(
            r#"```sql
SELECT * FROM systematic_sample('requests', 100, 'received_at', 42);
```"#,
        )
        .with_related_udf("random_sample")
        .build(),
        func: Arc::new(SystematicSampleFunc),
    }
}
