//! Throughput of contract validation and of the full quality report, on synthetic messages
//! written once to Parquet (the file `benches/compare/quality_bench.py` also hands to DuckDB and
//! Great Expectations). Prints rows per second; run with
//! `cargo bench --bench quality` (PRIVSQL_QUALITY_ROWS, default 10,000,000;
//! PRIVSQL_QUALITY_PARQUET, default under the target directory; PRIVSQL_QUALITY_RUNS, best of
//! that many runs, default 1). Times each query on the file, then on the same rows loaded into
//! a memory table before the clock starts (as Great Expectations' DataFrame is).

use std::path::PathBuf;
use std::time::Instant;

use datafusion::prelude::SessionContext;

/// The contract the benchmark validates against; benches/compare/quality_bench.py writes the
/// same rules by hand for DuckDB and Great Expectations.
pub const CONTRACT: &str = "
  id               BIGINT NOT NULL,
  ticket_id        VARCHAR(13) NOT NULL CHECK (ticket_id ~ '^SR-[0-9A-F]{10}$') UNIQUE,
  email            VARCHAR CHECK (email ~ '^[a-z0-9._]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$') COMMENT 'sensitive',
  channel          VARCHAR NOT NULL CHECK (channel IN ('email', 'chat', 'web_form', 'app_review', 'social', 'phone_transcript')),
  language         VARCHAR NOT NULL CHECK (language IN ('en', 'de', 'fr', 'es', 'it', 'nl', 'pt')),
  received_at      TIMESTAMP NOT NULL CHECK (received_at < TIMESTAMP '2030-01-01 00:00:00'),
  text             VARCHAR NOT NULL CHECK (char_length(trim(text)) > 0),
  order_total      DOUBLE CHECK (order_total >= 0),
  account_age_days INT NOT NULL CHECK (account_age_days BETWEEN 0 AND 36500)
";

const COLUMNS: &str =
    "id, ticket_id, email, channel, language, received_at, text, order_total, account_age_days";

/// CPU seconds (user + system, all threads) this process has used, from /proc/self/stat.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which ends with ')'): utime and stime are the 12th and
    // 13th, in clock ticks (100 a second on Linux).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    if f.len() > 12 {
        (f[11] + f[12]) / 100.0
    } else {
        f64::NAN
    }
}

/// Best wall time of the runs, the CPU time of that run, and the result's row count.
async fn time(ctx: &SessionContext, sql: &str) -> (f64, f64, usize) {
    let runs: usize = std::env::var("PRIVSQL_QUALITY_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::NAN;
    let mut rows = 0;
    for _ in 0..runs.max(1) {
        let cpu = cpu_seconds();
        let start = Instant::now();
        let batches = ctx
            .sql(sql)
            .await
            .expect("plans")
            .collect()
            .await
            .expect("runs");
        let wall = start.elapsed().as_secs_f64();
        if wall < best {
            best = wall;
            best_cpu = cpu_seconds() - cpu;
        }
        rows = batches.iter().map(|b| b.num_rows()).sum();
    }
    (best, best_cpu, rows)
}

#[tokio::main]
async fn main() {
    let rows: u64 = std::env::var("PRIVSQL_QUALITY_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("target"));
    let path = std::env::var("PRIVSQL_QUALITY_PARQUET")
        .map(PathBuf::from)
        .unwrap_or_else(|_| target.join(format!("quality_bench_{rows}.parquet")));
    let ctx = privsql::build_session(&privsql::Config::default()).expect("session");
    if !path.exists() {
        let start = Instant::now();
        ctx.sql(&format!(
            "COPY (SELECT * FROM synthetic_intents({rows}, 42)) TO '{}' STORED AS PARQUET",
            path.display()
        ))
        .await
        .expect("plans")
        .collect()
        .await
        .expect("writes the file");
        println!(
            "wrote {rows} rows to {} in {:.1} s",
            path.display(),
            start.elapsed().as_secs_f64()
        );
    }
    ctx.sql(&format!(
        "CREATE EXTERNAL TABLE messages STORED AS PARQUET LOCATION '{}'",
        path.display()
    ))
    .await
    .expect("registers the file");
    // The report covers the contract's columns, as the hand-written DuckDB query does.
    ctx.sql(&format!(
        "CREATE VIEW bench_messages AS SELECT {COLUMNS} FROM messages"
    ))
    .await
    .expect("view");
    ctx.sql(&format!(
        "SELECT * FROM define_contract('bench', '{}')",
        CONTRACT.replace('\'', "''")
    ))
    .await
    .expect("defines the contract")
    .collect()
    .await
    .expect("defines");
    let n = rows as f64;
    let report = |what: &str, secs: f64, cpu: f64| {
        println!(
            "privsql {what:<42} {secs:>7.2} s  {:>12.0} rows/s  (CPU {cpu:.2} s, {:.0} rows per CPU-second)",
            n / secs,
            n / cpu
        );
    };
    let (s, c, _) = time(
        &ctx,
        &format!("SELECT count(*) FROM messages WHERE NOT is_valid('bench', {COLUMNS})"),
    )
    .await;
    report("validation (is_valid)", s, c);
    let (s, c, _) = time(
        &ctx,
        &format!(
            "SELECT count(*) FROM (SELECT validate_schema('bench', {COLUMNS}) AS v FROM messages) WHERE cardinality(v) > 0"
        ),
    )
    .await;
    report("validation (validate_schema)", s, c);
    let (s, c, checks) = time(
        &ctx,
        "SELECT * FROM quality_report('bench_messages', 'bench', '3650 days')",
    )
    .await;
    report(&format!("full report ({checks} checks)"), s, c);
    let (s, c, _) = time(
        &ctx,
        "SELECT * FROM quality_score('bench_messages', 'bench', '3650 days')",
    )
    .await;
    report("quality_score", s, c);

    // The same rows held in memory (decoded once, before the clock starts), as Great
    // Expectations' pandas DataFrame is: the comparison with Great Expectations without the
    // Parquet decoding that only privsql's file figures pay.
    let start = Instant::now();
    ctx.sql(&format!(
        "CREATE TABLE bench_memory AS SELECT {COLUMNS} FROM messages"
    ))
    .await
    .expect("plans")
    .collect()
    .await
    .expect("loads the rows into memory");
    println!(
        "loaded {rows} rows into a memory table in {:.1} s (not timed below)",
        start.elapsed().as_secs_f64()
    );
    let (s, c, _) = time(
        &ctx,
        &format!("SELECT count(*) FROM bench_memory WHERE NOT is_valid('bench', {COLUMNS})"),
    )
    .await;
    report("in memory: validation (is_valid)", s, c);
    let (s, c, checks) = time(
        &ctx,
        "SELECT * FROM quality_report('bench_memory', 'bench', '3650 days')",
    )
    .await;
    report(&format!("in memory: full report ({checks} checks)"), s, c);
    let (s, c, _) = time(
        &ctx,
        "SELECT * FROM quality_score('bench_memory', 'bench', '3650 days')",
    )
    .await;
    report("in memory: quality_score", s, c);
}
