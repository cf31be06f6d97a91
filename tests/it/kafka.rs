//! Kafka source and sink against a real broker (tansu, started per test on a loopback port).

use std::collections::BTreeSet;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use datafusion::arrow::array::{Array, AsArray, RecordBatch};
use datafusion::arrow::datatypes::{Int64Type, UInt64Type};
use datafusion::physical_plan::{collect, ExecutionPlanProperties};
use datafusion::prelude::SessionContext;
use privsql::stream::kafka_scans;
use privsql::{build_session, Config};

use crate::kafka_util::Tansu;

const BASE_TS: i64 = 1_700_000_000_000;

fn session() -> SessionContext {
    build_session(&Config::default()).expect("session")
}

async fn sql(ctx: &SessionContext, q: &str) -> Vec<RecordBatch> {
    ctx.sql(q)
        .await
        .unwrap_or_else(|e| panic!("{q}: {e}"))
        .collect()
        .await
        .unwrap_or_else(|e| panic!("{q}: {e}"))
}

/// Run a query, returning its batches and the sum of a scan metric over its Kafka scans.
async fn sql_with_metric(ctx: &SessionContext, q: &str, metric: &str) -> (Vec<RecordBatch>, usize) {
    let plan = ctx
        .sql(q)
        .await
        .unwrap()
        .create_physical_plan()
        .await
        .unwrap();
    let out = collect(Arc::clone(&plan), ctx.task_ctx())
        .await
        .unwrap_or_else(|e| panic!("{q}: {e}"));
    let n = kafka_scans(&plan)
        .iter()
        .filter_map(|s| s.metrics())
        .map(|m| m.sum_by_name(metric).map_or(0, |v| v.as_usize()))
        .sum();
    (out, n)
}

fn i64s(batches: &[RecordBatch], col: usize) -> Vec<i64> {
    batches
        .iter()
        .flat_map(|b| {
            let c = datafusion::arrow::compute::cast(
                b.column(col),
                &datafusion::arrow::datatypes::DataType::Int64,
            )
            .unwrap();
            c.as_primitive::<Int64Type>()
                .iter()
                .map(|v| v.unwrap_or(i64::MIN))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn one_i64(batches: &[RecordBatch], col: usize) -> i64 {
    let v = i64s(batches, col);
    assert_eq!(v.len(), 1, "expected one row");
    v[0]
}

fn json(id: i64) -> Vec<u8> {
    format!(r#"{{"id":{id},"text":"please delete my account {id}"}}"#).into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bounded_read_of_200k_json_messages_over_3_partitions() {
    let broker = Tansu::start();
    broker.create_topic("events", 3).await;
    const N: i64 = 200_000;
    broker
        .produce(
            "events",
            (0..N).map(|i| {
                (
                    (i % 3) as i32,
                    Some(i.to_string().into_bytes()),
                    Some(json(i)),
                    Some(BASE_TS + i),
                )
            }),
        )
        .await;
    assert_eq!(
        broker.high_watermarks("events", 3),
        vec![66_667, 66_667, 66_666]
    );

    let ctx = session();
    let loc = format!("kafka://{}/events", broker.bootstrap());
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE events (id BIGINT, text VARCHAR, _topic VARCHAR, _partition INT, _offset BIGINT, \
         _timestamp TIMESTAMP, _key VARCHAR) STORED AS KAFKA LOCATION '{loc}'"
    ))
    .await;

    // Every message exactly once.
    let (out, read) = sql_with_metric(
        &ctx,
        "SELECT count(*), count(DISTINCT id), min(id), max(id), sum(id) FROM events",
        "messages_read",
    )
    .await;
    assert_eq!(
        (0..5).map(|c| one_i64(&out, c)).collect::<Vec<_>>(),
        vec![N, N, 0, N - 1, N * (N - 1) / 2]
    );
    assert_eq!(read, N as usize);

    // One DataFusion partition per Kafka partition.
    let plan = ctx
        .sql("SELECT id FROM events")
        .await
        .unwrap()
        .create_physical_plan()
        .await
        .unwrap();
    let scan = &kafka_scans(&plan)[0];
    assert_eq!(
        scan.output_partitioning().partition_count(),
        3.min(ctx.copied_config().target_partitions()),
        "one DataFusion partition per Kafka partition, grouped down to target_partitions"
    );

    // Metadata columns: message i went to partition i % 3 at offset i / 3, keyed and stamped.
    let out = sql(
        &ctx,
        &format!(
            "SELECT count(*) FROM events WHERE _topic <> 'events' OR _partition <> id % 3 OR _offset <> id / 3 \
             OR _key <> CAST(id AS VARCHAR) OR _timestamp <> to_timestamp_millis({BASE_TS} + id) \
             OR text <> concat('please delete my account ', CAST(id AS VARCHAR))"
        ),
    )
    .await;
    assert_eq!(
        one_i64(&out, 0),
        0,
        "every metadata column matches the message"
    );

    // Offset and partition filters are seeks: only the messages asked for are read.
    let (out, read) = sql_with_metric(
        &ctx,
        "SELECT count(*), min(_offset), max(_offset), min(id) FROM events \
         WHERE _partition = 1 AND _offset >= 1000 AND _offset < 1100",
        "messages_read",
    )
    .await;
    assert_eq!(
        (0..4).map(|c| one_i64(&out, c)).collect::<Vec<_>>(),
        vec![100, 1000, 1099, 3001]
    );
    assert_eq!(
        read, 100,
        "the filter on _partition and _offset bounds the read"
    );

    let (out, read) = sql_with_metric(
        &ctx,
        "SELECT count(*) FROM events WHERE _offset BETWEEN 66000 AND 70000 AND _partition IN (0, 2)",
        "messages_read",
    )
    .await;
    assert_eq!(one_i64(&out, 0), 667 + 666);
    assert_eq!(read, 667 + 666);

    // A timestamp lower bound seeks each partition to the first message at or after it.
    let (out, read) = sql_with_metric(
        &ctx,
        &format!(
            "SELECT count(*), min(id) FROM events WHERE _timestamp >= to_timestamp_millis({})",
            BASE_TS + N - 3000
        ),
        "messages_read",
    )
    .await;
    assert_eq!((one_i64(&out, 0), one_i64(&out, 1)), (3000, N - 3000));
    // The seek itself is not asserted: tansu 0.6 answers the by-time offset lookup with write
    // times, not message timestamps, so on it the read starts at the first batch.
    assert!(read >= 3000);

    // Start positions: per-partition offsets, and latest (nothing yet).
    sql(
        &ctx,
        &format!(
        "CREATE EXTERNAL TABLE tail (id BIGINT, _partition INT) STORED AS KAFKA LOCATION '{loc}' \
         OPTIONS (start '0:66000,1:66000,2:66000')"
    ),
    )
    .await;
    assert_eq!(
        one_i64(&sql(&ctx, "SELECT count(*) FROM tail").await, 0),
        667 + 667 + 666
    );
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE latest (id BIGINT) STORED AS KAFKA LOCATION '{loc}' OPTIONS (start 'latest')"
    ))
    .await;
    assert_eq!(
        one_i64(&sql(&ctx, "SELECT count(*) FROM latest").await, 0),
        0
    );
    // `start 'timestamp:...'` is not tested here for the same reason (tansu's by-time lookup).
}

/// Messages 0..7 of topic `mixed`: good, truncated, good, wrong type, not JSON, no value, good.
async fn mixed_topic(broker: &Tansu, topic: &str) {
    broker.create_topic(topic, 1).await;
    let values: Vec<Option<&str>> = vec![
        Some(r#"{"id":1,"text":"a"}"#),
        Some(r#"{"id":2,"text":"SECRET-PAYLOAD"#),
        Some(r#"{"id":3,"text":"c"}"#),
        Some(r#"{"id":"SECRET-four","text":"d"}"#),
        Some("SECRET not json"),
        None,
        Some(r#"{"id":7,"text":"g"}"#),
    ];
    broker
        .produce(
            topic,
            values.into_iter().map(|v| {
                (
                    0,
                    Some(b"k".to_vec()),
                    v.map(|v| v.as_bytes().to_vec()),
                    None,
                )
            }),
        )
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_messages_under_each_on_error_mode() {
    let broker = Tansu::start();
    mixed_topic(&broker, "mixed").await;
    broker.create_topic("dlq", 1).await;
    let ctx = session();
    let loc = format!("kafka://{}/mixed", broker.bootstrap());

    // fail (the default): the first bad message stops the query, named by its coordinates.
    sql(&ctx, &format!("CREATE EXTERNAL TABLE strict (id BIGINT, text VARCHAR) STORED AS KAFKA LOCATION '{loc}'")).await;
    let err = ctx
        .sql("SELECT id FROM strict")
        .await
        .unwrap()
        .collect()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("topic mixed partition 0 offset 1"), "{err}");
    assert!(
        !err.contains("SECRET"),
        "errors must not show message values: {err}"
    );

    // skip: the good ones come through, the bad ones are counted.
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE lenient (id BIGINT, text VARCHAR) STORED AS KAFKA LOCATION '{loc}' OPTIONS (on_error 'skip')"
    ))
    .await;
    let (out, skipped) =
        sql_with_metric(&ctx, "SELECT id FROM lenient ORDER BY id", "errors_skipped").await;
    assert_eq!(i64s(&out, 0), vec![1, 3, 7]);
    assert_eq!(skipped, 4);

    // dead_letter: the bad ones are copied, with the error and their coordinates, to a topic.
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE routed (id BIGINT, text VARCHAR, _offset BIGINT) STORED AS KAFKA LOCATION '{loc}' \
         OPTIONS (on_error 'dead_letter', dead_letter_topic 'dlq')"
    ))
    .await;
    let (out, dead) = sql_with_metric(
        &ctx,
        "SELECT id, _offset FROM routed ORDER BY id",
        "dead_lettered",
    )
    .await;
    assert_eq!(i64s(&out, 0), vec![1, 3, 7]);
    assert_eq!(i64s(&out, 1), vec![0, 2, 6]);
    assert_eq!(dead, 4);
    let dl = broker.consume_all("dlq", 1);
    let offsets: Vec<String> = dl
        .iter()
        .map(|m| {
            m.headers
                .iter()
                .find(|(k, _)| k == "privsql.offset")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(offsets, vec!["1", "3", "4", "5"]);
    assert_eq!(
        dl[0].value.as_deref(),
        Some(br#"{"id":2,"text":"SECRET-PAYLOAD"#.as_slice()),
        "the payload is copied as is"
    );
    assert_eq!(
        dl[3].value, None,
        "a message without value stays without value"
    );
    for m in &dl {
        assert_eq!(m.key.as_deref(), Some(b"k".as_slice()));
        let err = &m
            .headers
            .iter()
            .find(|(k, _)| k == "privsql.error")
            .expect("an error header")
            .1;
        assert!(!err.is_empty() && !err.contains("SECRET"), "{err}");
        assert!(m
            .headers
            .contains(&("privsql.topic".into(), "mixed".into())));
    }

    // CSV and raw formats go through the same modes.
    broker.create_topic("csvs", 1).await;
    let rows = [
        "1,alpha",
        "2",
        "3,\"gamma, with comma\"",
        "x,delta",
        "5,\"multi\nline\"",
    ];
    broker
        .produce(
            "csvs",
            rows.iter()
                .map(|r| (0, None, Some(r.as_bytes().to_vec()), None)),
        )
        .await;
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE csvs (id BIGINT, text VARCHAR) STORED AS KAFKA LOCATION 'kafka://{}/csvs' \
         OPTIONS (format 'csv', on_error 'skip')",
        broker.bootstrap()
    ))
    .await;
    let out = sql(&ctx, "SELECT id, text FROM csvs ORDER BY id").await;
    assert_eq!(i64s(&out, 0), vec![1, 3, 5]);
    let texts: Vec<String> = out
        .iter()
        .flat_map(|b| {
            datafusion::arrow::compute::cast(
                b.column(1),
                &datafusion::arrow::datatypes::DataType::Utf8,
            )
            .unwrap()
            .as_string::<i32>()
            .iter()
            .map(|s| s.unwrap().to_string())
            .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(texts, vec!["alpha", "gamma, with comma", "multi\nline"]);

    broker.create_topic("bytes", 1).await;
    broker
        .produce(
            "bytes",
            [
                (0, None, Some(b"ok".to_vec()), None),
                (0, None, Some(vec![0xff, 0xfe]), None),
            ],
        )
        .await;
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE raw_text (line VARCHAR) STORED AS KAFKA LOCATION 'kafka://{}/bytes' OPTIONS (format 'raw')",
        broker.bootstrap()
    ))
    .await;
    let err = ctx
        .sql("SELECT line FROM raw_text")
        .await
        .unwrap()
        .collect()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("offset 1") && err.contains("not UTF-8"),
        "{err}"
    );
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE raw_bytes (line BYTEA) STORED AS KAFKA LOCATION 'kafka://{}/bytes' OPTIONS (format 'raw')",
        broker.bootstrap()
    ))
    .await;
    assert_eq!(
        one_i64(&sql(&ctx, "SELECT count(line) + 2 FROM raw_bytes").await, 0),
        4
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insert_into_produces_one_message_per_row_with_keys() {
    let broker = Tansu::start();
    broker.create_topic("out", 2).await;
    let ctx = session();
    let loc = format!("kafka://{}/out", broker.bootstrap());
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE out_json (id BIGINT, text VARCHAR, _partition INT, _key VARCHAR) STORED AS KAFKA LOCATION '{loc}'"
    ))
    .await;
    let out = sql(
        &ctx,
        "INSERT INTO out_json SELECT v AS id, concat('line ', v, chr(10), 'two') AS text, CAST(v % 2 AS INT), \
         CAST(v * 10 AS VARCHAR) FROM generate_series(1, 5000) AS t(v)",
    )
    .await;
    assert_eq!(
        out[0].column(0).as_primitive::<UInt64Type>().value(0),
        5000,
        "the row count is confirmed"
    );
    assert_eq!(
        broker.high_watermarks("out", 2),
        vec![2500, 2500],
        "_partition routes the rows"
    );

    let back = sql(
        &ctx,
        "SELECT count(*), count(DISTINCT id), sum(CASE WHEN _key = CAST(id * 10 AS VARCHAR) AND _partition = id % 2 \
         AND text = concat('line ', id, chr(10), 'two') THEN 1 ELSE 0 END) FROM out_json",
    )
    .await;
    assert_eq!(
        (0..3).map(|c| one_i64(&back, c)).collect::<Vec<_>>(),
        vec![5000, 5000, 5000]
    );
    let msgs = broker.consume_all("out", 2);
    let first = msgs
        .iter()
        .find(|m| m.key.as_deref() == Some(b"10".as_slice()))
        .expect("key 10");
    assert_eq!(
        first.value.as_deref(),
        Some(br#"{"id":1,"text":"line 1\ntwo"}"#.as_slice()),
        "metadata columns stay out of the value"
    );

    // CSV with a key column that stays in the value.
    broker.create_topic("out_csv", 1).await;
    sql(&ctx, &format!(
        "CREATE EXTERNAL TABLE out_csv (id BIGINT, text VARCHAR) STORED AS KAFKA LOCATION 'kafka://{}/out_csv' \
         OPTIONS (format 'csv', key_column 'id')",
        broker.bootstrap()
    ))
    .await;
    sql(
        &ctx,
        "INSERT INTO out_csv VALUES (1, 'plain'), (2, 'with, comma'), (3, 'two\nlines')",
    )
    .await;
    let msgs = broker.consume_all("out_csv", 1);
    let got: Vec<(String, String)> = msgs
        .iter()
        .map(|m| {
            (
                String::from_utf8_lossy(m.key.as_deref().unwrap()).into(),
                String::from_utf8_lossy(m.value.as_deref().unwrap()).into(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("1".into(), "1,plain".into()),
            ("2".into(), "2,\"with, comma\"".into()),
            ("3".into(), "3,\"two\nlines\"".into())
        ]
    );
    let back = sql(&ctx, "SELECT text FROM out_csv ORDER BY id").await;
    let texts: Vec<String> = back
        .iter()
        .flat_map(|b| {
            datafusion::arrow::compute::cast(
                b.column(0),
                &datafusion::arrow::datatypes::DataType::Utf8,
            )
            .unwrap()
            .as_string::<i32>()
            .iter()
            .map(|s| s.unwrap().to_string())
            .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(texts, vec!["plain", "with, comma", "two\nlines"]);

    let err = ctx.sql("INSERT OVERWRITE out_csv VALUES (4, 'x')").await;
    let err = match err {
        Ok(df) => df.collect().await.unwrap_err().to_string(),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("append-only"), "{err}");
}

fn privsql_stream(pipeline: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_privsql"))
        .args(["stream", "-f"])
        .arg(pipeline)
        .env("PRIVSQL_KAFKA__POLL_INTERVAL_MS", "50")
        .env_remove("PRIVSQL_CONFIG")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start privsql stream")
}

fn sink_ids(broker: &Tansu) -> Vec<i64> {
    broker
        .consume_all("routed", 3)
        .iter()
        .map(|m| {
            let v: serde_json::Value =
                serde_json::from_slice(m.value.as_deref().expect("a value")).expect("JSON");
            v["id"].as_i64().expect("an id")
        })
        .collect()
}

fn wait_for(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn continuous_pipeline_survives_a_kill_and_loses_nothing() {
    let broker = Tansu::start();
    broker.create_topic("requests", 3).await;
    broker.create_topic("routed", 3).await;
    const FIRST: i64 = 30_000;
    const SECOND: i64 = 10_000;
    broker
        .produce(
            "requests",
            (0..FIRST).map(|i| ((i % 3) as i32, None, Some(json(i)), None)),
        )
        .await;

    let dir = tempfile::tempdir().unwrap();
    let pipeline = dir.path().join("pipeline.sql");
    std::fs::write(
        &pipeline,
        format!(
            "CREATE EXTERNAL TABLE requests (id BIGINT, text VARCHAR, _partition INT, _offset BIGINT) STORED AS KAFKA \
             LOCATION 'kafka://{b}/requests' OPTIONS (group_id 'router', max_messages '700');\n\
             CREATE EXTERNAL TABLE routed (id BIGINT, kind VARCHAR, source VARCHAR) STORED AS KAFKA \
             LOCATION 'kafka://{b}/routed' OPTIONS (key_column 'id');\n\
             INSERT INTO routed SELECT id, classify_intent(text), concat(_partition, '/', _offset) FROM requests;\n",
            b = broker.bootstrap()
        ),
    )
    .unwrap();

    // First run: killed (SIGKILL, no chance to commit) part-way.
    let mut first = privsql_stream(&pipeline);
    wait_for("the first micro-batches", 120, || {
        if let Ok(Some(status)) = first.try_wait() {
            let mut err = String::new();
            use std::io::Read;
            first.stderr.take().map(|mut e| e.read_to_string(&mut err));
            panic!("privsql stream exited early ({status}): {err}");
        }
        broker.high_watermarks("routed", 3).iter().sum::<i64>() >= 4_000
    });
    first.kill().unwrap();
    first.wait().unwrap();
    let written: i64 = broker.high_watermarks("routed", 3).iter().sum();
    assert!(
        written < FIRST,
        "the pipeline was killed mid-stream ({written} rows out)"
    );

    // More input arrives while it is down; the second run resumes from the committed offsets.
    broker
        .produce(
            "requests",
            (FIRST..FIRST + SECOND).map(|i| ((i % 3) as i32, None, Some(json(i)), None)),
        )
        .await;
    let second = privsql_stream(&pipeline);
    wait_for("every request in the sink", 180, || {
        sink_ids(&broker).into_iter().collect::<BTreeSet<_>>().len() as i64 == FIRST + SECOND
    });

    // A graceful stop commits what it finished.
    let status = Command::new("kill")
        .args(["-TERM", &second.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = second.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "privsql stream failed: {stderr}");
    assert!(stderr.contains("stopped, all committed"), "{stderr}");
    // Progress lines (info, as stderr is not a terminal) with counts only; no ERROR noise from
    // the end-of-partition events bounded reads ask for.
    assert!(
        stderr.contains("rate=") && stderr.contains("lag=[requests/"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("PartitionEOF") && !stderr.contains("ERROR"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("please delete"),
        "no payload in logs: {stderr}"
    );
    assert_eq!(
        broker.committed("requests", 3, "router"),
        broker.high_watermarks("requests", 3)
    );

    let ids = sink_ids(&broker);
    let unique: BTreeSet<i64> = ids.iter().copied().collect();
    assert_eq!(
        unique,
        (0..FIRST + SECOND).collect::<BTreeSet<_>>(),
        "every input id is in the sink"
    );
    assert!(ids.len() as i64 >= FIRST + SECOND);
    // classify_intent ran on every row: each message carries a label of the default model.
    let labels = [
        "access",
        "deletion",
        "rectification",
        "opt_out_sale",
        "opt_out_marketing",
        "consent_withdrawal",
        "none",
    ];
    let mut deletions = 0usize;
    for m in broker.consume_all("routed", 3) {
        let v: serde_json::Value = serde_json::from_slice(m.value.as_deref().unwrap()).unwrap();
        let kind = v["kind"]
            .as_str()
            .unwrap_or_else(|| panic!("a non-null label: {v}"));
        assert!(labels.contains(&kind), "an intent label, got {kind}");
        deletions += usize::from(kind == "deletion");
    }
    assert!(
        deletions * 10 >= ids.len() * 9,
        "'please delete my account' is a deletion request ({deletions} of {})",
        ids.len()
    );
}

const REQUEST_AVSC: &str = r#"{"type": "record", "name": "Request", "namespace": "privsql.test", "fields": [
  {"name": "id", "type": "long"},
  {"name": "text", "type": "string"},
  {"name": "channel", "type": ["null", "string"], "default": null}]}"#;

/// `n` requests as Avro records framed by `strategy` (None: the bare datum), one payload each,
/// written by arrow-avro's encoder (the same library a Java or Python writer is checked
/// against in arrow-avro's own tests).
fn avro_payloads(ids: std::ops::Range<i64>, strategy: Option<u32>) -> Vec<Vec<u8>> {
    use arrow_avro::schema::{FingerprintStrategy, SCHEMA_METADATA_KEY};
    use arrow_avro::writer::format::{AvroBinaryFormat, AvroSoeFormat};
    use arrow_avro::writer::WriterBuilder;
    use datafusion::arrow::array::{Int64Array, StringArray};
    use datafusion::arrow::datatypes::{DataType, Field, Schema};
    let schema = Schema::new_with_metadata(
        vec![
            Field::new("id", DataType::Int64, false),
            Field::new("text", DataType::Utf8, false),
            Field::new("channel", DataType::Utf8, true),
        ],
        [(SCHEMA_METADATA_KEY.to_string(), REQUEST_AVSC.to_string())].into(),
    );
    let batch = RecordBatch::try_new(
        Arc::new(schema.clone()),
        vec![
            Arc::new(Int64Array::from_iter_values(ids.clone())),
            Arc::new(StringArray::from_iter_values(
                ids.clone().map(|i| format!("please delete my account {i}")),
            )),
            Arc::new(StringArray::from_iter(
                ids.clone()
                    .map(|i| (i % 2 == 0).then(|| format!("ch{}", i % 5))),
            )),
        ],
    )
    .unwrap();
    let builder = WriterBuilder::new(schema);
    let mut enc = match strategy {
        None => builder.build_encoder::<AvroBinaryFormat>().unwrap(),
        Some(id) => builder
            .with_fingerprint_strategy(FingerprintStrategy::Id(id))
            .build_encoder::<AvroSoeFormat>()
            .unwrap(),
    };
    enc.encode(&batch).unwrap();
    enc.flush().iter().map(|b| b.to_vec()).collect()
}

fn expected_request_rows(ids: std::ops::Range<i64>) -> Vec<String> {
    ids.map(|i| {
        let channel = if i % 2 == 0 {
            format!("ch{}", i % 5)
        } else {
            "NULL".into()
        };
        format!("{i}|please delete my account {i}|{channel}")
    })
    .collect()
}

/// `id|text|channel` rows of a query's three first columns.
fn request_rows(batches: &[RecordBatch]) -> Vec<String> {
    let mut out = Vec::new();
    for b in batches {
        let ids = datafusion::arrow::compute::cast(
            b.column(0),
            &datafusion::arrow::datatypes::DataType::Int64,
        )
        .unwrap();
        let texts = datafusion::arrow::compute::cast(
            b.column(1),
            &datafusion::arrow::datatypes::DataType::Utf8,
        )
        .unwrap();
        let chans = datafusion::arrow::compute::cast(
            b.column(2),
            &datafusion::arrow::datatypes::DataType::Utf8,
        )
        .unwrap();
        let (ids, texts, chans) = (
            ids.as_primitive::<Int64Type>(),
            texts.as_string::<i32>(),
            chans.as_string::<i32>(),
        );
        for r in 0..b.num_rows() {
            out.push(format!(
                "{}|{}|{}",
                ids.value(r),
                texts.value(r),
                if chans.is_valid(r) {
                    chans.value(r)
                } else {
                    "NULL"
                }
            ));
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn avro_values_round_trip_through_the_broker() {
    let broker = Tansu::start();
    broker.create_topic("avro_raw", 2).await;
    broker.create_topic("avro_confluent", 2).await;
    const N: i64 = 5_000;
    let b = broker.bootstrap();

    // Bare Avro datums from a writer, with one value that is not Avro among them.
    let mut payloads: Vec<(i32, Option<Vec<u8>>, Option<Vec<u8>>, Option<i64>)> =
        avro_payloads(0..N, None)
            .into_iter()
            .enumerate()
            .map(|(i, v)| ((i % 2) as i32, None, Some(v), None))
            .collect();
    // A string length of -1 (zig-zag 0x01) where text starts: not a valid record.
    payloads.push((1, None, Some(vec![0x02, 0x01, 0x00]), None));
    broker.produce("avro_raw", payloads).await;

    let ctx = session();
    sql(
        &ctx,
        &format!(
            "CREATE EXTERNAL TABLE raw_fail (id BIGINT, text VARCHAR, channel VARCHAR) STORED AS KAFKA \
             LOCATION 'kafka://{b}/avro_raw' OPTIONS (format 'avro', 'avro.schema' '{REQUEST_AVSC}')"
        ),
    )
    .await;
    let err = ctx
        .sql("SELECT count(*) FROM raw_fail")
        .await
        .unwrap()
        .collect()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("avro_raw partition 1 offset 2500") && err.contains("not valid Avro"),
        "{err}"
    );
    assert!(
        !err.contains("please delete"),
        "no payload in errors: {err}"
    );

    sql(
        &ctx,
        &format!(
            "CREATE EXTERNAL TABLE raw_skip (id BIGINT, text VARCHAR, channel VARCHAR, _partition INT) STORED AS KAFKA \
             LOCATION 'kafka://{b}/avro_raw' OPTIONS (format 'avro', 'avro.schema_file' '{}', on_error 'skip')",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sql/kafka/request.avsc")
        ),
    )
    .await;
    let (rows, skipped) = sql_with_metric(
        &ctx,
        "SELECT id, text, channel FROM raw_skip ORDER BY id",
        "errors_skipped",
    )
    .await;
    assert_eq!(
        request_rows(&rows),
        expected_request_rows(0..N),
        "every record read back exactly"
    );
    assert_eq!(skipped, 1, "the one bad value was skipped and counted");

    // The sink writes Confluent-framed records; they read back exactly, and the framing is real.
    sql(
        &ctx,
        &format!(
            "CREATE EXTERNAL TABLE confluent (id BIGINT, text VARCHAR, channel VARCHAR) STORED AS KAFKA \
             LOCATION 'kafka://{b}/avro_confluent' OPTIONS (format 'avro', 'avro.schema' '{REQUEST_AVSC}', \
             'avro.encoding' 'confluent', 'avro.schema_id' '42')"
        ),
    )
    .await;
    let inserted = sql(
        &ctx,
        "INSERT INTO confluent SELECT id, text, channel FROM raw_skip WHERE id < 1000",
    )
    .await;
    assert_eq!(one_i64(&inserted, 0), 1000);
    let written = broker.consume_all("avro_confluent", 2);
    assert_eq!(written.len(), 1000);
    for m in &written {
        let v = m.value.as_deref().unwrap();
        assert_eq!(&v[..5], &[0, 0, 0, 0, 42], "magic byte and schema id 42");
    }
    let back = sql(&ctx, "SELECT id, text, channel FROM confluent ORDER BY id").await;
    assert_eq!(request_rows(&back), expected_request_rows(0..1000));
    // The same bytes as a writer with the Confluent serializer frames them.
    assert!(written
        .iter()
        .any(|m| m.value.as_deref() == Some(avro_payloads(7..8, Some(42))[0].as_slice())));

    // A table that expects another schema id skips (and counts) every message.
    sql(
        &ctx,
        &format!(
            "CREATE EXTERNAL TABLE other_id (id BIGINT) STORED AS KAFKA LOCATION 'kafka://{b}/avro_confluent' \
             OPTIONS (format 'avro', 'avro.schema' '{REQUEST_AVSC}', 'avro.encoding' 'confluent', \
             'avro.schema_id' '7', on_error 'skip')"
        ),
    )
    .await;
    let (rows, skipped) = sql_with_metric(&ctx, "SELECT id FROM other_id", "errors_skipped").await;
    assert_eq!(rows.iter().map(|b| b.num_rows()).sum::<usize>(), 0);
    assert_eq!(skipped, 1000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headers_are_written_and_read_as_a_column() {
    let broker = Tansu::start();
    broker.create_topic("traced", 1).await;
    let b = broker.bootstrap();
    let ctx = session();
    sql(
        &ctx,
        &format!(
            "CREATE EXTERNAL TABLE traced (id BIGINT, _headers STRUCT<key VARCHAR, value VARCHAR>[]) \
             STORED AS KAFKA LOCATION 'kafka://{b}/traced'"
        ),
    )
    .await;
    let n = sql(
        &ctx,
        "INSERT INTO traced VALUES \
         (1, [named_struct('key', 'trace', 'value', 'abc'), named_struct('key', 'source', 'value', 'web')]), \
         (2, []), \
         (3, [named_struct('key', 'trace', 'value', CAST(NULL AS VARCHAR))])",
    )
    .await;
    assert_eq!(one_i64(&n, 0), 3);
    let raw = broker.consume_all("traced", 1);
    assert_eq!(
        raw.iter().map(|m| m.headers.clone()).collect::<Vec<_>>(),
        vec![
            vec![
                ("trace".to_string(), "abc".to_string()),
                ("source".to_string(), "web".to_string())
            ],
            vec![],
            vec![("trace".to_string(), String::new())],
        ]
    );
    let got = sql(
        &ctx,
        "SELECT id, array_length(_headers), _headers[1]['key'], _headers[1]['value'], _headers[2]['value'], \
         _headers[1]['value'] IS NULL \
         FROM traced ORDER BY id",
    )
    .await;
    let text = datafusion::arrow::util::pretty::pretty_format_batches(&got)
        .unwrap()
        .to_string();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("| "))
        .skip(1)
        .collect();
    let squash = |l: &str| l.split('|').map(str::trim).collect::<Vec<_>>().join("|");
    assert_eq!(
        lines.iter().map(|l| squash(l)).collect::<Vec<_>>(),
        vec![
            "|1|2|trace|abc|web|false|",
            "|2|0||||true|",
            "|3|1|trace|||true|"
        ],
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_metrics_count_messages_errors_and_lag() {
    use privsql::sources::kafka::metrics::registry;
    use privsql::stream::run_pipeline;

    let broker = Tansu::start();
    broker.create_topic("inbox", 3).await;
    broker.create_topic("outbox", 1).await;
    const GOOD: i64 = 3_000;
    let mut msgs: Vec<_> = (0..GOOD)
        .map(|i| ((i % 3) as i32, None, Some(json(i)), None))
        .collect();
    for p in 0..3 {
        msgs.push((p, None, Some(b"{not json".to_vec()), None));
    }
    broker.produce("inbox", msgs).await;
    let b = broker.bootstrap();
    let script = format!(
        "CREATE EXTERNAL TABLE inbox (id BIGINT, text VARCHAR) STORED AS KAFKA LOCATION 'kafka://{b}/inbox' \
         OPTIONS (group_id 'metered', on_error 'skip', max_messages '400');\n\
         CREATE EXTERNAL TABLE outbox (id BIGINT) STORED AS KAFKA LOCATION 'kafka://{b}/outbox';\n\
         INSERT INTO outbox SELECT id FROM inbox;\n"
    );
    let config = Config::default();
    let ctx = build_session(&config).unwrap();
    let metrics = registry().pipeline("metrics-test");
    let (tx, rx) = tokio::sync::watch::channel(false);
    let watched = Arc::clone(&metrics);
    let stopper = tokio::spawn(async move {
        let deadline = Instant::now() + Duration::from_secs(180);
        while watched.messages.load(std::sync::atomic::Ordering::Relaxed) < (GOOD + 3) as u64 {
            assert!(
                Instant::now() < deadline,
                "the pipeline did not read its input"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        tx.send(true).unwrap();
    });
    let mut seen = 0u64;
    let done = run_pipeline(&ctx, &script, &config.kafka, rx, &metrics, &mut |_| {
        seen += 1
    })
    .await
    .expect("pipeline");
    stopper.await.unwrap();

    let load = |c: &std::sync::atomic::AtomicU64| c.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(load(&metrics.messages), (GOOD + 3) as u64);
    assert_eq!(load(&metrics.errors_skipped), 3);
    assert_eq!(load(&metrics.dead_lettered), 0);
    assert_eq!(load(&metrics.rows_written), GOOD as u64);
    assert!(
        load(&metrics.batches) >= 3,
        "max_messages 400 per partition: several micro-batches"
    );
    assert_eq!(load(&metrics.batches), seen);
    assert_eq!(load(&metrics.batches), done.batches);
    assert!(load(&metrics.bytes) > 0);
    assert_eq!(
        metrics.lag(),
        vec![
            ("inbox".to_string(), 0, 0),
            ("inbox".to_string(), 1, 0),
            ("inbox".to_string(), 2, 0)
        ]
    );
    assert_eq!(broker.high_watermarks("outbox", 1), vec![GOOD]);
    // Each partition was read to its end: the committed offset is its high-water mark.
    let ends = broker.high_watermarks("inbox", 3);
    assert_eq!(ends, vec![1001, 1001, 1001]);
    let committed: Vec<i64> = metrics.committed().into_iter().map(|(_, _, o)| o).collect();
    assert_eq!(committed, ends);

    // Exported to Prometheus, per pipeline, topic and partition.
    privsql::observe::register_process(&ctx);
    let text = privsql::observe::text();
    use crate::observe_util::sample;
    for p in ["0", "1", "2"] {
        let labels = [("pipeline", "metrics-test"), ("topic", "inbox"), ("partition", p)];
        assert_eq!(sample(&text, "privsql_kafka_committed_offset", &labels), Some(1001.0), "{text}");
        assert_eq!(sample(&text, "privsql_kafka_lag_messages", &labels), Some(0.0), "{text}");
    }
    assert_eq!(sample(&text, "privsql_kafka_messages_total", &[("pipeline", "metrics-test")]), Some(3003.0), "{text}");

    // The same figures through SQL, for whoever exports them.
    let rows = sql(
        &ctx,
        "SELECT metric, coalesce(topic || '/' || partition, ''), value FROM kafka_stream_metrics() \
         WHERE pipeline = 'metrics-test' AND metric IN ('messages', 'errors_skipped', 'rows_written', 'lag') \
         ORDER BY metric, partition",
    )
    .await;
    let text = datafusion::arrow::util::pretty::pretty_format_batches(&rows)
        .unwrap()
        .to_string();
    let lines: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("| "))
        .skip(1)
        .map(|l| {
            l.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            "errors_skipped 3.0".to_string(),
            "lag inbox/0 0.0".into(),
            "lag inbox/1 0.0".into(),
            "lag inbox/2 0.0".into(),
            "messages 3003.0".into(),
            "rows_written 3000.0".into(),
        ],
        "{text}"
    );
}
