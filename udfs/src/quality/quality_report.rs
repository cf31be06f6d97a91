//! `quality_report(table [, contract [, max_age]])`: one row per check and column, in the spirit
//! of Great Expectations' validation results. The table function is [`QualityFunc`]; its plan
//! is [`super::plan::report`].

use std::sync::Arc;

use datafusion::logical_expr::Documentation;

use super::plan::Kind;
use super::table::QualityFunc;
use crate::validate::ContractStore;
use crate::{doc, NamedTableFunction};

/// `quality_report` as a registry entry, over the session's contracts.
pub fn named(store: ContractStore) -> NamedTableFunction {
    NamedTableFunction {
        name: Kind::Report.name().to_string(),
        doc: Documentation::builder(
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
        .build(),
        func: Arc::new(QualityFunc::new(Kind::Report, store)),
    }
}
