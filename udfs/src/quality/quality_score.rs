//! `quality_score(table [, contract [, max_age]])`: one row, the score from 0 to 100 and the
//! dimension scores it weighs over `quality_report`'s checks. The table function is
//! [`QualityFunc`]; its plan is [`super::plan::score`].

use std::sync::Arc;

use datafusion::logical_expr::Documentation;

use super::plan::Kind;
use super::table::QualityFunc;
use crate::validate::ContractStore;
use crate::{doc, NamedTableFunction};

/// `quality_score` as a registry entry, over the session's contracts.
pub fn named(store: ContractStore) -> NamedTableFunction {
    NamedTableFunction {
        name: Kind::Score.name().to_string(),
        doc: Documentation::builder(
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
        .build(),
        func: Arc::new(QualityFunc::new(Kind::Score, store)),
    }
}
