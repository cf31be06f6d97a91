//! The interactive shell (rustyline): line editing and history, multi-line statements ended by
//! `;`, and backslash commands: `\q`, `\d`, `\d NAME`, `\df`, `\df NAME`, `\?`.
//!
//! The commands are plain SQL over `information_schema` and `privsql_functions()` run through
//! the same [`Runner`] as scripts, so they print in the chosen `--format`.

use std::io::Write;
use std::path::PathBuf;

use arrow::array::{Array, AsArray};
use arrow::util::display::{ArrayFormatter, FormatOptions};
use datafusion::common::{exec_datafusion_err, DataFusionError, Result};
use datafusion::sql::sqlparser::dialect::Dialect;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Editor, Helper, Highlighter, Hinter};

use super::error::{CliError, Location};
use super::script::{Runner, Source};
use crate::statements::is_complete;

/// The shell's help, printed by `\?`.
pub const HELP: &str = "\
Statements end with ';' and may span lines.
  \\d             list tables and views
  \\d NAME        describe table NAME (its columns and types)
  \\df            list privsql functions
  \\df NAME       show the documentation of function NAME (or the functions matching it)
  \\?             this help
  \\q             quit (or Ctrl-D)
Ctrl-C clears the input, or cancels the running statement.";

/// A backslash command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Quit,
    Help,
    /// `\d`
    ListTables,
    /// `\d NAME`
    Describe(String),
    /// `\df`
    ListFunctions,
    /// `\df NAME`
    DescribeFunction(String),
}

impl Command {
    /// Parse a line starting with `\` (`None` when it does not).
    pub fn parse(line: &str) -> Option<Result<Self, String>> {
        let line = line.trim().trim_end_matches(';').trim();
        let rest = line.strip_prefix('\\')?;
        let (name, arg) = match rest.split_once(char::is_whitespace) {
            Some((n, a)) => (n, Some(a.trim()).filter(|a| !a.is_empty())),
            None => (rest, None),
        };
        Some(match (name, arg) {
            ("q" | "quit", None) => Ok(Command::Quit),
            ("?" | "h" | "help", _) => Ok(Command::Help),
            ("d", None) => Ok(Command::ListTables),
            ("d", Some(t)) => Ok(Command::Describe(t.to_string())),
            ("df", None) => Ok(Command::ListFunctions),
            ("df", Some(f)) => Ok(Command::DescribeFunction(f.to_string())),
            _ => Err(format!("unknown command \\{rest}: try \\? for help")),
        })
    }
}

/// What the shell does after a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// A SQL string literal holding `s`.
fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Run a backslash command, writing its output to the runner's output.
pub async fn run_command<W: Write>(runner: &mut Runner<W>, command: &Command) -> Result<Flow> {
    match command {
        Command::Quit => return Ok(Flow::Quit),
        Command::Help => writeln!(runner.out(), "{HELP}")?,
        Command::ListTables => {
            runner
                .run_statement(
                    "SELECT table_catalog AS catalog, table_schema AS schema, table_name AS name, \
                     table_type AS type FROM information_schema.tables \
                     WHERE table_schema <> 'information_schema' ORDER BY 1, 2, 3",
                )
                .await?
        }
        Command::Describe(name) => {
            // Resolve the name the way SQL does (quoting, case folding, schema qualification).
            runner.ctx().table(name.as_str()).await.map_err(|_| {
                exec_datafusion_err!("no table or view named {name}: \\d lists them")
            })?;
            runner.run_statement(&format!("DESCRIBE {name}")).await?
        }
        Command::ListFunctions => runner
            .run_statement(
                "SELECT name, kind, section, description FROM privsql_functions() ORDER BY name",
            )
            .await?,
        Command::DescribeFunction(name) => describe_function(runner, name).await?,
    }
    Ok(Flow::Continue)
}

/// `\df NAME`: the documentation of one function, one field per paragraph; or, when no
/// function has that exact name, the list of those whose name contains it.
async fn describe_function<W: Write>(runner: &mut Runner<W>, name: &str) -> Result<()> {
    let exact = runner
        .ctx()
        .sql(&format!(
            "SELECT * FROM privsql_functions() WHERE name = {}",
            literal(name)
        ))
        .await?
        .collect()
        .await?;
    let options = FormatOptions::default();
    if let Some(batch) = exact.iter().find(|b| b.num_rows() > 0) {
        let out = runner.out();
        for (field, column) in batch.schema().fields().iter().zip(batch.columns()) {
            if column.is_null(0) {
                continue;
            }
            let value = ArrayFormatter::try_new(column.as_ref(), &options)?
                .value(0)
                .to_string();
            if value.contains('\n') || value.len() > 60 {
                writeln!(out, "{}:", field.name())?;
                for line in value.lines() {
                    writeln!(out, "    {line}")?;
                }
            } else {
                writeln!(out, "{}: {value}", field.name())?;
            }
        }
        writeln!(out)?;
        return Ok(());
    }
    let pattern = format!("%{}%", name.replace('%', "").replace('_', "\\_"));
    let like = runner
        .ctx()
        .sql(&format!(
            "SELECT count(*) AS n FROM privsql_functions() WHERE name ILIKE {}",
            literal(&pattern)
        ))
        .await?
        .collect()
        .await?;
    let n = like
        .first()
        .and_then(|b| {
            b.column(0)
                .as_primitive_opt::<arrow::datatypes::Int64Type>()
                .map(|a| a.value(0))
        })
        .unwrap_or(0);
    if n == 0 {
        return Err(DataFusionError::Plan(format!(
            "no privsql function matches {name}: \\df lists them"
        )));
    }
    runner
        .run_statement(&format!(
            "SELECT name, kind, section, description FROM privsql_functions() \
             WHERE name ILIKE {} ORDER BY name",
            literal(&pattern)
        ))
        .await
}

/// The history file: `<data dir>/privsql/history`, or `~/.privsql_history`.
pub fn history_path() -> Option<PathBuf> {
    if let Some(dir) = dirs::data_dir() {
        let dir = dir.join("privsql");
        if std::fs::create_dir_all(&dir).is_ok() {
            return Some(dir.join("history"));
        }
    }
    dirs::home_dir().map(|h| h.join(".privsql_history"))
}

/// rustyline helper: input is complete when it is a backslash command or ends with `;`; Tab
/// completes keywords, function names, table names and backslash commands.
#[derive(Helper, Highlighter, Hinter)]
struct InputHelper {
    dialect: Box<dyn Dialect>,
    /// Sorted, de-duplicated completion words.
    words: Vec<String>,
}

impl Completer for InputHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete_word(&self.words, line, pos))
    }
}

/// The words Tab completes: SQL keywords, the session's functions and tables, the backslash
/// commands.
pub fn completion_words(ctx: &datafusion::prelude::SessionContext) -> Vec<String> {
    let state = ctx.state();
    let mut words: Vec<String> = datafusion::sql::sqlparser::keywords::ALL_KEYWORDS
        .iter()
        .map(|k| k.to_string())
        .collect();
    words.extend(state.scalar_functions().keys().cloned());
    words.extend(state.aggregate_functions().keys().cloned());
    words.extend(state.window_functions().keys().cloned());
    words.extend(state.table_functions().keys().cloned());
    for catalog_name in ctx.catalog_names() {
        let Some(catalog) = ctx.catalog(&catalog_name) else {
            continue;
        };
        for schema_name in catalog.schema_names() {
            if let Some(schema) = catalog.schema(&schema_name) {
                words.extend(schema.table_names());
            }
            words.push(schema_name);
        }
    }
    words.extend(["\\d", "\\df", "\\q", "\\?"].map(String::from));
    words.sort();
    words.dedup();
    words
}

/// Complete the word before `pos` in `line` from `words` (case-insensitively; keywords follow
/// the case typed). Returns where the word starts and the candidates.
pub fn complete_word(words: &[String], line: &str, pos: usize) -> (usize, Vec<String>) {
    let before = &line[..pos];
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '\\'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let prefix = &before[start..];
    if prefix.is_empty() {
        return (pos, Vec::new());
    }
    let lower = prefix.to_lowercase();
    let typed_lower = prefix.chars().all(|c| !c.is_uppercase());
    let mut out: Vec<String> = words
        .iter()
        .filter(|w| w.to_lowercase().starts_with(&lower))
        .map(|w| {
            let is_keyword = w.chars().all(|c| !c.is_lowercase());
            if is_keyword && typed_lower {
                w.to_lowercase()
            } else {
                w.clone()
            }
        })
        .collect();
    out.dedup();
    (start, out)
}

impl Validator for InputHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(if input_complete(ctx.input(), self.dialect.as_ref()) {
            ValidationResult::Valid(None)
        } else {
            ValidationResult::Incomplete
        })
    }
}

/// Whether the shell should run `input` now (else it reads another line).
pub fn input_complete(input: &str, dialect: &dyn Dialect) -> bool {
    let t = input.trim();
    t.is_empty() || t.starts_with('\\') || is_complete(t, dialect)
}

/// Run the interactive shell until `\q` or end of input.
pub async fn run<W: Write>(runner: &mut Runner<W>) -> Result<(), CliError> {
    let mut editor: Editor<InputHelper, DefaultHistory> =
        Editor::new().map_err(|e| CliError::Shell(e.to_string()))?;
    editor.set_helper(Some(InputHelper {
        dialect: runner.dialect(),
        words: completion_words(runner.ctx()),
    }));
    let history = history_path();
    if let Some(path) = &history {
        // A missing history file is normal on first use.
        let _ = editor.load_history(path);
    }
    if !runner.options().quiet {
        writeln!(
            runner.out(),
            "privsql {}: SQL over Apache DataFusion. \\? for help, \\q to quit.",
            env!("CARGO_PKG_VERSION")
        )
        .map_err(CliError::Output)?;
    }
    // The prompt is written straight to the terminal: what we wrote must be out before it.
    runner.out().flush().map_err(CliError::Output)?;
    loop {
        let input = match editor.readline("privsql> ") {
            Ok(input) => input,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(CliError::Shell(e.to_string())),
        };
        if input.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(input.as_str());
        if let Some(command) = Command::parse(&input) {
            let flow = match command {
                Ok(c) => cancellable(run_command(runner, &c)).await,
                Err(msg) => Err(DataFusionError::Plan(msg)),
            };
            let _ = runner.out().flush();
            match flow {
                Ok(Some(Flow::Quit)) => break,
                Ok(_) => {}
                Err(e) => eprintln!("error: {}", plain(&e)),
            }
            continue;
        }
        let source = Source::inline("<shell>", input);

        let result = cancellable(runner.run_source(&source)).await;
        // Rows written before a failure go out before the message.
        let _ = runner.out().flush();
        match result {
            Ok(_) => {}
            Err(e @ CliError::Output(_)) => return Err(e),
            Err(CliError::Statement {
                location: Location { line, .. },
                message,
                ..
            }) => {
                // Lines of what was just entered.
                eprintln!("error: line {line}: {message}");
            }
            Err(e) => eprintln!("error: {e}"),
        }
        // New tables and settings: refresh what Tab completes and how input is split.
        if let Some(h) = editor.helper_mut() {
            h.words = completion_words(runner.ctx());
            h.dialect = runner.dialect();
        }
    }
    if let Some(path) = &history {
        if let Err(e) = editor.save_history(path) {
            tracing::warn!(path = %path.display(), error = %e, "cannot save shell history");
        }
    }
    Ok(())
}

/// Run `f` unless Ctrl-C comes first; then say so and return `Ok(None)` (dropping `f` cancels
/// the statement's execution).
async fn cancellable<T, E>(
    f: impl std::future::Future<Output = Result<T, E>>,
) -> Result<Option<T>, E> {
    tokio::select! {
        r = f => r.map(Some),
        _ = tokio::signal::ctrl_c() => {
            eprintln!("cancelled");
            Ok(None)
        }
    }
}

fn plain(e: &DataFusionError) -> String {
    e.strip_backtrace()
}
