//! The startup of a connection: refusals (server full, shutting down, TLS required), then the
//! authentication the config asks for (SCRAM-SHA-256 against [`super::scram`] verifiers, MD5, or
//! `trust`), then the registration of the connection for cancel requests. pgwire does everything
//! around it (protocol negotiation, parameter status, backend key data).

use std::fmt::Debug;
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
use tokio::sync::Mutex;

use super::conn::{ConnGuard, ConnState, Shared};
use super::error::fatal;
use super::limits::METADATA_STATEMENT_TIMEOUT;
use super::metrics::Metrics;
use super::scram::{
    constant_time_eq, random_bytes, verify_client_final, ScramVerifier, SCRAM_METHOD,
};
use crate::config::AuthMethod;

/// The `server_version` reported to clients (drivers parse the leading number).
pub const SERVER_VERSION: &str = "16.6 (privsql)";

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
                super::pg_compat::admit_database(&self.shared.ctx, client);
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
                            .and_then(|u| u.md5().map(str::to_owned))
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
                            .and_then(|u| u.scram().cloned())
                            .unwrap_or_else(ScramVerifier::mock);
                        let nonce = format!("{client_nonce}{}", B64.encode(random_bytes(18)));
                        let server_first = verifier.server_first(&nonce);
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
                                .ok_or_else(|| self.refused(user_of(client)))?;
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
                            return Err(self.refused(user_of(client)));
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
    /// A wrong password or an unknown user: counted and logged (the user name, never the
    /// password).
    fn refused(&self, user: String) -> PgWireError {
        Metrics::inc(&self.shared.metrics.auth_failed);
        tracing::info!(user = %user, outcome = "refused", "authentication");
        PgWireError::InvalidPassword(user)
    }

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
                METADATA_STATEMENT_TIMEOUT.to_owned(),
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
        params.server_version = SERVER_VERSION.to_owned();
        finish_authentication(client, &params).await?;
        Metrics::inc(&self.shared.metrics.auth_ok);
        tracing::info!(pid, read_only, outcome = "ok", "authentication");
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

/// Lower-case hex digits.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
