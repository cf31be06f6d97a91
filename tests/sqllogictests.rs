//! Runs every `tests/sql/**/*.slt` file through a privsql session, with DataFusion's own
//! sqllogictest engine (its type letters and value formatting).
//!
//! `cargo test --test sqllogictests` runs them all; `-- NAME` runs the files whose path contains
//! NAME; `-- --complete` rewrites the expected results in place (review the diff!).

use std::path::Path;

use datafusion_sqllogictest::{df_value_validator, value_normalizer};
use sqllogictest::strict_column_validator;

#[path = "slt/mod.rs"]
mod slt;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let complete = args.iter().any(|a| a == "--complete");
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).expect("package root");
    let mut files = slt::slt_files(Path::new("tests/sql"));
    files.retain(|f| filters.is_empty() || filters.iter().any(|n| f.to_string_lossy().contains(n.as_str())));

    let (mut passed, mut failed) = (0usize, 0usize);
    for file in &files {
        let mut r = slt::runner(file, slt::test_config(None));
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
