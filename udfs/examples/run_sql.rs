//! Run SQL over a plain DataFusion session with every privsql function registered (no
//! sources, servers or config: the udfs crate alone builds much faster than privsql), printing
//! each result and its time on stderr.
//!
//! ```sh
//! cargo run -p privsql-udfs --example run_sql -- "SELECT classify_intent('please delete my account')"
//! cargo run -p privsql-udfs --example run_sql -- -f sql/evaluate_intents.sql
//! ```
//! `scripts/train_intent_model.py` uses it to export training features through
//! `intent_features`, so Python never re-implements the featurizer. `TARGET_PARTITIONS=1` runs
//! on one partition (for per-core figures).

use datafusion::common::{DataFusionError, Result};
use datafusion::prelude::{SessionConfig, SessionContext};
use datafusion::sql::parser::DFParser;
use privsql_udfs::{all_functions, UdfOptions};

#[tokio::main]
async fn main() -> Result<()> {
    let mut config = SessionConfig::new();
    if let Some(n) = std::env::var("TARGET_PARTITIONS").ok().and_then(|v| v.parse().ok()) {
        config = config.with_target_partitions(n);
    }
    let ctx = SessionContext::new_with_config(config);
    all_functions(&UdfOptions::default())?.register(&ctx)?;
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
