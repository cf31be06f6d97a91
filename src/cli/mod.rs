//! The `privsql` command line as a library: scripts (`-f`, `-c`, standard input), `${NAME}`
//! templates, output formats, progress bars and the interactive shell. `src/main.rs` only
//! parses arguments and calls [`run`].

pub mod args;
pub mod error;
pub mod format;
pub mod progress;
pub mod script;
pub mod shell;
pub mod template;

use std::io::{BufWriter, IsTerminal};

pub use args::{Cli, Command, Input, RunArgs};
pub use error::CliError;
pub use format::Format;
pub use script::{Options, Runner, Source};

use crate::config::Config;
use progress::ProgressMode;
use template::Vars;

/// Log to stderr as text, filtered by `PRIVSQL_LOG` (tracing's `EnvFilter` syntax; default
/// `warn`).
pub fn init_logging() {
    init_logging_with_default("warn");
}

/// [`init_logging`] with another filter when `PRIVSQL_LOG` is unset (`privsql stream` shows its
/// periodic `info` progress lines by default).
pub fn init_logging_with_default(default: &str) {
    crate::observe::logging::init(crate::observe::LogFormat::Text, default);
}

/// Run the top-level flags: the given `-f`/`-c` inputs, standard input, or the shell.
pub async fn run(config: &Config, args: RunArgs) -> Result<(), CliError> {
    let mut vars = Vars::new();
    for s in &args.set {
        vars.set_from_arg(s).map_err(CliError::Usage)?;
    }
    let options = Options {
        format: args.format.unwrap_or_else(script::default_format),
        quiet: args.quiet,
        continue_on_error: args.continue_on_error,
        max_rows: (args.max_rows > 0).then_some(args.max_rows),
        progress: ProgressMode::Auto,
        vars,
    };
    let ctx = crate::build_session(config).map_err(|e| CliError::Session(e.strip_backtrace()))?;
    crate::observe::register_process(&ctx);
    let stdout = std::io::stdout();
    let mut runner = Runner::new(ctx, options, BufWriter::new(stdout.lock()));

    if args.inputs.is_empty() {
        if std::io::stdin().is_terminal() {
            return shell::run(&mut runner).await;
        }
        return runner.run_all([Source::stdin()]).await;
    }
    let several = args
        .inputs
        .iter()
        .filter(|i| matches!(i, Input::Sql(_)))
        .count()
        > 1;
    let mut n = 0;
    let sources = args.inputs.iter().map(|input| match input {
        Input::File(path) => Source::file(path),
        Input::Sql(sql) => {
            n += 1;
            let name = if several {
                format!("-c#{n}")
            } else {
                "-c".to_string()
            };
            Ok(Source::inline(name, sql.clone()))
        }
    });
    // A batch run: tracked as an MLflow run when configured, its metrics pushed at the end.
    let mut tracked = crate::observe::run::TrackedRun::start(config, &args).await;
    let result = runner.run_all(sources).await;
    tracked.finish(config, &runner, &args, result.as_ref().err()).await;
    crate::observe::push::finish_run(&config.metrics).await;
    result
}
