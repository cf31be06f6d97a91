//! Embed privsql as a library: build the session from the config (`PRIVSQL_CONFIG` or defaults
//! plus `PRIVSQL_*` variables) and run SQL, printing each result.
//!
//! ```sh
//! cargo run --example run_sql -- "SELECT classify_intent('please delete my account')"
//! cargo run --example run_sql -- -f sql/evaluate_intents.sql
//! ```
//! `scripts/train_intent_model.py` uses it to export training features through
//! `intent_features`, so Python never re-implements the featurizer.

use datafusion::common::{DataFusionError, Result};
use datafusion::sql::parser::DFParser;
use privsql::{build_session, Config};

#[tokio::main]
async fn main() -> Result<()> {
    let file = std::env::var_os("PRIVSQL_CONFIG").map(std::path::PathBuf::from);
    let config = Config::load(file.as_deref()).map_err(|e| DataFusionError::External(Box::new(e)))?;
    let ctx = build_session(&config)?;
    let mut args = std::env::args().skip(1);
    let mut scripts = Vec::new();
    while let Some(a) = args.next() {
        if a == "-f" {
            let path = args.next().ok_or_else(|| DataFusionError::Plan("-f needs a file".into()))?;
            scripts.push(std::fs::read_to_string(&path).map_err(|e| DataFusionError::Plan(format!("{path}: {e}")))?);
        } else {
            scripts.push(a);
        }
    }
    for script in scripts {
        for statement in DFParser::parse_sql(&script)? {
            let start = std::time::Instant::now();
            let plan = ctx.state().statement_to_plan(statement).await?;
            let batches = ctx.execute_logical_plan(plan).await?.collect().await?;
            eprintln!("elapsed: {:.3} s", start.elapsed().as_secs_f64());
            if !batches.is_empty() && batches.iter().any(|b| b.num_rows() > 0) {
                println!("{}", arrow::util::pretty::pretty_format_batches(&batches)?);
            }
        }
    }
    Ok(())
}
