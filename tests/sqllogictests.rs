//! Runs every `tests/sql/**/*.slt` file through a privsql session, with DataFusion's own
//! sqllogictest engine (its type letters and value formatting).
//!
//! `cargo test --test sqllogictests` runs them all; `-- NAME` runs the files whose path contains
//! NAME; `-- --complete` rewrites the expected results in place (review the diff!).

use std::path::{Path, PathBuf};

use datafusion_sqllogictest::{df_value_validator, value_normalizer, DataFusion};
use indicatif::ProgressBar;
use sqllogictest::{strict_column_validator, Runner};

fn slt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            slt_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "slt") {
            out.push(p);
        }
    }
}

/// privsql's defaults plus one `pseudonymize` key, so that its tokens can be checked.
const TEST_CONFIG: &str = "[privacy.keys]\nslt = \"sqllogictest-key-not-secret\"\n";

fn runner(path: &Path) -> Runner<DataFusion, impl sqllogictest::MakeConnection<Conn = DataFusion>> {
    let relative = path.to_path_buf();
    let mut r = Runner::new(move || {
        let relative = relative.clone();
        async move {
            // The default config, and the key `slt` for pseudonymize (tests/sql/privacy).
            let config = privsql::Config::from_toml(TEST_CONFIG).expect("the test config parses");
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

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let complete = args.iter().any(|a| a == "--complete");
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).expect("package root");
    let mut files = Vec::new();
    slt_files(Path::new("tests/sql"), &mut files);
    files.sort();
    files.retain(|f| filters.is_empty() || filters.iter().any(|n| f.to_string_lossy().contains(n.as_str())));

    let (mut passed, mut failed) = (0usize, 0usize);
    for file in &files {
        let mut r = runner(file);
        let result = if complete {
            r.update_test_file(file, " ", df_value_validator, value_normalizer, strict_column_validator)
                .await
                .map_err(|e| e.to_string())
        } else {
            r.run_file_async(file).await.map_err(|e| e.display(true).to_string())
        };
        match result {
            Ok(()) => {
                passed += 1;
                println!("ok      {}", file.display());
            }
            Err(e) => {
                failed += 1;
                println!("FAILED  {}\n{e}\n", file.display());
            }
        }
    }
    println!("sqllogictests: {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
