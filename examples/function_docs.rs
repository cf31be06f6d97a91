//! Prints privsql's SQL function reference as Markdown, from the functions' own documentation,
//! or with `--write README.md` replaces the reference between the README's markers.
//!
//! ```sh
//! cargo run --example function_docs -- --write README.md
//! ```

use privsql::catalog::{functions_markdown, README_BEGIN, README_END};
use privsql::Config;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let functions = privsql::session::all_functions_with_list(&Config::default())?;
    let reference = functions_markdown(&functions);
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, path] if flag == "--write" => {
            let readme = std::fs::read_to_string(path)?;
            let (Some(b), Some(e)) = (readme.find(README_BEGIN), readme.find(README_END)) else {
                return Err(format!("{path} lacks the markers {README_BEGIN} and {README_END}").into());
            };
            let updated = format!("{}{README_BEGIN}\n{reference}{}", &readme[..b], &readme[e..]);
            std::fs::write(path, updated)?;
            eprintln!("updated the function reference in {path}");
        }
        [] => print!("{reference}"),
        _ => return Err("usage: function_docs [--write README.md]".into()),
    }
    Ok(())
}
