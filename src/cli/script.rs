//! Running SQL scripts: each source (a `-f` file, a `-c` argument, standard input, a line of
//! the shell) is rendered (`${NAME}`), split into statements and run statement by statement,
//! each result written as it streams. The first failure stops the run unless
//! `--continue-on-error`.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use datafusion::common::{DataFusionError, Result};
use datafusion::logical_expr::LogicalPlan;
use datafusion::physical_plan::execute_stream;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::dialect::{dialect_from_str, Dialect, GenericDialect};

use super::error::{broken_pipe, CliError, Location};
use super::format::{drain, write_stream, Format};
use super::progress::{self, Progress, ProgressMode};
use super::template::Vars;
use crate::observe::statements::{Finished, Statement};
use crate::statements::split;
use tracing::Instrument;

/// SQL text to run and the name it is reported under.
#[derive(Debug, Clone)]
pub struct Source {
    /// A path, `-c`, `<stdin>` or `<shell>`.
    pub name: String,
    pub text: String,
}

impl Source {
    /// A script file (`-` reads standard input).
    pub fn file(path: &Path) -> Result<Self, CliError> {
        if path == Path::new("-") {
            return Self::stdin();
        }
        let text = std::fs::read_to_string(path).map_err(|source| CliError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        // Editors on Windows may start a file with a byte-order mark.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        Ok(Self {
            name: path.display().to_string(),
            text,
        })
    }

    /// SQL given inline.
    pub fn inline(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }

    /// All of standard input.
    pub fn stdin() -> Result<Self, CliError> {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|source| CliError::Read {
                path: "<stdin>".into(),
                source,
            })?;
        Ok(Self {
            name: "<stdin>".into(),
            text,
        })
    }
}

/// How statements run and print.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: Format,
    /// Print only results: no row counts, timings or DDL/DML counts.
    pub quiet: bool,
    pub continue_on_error: bool,
    /// Rows of a table result to print (`None`: all).
    pub max_rows: Option<usize>,
    pub progress: ProgressMode,
    pub vars: Vars,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            format: default_format(),
            quiet: false,
            continue_on_error: false,
            max_rows: None,
            progress: ProgressMode::Auto,
            vars: Vars::new(),
        }
    }
}

/// `table` when stdout is a terminal, `csv` otherwise (for pipes and files).
pub fn default_format() -> Format {
    if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Csv
    }
}

/// What a statement's plan is, for deciding what to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Returns rows (SELECT, VALUES, SHOW, EXPLAIN, DESCRIBE, ...).
    Query,
    /// INSERT, UPDATE, DELETE, COPY: returns a count.
    Dml,
    /// Already done by planning (CREATE, DROP, SET, ...): returns nothing.
    Command,
}

impl Kind {
    /// The `kind` label of the statement metrics.
    fn label(self) -> &'static str {
        match self {
            Kind::Query => "query",
            Kind::Dml => "dml",
            Kind::Command => "command",
        }
    }

    fn of(plan: &LogicalPlan) -> Self {
        match plan {
            LogicalPlan::Dml(_) | LogicalPlan::Copy(_) => Kind::Dml,
            p if p.schema().fields().is_empty() => Kind::Command,
            _ => Kind::Query,
        }
    }
}

/// Runs sources on a session, writing results to `out` and errors to stderr.
pub struct Runner<W: Write> {
    ctx: SessionContext,
    opts: Options,
    out: W,
    failed: usize,
    /// Every statement run so far, as counted (for the run's tracking record).
    finished: Vec<(String, Finished)>,
}

impl<W: Write> Runner<W> {
    pub fn new(ctx: SessionContext, opts: Options, out: W) -> Self {
        Self {
            ctx,
            opts,
            out,
            failed: 0,
            finished: Vec::new(),
        }
    }

    pub fn ctx(&self) -> &SessionContext {
        &self.ctx
    }

    pub fn options(&self) -> &Options {
        &self.opts
    }

    pub fn out(&mut self) -> &mut W {
        &mut self.out
    }

    pub fn into_out(self) -> W {
        self.out
    }

    /// Every statement run so far with its location (`source:line`), in order.
    pub fn finished(&self) -> &[(String, Finished)] {
        &self.finished
    }

    /// Statements that failed so far (with `--continue-on-error`).
    pub fn failed(&self) -> usize {
        self.failed
    }

    /// Run every source in order. Stops at the first error unless `--continue-on-error`, in which
    /// case each error is reported on stderr and the run fails at the end if any did.
    pub async fn run_all(
        &mut self,
        sources: impl IntoIterator<Item = Result<Source, CliError>>,
    ) -> Result<(), CliError> {
        for source in sources {
            let result = match source {
                Ok(source) => self.run_source(&source).await,
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                self.fail(e)?;
            }
        }
        match self.failed {
            0 => Ok(()),
            failed => Err(CliError::SomeFailed { failed }),
        }
    }

    /// Run the statements of one source.
    pub async fn run_source(&mut self, source: &Source) -> Result<(), CliError> {
        let rendered =
            self.opts
                .vars
                .render(&source.text)
                .map_err(|u| CliError::UnknownVariable {
                    location: Location {
                        source: source.name.clone(),
                        line: u.line,
                    },
                    name: u.name,
                })?;
        let dialect = self.dialect();
        let parts = split(&rendered.text, dialect.as_ref());
        for statement in &parts.statements {
            let at = Location {
                source: source.name.clone(),
                line: rendered.original_line(statement.line),
            };
            if let Err(e) = self.run_statement_at(&statement.text, &source.name, at.line).await {
                if let Some(pipe) = broken_pipe(&e) {
                    return Err(CliError::Output(pipe));
                }
                let err = CliError::statement(at, statement.column, &statement.text, &e);
                self.fail(err)?;
            }
        }
        if let Some(u) = parts.unreadable {
            let err = CliError::Statement {
                location: Location {
                    source: source.name.clone(),
                    line: rendered.original_line(u.line),
                },
                statement: super::error::shorten(&u.text, 80),
                message: format!("syntax error: {}", u.message),
            };
            self.fail(err)?;
        }
        Ok(())
    }

    /// Record a failure: returned as is when the run stops at errors, else reported and counted.
    fn fail(&mut self, e: CliError) -> Result<(), CliError> {
        if !self.opts.continue_on_error || e.is_broken_pipe() {
            return Err(e);
        }
        // Results printed so far go out before the message about what failed after them.
        let _ = self.out.flush();
        eprintln!("error: {e}");
        if !matches!(e, CliError::SomeFailed { .. }) {
            self.failed += 1;
        }
        Ok(())
    }

    /// Plan and run one statement, writing its result.
    pub async fn run_statement(&mut self, sql: &str) -> Result<(), DataFusionError> {
        self.run_statement_at(sql, "-", 0).await
    }

    /// [`Self::run_statement`] for the statement of `source` at `line`: counted in the
    /// statement metrics, inside a `statement` span.
    pub async fn run_statement_at(&mut self, sql: &str, source: &str, line: usize) -> Result<(), DataFusionError> {
        let mut st = Statement::start(source, line);
        let span = st.span.clone();
        let at = format!("{source}:{line}");
        let result = self.execute(sql, &at, &mut st).instrument(span).await;
        let finished = match &result {
            Ok(rows) => st.finish("ok", *rows),
            Err(_) => st.finish("error", 0),
        };
        self.finished.push((at, finished));
        result.map(|_| ())
    }

    /// Plan and run one statement (at `at`, `source:line`), writing its result; returns the
    /// rows it gave.
    async fn execute(&mut self, sql: &str, at: &str, st: &mut Statement) -> Result<u64, DataFusionError> {
        let started = Instant::now();
        let df = self.ctx.sql(sql).await?;
        let kind = Kind::of(df.logical_plan());
        st.set_kind(kind.label());
        let table = self.opts.format == Format::Table;
        let quiet = self.opts.quiet;
        if kind == Kind::Command {
            drain(df.execute_stream().await?).await?;
            if table && !quiet {
                writeln!(self.out, "OK. {}\n", elapsed(started.elapsed()))?;
            }
            self.out.flush()?;
            return Ok(0);
        }
        let mode = if quiet { ProgressMode::Never } else { self.opts.progress };
        // On a cluster the job is named after the statement (`privsql cluster jobs`).
        let task = progress::followable(df.task_ctx(), mode);
        #[cfg(feature = "cluster")]
        let task = crate::cluster::client::with_job_name(task, at);
        #[cfg(not(feature = "cluster"))]
        let _ = at;
        let task = Arc::new(task);
        let plan = df.create_physical_plan().await?;
        st.set_plan(&plan);
        let progress = Progress::start(&plan, task.session_config(), mode);
        let stream = execute_stream(plan, task)?;
        let rows;
        if kind == Kind::Dml && quiet {
            rows = drain(stream).await? as u64;
        } else {
            let written = write_stream(
                stream,
                self.opts.format,
                self.opts.max_rows,
                &mut self.out,
                &progress,
            )
            .await?;
            rows = written.rows as u64;
            if table && !quiet {
                let t = elapsed(started.elapsed());
                let line = match kind {
                    Kind::Query if written.shown < written.rows => format!(
                        "{} row(s) fetched ({} shown, see --max-rows). {t}",
                        written.rows, written.shown
                    ),
                    Kind::Query => format!("{} row(s) fetched. {t}", written.rows),
                    _ => format!("OK. {t}"),
                };
                progress.suspend(|| writeln!(self.out, "{line}\n"))?;
            }
        }
        progress.finish();
        self.out.flush()?;
        Ok(rows)
    }

    /// The SQL dialect the session parses with, for splitting.
    pub fn dialect(&self) -> Box<dyn Dialect> {
        let name = self.ctx.state().config().options().sql_parser.dialect;
        dialect_from_str(name).unwrap_or_else(|| Box::new(GenericDialect {}))
    }
}

fn elapsed(d: Duration) -> String {
    format!("Elapsed {:.3} seconds.", d.as_secs_f64())
}
