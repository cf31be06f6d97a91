//! `profile(table)`: one row per column with its counts, range, moments, quartiles and most
//! frequent values. The table function is [`QualityFunc`]; its plan is [`super::plan::profile`].

use std::sync::Arc;

use datafusion::logical_expr::Documentation;

use super::plan::Kind;
use super::table::QualityFunc;
use crate::validate::ContractStore;
use crate::{doc, NamedTableFunction};

/// `profile` as a registry entry, over the session's contracts.
pub fn named(store: ContractStore) -> NamedTableFunction {
    NamedTableFunction {
        name: Kind::Profile.name().to_string(),
        doc: Documentation::builder(
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
        .build(),
        func: Arc::new(QualityFunc::new(Kind::Profile, store)),
    }
}
