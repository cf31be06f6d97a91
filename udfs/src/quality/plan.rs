//! The logical plans behind `quality_report`, `quality_score` and `profile`.
//!
//! Each is a DataFusion plan over the source: one aggregate pass computes every count of the
//! report (rules are the contract's rules bound to the table's columns, the same expressions
//! `validate_schema` uses), robust statistics come from one or two more aggregates cross-joined
//! as a single row, and the one-row result is turned into one row per check by `unnest` of an
//! array of structs. Everything runs as ordinary DataFusion operators (and serialises as such).

use std::sync::Arc;

use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use datafusion::common::{plan_err, DFSchema, Result, ScalarValue, TableReference};
use datafusion::datasource::provider_as_source;
use datafusion::execution::SessionState;
use datafusion::functions::core::expr_fn::{coalesce, get_field, named_struct, nullif};
use datafusion::functions::datetime::expr_fn::now;
use datafusion::functions::string::expr_fn::{concat, concat_ws};
use datafusion::functions_aggregate::expr_fn::{
    array_agg, avg, count, count_distinct, max, min, percentile_cont, stddev, sum,
};
use datafusion::functions_nested::expr_fn::make_array;
use datafusion::logical_expr::{
    cast, ident, lit, when, Expr, ExprFunctionExt, LogicalPlan, LogicalPlanBuilder, SortExpr,
};
use datafusion::prelude::SessionContext;

use super::duplicates::{DupSpec, DuplicateCountsTable, RepeatedHashesFunc};
use super::example_values::ExampleValuesFunc;
use super::outlier_stats::OutlierStatsFunc;
use crate::validate::contract::{truthy, RuleKind};
use crate::validate::{is_valid::none_violated, ContractStore};

/// What a quality table function computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Report,
    Score,
    Profile,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Report => "quality_report",
            Kind::Score => "quality_score",
            Kind::Profile => "profile",
        }
    }
}

/// Where the rows come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A table or view name, such as `messages` or `public.messages`.
    Table(String),
    /// A query, such as `SELECT * FROM synthetic_intents(1000, 42)`.
    Query(String),
}

/// Everything a quality table function was called with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub kind: Kind,
    pub source: Source,
    pub contract: Option<String>,
    /// How old the newest timestamp may be, as an interval literal (`'1 day'`).
    pub max_age: String,
}

/// Weights of the dimensions in the overall score; a dimension with nothing to measure is left
/// out and the others are re-weighted.
pub const WEIGHTS: [(&str, f64); 5] = [
    ("completeness", 0.25),
    ("validity", 0.30),
    ("uniqueness", 0.15),
    ("consistency", 0.15),
    ("timeliness", 0.15),
];

/// Largest share of outliers (percent) for an outlier check to succeed.
pub const OUTLIER_TOLERANCE_PERCENT: f64 = 1.0;

fn utf8_list() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

/// The schema of `quality_report`.
pub fn report_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("check", DataType::Utf8, true),
        Field::new("column", DataType::Utf8, true),
        Field::new("dimension", DataType::Utf8, true),
        Field::new("success", DataType::Boolean, true),
        Field::new("observed_value", DataType::Utf8, true),
        Field::new("element_count", DataType::Int64, true),
        Field::new("unexpected_count", DataType::Int64, true),
        Field::new("unexpected_percent", DataType::Float64, true),
        Field::new("unexpected_examples", utf8_list(), true),
        Field::new("details", DataType::Utf8, true),
    ]))
}

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

/// The plan for `spec`.
pub async fn build(
    spec: &Spec,
    store: &ContractStore,
    state: &SessionState,
) -> Result<LogicalPlan> {
    let base = source_plan(spec, state).await?;
    match spec.kind {
        Kind::Report => report(spec, store, base),
        Kind::Score => score(report(spec, store, base)?),
        Kind::Profile => profile(base),
    }
}

async fn source_plan(spec: &Spec, state: &SessionState) -> Result<LogicalPlan> {
    match &spec.source {
        Source::Table(name) => {
            let ctx = SessionContext::new_with_state(state.clone());
            let tref = TableReference::from(name.as_str());
            let provider = ctx.table_provider(tref.clone()).await.map_err(|e| {
                datafusion::common::plan_datafusion_err!(
                    "{}: table '{name}': {}",
                    spec.kind.name(),
                    e.strip_backtrace()
                )
            })?;
            LogicalPlanBuilder::scan(tref, provider_as_source(provider), None)?.build()
        }
        Source::Query(sql) => {
            let plan = state.create_logical_plan(sql).await?;
            if matches!(
                plan,
                LogicalPlan::Ddl(_)
                    | LogicalPlan::Dml(_)
                    | LogicalPlan::Copy(_)
                    | LogicalPlan::Statement(_)
            ) {
                return plan_err!(
                    "{}: the source must be a table name or a query",
                    spec.kind.name()
                );
            }
            Ok(plan)
        }
    }
}

fn is_numeric(t: &DataType) -> bool {
    t.is_numeric()
}

fn is_temporal(t: &DataType) -> bool {
    matches!(
        t,
        DataType::Timestamp(..) | DataType::Date32 | DataType::Date64
    )
}

/// Types DataFusion can group by and order (for duplicates, distinct counts, min and max).
fn is_groupable(t: &DataType) -> bool {
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
fn count_rows() -> Expr {
    count(lit(1i64))
}

/// Rows where `cond` is true, as `count(nullif(cond, false))`: the same count as
/// `count(*) FILTER (WHERE cond)` (NULL and false are not counted), without the filter, which
/// DataFusion's aggregate applies by copying the selected rows of every input column once per
/// filtered aggregate.
fn count_true(cond: Expr) -> Expr {
    count(nullif(cond, lit(false)))
}

fn f64_of(e: Expr) -> Expr {
    cast(e, DataType::Float64)
}

fn text(e: Expr) -> Expr {
    cast(e, DataType::Utf8)
}

fn percent(unexpected: Expr, elements: Expr) -> Expr {
    f64_of(unexpected) * lit(100.0) / nullif(f64_of(elements), lit(0.0))
}

/// Aggregates gathered into one row, referred to by generated names.
#[derive(Default)]
struct Aggs {
    exprs: Vec<Expr>,
}

impl Aggs {
    fn add(&mut self, e: Expr) -> Expr {
        let name = format!("__agg{}", self.exprs.len());
        self.exprs.push(e.alias(&name));
        ident(name)
    }
}

/// One row of the report, as expressions over the aggregated row.
struct Check {
    check: String,
    column: Option<String>,
    dimension: Option<&'static str>,
    success: Expr,
    observed: Expr,
    elements: Expr,
    unexpected: Expr,
    examples: Option<Expr>,
    details: String,
}

impl Check {
    fn to_struct(&self) -> Expr {
        let opt_text = |s: &Option<String>| match s {
            Some(s) => lit(s.clone()),
            None => lit(ScalarValue::Utf8(None)),
        };
        named_struct(vec![
            lit("check"),
            lit(self.check.clone()),
            lit("column"),
            opt_text(&self.column),
            lit("dimension"),
            opt_text(&self.dimension.map(str::to_string)),
            lit("success"),
            cast(self.success.clone(), DataType::Boolean),
            lit("observed_value"),
            text(self.observed.clone()),
            lit("element_count"),
            cast(self.elements.clone(), DataType::Int64),
            lit("unexpected_count"),
            cast(self.unexpected.clone(), DataType::Int64),
            lit("unexpected_percent"),
            percent(self.unexpected.clone(), self.elements.clone()),
            lit("unexpected_examples"),
            match &self.examples {
                Some(e) => cast(e.clone(), utf8_list()),
                None => cast(lit(ScalarValue::Null), utf8_list()),
            },
            lit("details"),
            lit(self.details.clone()),
        ])
    }
}

/// Turn the one-row `plan` into one row per struct of `structs`, with `schema`'s columns.
fn explode(plan: LogicalPlan, structs: Vec<Expr>, schema: &Schema) -> Result<LogicalPlan> {
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

/// Refuse a `max_age` that is not an interval.
pub fn check_max_age(max_age: &str) -> Result<()> {
    interval(max_age).map(|_| ())
}

fn interval(max_age: &str) -> Result<ScalarValue> {
    match ScalarValue::Utf8(Some(max_age.to_string()))
        .cast_to(&DataType::Interval(arrow::datatypes::IntervalUnit::MonthDayNano))
    {
        Ok(v) if !v.is_null() => Ok(v),
        _ => plan_err!("quality_report: max_age must be an interval such as '1 day' or '6 hours', got '{max_age}'"),
    }
}

fn report(spec: &Spec, store: &ContractStore, base: LogicalPlan) -> Result<LogicalPlan> {
    let fname = spec.kind.name();
    let schema: DFSchema = base.schema().as_ref().clone();
    let columns: Vec<(String, DataType)> = schema
        .fields()
        .iter()
        .map(|f| (f.name().clone(), f.data_type().clone()))
        .collect();
    let contract = spec.contract.as_deref().map(|c| store.get(c)).transpose()?;
    let examples_udaf = Arc::new(datafusion::logical_expr::AggregateUDF::from(
        ExampleValuesFunc::new(),
    ));
    let examples = |e: Expr, filter: Expr| -> Result<Expr> {
        examples_udaf.call(vec![e]).filter(filter).build()
    };

    let mut aggs = Aggs::default();
    let mut checks: Vec<Check> = Vec::new();
    let n = aggs.add(count_rows());
    checks.push(Check {
        check: "row_count".into(),
        column: None,
        dimension: None,
        success: n.clone().gt(lit(0i64)),
        observed: n.clone(),
        elements: n.clone(),
        unexpected: lit(0i64),
        examples: None,
        details: "at least one row".into(),
    });

    // Completeness of every column; a contract's nullable columns may have nulls.
    for (name, _) in &columns {
        let nonnull = aggs.add(count(ident(name)));
        let nulls = n.clone() - nonnull;
        let declared = contract
            .as_ref()
            .and_then(|c| c.columns.iter().find(|k| &k.name == name));
        let may_be_null = declared.is_some_and(|k| !k.not_null);
        checks.push(Check {
            check: "completeness".into(),
            column: Some(name.clone()),
            dimension: Some("completeness"),
            success: if may_be_null {
                lit(true)
            } else {
                nulls.clone().eq(lit(0i64))
            },
            observed: concat(vec![text(nulls.clone()), lit(" nulls")]),
            elements: n.clone(),
            unexpected: nulls,
            examples: None,
            details: if may_be_null {
                "nulls allowed by the contract".into()
            } else {
                "no nulls".into()
            },
        });
    }

    // The contract's row rules, bound to the table's columns.
    let mut unique_plans: Vec<(String, Vec<usize>, String)> = Vec::new();
    if let Some(c) = &contract {
        let mut inputs = Vec::with_capacity(c.columns.len());
        for k in &c.columns {
            if !columns.iter().any(|(n, _)| n == &k.name) {
                return plan_err!(
                    "{fname}: the source has no column '{}' of contract '{}' (it has {})",
                    k.name,
                    c.name,
                    columns
                        .iter()
                        .map(|(n, _)| n.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            inputs.push(ident(&k.name));
        }
        let bound = c.bind(&inputs, &schema)?;
        for b in &bound {
            let rule = &c.rules[b.rule];
            if matches!(rule.kind, RuleKind::NotNull) {
                continue; // the completeness check of the column says it
            }
            let unexpected = aggs.add(count_true(b.violated.clone()));
            let elements = if rule.columns.len() == 1 {
                aggs.add(count(inputs[rule.columns[0]].clone()))
            } else {
                n.clone()
            };
            let shown = match &b.value {
                Some(v) => v.clone(),
                None if rule.columns.iter().any(|&k| c.columns[k].sensitive) => lit("[redacted]"),
                None => concat_ws(
                    lit(", "),
                    rule.columns
                        .iter()
                        .map(|&k| coalesce(vec![text(inputs[k].clone()), lit("NULL")]))
                        .collect(),
                ),
            };
            let ex = aggs.add(examples(shown, b.violated.clone())?);
            checks.push(Check {
                check: b.rule_name.clone(),
                column: Some(b.field.clone()),
                dimension: Some(if rule.columns.len() > 1 {
                    "consistency"
                } else {
                    "validity"
                }),
                success: unexpected.clone().eq(lit(0i64)),
                observed: concat(vec![
                    text(unexpected.clone()),
                    lit(" of "),
                    text(elements.clone()),
                    lit(" values"),
                ]),
                elements,
                unexpected,
                examples: Some(ex),
                details: rule.definition.clone(),
            });
        }
        let valid = none_violated(bound.iter().map(|b| b.violated.clone()));
        let invalid_rows = aggs.add(count_true(Expr::Not(Box::new(valid))));
        checks.push(Check {
            check: "valid_rows".into(),
            column: None,
            dimension: None,
            success: invalid_rows.clone().eq(lit(0i64)),
            observed: concat(vec![
                text(n.clone() - invalid_rows.clone()),
                lit(" valid rows"),
            ]),
            elements: n.clone(),
            unexpected: invalid_rows,
            examples: None,
            details: format!("rows breaking no rule of contract '{}'", c.name),
        });
        for r in &c.rules {
            if matches!(r.kind, RuleKind::Unique) {
                unique_plans.push((r.name.clone(), r.columns.clone(), r.definition.clone()));
            }
        }
    }

    // Outliers of numeric columns: `outlier_stats` computes the exact robust statistics and
    // counts the outliers in the same scan as every other check.
    let numeric: Vec<&String> = columns
        .iter()
        .filter(|(_, t)| is_numeric(t))
        .map(|(n, _)| n)
        .collect();
    let stats_udaf = Arc::new(datafusion::logical_expr::AggregateUDF::from(
        OutlierStatsFunc::new(),
    ));
    // The structs are unnested into columns after the aggregate (`get_field` over the
    // aggregate's output trips DataFusion 55's leaf-projection pushdown). All numeric columns
    // go to one `outlier_stats` call, which evaluates them concurrently (the final aggregate
    // evaluates its accumulators one after the other): its result is a struct of one struct
    // per column (c0, c1, ...), unnested twice.
    let mut struct_columns: Vec<String> = Vec::new();
    let stats_name = format!("__agg{}", aggs.exprs.len());
    if !numeric.is_empty() {
        aggs.add(stats_udaf.call(numeric.iter().map(|n| ident(*n)).collect()));
        struct_columns.push(stats_name.clone());
        if numeric.len() > 1 {
            struct_columns.extend((0..numeric.len()).map(|i| format!("{stats_name}.c{i}")));
        }
    }
    for (i, name) in numeric.iter().enumerate() {
        let sname = if numeric.len() > 1 {
            format!("{stats_name}.c{i}")
        } else {
            stats_name.clone()
        };
        let field = |f: &str| ident(format!("{sname}.{f}"));
        let elements = aggs.add(count(ident(*name)));
        for (check, prefix, dimension, observed, details) in [
            (
                "outliers_mad",
                "mad",
                Some("consistency"),
                concat(vec![
                    lit("median="),
                    text(field("median")),
                    lit(", MAD="),
                    text(field("mad")),
                ]),
                "robust z-score |0.6745 (x - median) / MAD| > 3.5",
            ),
            (
                "outliers_iqr",
                "iqr",
                None,
                concat(vec![
                    lit("Q1="),
                    text(field("q1")),
                    lit(", Q3="),
                    text(field("q3")),
                ]),
                "x < Q1 - 1.5 IQR or x > Q3 + 1.5 IQR",
            ),
        ] {
            let unexpected = field(&format!("{prefix}_outliers"));
            checks.push(Check {
                check: check.into(),
                column: Some((*name).clone()),
                dimension,
                success: (f64_of(unexpected.clone()) * lit(100.0))
                    .lt_eq(lit(OUTLIER_TOLERANCE_PERCENT) * f64_of(elements.clone())),
                observed,
                elements: elements.clone(),
                unexpected,
                examples: Some(field(&format!("{prefix}_examples"))),
                details: format!(
                    "{details}; succeeds with at most {OUTLIER_TOLERANCE_PERCENT}% outliers"
                ),
            });
        }
    }

    // Freshness of timestamp and date columns.
    let age = interval(&spec.max_age)?;
    let utc = DataType::Timestamp(TimeUnit::Nanosecond, Some("+00:00".into()));
    for (name, t) in columns.iter().filter(|(_, t)| is_temporal(t)) {
        let ts = cast(ident(name), utc.clone());
        let oldest_ok = cast(now(), utc.clone()) - lit(age.clone());
        let stale = truthy(
            ts.clone()
                .lt(oldest_ok.clone())
                .or(ts.clone().gt(cast(now(), utc.clone()))),
        );
        let elements = aggs.add(count(ident(name)));
        let newest = aggs.add(max(ident(name)));
        let unexpected = aggs.add(count_true(stale.clone()));
        let ex = aggs.add(examples(ident(name), stale)?);
        let newest_ts = cast(newest.clone(), utc.clone());
        checks.push(Check {
            check: "freshness".into(),
            column: Some(name.clone()),
            dimension: Some("timeliness"),
            success: truthy(
                newest_ts
                    .clone()
                    .gt_eq(oldest_ok)
                    .and(newest_ts.lt_eq(cast(now(), utc.clone()))),
            ),
            observed: concat(vec![lit("newest "), text(newest)]),
            elements,
            unexpected,
            examples: Some(ex),
            details: format!("values within {} before now ({t})", spec.max_age),
        });
    }

    // Uniqueness: declared keys, and whole duplicate rows.
    let groupable: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(_, (_, t))| is_groupable(t))
        .map(|(i, _)| i)
        .collect();
    // (check, column, key expressions, details, sensitive)
    let mut dup_specs: Vec<(String, Option<String>, Vec<Expr>, String, bool)> = Vec::new();
    if let Some(c) = &contract {
        for (rule, cols, definition) in &unique_plans {
            let keys: Vec<Expr> = cols.iter().map(|&k| ident(&c.columns[k].name)).collect();
            let field = cols
                .iter()
                .map(|&k| c.columns[k].name.clone())
                .collect::<Vec<_>>()
                .join(",");
            let sensitive = cols.iter().any(|&k| c.columns[k].sensitive);
            dup_specs.push((
                rule.clone(),
                Some(field.clone()),
                keys,
                definition.clone(),
                sensitive,
            ));
        }
    }
    if !groupable.is_empty() {
        dup_specs.push((
            "duplicate_rows".into(),
            None,
            groupable.iter().map(|&i| ident(&columns[i].0)).collect(),
            "no two rows identical in every column".into(),
            false,
        ));
    }
    // Each key is hashed in the same aggregate (`repeated_hashes`); `DuplicatesExec` compares
    // exactly the rows whose hash repeats (see `duplicates`).
    let hashes_udaf = Arc::new(datafusion::logical_expr::AggregateUDF::from(
        RepeatedHashesFunc::new(),
    ));
    let mut dup_inputs: Vec<(LogicalPlan, DupSpec, String)> = Vec::new();
    for (k, (check, column, keys, details, sensitive)) in dup_specs.iter().enumerate() {
        let is_key = column.is_some();
        let mut b = LogicalPlanBuilder::from(base.clone());
        let (keyed, candidates) = if is_key {
            let all_set = keys
                .iter()
                .cloned()
                .map(Expr::is_not_null)
                .reduce(Expr::and)
                .unwrap_or(lit(true));
            b = b.filter(all_set.clone())?;
            (
                aggs.add(count_true(all_set.clone())),
                hashes_udaf.call(keys.clone()).filter(all_set).build()?,
            )
        } else {
            (n.clone(), hashes_udaf.call(keys.clone()))
        };
        let cand_name = format!("__agg{}", aggs.exprs.len());
        aggs.add(candidates);
        dup_inputs.push((
            b.project(keys.clone())?.build()?,
            DupSpec {
                k,
                examples: is_key,
                sensitive: *sensitive,
                candidates: 0,
            },
            cand_name,
        ));
        let dup = ident(format!("__dup{k}"));
        checks.push(Check {
            check: check.clone(),
            column: column.clone(),
            dimension: Some("uniqueness"),
            success: dup.clone().eq(lit(0i64)),
            observed: concat(vec![text(dup.clone()), lit(" rows share their value")]),
            elements: keyed,
            unexpected: dup,
            examples: if is_key {
                Some(ident(format!("__dupex{k}")))
            } else {
                None
            },
            details: details.clone(),
        });
    }

    let mut main =
        LogicalPlanBuilder::from(base.clone()).aggregate(Vec::<Expr>::new(), aggs.exprs)?;
    for c in &struct_columns {
        main = main.unnest_column(datafusion::common::Column::new_unqualified(c.as_str()))?;
    }
    let main = main.build()?;
    let mut keys = Vec::with_capacity(dup_inputs.len());
    for (plan, mut spec, cand_name) in dup_inputs {
        spec.candidates = main
            .schema()
            .index_of_column_by_name(None, &cand_name)
            .ok_or_else(|| {
                datafusion::common::internal_datafusion_err!("{fname}: no column {cand_name}")
            })?;
        keys.push((plan, spec));
    }
    let counts = DuplicateCountsTable::new(main, keys);
    let main = LogicalPlanBuilder::scan("__counts", provider_as_source(Arc::new(counts)), None)?;

    let structs = checks.iter().map(Check::to_struct).collect();
    explode(main.build()?, structs, &report_schema())
}

fn score(report: LogicalPlan) -> Result<LogicalPlan> {
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

fn profile(base: LogicalPlan) -> Result<LogicalPlan> {
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
