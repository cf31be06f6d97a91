//! `privsql cluster`: one scheduler and two executors as separate processes on loopback
//! ports (tests/it/cluster_util.rs), and clients with `--cluster`. Each function family gives
//! the answer it gives locally, and the scheduler's job API and the executors' shuffle files
//! show the work ran on the executors; what cannot run there is refused with the reason.

use std::time::{Duration, Instant};

use crate::cluster_util::Cluster;
use crate::util::Privsql;

/// Lines of `text`, sorted: rows tied under ORDER BY may come in another order.
fn sorted_lines(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text.lines().map(str::to_owned).collect();
    v.sort();
    v
}

/// `sql` on the cluster and locally: the same rows; the job it ran as has stages whose plans
/// mention `node` and whose tasks produced rows, and the executors wrote its shuffle files.
/// Returns the job id.
fn same_on_executors(c: &Cluster, label: &str, sql: &str, node: &str) -> String {
    same_on_executors_of(c, 2, label, sql, node)
}

/// [`same_on_executors`] on a cluster whose executors 0 to `executors - 1` live.
fn same_on_executors_of(c: &Cluster, executors: usize, label: &str, sql: &str, node: &str) -> String {
    let before = c.job_ids();
    let remote = c.sql(true, sql);
    let local = c.sql(false, sql);
    assert_eq!(sorted_lines(&remote), sorted_lines(&local), "{label}: cluster and local differ for\n{sql}");
    assert!(remote.lines().count() > 1, "{label}: no rows:\n{remote}");
    let jobs: Vec<String> = c.job_ids().into_iter().filter(|j| !before.contains(j)).collect();
    assert!(!jobs.is_empty(), "{label}: no job reached the scheduler");
    let mut plans = String::new();
    let mut rows = 0u64;
    for job in &jobs {
        let stages = c.json(&format!("/api/job/{job}/stages"));
        for stage in stages["stages"].as_array().into_iter().flatten() {
            plans.push_str(stage["stage_plan"].as_str().unwrap_or_default());
            rows += stage["output_rows"].as_u64().unwrap_or(0);
            for task in stage["tasks"].as_array().into_iter().flatten() {
                rows += task["output_rows"].as_u64().unwrap_or(0);
            }
        }
    }
    assert!(plans.contains(node), "{label}: no stage plan mentions {node}:\n{plans}");
    assert!(rows > 0, "{label}: the executors' tasks report no output rows:\n{plans}");
    let files: usize = jobs.iter().map(|j| c.shuffle_files(j, executors).iter().sum::<usize>()).sum();
    assert!(files > 0, "{label}: no shuffle file under the executors' work dirs");
    jobs.last().cloned().unwrap_or_default()
}

/// Every function family, on the cluster and locally; then what the cluster refuses.
#[test]
fn every_family_runs_on_the_executors_with_the_local_answer() {
    let c = Cluster::start(2, 2);
    let view = "CREATE VIEW v AS SELECT * FROM synthetic_intents(3000, 5);";
    let cases: Vec<(&str, String, &str)> = vec![
        ("synthetic and an aggregate",
         "SELECT channel, count(*) AS n, round(avg(message_length), 3) AS len FROM synthetic_intents(4000, 42) GROUP BY channel ORDER BY channel".into(),
         "SyntheticExec"),
        ("classify_intent",
         "SELECT intent, classify_intent(text) AS predicted, count(*) AS n FROM synthetic_intents(1500, 7) GROUP BY 1, 2 ORDER BY 1, 2".into(),
         "classify_intent"),
        ("contract functions",
         "SELECT * FROM define_contract('t', 'id BIGINT NOT NULL, channel VARCHAR NOT NULL CHECK (channel IN (''email'', ''chat''))'); \
          SELECT channel, count(*) FILTER (WHERE is_valid('t', id, channel)) AS valid, count(*) FILTER (WHERE is_email(email)) AS emails \
          FROM synthetic_intents(2000, 3) GROUP BY channel ORDER BY channel".into(),
         "SyntheticExec"),
        ("outlier_stats (a privsql aggregate)",
         "SELECT channel, outlier_stats(order_total)['mad_outliers'] AS outliers FROM synthetic_intents(3000, 7) GROUP BY channel ORDER BY channel".into(),
         "outlier_stats"),
        ("is_outlier (a window function)",
         "SELECT channel, count(*) FILTER (WHERE o) AS outliers FROM (SELECT channel, is_outlier(order_total) OVER (PARTITION BY channel) AS o \
          FROM synthetic_intents(3000, 7)) GROUP BY channel ORDER BY channel".into(),
         "is_outlier"),
        ("quality_report over a client view",
         format!("{view} SELECT \"check\", \"column\", unexpected_count FROM quality_report('v') ORDER BY 1, 2"),
         "SyntheticExec"),
        ("quality_score over a query",
         "SELECT rows, checks, failed_checks FROM quality_score('SELECT * FROM synthetic_intents(2000, 9)')".into(),
         "SyntheticExec"),
        ("profile",
         format!("{view} SELECT \"column\", null_count, distinct_count FROM profile('v') ORDER BY 1"),
         "SyntheticExec"),
        ("stratified_sample",
         format!("{view} SELECT intent, count(*) AS n FROM stratified_sample('v', 'intent', 0.1, 42) GROUP BY intent ORDER BY intent"),
         "Draw"),
        ("smote",
         "CREATE VIEW m AS SELECT intent, CAST(account_age_days AS DOUBLE) AS age, CAST(prior_requests AS DOUBLE) AS prior FROM synthetic_intents(1000, 5); \
          SELECT intent, is_synthetic, count(*) AS n, round(avg(age), 3) AS age FROM smote('m', 'intent', 3, 'auto', 9) GROUP BY 1, 2 ORDER BY 1, 2".into(),
         "Resample"),
    ];
    for (label, sql, node) in &cases {
        same_on_executors(&c, label, sql, node);
    }

    // Parquet: a file in the shared directory, as a URL table and as an external table.
    c.sql(false, "COPY (SELECT * FROM synthetic_intents(5000, 11)) TO 'data/m.parquet' STORED AS PARQUET");
    same_on_executors(&c, "parquet url table",
        "SELECT channel, count(*) AS n, sum(message_length) AS len FROM 'data/m.parquet' GROUP BY channel ORDER BY channel",
        "DataSourceExec");
    same_on_executors(&c, "parquet external table with classify_intent",
        "CREATE EXTERNAL TABLE f STORED AS PARQUET LOCATION 'data/m.parquet'; \
         SELECT classify_intent(text) AS predicted, count(*) AS n FROM f WHERE id % 5 = 0 GROUP BY 1 ORDER BY 1",
        "classify_intent");

    // Both executors took tasks.
    let mut per_executor = [0usize; 2];
    for job in c.job_ids() {
        for (i, n) in c.shuffle_files(&job, 2).into_iter().enumerate() {
            per_executor[i] += n;
        }
    }
    assert!(per_executor.iter().all(|&n| n > 0), "an executor ran no task: {per_executor:?}");

    // A function of the client's session alone runs in the client.
    let local_only = c.sql(true, "SELECT * FROM define_contract('u', 'id BIGINT NOT NULL'); SELECT DISTINCT contract FROM contracts() ORDER BY contract");
    assert!(local_only.lines().any(|l| l.trim() == "u"), "{local_only}");

    // A table held in the client is read there; mixed with the cluster's tables, a small one
    // goes to the cluster inside the plan and a large one is refused with what to do instead.
    let before = c.job_ids();
    let here = c.sql(true, "CREATE TABLE t AS SELECT id FROM synthetic_intents(10, 1); SELECT count(*) AS n FROM t");
    assert_eq!(here.trim(), "n\n10", "{here}");
    assert_eq!(c.job_ids().len(), before.len() + 1, "only the CREATE TABLE ... AS query ran on the cluster");
    let mixed = "CREATE TABLE t AS SELECT id, intent FROM synthetic_intents(40, 1); \
        SELECT t.intent, count(*) AS n FROM t JOIN synthetic_intents(40, 1) s USING (id) GROUP BY 1 ORDER BY 1";
    let before = c.job_ids();
    assert_eq!(c.sql(true, mixed), c.sql(false, mixed), "a small table held in the client joined on the cluster");
    assert_eq!(c.job_ids().len(), before.len() + 2, "the CREATE TABLE ... AS query and the join ran on the cluster");
    let run = c.privsql(true, &["-c", "CREATE TABLE t AS SELECT id FROM synthetic_intents(10001, 1); \
        SELECT count(*) FROM t JOIN synthetic_intents(10, 1) s USING (id)"]);
    assert_eq!(run.status, 1, "{run:?}");
    assert!(run.stderr.contains("this query mixes table 't', held in this process") && run.stderr.contains("CREATE VIEW"), "{}", run.stderr);
    assert!(run.stderr.contains("larger than a query sends them with its plan (10000 rows"), "{}", run.stderr);
    let run = c.privsql(true, &["-c", "SELECT pseudonymize(email, 'ephemeral') FROM synthetic_intents(10, 1)"]);
    assert_eq!(run.status, 1, "{run:?}");
    assert!(run.stderr.contains("'ephemeral') draws its key once per process"), "{}", run.stderr);
    // Constant rows under a UNION, whose jobs Ballista 55 leaves hanging (under ORDER BY: the
    // adaptive planner; packed unevenly into tasks: either planner), give the local answer
    // from one job each.
    for constants in [
        "SELECT x, x IS NULL AS missing FROM (SELECT 2 AS x UNION ALL SELECT NULL UNION ALL SELECT 1) ORDER BY 2, 1",
        "SELECT sum(x) AS s, count(x) AS n FROM (SELECT 2 AS x UNION ALL SELECT NULL UNION ALL SELECT 1 UNION ALL SELECT 4)",
    ] {
        let before = c.job_ids();
        assert_eq!(c.sql_within(constants, std::time::Duration::from_secs(60)), c.sql(false, constants), "{constants}");
        assert_eq!(completed_since(&c, &before).len(), 1, "{constants}: one job on the cluster");
    }
    // Hostile bytes on the scheduler's port: garbage, a broken HTTP/2 preface, a huge header.
    for junk in [
        (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect::<Vec<u8>>(),
        b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\xff\x01\x04\x00\x00\x00\x01garbage".to_vec(),
        format!("POST /ballista.protocol.SchedulerGrpc/ExecuteQuery HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(1 << 20)).into_bytes(),
    ] {
        use std::io::Write;
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", c.port)) {
            let _ = s.write_all(&junk);
        }
    }
    assert_eq!(c.executors(), 2, "the scheduler stopped answering after hostile bytes:\n{}", c.logs());
    // ... and the cluster serves the next query.
    same_on_executors(&c, "after the refusals", "SELECT count(*) AS n, sum(message_length) AS len FROM synthetic_intents(100, 1)", "SyntheticExec");
}

/// `privsql stream` keeps running in the client (it commits Kafka offsets): refused with a
/// cluster; a cluster URL must be `df://`.
#[test]
fn long_running_front_ends_refuse_a_cluster() {
    #[cfg(feature = "kafka")]
    Privsql::new()
        .file("p.sql", "SELECT 1;")
        .args(["--cluster", "df://127.0.0.1:1", "stream", "-f", "p.sql"])
        .run()
        .status(1)
        .stderr_has("privsql stream cannot run on a cluster");
    Privsql::new()
        .args(["--cluster", "http://127.0.0.1:1", "-c", "SELECT 1"])
        .run()
        .status(2)
        .stderr_has("expected df://HOST:PORT");
}

/// The privsql pipeline statements, on the cluster and locally: each statement's output the
/// same. The statements over the tables `CREATE TABLE ... AS` keeps in the client
/// (`sample_labelled`, ..., `classified`) read them in the client; the rest run on the cluster.
/// The pipeline is scaled down (60,000 messages: at 20,000 a class smote must oversample has
/// fewer rows than its k = 5 neighbours) for a debug build, and its per-process `ephemeral` key
/// becomes a configured key (`pipeline`), which every process of the cluster has.
#[test]
fn the_pipeline_matches_local_statement_by_statement() {
    let key = [("PRIVSQL_PRIVACY__KEYS__PIPELINE", "a pipeline key of more than 16 bytes")];
    let c = Cluster::start_with_env(2, 2, &key);
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/sql/pipeline.sql")).expect("sql/pipeline.sql");
    let text = text.replace("synthetic_intents(1000000, 42)", "synthetic_intents(60000, 42)").replace("'ephemeral'", "'pipeline'");
    let statements = split_statements(&text);
    assert!(statements.len() > 20, "{statements:?}");
    let mut script = String::new();
    for (i, s) in statements.iter().enumerate() {
        script.push_str(&format!("SELECT 'stmt-{i}' AS marker;\n{s};\n"));
    }
    std::fs::create_dir_all(c.dir().join("out")).expect("out dir");
    std::fs::write(c.dir().join("pipeline.sql"), &script).expect("write script");
    let local = c.privsql(false, &["-f", "pipeline.sql"]);
    assert_eq!(local.status, 0, "local run failed:\n{}", local.stderr);
    let remote = c.privsql(true, &["-f", "pipeline.sql"]);
    assert_eq!(remote.status, 0, "cluster run failed:\n{}", remote.stderr);
    let (local, remote_out) = (sections(&local.stdout), sections(&remote.stdout));
    assert_eq!(local.len(), statements.len(), "{local:?}");
    for (i, s) in statements.iter().enumerate() {
        let (l, r) = (local.get(i).cloned().unwrap_or_default(), remote_out.get(i).cloned().unwrap_or_default());
        assert_eq!(sorted_lines(&l), sorted_lines(&r), "statement {i} differs on the cluster:\n{s}\nlocal:\n{l}\ncluster:\n{r}");
    }
    let jobs = c.job_ids().len();
    eprintln!("pipeline: {} statements the same on the cluster, {jobs} jobs", statements.len());
    assert!(jobs >= 10, "{jobs} jobs");
}

/// The statements of a script without comment lines, split at `;` ending a line.
fn split_statements(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("--") {
            continue;
        }
        cur.push_str(line);
        cur.push('\n');
        if line.trim_end().ends_with(';') {
            let s = cur.trim().trim_end_matches(';').trim().to_owned();
            if !s.is_empty() {
                out.push(s);
            }
            cur.clear();
        }
    }
    out
}

/// The output of each statement, split at the `marker` results.
fn sections(stdout: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut lines = stdout.lines().peekable();
    while let Some(line) = lines.next() {
        if line == "marker" && lines.peek().is_some_and(|l| l.starts_with("stmt-")) {
            lines.next();
            out.push(String::new());
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.push_str(line);
            last.push('\n');
        }
    }
    out
}

/// An executor SIGKILLed while a job runs on both: within a bound the query either gives the
/// local answer (its tasks ran again on the survivor) or fails naming the lost executor; the
/// cluster then answers the next query. The bound is the configured `cluster.executor_timeout`
/// (10 s here) plus the time the remaining work takes on one executor.
#[test]
fn an_executor_killed_mid_query_costs_the_query_at_most_not_the_cluster() {
    let env = [("PRIVSQL_CLUSTER__EXECUTOR_TIMEOUT", "10s"), ("PRIVSQL_CLUSTER__HEARTBEAT_INTERVAL", "2s")];
    let mut c = Cluster::start_with_env(2, 2, &env);
    // Several seconds of classify_intent in a debug build, over Parquet in 8 partitions: tasks
    // on both executors (with the default of one partition per core, one task takes them all).
    // Row groups of 16,384 rows, so each of the 8 partitions has rows to classify (a file of
    // one row group gives them all to the one task whose range holds its middle).
    c.sql(
        false,
        "SET datafusion.execution.parquet.max_row_group_size = 16384; \
         COPY (SELECT * FROM synthetic_intents(120000, 17)) TO 'data/k.parquet' STORED AS PARQUET",
    );
    let sql = "SET datafusion.execution.target_partitions = 8; SELECT intent, classify_intent(text) AS predicted, \
               count(*) AS n, sum(message_length) AS len FROM 'data/k.parquet' GROUP BY 1, 2 ORDER BY 1, 2";
    let expected = c.sql(false, sql);

    let client = c.client(true, &["-c", sql]);
    let mut child = client
        .command()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start the client");
    // Mid-flight: the job is running and has been for a moment.
    let started = Instant::now();
    loop {
        let running = c.json("/api/jobs").as_array().into_iter().flatten().any(|j| j["status"] == "Running");
        if running {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "the job never ran:\n{}", c.logs());
        std::thread::sleep(Duration::from_millis(100));
    }
    // ... with a task on the executor about to die.
    let job = c.job_ids().pop().unwrap_or_default();
    while !c.log("executor-1").contains(&format!("Execute task  : [TID {job}/")) {
        assert!(child.try_wait().expect("poll the client").is_none(), "the query ended before executor-1 took a task");
        assert!(started.elapsed() < Duration::from_secs(60), "executor-1 never ran a task of {job}:\n{}", c.logs());
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(500));
    assert!(child.try_wait().expect("poll the client").is_none(), "the query ended before the kill: make it longer");
    c.kill_executor(1);
    let killed = Instant::now();

    // executor_timeout (10 s) and the rest of the work on one executor, in a debug build on a
    // machine the other tests load too.
    let bound = Duration::from_secs(120);
    while child.try_wait().expect("poll the client").is_none() {
        if killed.elapsed() > bound {
            let _ = child.kill();
            panic!("the query neither finished nor failed within {bound:?} of the kill:\n{}", c.logs());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let took = killed.elapsed();
    let run = crate::util::output(child.wait_with_output().expect("the client's output"));
    if run.status == 0 {
        assert_eq!(sorted_lines(&run.stdout), sorted_lines(&expected), "the query finished with another answer after the kill");
        eprintln!("killed executor: the query finished on the survivor {took:?} after the kill");
    } else {
        let e = run.stderr.to_lowercase();
        assert!(e.contains("executor") || e.contains("fetch"), "the failure does not say an executor was lost:\n{}", run.stderr);
        eprintln!("killed executor: the query failed {took:?} after the kill: {}", run.stderr.trim());
    }

    // The scheduler lets the dead executor go and serves the next query on the survivor.
    let deadline = Instant::now() + bound;
    while c.executors() != 1 {
        assert!(Instant::now() < deadline, "the scheduler still lists the killed executor:\n{}", c.logs());
        std::thread::sleep(Duration::from_millis(500));
    }
    same_on_executors_of(&c, 1, "after the kill", "SELECT channel, count(*) AS n FROM synthetic_intents(3000, 2) GROUP BY channel ORDER BY channel", "SyntheticExec");
}

/// A privsql source (here `synthetic_intents`) read by a stage of several tasks is read once,
/// alone, under a `UNION ALL` with another source and with a Parquet file, and with one
/// partition per task; a stratified split reads all of its input. Ballista restricts each
/// task to its partitions only for the sources it knows (files, memory, shuffles); the
/// scheduler plans privsql's under a share it can restrict (src/cluster/share.rs). Without it every task read all of the source: 8
/// partitions in 4 tasks gave 4 times the rows.
#[test]
fn a_privsql_source_split_into_several_tasks_is_read_once() {
    let c = Cluster::start(2, 2);
    c.sql(false, "COPY (SELECT id + 2000000 AS id, message_length FROM synthetic_intents(30000, 19)) \
                   TO 'data/more.parquet' STORED AS PARQUET");
    let queries = [
        ("one source", "FROM synthetic_intents(120000, 17)".to_owned(), "120000,120000,"),
        (
            "a union of two sources",
            "FROM (SELECT id, message_length FROM synthetic_intents(60000, 17) \
             UNION ALL SELECT id + 1000000 AS id, message_length FROM synthetic_intents(60000, 18))"
                .to_owned(),
            "120000,120000,",
        ),
        (
            "a union of a source and a file",
            "FROM (SELECT id, message_length FROM synthetic_intents(60000, 17) \
             UNION ALL SELECT id, message_length FROM 'data/more.parquet')"
                .to_owned(),
            "90000,90000,",
        ),
    ];
    for settings in [
        "SET datafusion.execution.target_partitions = 8;",
        "SET datafusion.execution.target_partitions = 5; SET ballista.scheduler.max_partitions_per_task = 1;",
    ] {
        for (what, from, expected) in &queries {
            let query = format!("SELECT count(*) AS n, count(DISTINCT id) AS ids, sum(message_length) AS len {from}");
            let remote = c.sql(true, &format!("{settings} {query}"));
            let local = c.sql(false, &format!("SET datafusion.execution.target_partitions = 8; {query}"));
            assert_eq!(remote, local, "{what}, {settings}");
            assert!(local.contains(expected), "{what}: {local}");
            // The scan's stage ran as several tasks.
            let job = c.job_ids().pop().unwrap_or_default();
            let stages = c.json(&format!("/api/job/{job}/stages"));
            let tasks = stages["stages"].as_array().into_iter().flatten()
                .filter(|s| s["stage_plan"].as_str().is_some_and(|p| p.contains("SyntheticExec")))
                .map(|s| s["tasks"].as_array().map_or(0, Vec::len))
                .max()
                .unwrap_or(0);
            assert!(tasks > 1, "{what}, {settings}: the scan ran as {tasks} task(s):\n{stages}");
        }
    }
    // A draw reads all of its input in one task, from a source or from files in 4 partitions
    // (it declares so; before, Ballista gave it the task's first partition alone).
    c.sql(false, "COPY (SELECT * FROM synthetic_intents(40000, 23)) TO 'data/draw/' STORED AS PARQUET \
                   OPTIONS ('execution.minimum_parallel_output_files' '4')");
    for input in ["CREATE VIEW m AS SELECT * FROM synthetic_intents(40000, 23);", "CREATE EXTERNAL TABLE m STORED AS PARQUET LOCATION 'data/draw/';"] {
        let query = format!("{input} SELECT split, count(*) AS n, sum(message_length) AS len FROM stratified_split('m', 'intent', 0.2, 42) GROUP BY split ORDER BY split");
        let local = c.sql(false, &query);
        assert_eq!(c.sql(true, &format!("SET datafusion.execution.target_partitions = 4; {query}")), local, "{input}");
        assert!(local.contains("test,8000,") && local.contains("train,32000,"), "{local}");
    }
}

/// The value of the series `series` (`name` or `name{label="value",...}`) in a Prometheus
/// text exposition; 0 when absent.
fn metric(text: &str, series: &str) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.trim().parse().ok())
        .unwrap_or(0.0)
}

/// The sum of `series` over the executors' `/metrics`.
fn executors_metric(c: &Cluster, executors: usize, series: &str) -> f64 {
    (0..executors).map(|i| metric(&c.metrics(&format!("executor-{i}")), series)).sum()
}

/// The scheduler counts jobs (Ballista's metrics hook) and the executors their tasks, on
/// `metrics.listen` and, for the scheduler, Ballista's `GET /api/metrics`; they move with a
/// query that completes and one that fails on the executors.
#[test]
fn the_scheduler_counts_jobs_and_the_executors_count_tasks() {
    let c = Cluster::start_with_env(2, 2, &[("PRIVSQL_METRICS__ENABLED", "true")]);
    let scheduler = c.metrics("scheduler");
    assert_eq!(metric(&scheduler, "privsql_cluster_jobs_total{event=\"completed\"}"), 0.0, "{scheduler}");
    assert!(scheduler.contains("privsql_cluster_jobs_total{event=\"failed\"} 0"), "{scheduler}");
    assert!(c.metrics("executor-0").contains("privsql_cluster_tasks_total{outcome=\"ok\"} 0"));

    same_on_executors(&c, "a job", "SELECT channel, count(*) AS n FROM synthetic_intents(5000, 4) GROUP BY channel ORDER BY channel", "SyntheticExec");
    // A value that does not cast fails in a task, on an executor.
    let run = c.privsql(true, &["-c", "SELECT sum(CAST(text AS INT)) FROM synthetic_intents(1000, 4)"]);
    assert_eq!(run.status, 1, "{run:?}");

    let scheduler = c.metrics("scheduler");
    let rest = c.get("/api/metrics").expect("GET /api/metrics");
    for text in [&scheduler, &rest] {
        assert!(metric(text, "privsql_cluster_jobs_total{event=\"submitted\"}") >= 2.0, "{text}");
        assert!(metric(text, "privsql_cluster_jobs_total{event=\"completed\"}") >= 1.0, "{text}");
        assert!(metric(text, "privsql_cluster_jobs_total{event=\"failed\"}") >= 1.0, "{text}");
        assert!(metric(text, "privsql_cluster_job_duration_seconds_count") >= 1.0, "{text}");
        assert!(metric(text, "privsql_cluster_job_duration_seconds_sum") > 0.0, "{text}");
    }
    assert!(executors_metric(&c, 2, "privsql_cluster_tasks_total{outcome=\"ok\"}") >= 2.0, "{}", c.metrics("executor-0"));
    assert!(executors_metric(&c, 2, "privsql_cluster_tasks_total{outcome=\"failed\"}") >= 1.0, "{}", c.metrics("executor-0"));
    assert!(executors_metric(&c, 2, "privsql_cluster_task_duration_seconds_count{outcome=\"ok\"}") >= 2.0);
}

/// `engine.memory_limit` bounds each executor (split between its task slots): an aggregation
/// larger than a task's share spills and gives the local answer; `profile`, whose exact
/// statistics cannot spill, fails naming `engine.memory_limit`; the executors then serve the
/// next query.
#[test]
fn an_executor_over_its_memory_limit_spills_or_fails_naming_it_and_lives_on() {
    let env = [("PRIVSQL_ENGINE__MEMORY_LIMIT", "16MB"), ("PRIVSQL_METRICS__ENABLED", "true")];
    let c = Cluster::start_with_env(2, 2, &env);
    // Each task slot has 8 MB; the distinct texts of the final aggregation take more.
    let group = "SELECT count(*) AS groups, sum(n) AS n FROM (SELECT text, count(*) AS n FROM synthetic_intents(150000, 8) GROUP BY text)";
    let remote = c.sql(true, group);
    assert_eq!(remote, c.sql(false, group), "the aggregation on the cluster differs from the local one");
    let spills = executors_metric(&c, 2, "privsql_spills_total");
    assert!(spills > 0.0, "the aggregation did not spill on the executors:\n{}", c.metrics("executor-0"));

    let run = c.privsql(true, &["-c", "CREATE VIEW big AS SELECT * FROM synthetic_intents(200000, 1); SELECT count(*) FROM profile('big')"]);
    assert_eq!(run.status, 1, "{run:?}");
    assert!(run.stderr.contains("Resources exhausted: Failed to allocate"), "{}", run.stderr);
    assert!(run.stderr.contains("this executor's memory limit is engine.memory_limit = 16777216 bytes"), "{}", run.stderr);

    assert_eq!(c.executors(), 2, "an executor died:\n{}", c.logs());
    same_on_executors(&c, "after the memory failure", "SELECT channel, count(*) AS n FROM synthetic_intents(2000, 6) GROUP BY channel ORDER BY channel", "SyntheticExec");
}

/// The completed jobs the scheduler lists that `before` did not.
fn completed_since(c: &Cluster, before: &[String]) -> Vec<String> {
    let jobs = c.json("/api/jobs");
    let completed: Vec<String> = jobs
        .as_array()
        .into_iter()
        .flatten()
        .filter(|j| j["status"] == "Completed")
        .filter_map(|j| j["job_id"].as_str().map(str::to_owned))
        .collect();
    c.job_ids().into_iter().filter(|j| !before.contains(j) && completed.contains(j)).collect()
}

/// The stage plans of `job`, concatenated.
fn stage_plans(c: &Cluster, job: &str) -> String {
    let stages = c.json(&format!("/api/job/{job}/stages"));
    let plans = stages["stages"].as_array().into_iter().flatten();
    plans.map(|s| s["stage_plan"].as_str().unwrap_or_default().to_owned()).collect()
}

/// `privsql serve --cluster`: psql's and psycopg's queries over a privsql source run as jobs on
/// the cluster's executors, with the local answer; the catalog queries clients send, and the
/// server's own tables (`CREATE TABLE ... AS`, stored under its data dir), are read in the
/// server; a query joining a small one with the cluster's tables runs on the cluster with the
/// table's rows in its plan, and one joining a large one is refused.
#[cfg(feature = "server")]
#[test]
fn serve_runs_its_clients_queries_on_the_cluster() {
    use crate::server_util::Server;
    let python = std::process::Command::new("python3").args(["-c", "import psycopg"]).status();
    assert!(python.is_ok_and(|s| s.success()), "psycopg 3 is missing: run scripts/install-server-peers.sh");
    let c = Cluster::start(2, 2);
    let server = Server::start(&format!("[cluster]\nurl = \"{}\"\n", c.url()));
    let classify = "SELECT intent, classify_intent(text) AS predicted, count(*) AS n \
                    FROM synthetic_intents(1500, 7) GROUP BY 1, 2 ORDER BY 1, 2";
    let local = sorted_lines(&c.sql(false, classify));
    let ran_classify = |label: &str, before: &[String]| {
        let jobs = completed_since(&c, before);
        assert_eq!(jobs.len(), 1, "{label}: one new completed job, not {jobs:?}:\n{}", server.log());
        let plans = stage_plans(&c, &jobs[0]);
        assert!(plans.contains("classify_intent"), "{label}: no stage runs classify_intent:\n{plans}");
    };

    let before = c.job_ids();
    let rows = server.psql_ok(&["-A", "-F", ",", "-P", "footer=off", "-c", classify]);
    assert_eq!(sorted_lines(&rows), local, "psql");
    ran_classify("psql", &before);

    let before = c.job_ids();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/clients/psycopg_cluster.py");
    let out = std::process::Command::new("python3")
        .args([script, &server.conninfo("postgres", None), classify])
        .output()
        .expect("run python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}\nserver log:\n{}", String::from_utf8_lossy(&out.stderr), server.log());
    let rows: Vec<&str> = stdout.lines().filter(|l| *l != "psycopg cluster OK").collect();
    assert_eq!(sorted_lines(&rows.join("\n")), local, "psycopg");
    ran_classify("psycopg (its catalog queries ran in the server)", &before);

    // CREATE TABLE ... AS: its query on the cluster, its rows stored under the server's data
    // dir and read there, as are the catalog's tables psql's \dt reads.
    let before = c.job_ids();
    server.psql_ok(&["-c", "CREATE TABLE by_intent AS SELECT intent, count(*) AS n FROM synthetic_intents(3000, 5) GROUP BY intent"]);
    assert_eq!(completed_since(&c, &before).len(), 1, "the CREATE TABLE ... AS query ran on the cluster");
    let before = c.job_ids();
    let dt = server.psql_ok(&["-c", "\\dt"]);
    assert!(dt.contains("by_intent"), "\\dt: {dt}");
    let n = server.psql_ok(&["-A", "-t", "-c", "SELECT sum(n) FROM by_intent"]);
    assert_eq!(n.trim(), "3000");
    assert_eq!(c.job_ids(), before, "the catalog and the server's own table are read in the server");

    // Joined with the cluster's tables, the server's small table goes to the cluster inside the
    // plan; a large one is refused.
    let mixed = "SELECT s.intent, count(*) AS n, sum(b.n) AS total FROM by_intent b \
                 JOIN synthetic_intents(200, 1) s USING (intent) GROUP BY 1 ORDER BY 1";
    let local = c.sql(false, &format!("CREATE TABLE by_intent AS SELECT intent, count(*) AS n \
                 FROM synthetic_intents(3000, 5) GROUP BY intent; {mixed}"));
    let before = c.job_ids();
    let rows = server.psql_ok(&["-A", "-F", ",", "-P", "footer=off", "-c", mixed]);
    assert_eq!(sorted_lines(&rows), sorted_lines(&local), "the join of the server's table with the cluster's");
    assert_eq!(completed_since(&c, &before).len(), 1, "the join ran on the cluster");
    server.psql_ok(&["-c", "CREATE TABLE ids AS SELECT id FROM synthetic_intents(10001, 2)"]);
    let large = "SELECT count(*) FROM ids JOIN synthetic_intents(10, 1) s USING (id)";
    let out = server.psql(&["-v", "VERBOSITY=verbose", "-c", large]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("XX000") && err.contains("this query mixes") && err.contains("CREATE VIEW ids AS"), "{err}");
}

/// Whether a job completed since `before` whose stages run `needle` (an operator or function
/// name), and none failed: `label` names the client in the failure's message.
fn ran_on_the_executors(c: &Cluster, before: &[String], needle: &str, label: &str) {
    let jobs = c.json("/api/jobs");
    let failed: Vec<&serde_json::Value> = jobs
        .as_array()
        .into_iter()
        .flatten()
        .filter(|j| j["status"] == "Failed" && j["job_id"].as_str().is_some_and(|id| !before.iter().any(|b| b == id)))
        .collect();
    assert!(failed.is_empty(), "{label}: failed jobs {failed:?}");
    let completed = completed_since(c, before);
    let ran = completed.iter().filter(|j| stage_plans(c, j).contains(needle)).count();
    assert!(ran > 0, "{label}: none of the {} new completed jobs runs {needle}", completed.len());
}

/// JDBC (PostgreSQL's driver) and the example dbt project through `privsql serve --cluster`,
/// one cluster for both: the JDBC client's checks (prepared statements, metadata) pass and its
/// `classify_intent` aggregation gives the local answer from a job on the executors; dbt's seed,
/// two runs (view, table, incremental model: its join with the seed sends the seed's rows to
/// the cluster), tests and docs give the local server's results, with the models'
/// `classify_intent` run on the executors.
#[cfg(feature = "server")]
#[test]
fn serve_runs_jdbc_and_the_dbt_project_on_the_cluster() {
    use crate::server_util::Server;
    let c = Cluster::start(2, 2);
    let config = format!("[cluster]\nurl = \"{}\"\n", c.url());
    let classify = "SELECT intent, classify_intent(text) AS predicted, count(*) AS n \
                    FROM synthetic_intents(1500, 7) GROUP BY 1, 2 ORDER BY 1, 2";
    let local = sorted_lines(&c.sql(false, classify));

    let before = c.job_ids();
    let server = Server::start(&config);
    let rows = crate::server_peers::jdbc_client(&server, Some(classify));
    assert_eq!(sorted_lines(&rows), local, "jdbc");
    ran_on_the_executors(&c, &before, "classify_intent", "jdbc");
    drop(server);

    let before = c.job_ids();
    crate::server_peers::dbt_example_project(&config);
    ran_on_the_executors(&c, &before, "classify_intent", "dbt");
    // The incremental model's query (a join with the seed, held in the server) ran on the cluster.
    ran_on_the_executors(&c, &before, "intent_label", "dbt's incremental model");
}

/// A plain `EXPLAIN` on a cluster client lists the stages and their shuffles without
/// submitting a job; `EXPLAIN ANALYZE` runs the job and shows the stages that ran with their
/// metrics; `privsql cluster jobs` lists that job as completed and `privsql cluster executors`
/// the two executors; a cluster query on a terminal shows its job's stages and tasks as it
/// runs, and nothing with `-q`.
#[test]
fn explain_the_job_list_and_progress_reach_the_cli() {
    let c = Cluster::start(2, 2);
    let query = "SELECT classify_intent(text) AS intent, count(*) AS n FROM synthetic_intents(3000, 7) GROUP BY 1";
    let before = c.job_ids();
    let explain = c.sql(true, &format!("EXPLAIN {query}"));
    assert!(explain.matches("Stage ").count() >= 2, "fewer than two stages:\n{explain}");
    assert!(explain.contains("shuffle by Hash(") && explain.contains("ShuffleWriterExec"), "no shuffle:\n{explain}");
    assert!(explain.contains("logical_plan") && explain.contains("classify_intent"), "{explain}");
    assert_eq!(c.job_ids(), before, "a plain EXPLAIN submitted a job");
    // A small table held in the client goes to the scheduler inside the plan: EXPLAIN shows it
    // there as the scheduler receives it, its rows as VALUES, not a scan of the client's table.
    let mixed = c.sql(
        true,
        "CREATE TABLE wanted (intent VARCHAR); INSERT INTO wanted VALUES ('deletion'), ('access'); \
         EXPLAIN SELECT count(*) AS n FROM synthetic_intents(3000, 7) s JOIN wanted w ON s.intent = w.intent",
    );
    assert!(mixed.contains("Stage ") && mixed.contains("Values:"), "no VALUES in the plan:\n{mixed}");
    assert!(!mixed.contains("TableScan: wanted"), "the client's table is scanned in the plan:\n{mixed}");
    assert_eq!(c.job_ids(), before, "a plain EXPLAIN submitted a job");

    let analyze = c.sql(true, &format!("EXPLAIN ANALYZE {query}"));
    assert!(analyze.matches("SuccessfulStage[stage_id=").count() >= 2, "fewer than two stages ran:\n{analyze}");
    assert!(analyze.contains("metrics=[") && analyze.contains("output_rows="), "no metrics:\n{analyze}");
    let jobs = c.job_ids();
    assert_eq!(jobs.len(), before.len() + 1, "EXPLAIN ANALYZE ran as one job");
    let job = jobs.last().cloned().unwrap_or_default();

    // The job list, from the client's --cluster URL (CSV: stdout is not a terminal) ...
    let run = c.privsql(true, &["cluster", "jobs"]);
    assert_eq!(run.status, 0, "{run:?}");
    assert!(run.stdout.starts_with("job_id,name,status,stages_done,stages,tasks_done,started,duration_s\n"), "{}", run.stdout);
    let line = run.stdout.lines().find(|l| l.starts_with(&job)).unwrap_or_else(|| panic!("no {job} in:\n{}", run.stdout));
    assert!(line.contains(",completed,"), "{line}");
    // ... and from --scheduler, as JSON.
    let scheduler = format!("127.0.0.1:{}", c.port);
    let run = c.privsql(false, &["cluster", "jobs", "--scheduler", &scheduler, "--format", "json"]);
    assert_eq!(run.status, 0, "{run:?}");
    let listed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let entry = listed.as_array().into_iter().flatten().find(|j| j["job_id"] == job.as_str()).cloned().unwrap_or_default();
    assert_eq!(entry["status"], "completed", "{listed}");
    assert_eq!(entry["name"], "-c:1", "the job is named after its statement: {entry}");
    assert!(entry["stages"].as_u64().unwrap_or(0) >= 2 && entry["stages"] == entry["stages_done"], "{entry}");
    assert!(entry["tasks_done"].as_u64().unwrap_or(0) >= 2, "{entry}");
    assert!(entry["duration_s"].as_f64().is_some() && entry["started"].is_string(), "{entry}");
    let run = c.privsql(false, &["cluster", "executors", "--scheduler", &scheduler]);
    assert_eq!(run.status, 0, "{run:?}");
    assert_eq!(run.stdout.lines().count(), 3, "a header and two executors:\n{}", run.stdout);
    assert!(run.stdout.starts_with("id,host,port,vcores,last_seen\n"), "{}", run.stdout);
    let run = c.privsql(false, &["cluster", "jobs", "--scheduler", "127.0.0.1:1"]);
    assert_eq!(run.status, 1, "{run:?}");
    assert!(run.stderr.contains("the scheduler's REST API"), "{}", run.stderr);

    // Progress on a terminal: a few seconds of classify_intent in a debug build.
    let slow = "SELECT classify_intent(text) AS intent, count(*) AS n FROM synthetic_intents(120000, 3) GROUP BY 1";
    let url = c.url();
    let shown = in_a_terminal(&c, &["--cluster", &url, "--format", "csv", "-c", slow]);
    assert!(shown.contains("cluster job ") && shown.contains(" stages done") && shown.contains(" tasks done"), "no progress line:\n{shown}");
    let quiet = in_a_terminal(&c, &["--cluster", &url, "--format", "csv", "-q", "-c", slow]);
    assert!(!quiet.contains("stages done") && quiet.contains("intent,n"), "-q showed progress:\n{quiet}");
}

/// `privsql ARGS` in a pseudo-terminal (util-linux `script`), in the cluster's directory:
/// everything the terminal showed (stdout and stderr), carriage returns removed.
fn in_a_terminal(c: &Cluster, args: &[&str]) -> String {
    use std::io::Read;
    let mut line = format!("exec {}", crate::util::privsql_bin().display());
    for a in args {
        assert!(!a.contains('\''), "{a}");
        line.push_str(&format!(" '{a}'"));
    }
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .current_dir(c.dir())
        .env("HOME", c.dir())
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    for (key, _) in std::env::vars() {
        if key.starts_with("PRIVSQL_") {
            cmd.env_remove(key);
        }
    }
    let mut child = cmd.spawn().expect("util-linux `script` runs privsql in a pseudo-terminal");
    // Standard input stays open until privsql is done: `script` ends the session at its end.
    let stdin = child.stdin.take();
    let mut shown = String::new();
    child.stdout.take().expect("stdout").read_to_string(&mut shown).expect("read the terminal");
    let status = child.wait().expect("wait for script");
    drop(stdin);
    assert!(status.success(), "privsql failed in the terminal:\n{shown}");
    shown.replace('\r', "")
}

/// Sources outside the processes, read by the executors: Parquet on an S3 object store (a moto
/// server) and a bounded read of a Kafka topic of 3 partitions (tansu), each with the local
/// answer and its scan in the executors' stage plans. Every process (scheduler, executors,
/// clients) takes the store's endpoint and keys from its own environment, as on machines of
/// their own.
#[test]
fn object_stores_and_kafka_topics_are_read_on_the_executors() {
    let s3 = crate::util::S3Server::start();
    s3.create_bucket("tickets");
    let endpoint = s3.endpoint();
    let env = [
        ("PRIVSQL_STORAGE__S3__ENDPOINT", endpoint.as_str()),
        ("PRIVSQL_STORAGE__S3__ALLOW_HTTP", "true"),
        ("AWS_REGION", "eu-west-1"),
        ("AWS_ACCESS_KEY_ID", "AKIDCLUSTER"),
        ("AWS_SECRET_ACCESS_KEY", "cluster-secret-value"),
    ];
    let c = Cluster::start_with_env(2, 2, &env);
    for part in 0..2 {
        c.sql(
            false,
            &format!("COPY (SELECT * FROM synthetic_intents(3000, {part})) TO 's3://tickets/2024/part-{part}.parquet' STORED AS PARQUET"),
        );
    }
    same_on_executors(
        &c,
        "parquet on s3",
        "CREATE EXTERNAL TABLE t STORED AS PARQUET LOCATION 's3://tickets/2024/'; \
         SELECT intent, classify_intent(text) AS predicted, count(*) AS n FROM t GROUP BY 1, 2 ORDER BY 1, 2",
        "2024/part-0.parquet",
    );

    #[cfg(feature = "kafka")]
    {
        let broker = crate::kafka_util::Tansu::start();
        tokio::runtime::Runtime::new().expect("runtime").block_on(broker.create_topic("requests", 3));
        let table = format!(
            "CREATE EXTERNAL TABLE k (id BIGINT, text VARCHAR, intent VARCHAR, _partition INT) \
             STORED AS KAFKA LOCATION 'kafka://{}/requests' OPTIONS (format 'json');",
            broker.bootstrap()
        );
        let sink = format!(
            "CREATE EXTERNAL TABLE sink (id BIGINT, text VARCHAR, intent VARCHAR) \
             STORED AS KAFKA LOCATION 'kafka://{}/requests' OPTIONS (format 'json');",
            broker.bootstrap()
        );
        c.sql(false, &format!("{sink} INSERT INTO sink SELECT id, text, intent FROM synthetic_intents(3000, 5)"));
        same_on_executors(
            &c,
            "kafka topic",
            &format!(
                "{table} SELECT intent, classify_intent(text) AS predicted, count(*) AS n, count(DISTINCT _partition) AS parts \
                 FROM k GROUP BY 1, 2 ORDER BY 1, 2"
            ),
            "KafkaScanExec",
        );
    }
}
