//! The sqllogictest runner shared by `tests/sqllogictests.rs` (every file, in-process) and the
//! cluster test of the `it` binary (the same files against a Ballista cluster): the files, the
//! test config, and a runner with DataFusion's own conventions (type letters, value
//! formatting).

use std::path::{Path, PathBuf};

use datafusion_sqllogictest::{df_value_validator, value_normalizer, DataFusion};
use indicatif::ProgressBar;
use sqllogictest::{strict_column_validator, Runner};

/// Every `.slt` file under `dir`, sorted.
pub fn slt_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(dir, &mut out);
    out.sort();
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "slt") {
            out.push(p);
        }
    }
}

/// privsql's defaults plus one `pseudonymize` key, so that its tokens can be checked.
pub const TEST_CONFIG: &str = "[privacy.keys]\nslt = \"sqllogictest-key-not-secret\"\n";

/// The test config; its queries run on the scheduler at `cluster` (`df://HOST:PORT`) if given.
pub fn test_config(cluster: Option<&str>) -> privsql::Config {
    let mut config = privsql::Config::from_toml(TEST_CONFIG).expect("the test config parses");
    config.cluster.url = cluster.map(str::to_owned);
    config
}

/// A runner of `path` whose connections are sessions built from `config`.
pub fn runner(
    path: &Path,
    config: privsql::Config,
) -> Runner<DataFusion, impl sqllogictest::MakeConnection<Conn = DataFusion>> {
    let relative = path.to_path_buf();
    let mut r = Runner::new(move || {
        let relative = relative.clone();
        let config = config.clone();
        async move {
            let ctx = privsql::build_session(&config).expect("the test config builds a session");
            Ok(DataFusion::new(ctx, relative, ProgressBar::hidden()))
        }
    });
    // DataFusion's own conventions: strict type letters, its value normalizer and validator.
    r.with_column_validator(strict_column_validator);
    r.with_normalizer(value_normalizer);
    r.with_validator(df_value_validator);
    r
}
