//! Expression helpers shared by the quality plans: column type tests, counts, casts, the
//! aggregates of one row ([`Aggs`]) and [`explode`], which turns that row into one row per check
//! or column.

use std::sync::Arc;

use arrow::datatypes::{DataType, Field, Schema};
use datafusion::common::Result;
use datafusion::functions::core::expr_fn::{get_field, nullif};
use datafusion::functions_aggregate::expr_fn::count;
use datafusion::functions_nested::expr_fn::make_array;
use datafusion::logical_expr::{cast, ident, lit, Expr, LogicalPlan, LogicalPlanBuilder};

pub(super) fn utf8_list() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

pub(super) fn is_numeric(t: &DataType) -> bool {
    t.is_numeric()
}

pub(super) fn is_temporal(t: &DataType) -> bool {
    matches!(
        t,
        DataType::Timestamp(..) | DataType::Date32 | DataType::Date64
    )
}

/// Types DataFusion can group by and order (for duplicates, distinct counts, min and max).
pub(super) fn is_groupable(t: &DataType) -> bool {
    t.is_primitive()
        || matches!(
            t,
            DataType::Utf8
                | DataType::LargeUtf8
                | DataType::Utf8View
                | DataType::Boolean
                | DataType::Binary
                | DataType::LargeBinary
                | DataType::BinaryView
        )
}

/// `count(*)`, as an aggregate that takes `FILTER` (`count_all()` is aliased).
pub(super) fn count_rows() -> Expr {
    count(lit(1i64))
}

/// Rows where `cond` is true, as `count(nullif(cond, false))`: the same count as
/// `count(*) FILTER (WHERE cond)` (NULL and false are not counted), without the filter, which
/// DataFusion's aggregate applies by copying the selected rows of every input column once per
/// filtered aggregate.
pub(super) fn count_true(cond: Expr) -> Expr {
    count(nullif(cond, lit(false)))
}

pub(super) fn f64_of(e: Expr) -> Expr {
    cast(e, DataType::Float64)
}

pub(super) fn text(e: Expr) -> Expr {
    cast(e, DataType::Utf8)
}

pub(super) fn percent(unexpected: Expr, elements: Expr) -> Expr {
    f64_of(unexpected) * lit(100.0) / nullif(f64_of(elements), lit(0.0))
}

/// Aggregates gathered into one row, referred to by generated names.
#[derive(Default)]
pub(super) struct Aggs {
    pub(super) exprs: Vec<Expr>,
}

impl Aggs {
    pub(super) fn add(&mut self, e: Expr) -> Expr {
        let name = format!("__agg{}", self.exprs.len());
        self.exprs.push(e.alias(&name));
        ident(name)
    }
}

/// Turn the one-row `plan` into one row per struct of `structs`, with `schema`'s columns.
pub(super) fn explode(
    plan: LogicalPlan,
    structs: Vec<Expr>,
    schema: &Schema,
) -> Result<LogicalPlan> {
    let fields: Vec<Expr> = schema
        .fields()
        .iter()
        .map(|f| {
            cast(
                get_field(ident("__row"), f.name().as_str()),
                f.data_type().clone(),
            )
            .alias(f.name())
        })
        .collect();
    LogicalPlanBuilder::from(plan)
        .project(vec![make_array(structs).alias("__row")])?
        .unnest_column("__row")?
        .project(fields)?
        .build()
}
