//! `privsql serve` as real clients find it, each with its defaults: psql with and without a
//! database name, SQLAlchemy 2 with pandas, asyncpg (also its binary results against
//! PostgreSQL's answers), psycopg 3 across sessions and transaction blocks, node-postgres (JDBC
//! and psycopg 3's protocol features are in `server.rs`). Each test starts its own server;
//! clients run as scripts under tests/clients/.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use crate::server_peers::require;
use crate::server_util::{requests_csv, Server};

/// psql with a libpq connection string of our own (`server_util`'s names a database).
fn psql(server: &Server, conninfo: &str, sql: &str) -> String {
    let out = Command::new("psql")
        .arg(format!(
            "host=127.0.0.1 port={} user=postgres sslmode=disable {conninfo}",
            server.port
        ))
        .args(["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .env("PGCONNECT_TIMEOUT", "10")
        .env_remove("PGDATABASE")
        .output()
        .expect("run psql");
    assert!(
        out.status.success(),
        "psql {conninfo:?} {sql:?}: {}\nserver log:\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log()
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

fn assert_client(out: Output, done: &str, server: &Server) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(done),
        "{stdout}\n{}\nserver log:\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log()
    );
}

fn script(name: &str) -> String {
    format!("{}/tests/clients/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn psql_with_no_database_name_postgres_or_any_other_reaches_the_catalog() {
    let server = Server::start("");
    psql(
        &server,
        "dbname=postgres",
        "CREATE TABLE t (id BIGINT, name TEXT)",
    );
    psql(
        &server,
        "dbname=postgres",
        "INSERT INTO postgres.public.t VALUES (1, 'a')",
    );
    // No dbname: libpq sends the user name (`postgres`); then a name nobody configured.
    for conninfo in ["", "dbname=analytics"] {
        assert_eq!(psql(&server, conninfo, "SELECT name FROM t"), "a");
    }
    assert_eq!(
        psql(
            &server,
            "dbname=analytics",
            "SELECT id FROM analytics.public.t"
        ),
        "1"
    );
    // current_database() is the catalog information_schema lists the table under.
    assert_eq!(
        psql(
            &server,
            "dbname=postgres",
            "SELECT current_database() = table_catalog FROM information_schema.tables \
             WHERE table_name = 't'"
        ),
        "t"
    );
    // A database name no client connected with is still refused, as PostgreSQL does.
    let out = Command::new("psql")
        .arg(format!(
            "host=127.0.0.1 port={} user=postgres dbname=postgres sslmode=disable",
            server.port
        ))
        .args(["-X", "-c", "SELECT * FROM nowhere.public.t"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn server_database_names_the_catalog() {
    let server = Server::start("[server]\ndatabase = \"warehouse\"\n");
    psql(&server, "dbname=postgres", "CREATE TABLE t (id BIGINT)");
    assert_eq!(psql(&server, "", "SELECT current_database()"), "warehouse");
    assert_eq!(
        psql(
            &server,
            "",
            "SELECT table_catalog FROM information_schema.tables WHERE table_name = 't'"
        ),
        "warehouse"
    );
    assert_eq!(
        psql(
            &server,
            "dbname=warehouse",
            "SELECT count(*) FROM warehouse.public.t"
        ),
        "0"
    );
}

#[test]
fn functions_drivers_call_answer_as_postgresql() {
    let server = Server::start("");
    let version = psql(&server, "", "SELECT version()");
    assert!(
        version.starts_with(&format!(
            "PostgreSQL 16.6 (privsql {}) on ",
            env!("CARGO_PKG_VERSION")
        )),
        "{version}"
    );
    assert_eq!(
        psql(
            &server,
            "",
            "SELECT current_setting('server_version_num'), current_setting('server_version'), \
             current_setting('standard_conforming_strings'), \
             current_setting('no.such', true) IS NULL"
        ),
        "160006|16.6 (privsql)|on|t"
    );
    assert_eq!(
        psql(
            &server,
            "",
            "SELECT pg_get_userbyid(10), pg_is_other_temp_schema(2200), \
             json_build_object('a', 1, 'b', 'x')"
        ),
        "postgres|f|{\"a\":1,\"b\":\"x\"}"
    );
    assert_eq!(
        psql(
            &server,
            "",
            "SELECT nspname FROM pg_catalog.pg_namespace \
             WHERE nspname NOT LIKE 'pg/_' || '%' ESCAPE '/' AND nspname = 'public'"
        ),
        "public"
    );
}

/// Run the Python client script `name` with `args` against `server`, after checking that its
/// `modules` import (else the install hint names `what`); asserts it printed `done`.
fn python_client(
    server: &Server,
    modules: &str,
    what: &str,
    name: &str,
    args: &[String],
    done: &str,
) {
    let has = Command::new("python3")
        .args(["-c", &format!("import {modules}")])
        .status()
        .is_ok_and(|s| s.success());
    require(has, what);
    let out = Command::new("python3")
        .arg(script(name))
        .args(args)
        .output()
        .unwrap();
    assert_client(out, done, server);
}

#[test]
fn sqlalchemy_reflection_and_pandas_round_trips() {
    let server = Server::start("");
    let modules = "sqlalchemy, psycopg2, pandas";
    let what = "sqlalchemy 2, psycopg2-binary and pandas (PyPI)";
    let args = [server.port.to_string()];
    python_client(
        &server,
        modules,
        what,
        "sqlalchemy_client.py",
        &args,
        "sqlalchemy OK",
    );
}

#[test]
fn asyncpg_prepared_statements_cursors_and_copy_out() {
    let server = Server::start("");
    let csv = requests_csv(&server.dir);
    let args = [server.port.to_string(), csv.display().to_string()];
    python_client(
        &server,
        "asyncpg",
        "asyncpg (PyPI)",
        "asyncpg_client.py",
        &args,
        "asyncpg OK",
    );
}

#[test]
fn asyncpg_binary_results_match_postgresql() {
    let server = Server::start("");
    let args = [server.port.to_string()];
    python_client(
        &server,
        "asyncpg",
        "asyncpg (PyPI)",
        "asyncpg_types.py",
        &args,
        "asyncpg types OK",
    );
}

#[test]
fn psycopg_sessions_transactional_ddl_and_drops_however_qualified() {
    let mut server = Server::start("");
    let csv = requests_csv(&server.dir);
    let args = [server.conninfo("postgres", None), csv.display().to_string()];
    let script = "psycopg_sessions.py";
    python_client(
        &server,
        "psycopg",
        "psycopg 3 (PyPI)",
        script,
        &args,
        "sessions OK",
    );

    // What was dropped (however qualified) or rolled back is gone from the data dir too.
    server.signal("TERM");
    assert!(server.wait_exit(Duration::from_secs(30)).success());
    let data = server.dir.join("data");
    let recorded = std::fs::read_to_string(data.join("catalog.sql")).unwrap();
    let objects: Vec<&str> = recorded
        .lines()
        .filter_map(|l| l.strip_prefix("-- privsql object: "))
        .collect();
    assert_eq!(
        objects,
        vec![
            "relation datafusion.public.made_by_a",
            "relation datafusion.public.made_by_b",
            "relation datafusion.public.t_kept",
            "relation datafusion.public.v_kept",
        ],
        "{recorded}"
    );
    let mut tables: Vec<String> = std::fs::read_dir(data.join("tables"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    tables.sort();
    assert_eq!(
        tables.len(),
        2,
        "only made_by_a's and t_kept's files: {tables:?}"
    );
    assert!(
        tables[0].starts_with("datafusion.public.made_by_a-"),
        "{tables:?}"
    );
    assert!(
        tables[1].starts_with("datafusion.public.t_kept-"),
        "{tables:?}"
    );
}

#[test]
fn node_postgres_queries_and_metadata() {
    let module = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/node/node_modules/pg");
    require(
        module.exists(),
        "node-postgres (npm pg in tests/clients/node)",
    );
    let server = Server::start("");
    let csv = requests_csv(&server.dir);
    let out = Command::new("node")
        .arg(script("node/client.js"))
        .arg(server.port.to_string())
        .arg(&csv)
        .output()
        .unwrap();
    assert_client(out, "node OK", &server);
}
