//! The `privsql` binary: argument parsing and dispatch only.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "privsql",
    version,
    about = "Privacy requests, found and routed with SQL"
)]
struct Cli {
    /// Config file (TOML); `PRIVSQL_*` variables override it.
    #[arg(long, global = true, env = "PRIVSQL_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a continuous Kafka pipeline: the script's setup statements, then its
    /// `INSERT INTO sink SELECT ... FROM source` forever, committing source offsets after the
    /// sink confirmed each micro-batch. SIGINT/SIGTERM stop it after a final commit.
    #[cfg(feature = "kafka")]
    Stream {
        /// The pipeline script.
        #[arg(short = 'f', long = "file")]
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PRIVSQL_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("privsql: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("privsql: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    let config = privsql::Config::load(cli.config.as_deref())?;
    match cli.command {
        #[cfg(feature = "kafka")]
        Command::Stream { file } => {
            privsql::sources::kafka::stream::run_file(&config, &file).await?;
            Ok(())
        }
    }
}
