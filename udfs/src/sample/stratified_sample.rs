//! `stratified_sample(table, strata_column, size [, allocation] [, seed])`.

use std::sync::Arc;

use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Column, Result};
use datafusion::logical_expr::{Documentation, Expr, LogicalPlan};

use super::args::{column, Args};
use super::draw::{DrawMode, DrawSpec, DrawTable};
use super::plan::{self, Allocation, Size};
use crate::doc::SAMPLE;
use crate::NamedTableFunction;

pub const NAME: &str = "stratified_sample";
const SYNTAX: &str = "stratified_sample(table, strata_column, size [, allocation] [, seed])";

/// A parsed stratified-sampling call (shared with `stratified_allocation`).
pub struct Request {
    pub input: LogicalPlan,
    pub stratum: Column,
    pub size: Size,
    pub allocation: Allocation,
    pub seed: u64,
}

impl Request {
    /// Parse a call and plan its per-stratum allocation: the common front of
    /// `stratified_sample` (which then ranks and filters the rows) and `stratified_allocation`
    /// (which shows the allocation).
    pub fn planned(a: &Args<'_>, syntax: &str) -> Result<(Self, LogicalPlan)> {
        let r = parse(a, syntax)?;
        let alloc = plan::allocation(
            &r.input,
            Expr::Column(r.stratum.clone()),
            &r.size,
            &r.allocation,
            None,
        )?;
        Ok((r, alloc))
    }
}

/// Parse `(table, strata_column, size [, allocation] [, seed])`.
fn parse(a: &Args<'_>, syntax: &str) -> Result<Request> {
    a.arity(3, 5, syntax)?;
    let input = a.table(0)?;
    let strata = a.text(1, "strata column")?;
    let stratum = column(a.func, input.schema(), &strata, "strata")?;
    let mut next = 3;
    let (size, mut allocation) = if a.is_text(2) {
        let map = parse_map(a.func, &a.text(2, "size")?)?;
        (Size::Rows(0), Some(Allocation::Map(map)))
    } else if a.is_int(2) {
        let n = a.int(2, "size")?;
        if n < 0 {
            return plan_err!(
                "{}: argument 3 (size) must be a fraction in [0, 1] or a row count >= 0, got {n}",
                a.func
            );
        }
        (Size::Rows(n), None)
    } else {
        let f = a.number(2, "size")?;
        if !(0.0..=1.0).contains(&f) {
            return plan_err!(
                "{}: argument 3 (size) must be a fraction in [0, 1] or a row count >= 0, got {f}",
                a.func
            );
        }
        (Size::Fraction(f), None)
    };
    if a.get(3).is_some() && a.is_text(3) {
        if allocation.is_some() {
            return plan_err!("{}: a per-stratum map (argument 3) takes no allocation argument; the 4th argument is the seed", a.func);
        }
        allocation = Some(match a.text(3, "allocation")?.trim().to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
            "proportional" => Allocation::Proportional,
            "equal" => Allocation::Equal,
            "per_stratum" => Allocation::PerStratum,
            other => {
                return plan_err!(
                    "{}: argument 4 (allocation) must be 'proportional', 'equal' or 'per_stratum', got '{other}'",
                    a.func
                )
            }
        });
        next = 4;
    }
    if a.exprs.len() > next + 1 {
        return plan_err!(
            "{} takes at most {} arguments here: {syntax}",
            a.func,
            next + 1
        );
    }
    let seed = a.seed(next)?;
    let allocation = allocation.unwrap_or(match size {
        Size::Fraction(_) => Allocation::Proportional,
        Size::Rows(_) => Allocation::PerStratum,
    });
    Ok(Request {
        input,
        stratum,
        size,
        allocation,
        seed,
    })
}

/// Parse a per-stratum map: a JSON object from stratum text to a row count.
fn parse_map(func: &str, text: &str) -> Result<Vec<(String, i64)>> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(text) else {
        return plan_err!(
            "{func}: argument 3 as text must be a JSON object of per-stratum row counts, such as '{{\"erasure\": 100, \"access\": 50}}'"
        );
    };
    let mut out = Vec::with_capacity(map.len());
    for (k, v) in map {
        match v.as_i64() {
            Some(n) if n >= 0 => out.push((k, n)),
            _ => {
                return plan_err!(
                    "{func}: the per-stratum map's count for stratum #{} must be an integer >= 0",
                    out.len() + 1
                )
            }
        }
    }
    Ok(out)
}

#[derive(Debug, Default)]
pub struct StratifiedSampleFunc;

impl TableFunctionImpl for StratifiedSampleFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let (r, alloc) = Request::planned(&Args::new(NAME, &args), SYNTAX)?;
        let spec = DrawSpec {
            function: NAME.into(),
            mode: DrawMode::Sample,
            stratum: Some(r.stratum.name.clone()),
            seed: r.seed,
        };
        Ok(Arc::new(DrawTable::try_new(r.input, alloc, spec)?))
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: Documentation::builder(
            SAMPLE,
            "A stratified random sample of a table or view: rows are drawn from each stratum (each \
distinct value of strata_column; NULL is a stratum of its own) without replacement, every row of a \
stratum equally likely. With a fraction, the sample has round(fraction x rows) rows, spread over \
the strata in proportion to their sizes by the largest-remainder rule (each stratum gets \
fraction x its count, rounded down or up so that the total is met), as scikit-learn's \
StratifiedShuffleSplit does. With an integer n, each stratum gives n rows. A stratum smaller than \
asked gives all its rows; `stratified_allocation` with the same arguments lists, per stratum, the \
rows requested and drawn and whether it was short. Deterministic for a seed, whatever the \
partitioning: rows are ranked by sample_hash(seed, row). Two passes: a count per stratum, then \
a hash-rank pass that keeps per stratum only its smallest keys, in memory bounded by the sample.",
            SYNTAX,
        )
        .with_argument("table", "The name of a table or view, as a string ('db.schema.t' allowed). Filter or join first with a view.")
        .with_argument("strata_column", "The column whose values define the strata.")
        .with_argument(
            "size",
            "A fraction in [0, 1] (decimal), a row count (integer), or a JSON object of per-stratum \
row counts by the stratum's text ('{\"erasure\": 100, \"access\": 50}'; strata not named give none).",
        )
        .with_argument(
            "allocation",
            "How the size is spread: 'proportional' (default for a fraction; the size is the total), \
'equal' (the same count from every stratum; the size is the total), 'per_stratum' (default for an \
integer; the size applies to each stratum: n rows, or round(fraction x its count)).",
        )
        .with_argument("seed", "An integer (default 0); another seed draws another sample.")
        .with_sql_example(
            r#"```sql
-- 10% of each intent, proportionally, seed 42
SELECT intent, count(*) FROM stratified_sample('requests', 'intent', 0.1, 42) GROUP BY intent;
-- 100 rows of each channel
SELECT * FROM stratified_sample('requests', 'channel', 100, 7);
-- 1000 rows in total, the same number from each intent
SELECT * FROM stratified_sample('requests', 'intent', 1000, 'equal', 7);
-- a chosen count per stratum
SELECT * FROM stratified_sample('requests', 'intent', '{"erasure": 50, "access": 20}', 7);
```"#,
        )
        .with_related_udf("stratified_allocation")
        .with_related_udf("stratified_split")
        .build(),
        func: Arc::new(StratifiedSampleFunc),
    }
}
