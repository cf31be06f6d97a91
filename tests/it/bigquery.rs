//! BigQuery source and sink against a real emulator (bqemulator, started per test on loopback
//! ports): types, streams, pushdown, errors, INSERT, `bigquery_query` and the example pipeline.

use std::sync::Arc;

use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::util::pretty::pretty_format_batches;
use datafusion::physical_plan::{collect, displayable};
use datafusion::prelude::SessionContext;
use privsql::codec::PrivsqlCodec;
use privsql::{build_session, Config};
use serde_json::json;

use crate::bigquery_util::Emulator;

async fn sql(ctx: &SessionContext, q: &str) -> Vec<RecordBatch> {
    ctx.sql(q).await.unwrap_or_else(|e| panic!("{q}: {e}")).collect().await.unwrap_or_else(|e| panic!("{q}: {e}"))
}

async fn sql_err(ctx: &SessionContext, q: &str) -> String {
    let r = match ctx.sql(q).await {
        Ok(df) => df.collect().await.map(|_| ()),
        Err(e) => Err(e),
    };
    r.err().unwrap_or_else(|| panic!("{q}: succeeded")).to_string()
}

async fn text(ctx: &SessionContext, q: &str) -> String {
    pretty_format_batches(&sql(ctx, q).await).unwrap().to_string()
}

/// The physical plan of `q` as EXPLAIN prints it and, when `analyze`, the sum of each named
/// metric over its BigQuery scans after running it.
async fn plan_text(ctx: &SessionContext, q: &str, analyze: bool) -> (String, Vec<usize>) {
    let plan = ctx.sql(q).await.unwrap().create_physical_plan().await.unwrap();
    let text = displayable(plan.as_ref()).indent(false).to_string();
    if !analyze {
        return (text, Vec::new());
    }
    collect(Arc::clone(&plan), ctx.task_ctx()).await.unwrap_or_else(|e| panic!("{q}: {e}"));
    let mut scans = Vec::new();
    let mut todo = vec![Arc::clone(&plan)];
    while let Some(p) = todo.pop() {
        if p.name() == "BigQueryScanExec" {
            scans.push(Arc::clone(&p));
        }
        todo.extend(p.children().into_iter().cloned());
    }
    let metric = |name: &str| -> usize {
        scans.iter().filter_map(|s| s.metrics()).map(|m| m.sum_by_name(name).map_or(0, |v| v.as_usize())).sum()
    };
    let rows: usize = scans.iter().filter_map(|s| s.metrics()).filter_map(|m| m.output_rows()).sum();
    (text, vec![rows, metric("stream_retries")])
}

fn all_types_fields() -> serde_json::Value {
    // BIGNUMERIC is mapped (Decimal256(76, 38), see the unit tests) but the emulator cannot
    // store it (DuckDB decimals stop at 38 digits).
    json!([
        {"name": "i", "type": "INT64", "mode": "REQUIRED"},
        {"name": "f", "type": "FLOAT64"},
        {"name": "n", "type": "NUMERIC"},
        {"name": "b", "type": "BOOL"},
        {"name": "s", "type": "STRING"},
        {"name": "by", "type": "BYTES"},
        {"name": "d", "type": "DATE"},
        {"name": "dt", "type": "DATETIME"},
        {"name": "t", "type": "TIME"},
        {"name": "ts", "type": "TIMESTAMP"},
        {"name": "j", "type": "JSON"},
        {"name": "g", "type": "GEOGRAPHY"},
        {"name": "arr", "type": "INT64", "mode": "REPEATED"},
        {"name": "st", "type": "RECORD", "fields": [{"name": "x", "type": "STRING"}, {"name": "y", "type": "INT64"}]}
    ])
}

/// Every type written through the emulator's REST API reads back equal, with the Arrow types of
/// the mapping; the plan survives serialisation; and each mistake gets an error naming it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_type_round_trips_and_mistakes_are_named() {
    let emu = Emulator::start("p1");
    emu.create_dataset("d1");
    emu.create_table("d1", "all_types", all_types_fields());
    emu.insert_rows(
        "d1",
        "all_types",
        &[
            json!({"i": 1, "f": 1.5, "n": "123.456", "b": true, "s": "héllo 'quoted'", "by": "AQID",
                   "d": "2024-02-29", "dt": "2024-02-29T12:34:56.789", "t": "12:34:56.5",
                   "ts": "2024-02-29T12:34:56.123456Z", "j": "{\"a\":1}", "g": "POINT(1 2)",
                   "arr": [1, 2, 3], "st": {"x": "a", "y": 2}}),
            json!({"i": 2}),
        ],
    );
    let ctx = build_session(&emu.config()).unwrap();
    sql(&ctx, "CREATE EXTERNAL TABLE t STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/all_types'").await;

    let schema = ctx.table("t").await.unwrap().schema().as_arrow().clone();
    let types: Vec<String> =
        schema.fields().iter().map(|f| format!("{} {}{}", f.name(), f.data_type(), if f.is_nullable() { "" } else { " NOT NULL" })).collect();
    assert_eq!(
        types.join("\n"),
        "i Int64 NOT NULL\nf Float64\nn Decimal128(38, 9)\nb Boolean\ns Utf8\nby Binary\nd Date32\n\
         dt Timestamp(µs)\nt Time64(µs)\nts Timestamp(µs, \"UTC\")\nj Utf8\ng Utf8\narr List(Int64)\n\
         st Struct(\"x\": Utf8, \"y\": Int64)"
    );
    let got = text(&ctx, "SELECT * FROM t ORDER BY i").await;
    assert_eq!(got, "+---+-----+---------------+------+----------------+--------+------------+-------------------------+--------------+-----------------------------+---------+------------+-----------+--------------+\n| i | f   | n             | b    | s              | by     | d          | dt                      | t            | ts                          | j       | g          | arr       | st           |\n+---+-----+---------------+------+----------------+--------+------------+-------------------------+--------------+-----------------------------+---------+------------+-----------+--------------+\n| 1 | 1.5 | 123.456000000 | true | héllo 'quoted' | 010203 | 2024-02-29 | 2024-02-29T12:34:56.789 | 12:34:56.500 | 2024-02-29T12:34:56.123456Z | {\"a\":1} | POINT(1 2) | [1, 2, 3] | {x: a, y: 2} |\n| 2 |     |               |      |                |        |            |                         |              |                             |         |            |           |              |\n+---+-----+---------------+------+----------------+--------+------------+-------------------------+--------------+-----------------------------+---------+------------+-----------+--------------+");

    // The scan's plan, serialised and decoded in another session, reads the same rows.
    let plan = ctx.sql("SELECT i, s, g FROM t ORDER BY i").await.unwrap().create_physical_plan().await.unwrap();
    let codec = PrivsqlCodec::new(&emu.config());
    let bytes = datafusion_proto::bytes::physical_plan_to_bytes_with_extension_codec(Arc::clone(&plan), &codec).unwrap();
    let other = build_session(&emu.config()).unwrap();
    let decoded =
        datafusion_proto::bytes::physical_plan_from_bytes_with_extension_codec(&bytes, &other.task_ctx(), &codec).unwrap();
    let a = pretty_format_batches(&collect(plan, ctx.task_ctx()).await.unwrap()).unwrap().to_string();
    let b = pretty_format_batches(&collect(decoded, other.task_ctx()).await.unwrap()).unwrap().to_string();
    assert_eq!(a, b);
    assert!(a.contains("POINT(1 2)"), "{a}");

    // Mistakes, each named.
    let e = sql_err(&ctx, "CREATE EXTERNAL TABLE x STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/nope'").await;
    assert!(e.contains("BigQuery table p1.d1.nope does not exist in dataset p1.d1"), "{e}");
    let e = sql_err(&ctx, "CREATE EXTERNAL TABLE x STORED AS BIGQUERY LOCATION 'bigquery://p1/nods/t'").await;
    assert!(e.contains("BigQuery dataset p1.nods does not exist"), "{e}");
    let e = sql_err(&ctx, "CREATE EXTERNAL TABLE x STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/all_types' OPTIONS ('colour' 'red')").await;
    assert!(e.contains("unknown BigQuery option 'colour'"), "{e}");
    let e = sql_err(&ctx, "CREATE EXTERNAL TABLE x (i BIGINT, s INT) STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/all_types'").await;
    assert!(e.contains("'s' is Utf8 in BigQuery, declared Int32"), "{e}");
    let declared = "CREATE EXTERNAL TABLE y (s VARCHAR, i BIGINT NOT NULL) STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/all_types'";
    sql(&ctx, declared).await;
    assert_eq!(text(&ctx, "SELECT i, s FROM y WHERE i = 2").await, "+---+---+\n| i | s |\n+---+---+\n| 2 |   |\n+---+---+");

    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.json");
    std::fs::write(&key, "{\"type\": \"service_account\", \"private_key\": \"NOT-A-KEY-SECRET\"}").unwrap();
    let mut config = emu.config();
    config.bigquery.auth = privsql::config::BigQueryAuth::ServiceAccount;
    config.bigquery.credentials_file = Some(key.clone());
    let bad = build_session(&config).unwrap();
    let e = sql_err(&bad, "CREATE EXTERNAL TABLE x STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/all_types'").await;
    assert!(e.contains("bigquery.credentials_file") && e.contains("key.json"), "{e}");
    assert!(!e.contains("NOT-A-KEY-SECRET"), "{e}");
}

/// 100,000 rows made by a query in the emulator read back exactly over several streams; the
/// projection and the filters reach the read session (its stream schema, the rows it sends) and
/// a LIMIT stops the streams; `bigquery_query` runs a query in BigQuery itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundred_thousand_rows_over_streams_with_pushdown() {
    let emu = Emulator::start("p1");
    emu.create_dataset("d1");
    emu.query(
        "CREATE TABLE d1.big AS SELECT x AS id, MOD(x, 7) AS bucket, CONCAT('row-', CAST(x AS STRING)) AS label \
         FROM UNNEST(GENERATE_ARRAY(1, 100000)) AS x",
    );
    let mut config: Config = emu.config();
    config.engine.target_partitions = 4;
    let ctx = build_session(&config).unwrap();
    sql(&ctx, "CREATE EXTERNAL TABLE big STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/big'").await;

    let q = "SELECT count(*) AS n, sum(id) AS total, count(DISTINCT label) AS labels, min(id) AS lo, max(id) AS hi FROM big";
    assert_eq!(
        text(&ctx, q).await,
        "+--------+------------+--------+----+--------+\n| n      | total      | labels | lo | hi     |\n+--------+------------+--------+----+--------+\n| 100000 | 5000050000 | 100000 | 1  | 100000 |\n+--------+------------+--------+----+--------+"
    );
    let (plan, _) = plan_text(&ctx, "SELECT id, label FROM big", false).await;
    assert!(plan.contains("BigQueryScanExec: table=p1.d1.big, streams=4, stream_columns=[id, label]"), "{plan}");

    // Pushed: the comparison on bucket (the server sends only matching rows, and only the
    // selected column); kept: the LIKE, in a FilterExec above the scan.
    let q = "SELECT label FROM big WHERE bucket = 3 AND label LIKE 'row-1%'";
    let (plan, metrics) = plan_text(&ctx, q, true).await;
    assert!(plan.contains("stream_columns=[label], row_restriction=`bucket` = 3"), "{plan}");
    assert!(plan.contains("FilterExec: label@0 LIKE row-1%"), "{plan}");
    assert_eq!(metrics[0], 14286, "rows the server sent");
    let n = text(&ctx, "SELECT count(*) AS n FROM big WHERE bucket = 3 AND label LIKE 'row-1%'").await;
    assert!(n.contains("| 1588 |"), "{n}");
    let exact = text(&ctx, "SELECT count(*) AS n FROM big WHERE bucket IN (1, 2) OR id IS NULL").await;
    assert!(exact.contains("| 28572 |"), "{exact}");

    // LIMIT: each stream stops after 10 rows.
    let (plan, metrics) = plan_text(&ctx, "SELECT id FROM big LIMIT 10", true).await;
    assert!(plan.contains("limit=10"), "{plan}");
    assert!(metrics[0] <= 40, "{} rows read for LIMIT 10", metrics[0]);

    // bigquery_query: GROUP BY in BigQuery, the 7 groups here.
    let got = text(&ctx, "SELECT bucket, n FROM bigquery_query('p1', 'SELECT bucket, COUNT(*) AS n FROM d1.big GROUP BY bucket') ORDER BY bucket").await;
    assert!(got.contains("| 0      | 14285 |") && got.contains("| 6      | 14285 |"), "{got}");
    // With a cost guard the query is dry-run first (the emulator estimates every query at 0 bytes,
    // so it passes; the refusal itself is unit-tested).
    let mut guarded = emu.config();
    guarded.bigquery.max_bytes_billed = Some(1_000_000);
    let g = build_session(&guarded).unwrap();
    let got = text(&g, "SELECT * FROM bigquery_query('p1', 'SELECT COUNT(*) AS n FROM d1.big')").await;
    assert!(got.contains("| 100000 |"), "{got}");
}

/// INSERT INTO writes through insertAll and reports the count; a row BigQuery rejects fails the
/// statement with its index and reason, and is not silently dropped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insert_into_writes_rows_and_names_rejected_ones() {
    let emu = Emulator::start("p1");
    emu.create_dataset("d1");
    let fields = |id_type: &str| {
        json!([
            {"name": "ticket_id", "type": id_type},
            {"name": "intent", "type": "STRING"},
            {"name": "score", "type": "FLOAT64"},
            {"name": "payload", "type": "BYTES"},
            {"name": "at", "type": "TIMESTAMP"}
        ])
    };
    emu.create_table("d1", "routed", fields("INT64"));
    let mut config = emu.config();
    config.bigquery.insert_batch_rows = 2;
    let ctx = build_session(&config).unwrap();
    sql(&ctx, "CREATE EXTERNAL TABLE routed STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/routed'").await;
    let n = text(
        &ctx,
        "INSERT INTO routed VALUES (1, 'access', 0.9, X'010203', TIMESTAMP '2024-05-01 10:00:00Z'), \
         (2, 'deletion', 0.8, NULL, NULL), (3, NULL, NULL, NULL, NULL)",
    )
    .await;
    assert!(n.contains("| 3     |"), "{n}");
    assert_eq!(
        text(&ctx, "SELECT ticket_id, intent, score, payload, at FROM routed ORDER BY ticket_id").await,
        "+-----------+----------+-------+---------+----------------------+\n| ticket_id | intent   | score | payload | at                   |\n+-----------+----------+-------+---------+----------------------+\n| 1         | access   | 0.9   | 010203  | 2024-05-01T10:00:00Z |\n| 2         | deletion | 0.8   |         |                      |\n| 3         |          |       |         |                      |\n+-----------+----------+-------+---------+----------------------+"
    );

    // The table's column changes type in BigQuery after privsql declared it: the rows whose
    // value no longer converts are rejected by BigQuery and named.
    emu.create_table("d1", "drift", fields("STRING"));
    sql(&ctx, "CREATE EXTERNAL TABLE drift STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/drift'").await;
    emu.delete_table("d1", "drift");
    emu.create_table("d1", "drift", fields("INT64"));
    let e = sql_err(&ctx, "INSERT INTO drift (ticket_id, intent) VALUES ('7', 'a'), ('seven', 'b'), ('8', 'c')").await;
    // Two rows per request: the first request holds '7' and 'seven'; the statement stops there.
    assert!(e.contains("BigQuery rejected 1 of the 2 rows 0..2 of this INSERT into p1.d1.drift"), "{e}");
    assert!(e.contains("row 1: invalid: Cannot convert value"), "{e}");
    let rows = emu.list_rows("d1", "drift");
    assert_eq!(rows, vec![vec![Some("7".to_string()), Some("a".to_string()), None, None, None]], "the valid row is written");
}

/// sql/bigquery/pipeline.sql runs against the emulator: tickets loaded into BigQuery,
/// classified, validated, and the routed requests written back.
#[test]
fn the_bigquery_pipeline_runs() {
    let emu = Emulator::start("privsql-demo");
    emu.create_dataset("support");
    emu.create_table(
        "support",
        "tickets",
        json!([
            {"name": "ticket_id", "type": "INT64", "mode": "REQUIRED"},
            {"name": "channel", "type": "STRING"},
            {"name": "language", "type": "STRING"},
            {"name": "email", "type": "STRING"},
            {"name": "received_at", "type": "TIMESTAMP"},
            {"name": "text", "type": "STRING"}
        ]),
    );
    emu.create_table(
        "support",
        "routed_requests",
        json!([
            {"name": "ticket_id", "type": "INT64", "mode": "REQUIRED"},
            {"name": "intent", "type": "STRING"},
            {"name": "queue", "type": "STRING"},
            {"name": "channel", "type": "STRING"},
            {"name": "received_at", "type": "TIMESTAMP"}
        ]),
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = format!(
        "[bigquery]\nauth = \"none\"\nendpoint = \"http://127.0.0.1:{}\"\nstorage_endpoint = \"http://127.0.0.1:{}\"\n",
        emu.rest_port, emu.grpc_port
    );
    let r = crate::util::Privsql::new()
        .file("bigquery.toml", &config)
        .args(["--config", "bigquery.toml", "-f", &root.join("sql/bigquery/pipeline.sql").display().to_string()])
        .run()
        .success();
    let routed = emu.list_rows("support", "routed_requests");
    assert!(routed.len() > 50, "{} routed\n{}", routed.len(), r.stdout);
    let queues: std::collections::BTreeSet<String> = routed.iter().filter_map(|r| r.get(2).cloned().flatten()).collect();
    assert!(queues.contains("privacy-erasure") && queues.contains("privacy-access"), "{queues:?}");
    assert!(routed.iter().all(|r| r.get(1).cloned().flatten().is_some_and(|i| i != "none")), "{routed:?}");
    assert!(r.stdout.contains("queue"), "{}", r.stdout);
}

/// A read whose connection breaks mid-stream is retried: the streams open again and every row
/// arrives exactly once. (The cut comes before any stream finished its first batch, because the
/// emulator ignores ReadRows' offset; real BigQuery resumes later cuts at the offset privsql
/// sends.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_read_is_retried_and_loses_nothing() {
    let emu = Emulator::start("p1");
    emu.create_dataset("d1");
    emu.query(
        "CREATE TABLE d1.big AS SELECT x AS id, CONCAT('row-', CAST(x AS STRING)) AS label \
         FROM UNNEST(GENERATE_ARRAY(1, 100000)) AS x",
    );
    let proxy = crate::bigquery_util::CuttingProxy::start(emu.grpc_port, 64 * 1024).await;
    let mut config = emu.config();
    config.bigquery.storage_endpoint = Some(format!("http://127.0.0.1:{}", proxy.port));
    config.engine.target_partitions = 2;
    let ctx = build_session(&config).unwrap();
    sql(&ctx, "CREATE EXTERNAL TABLE big STORED AS BIGQUERY LOCATION 'bigquery://p1/d1/big'").await;
    let q = "SELECT count(*) AS n, count(DISTINCT id) AS ids, sum(length(label)) AS chars FROM big";
    let (plan, metrics) = plan_text(&ctx, q, true).await;
    assert_eq!(proxy.cuts.load(std::sync::atomic::Ordering::SeqCst), 1, "{plan}");
    assert_eq!(metrics[0], 100_000, "rows read");
    assert!(metrics[1] >= 1, "no stream was retried");
    assert_eq!(
        text(&ctx, q).await,
        "+--------+--------+--------+\n| n      | ids    | chars  |\n+--------+--------+--------+\n| 100000 | 100000 | 888895 |\n+--------+--------+--------+"
    );
}
