//! Data sources: one module per source, each registering table functions or
//! `CREATE EXTERNAL TABLE ... STORED AS X` factories.

use datafusion::common::Result;
use datafusion::prelude::SessionContext;
use privsql_udfs::Functions;

use crate::config::Config;

pub mod synthetic;
#[cfg(feature = "kafka")]
pub mod kafka;


/// Table functions that produce data (`synthetic_intents`, ...).
pub fn table_functions(_config: &Config) -> Result<Functions> {
    let mut f = Functions::default();
    f.table.push(synthetic::SyntheticIntentsFunc::named());
    f.table.push(synthetic::pii::SyntheticPiiFunc::named());
    #[cfg(feature = "kafka")]
    f.table.push(kafka::metrics::StreamMetricsFunc::named());
    Ok(f)
}

/// Register the `STORED AS X` factories of the sources that have one.
pub fn register_table_factories(ctx: &SessionContext, config: &Config) -> Result<()> {
    #[cfg(feature = "kafka")]
    kafka::register(ctx, &config.kafka);
    #[cfg(not(feature = "kafka"))]
    let _ = (ctx, config);
    Ok(())
}
