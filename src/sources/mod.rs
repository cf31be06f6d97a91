//! Data sources: one module per source, each registering table functions or
//! `CREATE EXTERNAL TABLE ... STORED AS X` factories.

use datafusion::common::Result;
use datafusion::prelude::SessionContext;
use privsql_udfs::Functions;

use crate::config::Config;

pub mod synthetic;
#[cfg(feature = "kafka")]
pub mod kafka;
#[cfg(feature = "bigquery")]
pub mod bigquery;


/// Table functions that produce data (`synthetic_intents`, ...).
pub fn table_functions(config: &Config) -> Result<Functions> {
    let mut f = Functions::default();
    f.table.push(synthetic::SyntheticIntentsFunc::named());
    f.table.push(synthetic::pii::SyntheticPiiFunc::named());
    #[cfg(feature = "kafka")]
    f.table.push(kafka::metrics::StreamMetricsFunc::named());
    #[cfg(feature = "bigquery")]
    f.table.push(bigquery::query::BigQueryQueryFunc::named(&config.bigquery));
    #[cfg(not(feature = "bigquery"))]
    let _ = config;
    Ok(f)
}

/// Register the `STORED AS X` factories of the sources that have one.
pub fn register_table_factories(ctx: &SessionContext, config: &Config) -> Result<()> {
    #[cfg(feature = "kafka")]
    kafka::register(ctx, &config.kafka);
    #[cfg(feature = "bigquery")]
    bigquery::register(ctx, &config.bigquery);
    #[cfg(not(any(feature = "kafka", feature = "bigquery")))]
    let _ = (ctx, config);
    Ok(())
}
