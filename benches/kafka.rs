//! Kafka JSON decoding throughput against a real broker (tansu on loopback).
//!
//! Prints messages/s and MB/s of `SELECT id, text, ... FROM <kafka table>` (the privsql scan:
//! consume, decode JSON into Arrow, build the batches) beside the raw rate of the same rdkafka
//! consumer configuration that only counts bytes (this machine's ceiling), and their ratio.
//! Target: decoding at 70% or more of the raw rate.
//!
//! The same records as Avro (bare datums, arrow-avro's decoder) are measured the same way.
//!
//! `cargo bench --bench kafka` (`KAFKA_BENCH_MESSAGES`, default 500000, sets the topic size).

#[path = "../tests/it/kafka_util.rs"]
#[allow(dead_code)]
mod kafka_util;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures::StreamExt;
use privsql::sources::kafka::options::{KafkaConsumer, QuietEofContext};
use privsql::sources::kafka::KafkaOptions;
use privsql::{build_session, Config};
use rdkafka::consumer::Consumer;
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::{Offset, TopicPartitionList};

const RUNS: usize = 3;

fn message(i: u64) -> Vec<u8> {
    // A privacy request as it arrives: ~200 bytes of JSON.
    format!(
        r#"{{"id":{i},"customer_id":"C{:08}","channel":"email","received_at":"2024-05-01T10:{:02}:{:02}Z","text":"Hello, I would like you to delete all personal data you hold about me under Article 17 GDPR. Ref {i}","priority":{}}}"#,
        i * 7919 % 100_000_000,
        i / 60 % 60,
        i % 60,
        i % 5
    )
    .into_bytes()
}

/// The raw ceiling: the scan's consumer configuration, counting payload bytes only.
fn raw_consume(opts: &KafkaOptions, config: &Config, end: i64) -> (u64, u64, Duration) {
    let consumer: KafkaConsumer = opts
        .consumer_config(&config.kafka)
        .create_with_context(QuietEofContext)
        .expect("consumer");
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(&opts.topic, 0, Offset::Offset(0))
        .expect("tpl");
    consumer.assign(&tpl).expect("assign");
    let started = Instant::now();
    let (mut n, mut bytes) = (0u64, 0u64);
    loop {
        match consumer.poll(Duration::from_millis(100)) {
            None => {}
            Some(Err(KafkaError::PartitionEOF(_))) => break,
            Some(Err(e)) => panic!("consume: {e}"),
            Some(Ok(m)) => {
                n += 1;
                bytes += m.payload_len() as u64;
                if m.offset() + 1 >= end {
                    break;
                }
            }
        }
    }
    (n, bytes, started.elapsed())
}

fn main() {
    let n: u64 = std::env::var("KAFKA_BENCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let broker = kafka_util::Tansu::start();
    rt.block_on(broker.create_topic("bench", 1));
    let t = Instant::now();
    rt.block_on(broker.produce("bench", (0..n).map(|i| (0, None, Some(message(i)), None))));
    eprintln!(
        "produced {n} messages in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let config = Config::default();
    let location = format!("kafka://{}/bench", broker.bootstrap());
    let opts = KafkaOptions::parse(&location, &BTreeMap::new()).expect("options");
    let ctx = build_session(&config).expect("session");
    rt.block_on(async {
        ctx.sql(&format!(
            "CREATE EXTERNAL TABLE bench (id BIGINT, customer_id VARCHAR, channel VARCHAR, received_at TIMESTAMP, \
             text VARCHAR, priority INT) STORED AS KAFKA LOCATION '{location}'"
        ))
        .await
        .expect("create table");
    });

    measure(&rt, &ctx, &opts, &config, n, "bench", "JSON->Arrow");

    // The same records as bare Avro datums.
    const AVSC: &str = r#"{"type":"record","name":"Request","fields":[{"name":"id","type":"long"},{"name":"customer_id","type":"string"},{"name":"channel","type":"string"},{"name":"received_at","type":{"type":"long","logicalType":"timestamp-micros"}},{"name":"text","type":"string"},{"name":"priority","type":"int"}]}"#;
    rt.block_on(broker.create_topic("bench_avro", 1));
    let avro = avro_messages(n, AVSC);
    rt.block_on(broker.produce(
        "bench_avro",
        avro.into_iter().map(|v| (0, None, Some(v), None)),
    ));
    let location = format!("kafka://{}/bench_avro", broker.bootstrap());
    let opts = KafkaOptions::parse(&location, &BTreeMap::new()).expect("options");
    rt.block_on(async {
        ctx.sql(&format!(
            "CREATE EXTERNAL TABLE bench_avro (id BIGINT, customer_id VARCHAR, channel VARCHAR, received_at TIMESTAMP, \
             text VARCHAR, priority INT) STORED AS KAFKA LOCATION '{location}' OPTIONS (format 'avro', 'avro.schema' '{AVSC}')"
        ))
        .await
        .expect("create table");
    });
    measure(&rt, &ctx, &opts, &config, n, "bench_avro", "Avro->Arrow");
}

/// The records of [`message`] as Avro datums, encoded by arrow-avro.
fn avro_messages(n: u64, avsc: &str) -> Vec<Vec<u8>> {
    use arrow_avro::schema::SCHEMA_METADATA_KEY;
    use arrow_avro::writer::format::AvroBinaryFormat;
    use arrow_avro::writer::WriterBuilder;
    use datafusion::arrow::array::{
        ArrayRef, Int32Array, Int64Array, RecordBatch, StringArray, TimestampMicrosecondArray,
    };
    use datafusion::arrow::datatypes::{DataType, Field, Schema, TimeUnit};
    use std::sync::Arc;
    let schema = Schema::new_with_metadata(
        vec![
            Field::new("id", DataType::Int64, false),
            Field::new("customer_id", DataType::Utf8, false),
            Field::new("channel", DataType::Utf8, false),
            Field::new(
                "received_at",
                DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())),
                false,
            ),
            Field::new("text", DataType::Utf8, false),
            Field::new("priority", DataType::Int32, false),
        ],
        [(SCHEMA_METADATA_KEY.to_string(), avsc.to_string())].into(),
    );
    let mut enc = WriterBuilder::new(schema.clone())
        .build_encoder::<AvroBinaryFormat>()
        .expect("encoder");
    let mut out = Vec::with_capacity(n as usize);
    let mut start = 0u64;
    while start < n {
        let end = (start + 50_000).min(n);
        let ids = start..end;
        let columns: Vec<ArrayRef> = vec![
            Arc::new(Int64Array::from_iter_values(ids.clone().map(|i| i as i64))),
            Arc::new(StringArray::from_iter_values(ids.clone().map(|i| format!("C{:08}", i * 7919 % 100_000_000)))),
            Arc::new(StringArray::from_iter_values(ids.clone().map(|_| "email"))),
            Arc::new(
                TimestampMicrosecondArray::from_iter_values(
                    ids.clone().map(|i| 1_714_557_600_000_000 + ((i / 60 % 60) * 60 + i % 60) as i64 * 1_000_000),
                )
                .with_timezone("+00:00"),
            ),
            Arc::new(StringArray::from_iter_values(ids.clone().map(|i| format!("Hello, I would like you to delete all personal data you hold about me under Article 17 GDPR. Ref {i}")))),
            Arc::new(Int32Array::from_iter_values(ids.clone().map(|i| (i % 5) as i32))),
        ];
        let batch = RecordBatch::try_new(Arc::new(schema.clone()), columns).expect("batch");
        enc.encode(&batch).expect("encode");
        out.extend(enc.flush().iter().map(|b| b.to_vec()));
        start = end;
    }
    out
}

/// Best of [`RUNS`]: the raw consume rate of `topic` and the rate of `SELECT * FROM <topic>`.
fn measure(
    rt: &tokio::runtime::Runtime,
    ctx: &datafusion::prelude::SessionContext,
    opts: &KafkaOptions,
    config: &Config,
    n: u64,
    table: &str,
    what: &str,
) {
    let mut best_raw = (0u64, 0u64, Duration::MAX);
    let mut best_dec = (0u64, Duration::MAX);
    for _ in 0..RUNS {
        let r = raw_consume(opts, config, n as i64);
        assert_eq!(r.0, n, "the raw consumer read every message");
        if r.2 < best_raw.2 {
            best_raw = r;
        }
        let (rows, took) = rt.block_on(async {
            let started = Instant::now();
            let mut s = ctx
                .sql(&format!("SELECT * FROM {table}"))
                .await
                .expect("query")
                .execute_stream()
                .await
                .expect("stream");
            let mut rows = 0u64;
            while let Some(b) = s.next().await {
                rows += b.expect("batch").num_rows() as u64;
            }
            (rows, started.elapsed())
        });
        assert_eq!(rows, n, "the scan decoded every message");
        if took < best_dec.1 {
            best_dec = (rows, took);
        }
    }
    let mb = best_raw.1 as f64 / 1e6;
    let raw_rate = n as f64 / best_raw.2.as_secs_f64();
    let dec_rate = n as f64 / best_dec.1.as_secs_f64();
    println!("kafka {what} decode benchmark: {n} messages, {:.1} MB of values, avg {:.0} B/message, best of {RUNS}", mb, best_raw.1 as f64 / n as f64);
    println!(
        "  raw consume (count bytes) : {:>10.0} msg/s  {:>7.1} MB/s",
        raw_rate,
        mb / best_raw.2.as_secs_f64()
    );
    println!(
        "  privsql scan ({what:<11}): {:>10.0} msg/s  {:>7.1} MB/s",
        dec_rate,
        mb / best_dec.1.as_secs_f64()
    );
    println!(
        "  ratio                     : {:>10.1} %  (target >= 70 %)",
        100.0 * dec_rate / raw_rate
    );
}
