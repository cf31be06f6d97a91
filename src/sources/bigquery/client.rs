//! Connections to BigQuery: credentials (a service-account key, application default
//! credentials, or none for emulators), the REST client (`gcp-bigquery-client`) and the Storage
//! Read gRPC client on a tonic channel to the configured endpoint, plus retries with backoff.
//!
//! Tokens and keys stay here: no error or log line carries them.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use datafusion::common::{plan_datafusion_err, plan_err, DataFusionError, Result};
use gcp_bigquery_client::auth::Authenticator;
use gcp_bigquery_client::client_builder::ClientBuilder;
use gcp_bigquery_client::error::BQError;
use gcp_bigquery_client::google::cloud::bigquery::storage::v1::big_query_read_client::BigQueryReadClient;
use gcp_bigquery_client::yup_oauth2;
use tokio::sync::OnceCell;
use tonic::transport::{Channel, Endpoint};

use crate::config::{BigQueryAuth, BigQueryConfig};

const DEFAULT_ENDPOINT: &str = "https://bigquery.googleapis.com";
const DEFAULT_STORAGE_ENDPOINT: &str = "https://bigquerystorage.googleapis.com";
const SCOPE: &str = "https://www.googleapis.com/auth/bigquery";

/// The clients of one configuration, made on first use and shared by the tables, scans and
/// sinks built from it.
pub struct Connector {
    pub(crate) config: Arc<BigQueryConfig>,
    clients: OnceCell<Arc<Clients>>,
}

impl std::fmt::Debug for Connector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connector").field("config", &self.config).finish_non_exhaustive()
    }
}

/// The REST and Storage Read clients with their credentials.
pub struct Clients {
    pub rest: gcp_bigquery_client::Client,
    pub read: BigQueryReadClient<Channel>,
    auth: Arc<dyn Authenticator>,
}

impl Connector {
    pub fn new(config: Arc<BigQueryConfig>) -> Self {
        Self { config, clients: OnceCell::new() }
    }

    /// The clients, made (and the credentials checked) on the first call.
    pub async fn clients(&self) -> Result<Arc<Clients>> {
        self.clients.get_or_try_init(|| async { Clients::connect(&self.config).await.map(Arc::new) }).await.cloned()
    }
}

impl Clients {
    /// Clients for `config`; a bad credentials file fails here, naming the key and path.
    pub async fn connect(config: &BigQueryConfig) -> Result<Self> {
        let auth = authenticator(config).await?;
        let mut builder = ClientBuilder::new();
        builder.with_v2_base_url(rest_base_url(config.endpoint.as_deref().unwrap_or(DEFAULT_ENDPOINT)));
        let rest = builder
            .build_from_authenticator(Arc::clone(&auth))
            .await
            .map_err(|e| plan_datafusion_err!("BigQuery: cannot make the REST client: {}", describe(&e)))?;
        let url = config.storage_endpoint.clone().unwrap_or_else(|| DEFAULT_STORAGE_ENDPOINT.to_string());
        let mut endpoint = Endpoint::from_shared(url.clone())
            .map_err(|e| plan_datafusion_err!("config key bigquery.storage_endpoint '{url}': {e}"))?
            .connect_timeout(Duration::from_secs(10))
            .http2_keep_alive_interval(Duration::from_secs(30));
        if url.starts_with("https://") {
            endpoint = endpoint
                .tls_config(tonic::transport::ClientTlsConfig::new().with_native_roots())
                .map_err(|e| plan_datafusion_err!("config key bigquery.storage_endpoint '{url}': TLS: {e}"))?;
        }
        // Connected on the first call, so that a table can be declared while the endpoint is down.
        let read = BigQueryReadClient::new(endpoint.connect_lazy())
            .max_decoding_message_size(256 * 1024 * 1024);
        Ok(Self { rest, read, auth })
    }

    /// A gRPC request carrying the bearer token and BigQuery's routing header.
    pub async fn grpc_request<T>(&self, message: T, routing: &str) -> Result<tonic::Request<T>> {
        let mut request = tonic::Request::new(message);
        let token = self.auth.access_token().await.map_err(|e| {
            DataFusionError::Execution(format!("BigQuery: getting an access token failed: {}", describe(&e)))
        })?;
        let md = request.metadata_mut();
        if !token.is_empty() {
            let value = format!("Bearer {token}")
                .parse()
                .map_err(|_| DataFusionError::Execution("BigQuery: the access token is not a valid header".into()))?;
            md.insert("authorization", value);
        }
        if let Ok(v) = routing.parse() {
            md.insert("x-goog-request-params", v);
        }
        Ok(request)
    }
}

/// `https://host` becomes `https://host/bigquery/v2`; a URL with a path is kept as it is.
fn rest_base_url(endpoint: &str) -> String {
    let trimmed = endpoint.trim_end_matches('/');
    let after_scheme = trimmed.split_once("://").map(|(_, r)| r).unwrap_or(trimmed);
    if after_scheme.contains('/') {
        trimmed.to_string()
    } else {
        format!("{trimmed}/bigquery/v2")
    }
}

/// No token: for emulators, which accept any request.
#[derive(Clone)]
struct NoAuth;

#[async_trait]
impl Authenticator for NoAuth {
    async fn access_token(&self) -> Result<String, BQError> {
        Ok(String::new())
    }
}

/// yup-oauth2's service-account or application-default authenticator.
#[derive(Clone)]
struct Yup(yup_oauth2::authenticator::DefaultAuthenticator);

#[async_trait]
impl Authenticator for Yup {
    async fn access_token(&self) -> Result<String, BQError> {
        let token = self.0.token(&[SCOPE]).await?;
        token.token().map(str::to_string).ok_or(BQError::NoToken)
    }
}

async fn authenticator(config: &BigQueryConfig) -> Result<Arc<dyn Authenticator>> {
    let key_file = match (config.auth, &config.credentials_file) {
        (BigQueryAuth::None, _) => return Ok(Arc::new(NoAuth)),
        (BigQueryAuth::ServiceAccount, None) => {
            return plan_err!("config key bigquery.auth = \"service-account\" needs bigquery.credentials_file")
        }
        (BigQueryAuth::Adc, _) | (BigQueryAuth::Auto, None) => None,
        (_, Some(path)) => Some(path.clone()),
    };
    let built = match key_file {
        Some(path) => {
            let shown = path.display().to_string();
            // The key's own text is never put into an error: only its path and what is wrong.
            let key = yup_oauth2::read_service_account_key(&path).await.map_err(|e| {
                plan_datafusion_err!("config key bigquery.credentials_file {shown}: not a readable service-account key file ({})", e.kind())
            })?;
            yup_oauth2::ServiceAccountAuthenticator::builder(key).build().await.map_err(|e| {
                plan_datafusion_err!("config key bigquery.credentials_file {shown}: the key cannot sign tokens ({})", e.kind())
            })?
        }
        None => {
            let opts = yup_oauth2::ApplicationDefaultCredentialsFlowOpts::default();
            let from_env = std::env::var_os("GOOGLE_APPLICATION_CREDENTIALS");
            let shown = from_env.as_ref().map(|p| format!(" (GOOGLE_APPLICATION_CREDENTIALS={})", p.to_string_lossy())).unwrap_or_default();
            let result = match yup_oauth2::ApplicationDefaultCredentialsAuthenticator::builder(opts).await {
                yup_oauth2::authenticator::ApplicationDefaultCredentialsTypes::ServiceAccount(b) => b.build().await,
                yup_oauth2::authenticator::ApplicationDefaultCredentialsTypes::InstanceMetadata(b) => b.build().await,
            };
            result.map_err(|e| {
                plan_datafusion_err!("BigQuery: application default credentials{shown} are not usable ({}); set bigquery.credentials_file, or bigquery.auth = \"none\" for an emulator", e.kind())
            })?
        }
    };
    Ok(Arc::new(Yup(built)))
}

/// A REST error in a few words: the HTTP status and BigQuery's message.
pub fn describe(e: &BQError) -> String {
    match e {
        BQError::ResponseError { error } => {
            format!("HTTP {} {}: {}", error.error.code, error.error.status, error.error.message)
        }
        other => other.to_string(),
    }
}

/// The HTTP status of a REST error, when the server answered.
pub fn http_status(e: &BQError) -> Option<i64> {
    match e {
        BQError::ResponseError { error } => Some(error.error.code),
        BQError::RequestError(r) => r.status().map(|s| i64::from(s.as_u16())),
        _ => None,
    }
}

/// Worth retrying: throttled (429), a server error (5xx) or no answer at all.
pub fn retryable(e: &BQError) -> bool {
    match (http_status(e), e) {
        (Some(code), _) => code == 429 || code >= 500,
        (None, BQError::RequestError(r)) => r.is_connect() || r.is_timeout() || r.is_request(),
        _ => false,
    }
}

/// A gRPC status worth retrying (the stream resumes at its offset).
pub fn retryable_status(s: &tonic::Status) -> bool {
    use tonic::Code;
    matches!(
        s.code(),
        Code::Unavailable | Code::ResourceExhausted | Code::Internal | Code::Aborted | Code::DeadlineExceeded | Code::Unknown
    )
}

/// The delay before retry `attempt` (0-based): doubling from `retry_initial_ms`, at most 30 s,
/// with up to 25% jitter so that parallel streams do not retry in step.
pub fn backoff(config: &BigQueryConfig, attempt: u32) -> Duration {
    let base = config.retry_initial_ms.saturating_mul(1u64 << attempt.min(16)).min(30_000);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(0);
    Duration::from_millis(base + nanos % (base / 4 + 1))
}

/// Run a REST call, retrying retryable failures with backoff.
pub async fn with_retries<T, F, Fut>(config: &BigQueryConfig, mut call: F) -> Result<T, BQError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, BQError>>,
{
    let mut attempt = 0;
    loop {
        match call().await {
            Err(e) if attempt < config.retries && retryable(&e) => {
                tracing::debug!(attempt, error = %describe(&e), "BigQuery: retrying a request");
                tokio::time::sleep(backoff(config, attempt)).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rest_base_url_adds_the_api_path_only_when_missing() {
        assert_eq!(rest_base_url("http://127.0.0.1:9050"), "http://127.0.0.1:9050/bigquery/v2");
        assert_eq!(rest_base_url("https://x.example/bigquery/v2/"), "https://x.example/bigquery/v2");
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let c = BigQueryConfig { retry_initial_ms: 100, ..BigQueryConfig::default() };
        let ms = |a| backoff(&c, a).as_millis() as u64;
        assert!((100..=125).contains(&ms(0)));
        assert!((400..=500).contains(&ms(2)));
        assert!(ms(30) <= 37_500);
    }

    #[tokio::test]
    async fn a_bad_credentials_file_names_the_key_not_the_content() {
        let dir = std::env::temp_dir().join(format!("privsql-bq-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("key.json");
        std::fs::write(&path, "{\"private_key\": \"SECRET-MATERIAL\"").unwrap();
        let c = BigQueryConfig { credentials_file: Some(path.clone()), ..BigQueryConfig::default() };
        let Err(e) = Clients::connect(&c).await else { panic!("a broken key file was accepted") };
        let e = e.to_string();
        assert!(e.contains("bigquery.credentials_file") && e.contains("key.json"), "{e}");
        assert!(!e.contains("SECRET-MATERIAL"), "{e}");
    }
}
