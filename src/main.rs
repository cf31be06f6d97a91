//! The `privsql` binary: parse the command line, dispatch, map errors to exit statuses. All the
//! work is in the library (`privsql::cli`, and the front ends' modules for subcommands).

use std::process::ExitCode;

use privsql::cli::{self, CliError};

fn main() -> ExitCode {
    let args = cli::args::parse();
    #[cfg(feature = "kafka")]
    let streaming = matches!(args.command, Some(cli::args::Command::Stream { .. }));
    #[cfg(not(feature = "kafka"))]
    let streaming = false;
    let default_filter = if streaming { "warn,privsql=info" } else { "warn" };
    privsql::observe::logging::init(args.log_format, default_filter);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<(), CliError> = runtime.block_on(async move {
        let config = privsql::Config::load(args.config.as_deref())?;
        match args.command {
            None => cli::run(&config, args.run).await,
            Some(command) => match command {
                #[cfg(feature = "server")]
                cli::args::Command::Serve(serve_args) => {
                    privsql::server::serve(&config, serve_args).await?;
                    Ok(())
                }
                #[cfg(feature = "kafka")]
                cli::args::Command::Stream { file } => {
                    privsql::stream::run_file(&config, &file).await?;
                    Ok(())
                }
            },
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `privsql ... | head`: the reader has what it wanted.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
