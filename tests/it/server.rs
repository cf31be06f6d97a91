//! `privsql serve` against real clients: psql, tokio-postgres, raw sockets. Each test starts its own
//! server on a free loopback port.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use futures::TryStreamExt;

use crate::server_peers::require;
use crate::server_util::{hash_password, requests_csv, Server};

mod encoding;
mod files;
mod pg_compat;

const TRUST: &str = "";

fn sqlstate(e: &tokio_postgres::Error) -> String {
    e.code()
        .map(|c| c.code().to_owned())
        .unwrap_or_else(|| format!("no SQLSTATE: {e}"))
}

#[test]
fn psql_runs_statements_scripts_meta_commands_and_copy() {
    let server = Server::start(TRUST);
    let csv = requests_csv(&server.dir);
    // DataFusion's own syntax (OPTIONS) through the simple protocol.
    server.psql_ok(&[
        "-c",
        &format!(
            "CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '{}' OPTIONS ('format.has_header' 'true')",
            csv.display()
        ),
    ]);
    assert_eq!(
        server
            .psql_ok(&["-At", "-c", "SELECT count(*) FROM requests"])
            .trim(),
        "3"
    );

    // A script with several statements, a comment holding a semicolon, and a view.
    std::fs::write(
        server.dir.join("script.sql"),
        "-- make a view; then read it\nCREATE VIEW deletions AS SELECT id, message FROM requests WHERE intent = 'delete';\n\
         SELECT message FROM deletions;\nSELECT 'a;b' AS s;\n",
    )
    .unwrap();
    let out = server.psql_ok(&["-At", "-f", "script.sql"]);
    assert!(out.contains("please delete my data"), "{out}");
    assert!(out.contains("a;b"), "{out}");

    let dt = server.psql_ok(&["-c", "\\dt"]);
    assert!(dt.contains("requests"), "\\dt: {dt}");
    let d = server.psql_ok(&["-c", "\\d requests"]);
    assert!(d.contains("intent") && d.contains("message"), "\\d: {d}");
    let df = server.psql_ok(&["-c", "\\df"]);
    assert!(
        df.contains("List of functions") && df.contains("privsql_functions"),
        "\\df: {df}"
    );
    let one = server.psql_ok(&["-c", "\\df privsql_functions"]);
    assert!(
        one.contains("privsql_functions") && one.contains("(1 row)"),
        "\\df NAME: {one}"
    );

    // \copy (query) to a file: COPY ... TO STDOUT on the wire, CSV with a header.
    server.psql_ok(&["-c", "\\copy (SELECT id, message FROM requests ORDER BY id) to 'out.csv' with (format csv, header)"]);
    let copied = std::fs::read_to_string(server.dir.join("out.csv")).unwrap();
    assert_eq!(
        copied,
        "id,message\n1,please delete my data\n2,send me a copy\n3,\"hello, world\"\n"
    );
    // Text format: tab separated, \N for NULL.
    let text = server.psql_ok(&[
        "-c",
        "COPY (SELECT 1 AS a, NULL AS b, 'x\ty' AS c) TO STDOUT",
    ]);
    assert_eq!(text, "1\t\\N\tx\\ty\n");

    // Errors are ErrorResponses with the SQLSTATE, and the session goes on.
    let out = server.psql(&["-c", "SELECT * FROM no_such_table"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no_such_table"));
}

#[tokio::test(flavor = "multi_thread")]
async fn tokio_postgres_prepared_statements_typed_params_and_binary_results() {
    let server = Server::start(TRUST);
    let client = server.connect("postgres", None).await.unwrap();

    // Parameters of every common type, bound in binary, results decoded from binary.
    let stmt = client
        .prepare_typed(
            "SELECT $1::BIGINT + 1 AS i8, $2::INT AS i4, $3::DOUBLE PRECISION * 2 AS f8, upper($4::TEXT) AS t, NOT $5::BOOLEAN AS b",
            &[
                tokio_postgres::types::Type::INT8,
                tokio_postgres::types::Type::INT4,
                tokio_postgres::types::Type::FLOAT8,
                tokio_postgres::types::Type::TEXT,
                tokio_postgres::types::Type::BOOL,
            ],
        )
        .await
        .unwrap();
    for i in 0..3i64 {
        let row = client
            .query_one(&stmt, &[&i, &7i32, &1.25f64, &"ab", &true])
            .await
            .unwrap();
        assert_eq!(row.get::<_, i64>("i8"), i + 1);
        assert_eq!(row.get::<_, i32>("i4"), 7);
        assert_eq!(row.get::<_, f64>("f8"), 2.5);
        assert_eq!(row.get::<_, String>("t"), "AB");
        assert!(!row.get::<_, bool>("b"));
    }
    // Dates and timestamps.
    let row = client
        .query_one(
            "SELECT DATE '2024-02-29' AS d, TIMESTAMP '2024-01-02 03:04:05' AS ts",
            &[],
        )
        .await
        .unwrap();
    let d: pg_date::Days = row.get("d");
    assert_eq!(d.0, 8825, "2024-02-29 is 8825 days after 2000-01-01");
    let _ = row.get::<_, std::time::SystemTime>("ts");

    // Inferred parameter types, a NULL, and several rows.
    let rows = client
        .query(
            "SELECT x FROM (VALUES (1), (2), (3)) AS t(x) WHERE x >= $1 ORDER BY x",
            &[&2i64],
        )
        .await
        .unwrap();
    assert_eq!(
        rows.iter().map(|r| r.get::<_, i64>(0)).collect::<Vec<_>>(),
        vec![2, 3]
    );
    let row = client
        .query_one("SELECT CAST(NULL AS TEXT) AS n", &[])
        .await
        .unwrap();
    assert_eq!(row.get::<_, Option<String>>(0), None);

    // Simple-protocol batch and transactions are accepted.
    client
        .batch_execute("BEGIN; SELECT 1; COMMIT; SET application_name = 'tests'")
        .await
        .unwrap();
    let show = client.simple_query("SHOW application_name").await.unwrap();
    let value = show.iter().find_map(|m| match m {
        tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_owned),
        _ => None,
    });
    assert_eq!(value.as_deref(), Some("tests"));

    // COPY TO STDOUT as CSV through the driver.
    let stream = client
        .copy_out("COPY (SELECT 1 AS a, 'x,y' AS b) TO STDOUT WITH (FORMAT csv)")
        .await
        .unwrap();
    let chunks: Vec<bytes::Bytes> = stream.try_collect().await.unwrap();
    assert_eq!(chunks.concat(), b"1,\"x,y\"\n");

    // Portals fetched in chunks stream a large result.
    let mut tx_client = server.connect("postgres", None).await.unwrap();
    let tx = tx_client.transaction().await.unwrap();
    let portal = tx
        .bind("SELECT value FROM generate_series(1, 100000)", &[])
        .await
        .unwrap();
    let mut total = 0usize;
    loop {
        let rows = tx.query_portal(&portal, 30000).await.unwrap();
        if rows.is_empty() {
            break;
        }
        total += rows.len();
    }
    assert_eq!(total, 100000);
}

/// DATE in binary: days since 2000-01-01 (avoids a chrono dependency).
mod pg_date {
    pub struct Days(pub i32);
    impl<'a> tokio_postgres::types::FromSql<'a> for Days {
        fn from_sql(
            _: &tokio_postgres::types::Type,
            raw: &'a [u8],
        ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
            Ok(Days(i32::from_be_bytes(raw.try_into()?)))
        }
        fn accepts(ty: &tokio_postgres::types::Type) -> bool {
            *ty == tokio_postgres::types::Type::DATE
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn cancel_request_stops_a_running_query() {
    let server = Server::start(TRUST);
    let client = server.connect("postgres", None).await.unwrap();
    let token = client.cancel_token();
    let started = Instant::now();
    let query = tokio::spawn(async move {
        client
            .query(
                "SELECT count(*) FROM generate_series(1, 100000000000) AS t(x) WHERE x % 7 = 3",
                &[],
            )
            .await
    });
    tokio::time::sleep(Duration::from_millis(700)).await;
    token.cancel_query(tokio_postgres::NoTls).await.unwrap();
    let err = query.await.unwrap().unwrap_err();
    assert_eq!(sqlstate(&err), "57014", "{err}");
    assert!(started.elapsed() < Duration::from_secs(30));
    // The server still serves.
    let client = server.connect("postgres", None).await.unwrap();
    assert_eq!(
        client
            .query_one("SELECT 1::BIGINT", &[])
            .await
            .unwrap()
            .get::<_, i64>(0),
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn hundred_concurrent_connections() {
    let server = Server::start("[server]\nmax_connections = 150\n");
    let mut tasks = vec![];
    for i in 0..100i64 {
        let conninfo = server.conninfo("postgres", None);
        tasks.push(tokio::spawn(async move {
            let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls).await?;
            tokio::spawn(conn);
            let mut sum = 0;
            for j in 0..5i64 {
                let row = client
                    .query_one("SELECT $1::BIGINT * 10 + $2::BIGINT", &[&i, &j])
                    .await?;
                sum += row.get::<_, i64>(0);
            }
            Ok::<i64, tokio_postgres::Error>(sum)
        }));
    }
    for (i, t) in tasks.into_iter().enumerate() {
        let i = i as i64;
        assert_eq!(t.await.unwrap().unwrap(), 5 * i * 10 + 10);
    }
    let client = server.connect("postgres", None).await.unwrap();
    let rows = client
        .simple_query("SHOW privsql.server_metrics")
        .await
        .unwrap();
    let metric = |name: &str| {
        rows.iter()
            .find_map(|m| match m {
                tokio_postgres::SimpleQueryMessage::Row(r) if r.get(0) == Some(name) => {
                    r.get(1).map(|v| v.parse::<u64>().unwrap())
                }
                _ => None,
            })
            .unwrap()
    };
    assert!(metric("connections_total") >= 101);
    assert!(metric("queries") >= 500);
    assert!(metric("rows_sent") >= 500);
}

#[tokio::test(flavor = "multi_thread")]
async fn scram_users_and_read_only_roles() {
    let config = format!(
        "[server.users.alice]\npassword = \"{}\"\n[server.users.reader]\npassword = \"{}\"\nread_only = true\n",
        hash_password("alice-secret"),
        hash_password("reader-secret")
    );
    let server = Server::start(&config);
    let csv = requests_csv(&server.dir);

    let err = server.connect("alice", Some("wrong")).await.unwrap_err();
    assert_eq!(sqlstate(&err), "28P01", "{err}");
    let err = server
        .connect("mallory", Some("alice-secret"))
        .await
        .unwrap_err();
    assert_eq!(sqlstate(&err), "28P01", "{err}");
    let out = server.psql_as("alice", None, &["-w", "-c", "SELECT 1"]);
    assert!(!out.status.success(), "no password must not log in");

    let alice = server.connect("alice", Some("alice-secret")).await.unwrap();
    alice
        .batch_execute(&format!(
            "CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '{}' OPTIONS ('format.has_header' 'true')",
            csv.display()
        ))
        .await
        .unwrap();

    let reader = server
        .connect("reader", Some("reader-secret"))
        .await
        .unwrap();
    let n: i64 = reader
        .query_one("SELECT count(*) FROM requests", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 3);
    for ddl in [
        "CREATE VIEW v AS SELECT 1",
        "DROP TABLE requests",
        "CREATE TABLE t AS SELECT 1",
        "INSERT INTO requests VALUES (4, 'x', 'y')",
        "COPY requests TO '/tmp/privsql-should-not-exist.csv'",
    ] {
        let err = reader.batch_execute(ddl).await.unwrap_err();
        assert_eq!(sqlstate(&err), "42501", "{ddl}: {err}");
        // Through the extended protocol too.
        let err = reader.execute(ddl, &[]).await.unwrap_err();
        assert_eq!(sqlstate(&err), "42501", "{ddl}: {err}");
    }
    let err = reader
        .batch_execute("CREATE EXTERNAL TABLE x STORED AS CSV LOCATION '/tmp/x.csv' OPTIONS ('format.has_header' 'true')")
        .await
        .unwrap_err();
    assert_eq!(sqlstate(&err), "42501", "{err}");
    assert!(!std::path::Path::new("/tmp/privsql-should-not-exist.csv").exists());
    // psql with the password works.
    let out = server.psql_as(
        "reader",
        Some("reader-secret"),
        &["-At", "-c", "SELECT count(*) FROM requests"],
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "3");
}

#[test]
fn trust_off_loopback_and_bad_config_are_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(crate::server_util::bin())
        .args(["serve", "--listen", "0.0.0.0:0", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("non-loopback") && err.contains("without authentication"),
        "{err}"
    );

    std::fs::write(
        dir.path().join("c.toml"),
        "[server.users.bob]\npassword = \"plaintext\"\n",
    )
    .unwrap();
    let out = std::process::Command::new(crate::server_util::bin())
        .arg("--config")
        .arg(dir.path().join("c.toml"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("server.users.bob.password") && !err.contains("plaintext"),
        "{err}"
    );
}

#[test]
fn restart_keeps_external_tables_views_and_drops() {
    let mut server = Server::start(TRUST);
    let csv = requests_csv(&server.dir);
    server.psql_ok(&[
        "-c",
        &format!("CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '{}' OPTIONS ('format.has_header' 'true')", csv.display()),
        "-c",
        "CREATE SCHEMA staging",
        "-c",
        "CREATE VIEW staging.deletions AS SELECT id FROM requests WHERE intent = 'delete'",
        "-c",
        "CREATE VIEW gone AS SELECT 1 AS one",
        "-c",
        "DROP VIEW gone",
    ]);
    server.signal("TERM");
    assert!(
        server.wait_exit(Duration::from_secs(30)).success(),
        "{}",
        server.log()
    );

    let dir = server.dir.clone();
    drop(server);
    let server = Server::start_in(&dir, TRUST);
    assert!(
        server.logged("3 objects restored"),
        "{}",
        server.log()
    );
    assert_eq!(
        server
            .psql_ok(&["-At", "-c", "SELECT count(*) FROM requests"])
            .trim(),
        "3"
    );
    assert_eq!(
        server
            .psql_ok(&["-At", "-c", "SELECT id FROM staging.deletions"])
            .trim(),
        "1"
    );
    let out = server.psql(&["-c", "SELECT * FROM gone"]);
    assert!(!out.status.success(), "a dropped view must stay dropped");
}

#[test]
fn garbage_and_truncated_messages_do_not_hurt_other_clients() {
    let server = Server::start(TRUST);
    let send = |bytes: &[u8]| {
        let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let _ = s.write_all(bytes);
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut buf = vec![];
        let _ = s.read_to_end(&mut buf);
        buf
    };
    // Deterministic pseudo-random garbage.
    let mut x: u64 = 0x9E3779B97F4A7C15;
    for round in 0..50 {
        let len = 1 + (round * 37) % 300;
        let junk: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        send(&junk);
    }
    // A startup message that claims to be huge, one that is cut short, and a valid startup
    // followed by a query with invalid UTF-8 and a message with a lying length.
    send(&[0x7f, 0xff, 0xff, 0xff, 0, 3, 0, 0]);
    send(&[0, 0, 0, 40, 0, 3, 0, 0, b'u', b's']);
    let mut startup = vec![];
    let body = b"\x00\x03\x00\x00user\x00postgres\x00database\x00privsql\x00\x00";
    startup.extend_from_slice(&((body.len() + 4) as u32).to_be_bytes());
    startup.extend_from_slice(body);
    let mut bad_query = startup.clone();
    bad_query.extend_from_slice(b"Q\x00\x00\x00\x09\xff\xfe\x00\x00");
    let reply = send(&bad_query);
    assert!(reply.contains(&b'R'), "authentication reply expected");
    let mut lying = startup.clone();
    lying.extend_from_slice(b"P\x7f\xff\xff\xffshort");
    send(&lying);

    // Everyone else is still served.
    assert_eq!(server.psql_ok(&["-At", "-c", "SELECT 40 + 2"]).trim(), "42");
}

#[tokio::test(flavor = "multi_thread")]
async fn limits_on_statement_size_time_and_connections() {
    let server = Server::start("[server]\nmax_statement_bytes = \"200\"\nstatement_timeout = \"1s\"\nmax_connections = 2\n");
    let a = server.connect("postgres", None).await.unwrap();
    let long = format!("SELECT '{}'", "x".repeat(300));
    let err = a.simple_query(&long).await.unwrap_err();
    assert_eq!(sqlstate(&err), "54000", "{err}");
    let err = a.query(&long, &[]).await.unwrap_err();
    assert_eq!(sqlstate(&err), "54000", "{err}");

    let started = Instant::now();
    let err = a
        .query(
            "SELECT count(*) FROM generate_series(1, 100000000000) AS t(x) WHERE x % 7 = 3",
            &[],
        )
        .await
        .unwrap_err();
    assert_eq!(sqlstate(&err), "57014", "{err}");
    assert!(
        err.to_string().contains("timeout") || format!("{err:?}").contains("timeout"),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    // A session may lift its own limit.
    a.batch_execute("SET statement_timeout = 0").await.unwrap();

    let _b = server.connect("postgres", None).await.unwrap();
    let err = server.connect("postgres", None).await.unwrap_err();
    assert_eq!(sqlstate(&err), "53300", "{err}");
    assert_eq!(
        a.query_one("SELECT 1::BIGINT", &[])
            .await
            .unwrap()
            .get::<_, i64>(0),
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_lets_running_queries_finish_within_the_grace_period() {
    let mut server = Server::start("[server]\nshutdown_grace = \"3s\"\n");
    let client = server.connect("postgres", None).await.unwrap();
    // Finishes well within the grace period.
    let short = tokio::spawn(async move {
        let r = client
            .query_one(
                "SELECT count(*) FROM generate_series(1, 1000000) AS t(x) WHERE x % 7 = 3",
                &[],
            )
            .await;
        (r, client)
    });
    let endless_client = server.connect("postgres", None).await.unwrap();
    let endless = tokio::spawn(async move {
        endless_client
            .query_one(
                "SELECT count(*) FROM generate_series(1, 100000000000) AS t(x) WHERE x % 7 = 3",
                &[],
            )
            .await
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.signal("TERM");
    let (r, client) = short.await.unwrap();
    assert_eq!(r.unwrap().get::<_, i64>(0), 142857);
    // New statements are refused while draining. The server handles the signal on its own
    // task, so the short query can finish before draining begins: give it a moment (well
    // inside the grace period, which the endless query keeps open).
    let deadline = Instant::now() + Duration::from_secs(2);
    while client.query_one("SELECT 1::BIGINT", &[]).await.is_ok() {
        assert!(Instant::now() < deadline, "statements still ran 2 s after SIGTERM");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The endless one is stopped at the end of the grace period; the server exits 0.
    assert!(endless.await.unwrap().is_err());
    let status = tokio::task::spawn_blocking(move || {
        let s = server.wait_exit(Duration::from_secs(30));
        (s, server.log())
    })
    .await
    .unwrap();
    assert!(status.0.success(), "{}", status.1);
    assert!(status.1.contains("SIGTERM"), "{}", status.1);
}

#[test]
fn tls_from_config_and_required() {
    let dir = tempfile::tempdir().unwrap().keep();
    let ok = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
        ])
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let config = format!(
        "[server.tls]\ncert = \"{}\"\nkey = \"{}\"\nrequire = true\n",
        dir.join("cert.pem").display(),
        dir.join("key.pem").display()
    );
    let server = Server::start_in(&dir, &config);
    assert!(server.logged("tls: required"), "{}", server.log());
    let plain = server.psql(&["-At", "-c", "SELECT 1"]);
    assert!(!plain.status.success());
    assert!(
        String::from_utf8_lossy(&plain.stderr).contains("TLS"),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    let out = std::process::Command::new("psql")
        .arg(format!(
            "host=127.0.0.1 port={} user=postgres dbname=privsql sslmode=require",
            server.port
        ))
        .args(["-X", "-At", "-c", "SELECT 'over tls'"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "over tls");
}

#[test]
fn psycopg3_binding_copy_and_fetchmany() {
    let has = std::process::Command::new("python3")
        .args(["-c", "import psycopg"])
        .status()
        .is_ok_and(|s| s.success());
    require(has, "psycopg 3 (PyPI)");
    let server = Server::start(TRUST);
    let csv = requests_csv(&server.dir);
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/psycopg_client.py"
    );
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(server.conninfo("postgres", None))
        .arg(&csv)
        .output()
        .unwrap();
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stdout).contains("psycopg OK"),
        "{}\n{}\nserver log:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        server.log()
    );
}

#[test]
fn jdbc_prepared_statements_and_database_metadata() {
    let server = Server::start(TRUST);
    crate::server_peers::jdbc_client(&server, None);
}

#[test]
fn dbt_seed_run_test_and_docs_generate_the_example_project() {
    crate::server_peers::dbt_example_project(TRUST);
}

/// COPY FROM buffers the rows until CopyDone, reserving them from the memory pool: a COPY larger
/// than `[engine] memory_limit` fails with SQLSTATE 53200, writes nothing, and the next COPY works.
#[test]
fn copy_from_stdin_larger_than_the_memory_limit_fails_cleanly() {
    let server = Server::start("[engine]\nmemory_limit = \"4MB\"\n");
    let big: String = (0..200_000)
        .map(|i| format!("{i},a message body of some length to fill memory {i}\n"))
        .collect();
    std::fs::write(server.dir.join("big.csv"), big).unwrap();
    std::fs::write(server.dir.join("small.csv"), "1,hello\n2,world\n").unwrap();
    server.psql_ok(&["-c", "CREATE TABLE inbox (id BIGINT, body VARCHAR)"]);
    let out = server.psql(&["-c", "\\copy inbox from 'big.csv' with (format csv)"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("memory limit"), "{err}");
    assert!(!err.contains("message body"), "{err}");
    let out = server.psql_ok(&[
        "-c",
        "\\copy inbox from 'small.csv' with (format csv)",
        "-At",
        "-c",
        "SELECT count(*) FROM inbox",
    ]);
    assert!(out.contains("COPY 2") && out.trim_end().ends_with('2'), "{out}");
}

#[test]
fn copy_from_stdin_into_file_backed_tables_survives_restart() {
    let mut server = Server::start(TRUST);
    std::fs::write(
        server.dir.join("in.csv"),
        "id,body,received\n1,\"delete my data, please\",2025-03-01 10:00:00\n2,,\n",
    )
    .unwrap();
    std::fs::write(
        server.dir.join("in.txt"),
        "3\tline\\nbreak\t2025-03-02 11:00:00\n4\t\\N\t\\N\n",
    )
    .unwrap();
    std::fs::write(server.dir.join("landing.txt"), "10\tfirst\n11\t\\N\n").unwrap();
    let landing = server.dir.join("landing");
    std::fs::create_dir_all(&landing).unwrap();
    let out = server.psql_ok(&[
        "-c",
        "CREATE TABLE inbox (id BIGINT, body VARCHAR, received TIMESTAMP)",
        "-c",
        "\\copy inbox from 'in.csv' with (format csv, header)",
        "-c",
        "\\copy inbox from 'in.txt'",
        "-c",
        &format!(
            "CREATE EXTERNAL TABLE landing (id BIGINT, body VARCHAR) STORED AS CSV LOCATION '{}/' \
             OPTIONS ('format.has_header' 'false')",
            landing.display()
        ),
        "-c",
        "\\copy landing from 'landing.txt' with (format text)",
    ]);
    assert_eq!(out.matches("COPY 2").count(), 3, "{out}");
    // One column named, two sent.
    let out = server.psql(&["-c", "\\copy landing (id) from 'landing.txt'"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("line 1"), "{err}");
    assert!(err.contains("extra data"), "{err}");
    // A value of the wrong type: the line and the column, not the value.
    std::fs::write(server.dir.join("bad.csv"), "5,ok,\nsix,secret value,\n").unwrap();
    let out = server.psql(&["-c", "\\copy inbox from 'bad.csv' with (format csv)"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("line 2") && err.contains("\"id\""),
        "{err}"
    );
    assert!(!err.contains("secret"), "{err}");
    server.psql_ok(&["-c", "ALTER TABLE inbox RENAME TO requests_inbox"]);

    let check = |server: &Server| {
        let rows = server.psql_ok(&[
            "-At",
            "-c",
            "SELECT id, coalesce(body, '<null>'), coalesce(CAST(received AS VARCHAR), '<null>') \
             FROM requests_inbox ORDER BY id",
        ]);
        assert_eq!(
            rows,
            "1|delete my data, please|2025-03-01T10:00:00\n2|<null>|<null>\n\
             3|line\nbreak|2025-03-02T11:00:00\n4|<null>|<null>\n"
        );
        let landed = server.psql_ok(&["-At", "-c", "SELECT count(*) FROM landing"]);
        assert_eq!(landed.trim(), "2");
    };
    check(&server);
    // Each COPY into the directory table added one CSV file.
    assert_eq!(std::fs::read_dir(&landing).unwrap().count(), 1);

    server.signal("TERM");
    assert!(server.wait_exit(Duration::from_secs(30)).success(), "{}", server.log());
    let dir = server.dir.clone();
    drop(server);
    let server = Server::start_in(&dir, TRUST);
    check(&server);
    let out = server.psql(&["-c", "SELECT * FROM inbox"]);
    assert!(!out.status.success(), "the old name is gone after the rename");
    server.psql_ok(&["-c", "DROP TABLE requests_inbox"]);
    assert_eq!(std::fs::read_dir(dir.join("data/tables")).unwrap().count(), 0);
}
