//! Data quality: `quality_report`, `quality_score`, `profile` (table functions), `is_outlier`
//! and `robust_zscore` (window functions) and `example_values`, `outlier_stats` and
//! `repeated_hashes` (aggregates), one file each.
//!
//! The table functions share their provider and codec ([`table`]) and their plans ([`plan`]);
//! the score's weights are in [`plan::WEIGHTS`], the outlier rules in [`outlier`], and the exact
//! duplicate counts of the report in [`duplicates`].

mod counts_codec;
mod duplicates;
pub mod example_values;
mod hash_runs;
pub mod is_outlier;
pub mod outlier;
pub mod outlier_stats;
mod outlier_window;
pub mod output_exec;
mod par;
pub mod plan;
pub mod profile;
pub mod quality_report;
pub mod quality_score;
mod quantiles;
pub mod repeated_hashes;
pub mod robust_zscore;
pub mod table;

use std::sync::Arc;

use datafusion::logical_expr::{AggregateUDF, WindowUDF};

use crate::{Functions, UdfOptions};

/// The quality family.
pub fn functions(options: &UdfOptions) -> Functions {
    let store = options.contracts.clone();
    Functions {
        aggregate: vec![
            Arc::new(AggregateUDF::from(example_values::ExampleValuesFunc::new())),
            Arc::new(AggregateUDF::from(outlier_stats::OutlierStatsFunc::new())),
            Arc::new(AggregateUDF::from(
                repeated_hashes::RepeatedHashesFunc::new(),
            )),
        ],
        window: vec![
            Arc::new(WindowUDF::from(is_outlier::IsOutlierFunc::new())),
            Arc::new(WindowUDF::from(robust_zscore::RobustZscoreFunc::new())),
        ],
        table: vec![
            quality_report::named(store.clone()),
            quality_score::named(store.clone()),
            profile::named(store),
        ],
        ..Default::default()
    }
}
