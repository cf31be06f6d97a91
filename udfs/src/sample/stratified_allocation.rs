//! `stratified_allocation(table, strata_column, size [, allocation] [, seed])`: how
//! `stratified_sample` with the same arguments spreads its rows.

use std::sync::Arc;

use datafusion::catalog::view::ViewTable;
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::Result;
use datafusion::logical_expr::{col, Documentation, LogicalPlanBuilder};

use super::args::Args;
use super::plan;
use super::stratified_sample::Request;
use crate::doc::SAMPLE;
use crate::NamedTableFunction;

pub const NAME: &str = "stratified_allocation";
const SYNTAX: &str = "stratified_allocation(table, strata_column, size [, allocation] [, seed])";

#[derive(Debug, Default)]
pub struct StratifiedAllocationFunc;

impl TableFunctionImpl for StratifiedAllocationFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let (_, alloc) = Request::planned(&Args::new(NAME, &args), SYNTAX)?;
        let plan = LogicalPlanBuilder::from(alloc)
            .project(vec![
                col(plan::STRATUM).alias("stratum"),
                col(plan::POPULATION).alias("population"),
                col(plan::REQUESTED).alias("requested"),
                col(plan::ALLOCATED).alias("sampled"),
                col(plan::REQUESTED)
                    .gt(col(plan::POPULATION))
                    .alias("short"),
            ])?
            .build()?;
        Ok(Arc::new(ViewTable::new(plan, None)))
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: Documentation::builder(
            SAMPLE,
            "The allocation `stratified_sample` makes with the same arguments: one row per stratum \
with its population, the rows requested, the rows sampled (at most the population) and `short`, \
true when the stratum had fewer rows than requested and gave them all. This is how a short stratum \
is reported: the sample itself keeps the table's columns.",
            SYNTAX,
        )
        .with_argument("table, strata_column, size, allocation, seed", "As for stratified_sample.")
        .with_sql_example(
            r#"```sql
SELECT * FROM stratified_allocation('requests', 'intent', 100) WHERE short;
```"#,
        )
        .with_related_udf("stratified_sample")
        .build(),
        func: Arc::new(StratifiedAllocationFunc),
    }
}
