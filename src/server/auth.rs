//! Who may connect: users and password hashes from `[server.users]`, checked with SCRAM-SHA-256
//! against PostgreSQL-format verifiers (`SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>`, the
//! form `pg_authid.rolpassword` holds), MD5 only when `server.auth = "md5"`, and `trust` only on
//! loopback addresses.
//!
//! pgwire's own SCRAM handler needs the salted password itself (equivalent to the password for
//! logging in); a verifier holds only `StoredKey` and `ServerKey`, so this module runs the RFC 5802
//! exchange as PostgreSQL does, and reuses pgwire for everything around it (protocol negotiation,
//! parameter status, backend key data).

use std::collections::HashMap;
use std::fmt::Debug;
use std::num::NonZeroU32;
use std::sync::Arc;

use async_trait::async_trait;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use datafusion_postgres::pgwire;
use futures::{Sink, SinkExt};
use pgwire::api::auth::{
    finish_authentication, protocol_negotiation, save_startup_parameters_to_metadata,
    DefaultServerParameterProvider, StartupHandler,
};
use pgwire::api::{ClientInfo, PgWireConnectionState, PidSecretKeyGenerator, METADATA_USER};
use pgwire::error::{ErrorInfo, PgWireError, PgWireResult};
use pgwire::messages::startup::Authentication;
use pgwire::messages::{PgWireBackendMessage, PgWireFrontendMessage};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{digest, hmac, pbkdf2};
use tokio::sync::Mutex;

use super::conn::{ConnGuard, ConnState, Shared};
use super::ServerError;
use crate::config::{AuthMethod, ServerConfig};

/// Iterations for hashes made by [`scram_hash`], PostgreSQL's default.
pub const SCRAM_ITERATIONS: u32 = 4096;
const SCRAM_METHOD: &str = "SCRAM-SHA-256";

/// A SCRAM-SHA-256 verifier: what the server keeps instead of the password.
#[derive(Clone)]
pub struct ScramVerifier {
    iterations: u32,
    salt: Vec<u8>,
    stored_key: Vec<u8>,
    server_key: Vec<u8>,
}

impl Debug for ScramVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ScramVerifier(***)")
    }
}

impl ScramVerifier {
    /// Parse `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` (base64 parts).
    pub fn parse(text: &str) -> Option<Self> {
        let rest = text.trim().strip_prefix("SCRAM-SHA-256$")?;
        let (params, keys) = rest.split_once('$')?;
        let (iter, salt) = params.split_once(':')?;
        let (stored, server) = keys.split_once(':')?;
        let v = Self {
            iterations: iter.parse().ok().filter(|i| *i > 0)?,
            salt: B64.decode(salt).ok()?,
            stored_key: B64.decode(stored).ok()?,
            server_key: B64.decode(server).ok()?,
        };
        (v.stored_key.len() == 32 && v.server_key.len() == 32 && !v.salt.is_empty()).then_some(v)
    }

    /// The verifier of `password` with `salt`.
    pub fn from_password(password: &str, salt: &[u8], iterations: u32) -> Self {
        // SASLprep as PostgreSQL does; a password it cannot normalise is used as is.
        let prepared = stringprep::saslprep(password)
            .map(|c| c.into_owned())
            .unwrap_or_else(|_| password.to_owned());
        let mut salted = [0u8; 32];
        pbkdf2::derive(
            pbkdf2::PBKDF2_HMAC_SHA256,
            NonZeroU32::new(iterations.max(1)).unwrap_or(NonZeroU32::MIN),
            salt,
            prepared.as_bytes(),
            &mut salted,
        );
        let key = hmac::Key::new(hmac::HMAC_SHA256, &salted);
        let client_key = hmac::sign(&key, b"Client Key");
        let server_key = hmac::sign(&key, b"Server Key");
        Self {
            iterations,
            salt: salt.to_vec(),
            stored_key: digest::digest(&digest::SHA256, client_key.as_ref())
                .as_ref()
                .to_vec(),
            server_key: server_key.as_ref().to_vec(),
        }
    }

    /// A verifier no password matches, for unknown users: the exchange runs to the end and fails
    /// the same way as a wrong password, so user names cannot be probed.
    fn mock() -> Self {
        Self {
            iterations: SCRAM_ITERATIONS,
            salt: random_bytes(16),
            stored_key: random_bytes(32),
            server_key: random_bytes(32),
        }
    }

    /// The PostgreSQL text form.
    pub fn to_text(&self) -> String {
        format!(
            "SCRAM-SHA-256${}:{}${}:{}",
            self.iterations,
            B64.encode(&self.salt),
            B64.encode(&self.stored_key),
            B64.encode(&self.server_key)
        )
    }
}

/// Hash `password` for `[server.users.NAME] password = "..."`, with a random salt.
pub fn scram_hash(password: &str) -> String {
    ScramVerifier::from_password(password, &random_bytes(16), SCRAM_ITERATIONS).to_text()
}

fn random_bytes(n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    // The system RNG failing leaves zeros; that only weakens a salt or nonce, and ring's
    // SystemRandom does not fail on Linux.
    let _ = SystemRandom::new().fill(&mut buf);
    buf
}

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

enum AuthState {
    Initial,
    ScramStarted,
    ScramServerFirstSent {
        verifier: ScramVerifier,
        auth_prefix: String,
        nonce: String,
        gs2: String,
    },
    Md5Sent {
        expected: String,
    },
    Done,
}

/// The per-connection startup handler: refuses when the server is full or shutting down,
/// enforces `tls.require`, authenticates, then registers the connection for cancel requests.
pub struct Startup {
    shared: Arc<Shared>,
    /// Set when the connection must be refused right after its startup message.
    reject: Option<ErrorInfo>,
    state: Mutex<AuthState>,
}

impl Startup {
    pub(super) fn new(shared: Arc<Shared>, reject: Option<ErrorInfo>) -> Self {
        Self {
            shared,
            reject,
            state: Mutex::new(AuthState::Initial),
        }
    }
}

fn fatal(code: &str, message: impl Into<String>) -> PgWireError {
    PgWireError::UserError(Box::new(ErrorInfo::new(
        "FATAL".to_owned(),
        code.to_owned(),
        message.into(),
    )))
}

fn bad_scram(what: &str) -> PgWireError {
    fatal("08P01", format!("malformed SCRAM message: {what}"))
}

fn user_of<C: ClientInfo>(client: &C) -> String {
    client
        .metadata()
        .get(METADATA_USER)
        .cloned()
        .unwrap_or_default()
}

#[async_trait]
impl StartupHandler for Startup {
    async fn on_startup<C>(
        &self,
        client: &mut C,
        message: PgWireFrontendMessage,
    ) -> PgWireResult<()>
    where
        C: ClientInfo + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let mut state = self.state.lock().await;
        match message {
            PgWireFrontendMessage::Startup(ref startup) => {
                if !matches!(*state, AuthState::Initial) {
                    return Err(fatal("08P01", "unexpected startup message"));
                }
                if let Some(reject) = &self.reject {
                    return Err(PgWireError::UserError(Box::new(ErrorInfo::new(
                        reject.severity.clone(),
                        reject.code.clone(),
                        reject.message.clone(),
                    ))));
                }
                protocol_negotiation(client, startup).await?;
                save_startup_parameters_to_metadata(client, startup);
                if self.shared.tls_required && !client.is_secure() {
                    return Err(fatal(
                        "28000",
                        "this server requires TLS (server.tls.require); connect with sslmode=require",
                    ));
                }
                let user = user_of(client);
                if user.is_empty() {
                    return Err(fatal("28000", "no user name given in the startup message"));
                }
                client.set_state(PgWireConnectionState::AuthenticationInProgress);
                match self.shared.users.method {
                    AuthMethod::Trust => {
                        *state = AuthState::Done;
                        drop(state);
                        return self.finish(client).await;
                    }
                    AuthMethod::ScramSha256 => {
                        *state = AuthState::ScramStarted;
                        client
                            .send(PgWireBackendMessage::Authentication(Authentication::SASL(
                                vec![SCRAM_METHOD.to_owned()],
                            )))
                            .await?;
                    }
                    AuthMethod::Md5 => {
                        let salt = random_bytes(4);
                        // An unknown user gets a random hash: the same failure as a wrong password.
                        let stored = self
                            .shared
                            .users
                            .get(&user)
                            .and_then(|u| u.md5.clone())
                            .unwrap_or_else(|| format!("md5{}", hex(&random_bytes(16))));
                        let mut inner = stored[3..].as_bytes().to_vec();
                        inner.extend_from_slice(&salt);
                        let expected = format!("md5{:x}", md5::compute(inner));
                        *state = AuthState::Md5Sent { expected };
                        client
                            .send(PgWireBackendMessage::Authentication(
                                Authentication::MD5Password(salt),
                            ))
                            .await?;
                    }
                }
            }
            PgWireFrontendMessage::PasswordMessageFamily(msg) => {
                let current = std::mem::replace(&mut *state, AuthState::Done);
                match current {
                    AuthState::ScramStarted => {
                        let initial = msg.into_sasl_initial_response()?;
                        if initial.auth_method != SCRAM_METHOD {
                            return Err(fatal(
                                "28000",
                                format!(
                                    "unsupported SASL mechanism; this server offers {SCRAM_METHOD}"
                                ),
                            ));
                        }
                        let data = initial
                            .data
                            .ok_or_else(|| bad_scram("empty client-first message"))?;
                        let text =
                            std::str::from_utf8(&data).map_err(|_| bad_scram("not UTF-8"))?;
                        let (gs2, bare, client_nonce) = parse_client_first(text)?;
                        let user = user_of(client);
                        let verifier = self
                            .shared
                            .users
                            .get(&user)
                            .and_then(|u| u.scram.clone())
                            .unwrap_or_else(ScramVerifier::mock);
                        let nonce = format!("{client_nonce}{}", B64.encode(random_bytes(18)));
                        let server_first = format!(
                            "r={nonce},s={},i={}",
                            B64.encode(&verifier.salt),
                            verifier.iterations
                        );
                        let auth_prefix = format!("{bare},{server_first}");
                        *state = AuthState::ScramServerFirstSent {
                            verifier,
                            auth_prefix,
                            nonce,
                            gs2,
                        };
                        client
                            .send(PgWireBackendMessage::Authentication(
                                Authentication::SASLContinue(server_first.into_bytes().into()),
                            ))
                            .await?;
                    }
                    AuthState::ScramServerFirstSent {
                        verifier,
                        auth_prefix,
                        nonce,
                        gs2,
                    } => {
                        let resp = msg.into_sasl_response()?;
                        let text =
                            std::str::from_utf8(&resp.data).map_err(|_| bad_scram("not UTF-8"))?;
                        let server_final =
                            verify_client_final(text, &verifier, &auth_prefix, &nonce, &gs2)
                                .ok_or_else(|| PgWireError::InvalidPassword(user_of(client)))?;
                        client
                            .send(PgWireBackendMessage::Authentication(
                                Authentication::SASLFinal(server_final.into_bytes().into()),
                            ))
                            .await?;
                        drop(state);
                        return self.finish(client).await;
                    }
                    AuthState::Md5Sent { expected } => {
                        let pass = msg.into_password()?;
                        if !constant_time_eq(pass.password.as_bytes(), expected.as_bytes()) {
                            return Err(PgWireError::InvalidPassword(user_of(client)));
                        }
                        drop(state);
                        return self.finish(client).await;
                    }
                    AuthState::Initial | AuthState::Done => {
                        return Err(fatal("08P01", "unexpected password message"));
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }
}

impl Startup {
    /// Authentication succeeded: register for cancel requests, apply the user's defaults, send
    /// AuthenticationOk, the parameters, the key data and ReadyForQuery.
    async fn finish<C>(&self, client: &mut C) -> PgWireResult<()>
    where
        C: ClientInfo + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let user = user_of(client);
        let read_only = self.shared.users.get(&user).is_some_and(|u| u.read_only);
        let (pid, key) = self.shared.pid_gen.generate(&*client);
        client.set_pid_and_secret_key(pid, key.clone());
        let conn = ConnState::register(&self.shared, pid, key, user.clone(), read_only);
        if let Some(timeout) = self.shared.limits.statement_timeout {
            client.metadata_mut().insert(
                super::limits::METADATA_STATEMENT_TIMEOUT.to_owned(),
                timeout.as_millis().to_string(),
            );
        }
        client
            .session_extensions()
            .insert::<ConnGuard>(ConnGuard(conn.clone()));
        client.session_extensions().insert::<Arc<ConnState>>(conn);
        let mut params = DefaultServerParameterProvider::default();
        params.is_superuser = !read_only;
        params.default_transaction_read_only = read_only;
        params.server_version = super::SERVER_VERSION.to_owned();
        finish_authentication(client, &params).await?;
        tracing::debug!(pid, read_only, "connection authenticated");
        Ok(())
    }
}

/// `n,,n=user,r=nonce` → (gs2 header, client-first-bare, client nonce).
fn parse_client_first(text: &str) -> PgWireResult<(String, String, String)> {
    let mut parts = text.splitn(3, ',');
    let cbind = parts.next().unwrap_or_default();
    let authzid = parts
        .next()
        .ok_or_else(|| bad_scram("client-first message"))?;
    let bare = parts
        .next()
        .ok_or_else(|| bad_scram("client-first message"))?;
    match cbind {
        "n" | "y" => {}
        _ => {
            return Err(fatal(
                "28000",
                "SCRAM channel binding is not offered by this server",
            ))
        }
    }
    if !authzid.is_empty() {
        return Err(fatal(
            "28000",
            "SCRAM authorization identities are not supported",
        ));
    }
    let nonce = bare
        .split(',')
        .find_map(|a| a.strip_prefix("r="))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b','))
        .ok_or_else(|| bad_scram("client nonce"))?;
    if bare.split(',').any(|a| a.starts_with("m=")) {
        return Err(bad_scram("unsupported mandatory extension"));
    }
    Ok((
        format!("{cbind},{authzid},"),
        bare.to_owned(),
        nonce.to_owned(),
    ))
}

/// Check `c=...,r=...,p=proof` against the verifier; the `v=` server-final message on success.
fn verify_client_final(
    text: &str,
    verifier: &ScramVerifier,
    auth_prefix: &str,
    nonce: &str,
    gs2: &str,
) -> Option<String> {
    let (without_proof, proof) = text.rsplit_once(",p=")?;
    let mut attrs = without_proof.split(',');
    let cb = attrs.next()?.strip_prefix("c=")?;
    let r = attrs.next()?.strip_prefix("r=")?;
    if B64.decode(cb).ok()? != gs2.as_bytes() || r != nonce {
        return None;
    }
    let proof = B64.decode(proof).ok()?;
    if proof.len() != 32 {
        return None;
    }
    let auth_message = format!("{auth_prefix},{without_proof}");
    let client_sig = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, &verifier.stored_key),
        auth_message.as_bytes(),
    );
    let client_key: Vec<u8> = proof
        .iter()
        .zip(client_sig.as_ref())
        .map(|(a, b)| a ^ b)
        .collect();
    let stored = digest::digest(&digest::SHA256, &client_key);
    if !constant_time_eq(stored.as_ref(), &verifier.stored_key) {
        return None;
    }
    let server_sig = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, &verifier.server_key),
        auth_message.as_bytes(),
    );
    Some(format!("v={}", B64.encode(server_sig.as_ref())))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Recomputing a verifier from the password and its salt gives the same keys; malformed
    /// hashes are refused; Debug never shows the keys.
    #[test]
    fn verifier_round_trips_and_rejects_garbage() {
        let text = scram_hash("correct horse");
        let v = ScramVerifier::parse(&text).unwrap();
        let again = ScramVerifier::from_password("correct horse", &v.salt, v.iterations);
        assert_eq!(again.to_text(), text);
        assert!(ScramVerifier::parse("SCRAM-SHA-256$4096:abc").is_none());
        assert!(ScramVerifier::parse("md5abcdef").is_none());
        assert!(!format!("{v:?}").contains(&B64.encode(&v.stored_key)));
    }

    /// RFC 7677 section 3: user "user", password "pencil".
    #[test]
    fn rfc7677_exchange() {
        let salt = B64.decode("W22ZaJ0SNY7soEsUEjb6gQ==").unwrap();
        let v = ScramVerifier::from_password("pencil", &salt, 4096);
        let client_first_bare = "n=user,r=rOprNGfwEbeRWgbNEkqO";
        let server_first =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        let client_final = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
        let prefix = format!("{client_first_bare},{server_first}");
        let nonce = "rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        let out = verify_client_final(client_final, &v, &prefix, nonce, "n,,").unwrap();
        assert_eq!(out, "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        let wrong = ScramVerifier::from_password("pencil2", &salt, 4096);
        assert!(verify_client_final(client_final, &wrong, &prefix, nonce, "n,,").is_none());
        assert!(verify_client_final("c=biws,r=x,p=AAAA", &v, &prefix, nonce, "n,,").is_none());
    }

    #[test]
    fn client_first_parsing() {
        let (gs2, bare, nonce) = parse_client_first("n,,n=,r=abc").unwrap();
        assert_eq!(
            (gs2.as_str(), bare.as_str(), nonce.as_str()),
            ("n,,", "n=,r=abc", "abc")
        );
        assert!(parse_client_first("p=tls-server-end-point,,n=,r=abc").is_err());
        assert!(parse_client_first("garbage").is_err());
        assert!(parse_client_first("n,,n=,r=").is_err());
    }

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
