//! Embed privsql as a library: build the session from the config (`PRIVSQL_CONFIG` or defaults
//! plus `PRIVSQL_*` variables) and run the SQL statements given as arguments, printing results.
//!
//! ```sh
//! cargo run --example run_sql -- "SELECT classify_intent('please delete my account')"
//! ```
//! `scripts/train_intent_model.py` uses it to export training features through
//! `intent_features`, so Python never re-implements the featurizer.

use privsql::{build_session, Config};

#[tokio::main]
async fn main() -> datafusion::common::Result<()> {
    let file = std::env::var_os("PRIVSQL_CONFIG").map(std::path::PathBuf::from);
    let config = Config::load(file.as_deref()).map_err(|e| datafusion::common::DataFusionError::External(Box::new(e)))?;
    let ctx = build_session(&config)?;
    for sql in std::env::args().skip(1) {
        let df = ctx.sql(&sql).await?;
        let batches = df.collect().await?;
        println!("{}", arrow::util::pretty::pretty_format_batches(&batches)?);
    }
    Ok(())
}
