//! The logical plans of the samplers, built from DataFusion's own operators.
//!
//! - The count pass of a stratified sample: `SELECT stratum, count(*) GROUP BY stratum`, then the
//!   allocation of the sample over the strata, computed with window functions over that small
//!   table (the largest-remainder rule: each stratum gets the floor of its quota, and the strata
//!   with the largest remainders one row more, until the total is met). [`super::draw::DrawExec`]
//!   takes it as its first child and draws the rows in its hash-rank pass.
//! - `systematic_sample`'s ranking of the whole table (a window `row_number()` ordered by a
//!   column and the seeded hash), which needs a total order and so a sort (which spills).
//!
//! Ranking by a seeded hash of the row's content makes every subset of a stratum's rows of the
//! allocated size equally likely (up to 64-bit hash collisions) and the result independent of
//! partitioning and input order. Identical rows share a hash and are interchangeable.

use std::sync::Arc;

use arrow::datatypes::DataType;
use datafusion::common::{Column, Result};
use datafusion::functions_aggregate::count::count_udaf;
use datafusion::functions_aggregate::sum::sum_udaf;
use datafusion::functions_window::row_number::row_number_udwf;
use datafusion::logical_expr::expr::WindowFunction;
use datafusion::logical_expr::{
    cast, col, lit, when, Expr, ExprFunctionExt, LogicalPlan, LogicalPlanBuilder, ScalarUDF,
    SortExpr, WindowFunctionDefinition,
};

use super::sample_hash::{hashable, SampleHashFunc};

pub const STRATUM: &str = "__privsql_stratum";
pub const POPULATION: &str = "__privsql_population";
pub const REQUESTED: &str = "__privsql_requested";
pub const ALLOCATED: &str = "__privsql_allocated";
pub const RANK: &str = "__privsql_rank";
const TOTAL_ROWS: &str = "__privsql_total_rows";
const STRATA: &str = "__privsql_strata";
const FLOOR: &str = "__privsql_floor";
const REMAINDER: &str = "__privsql_remainder";
const FLOOR_SUM: &str = "__privsql_floor_sum";
const REMAINDER_RANK: &str = "__privsql_remainder_rank";
const TARGET: &str = "__privsql_target";

/// How large a sample is.
#[derive(Debug, Clone, PartialEq)]
pub enum Size {
    /// A fraction of the rows, in `[0, 1]`.
    Fraction(f64),
    /// A number of rows.
    Rows(i64),
}

/// How a sample is spread over the strata.
#[derive(Debug, Clone, PartialEq)]
pub enum Allocation {
    /// In proportion to the strata's sizes; the total is the sample size.
    Proportional,
    /// The same number from each stratum; the total is the sample size.
    Equal,
    /// The size applies to each stratum on its own: `round(fraction x count)` or `n` rows.
    PerStratum,
    /// A number of rows per stratum, by the stratum's text; strata not named give none.
    Map(Vec<(String, i64)>),
}

/// `sample_hash(seed, <every hashable column>)`: the rank key.
pub fn hash_expr(plan: &LogicalPlan, seed: u64) -> Expr {
    let mut args = vec![lit(seed as i64)];
    for (q, f) in plan.schema().iter() {
        if hashable(f.data_type()) {
            args.push(Expr::Column(Column::new(q.cloned(), f.name())));
        }
    }
    if args.len() == 1 {
        args.push(lit(0i64));
    }
    Arc::new(ScalarUDF::from(SampleHashFunc::new())).call(args)
}

fn window(
    fun: WindowFunctionDefinition,
    args: Vec<Expr>,
    partition: Vec<Expr>,
    order: Vec<SortExpr>,
) -> Result<Expr> {
    // An empty ORDER BY must stay absent: it would give a RANGE frame that needs an order.
    let builder = Expr::from(WindowFunction::new(fun, args)).partition_by(partition);
    if order.is_empty() {
        builder.build()
    } else {
        builder.order_by(order).build()
    }
}

fn row_number(partition: Vec<Expr>, order: Vec<SortExpr>) -> Result<Expr> {
    window(
        WindowFunctionDefinition::WindowUDF(row_number_udwf()),
        vec![],
        partition,
        order,
    )
}

fn total_over_all(fun: WindowFunctionDefinition, arg: Expr) -> Result<Expr> {
    window(fun, vec![arg], vec![], vec![])
}

/// The sample size in rows as an Int64 expression over the total row count column.
fn total_expr(size: &Size) -> Expr {
    match size {
        Size::Fraction(f) => cast(
            datafusion::functions::math::expr_fn::round(vec![
                lit(*f) * cast(col(TOTAL_ROWS), DataType::Float64),
            ]),
            DataType::Int64,
        ),
        Size::Rows(n) => lit(*n),
    }
}

/// The allocation table: one row per stratum with columns [`STRATUM`], [`POPULATION`],
/// [`REQUESTED`] (what the allocation asked for) and [`ALLOCATED`] (at most the population).
/// `total` overrides the sample size with an Int64 expression over `__privsql_total_rows`.
pub fn allocation(
    input: &LogicalPlan,
    stratum: Expr,
    size: &Size,
    alloc: &Allocation,
    total: Option<Expr>,
) -> Result<LogicalPlan> {
    let counts = LogicalPlanBuilder::from(input.clone())
        .aggregate(
            vec![stratum.alias(STRATUM)],
            vec![count_udaf().call(vec![lit(1i64)]).alias(POPULATION)],
        )?
        .windows_(vec![
            total_over_all(
                WindowFunctionDefinition::AggregateUDF(sum_udaf()),
                col(POPULATION),
            )?
            .alias(TOTAL_ROWS),
            total_over_all(
                WindowFunctionDefinition::AggregateUDF(count_udaf()),
                lit(1i64),
            )?
            .alias(STRATA),
        ])?;
    let t = total.unwrap_or_else(|| total_expr(size));
    let requested = match alloc {
        Allocation::Proportional | Allocation::Equal => {
            let (w, total_w) = match alloc {
                Allocation::Proportional => {
                    (col(POPULATION), cast(col(TOTAL_ROWS), DataType::Int64))
                }
                _ => (lit(1i64), col(STRATA)),
            };
            // Largest remainder, in exact integer arithmetic: quota = t * w / W.
            let plan = counts
                .project(vec![
                    col(STRATUM),
                    col(POPULATION),
                    t.clone().alias(TARGET),
                    ((t.clone() * w.clone()) / total_w.clone()).alias(FLOOR),
                    ((t * w) % total_w).alias(REMAINDER),
                ])?
                .windows_(vec![
                    total_over_all(
                        WindowFunctionDefinition::AggregateUDF(sum_udaf()),
                        col(FLOOR),
                    )?
                    .alias(FLOOR_SUM),
                    row_number(
                        vec![],
                        vec![
                            col(REMAINDER).sort(false, false),
                            col(POPULATION).sort(false, false),
                            col(STRATUM).sort(true, true),
                        ],
                    )?
                    .alias(REMAINDER_RANK),
                ])?;
            let extra = when(
                cast(col(REMAINDER_RANK), DataType::Int64)
                    .lt_eq(col(TARGET) - cast(col(FLOOR_SUM), DataType::Int64)),
                lit(1i64),
            )
            .otherwise(lit(0i64))?;
            return finish(plan, col(FLOOR) + extra);
        }
        Allocation::PerStratum => match size {
            Size::Fraction(f) => cast(
                datafusion::functions::math::expr_fn::round(vec![
                    lit(*f) * cast(col(POPULATION), DataType::Float64),
                ]),
                DataType::Int64,
            ),
            Size::Rows(n) => lit(*n),
        },
        Allocation::Map(entries) => {
            let text = cast(col(STRATUM), DataType::Utf8);
            let mut it = entries.iter();
            match it.next() {
                None => lit(0i64),
                Some((k, v)) => {
                    let mut case = when(text.clone().eq(lit(k.clone())), lit(*v));
                    for (k, v) in it {
                        case = case.when(text.clone().eq(lit(k.clone())), lit(*v));
                    }
                    case.otherwise(lit(0i64))?
                }
            }
        }
    };
    finish(counts, requested)
}

fn finish(plan: LogicalPlanBuilder, requested: Expr) -> Result<LogicalPlan> {
    plan.project(vec![
        col(STRATUM),
        cast(col(POPULATION), DataType::Int64).alias(POPULATION),
        requested.alias(REQUESTED),
    ])?
    .project(vec![
        col(STRATUM),
        col(POPULATION),
        col(REQUESTED),
        when(col(REQUESTED).gt(col(POPULATION)), col(POPULATION))
            .when(col(REQUESTED).lt(lit(0i64)), lit(0i64))
            .otherwise(col(REQUESTED))?
            .alias(ALLOCATED),
    ])?
    .build()
}

/// Rank every row of `input` by `order` then the seeded hash, over the whole table, with the
/// total row count alongside (as [`RANK`] and `__privsql_total_rows`).
pub fn ranked_whole(
    input: &LogicalPlan,
    seed: u64,
    order: Vec<SortExpr>,
) -> Result<LogicalPlanBuilder> {
    let mut order = order;
    order.push(hash_expr(input, seed).sort(true, true));
    LogicalPlanBuilder::from(input.clone()).windows_(vec![
        row_number(vec![], order)?.alias(RANK),
        total_over_all(
            WindowFunctionDefinition::AggregateUDF(count_udaf()),
            lit(1i64),
        )?
        .alias(TOTAL_ROWS),
    ])
}

/// The input's own columns, to project the helper columns away.
pub fn original_columns(input: &LogicalPlan) -> Vec<Expr> {
    input
        .schema()
        .columns()
        .into_iter()
        .map(Expr::Column)
        .collect()
}

/// Window expressions over a plan, one window node per distinct PARTITION BY / ORDER BY (a single
/// node must share its sort keys).
trait Windows: Sized {
    fn windows_(self, exprs: Vec<Expr>) -> Result<LogicalPlanBuilder>;
}

impl Windows for LogicalPlanBuilder {
    fn windows_(self, exprs: Vec<Expr>) -> Result<LogicalPlanBuilder> {
        // One node per expression: aliased window expressions cannot be grouped by
        // `window_plan`, and these plans have at most two.
        exprs
            .into_iter()
            .try_fold(self, |plan, e| plan.window(vec![e]))
    }
}
