//! Kafka source and sink against a real broker (tansu, started per test on a loopback port).

use std::collections::BTreeSet;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use datafusion::arrow::array::{AsArray, RecordBatch};
use datafusion::arrow::datatypes::{Int64Type, UInt64Type};
use datafusion::physical_plan::{collect, ExecutionPlanProperties};
use datafusion::prelude::SessionContext;
use privsql::sources::kafka::stream::kafka_scans;
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
             INSERT INTO routed SELECT id, CASE WHEN strpos(text, 'delete') > 0 THEN 'erasure' ELSE 'other' END, \
             concat(_partition, '/', _offset) FROM requests;\n",
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
    let erasures = broker
        .consume_all("routed", 3)
        .iter()
        .filter(|m| {
            String::from_utf8_lossy(m.value.as_deref().unwrap()).contains(r#""kind":"erasure""#)
        })
        .count();
    assert_eq!(
        erasures,
        ids.len(),
        "the SELECT's expressions were applied to each row"
    );
}
