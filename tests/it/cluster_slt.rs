//! The sqllogictest files (`tests/sql/**/*.slt`) a second time, against a cluster of real
//! `privsql cluster` processes: each file's sessions are clients of the scheduler
//! (`cluster.url`), so every query over privsql's sources, files or constants runs on the
//! executors (those over tables the file keeps in the client, `CREATE TABLE ... AS` and
//! `VALUES`, run in the client), and must give the results the file expects.
//! [`NOT_ON_A_CLUSTER`] lists the files that cannot, and why; it is the list docs/cluster.md
//! shows.

use std::path::Path;
use std::time::Duration;

use crate::cluster_util::Cluster;
use crate::slt;

/// Files that do not run on a cluster, with the reason (the same table is in docs/cluster.md).
pub const NOT_ON_A_CLUSTER: &[(&str, &str)] = &[
    ("engine/catalog.slt", "information_schema types: a cluster client's session has Ballista's settings, which turn string view types off (`map_string_types_to_utf8view`, `schema_force_view_types`: Arrow Flight frame sizes), so strings are `Utf8` there, `Utf8View` locally"),
    ("engine/files.slt", "information_schema types: `Utf8` on a cluster, `Utf8View` locally"),
    ("kafka/avro.slt", "information_schema types: `Utf8` on a cluster, `Utf8View` locally"),
    ("kafka/options.slt", "information_schema types: `Utf8` on a cluster, `Utf8View` locally"),
    ("privacy/pseudonymize.slt", "`EXPLAIN` output: a query over `VALUES` runs on the cluster, and a cluster client lists its physical plan as stages"),
    ("quality/memory.slt", "`SET datafusion.runtime.memory_limit` bounds the client only; executors take `engine.memory_limit` (tested in `cluster::an_executor_over_its_memory_limit_...`)"),
    ("quality/profile.slt", "string types: a cluster client's session has Ballista's settings (string view types off), so `profile` reports `Utf8` for a `VALUES` table's strings where a local session reports `Utf8View`"),
    ("quality/validate.slt", "`EXPLAIN` output: a query over `VALUES` runs on the cluster, and a cluster client lists its physical plan as stages"),
];

/// Longest a file may take on the cluster (a job Ballista leaves hanging would stop the test).
const PER_FILE: Duration = Duration::from_secs(120);

#[test]
fn sqllogictest_files_give_their_results_on_the_cluster() {
    // The executors pseudonymize with the key the files' sessions have (`slt`).
    // They work in the package root, as the files' sessions do (`tests/data/...` paths).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let c = Cluster::start_in(2, 2, &[("PRIVSQL_PRIVACY__KEYS__SLT", "sqllogictest-key-not-secret")], Some(root));
    let files = slt::slt_files(&root.join("tests/sql"));
    for (name, _) in NOT_ON_A_CLUSTER {
        assert!(files.iter().any(|f| f.ends_with(name)), "NOT_ON_A_CLUSTER names {name}, which is not a file");
    }
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let (mut passed, mut failed) = (Vec::new(), Vec::new());
    for file in &files {
        if NOT_ON_A_CLUSTER.iter().any(|(name, _)| file.ends_with(name)) {
            continue;
        }
        let shown = file.strip_prefix(root).unwrap_or(file).display().to_string();
        let mut r = slt::runner(file, slt::test_config(Some(&c.url())));
        let outcome = match rt.block_on(async { tokio::time::timeout(PER_FILE, r.run_file_async(file)).await }) {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e.display(true).to_string()),
            Err(_) => Some(format!("still running after {PER_FILE:?}")),
        };
        match outcome {
            None => {
                eprintln!("ok      {shown}");
                passed.push(shown);
            }
            Some(e) => {
                eprintln!("FAILED  {shown}");
                failed.push(format!("{shown}\n{e}"));
            }
        }
    }
    eprintln!("sqllogictests on the cluster: {} passed, {} failed, {} not run", passed.len(), failed.len(), NOT_ON_A_CLUSTER.len());
    assert!(failed.is_empty(), "{} files fail on the cluster:\n\n{}", failed.len(), failed.join("\n\n"));
    assert!(c.job_ids().len() > 50, "few queries reached the scheduler: {}", c.job_ids().len());
}
