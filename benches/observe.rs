//! The cost of the metrics on the hot paths: `classify_intent` and `quality_report` with the
//! functions' counting on and off (`privsql_udfs::metrics::set_enabled`), alternated in one
//! process on the same in-memory rows so both sides see the same machine. Prints rows per
//! second of each side (median of the runs) and their ratio; run with
//! `cargo bench --bench observe` (PRIVSQL_OBSERVE_ROWS, default 200,000 for classify and ten
//! times that for the report; PRIVSQL_OBSERVE_RUNS, default 5 per side).

use std::time::Instant;

use datafusion::prelude::SessionContext;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

async fn seconds(ctx: &SessionContext, sql: &str) -> f64 {
    let start = Instant::now();
    let batches = ctx.sql(sql).await.expect("plan").collect().await.expect("run");
    std::hint::black_box(batches);
    start.elapsed().as_secs_f64()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Median seconds of `sql` with metrics on and off, alternating.
async fn both(ctx: &SessionContext, sql: &str, runs: usize) -> (f64, f64) {
    let (mut on, mut off) = (Vec::new(), Vec::new());
    seconds(ctx, sql).await; // warm-up: model loaded, caches warm
    for i in 0..runs {
        // Alternate which side goes first so a drift of the machine hits both alike.
        for side in if i % 2 == 0 { [true, false] } else { [false, true] } {
            privsql_udfs::metrics::set_enabled(side);
            let s = seconds(ctx, sql).await;
            if side { on.push(s) } else { off.push(s) }
        }
    }
    privsql_udfs::metrics::set_enabled(true);
    (median(on), median(off))
}

fn report(what: &str, rows: usize, (on, off): (f64, f64)) {
    println!(
        "{what}: {rows} rows, metrics on {:.0} rows/s ({on:.3} s), off {:.0} rows/s ({off:.3} s), on/off time {:.3}",
        rows as f64 / on,
        rows as f64 / off,
        on / off
    );
}

fn main() {
    let rows = env_usize("PRIVSQL_OBSERVE_ROWS", 200_000);
    let runs = env_usize("PRIVSQL_OBSERVE_RUNS", 5).max(1);
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let ctx = privsql::build_session(&privsql::Config::default()).expect("session");
        privsql::observe::register_process(&ctx);
        // Texts in memory, so the generator's cost is outside the clock.
        ctx.sql(&format!("CREATE TABLE texts AS SELECT text FROM synthetic_intents({rows}, 42)"))
            .await
            .expect("plan")
            .collect()
            .await
            .expect("load");
        let classify = both(&ctx, "SELECT count(*) FROM texts WHERE classify_intent(text) <> 'x'", runs).await;
        report("classify_intent", rows, classify);

        let report_rows = rows * 10;
        ctx.sql(&format!(
            "CREATE TABLE messages AS SELECT id, ticket_id, email, channel, language, received_at, text, order_total, account_age_days \
             FROM synthetic_intents({report_rows}, 42)"
        ))
        .await
        .expect("plan")
        .collect()
        .await
        .expect("load");
        ctx.sql(
            "SELECT * FROM define_contract('message', '
               id BIGINT NOT NULL, ticket_id VARCHAR NOT NULL UNIQUE,
               email VARCHAR CHECK (is_email(email)), channel VARCHAR NOT NULL,
               order_total DOUBLE CHECK (order_total >= 0),
               account_age_days INT NOT NULL CHECK (account_age_days BETWEEN 0 AND 36500)')",
        )
        .await
        .expect("plan")
        .collect()
        .await
        .expect("contract");
        let quality = both(&ctx, "SELECT * FROM quality_report('messages', 'message', '730 days')", runs).await;
        report("quality_report", report_rows, quality);
    });
}
