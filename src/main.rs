//! The `privsql` binary.
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "privsql", version, about)]
struct Cli {
    /// Config file (TOML); `PRIVSQL_*` variables override it.
    #[arg(long, global = true, env = "PRIVSQL_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve privsql over the PostgreSQL wire protocol.
    #[cfg(feature = "server")]
    Serve(privsql::server::ServeArgs),
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PRIVSQL_LOG").unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = match privsql::Config::load(cli.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("privsql: {e}");
            return ExitCode::from(2);
        }
    };
    match cli.command {
        #[cfg(feature = "server")]
        Some(Command::Serve(args)) => match privsql::server::serve(&config, args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("privsql serve: {e}");
                ExitCode::FAILURE
            }
        },
        None => ExitCode::SUCCESS,
    }
}
