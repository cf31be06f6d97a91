//! privsql's quality checks and contracts agree with Great Expectations 1.x and Pydantic 2.
//!
//! `benches/compare/quality_vs_ge.py` builds a CSV with known defects and records what Great
//! Expectations and Pydantic find; this test runs the same checks in privsql on the same file
//! and compares them check by check and row by row. Needs the Python peers:
//! `scripts/install-python-quality.sh`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use arrow::util::display::{ArrayFormatter, FormatOptions};
use datafusion::prelude::SessionContext;

async fn rows(ctx: &SessionContext, sql: &str) -> Vec<Vec<String>> {
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    let options = FormatOptions::default().with_null("NULL");
    let mut out = Vec::new();
    for b in batches {
        let fmts: Vec<ArrayFormatter> = b
            .columns()
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &options).unwrap())
            .collect();
        for r in 0..b.num_rows() {
            out.push(fmts.iter().map(|f| f.value(r).to_string()).collect());
        }
    }
    out
}

fn peers(dir: &Path) {
    let root = env!("CARGO_MANIFEST_DIR");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(python)
        .arg(format!("{root}/benches/compare/quality_vs_ge.py"))
        .arg("--out")
        .arg(dir)
        .output()
        .expect("python3 starts");
    let err = String::from_utf8_lossy(&out.stderr);
    let tail: String = err
        .lines()
        .rev()
        .take(15)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        out.status.success(),
        "quality_vs_ge.py failed; install the peers with scripts/install-python-quality.sh\n{tail}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agrees_with_great_expectations_and_pydantic() {
    let dir = tempfile::tempdir().unwrap();
    peers(dir.path());
    let ge: BTreeMap<String, i64> =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("ge.json")).unwrap())
            .unwrap();
    let pydantic: BTreeMap<String, Vec<String>> =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("pydantic.json")).unwrap())
            .unwrap();
    let contract = std::fs::read_to_string(dir.path().join("contract.sql"))
        .unwrap()
        .replace('\'', "''");

    let ctx = privsql::build_session(&privsql::Config::default()).unwrap();
    ctx.sql(&format!(
        "SELECT * FROM define_contract('proof', '{contract}')"
    ))
    .await
    .unwrap()
    .collect()
    .await
    .unwrap();
    let csv = dir.path().join("data.csv");
    ctx.sql(&format!(
        "CREATE EXTERNAL TABLE proof_rows (n INT, id VARCHAR, email VARCHAR, age VARCHAR, quantity VARCHAR, \
         country VARCHAR, code VARCHAR, note VARCHAR, amount VARCHAR, phone VARCHAR, created_at VARCHAR) \
         STORED AS CSV LOCATION '{}' OPTIONS ('format.has_header' 'true')",
        csv.display()
    ))
    .await
    .unwrap();

    // Great Expectations: unexpected counts check by check.
    let report = rows(
        &ctx,
        "SELECT \"check\", coalesce(\"column\", ''), unexpected_count, element_count FROM quality_report('proof_rows', 'proof')",
    )
    .await;
    let ours: BTreeMap<String, i64> = report
        .iter()
        .map(|r| {
            let key = format!("{}:{}", r[0], r[1]);
            let v = if r[0] == "row_count" { &r[3] } else { &r[2] };
            (key, v.parse().unwrap())
        })
        .collect();
    let mut mismatches = Vec::new();
    for (check, expected) in &ge {
        match ours.get(check) {
            Some(got) if got == expected => {}
            got => mismatches.push(format!(
                "{check}: Great Expectations {expected}, privsql {got:?}"
            )),
        }
    }
    assert!(
        mismatches.is_empty(),
        "disagreements:\n{}",
        mismatches.join("\n")
    );
    assert!(ge.len() >= 20, "the comparison covers {} checks", ge.len());
    assert!(
        ge.values().filter(|v| **v > 0).count() >= 12,
        "the data has defects for most checks"
    );

    // Pydantic: the same rows rejected, for the same fields.
    let violations = rows(
        &ctx,
        "SELECT n, v['field'] FROM (SELECT n, unnest(validate_schema('proof', id, email, age, quantity, country, \
         code, note, amount, phone, created_at)) AS v FROM proof_rows)",
    )
    .await;
    let mut privsql_rejects: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in violations {
        privsql_rejects
            .entry(r[0].clone())
            .or_default()
            .insert(r[1].clone());
    }
    let pydantic: BTreeMap<String, BTreeSet<String>> = pydantic
        .into_iter()
        .map(|(k, v)| (k, v.into_iter().collect()))
        .collect();
    let mut diffs = Vec::new();
    for (row, fields) in &pydantic {
        match privsql_rejects.get(row) {
            Some(ours) if ours == fields => {}
            ours => diffs.push(format!("row {row}: Pydantic {fields:?}, privsql {ours:?}")),
        }
    }
    for (row, fields) in &privsql_rejects {
        if !pydantic.contains_key(row) {
            diffs.push(format!(
                "row {row}: privsql {fields:?}, Pydantic accepts it"
            ));
        }
    }
    assert!(
        diffs.is_empty(),
        "{} disagreements with Pydantic:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
    assert!(
        pydantic.len() > 100,
        "Pydantic rejects {} rows",
        pydantic.len()
    );
}

/// Contract files named in the config are defined when the session starts; a bad one stops it
/// with the file and the place in it.
#[tokio::test]
async fn contract_files_from_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("request.sql");
    std::fs::write(&good, "id VARCHAR NOT NULL CHECK (is_uuid(id)),\nemail VARCHAR CHECK (is_email(email)) COMMENT 'sensitive'\n").unwrap();
    let config = privsql::Config::from_toml(&format!(
        "[contracts.request]\npath = \"{}\"\nmode = \"strict\"\n",
        good.display()
    ))
    .unwrap();
    let ctx = privsql::build_session(&config).unwrap();
    let listed = rows(
        &ctx,
        "SELECT contract, mode, origin, field, rule FROM contracts() ORDER BY rule_no",
    )
    .await;
    assert_eq!(
        listed[0][..2],
        ["request".to_string(), "strict".to_string()]
    );
    assert_eq!(listed[0][2], good.display().to_string());
    assert_eq!(
        listed.iter().map(|r| r[4].as_str()).collect::<Vec<_>>(),
        ["type", "not_null", "format:uuid", "type", "format:email"]
    );
    let v = rows(&ctx, "SELECT string_agg(v['message'], ' | ') FROM (SELECT unnest(validate_schema('request', id, email)) AS v FROM (VALUES (CAST(NULL AS VARCHAR), 'nope')) AS t(id, email))").await;
    assert!(
        v[0][0].contains("is required")
            && v[0][0].contains("[redacted]")
            && !v[0][0].contains("nope"),
        "{}",
        v[0][0]
    );

    let bad = dir.path().join("bad.sql");
    std::fs::write(&bad, "id VARCHAR,\nage INT CHECK (agee > 0)\n").unwrap();
    let config =
        privsql::Config::from_toml(&format!("[contracts.bad]\npath = \"{}\"\n", bad.display()))
            .unwrap();
    let err = privsql::build_session(&config)
        .err()
        .expect("the session is refused")
        .to_string();
    assert!(
        err.contains("bad.sql") && err.contains("column 'age'") && err.contains("agee"),
        "{err}"
    );

    let config =
        privsql::Config::from_toml("[contracts.gone]\npath = \"/nonexistent/contract.sql\"\n")
            .unwrap();
    let err = privsql::build_session(&config)
        .err()
        .expect("the session is refused")
        .to_string();
    assert!(
        err.contains("contracts.gone.path") && err.contains("/nonexistent/contract.sql"),
        "{err}"
    );
}

/// Plans with a quality table function serialise through datafusion-proto with
/// `QualityCodec`, and the decoded plan computes the same report; `validate_schema` is planned
/// into DataFusion expressions and `contract_violations`, which serialise by name.
#[tokio::test]
async fn quality_plans_round_trip_through_proto() {
    use datafusion_proto::bytes::{
        logical_plan_from_bytes_with_extension_codec, logical_plan_to_bytes_with_extension_codec,
    };
    use privsql_udfs::quality::table::QualityCodec;

    let ctx = privsql::build_session(&privsql::Config::default()).unwrap();
    ctx.sql(
        "CREATE TABLE t (a INT, b VARCHAR) AS VALUES (1, 'x'), (2, 'y'), (2, 'zz'), (NULL, 'x')",
    )
    .await
    .unwrap();
    ctx.sql("SELECT * FROM define_contract('ab', 'a INT NOT NULL UNIQUE, b VARCHAR(1) CHECK (b IN (''x'', ''y''))')")
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let sql = "SELECT \"check\", \"column\", unexpected_count FROM quality_report('t', 'ab') ORDER BY 1, 2";
    let expected = rows(&ctx, sql).await;
    assert!(
        expected.iter().any(|r| r[0] == "unique" && r[2] == "2"),
        "{expected:?}"
    );

    // The codec holds no contracts: the decoding session's own (a config extension) are used.
    let plan = ctx.sql(sql).await.unwrap().into_unoptimized_plan();
    let codec = QualityCodec::default();
    let bytes = logical_plan_to_bytes_with_extension_codec(&plan, &codec).unwrap();
    let decoded =
        logical_plan_from_bytes_with_extension_codec(&bytes, &ctx.task_ctx(), &codec).unwrap();
    let batches = ctx
        .execute_logical_plan(decoded)
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let options = FormatOptions::default().with_null("NULL");
    let mut got = Vec::new();
    for b in batches {
        let fmts: Vec<ArrayFormatter> = b
            .columns()
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &options).unwrap())
            .collect();
        for r in 0..b.num_rows() {
            got.push(
                fmts.iter()
                    .map(|f| f.value(r).to_string())
                    .collect::<Vec<_>>(),
            );
        }
    }
    assert_eq!(got, expected);

    // The physical plan holds DuplicatesExec (duplicate keys and rows), encoded by the same
    // codec, composed into privsql's.
    let plan = ctx.sql(sql).await.unwrap().create_physical_plan().await.unwrap();
    let privsql_codec = privsql::codec::PrivsqlCodec::default();
    let bytes = datafusion_proto::bytes::physical_plan_to_bytes_with_extension_codec(
        plan,
        &privsql_codec,
    )
    .unwrap();
    let decoded = datafusion_proto::bytes::physical_plan_from_bytes_with_extension_codec(
        &bytes,
        &ctx.task_ctx(),
        &privsql_codec,
    )
    .unwrap();
    let shown = format!(
        "{}",
        datafusion::physical_plan::displayable(decoded.as_ref()).indent(true)
    );
    assert_eq!(shown.matches("DuplicatesExec").count(), 2, "{shown}");
    let batches = datafusion::physical_plan::collect(decoded, ctx.task_ctx())
        .await
        .unwrap();
    let mut got = Vec::new();
    for b in batches {
        let fmts: Vec<ArrayFormatter> = b
            .columns()
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &options).unwrap())
            .collect();
        for r in 0..b.num_rows() {
            got.push(
                fmts.iter()
                    .map(|f| f.value(r).to_string())
                    .collect::<Vec<_>>(),
            );
        }
    }
    assert_eq!(got, expected);

    let v = "SELECT validate_schema('ab', a, b) AS v FROM (VALUES (1, 'x'), (2, 'y'), (2, 'zz'), (NULL, 'x')) AS t(a, b)";
    let plan = ctx.sql(v).await.unwrap().into_optimized_plan().unwrap();
    let bytes = logical_plan_to_bytes_with_extension_codec(&plan, &codec).unwrap();
    let decoded =
        logical_plan_from_bytes_with_extension_codec(&bytes, &ctx.task_ctx(), &codec).unwrap();
    assert!(format!("{}", decoded.display_indent()).contains("contract_violations("));
    let n: usize = ctx
        .execute_logical_plan(decoded)
        .await
        .unwrap()
        .collect()
        .await
        .unwrap()
        .iter()
        .map(|b| b.num_rows())
        .sum();
    assert_eq!(n, 4);
}
