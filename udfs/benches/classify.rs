//! Throughput of `classify_intent` with the embedded default model on one core: 1 million
//! distinct short synthetic messages (chat lines and one-line emails in seven languages with a
//! varying order number, so the per-batch de-duplication does not help), 8192 rows per batch.
//!
//!     cargo bench -p privsql-udfs --bench classify
//!
//! Prints rows per second. `benches/compare/classify_vs_sklearn.py` runs scikit-learn and
//! fastText beside the release privsql on 1M `synthetic_intents` messages.

use std::sync::Arc;
use std::time::Instant;

use arrow::array::{Array, ArrayRef, StringArray};
use arrow::datatypes::{DataType, Field};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datafusion::config::ConfigOptions;
use datafusion::logical_expr::{ColumnarValue, ScalarFunctionArgs, ScalarUDF};
use privsql_udfs::{all_functions, UdfOptions};

const ROWS: usize = 1_000_000;
const BATCH: usize = 8192;

/// The benchmark's messages: a template line and a seeded order number.
fn messages() -> Vec<StringArray> {
    let templates: Vec<&str> = include_str!("../../benches/compare/intent_texts.txt").lines().filter(|l| !l.is_empty()).collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut texts = Vec::with_capacity(ROWS);
    for _ in 0..ROWS {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let t = templates[(state % templates.len() as u64) as usize];
        texts.push(format!("{t} #{}", (state >> 20) % 1_000_000));
    }
    texts.chunks(BATCH).map(|c| StringArray::from_iter_values(c.iter())).collect()
}

fn classify(udf: &ScalarUDF, batch: &StringArray) -> ArrayRef {
    let args = ScalarFunctionArgs {
        args: vec![ColumnarValue::Array(Arc::new(batch.clone()))],
        arg_fields: vec![Arc::new(Field::new("text", DataType::Utf8, true))],
        number_rows: batch.len(),
        return_field: Arc::new(Field::new("classify_intent", DataType::Utf8, true)),
        config_options: Arc::new(ConfigOptions::default()),
    };
    match udf.invoke_with_args(args).expect("classify_intent runs") {
        ColumnarValue::Array(a) => a,
        ColumnarValue::Scalar(_) => unreachable!("an array in, an array out"),
    }
}

fn bench(c: &mut Criterion) {
    let functions = all_functions(&UdfOptions::default()).expect("functions build");
    let udf = functions.scalar.iter().find(|f| f.name() == "classify_intent").expect("classify_intent exists").clone();
    let batches = messages();
    // Warm up: load the model, size the buffers.
    classify(&udf, &batches[0]);

    let start = Instant::now();
    let mut n = 0;
    for b in &batches {
        n += classify(&udf, b).len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!("classify_intent: {n} messages in {secs:.2} s on one core = {:.0} rows/s/core", n as f64 / secs);

    let mut group = c.benchmark_group("classify_intent");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ROWS as u64));
    group.bench_function("1M short messages, one core", |b| {
        b.iter(|| batches.iter().map(|x| classify(&udf, x).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
