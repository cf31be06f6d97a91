//! The plan of `quality_report`: every check is an expression over one aggregate of the source
//! (the [`Check`]s), built in steps that each add their aggregates and checks to a [`Report`]:
//! the row count and the completeness of every column, the contract's rules, outliers of the
//! numeric columns, freshness of the temporal ones, and uniqueness of declared keys and of whole
//! rows (counted exactly by [`super::super::duplicates`]); [`Report::finish`] plans the aggregate
//! and turns its one row into one row per check.

use std::sync::Arc;

use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use datafusion::common::{plan_err, DFSchema, Result, ScalarValue};
use datafusion::datasource::provider_as_source;
use datafusion::functions::core::expr_fn::{coalesce, named_struct};
use datafusion::functions::datetime::expr_fn::now;
use datafusion::functions::string::expr_fn::{concat, concat_ws};
use datafusion::functions_aggregate::expr_fn::{count, max};
use datafusion::logical_expr::{
    cast, ident, lit, AggregateUDF, Expr, ExprFunctionExt, LogicalPlan, LogicalPlanBuilder,
};

use super::exprs::{
    count_rows, count_true, explode, f64_of, is_groupable, is_numeric, is_temporal, percent, text,
    utf8_list, Aggs,
};
use super::spec::Spec;
use crate::quality::duplicates::{DupSpec, DuplicateCountsTable};
use crate::quality::example_values::ExampleValuesFunc;
use crate::quality::outlier_stats::OutlierStatsFunc;
use crate::quality::repeated_hashes::RepeatedHashesFunc;
use crate::validate::contract::{truthy, Contract, RuleKind};
use crate::validate::{is_valid::none_violated, ContractStore};

/// Largest share of outliers (percent) for an outlier check to succeed.
pub const OUTLIER_TOLERANCE_PERCENT: f64 = 1.0;

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

/// A `unique` rule of the contract: its name, its columns (indexes into the contract's columns)
/// and its definition.
type UniqueRule = (String, Vec<usize>, String);

/// What a key's duplicates are counted over: the key columns of the rows to compare, how to
/// count and show them, and the name of the aggregate holding the key's `repeated_hashes`.
type DupInput = (LogicalPlan, DupSpec, String);

/// `example_values`, called with a filter.
struct Examples(Arc<AggregateUDF>);

impl Examples {
    /// `example_values(e) FILTER (WHERE filter)`.
    fn of(&self, e: Expr, filter: Expr) -> Result<Expr> {
        self.0.call(vec![e]).filter(filter).build()
    }
}

/// The report under construction: the aggregates of its one scan and the checks over them.
struct Report {
    fname: &'static str,
    /// The source's columns and their types.
    columns: Vec<(String, DataType)>,
    examples: Examples,
    aggs: Aggs,
    checks: Vec<Check>,
    /// `count(*)` of the source.
    n: Expr,
}

/// The plan of `quality_report` over `base`, the source.
pub(super) fn report(spec: &Spec, store: &ContractStore, base: LogicalPlan) -> Result<LogicalPlan> {
    let schema: DFSchema = base.schema().as_ref().clone();
    let contract = spec.contract.as_deref().map(|c| store.get(c)).transpose()?;
    let mut report = Report::new(spec.kind.name(), &schema);
    report.completeness(contract.as_deref());
    let unique_plans = report.contract_rules(contract.as_deref(), &schema)?;
    let struct_columns = report.outliers();
    report.freshness(&spec.max_age)?;
    let dup_inputs = report.uniqueness(&base, contract.as_deref(), &unique_plans)?;
    report.finish(&base, &struct_columns, dup_inputs)
}

impl Report {
    /// An empty report over a source of `schema`, with its row count check.
    fn new(fname: &'static str, schema: &DFSchema) -> Self {
        let columns: Vec<(String, DataType)> = schema
            .fields()
            .iter()
            .map(|f| (f.name().clone(), f.data_type().clone()))
            .collect();
        let examples = Examples(Arc::new(AggregateUDF::from(ExampleValuesFunc::new())));
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
        Self {
            fname,
            columns,
            examples,
            aggs,
            checks,
            n,
        }
    }

    /// Completeness of every column; a contract's nullable columns may have nulls.
    fn completeness(&mut self, contract: Option<&Contract>) {
        let Report {
            ref columns,
            ref mut aggs,
            ref mut checks,
            ref n,
            ..
        } = *self;
        for (name, _) in columns.iter() {
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
    }

    /// The contract's row rules, bound to the table's columns, and the rows breaking none; the
    /// contract's `unique` rules, which [`Report::uniqueness`] checks.
    fn contract_rules(
        &mut self,
        contract: Option<&Contract>,
        schema: &DFSchema,
    ) -> Result<Vec<UniqueRule>> {
        let Report {
            ref fname,
            ref columns,
            ref examples,
            ref mut aggs,
            ref mut checks,
            ref n,
            ..
        } = *self;
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
                    None if rule.columns.iter().any(|&k| c.columns[k].sensitive) => {
                        lit("[redacted]")
                    }
                    None => concat_ws(
                        lit(", "),
                        rule.columns
                            .iter()
                            .map(|&k| coalesce(vec![text(inputs[k].clone()), lit("NULL")]))
                            .collect(),
                    ),
                };
                let ex = aggs.add(examples.of(shown, b.violated.clone())?);
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
        Ok(unique_plans)
    }

    /// Outliers of the numeric columns; the names of the struct columns the aggregate's output
    /// unnests.
    fn outliers(&mut self) -> Vec<String> {
        let Report {
            ref columns,
            ref mut aggs,
            ref mut checks,
            ..
        } = *self;
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
        struct_columns
    }

    /// Freshness of timestamp and date columns: values within `max_age` before now.
    fn freshness(&mut self, max_age: &str) -> Result<()> {
        let Report {
            ref columns,
            ref examples,
            ref mut aggs,
            ref mut checks,
            ..
        } = *self;
        let age = interval(max_age)?;
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
            let ex = aggs.add(examples.of(ident(name), stale)?);
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
                details: format!("values within {} before now ({t})", max_age),
            });
        }
        Ok(())
    }

    /// Uniqueness of the contract's `unique` keys and of whole rows: their candidates are
    /// aggregates of the scan, and each key's rows are planned for the exact count.
    fn uniqueness(
        &mut self,
        base: &LogicalPlan,
        contract: Option<&Contract>,
        unique_plans: &[UniqueRule],
    ) -> Result<Vec<DupInput>> {
        let Report {
            ref columns,
            ref mut aggs,
            ref mut checks,
            ref n,
            ..
        } = *self;
        let groupable: Vec<usize> = columns
            .iter()
            .enumerate()
            .filter(|(_, (_, t))| is_groupable(t))
            .map(|(i, _)| i)
            .collect();
        // (check, column, key expressions, details, sensitive)
        let mut dup_specs: Vec<(String, Option<String>, Vec<Expr>, String, bool)> = Vec::new();
        if let Some(c) = &contract {
            for (rule, cols, definition) in unique_plans {
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
        Ok(dup_inputs)
    }

    /// The aggregate with the duplicate counts added, exploded into one row per check.
    fn finish(
        self,
        base: &LogicalPlan,
        struct_columns: &[String],
        dup_inputs: Vec<DupInput>,
    ) -> Result<LogicalPlan> {
        let Report {
            fname,
            aggs,
            checks,
            ..
        } = self;
        let mut main =
            LogicalPlanBuilder::from(base.clone()).aggregate(Vec::<Expr>::new(), aggs.exprs)?;
        for c in struct_columns {
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
        let main =
            LogicalPlanBuilder::scan("__counts", provider_as_source(Arc::new(counts)), None)?;

        let structs = checks.iter().map(Check::to_struct).collect();
        explode(main.build()?, structs, &report_schema())
    }
}
