//! The plan of `profile`: one aggregate over the source for every column's statistics, each
//! column's most frequent values from a small plan of its own, cross-joined, then one row per
//! column.

use std::sync::Arc;

use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::common::{Result, ScalarValue};
use datafusion::functions::core::expr_fn::named_struct;
use datafusion::functions::string::expr_fn::concat;
use datafusion::functions_aggregate::expr_fn::{
    array_agg, avg, count, count_distinct, max, min, percentile_cont, stddev,
};
use datafusion::logical_expr::{
    cast, ident, lit, Expr, ExprFunctionExt, LogicalPlan, LogicalPlanBuilder, SortExpr,
};

use super::exprs::{
    count_rows, explode, f64_of, is_groupable, is_numeric, percent, text, utf8_list, Aggs,
};

/// The schema of `profile`.
pub fn profile_schema() -> SchemaRef {
    let f = |n: &str, t: DataType| Field::new(n, t, true);
    Arc::new(Schema::new(vec![
        f("column", DataType::Utf8),
        f("data_type", DataType::Utf8),
        f("row_count", DataType::Int64),
        f("null_count", DataType::Int64),
        f("null_percent", DataType::Float64),
        f("distinct_count", DataType::Int64),
        f("min", DataType::Utf8),
        f("max", DataType::Utf8),
        f("mean", DataType::Float64),
        f("stddev", DataType::Float64),
        f("p25", DataType::Float64),
        f("median", DataType::Float64),
        f("p75", DataType::Float64),
        f("top_values", utf8_list()),
    ]))
}

/// The plan of `profile` over `base`, the source.
pub(super) fn profile(base: LogicalPlan) -> Result<LogicalPlan> {
    let columns: Vec<(String, DataType)> = base
        .schema()
        .fields()
        .iter()
        .map(|f| (f.name().clone(), f.data_type().clone()))
        .collect();
    let mut aggs = Aggs::default();
    let n = aggs.add(count_rows());
    let null_f64 = || lit(ScalarValue::Float64(None));
    let null_text = || lit(ScalarValue::Utf8(None));
    let mut rows = Vec::new();
    let mut main = LogicalPlanBuilder::from(base.clone());
    let mut tops: Vec<LogicalPlan> = Vec::new();
    for (i, (name, t)) in columns.iter().enumerate() {
        let x = ident(name);
        let nonnull = aggs.add(count(x.clone()));
        let groupable = is_groupable(t);
        let distinct = if groupable {
            aggs.add(count_distinct(x.clone()))
        } else {
            lit(ScalarValue::Int64(None))
        };
        let (lo, hi) = if groupable {
            (
                aggs.add(text(min(x.clone()))),
                aggs.add(text(max(x.clone()))),
            )
        } else {
            (null_text(), null_text())
        };
        let (mean, sd, p25, p50, p75) = if is_numeric(t) {
            let xf = f64_of(x.clone());
            (
                aggs.add(avg(xf.clone())),
                aggs.add(stddev(xf.clone())),
                aggs.add(percentile_cont(xf.clone().sort(true, false), lit(0.25))),
                aggs.add(percentile_cont(xf.clone().sort(true, false), lit(0.5))),
                aggs.add(percentile_cont(xf.sort(true, false), lit(0.75))),
            )
        } else {
            (null_f64(), null_f64(), null_f64(), null_f64(), null_f64())
        };
        let top = if groupable {
            let order: Vec<SortExpr> = vec![
                ident("__n").sort(false, false),
                ident("__v").sort(true, false),
            ];
            let plan = LogicalPlanBuilder::from(base.clone())
                .filter(x.clone().is_not_null())?
                .aggregate(vec![x.clone()], vec![count_rows().alias("__n")])?
                .project(vec![text(x.clone()).alias("__v"), ident("__n")])?
                .sort(order.clone())?
                .limit(0, Some(5))?
                .aggregate(
                    Vec::<Expr>::new(),
                    vec![array_agg(concat(vec![
                        ident("__v"),
                        lit(" ("),
                        text(ident("__n")),
                        lit(")"),
                    ]))
                    .order_by(order)
                    .build()?
                    .alias(format!("__top{i}"))],
                )?
                .build()?;
            tops.push(plan);
            ident(format!("__top{i}"))
        } else {
            cast(lit(ScalarValue::Null), utf8_list())
        };
        let nulls = n.clone() - nonnull;
        rows.push(named_struct(vec![
            lit("column"),
            lit(name.clone()),
            lit("data_type"),
            lit(t.to_string()),
            lit("row_count"),
            n.clone(),
            lit("null_count"),
            nulls.clone(),
            lit("null_percent"),
            percent(nulls, n.clone()),
            lit("distinct_count"),
            cast(distinct, DataType::Int64),
            lit("min"),
            lo,
            lit("max"),
            hi,
            lit("mean"),
            mean,
            lit("stddev"),
            sd,
            lit("p25"),
            p25,
            lit("median"),
            p50,
            lit("p75"),
            p75,
            lit("top_values"),
            cast(top, utf8_list()),
        ]));
    }
    main = LogicalPlanBuilder::from(main.aggregate(Vec::<Expr>::new(), aggs.exprs)?.build()?);
    for t in tops {
        main = main.cross_join(t)?;
    }
    explode(main.build()?, rows, &profile_schema())
}
