//! Throughput of `synthetic_intents`: rows per second, all columns and projections, on one core
//! (one partition) and on every core.
//!
//! `cargo bench --bench synthetic` prints criterion's figures and, first, an explicit
//! rows-per-second table. The target is 2 million rows per second per core in release.

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use futures::StreamExt;
use privsql::sources::synthetic::generate::{col, Generator, Scratch};
use privsql::sources::synthetic::SyntheticOptions;

const ROWS: u64 = 1_000_000;
const BATCH: usize = 8192;

/// Generate `rows` rows on this thread with `projection`; returns the text bytes produced.
fn generate(rows: u64, projection: Option<&[usize]>) -> usize {
    let g = Generator::new(42, &SyntheticOptions::default(), projection).expect("generator");
    let mut scratch = Scratch::default();
    let mut bytes = 0;
    let mut from = 0;
    while from < rows {
        let len = (rows - from).min(BATCH as u64) as usize;
        let b = g.batch(from, len, &mut scratch).expect("batch");
        bytes += b.get_array_memory_size();
        from += len as u64;
    }
    bytes
}

/// CPU time this thread has run, from the kernel's scheduler statistics (nanoseconds), when the
/// platform has them (Linux). Rows per CPU-second is rows per second per core even on a machine
/// that other work shares, where wall-clock figures understate a core's speed.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn rows_per_sec(label: &str, f: impl Fn() -> u64) {
    f(); // warm up: compiles the phrase banks
    let runs = 3;
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut rows = 0;
    for _ in 0..runs {
        let (t, cpu) = (Instant::now(), thread_cpu_seconds());
        rows = f();
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(start), Some(end)) = (cpu, thread_cpu_seconds()) {
            best_cpu = best_cpu.min(end - start);
        }
    }
    print!("{label:<48} {:>12.0} rows/s  ({rows} rows in {:.3} s, best of {runs})", rows as f64 / best, best);
    // Only the 1-core figures run on this thread; the SQL ones run on the runtime's workers.
    if label.starts_with("1 core") && best_cpu < f64::MAX {
        print!("; {:.0} rows per CPU-second of this thread", rows as f64 / best_cpu);
    }
    println!();
}

fn print_figures() {
    println!("synthetic_intents throughput (release, seed 42, default options)");
    rows_per_sec("1 core, all columns", || {
        generate(ROWS, None);
        ROWS
    });
    rows_per_sec("1 core, id, intent, text", || {
        generate(ROWS, Some(&[col::ID, col::INTENT, col::TEXT]));
        ROWS
    });
    rows_per_sec("1 core, id, intent, channel (no text)", || {
        generate(ROWS, Some(&[col::ID, col::INTENT, col::CHANNEL]));
        ROWS
    });
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    let ctx = privsql::build_session(&privsql::Config::default()).expect("session");
    let cores = ctx.copied_config().target_partitions();
    for (label, sql) in [
        ("SQL, all cores, every column streamed", format!("SELECT * FROM synthetic_intents({})", ROWS * 2)),
        ("SQL, all cores, count(*) GROUP BY intent", format!("SELECT intent, count(*) FROM synthetic_intents({}) GROUP BY intent", ROWS * 2)),
    ] {
        rows_per_sec(&format!("{label} ({cores} partitions)"), || {
            rt.block_on(async {
                let mut s = ctx.sql(&sql).await.expect("plan").execute_stream().await.expect("stream");
                while let Some(b) = s.next().await {
                    b.expect("batch");
                }
            });
            ROWS * 2
        });
    }
}

fn bench(c: &mut Criterion) {
    print_figures();
    let mut g = c.benchmark_group("synthetic_intents");
    g.sample_size(10);
    let n = 200_000u64;
    g.throughput(Throughput::Elements(n));
    g.bench_function("all_columns_1_core", |b| b.iter(|| generate(n, None)));
    g.bench_function("text_1_core", |b| b.iter(|| generate(n, Some(&[col::TEXT]))));
    g.bench_function("no_text_1_core", |b| b.iter(|| generate(n, Some(&[col::ID, col::INTENT, col::LOCALE]))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
