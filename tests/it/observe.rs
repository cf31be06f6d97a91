//! Observability with the real components: Prometheus scraping `privsql serve`'s `/metrics`, a
//! batch run pushing to a Pushgateway and writing a textfile, `--log-format json` spans, MLflow
//! tracking of `sql/pipeline.sql` (and of a run whose server stops mid-run), no planted PII of
//! the synthetic data in any log line, metric or tracked record, and the example Grafana
//! dashboard querying only metrics privsql exports.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::observe_util::{http_get, http_post_json, mlflow, prometheus, pushgateway, sample};
use crate::server_util::{free_port, Server};
use crate::util::Privsql;

/// A script exercising every family that counts: classifier, sampler, contract rules, and the
/// script's own figures.
const COUNTED: &str = "\
CREATE VIEW m AS SELECT * FROM synthetic_intents(2000, 7);
SELECT classify_intent(text) AS intent, count(*) AS n FROM m GROUP BY 1 ORDER BY 1;
SELECT count(*) AS drawn FROM stratified_sample('m', 'intent', 0.1, 42);
SELECT sum(cardinality(contract_violations(id % 10 = 0, id, 'id', 'tenth', 'id {value}'))) AS broken FROM m;
SELECT count(*) AS rules FROM define_contract('ids', 'id BIGINT CHECK (id % 4 <> 0)');
SELECT sum(cardinality(validate_schema('ids', id))) AS broken FROM m;
SELECT log_metric('accuracy', 0.93) AS a, log_param('cutoff', 'p90') AS c;
COPY (SELECT id FROM m) TO 'ids.csv' STORED AS CSV;
SELECT count(*) AS ids FROM 'ids.csv';
";

/// Poll `f` every 500 ms until it gives `Some`, at most `timeout`.
fn eventually<T>(timeout: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// Prometheus' value of the instant query `q`, if it has one series.
fn prom_value(prom: &str, q: &str) -> Option<f64> {
    let url = format!("{prom}/api/v1/query?query={}", q.replace('{', "%7B").replace('}', "%7D").replace('"', "%22"));
    let v: Value = serde_json::from_str(&http_get(&url).ok()?).ok()?;
    v["data"]["result"][0]["value"][1].as_str()?.parse().ok()
}

#[test]
fn prometheus_scrapes_the_servers_metrics() {
    let mport = free_port();
    let server = Server::start(&format!("[metrics]\nenabled = true\nlisten = \"127.0.0.1:{mport}\"\n"));
    assert!(server.logged(&format!("metrics on http://127.0.0.1:{mport}/metrics")), "{}", server.log());
    for _ in 0..3 {
        server.psql_ok(&["-c", "SELECT classify_intent('Please delete my account and all my data') AS i"]);
    }
    let _ = server.psql(&["-c", "SELECT no_such_column FROM no_such_table"]);
    // A query that fails after its first rows went out: its first batch is all numbers, a later
    // one has a text that is not. It counts as a failed statement, not as one that was answered.
    let failed_late = server.psql(&[
        "-c",
        "SELECT CASE WHEN value <= 9000 THEN value ELSE CAST(CAST(value AS VARCHAR) || 'x' AS BIGINT) END \
         FROM generate_series(1, 20000)",
    ]);
    assert!(!failed_late.status.success(), "the late failure did not fail");
    // One simple-protocol message with two statements: a command and a DML statement.
    server.psql_ok(&["-c", "CREATE TABLE t (x INT); INSERT INTO t VALUES (1), (2)"]);
    // A session that stays open, and a statement over the extended protocol.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let session = rt.block_on(server.connect("postgres", None)).unwrap();
    assert_eq!(rt.block_on(session.query("SELECT x FROM t", &[])).unwrap().len(), 2);

    // The endpoint itself: text format, the server's counters and the classifier's.
    let text = http_get(&format!("http://127.0.0.1:{mport}/metrics")).unwrap();
    assert!(text.contains("# TYPE privsql_server_queries_total counter"), "{text}");
    assert!(sample(&text, "privsql_server_queries_total", &[]).unwrap() >= 4.0, "{text}");
    assert!(sample(&text, "privsql_server_errors_total", &[]).unwrap() >= 1.0, "{text}");
    assert!(sample(&text, "privsql_server_auth_ok_total", &[]).unwrap() >= 4.0, "{text}");
    assert_eq!(sample(&text, "privsql_classify_rows_total", &[("model", "privsql-intent-hashed-v2")]), Some(3.0), "{text}");
    assert_eq!(sample(&text, "privsql_classify_labels_total", &[("label", "deletion")]), Some(3.0), "{text}");
    assert_eq!(sample(&text, "privsql_classify_confidence_count", &[]), Some(3.0), "{text}");
    assert!(!text.contains("delete my account"), "statement text in the metrics:\n{text}");
    let statements = |kind: &str, outcome: &str| {
        sample(&text, "privsql_server_statements_total", &[("kind", kind), ("outcome", outcome)])
    };
    assert_eq!(statements("query", "ok"), Some(4.0), "{text}");
    assert_eq!(statements("query", "error"), Some(2.0), "{text}");
    assert_eq!((statements("command", "ok"), statements("dml", "ok")), (Some(1.0), Some(1.0)), "{text}");
    // Every query timed, the late failure included (when its rows ended).
    let timed = |kind: &str| sample(&text, "privsql_server_statement_duration_seconds_count", &[("kind", kind)]);
    assert_eq!((timed("query"), timed("command"), timed("dml")), (Some(6.0), Some(1.0), Some(1.0)), "{text}");
    // psql's sessions end as it exits; the open one stays.
    let sessions = eventually(Duration::from_secs(10), || {
        let text = http_get(&format!("http://127.0.0.1:{mport}/metrics")).ok()?;
        sample(&text, "privsql_server_sessions_active", &[]).filter(|v| *v == 1.0)
    });
    assert_eq!(sessions, Some(1.0));
    assert!(http_get(&format!("http://127.0.0.1:{mport}/other")).unwrap_err().starts_with("404"));

    // A real Prometheus scrapes it and answers queries over it.
    let prom = prometheus(&format!("127.0.0.1:{mport}"));
    let url = prom.url();
    let queries = eventually(Duration::from_secs(60), || prom_value(&url, "privsql_server_queries_total").filter(|v| *v >= 4.0));
    assert!(queries.is_some(), "Prometheus never saw the queries; its log:\n{}", prom.log());
    let rows = eventually(Duration::from_secs(30), || {
        prom_value(&url, "sum(privsql_classify_labels_total{label=\"deletion\"})").filter(|v| *v >= 3.0)
    });
    assert_eq!(rows, Some(3.0));
    let up = prom_value(&url, "up{job=\"privsql\"}");
    assert_eq!(up, Some(1.0));
    let dml = prom_value(&url, "privsql_server_statements_total{kind=\"dml\",outcome=\"ok\"}");
    assert_eq!(dml, Some(1.0));
    drop(session);
}

#[test]
fn a_batch_run_pushes_to_the_pushgateway_and_writes_a_textfile() {
    let gw = pushgateway();
    let p = Privsql::new().file("job.sql", COUNTED);
    let textfile = p.dir().join("privsql.prom");
    let config = format!(
        "[metrics]\npushgateway = \"{}\"\ntextfile = {:?}\njob = \"nightly\"\n",
        gw.url(),
        textfile.display().to_string()
    );
    // `p` lives on: its directory holds the textfile.
    let p = p.file("privsql.toml", &config).args(["--config", "privsql.toml", "-q", "-f", "job.sql"]);
    let r = p.run().success();
    assert!(r.stdout.contains("drawn"), "{}", r.stdout);

    let pushed = http_get(&format!("{}/metrics", gw.url())).unwrap();
    let written = std::fs::read_to_string(&textfile).unwrap();
    for (text, extra) in [(&pushed, vec![("job", "nightly")]), (&written, vec![])] {
        let with = |labels: &[(&'static str, &'static str)]| [labels, &extra[..]].concat();
        assert_eq!(sample(text, "privsql_statements_total", &with(&[("kind", "query"), ("outcome", "ok")])), Some(7.0), "{text}");
        assert_eq!(sample(text, "privsql_statements_total", &with(&[("kind", "dml"), ("outcome", "ok")])), Some(1.0), "{text}");
        assert_eq!(sample(text, "privsql_statements_total", &with(&[("kind", "command"), ("outcome", "ok")])), Some(1.0), "{text}");
        assert_eq!(sample(text, "privsql_classify_rows_total", &with(&[])), Some(2000.0), "{text}");
        assert_eq!(sample(text, "privsql_sample_rows_in_total", &with(&[("sampler", "stratified_sample")])), Some(2000.0), "{text}");
        let out = sample(text, "privsql_sample_rows_out_total", &with(&[("sampler", "stratified_sample")])).unwrap();
        assert!((150.0..=250.0).contains(&out), "{out}");
        assert_eq!(sample(text, "privsql_contract_violations_total", &with(&[("field", "id"), ("rule", "tenth")])), Some(200.0), "{text}");
        let check = sample(text, "privsql_contract_violations_total", &with(&[("contract", "ids"), ("field", "id")]));
        assert_eq!(check, Some(500.0), "{text}");
        assert_eq!(sample(text, "privsql_logged_metric", &with(&[("name", "accuracy")])), Some(0.93), "{text}");
        // The CSV scan counts its rows (synthetic_intents does not).
        assert!(sample(text, "privsql_rows_read_total", &with(&[])).unwrap() >= 2000.0, "{text}");
    }

    // A Pushgateway that is not there: the run still succeeds, with a warning.
    let down = format!("[metrics]\npushgateway = \"http://127.0.0.1:{}\"\n", free_port());
    Privsql::new()
        .file("down.toml", &down)
        .args(["--config", "down.toml", "-q", "-c", "SELECT 1"])
        .run()
        .success()
        .stderr_has("metrics not pushed to the Pushgateway");
}

/// The JSON objects of a `--log-format json` stderr.
fn json_lines(stderr: &str) -> Vec<Value> {
    stderr.lines().filter_map(|l| serde_json::from_str::<Value>(l).ok()).collect()
}

#[test]
fn json_logs_have_one_span_per_statement() {
    let r = Privsql::new()
        .file("job.sql", "SELECT 1 AS a UNION ALL SELECT 2;\nCREATE VIEW v AS SELECT 1 AS x;\nSELECT * FROM nope;\n")
        .env("PRIVSQL_LOG", "info")
        .args(["--log-format", "json", "-q", "--continue-on-error", "-f", "job.sql"])
        .run()
        .status(1);
    let closed: Vec<Value> = json_lines(&r.stderr)
        .into_iter()
        .filter(|v| v["fields"]["message"] == "close" && v["span"]["name"] == "statement")
        .map(|v| v["span"].clone())
        .collect();
    assert_eq!(closed.len(), 3, "{}", r.stderr);
    let field = |i: usize, k: &str| closed[i][k].clone();
    assert_eq!((field(0, "kind"), field(0, "rows"), field(0, "outcome")), (json!("query"), json!(2), json!("ok")));
    assert_eq!((field(1, "kind"), field(1, "outcome")), (json!("command"), json!("ok")));
    assert_eq!((field(2, "outcome"), field(2, "line")), (json!("error"), json!(3)));
    assert!(closed.iter().all(|s| s["query_id"].is_u64() && s["duration_ms"].is_u64()), "{closed:?}");
    assert_ne!(field(0, "query_id"), field(1, "query_id"));
}

/// The planted PII of the synthetic data: every e-mail address of the rows, and every full name
/// ("First Last") its generator can write.
fn planted_pii(rows: usize, seed: u64) -> (HashSet<String>, Vec<String>) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let emails = rt.block_on(async {
        let ctx = privsql::build_session(&privsql::Config::default()).unwrap();
        let batches = ctx
            .sql(&format!("SELECT DISTINCT email FROM synthetic_intents({rows}, {seed}) WHERE email IS NOT NULL"))
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        let mut out = HashSet::new();
        for b in batches {
            let c = arrow::compute::cast(b.column(0), &arrow::datatypes::DataType::Utf8).unwrap();
            let c = c.as_any().downcast_ref::<arrow::array::StringArray>().unwrap();
            out.extend(c.iter().flatten().map(str::to_owned));
        }
        out
    });
    let mut names = Vec::new();
    for lang in privsql::sources::synthetic::phrases::all() {
        for first in lang.first_names {
            for last in lang.last_names {
                names.push(format!("{first} {last}"));
            }
        }
    }
    (emails, names)
}

/// Panics when `text` (named `what`) holds one of the planted e-mail addresses or full names.
fn assert_no_pii(what: &str, text: &str, emails: &HashSet<String>, names: &[String]) {
    for token in text.split(|c: char| c.is_whitespace() || "\"'<>(),;[]{}=`".contains(c)) {
        let t = token.trim_matches(|c: char| c == '.' || c == ':');
        assert!(!(t.contains('@') && emails.contains(t)), "{what} holds the planted e-mail {t}");
    }
    for n in names {
        assert!(!text.contains(n.as_str()), "{what} holds the planted name {n}");
    }
}

/// The run of experiment `name` on the MLflow server at `base`.
fn mlflow_run(base: &str, experiment: &str) -> Value {
    let e = http_get(&format!("{base}/api/2.0/mlflow/experiments/get-by-name?experiment_name={experiment}")).unwrap();
    let id = serde_json::from_str::<Value>(&e).unwrap()["experiment"]["experiment_id"].as_str().unwrap().to_owned();
    let runs = http_post_json(&format!("{base}/api/2.0/mlflow/runs/search"), &json!({ "experiment_ids": [id] })).unwrap();
    let runs: Value = serde_json::from_str(&runs).unwrap();
    assert_eq!(runs["runs"].as_array().map(Vec::len), Some(1), "{runs}");
    runs["runs"][0].clone()
}

/// `key -> value` of a run's `params`, `metrics` or `tags`.
fn kv(run: &Value, what: &str) -> std::collections::BTreeMap<String, Value> {
    run["data"][what]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| (p["key"].as_str().unwrap_or_default().to_owned(), p["value"].clone()))
        .collect()
}

#[test]
fn mlflow_tracks_the_pipeline_and_a_run_outlives_its_server() {
    let mut server = mlflow();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().unwrap();
    let textfile = work.path().join("pipeline.prom");
    let fallback = work.path().join("fallback");
    let config = format!(
        "[tracking]\nmlflow_uri = \"{}\"\nexperiment = \"pipeline\"\nfallback_dir = {:?}\n[metrics]\ntextfile = {:?}\n",
        server.url(),
        fallback.display().to_string(),
        textfile.display().to_string()
    );
    std::fs::write(work.path().join("privsql.toml"), &config).unwrap();
    let figures = "SELECT log_metric('accuracy', 0.91) AS a, log_param('reviewer', 'team-a') AS r;\n\
        SELECT * FROM profile('SELECT ''jane.roe@example.org'' AS email, 3 AS n');\n";
    std::fs::write(work.path().join("figures.sql"), figures).unwrap();

    // sql/pipeline.sql as the README runs it, with JSON logs at debug level for privsql.
    let r = Privsql::new()
        .cwd(root)
        .env("PRIVSQL_LOG", "info,privsql=debug")
        .args(["--config", &work.path().join("privsql.toml").display().to_string()])
        .args(["--log-format", "json", "-q", "--set", "DAY=2024-05-01", "-f", "sql/pipeline.sql"])
        .args(["-f", &work.path().join("figures.sql").display().to_string()])
        .run()
        .success();

    let run = mlflow_run(&server.url(), "pipeline");
    assert_eq!(run["info"]["status"], "FINISHED", "{run}");
    let params = kv(&run, "params");
    assert_eq!(params["script"], json!(format!("sql/pipeline.sql, {}", work.path().join("figures.sql").display())));
    assert_eq!(params["set.DAY"], "2024-05-01");
    assert_eq!(params["reviewer"], "team-a");
    assert_eq!(params["model.name"], "privsql-intent-hashed-v2");
    assert!(params["model.digest"].as_str().is_some_and(|d| d.len() == 16), "{params:?}");
    assert!(params.contains_key("engine.batch_size"), "{params:?}");
    let metrics = kv(&run, "metrics");
    assert_eq!(metrics["accuracy"], 0.91);
    for key in ["statement_rows", "statement_seconds", "statements", "classify_mean_confidence", "classify_rows.deletion"] {
        assert!(metrics.contains_key(key), "{key} not in {metrics:?}");
    }
    assert_eq!(metrics["statements_failed"], 0.0);
    assert_eq!(kv(&run, "tags")["privsql.version"], env!("CARGO_PKG_VERSION"));
    let run_id = run["info"]["run_id"].as_str().unwrap();
    let listed = |path: &str| {
        let l = http_get(&format!("{}/api/2.0/mlflow/artifacts/list?run_id={run_id}&path={path}", server.url())).unwrap();
        serde_json::from_str::<Value>(&l).unwrap()["files"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| f["path"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(listed("script"), vec!["script/figures.sql", "script/pipeline.sql"]);
    let model = "model/privsql-intent-hashed-v2";
    assert_eq!(listed("model"), vec![model]);
    assert_eq!(listed(model), vec![format!("{model}/MODEL_CARD.md"), format!("{model}/sidecar.json")]);
    // Read back through the artifact proxy: `mlflow-artifacts:/<experiment>/<run>/artifacts`.
    let root_uri = run["info"]["artifact_uri"].as_str().unwrap().trim_start_matches("mlflow-artifacts:").trim_start_matches('/').to_owned();
    let artifact = |path: &str| http_get(&format!("{}/api/2.0/mlflow-artifacts/artifacts/{root_uri}/{path}", server.url())).unwrap();
    let card = std::fs::read_to_string(root.join("udfs/models/README.md")).unwrap();
    assert_eq!(artifact(&format!("{model}/MODEL_CARD.md")), card);
    // The quality tables the statements produced, in order, as JSON: figures, no row values.
    let quality = listed("quality");
    let expected = ["quality/01-quality_score-message_fields.json", "quality/02-quality_report-message_fields.json", "quality/03-profile-query.json"];
    assert_eq!(quality, expected, "{quality:?}");
    let read = |i: usize| serde_json::from_str::<Value>(&artifact(expected[i])).unwrap();
    let (score, report, profile) = (read(0), read(1), read(2));
    assert_eq!((score["function"].clone(), score["contract"].clone()), (json!("quality_score"), json!("message")));
    let s = score["rows"][0]["score"].as_f64().unwrap();
    assert!((0.0..100.0).contains(&s), "{score}");
    assert_eq!(report["redacted"], json!(["unexpected_examples"]), "{report}");
    let checks = report["rows"].as_array().unwrap();
    assert!(!checks.is_empty() && checks.iter().all(|c| c.get("unexpected_examples").is_none()), "{report}");
    assert!(checks.iter().any(|c| c["check"] == "unique" && c["unexpected_count"].as_i64() > Some(0)), "{report}");
    assert_eq!(profile["redacted"], json!(["min", "max", "top_values"]), "{profile}");
    assert_eq!(profile["rows"][0]["column"], "email");
    assert_eq!(profile["rows"][0]["row_count"], 1);
    assert!(!profile.to_string().contains("jane.roe"), "{profile}");

    // One span per statement in the JSON log, and no planted PII in any log line, metric or
    // tracked value.
    let spans = json_lines(&r.stderr).into_iter().filter(|v| v["span"]["name"] == "statement" && v["fields"]["message"] == "close").count();
    assert!(spans >= 20, "{spans} statement spans in:\n{}", r.stderr);
    let (emails, names) = planted_pii(1_000_000, 42);
    assert!(emails.len() > 100_000 && !names.is_empty());
    assert_no_pii("the JSON log", &r.stderr, &emails, &names);
    assert_no_pii("the metrics textfile", &std::fs::read_to_string(&textfile).unwrap(), &emails, &names);
    assert_no_pii("the MLflow run", &run.to_string(), &emails, &names);
    for path in expected {
        assert_no_pii(path, &artifact(path), &emails, &names);
    }

    // The server stops mid-run: the run finishes, warns, and keeps its record locally.
    let slow = "SELECT count(*) AS n FROM synthetic_intents(300000, 1) WHERE classify_intent(text) <> 'x';\n";
    std::fs::write(work.path().join("slow.sql"), slow).unwrap();
    let mut child = Privsql::new()
        .env("PRIVSQL_LOG", "info")
        .args(["--config", &work.path().join("privsql.toml").display().to_string(), "-q"])
        .args(["-f", &work.path().join("slow.sql").display().to_string()])
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut log = String::new();
    while !log.contains("MLflow run started") {
        let mut line = String::new();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "no run started:\n{log}");
        log.push_str(&line);
    }
    server.stop();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    log.push_str(&rest);
    let status = child.wait().unwrap();
    assert!(status.success(), "{log}");
    assert!(log.contains("not recorded on the server") && log.contains("kept in"), "{log}");
    let kept: Vec<_> = std::fs::read_dir(&fallback).unwrap().flatten().collect();
    assert_eq!(kept.len(), 1);
    let record: Value = serde_json::from_str(&std::fs::read_to_string(kept[0].path()).unwrap()).unwrap();
    assert_eq!(record["status"], "FINISHED");
    assert_eq!(record["run_name"], "slow.sql");
    assert!(record["artifacts"]["script/slow.sql"].as_str().is_some_and(|s| s == slow), "{record}");
}

/// The example dashboard queries only metrics privsql exports, and docs/observability.md
/// documents exactly those.
#[test]
fn the_grafana_dashboard_and_the_docs_name_only_exported_metrics() {
    let ctx = privsql::build_session(&privsql::Config::default()).unwrap();
    privsql::observe::register_process(&ctx);
    std::sync::Arc::new(privsql::server::metrics::Metrics::default()).export();
    let exported: HashSet<String> = privsql::observe::metric_names().into_iter().collect();
    // A histogram's series: NAME_bucket, NAME_sum, NAME_count.
    let known = |name: &str| {
        exported.contains(name)
            || ["_bucket", "_sum", "_count"].iter().any(|s| name.strip_suffix(s).is_some_and(|b| exported.contains(b)))
    };
    let names_in = |text: &str| -> HashSet<String> {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|t| t.starts_with("privsql_") && t.len() > "privsql_".len())
            .map(str::to_owned)
            .collect()
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dashboard: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("examples/grafana/privsql-dashboard.json")).unwrap()).unwrap();
    let mut queried = HashSet::new();
    for panel in dashboard["panels"].as_array().unwrap() {
        for t in panel["targets"].as_array().unwrap() {
            queried.extend(names_in(t["expr"].as_str().unwrap()));
        }
    }
    assert!(queried.len() >= 20, "{queried:?}");
    for name in &queried {
        assert!(known(name), "the dashboard queries {name}, which privsql does not export");
    }
    let docs = std::fs::read_to_string(root.join("docs/observability.md")).unwrap();
    let documented: HashSet<String> = docs
        .lines()
        .filter(|l| l.starts_with("| `privsql_"))
        .flat_map(|l| names_in(l.split('|').nth(1).unwrap_or_default()))
        .collect();
    for name in &exported {
        assert!(documented.contains(name), "{name} is not documented in docs/observability.md");
    }
    for name in &documented {
        assert!(known(name), "docs/observability.md documents {name}, which privsql does not export");
    }
}
