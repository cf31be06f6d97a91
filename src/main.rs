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
    #[cfg(feature = "cluster")]
    let cluster_process = matches!(args.command, Some(cli::args::Command::Cluster(_)));
    #[cfg(not(feature = "cluster"))]
    let cluster_process = false;
    // Long-running processes say what they do at info. A cluster job's failure is the
    // statement's error (with the executor's message, which may quote a value): Ballista's
    // client does not log it a second time.
    let default_filter = if streaming || cluster_process {
        "warn,privsql=info,ballista_core::execution_plans::distributed_query=off"
    } else {
        "warn,ballista_core::execution_plans::distributed_query=off"
    };
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
        let mut config = privsql::Config::load(args.config.as_deref())?;
        if let Some(url) = args.cluster {
            config.cluster.url = Some(url);
        }
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
                    #[cfg(feature = "cluster")]
                    privsql::cluster::client::refuse_cluster(
                        &config,
                        "privsql stream",
                        "a stream is a continuous pipeline that commits Kafka offsets after each micro-batch \
                         from this process, and a cluster runs bounded jobs; run privsql stream without \
                         --cluster (cluster.url), or read a bounded range of the topic on the cluster with \
                         privsql -f and a STORED AS KAFKA table",
                    )?;
                    privsql::stream::run_file(&config, &file).await?;
                    Ok(())
                }
                #[cfg(feature = "cluster")]
                cli::args::Command::Cluster(cluster_args) => {
                    privsql::cluster::run(&config, cluster_args).await?;
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
