//! `privsql serve` under load and across connections: queries run away from the network threads
//! (a new client is answered and a cancel stops a query while CPU-bound queries run), each
//! connection has its own settings over the shared catalog, and catalog changes in a transaction
//! block take effect at COMMIT only.

use std::time::{Duration, Instant};

use tokio_postgres::SimpleQueryMessage;

use crate::server_util::Server;

const TRUST: &str = "";

/// A query that keeps every core busy for minutes.
const CPU_BOUND: &str =
    "SELECT count(*) FROM generate_series(1, 100000000000) AS t(x) WHERE x % 7 = 3";

fn sqlstate(e: &tokio_postgres::Error) -> String {
    e.code()
        .map(|c| c.code().to_owned())
        .unwrap_or_else(|| format!("no SQLSTATE: {e}"))
}

/// The first column of the first row of `sql`, as text.
async fn first(client: &tokio_postgres::Client, sql: &str) -> Option<String> {
    let rows = client.simple_query(sql).await.unwrap();
    rows.iter().find_map(|m| match m {
        SimpleQueryMessage::Row(r) => r.get(0).map(str::to_owned),
        _ => None,
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn select_1_and_cancel_answer_while_two_cpu_bound_queries_run() {
    let server = Server::start(TRUST);
    let mut running = vec![];
    for _ in 0..2 {
        let client = server.connect("postgres", None).await.unwrap();
        let token = client.cancel_token();
        let query = tokio::spawn(async move { client.simple_query(CPU_BOUND).await });
        running.push((token, query));
    }
    tokio::time::sleep(Duration::from_secs(2)).await;

    let started = Instant::now();
    let client = server.connect("postgres", None).await.unwrap();
    assert_eq!(first(&client, "SELECT 1").await.as_deref(), Some("1"));
    let select_1 = started.elapsed();
    assert!(
        select_1 < Duration::from_secs(3),
        "connect + SELECT 1 took {select_1:?}"
    );

    for (token, query) in running {
        let started = Instant::now();
        token.cancel_query(tokio_postgres::NoTls).await.unwrap();
        let err = query.await.unwrap().unwrap_err();
        let cancel = started.elapsed();
        assert_eq!(sqlstate(&err), "57014", "{err}");
        assert!(cancel < Duration::from_secs(3), "cancel took {cancel:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn settings_are_per_connection_and_the_catalog_is_shared() {
    let server = Server::start(TRUST);
    let a = server.connect("postgres", None).await.unwrap();
    let b = server.connect("postgres", None).await.unwrap();
    let batch_size = "SELECT value FROM information_schema.df_settings \
                      WHERE name = 'datafusion.execution.batch_size'";
    let default = first(&b, batch_size).await;
    a.simple_query("SET datafusion.execution.batch_size = 1")
        .await
        .unwrap();
    assert_eq!(first(&a, batch_size).await.as_deref(), Some("1"));
    assert_eq!(first(&b, batch_size).await, default);
    assert_ne!(default.as_deref(), Some("1"));

    a.simple_query("CREATE VIEW shared_view AS SELECT 42 AS answer")
        .await
        .unwrap();
    assert_eq!(
        first(&b, "SELECT answer FROM shared_view").await.as_deref(),
        Some("42")
    );
    let c = server.connect("postgres", None).await.unwrap();
    assert_eq!(
        first(&c, "SELECT answer FROM shared_view").await.as_deref(),
        Some("42")
    );
}

/// Whether `relation` can be read on `client`.
async fn exists(client: &tokio_postgres::Client, relation: &str) -> bool {
    client
        .simple_query(&format!("SELECT * FROM {relation}"))
        .await
        .is_ok()
}

#[tokio::test(flavor = "multi_thread")]
async fn catalog_changes_in_a_transaction_block_take_effect_at_commit() {
    let mut server = Server::start(TRUST);
    let c = server.connect("postgres", None).await.unwrap();

    // One query string, and statement by statement (what drivers send).
    c.batch_execute("BEGIN; CREATE TABLE gone_1 AS SELECT 1 AS x; ROLLBACK")
        .await
        .unwrap();
    assert!(!exists(&c, "gone_1").await);
    c.batch_execute("BEGIN").await.unwrap();
    c.batch_execute("CREATE TABLE gone_2 (x INT)")
        .await
        .unwrap();
    c.batch_execute("CREATE VIEW gone_3 AS SELECT 1 AS x")
        .await
        .unwrap();
    assert!(exists(&c, "gone_2").await, "the block sees its own changes");
    assert!(exists(&c, "gone_3").await);
    c.batch_execute("ROLLBACK").await.unwrap();
    assert!(!exists(&c, "gone_2").await);
    assert!(!exists(&c, "gone_3").await);

    // tokio-postgres's transaction API.
    let mut c2 = server.connect("postgres", None).await.unwrap();
    let tx = c2.transaction().await.unwrap();
    tx.batch_execute("CREATE TABLE kept AS SELECT 7 AS x")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let tx = c2.transaction().await.unwrap();
    tx.batch_execute("DROP TABLE kept").await.unwrap();
    tx.rollback().await.unwrap();
    assert!(
        exists(&c, "kept").await,
        "a rolled back DROP keeps the table"
    );

    // A connection that ends inside a block rolls it back.
    c2.batch_execute("BEGIN; CREATE VIEW gone_5 AS SELECT 1 AS x")
        .await
        .unwrap();
    assert!(exists(&c, "gone_5").await);
    drop(c2);
    let deadline = Instant::now() + Duration::from_secs(5);
    while exists(&c, "gone_5").await {
        assert!(Instant::now() < deadline, "gone_5 outlived its connection");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // A failed statement aborts the block until ROLLBACK.
    c.batch_execute("BEGIN").await.unwrap();
    c.batch_execute("CREATE VIEW gone_4 AS SELECT 1 AS x")
        .await
        .unwrap();
    assert!(c
        .batch_execute("SELECT * FROM no_such_table")
        .await
        .is_err());
    let err = c.batch_execute("SELECT 1").await.unwrap_err();
    assert_eq!(sqlstate(&err), "25P02", "{err}");
    c.batch_execute("ROLLBACK").await.unwrap();
    assert!(!exists(&c, "gone_4").await);
    assert_eq!(first(&c, "SELECT 1").await.as_deref(), Some("1"));

    // dbt's table materialisation, twice: build aside, swap by renames in a block, drop the old.
    for run in 1..=2 {
        c.batch_execute(&format!(
            "BEGIN;
             CREATE TABLE model__dbt_tmp AS SELECT {run} AS run;
             {}
             ALTER TABLE model__dbt_tmp RENAME TO model;
             COMMIT;
             DROP TABLE IF EXISTS model__dbt_backup",
            if run > 1 {
                "ALTER TABLE model RENAME TO model__dbt_backup;"
            } else {
                ""
            }
        ))
        .await
        .unwrap();
    }
    // A failing run rolls back: the model keeps its rows.
    c.batch_execute("BEGIN").await.unwrap();
    c.batch_execute("CREATE TABLE model__dbt_tmp AS SELECT 3 AS run")
        .await
        .unwrap();
    c.batch_execute("ALTER TABLE model RENAME TO model__dbt_backup")
        .await
        .unwrap();
    assert!(c
        .batch_execute("SELECT no_such_column FROM model__dbt_tmp")
        .await
        .is_err());
    c.batch_execute("ROLLBACK").await.unwrap();
    assert_eq!(
        first(&c, "SELECT run FROM model").await.as_deref(),
        Some("2")
    );
    assert!(!exists(&c, "model__dbt_tmp").await);
    drop(c);

    // Only committed changes were recorded.
    server.signal("TERM");
    assert!(server.wait_exit(Duration::from_secs(30)).success());
    let dir = server.dir.clone();
    drop(server);
    let server = Server::start_in(&dir, TRUST);
    let c = server.connect("postgres", None).await.unwrap();
    assert_eq!(first(&c, "SELECT x FROM kept").await.as_deref(), Some("7"));
    assert_eq!(
        first(&c, "SELECT run FROM model").await.as_deref(),
        Some("2")
    );
    for gone in [
        "gone_1",
        "gone_2",
        "gone_3",
        "gone_4",
        "gone_5",
        "model__dbt_tmp",
        "model__dbt_backup",
    ] {
        assert!(!exists(&c, gone).await, "{gone} must not be restored");
    }
    let tables = std::fs::read_dir(dir.join("data").join("tables"))
        .unwrap()
        .count();
    assert_eq!(tables, 2, "only kept's and model's files remain");
}
