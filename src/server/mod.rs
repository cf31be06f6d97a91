//! `privsql serve`: the privsql session over the PostgreSQL wire protocol, for psql, drivers, BI
//! tools and dbt.
//!
//! The protocol, the pg_catalog and the Arrow-to-Postgres encoding are datafusion-postgres's (on
//! pgwire); this module adds the policy around them, in layers that import only those below:
//! - this file: TLS, the accept loop and the graceful shutdown on SIGINT/SIGTERM;
//! - [`handler`]: the pgwire handlers of a connection, policy around each statement;
//! - [`auth`]: the startup handshake (SCRAM-SHA-256, MD5 when asked, trust only on loopback);
//! - [`pg_compat`]: database names as the catalog, PostgreSQL's functions for drivers;
//! - [`hooks`]: read-only users, catalog persistence, renames, metrics, one hook per file;
//!   [`copy`]: COPY TO STDOUT and FROM STDIN;
//! - [`stop`]: cancel requests, statement timeouts and the shutdown grace period;
//! - [`runtime`]: the CPU runtime queries run on, away from the network threads;
//! - [`txn`]: a transaction block's catalog changes, recorded at COMMIT, undone at ROLLBACK;
//! - [`conn`]: the state shared by connections and kept per connection;
//! - [`users`], [`scram`], [`limits`], [`metrics`], [`catalog_store`] (the catalog recorded under
//!   the data dir and replayed at start): what the config and the data dir define;
//! - [`error`], [`plans`], [`text`]: errors and helpers every layer uses.

pub mod args;
pub mod auth;
pub mod catalog_store;
pub mod conn;
pub mod copy;
pub mod error;
pub mod files;
pub mod handler;
pub mod hooks;
pub mod limits;
pub mod metrics;
pub mod pg_compat;
pub mod plans;
pub mod runtime;
pub mod scram;
pub mod stop;
pub mod temp;
pub mod binary;
pub mod text;
pub mod text_temporal;
pub mod txn;
pub mod users;

use std::io::BufReader;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use datafusion_postgres::pgwire;
use pgwire::error::ErrorInfo;
use pgwire::tokio::process_socket;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_rustls::rustls;

pub use args::ServeArgs;
pub use auth::SERVER_VERSION;
pub use error::ServerError;

use crate::config::Config;
use conn::{Cancel, Shared};
use handler::{ConnHandlers, Service};
use metrics::Metrics;

fn tls_acceptor(
    config: &crate::config::TlsConfig,
) -> Result<Option<tokio_rustls::TlsAcceptor>, ServerError> {
    let (cert, key) = match (&config.cert, &config.key) {
        (Some(c), Some(k)) => (c, k),
        (None, None) if config.require => {
            return Err(ServerError::Config(
                "server.tls.require is set but server.tls.cert and server.tls.key are not".into(),
            ))
        }
        (None, None) => return Ok(None),
        _ => {
            return Err(ServerError::Config(
                "server.tls.cert and server.tls.key must be set together".into(),
            ))
        }
    };
    let _ = rustls::crypto::ring::default_provider().install_default();
    let open = |p: &PathBuf| {
        std::fs::File::open(p)
            .map(BufReader::new)
            .map_err(|e| ServerError::Io(format!("{}: {e}", p.display())))
    };
    let certs = rustls_pemfile::certs(&mut open(cert)?)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ServerError::Config(format!("server.tls.cert {}: {e}", cert.display())))?;
    if certs.is_empty() {
        return Err(ServerError::Config(format!(
            "server.tls.cert {}: no PEM certificate found",
            cert.display()
        )));
    }
    let key = rustls_pemfile::private_key(&mut open(key)?)
        .map_err(|e| ServerError::Config(format!("server.tls.key {}: {e}", key.display())))?
        .ok_or_else(|| {
            ServerError::Config(format!(
                "server.tls.key {}: no PEM private key found",
                key.display()
            ))
        })?;
    let mut tls = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| ServerError::Config(format!("server.tls: {e}")))?;
    tls.alpn_protocols = vec![b"postgresql".to_vec()];
    Ok(Some(tokio_rustls::TlsAcceptor::from(Arc::new(tls))))
}

/// The session of `config`, its default catalog named `server.database` when that is set.
fn session_for(config: &Config) -> Result<datafusion::prelude::SessionContext, ServerError> {
    let Some(database) = &config.server.database else {
        return Ok(crate::build_session(config)?);
    };
    let mut config = config.clone();
    config.engine.settings.insert(
        "datafusion.catalog.default_catalog".to_owned(),
        database.clone(),
    );
    Ok(crate::build_session(&config)?)
}

fn default_data_dir() -> PathBuf {
    dirs::data_local_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("privsql")
        .join("server")
}

/// Serve `config`'s session until SIGINT or SIGTERM, then let running statements finish for
/// `server.shutdown_grace`, cancel what remains, and return.
pub async fn serve(config: &Config, args: ServeArgs) -> Result<(), ServerError> {
    if args.hash_password {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| ServerError::Io(format!("reading the password: {e}")))?;
        let password = line.trim_end_matches(['\n', '\r']);
        if password.is_empty() {
            return Err(ServerError::Config(
                "--hash-password: empty password on standard input".into(),
            ));
        }
        println!("{}", scram::scram_hash(password));
        return Ok(());
    }
    let server = &config.server;
    let listen = args.listen.clone().unwrap_or_else(|| server.listen.clone());
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host(&listen)
        .await
        .map_err(|e| ServerError::Config(format!("listen address {listen:?}: {e}")))?
        .collect();
    if addrs.is_empty() {
        return Err(ServerError::Config(format!(
            "listen address {listen:?} resolves to nothing"
        )));
    }
    let all_loopback = addrs.iter().all(|a| a.ip().is_loopback());
    let users = users::Users::from_config(server, all_loopback)?;
    let limits = limits::Limits::from_config(server)?;
    let tls = tls_acceptor(&server.tls)?;

    let ctx = Arc::new(pg_compat::setup(session_for(config)?).map_err(ServerError::Engine)?);

    let data_dir = args
        .data_dir
        .clone()
        .or_else(|| server.data_dir.clone())
        .unwrap_or_else(default_data_dir);
    let store = Arc::new(catalog_store::CatalogStore::open(&data_dir, &ctx)?);
    // On a cluster, the tables stored under the data dir are this machine's: read and written
    // here, never by the executors.
    #[cfg(feature = "cluster")]
    if config.cluster.url.is_some() {
        crate::cluster::placement::LocalPaths::keep(&ctx, &[&data_dir]).map_err(ServerError::Engine)?;
    }
    // Before listening: clients (and tests) take an open port for a server that has logged.
    let files = files::FilePolicy::from_config(server, &data_dir)?;
    for name in store.recorded_catalogs() {
        pg_compat::admit_name(&ctx, &name);
    }
    let (restored, failed) = store.restore(&ctx).await;

    let listener = TcpListener::bind(&addrs[..])
        .await
        .map_err(|e| ServerError::Io(format!("cannot listen on {listen}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| ServerError::Io(e.to_string()))?;
    let cpu = runtime::CpuRuntime::new(0)?;
    let shared = Arc::new(Shared::new(
        ctx,
        users,
        server.tls.require,
        limits,
        store,
        files,
        cpu,
    ));
    shared.metrics.export();
    crate::observe::register_process(&shared.ctx);
    let metrics_at = crate::observe::http::start(&config.metrics)
        .await
        .map_err(|e| ServerError::Io(format!("metrics.listen {}: {e}", config.metrics.listen)))?;
    let cancel = Arc::new(Cancel {
        shared: shared.clone(),
    });
    let tls_mode = match (&tls, server.tls.require) {
        (None, _) => "off",
        (Some(_), false) => "on",
        (Some(_), true) => "required",
    };
    tracing::info!(
        "privsql serve listening on {local} (tls: {tls_mode}, auth: {}, data dir: {}, {restored} objects restored{}{})",
        shared.users.method,
        data_dir.display(),
        if failed > 0 { format!(", {failed} failed") } else { String::new() },
        metrics_at.map(|a| format!(", metrics on http://{a}/metrics")).unwrap_or_default()
    );

    let max = shared.limits.max_connections;
    let slots = Arc::new(Semaphore::new(if max == 0 {
        Semaphore::MAX_PERMITS
    } else {
        max
    }));
    let mut shutdown = std::pin::pin!(crate::signals::shutdown_signal());
    loop {
        let (socket, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            signal = &mut shutdown => {
                tracing::info!("{signal}: shutting down");
                break;
            }
        };
        let m = &shared.metrics;
        Metrics::inc(&m.connections_total);
        let permit = slots.clone().try_acquire_owned().ok();
        let reject = permit.is_none().then(|| {
            Metrics::inc(&m.connections_refused);
            ErrorInfo::new(
                "FATAL".into(),
                "53300".into(),
                format!("sorry, too many clients already (server.max_connections = {max})"),
            )
        });
        let handlers = Arc::new(ConnHandlers {
            // Each connection its own session (settings), over the shared catalog.
            service: Arc::new(Service::new(shared.clone())),
            startup: Arc::new(auth::Startup::new(shared.clone(), reject)),
            cancel: cancel.clone(),
        });
        let tls = tls.clone();
        let metrics = shared.metrics.clone();
        tokio::spawn(async move {
            metrics.connections_active.fetch_add(1, Ordering::Relaxed);
            // Errors here are the client's connection failing (reset, bad TLS): nothing to answer.
            if let Err(e) = process_socket(socket, tls, handlers).await {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
            metrics.connections_active.fetch_sub(1, Ordering::Relaxed);
            drop(permit);
        });
    }

    drop(listener);
    shared.start_draining();
    let grace = shared.limits.shutdown_grace;
    let running = shared.active_queries();
    if running > 0 {
        tracing::info!("waiting up to {grace:?} for {running} running statements");
        if tokio::time::timeout(grace, shared.wait_idle())
            .await
            .is_err()
        {
            tracing::warn!(
                "grace period over: cancelling {} statements",
                shared.active_queries()
            );
            shared.force_stop();
            let _ = tokio::time::timeout(Duration::from_secs(5), shared.wait_idle()).await;
        }
    }
    let counts: Vec<String> = shared
        .metrics
        .snapshot()
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    tracing::info!("privsql serve stopped ({})", counts.join(", "));
    Ok(())
}
