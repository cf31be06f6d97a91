//! Data quality: `quality_report`, `quality_score`, `profile` (table functions), `is_outlier`
//! and `robust_zscore` (window functions) and `example_values` (aggregate).
//!
//! The score's weights are in [`plan::WEIGHTS`]; the outlier rules in [`outlier`].

pub mod duplicates;
pub mod example_values;
pub mod is_outlier;
pub mod outlier;
pub mod outlier_stats;
mod par;
pub mod plan;
pub mod table;

use std::sync::Arc;

use datafusion::logical_expr::{AggregateUDF, Documentation, WindowUDF};

use crate::{doc, Functions, NamedTableFunction, UdfOptions};
use plan::Kind;
use table::QualityFunc;

fn report_doc() -> Documentation {
    Documentation::builder(
        doc::QUALITY,
        "One row per check and column, in the spirit of Great Expectations' validation results: \
         check, column, dimension, success, observed_value, element_count, unexpected_count, \
         unexpected_percent, unexpected_examples (up to 3, [redacted] for sensitive fields) and \
         details. Checks: row_count; completeness (nulls) of every column; with a contract, \
         each of its rules (type, max_length, enum, range, pattern, length, format:*, \
         cross_field, named CHECKs), valid_rows, and unique keys; duplicate_rows; \
         outliers_mad and outliers_iqr for numeric columns (succeed with at most 1% \
         outliers); freshness of timestamp and date columns (values within max_age before \
         now, newest one included). The source is a table or view name, or a query.",
        "quality_report(table [, contract [, max_age]])",
    )
    .with_argument(
        "table",
        "String: a table or view name, or a query (SELECT ...).",
    )
    .with_argument(
        "contract",
        "String: a contract name, or NULL for the generic checks only.",
    )
    .with_argument(
        "max_age",
        "String: the freshness interval, default '1 day'.",
    )
    .with_sql_example(
        "SELECT \"check\", \"column\", success, unexpected_count, unexpected_examples\n\
         FROM quality_report('messages', 'request') WHERE NOT success;",
    )
    .build()
}

fn score_doc() -> Documentation {
    Documentation::builder(
        doc::QUALITY,
        "One row: score from 0 to 100 and the five dimension scores it weighs, each \
         100 x (1 - unexpected / elements) over quality_report's checks of that dimension: \
         completeness 0.25 (null cells), validity 0.30 (values breaking single-column contract \
         rules), uniqueness 0.15 (rows with a duplicated key or an identical twin), \
         consistency 0.15 (cross-field rule violations and robust z-score outliers), \
         timeliness 0.15 (timestamps older than max_age or in the future). A dimension with \
         nothing to measure is NULL and the others are re-weighted. Also rows, checks and \
         failed_checks.",
        "quality_score(table [, contract [, max_age]])",
    )
    .with_argument("table", "String: a table or view name, or a query.")
    .with_argument("contract", "String: a contract name, or NULL.")
    .with_argument("max_age", "String: the freshness interval, default '1 day'.")
    .with_sql_example("SELECT round(score, 1) AS score, completeness, validity FROM quality_score('messages', 'request');")
    .build()
}

fn profile_doc() -> Documentation {
    Documentation::builder(
        doc::QUALITY,
        "One row per column: column, data_type, row_count, null_count, null_percent, \
         distinct_count (exact, count(DISTINCT)), min and max (as text), and for numeric \
         columns mean, stddev (sample), p25, median, p75 (exact, percentile_cont); top_values \
         lists the 5 most frequent values as 'value (count)'.",
        "profile(table)",
    )
    .with_argument("table", "String: a table or view name, or a query.")
    .with_sql_example(
        "SELECT \"column\", null_percent, distinct_count, top_values FROM profile('messages');",
    )
    .build()
}

/// The quality family.
pub fn functions(options: &UdfOptions) -> Functions {
    let store = options.contracts.clone();
    let table = |kind: Kind, doc: Documentation| NamedTableFunction {
        name: kind.name().to_string(),
        doc,
        func: Arc::new(QualityFunc::new(kind, store.clone())),
    };
    Functions {
        aggregate: vec![
            Arc::new(AggregateUDF::from(example_values::ExampleValuesFunc::new())),
            Arc::new(AggregateUDF::from(outlier_stats::OutlierStatsFunc::new())),
            Arc::new(AggregateUDF::from(duplicates::RepeatedHashesFunc::new())),
        ],
        window: vec![
            Arc::new(WindowUDF::from(is_outlier::OutlierFunc::is_outlier())),
            Arc::new(WindowUDF::from(is_outlier::OutlierFunc::robust_zscore())),
        ],
        table: vec![
            table(Kind::Report, report_doc()),
            table(Kind::Score, score_doc()),
            table(Kind::Profile, profile_doc()),
        ],
        ..Default::default()
    }
}
