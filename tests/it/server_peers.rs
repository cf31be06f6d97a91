//! Peer clients run against a `privsql serve`, shared by the local server's tests (`server.rs`)
//! and the cluster's (`cluster.rs`, a server with `cluster.url`): the PostgreSQL JDBC driver
//! (tests/clients/JdbcClient.java) and dbt over the example project (examples/dbt).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::server_util::{requests_csv, Server};

/// Fails with the install hint when a peer client is missing (never skips silently).
pub fn require(ok: bool, what: &str) {
    assert!(ok, "{what} is missing: run scripts/install-server-peers.sh");
}

/// Run JdbcClient.java against `server` (its prepared statements and metadata checks over a CSV
/// table in the server's directory), then `sql`, if any, whose rows it prints as CSV lines
/// after the column names. Its standard output without the final "jdbc OK".
pub fn jdbc_client(server: &Server, sql: Option<&str>) -> String {
    let jar = "/usr/share/java/postgresql.jar";
    require(Path::new(jar).exists(), "Debian's PostgreSQL JDBC driver (libpostgresql-jdbc-java)");
    let csv = requests_csv(&server.dir);
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/clients/JdbcClient.java");
    let out = Command::new("java")
        .args(["-cp", jar, source, &server.port.to_string()])
        .arg(&csv)
        .args(sql)
        .output()
        .expect("run java");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success() && stdout.contains("jdbc OK"),
        "{stdout}\n{}\nserver log:\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log()
    );
    stdout.lines().filter(|l| *l != "jdbc OK").collect::<Vec<_>>().join("\n")
}

/// Copy the directory `from` into `to` (the example project, so dbt's target/ and logs/ land in
/// the test's directory).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if ["target", "logs", "data", "dbt_packages"].contains(&name.to_string_lossy().as_ref()) {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(&name));
        } else {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

/// The example dbt project against a server started with `config`: `dbt seed`, `dbt run`
/// twice (the second replaces the view and the table and runs the incremental model
/// incrementally), `dbt test` and `dbt docs generate`, each checked; then the models' rows,
/// the data dir's files, and the same rows after a restart.
pub fn dbt_example_project(config: &str) {
    let has = Command::new("dbt").arg("--version").output().is_ok_and(|o| o.status.success());
    require(has, "dbt-core 1.11 with dbt-postgres (PyPI)");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/dbt");
    let mut server = Server::start(config);
    let project = server.dir.join("dbt_project");
    copy_dir(&example, &project);
    let data = server.dir.join("dbt_data");
    let out = Command::new("python3").arg(example.join("make_data.py")).arg(&data).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let dbt = |args: &[&str], done: &str| {
        let out = Command::new("dbt")
            .args(args)
            .args(["--profiles-dir", "."])
            .current_dir(&project)
            .env("PRIVSQL_PORT", server.port.to_string())
            .env("PRIVSQL_DBT_DATA", &data)
            .env("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success() && stdout.contains(done),
            "dbt {args:?} failed:\n{stdout}\n{}\nserver log:\n{}",
            String::from_utf8_lossy(&out.stderr),
            server.log()
        );
        stdout
    };
    // The profile connects to database `postgres`, as dbt users write it.
    let seeded = dbt(&["seed"], "Completed successfully");
    assert!(seeded.contains("PASS=2"), "{seeded}");
    // The second run replaces the view and the table (dbt renames the old one to a backup, the
    // new one into place, then drops the backup with CASCADE) and runs the incremental model
    // incrementally: its new rows go through a temporary table.
    let first = dbt(&["run"], "Completed successfully");
    assert!(first.contains("PASS=4"), "{first}");
    let second = dbt(&["run"], "Completed successfully");
    assert!(second.contains("sql incremental model analytics.requests_log"), "{second}");
    let tested = dbt(&["test"], "Completed successfully");
    assert!(tested.contains("PASS=20") && tested.contains("ERROR=0"), "{tested}");
    // dbt docs generate reads the catalog (pg_namespace, pg_class, pg_attribute, ...).
    dbt(&["docs", "generate"], "Catalog written to");
    let catalog = std::fs::read_to_string(project.join("target/catalog.json")).unwrap();
    let catalog: serde_json::Value = serde_json::from_str(&catalog).unwrap();
    let log = &catalog["nodes"]["model.privsql_example.requests_log"];
    assert_eq!(log["columns"]["intent_label"]["index"], serde_json::json!(4), "{log}");
    assert!(catalog["errors"].is_null(), "{}", catalog["errors"]);

    let before = check_dbt_models(&server);
    // Only the current materialisations' files remain (the backups were dropped with theirs):
    // the table, the incremental model and the seed.
    let tables = std::fs::read_dir(server.dir.join("data/tables")).unwrap().count();
    assert_eq!(tables, 3);

    // The models survive a restart: the view is recorded, the table is Parquet in the data dir.
    server.signal("TERM");
    assert!(server.wait_exit(Duration::from_secs(30)).success(), "{}", server.log());
    let dir = server.dir.clone();
    drop(server);
    let server = Server::start_in(&dir, config);
    assert_eq!(check_dbt_models(&server), before);
}

/// The example project's models hold what their queries compute: the view's intents, the
/// table's rows (its query run again, live), each request once in the incremental model.
/// The table's rows.
fn check_dbt_models(server: &Server) -> String {
    let intents = server.psql_ok(&[
        "-At",
        "-c",
        "SELECT request_id || ':' || intent FROM analytics.stg_requests \
         WHERE request_id IN (1, 3, 5) ORDER BY request_id",
    ]);
    assert_eq!(intents.trim(), "1:deletion\n3:access\n5:opt_out_sale");
    assert_eq!(server.psql_ok(&["-At", "-c", "SELECT count(*) FROM analytics.stg_requests"]).trim(), "10");
    // The table model holds what its query computes now, row for row.
    let table = server.psql_ok(&[
        "-At",
        "-c",
        "SELECT country, intent, requests, first_received_at \
         FROM analytics.privacy_requests_by_country ORDER BY 1, 2",
    ]);
    let live = server.psql_ok(&[
        "-At",
        "-c",
        "SELECT c.country, s.intent, count(*), min(s.received_at) \
         FROM analytics.stg_requests s JOIN raw.customers c USING (customer_id) \
         WHERE s.intent <> 'none' GROUP BY 1, 2 ORDER BY 1, 2",
    ]);
    assert_eq!(table, live);
    assert!(table.contains("DE|deletion|"), "{table}");
    assert!(table.lines().count() >= 4, "{table}");
    // The incremental model holds each request once, after two runs, each with its label.
    let logged = server.psql_ok(&[
        "-At",
        "-c",
        "SELECT count(*), count(DISTINCT request_id), count(intent_label) FROM analytics.requests_log",
    ]);
    assert_eq!(logged.trim(), "10|10|10");
    table
}
