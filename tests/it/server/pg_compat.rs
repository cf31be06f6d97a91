//! What PostgreSQL clients take for granted beyond the catalog queries: result columns of
//! repeated expressions named as PostgreSQL names them (psql, psycopg 3's extended protocol),
//! temporary tables per connection (psql).

use std::process::Command;

use crate::server_util::Server;

#[test]
fn repeated_expressions_are_named_as_postgresql_names_them() {
    let server = Server::start("");
    server.psql_ok(&["-c", "CREATE TABLE t (id BIGINT, name TEXT)"]);
    server.psql_ok(&["-c", "INSERT INTO t VALUES (7, 'ab')"]);
    let cases = [
        ("SELECT 1, 1", "?column?|?column?\n1|1"),
        // Only repeated items are renamed: `2` keeps DataFusion's name.
        (
            "SELECT length(name), length(name), 2 FROM t",
            "length|length|Int64(2)\n2|2|2",
        ),
        ("SELECT id, id, name FROM t", "id|id|name\n7|7|ab"),
        ("SELECT 1 AS a, 2 AS a", "a|a\n1|2"),
        (
            "SELECT CAST(id AS TEXT), CAST(id AS TEXT), 1::int, 1::int FROM t",
            "id|id|int4|int4\n7|7|1|1",
        ),
    ];
    for (sql, expected) in cases {
        let out = server.psql_ok(&["-A", "-P", "footer=off", "-c", sql]);
        assert_eq!(out.trim(), expected, "{sql}");
    }
    // The extended protocol describes the same names (psycopg 3 binds on the server).
    let has = Command::new("python3")
        .args(["-c", "import psycopg"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        has,
        "psycopg 3 is missing: run scripts/install-server-peers.sh"
    );
    let script = "import sys, psycopg\n\
        with psycopg.connect(sys.argv[1]) as c:\n\
        \x20   cur = c.execute('SELECT 1, 1, now(), now() WHERE %s', [True], prepare=True)\n\
        \x20   print([d.name for d in cur.description], len(cur.fetchall()))\n";
    let out = Command::new("python3")
        .args(["-c", script, &server.conninfo("postgres", None)])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "['?column?', '?column?', 'now', 'now'] 1",
        "{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log()
    );
}

#[test]
fn temporary_tables_belong_to_their_connection() {
    let server = Server::start("");
    server.psql_ok(&["-c", "CREATE TABLE shared (v TEXT)"]);
    server.psql_ok(&["-c", "INSERT INTO shared VALUES ('public')"]);
    // One connection: psql runs every -c in the same session.
    let out = server.psql_ok(&[
        "-At",
        "-c",
        "CREATE TEMPORARY TABLE scratch AS SELECT 1 AS n UNION ALL SELECT 2",
        "-c",
        "CREATE TEMP TABLE shared AS SELECT 'temporary' AS v",
        "-c",
        "SELECT sum(n) FROM scratch",
        "-c",
        "SELECT count(*) FROM pg_temp.scratch",
        // A temporary table hides a public one of the same name, as on PostgreSQL.
        "-c",
        "SELECT v FROM shared",
        "-c",
        "SELECT table_schema || '.' || table_name || ':' || table_type \
         FROM information_schema.tables WHERE table_schema = 'pg_temp' ORDER BY table_name",
        "-c",
        "DROP TABLE scratch",
        "-c",
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'scratch'",
    ]);
    assert_eq!(
        out.trim(),
        "SELECT 2\nSELECT 1\n3\n2\ntemporary\n\
         pg_temp.scratch:LOCAL TEMPORARY\npg_temp.shared:LOCAL TEMPORARY\nDROP TABLE\n0"
    );
    // Another connection does not see them, and they are gone with their connection.
    let other = server.psql(&["-At", "-c", "SELECT * FROM pg_temp.shared"]);
    assert!(!other.status.success());
    let out = server.psql_ok(&["-At", "-c", "SELECT v FROM shared"]);
    assert_eq!(out.trim(), "public");
    let out = server.psql_ok(&[
        "-At",
        "-c",
        "CREATE TEMPORARY TABLE scratch (n BIGINT)",
        "-c",
        "INSERT INTO scratch VALUES (5)",
        "-c",
        "SELECT n FROM scratch",
    ]);
    assert_eq!(out.trim(), "CREATE TABLE\nINSERT 0 1\n5");
    // Never recorded: a restart restores the public table only.
    assert!(
        !std::fs::read_to_string(server.dir.join("data/catalog.sql"))
            .unwrap_or_default()
            .contains("scratch")
    );
    // PostgreSQL refuses a temporary table in another schema.
    let out = server.psql(&["-c", "CREATE TEMPORARY TABLE public.x AS SELECT 1"]);
    assert!(!out.status.success());
}
