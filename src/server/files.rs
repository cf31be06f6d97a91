//! Which server files a statement may read and write: the roots of `[server.files]` and the
//! per-user grants of `[server.users.NAME] files`, as PostgreSQL's `pg_read_server_files` and
//! `pg_write_server_files` roles guard `COPY ... FROM/TO 'file'`.
//!
//! [`accesses`] lists the files a logical plan reads and writes (scans of listing tables, views
//! over them, `COPY ... TO`, `CREATE EXTERNAL TABLE`, `INSERT` into listing tables);
//! [`FilePolicy::check`] resolves each location (relative paths against the working directory,
//! `..` and symlinks) and refuses with SQLSTATE 42501 what lies outside the user's roots. The
//! refusal names the location the statement gave and the config key, never what the file holds.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use datafusion::catalog::TableProvider;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::datasource::listing::ListingTable;
use datafusion::datasource::source_as_provider;
use datafusion::logical_expr::{DdlStatement, LogicalPlan, WriteOp};
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::PgWireError;

use super::conn::ConnState;
use super::error::{error, ServerError};
use crate::config::{FileGrant, ServerConfig};

/// Whether a statement reads or writes a location.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

impl Access {
    fn verb(self) -> &'static str {
        match self {
            Access::Read => "read",
            Access::Write => "write",
        }
    }
}

/// A location after resolution: a canonical local path or a normalised URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Local(PathBuf),
    /// `scheme://host/path`, the scheme in lower case.
    Url(String),
}

impl Resolved {
    /// Whether `self` is `root` or lies below it.
    fn is_under(&self, root: &Resolved) -> bool {
        match (self, root) {
            (Resolved::Local(p), Resolved::Local(r)) => p.starts_with(r),
            (Resolved::Url(u), Resolved::Url(r)) => {
                let r = r.trim_end_matches('/');
                u == r || u.strip_prefix(r).is_some_and(|rest| rest.starts_with('/'))
            }
            _ => false,
        }
    }
}

/// The roots and grants of `[server.files]` and `[server.users]`, resolved once at start.
#[derive(Debug, Clone)]
pub struct FilePolicy {
    read: Vec<Resolved>,
    write: Vec<Resolved>,
    grants: HashMap<String, FileGrant>,
}

impl FilePolicy {
    /// The policy of `config`; roots left unset are `data_dir`.
    pub fn from_config(config: &ServerConfig, data_dir: &Path) -> Result<Self, ServerError> {
        let roots = |key: &str, list: &Option<Vec<String>>| -> Result<Vec<Resolved>, ServerError> {
            match list {
                None => Ok(vec![resolve_local(data_dir)]),
                Some(list) => list
                    .iter()
                    .map(|r| {
                        resolve(r).map_err(|e| {
                            ServerError::Config(format!("server.files.{key}: {r:?}: {e}"))
                        })
                    })
                    .collect(),
            }
        };
        let grants = config
            .users
            .iter()
            .map(|(name, u)| {
                let default = if u.read_only {
                    FileGrant::Read
                } else {
                    FileGrant::Write
                };
                (name.clone(), u.files.unwrap_or(default))
            })
            .collect();
        Ok(Self {
            read: roots("read", &config.files.read)?,
            write: roots("write", &config.files.write)?,
            grants,
        })
    }

    /// The grant of `user`: the configured one, capped at `read` for read-only users. Users
    /// not configured (`auth = "trust"` without users) get the default of their kind.
    pub fn grant(&self, user: &str, read_only: bool) -> FileGrant {
        let configured = self.grants.get(user).copied().unwrap_or(FileGrant::Write);
        if read_only {
            configured.min(FileGrant::Read)
        } else {
            configured
        }
    }

    /// Refuse `access` to `location` unless `user`'s grant and the roots allow it.
    pub fn check(
        &self,
        user: &str,
        read_only: bool,
        access: Access,
        location: &str,
    ) -> Result<(), PgWireError> {
        let grant = self.grant(user, read_only);
        let needed = match access {
            Access::Read => FileGrant::Read,
            Access::Write => FileGrant::Write,
        };
        let verb = access.verb();
        if grant < needed {
            let why = if read_only && access == Access::Write {
                format!("user \"{user}\" is read-only")
            } else {
                format!("user \"{user}\" has no {verb} grant (server.users.{user}.files)")
            };
            return Err(error(
                "42501",
                format!("permission denied to {verb} server file \"{location}\": {why}"),
            ));
        }
        let roots = match access {
            Access::Read => &self.read,
            Access::Write => &self.write,
        };
        let inside = resolve(location).is_ok_and(|r| roots.iter().any(|root| r.is_under(root)));
        if inside {
            Ok(())
        } else {
            Err(error(
                "42501",
                format!(
                    "permission denied to {verb} server file \"{location}\": it is not under a \
                     root of server.files.{verb} (after resolving relative paths, `..` and \
                     symlinks)"
                ),
            ))
        }
    }

    /// Refuse `plan` if it reaches a file the user connected as `client` may not.
    pub fn check_plan<C: ClientInfo + ?Sized>(
        &self,
        client: &C,
        plan: &LogicalPlan,
    ) -> Result<(), PgWireError> {
        let Some(conn) = ConnState::of(client) else {
            return Ok(());
        };
        for (access, location) in accesses(plan) {
            self.check(&conn.user, conn.read_only, access, &location)?;
        }
        Ok(())
    }
}

/// Resolve a location as DataFusion reads it: a URL with a scheme, or a local path (absolute,
/// relative to the working directory, or a `file://` URL). A glob's wildcard part is cut off.
pub fn resolve(location: &str) -> Result<Resolved, String> {
    let location = location.trim();
    if !Path::new(location).is_absolute() {
        if let Ok(url) = url::Url::parse(location) {
            if url.scheme() == "file" {
                let path = url
                    .to_file_path()
                    .map_err(|()| "not a local file URL".to_owned())?;
                return Ok(resolve_local(&path));
            }
            return resolve_url(&url);
        }
    }
    let cut = location
        .find(['*', '?', '[', '{'])
        .map(|i| location[..i].rfind('/').map_or("", |j| &location[..=j]))
        .unwrap_or(location);
    Ok(resolve_local(Path::new(if cut.is_empty() {
        "."
    } else {
        cut
    })))
}

fn resolve_url(url: &url::Url) -> Result<Resolved, String> {
    let path = url.path();
    let decoded = percent_decode(path);
    if decoded.split('/').any(|s| s == ".." || s == ".") || decoded.contains('\\') {
        return Err("`.` and `..` segments are not allowed in URLs".to_owned());
    }
    let host = url.host_str().unwrap_or("");
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    Ok(Resolved::Url(format!(
        "{}://{host}{port}{path}",
        url.scheme().to_ascii_lowercase()
    )))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The canonical form of a local path: absolute against the working directory, each existing
/// prefix canonicalised (symlinks followed), `..` of parts that do not exist taken lexically
/// (a part that does not exist cannot be a symlink).
pub fn resolve_local(path: &Path) -> Resolved {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::Prefix(_) | Component::RootDir => out.push(part.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if let Ok(real) = std::fs::canonicalize(&out) {
                    out = real;
                }
            }
        }
    }
    Resolved::Local(out)
}

/// The locations `plan` reads and writes, views expanded.
pub fn accesses(plan: &LogicalPlan) -> Vec<(Access, String)> {
    let mut out = vec![];
    collect(plan, &mut out, 0);
    out
}

fn collect(plan: &LogicalPlan, out: &mut Vec<(Access, String)>, depth: usize) {
    // Views over views are expanded; a cycle cannot be planned, the bound is only a backstop.
    if depth > 32 {
        return;
    }
    let _ = plan.apply_with_subqueries(|node| {
        match node {
            LogicalPlan::TableScan(scan) => {
                if let Ok(provider) = source_as_provider(&scan.source) {
                    provider_accesses(provider.as_ref(), Access::Read, out, depth);
                }
            }
            LogicalPlan::Copy(copy) => out.push((Access::Write, copy.output_url.clone())),
            LogicalPlan::Ddl(DdlStatement::CreateExternalTable(c)) => {
                out.extend(c.locations.iter().map(|l| (Access::Read, l.clone())))
            }
            LogicalPlan::Dml(dml) if !matches!(dml.op, WriteOp::Ctas) => {
                if let Ok(provider) = source_as_provider(&dml.target) {
                    provider_accesses(provider.as_ref(), Access::Write, out, depth);
                }
            }
            _ => {}
        }
        Ok(TreeNodeRecursion::Continue)
    });
}

fn provider_accesses(
    provider: &dyn TableProvider,
    access: Access,
    out: &mut Vec<(Access, String)>,
    depth: usize,
) {
    if let Some(listing) = provider.downcast_ref::<ListingTable>() {
        for path in listing.table_paths() {
            out.push((access, path.get_url().to_string()));
        }
    } else if let Some(view) = provider.get_logical_plan() {
        collect(&view, out, depth + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(p: &Path) -> Resolved {
        Resolved::Local(std::fs::canonicalize(p).unwrap())
    }

    #[test]
    fn dot_dot_and_symlinks_resolve_before_the_check() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(dir.path().join("secret.csv"), "a\n1\n").unwrap();
        std::os::unix::fs::symlink(dir.path(), root.join("up")).unwrap();
        let root_r = local(&root);
        let under = |p: &str| resolve(p).unwrap().is_under(&root_r);
        let r = root.display().to_string();
        assert!(under(&format!("{r}/a.csv")));
        assert!(under(&format!("{r}/new/../b.csv")));
        assert!(under(&format!("file://{r}/a.csv")));
        assert!(under(&format!("{r}/*.csv")));
        assert!(!under(&format!("{r}/../secret.csv")));
        assert!(!under(&format!("{r}/missing/../../secret.csv")));
        assert!(!under(&format!("{r}/up/secret.csv")));
        assert!(!under(&format!("{r}x/a.csv")));
        assert!(!under("/etc/passwd"));
    }

    #[test]
    fn urls_match_on_whole_segments() {
        let root = resolve("s3://bucket/prefix/").unwrap();
        let under = |p: &str| resolve(p).map(|r| r.is_under(&root)).unwrap_or(false);
        assert!(under("s3://bucket/prefix/a.parquet"));
        assert!(under("S3://bucket/prefix/sub/"));
        assert!(!under("s3://bucket/prefix2/a.parquet"));
        assert!(!under("s3://bucket/prefix/../other/a.parquet"));
        assert!(!under("s3://bucket/prefix/%2E%2E/other/a.parquet"));
        assert!(!under("s3://other/prefix/a.parquet"));
        assert!(!under("gs://bucket/prefix/a.parquet"));
        assert!(!under("/bucket/prefix/a.parquet"));
    }

    #[test]
    fn read_only_users_never_write() {
        let mut c = ServerConfig::default();
        c.users.insert(
            "ro".into(),
            crate::config::ServerUser {
                read_only: true,
                files: Some(FileGrant::Write),
                ..Default::default()
            },
        );
        let dir = tempfile::tempdir().unwrap();
        let p = FilePolicy::from_config(&c, dir.path()).unwrap();
        let f = format!("{}/out.csv", dir.path().display());
        assert!(p.check("ro", true, Access::Read, &f).is_ok());
        assert!(p.check("ro", true, Access::Write, &f).is_err());
        assert!(p.check("rw", false, Access::Write, &f).is_ok());
        assert!(p
            .check("rw", false, Access::Write, "/tmp/elsewhere.csv")
            .is_err());
    }
}
