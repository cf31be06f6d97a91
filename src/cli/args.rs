//! The command line (clap). The top-level flags run SQL; subcommands (`privsql serve`,
//! `privsql stream`) are added to [`Command`] by the front ends that own them.

use std::path::PathBuf;

use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use super::format::Format;

const AFTER_HELP: &str = "\
With no -f or -c, privsql reads statements from standard input when it is not a terminal
(`privsql < job.sql`), and otherwise opens the interactive shell.

Examples:
  privsql -f sql/pipeline.sql
  privsql -c \"SELECT intent, count(*) FROM synthetic_intents(1000, 42) GROUP BY intent\"
  privsql --set DAY=2024-05-01 -f daily.sql --format json
  privsql --config privsql.toml -c \"SELECT * FROM 's3://bucket/requests.parquet' LIMIT 10\"

Environment: PRIVSQL_CONFIG (config file), PRIVSQL_<SECTION>__<KEY> (any config key),
PRIVSQL_LOG (log filter, default warn; --log-format json for JSON lines). Exit status: 0 ok, 1 a statement or script failed,
2 bad arguments or configuration.";

/// `privsql`: GDPR/CCPA privacy requests with SQL, on Apache DataFusion.
#[derive(Debug, Parser)]
#[command(name = "privsql", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// Configuration file (TOML). Every key can also be set as PRIVSQL_<SECTION>__<KEY>.
    #[arg(long, value_name = "FILE", env = "PRIVSQL_CONFIG", global = true)]
    pub config: Option<PathBuf>,

    /// Log lines on stderr as text or as JSON objects (one per line; each statement a span with
    /// its query id, kind, rows, duration and outcome).
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "text", global = true)]
    pub log_format: crate::observe::LogFormat,

    /// Run queries on a Ballista cluster: its scheduler as df://HOST:PORT (config key
    /// cluster.url); with `serve`, its clients' queries. Views, external tables and contracts
    /// stay in this process, and so do queries that read only tables held here (CREATE TABLE
    /// ... AS, VALUES, the catalogs); a query mixing those with the cluster's tables is refused.
    #[arg(long, value_name = "URL", global = true)]
    pub cluster: Option<String>,

    #[command(flatten)]
    pub run: RunArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands. Front ends add theirs here (`Serve(crate::server::ServeArgs)`, `Stream(...)`)
/// and a match arm in `src/main.rs`, e.g.
/// `Some(Command::Serve(a)) => privsql::server::serve(config, a).await.map_err(CliError::from)`
/// (a `DataFusionError` converts into [`CliError`](super::CliError) with exit status 1).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve privsql over the PostgreSQL wire protocol (psql, drivers, BI tools, dbt); with
    /// --cluster df://HOST:PORT, their queries run on that Ballista cluster.
    #[cfg(feature = "server")]
    Serve(crate::server::ServeArgs),
    /// Run a continuous Kafka pipeline: the script's setup statements, then its
    /// `INSERT INTO sink SELECT ... FROM source` forever, committing source offsets only after
    /// the sink confirmed each micro-batch. SIGINT/SIGTERM stop it after a final commit.
    #[cfg(feature = "kafka")]
    Stream {
        /// The pipeline script.
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: PathBuf,
    },
    /// Run a process of a Ballista cluster (`privsql cluster scheduler`,
    /// `privsql cluster executor --scheduler HOST:PORT`) or list a scheduler's jobs and
    /// executors (`privsql cluster jobs|executors`) (docs/cluster.md).
    #[cfg(feature = "cluster")]
    Cluster(crate::cluster::args::ClusterArgs),
}

/// Flags for running SQL (no subcommand).
#[derive(Debug, Args, Default)]
pub struct RunArgs {
    /// Run the statements of FILE ('-' for standard input); repeatable, run in order.
    #[arg(short = 'f', long = "file", value_name = "FILE", action = ArgAction::Append)]
    pub files: Vec<PathBuf>,

    /// Run the statements of SQL; repeatable. -f and -c run in the order given.
    #[arg(short = 'c', long = "command", value_name = "SQL", action = ArgAction::Append)]
    pub commands: Vec<String>,

    /// Output format [default: table on a terminal, csv otherwise].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Print only results: no row counts, timings, DDL/DML counts, banner or progress.
    #[arg(short, long)]
    pub quiet: bool,

    /// Substitute VALUE for ${NAME} in scripts (${NAME:-DEFAULT} falls back to DEFAULT);
    /// repeatable.
    #[arg(long = "set", value_name = "NAME=VALUE", action = ArgAction::Append)]
    pub set: Vec<String>,

    /// Keep running after a failed statement; exit with status 1 at the end if any failed.
    #[arg(long)]
    pub continue_on_error: bool,

    /// Rows of a table result to print (0: all); the other formats print every row.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub max_rows: usize,

    /// -f and -c in command-line order (filled by [`parse`]).
    #[arg(skip)]
    pub inputs: Vec<Input>,
}

/// A `-f` or `-c` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Sql(String),
}

/// Parse the process arguments (exits with status 2 and clap's message on bad arguments).
pub fn parse() -> Cli {
    parse_from(std::env::args_os())
}

/// Parse `args` (the first is the program name).
pub fn parse_from<I, T>(args: I) -> Cli
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = Cli::command().get_matches_from(args);
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // `--config` is global (it configures subcommands too); running SQL is not.
    if cli.command.is_some() && (!cli.run.files.is_empty() || !cli.run.commands.is_empty()) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "-f/-c run SQL without a subcommand; they cannot be combined with one",
            )
            .exit();
    }
    let mut inputs: Vec<(usize, Input)> = Vec::new();
    if let Some(idx) = matches.indices_of("files") {
        inputs.extend(
            idx.zip(&cli.run.files)
                .map(|(i, f)| (i, Input::File(f.clone()))),
        );
    }
    if let Some(idx) = matches.indices_of("commands") {
        inputs.extend(
            idx.zip(&cli.run.commands)
                .map(|(i, c)| (i, Input::Sql(c.clone()))),
        );
    }
    inputs.sort_by_key(|(i, _)| *i);
    cli.run.inputs = inputs.into_iter().map(|(_, x)| x).collect();
    cli
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_commands_keep_their_order() {
        let cli = parse_from([
            "privsql", "-c", "SELECT 1", "-f", "a.sql", "-c", "SELECT 2", "-f", "b.sql",
        ]);
        assert_eq!(
            cli.run.inputs,
            vec![
                Input::Sql("SELECT 1".into()),
                Input::File("a.sql".into()),
                Input::Sql("SELECT 2".into()),
                Input::File("b.sql".into()),
            ]
        );
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
