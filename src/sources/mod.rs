//! Data sources: one module per source, each registering table functions or
//! `CREATE EXTERNAL TABLE ... STORED AS X` factories.

use datafusion::common::Result;
use datafusion::prelude::SessionContext;
use privsql_udfs::Functions;

use crate::config::Config;

pub mod synthetic;

/// Table functions that produce data (`synthetic_intents`, ...).
pub fn table_functions(_config: &Config) -> Result<Functions> {
    let mut f = Functions::default();
    f.table.push(synthetic::SyntheticIntentsFunc::named());
    Ok(f)
}

/// Register the `STORED AS X` factories of the sources that have one.
pub fn register_table_factories(_ctx: &SessionContext, _config: &Config) -> Result<()> {
    Ok(())
}
