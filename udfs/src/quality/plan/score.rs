//! The plan of `quality_score`: one row weighing `quality_report`'s checks by dimension.

use std::sync::Arc;

use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::common::{Result, ScalarValue};
use datafusion::functions::core::expr_fn::{coalesce, nullif};
use datafusion::functions_aggregate::expr_fn::{max, sum};
use datafusion::logical_expr::{
    cast, ident, lit, when, Expr, ExprFunctionExt, LogicalPlan, LogicalPlanBuilder,
};

use super::exprs::{count_rows, f64_of};
use crate::validate::contract::truthy;

/// Weights of the dimensions in the overall score; a dimension with nothing to measure is left
/// out and the others are re-weighted.
pub const WEIGHTS: [(&str, f64); 5] = [
    ("completeness", 0.25),
    ("validity", 0.30),
    ("uniqueness", 0.15),
    ("consistency", 0.15),
    ("timeliness", 0.15),
];

/// The schema of `quality_score`.
pub fn score_schema() -> SchemaRef {
    let f = |n: &str| Field::new(n, DataType::Float64, true);
    Arc::new(Schema::new(vec![
        f("score"),
        f("completeness"),
        f("validity"),
        f("uniqueness"),
        f("consistency"),
        f("timeliness"),
        Field::new("rows", DataType::Int64, true),
        Field::new("checks", DataType::Int64, true),
        Field::new("failed_checks", DataType::Int64, true),
    ]))
}

/// The plan of `quality_score` over the plan of `quality_report`.
pub(super) fn score(report: LogicalPlan) -> Result<LogicalPlan> {
    let dim = |d: &str, c: &str| -> Result<Expr> {
        sum(ident(c))
            .filter(ident("dimension").eq(lit(d.to_string())))
            .build()
    };
    let mut aggs = Vec::new();
    for (d, _) in WEIGHTS {
        aggs.push(dim(d, "unexpected_count")?.alias(format!("__u_{d}")));
        aggs.push(dim(d, "element_count")?.alias(format!("__e_{d}")));
    }
    aggs.push(
        max(ident("element_count"))
            .filter(ident("check").eq(lit("row_count")))
            .build()?
            .alias("rows"),
    );
    aggs.push(count_rows().alias("checks"));
    aggs.push(
        count_rows()
            .filter(Expr::Not(Box::new(truthy(ident("success")))))
            .build()?
            .alias("failed_checks"),
    );
    let dims: Vec<Expr> = WEIGHTS
        .iter()
        .map(|(d, _)| {
            let (u, e) = (
                f64_of(ident(format!("__u_{d}"))),
                f64_of(ident(format!("__e_{d}"))),
            );
            when(e.clone().gt(lit(0.0)), lit(100.0) * (lit(1.0) - u / e))
                .otherwise(lit(ScalarValue::Float64(None)))
        })
        .collect::<Result<_>>()?;
    let mut per_dim: Vec<Expr> = WEIGHTS
        .iter()
        .zip(&dims)
        .map(|((d, _), e)| e.clone().alias(*d))
        .collect();
    per_dim.extend([ident("rows"), ident("checks"), ident("failed_checks")]);
    let weighted = WEIGHTS
        .iter()
        .map(|(d, w)| coalesce(vec![lit(*w) * ident(*d), lit(0.0)]))
        .reduce(|a, b| a + b)
        .unwrap_or(lit(0.0));
    let weights = WEIGHTS
        .iter()
        .map(|(d, w)| when(ident(*d).is_null(), lit(0.0)).otherwise(lit(*w)))
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .reduce(|a, b| a + b)
        .unwrap_or(lit(0.0));
    let mut out = vec![(weighted / nullif(weights, lit(0.0))).alias("score")];
    out.extend(WEIGHTS.iter().map(|(d, _)| ident(*d)));
    out.extend([ident("rows"), ident("checks"), ident("failed_checks")]);
    let schema = score_schema();
    let out: Vec<Expr> = out
        .into_iter()
        .zip(schema.fields().iter())
        .map(|(e, f)| cast(e, f.data_type().clone()).alias(f.name()))
        .collect();
    LogicalPlanBuilder::from(report)
        .aggregate(Vec::<Expr>::new(), aggs)?
        .project(per_dim)?
        .project(out)?
        .build()
}
