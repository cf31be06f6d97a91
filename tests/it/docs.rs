//! The README stays true: its function reference is exactly what the functions' own
//! documentation generates.

use privsql::catalog::{functions_markdown, README_BEGIN, README_END};

#[test]
fn readme_function_reference_is_current() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let begin = readme.find(README_BEGIN).expect("README has the reference's begin marker");
    let end = readme.find(README_END).expect("README has the reference's end marker");
    let current = &readme[begin + README_BEGIN.len() + 1..end];
    let functions = privsql::session::all_functions_with_list(&privsql::Config::default()).unwrap();
    let expected = functions_markdown(&functions);
    assert!(
        current == expected,
        "README.md's function reference is stale: run `cargo run --example function_docs -- --write README.md`"
    );
    for (name, _) in functions.names() {
        assert!(current.contains(&format!("`{name}`")), "{name} is missing from the README");
    }
}
