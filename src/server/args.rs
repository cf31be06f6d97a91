//! `privsql serve` arguments. The config file comes from the top-level `--config`.

use std::path::PathBuf;

/// Serve privsql over the PostgreSQL wire protocol. With `--cluster df://HOST:PORT` (or
/// `cluster.url`), queries over files and privsql's sources run on that Ballista cluster, and
/// the catalogs and the tables the server holds (its data dir, temporary tables) are read here.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on, `host:port` (overrides `server.listen`; default 127.0.0.1:5433).
    #[arg(long, value_name = "HOST:PORT")]
    pub listen: Option<String>,
    /// Directory where catalog changes are recorded and restored from (overrides
    /// `server.data_dir`).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Read a password from standard input, print its SCRAM-SHA-256 hash for
    /// `[server.users.NAME] password = "..."`, and exit.
    #[arg(long)]
    pub hash_password: bool,
}
