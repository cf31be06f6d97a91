//! Server files: reads and writes of files go only under the roots of `[server.files]` and only
//! for users with the grant (`[server.users.NAME] files`), whatever the statement's form.

use crate::server_util::{hash_password, Server};

use super::sqlstate;

/// The server's message of a failed statement.
fn message(e: &tokio_postgres::Error) -> String {
    e.as_db_error()
        .map(|d| d.message().to_owned())
        .unwrap_or_else(|| e.to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn files_need_the_grant_and_a_root() {
    let dir = tempfile::tempdir().unwrap().keep();
    let root = dir.join("root");
    let out = root.join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(root.join("data.csv"), "id,intent\n1,delete\n2,access\n").unwrap();
    std::fs::write(dir.join("secret.csv"), "id,word\n1,topsecret\n").unwrap();
    std::os::unix::fs::symlink(&dir, root.join("up")).unwrap();
    let config = format!(
        "[server.files]\nread = [{r:?}]\nwrite = [{o:?}]\n\
         [server.users.alice]\npassword = \"{h}\"\n\
         [server.users.bob]\npassword = \"{h}\"\nfiles = \"none\"\n\
         [server.users.reader]\npassword = \"{h}\"\nread_only = true\nfiles = \"write\"\n",
        r = root.display().to_string(),
        o = out.display().to_string(),
        h = hash_password("pw"),
    );
    let server = Server::start_in(&dir, &config);
    let alice = server.connect("alice", Some("pw")).await.unwrap();
    let bob = server.connect("bob", Some("pw")).await.unwrap();
    let reader = server.connect("reader", Some("pw")).await.unwrap();
    let (r, d, o) = (root.display(), dir.display(), out.display());

    let data = format!(r#"SELECT count(*) FROM "{r}/data.csv""#);
    let n: i64 = alice.query_one(&data, &[]).await.unwrap().get(0);
    assert_eq!(n, 2);
    alice.batch_execute(&data).await.unwrap();
    reader.query_one(&data, &[]).await.unwrap();

    // Refused for everyone: outside the read root, however the path is written.
    let outside = [
        format!(r#"SELECT * FROM "{d}/secret.csv""#),
        format!(r#"SELECT * FROM "{r}/../secret.csv""#),
        format!(r#"SELECT * FROM "{r}/up/secret.csv""#),
        format!(r#"SELECT * FROM "file://{d}/secret.csv""#),
        format!(r#"SELECT * FROM "{r}/missing/../../secret.csv""#),
        r#"SELECT * FROM "s3://bucket/key.parquet""#.to_owned(),
        r#"SELECT * FROM "https://example.com/x.csv""#.to_owned(),
        format!(r#"EXPLAIN ANALYZE SELECT * FROM "{d}/secret.csv""#),
        format!(r#"SELECT * FROM (SELECT 1) t WHERE EXISTS (SELECT 1 FROM "{d}/secret.csv")"#),
        format!(r#"COPY "{d}/secret.csv" TO STDOUT"#),
        format!(
            "CREATE EXTERNAL TABLE s STORED AS CSV LOCATION '{d}/secret.csv' \
             OPTIONS ('format.has_header' 'true')"
        ),
    ];
    for sql in &outside {
        let e = alice.batch_execute(sql).await.unwrap_err();
        assert_eq!(sqlstate(&e), "42501", "{sql}: {e}");
        let text = message(&e);
        assert!(text.contains("server.files.read"), "{sql}: {text}");
        assert!(!text.contains("topsecret"), "{sql}: {text}");
        if !sql.starts_with("COPY") && !sql.starts_with("CREATE") {
            let e = alice.query(sql.as_str(), &[]).await.unwrap_err();
            assert_eq!(sqlstate(&e), "42501", "extended {sql}: {e}");
        }
    }

    // bob has no grant: even the root is refused, in both protocols.
    for sql in [
        data.clone(),
        format!(
            "CREATE EXTERNAL TABLE b STORED AS CSV LOCATION '{r}/data.csv' \
             OPTIONS ('format.has_header' 'true')"
        ),
        format!("COPY (SELECT 1 AS x) TO '{o}/bob.csv'"),
    ] {
        let e = bob.batch_execute(&sql).await.unwrap_err();
        assert_eq!(sqlstate(&e), "42501", "{sql}: {e}");
        assert!(
            message(&e).contains("server.users.bob.files"),
            "{}",
            message(&e)
        );
    }
    let e = bob.query(data.as_str(), &[]).await.unwrap_err();
    assert_eq!(sqlstate(&e), "42501", "{e}");

    // External tables: created under the root, read through a view; bob cannot read them.
    alice
        .batch_execute(&format!(
            "CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '{r}/data.csv' \
             OPTIONS ('format.has_header' 'true'); \
             CREATE VIEW deletions AS SELECT id FROM requests WHERE intent = 'delete'"
        ))
        .await
        .unwrap();
    let n: i64 = alice
        .query_one("SELECT count(*) FROM deletions", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    // Queries the server rewrites before planning (repeated names) are checked on the plan that
    // runs, like any other.
    for sql in [
        "SELECT count(*) FROM deletions",
        "COPY requests TO STDOUT",
        "SELECT id, id FROM deletions",
    ] {
        let e = bob.batch_execute(sql).await.unwrap_err();
        assert_eq!(sqlstate(&e), "42501", "{sql}: {e}");
    }

    // Writes: only under the write root, never by the read-only user whatever its grant.
    alice
        .batch_execute(&format!("COPY (SELECT 1 AS x) TO '{o}/a.csv'"))
        .await
        .unwrap();
    assert!(out.join("a.csv").exists());
    for sql in [
        format!("COPY (SELECT 1 AS x) TO '{r}/a.csv'"),
        format!("COPY (SELECT 1 AS x) TO '{o}/../a.csv'"),
        format!("COPY (SELECT 1 AS x) TO '{d}/a.csv'"),
        "INSERT INTO requests VALUES (3, 'none')".to_owned(),
    ] {
        let e = alice.batch_execute(&sql).await.unwrap_err();
        assert_eq!(sqlstate(&e), "42501", "{sql}: {e}");
        assert!(
            message(&e).contains("server.files.write"),
            "{sql}: {}",
            message(&e)
        );
    }
    let e = alice
        .execute("INSERT INTO requests VALUES (3, 'none')", &[])
        .await
        .unwrap_err();
    assert_eq!(sqlstate(&e), "42501", "{e}");
    assert!(!root.join("a.csv").exists() && !dir.join("a.csv").exists());
    alice
        .batch_execute(&format!(
            "CREATE EXTERNAL TABLE landing (id BIGINT, intent VARCHAR) STORED AS CSV \
             LOCATION '{o}/landing/'; INSERT INTO landing VALUES (3, 'none')"
        ))
        .await
        .unwrap();
    let e = reader
        .batch_execute(&format!("COPY (SELECT 1 AS x) TO '{o}/r.csv'"))
        .await
        .unwrap_err();
    assert_eq!(sqlstate(&e), "42501", "{e}");
    assert!(!out.join("r.csv").exists());
}
