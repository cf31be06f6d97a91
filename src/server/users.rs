//! Who may connect: the users and password hashes of `[server.users]` and the authentication
//! method, checked once at start (every user has a hash of the method's kind; `trust` only on
//! loopback addresses).

use std::collections::HashMap;

use super::error::ServerError;
use super::scram::ScramVerifier;
use crate::config::{AuthMethod, ServerConfig};

/// A configured user.
#[derive(Debug, Clone)]
pub struct UserEntry {
    scram: Option<ScramVerifier>,
    /// `md5` + hex(md5(password || user)), the PostgreSQL MD5 form.
    md5: Option<String>,
    /// May only read.
    pub read_only: bool,
}

/// The users and the authentication method, checked once at start.
#[derive(Debug)]
pub struct Users {
    /// How clients prove who they are.
    pub method: AuthMethod,
    users: HashMap<String, UserEntry>,
}

impl UserEntry {
    /// The SCRAM verifier (`auth = "scram-sha-256"`).
    pub fn scram(&self) -> Option<&ScramVerifier> {
        self.scram.as_ref()
    }

    /// The `md5<hex>` hash (`auth = "md5"`).
    pub fn md5(&self) -> Option<&str> {
        self.md5.as_deref()
    }
}

impl Users {
    /// Validate `[server]`: every user has a hash of the method's kind; trust only on loopback.
    pub fn from_config(config: &ServerConfig, all_loopback: bool) -> Result<Self, ServerError> {
        let method = config.auth.unwrap_or(if config.users.is_empty() {
            AuthMethod::Trust
        } else {
            AuthMethod::ScramSha256
        });
        if method == AuthMethod::Trust && !all_loopback {
            return Err(ServerError::Config(
                "refusing to listen on a non-loopback address without authentication: \
                 `trust` lets anyone who can reach the port connect as any user. Add users with \
                 SCRAM-SHA-256 password hashes under [server.users.NAME] (make a hash with \
                 `privsql serve --hash-password`), or listen on 127.0.0.1"
                    .to_owned(),
            ));
        }
        if method != AuthMethod::Trust && config.users.is_empty() {
            return Err(ServerError::Config(format!(
                "server.auth = \"{method}\" but no [server.users.NAME] is configured"
            )));
        }
        let mut users = HashMap::new();
        for (name, user) in &config.users {
            let hash = user.password.as_ref().map(|p| p.expose().trim().to_owned());
            let mut entry = UserEntry {
                scram: None,
                md5: None,
                read_only: user.read_only,
            };
            match (method, hash) {
                (AuthMethod::Trust, _) => {}
                (AuthMethod::ScramSha256, Some(h)) => {
                    entry.scram = Some(ScramVerifier::parse(&h).ok_or_else(|| {
                        ServerError::Config(format!(
                            "server.users.{name}.password: expected a SCRAM-SHA-256 hash \
                             `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` \
                             (make one with `privsql serve --hash-password`)"
                        ))
                    })?)
                }
                (AuthMethod::Md5, Some(h)) => {
                    let ok = h.len() == 35
                        && h.starts_with("md5")
                        && h[3..].bytes().all(|b| b.is_ascii_hexdigit());
                    if !ok {
                        return Err(ServerError::Config(format!(
                            "server.users.{name}.password: expected an MD5 hash `md5` followed by \
                             32 hex digits (md5 of password then user name)"
                        )));
                    }
                    entry.md5 = Some(h.to_ascii_lowercase());
                }
                (_, None) => {
                    return Err(ServerError::Config(format!(
                        "server.users.{name}.password is required with server.auth = \"{method}\""
                    )))
                }
            }
            users.insert(name.clone(), entry);
        }
        Ok(Self { method, users })
    }

    /// The configured user `name`, if any.
    pub fn get(&self, name: &str) -> Option<&UserEntry> {
        self.users.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trust_is_refused_off_loopback() {
        let c = ServerConfig::default();
        let e = Users::from_config(&c, false).unwrap_err().to_string();
        assert!(e.contains("non-loopback"), "{e}");
        assert_eq!(
            Users::from_config(&c, true).unwrap().method,
            AuthMethod::Trust
        );
    }
}
