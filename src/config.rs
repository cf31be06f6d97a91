//! One typed configuration for privsql, layered: built-in defaults, then a TOML file, then
//! `PRIVSQL_*` environment variables (nested keys joined by `__`, for example
//! `PRIVSQL_ENGINE__BATCH_SIZE=4096` or `PRIVSQL_STORAGE__S3__REGION=eu-west-1`).
//!
//! Secrets (object-store keys, passwords) live in [`Secret`], whose `Debug` and `Display` never
//! show the value, so a config can be logged or printed in an error without leaking them.
//!
//! Durations (`"30s"`) and sizes (`"4GiB"`) are parsed when the config loads, into
//! [`Duration`]s and byte counts: a bad value stops the program at start, naming its key.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// The environment variable prefix for every config key.
pub const ENV_PREFIX: &str = "PRIVSQL_";

/// Errors loading the configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The config file named on the command line does not exist.
    #[error("config file {path} not found")]
    Missing { path: PathBuf },
    /// A key has the wrong type, is unknown, or the file is not valid TOML.
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

/// A secret string: deserialised like a string, never displayed.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wrap a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    /// The secret itself; call only where it is handed to the client that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"***\"")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// The whole configuration.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Query engine settings.
    pub engine: EngineConfig,
    /// Object store credentials and endpoints.
    pub storage: StorageConfig,
    /// Data contracts defined in files, by name: `[contracts.request] path = "request.sql"`.
    pub contracts: BTreeMap<String, ContractFileConfig>,
    /// Kafka client settings (`STORED AS KAFKA` tables and `privsql stream`).
    pub kafka: KafkaConfig,
    /// `privsql serve`: the Postgres-wire server.
    pub server: ServerConfig,
    /// Privacy-intent classification: threshold and models.
    pub classify: ClassifyConfig,
    /// Prometheus metrics: `/metrics`, the Pushgateway, the textfile.
    pub metrics: crate::observe::MetricsConfig,
    /// MLflow run tracking of `privsql -f` runs.
    pub tracking: crate::observe::TrackingConfig,
    /// Privacy functions: the keys of `pseudonymize`.
    pub privacy: PrivacyConfig,
    /// Google BigQuery (`STORED AS BIGQUERY` tables and `bigquery_query`).
    pub bigquery: BigQueryConfig,
    /// A Ballista cluster: the scheduler clients use, and how its processes listen.
    pub cluster: crate::cluster::ClusterConfig,
}

/// The privacy functions (`pseudonymize`).
///
/// ```toml
/// [privacy.keys]
/// default = "a secret of at least 16 bytes"   # or PRIVSQL_PRIVACY__KEYS__DEFAULT
/// crm = "..."                                 # pseudonymize(x, 'crm'); PRIVSQL_PRIVACY__KEYS__CRM
/// ```
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PrivacyConfig {
    /// HMAC keys by name (names are case-insensitive). The only place keys come from: SQL
    /// cannot set one, and plans carry the key's name, resolved by the receiving side.
    pub keys: BTreeMap<String, Secret>,
}

/// Google BigQuery: credentials, endpoints and limits. Credentials come only from here or the
/// environment (`GOOGLE_APPLICATION_CREDENTIALS`), never from SQL text.
///
/// ```toml
/// [bigquery]
/// credentials_file = "/etc/privsql/bq-key.json"   # a service-account key; unset: ADC
/// max_bytes_billed = "10GiB"                      # bigquery_query refuses larger queries
/// # An emulator: no TLS, no auth.
/// # endpoint = "http://127.0.0.1:9050"
/// # storage_endpoint = "http://127.0.0.1:9060"
/// # auth = "none"
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BigQueryConfig {
    /// `auto` (the key file below, else application default credentials), `service-account`
    /// (the key file, required), `adc`, or `none` (no token: emulators only).
    pub auth: BigQueryAuth,
    /// A service-account JSON key file; unset: `GOOGLE_APPLICATION_CREDENTIALS` or the other
    /// application default credentials.
    pub credentials_file: Option<PathBuf>,
    /// The REST endpoint (`https://bigquery.googleapis.com`); `/bigquery/v2` is added when the
    /// URL has no path.
    pub endpoint: Option<String>,
    /// The Storage Read gRPC endpoint (`https://bigquerystorage.googleapis.com`); `http://`
    /// for a plaintext emulator.
    pub storage_endpoint: Option<String>,
    /// Read streams asked for per scan; 0: the session's target partitions.
    pub max_streams: usize,
    /// `bigquery_query` dry-runs each query first and refuses one that would process more
    /// bytes than this (written as `"10GiB"`); unset: no dry run, no limit.
    #[serde(with = "byte_size_text::option")]
    pub max_bytes_billed: Option<usize>,
    /// Retries of a request or read stream that failed with 429, 5xx or a broken connection.
    pub retries: u32,
    /// First retry delay in milliseconds, doubled on each retry (with jitter).
    pub retry_initial_ms: u64,
    /// Rows per `insertAll` request of an `INSERT INTO`.
    pub insert_batch_rows: usize,
}

/// `bigquery.auth`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BigQueryAuth {
    /// `credentials_file` when set, else application default credentials.
    #[default]
    Auto,
    /// The service-account key of `credentials_file`.
    ServiceAccount,
    /// Application default credentials (`GOOGLE_APPLICATION_CREDENTIALS` or the metadata server).
    Adc,
    /// No credentials, for emulators.
    None,
}

impl Default for BigQueryConfig {
    fn default() -> Self {
        Self {
            auth: BigQueryAuth::Auto,
            credentials_file: None,
            endpoint: None,
            storage_endpoint: None,
            max_streams: 0,
            max_bytes_billed: None,
            retries: 5,
            retry_initial_ms: 200,
            insert_batch_rows: 500,
        }
    }
}

/// Privacy-intent classification (`classify_intent`, `intent_scores`, `intent_models()`).
///
/// ```toml
/// [classify]
/// threshold = 0.5
/// backend = "auto"                  # or "tract", or "onnxruntime" with onnxruntime_library (or ORT_DYLIB_PATH)
/// [classify.models.support_v2]
/// path = "models/support_v2.onnx"   # with models/support_v2.json beside it
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClassifyConfig {
    /// Below this top probability a privacy label becomes `none` (0 keeps the top label).
    pub threshold: f64,
    /// Models by name, usable as `classify_intent(text, 'NAME')`.
    pub models: BTreeMap<String, IntentModelConfig>,
    /// The runtime that executes the models: `auto` (privsql's sparse kernel for a hashed
    /// linear graph such as the default model's, tract for any other), `tract` (pure Rust,
    /// built in, every graph) or `onnxruntime` (Microsoft's ONNX Runtime, loaded at run time
    /// from `onnxruntime_library`, every graph).
    pub backend: ModelBackend,
    /// The ONNX Runtime shared library for `backend = "onnxruntime"`, for example the
    /// `onnxruntime/capi/libonnxruntime.so.*` of the PyPI wheel; default: `$ORT_DYLIB_PATH`.
    pub onnxruntime_library: Option<PathBuf>,
}

/// `classify.backend`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ModelBackend {
    /// The sparse kernel for hashed linear graphs, tract for the others.
    #[default]
    Auto,
    /// tract, built in.
    Tract,
    /// ONNX Runtime from a shared library.
    Onnxruntime,
}

impl Default for ClassifyConfig {
    fn default() -> Self {
        Self {
            threshold: privsql_udfs::classify::DEFAULT_THRESHOLD,
            models: BTreeMap::new(),
            backend: ModelBackend::Auto,
            onnxruntime_library: None,
        }
    }
}

impl ClassifyConfig {
    /// The backend the intent models run on, with its library resolved.
    pub fn model_backend(&self) -> datafusion::common::Result<privsql_udfs::classify::model::Backend> {
        use privsql_udfs::classify::model::Backend;
        match self.backend {
            ModelBackend::Auto => Ok(Backend::Auto),
            ModelBackend::Tract => Ok(Backend::Tract),
            ModelBackend::Onnxruntime => {
                let library = self
                    .onnxruntime_library
                    .clone()
                    .or_else(|| std::env::var_os("ORT_DYLIB_PATH").map(PathBuf::from))
                    .filter(|p| !p.as_os_str().is_empty());
                match library {
                    Some(path) => Ok(Backend::OnnxRuntime(path)),
                    None => datafusion::common::plan_err!(
                        "config key classify.backend = \"onnxruntime\" needs the library: set \
                         classify.onnxruntime_library (or ORT_DYLIB_PATH) to the \
                         libonnxruntime.so of an ONNX Runtime install, such as the PyPI wheel's \
                         onnxruntime/capi/libonnxruntime.so.*"
                    ),
                }
            }
        }
    }
}

/// One registered intent model.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentModelConfig {
    /// The `.onnx` file; its sidecar is the `.json` file of the same name beside it.
    pub path: PathBuf,
}

/// A contract read from a file when the session starts. The file holds the body of a
/// `define_contract`: column definitions and constraints as inside `CREATE TABLE (...)`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContractFileConfig {
    /// The file, relative to the working directory.
    pub path: PathBuf,
    /// `lax` (the default: values that convert to the declared type pass) or `strict`.
    pub mode: Option<String>,
}

/// Kafka client settings applied to every consumer and producer privsql creates, below the
/// `kafka.*` options of a table. This is where secrets go (SASL passwords, TLS key passwords):
/// table options refuse them.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KafkaConfig {
    /// librdkafka properties, such as `"security.protocol" = "SASL_SSL"` or
    /// `"sasl.password" = "..."`. `_` may stand for `.` so that environment variables can set
    /// them: `PRIVSQL_KAFKA__SETTINGS__SASL_PASSWORD`.
    pub settings: BTreeMap<String, Secret>,
    /// How long a metadata, offset or commit request to the broker may take, in milliseconds.
    pub timeout_ms: u64,
    /// `privsql stream`: how long to wait for new messages before polling again, in
    /// milliseconds.
    pub poll_interval_ms: u64,
}

impl Default for KafkaConfig {
    fn default() -> Self {
        Self { settings: BTreeMap::new(), timeout_ms: 10_000, poll_interval_ms: 200 }
    }
}

/// How `privsql serve` authenticates clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMethod {
    /// Anyone may connect as any user; allowed only when every listen address is loopback.
    Trust,
    /// SCRAM-SHA-256 against the `SCRAM-SHA-256$...` hashes of `server.users`.
    ScramSha256,
    /// MD5 against `md5...` hashes of `server.users`; weaker, used only when asked for.
    Md5,
}

impl fmt::Display for AuthMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AuthMethod::Trust => "trust",
            AuthMethod::ScramSha256 => "scram-sha-256",
            AuthMethod::Md5 => "md5",
        })
    }
}

/// One server user.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerUser {
    /// The password hash, as PostgreSQL stores it: `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`
    /// (make one with `privsql serve --hash-password`), or `md5<hex>` when `auth = "md5"`.
    pub password: Option<Secret>,
    /// Read-only users may query but not create, drop, insert or write files.
    pub read_only: bool,
    /// Which server files (under `server.files.read` / `server.files.write`) the user may reach:
    /// `"none"`, `"read"` or `"write"` (read and write). Unset: `"write"` for read-write users,
    /// `"read"` for read-only ones, who never write whatever this says.
    pub files: Option<FileGrant>,
}

/// A user's access to server files (PostgreSQL's `pg_read_server_files` /
/// `pg_write_server_files`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileGrant {
    /// No server file, not even under a root.
    None,
    /// Read files under `server.files.read`.
    Read,
    /// Read under `server.files.read` and write under `server.files.write`.
    Write,
}

/// Where statements may read and write server files (`[server.files]`). Each root is a local
/// directory (relative ones against the server's working directory) or an object-store / HTTP
/// URL prefix such as `s3://bucket/prefix/`; unset means the server's data dir only.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FilesConfig {
    /// Roots that `SELECT * FROM '<path>'`, external tables and `COPY ... FROM` may read.
    pub read: Option<Vec<String>>,
    /// Roots that `COPY ... TO '<file>'` and `INSERT` into external tables may write.
    pub write: Option<Vec<String>>,
}

/// TLS for `privsql serve`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TlsConfig {
    /// PEM certificate chain.
    pub cert: Option<PathBuf>,
    /// PEM private key (PKCS#8, PKCS#1 or SEC1).
    pub key: Option<PathBuf>,
    /// Refuse clients that do not negotiate TLS.
    pub require: bool,
}

/// `privsql serve` settings (`[server]`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// Address to listen on, `host:port`; `--listen` overrides it.
    pub listen: String,
    /// Where catalog changes (CREATE EXTERNAL TABLE, CREATE VIEW, DROP) are recorded and restored
    /// from; `--data-dir` overrides it. Unset: `<user data dir>/privsql/server`.
    pub data_dir: Option<PathBuf>,
    /// Authentication method; unset means `scram-sha-256` when users are configured, else `trust`.
    pub auth: Option<AuthMethod>,
    /// Users by name.
    pub users: BTreeMap<String, ServerUser>,
    /// Roots of the server files statements may read and write.
    pub files: FilesConfig,
    /// TLS certificate, key and whether it is required.
    pub tls: TlsConfig,
    /// Most client connections at once; further clients get SQLSTATE 53300. 0 means no limit.
    pub max_connections: usize,
    /// Longest statement text accepted, in bytes, written as `"1MiB"`; longer ones get SQLSTATE
    /// 54000.
    #[serde(with = "byte_size_text")]
    pub max_statement_bytes: usize,
    /// Default statement time limit, written as `"5min"` or `"30s"`; zero (`"0"`) means none.
    /// Sessions may change theirs with `SET statement_timeout`.
    #[serde(with = "duration_text")]
    pub statement_timeout: Duration,
    /// On SIGINT/SIGTERM, how long queries in flight may run before they are cancelled, written
    /// as `"30s"`.
    #[serde(with = "duration_text")]
    pub shutdown_grace: Duration,
    /// The name of the catalog clients reach (`current_database()`, `table_catalog`); unset:
    /// the engine's default catalog (`datafusion`). Any database name a client connects with
    /// reaches it either way.
    pub database: Option<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:5433".to_owned(),
            data_dir: None,
            auth: None,
            users: BTreeMap::new(),
            files: FilesConfig::default(),
            tls: TlsConfig::default(),
            max_connections: 100,
            max_statement_bytes: 1 << 20,
            statement_timeout: Duration::ZERO,
            shutdown_grace: Duration::from_secs(30),
            database: None,
        }
    }
}

/// Query engine settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EngineConfig {
    /// Partitions a query runs with; 0 means one per CPU core.
    pub target_partitions: usize,
    /// Rows per Arrow record batch.
    pub batch_size: usize,
    /// Memory the engine may use before spilling or failing, in bytes, written as `"4GiB"`;
    /// unset means unbounded.
    #[serde(with = "byte_size_text::option")]
    pub memory_limit: Option<usize>,
    /// Directory for spill files; unset means the system temporary directory.
    pub temp_dir: Option<PathBuf>,
    /// Any DataFusion option by its full name, such as
    /// `"datafusion.execution.parquet.pushdown_filters" = "true"`.
    pub settings: BTreeMap<String, String>,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            target_partitions: 0,
            batch_size: 8192,
            memory_limit: None,
            temp_dir: None,
            settings: BTreeMap::new(),
        }
    }
}

/// Credentials and endpoints of object stores. Values left unset fall back to each cloud's own
/// environment variables (`AWS_*`, `GOOGLE_*`, `AZURE_*`), as their SDKs do.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StorageConfig {
    /// Amazon S3 and S3-compatible stores (`s3://`).
    pub s3: S3Config,
    /// Google Cloud Storage (`gs://`).
    pub gcs: GcsConfig,
    /// Azure Blob Storage and ADLS Gen2 (`az://`, `abfs://`).
    pub azure: AzureConfig,
    /// Plain HTTP(S) reads (`http://`, `https://`).
    pub http: HttpConfig,
}

/// S3 settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct S3Config {
    pub region: Option<String>,
    /// A custom endpoint, for MinIO, R2 or a local S3-compatible server.
    pub endpoint: Option<String>,
    pub access_key_id: Option<Secret>,
    pub secret_access_key: Option<Secret>,
    pub session_token: Option<Secret>,
    /// Allow `http://` endpoints (for local servers).
    pub allow_http: Option<bool>,
    /// Skip request signing, for public buckets.
    pub skip_signature: Option<bool>,
}

/// Google Cloud Storage settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GcsConfig {
    /// Path of a service-account JSON key file.
    pub service_account_path: Option<PathBuf>,
    /// A service-account JSON key given inline.
    pub service_account_key: Option<Secret>,
}

/// Azure settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AzureConfig {
    pub account: Option<String>,
    pub access_key: Option<Secret>,
    pub bearer_token: Option<Secret>,
    /// Talk to a local Azurite emulator.
    pub use_emulator: Option<bool>,
}

/// HTTP store settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// Allow plain `http://` URLs (off by default: only `https://`).
    pub allow_http: bool,
}

impl Config {
    /// Defaults, then `file` (which must exist when given), then `PRIVSQL_*` variables.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = file {
            if !path.exists() {
                return Err(ConfigError::Missing { path: path.to_path_buf() });
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        Self::extract(figment.merge(Self::env()))
    }

    /// Parse a config from TOML text (defaults below it, no environment), for tests and examples.
    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        Self::extract(Figment::from(Serialized::defaults(Config::default())).merge(Toml::string(text)))
    }

    fn env() -> Env {
        // `PRIVSQL_CONFIG` names the file and `PRIVSQL_LOG` the log filter: not config keys.
        Env::prefixed(ENV_PREFIX).ignore(&["config", "log"]).split("__")
    }

    fn extract(figment: Figment) -> Result<Self, ConfigError> {
        figment.extract().map_err(|e| {
            let msgs: Vec<String> = e.into_iter().map(describe).collect();
            ConfigError::Invalid(msgs.join("; "))
        })
    }
}

/// One load error as `key: problem (in provider)`, the key dotted as in the file
/// (`server.statement_timeout`) whether the value came from the file or a `PRIVSQL_*` variable.
/// figment's messages quote no values; the size and duration parsers below quote the bad text.
fn describe(e: figment::Error) -> String {
    if e.path.is_empty() {
        return e.to_string();
    }
    let mut out = format!("{}: {}", e.path.join("."), e.kind);
    if let Some(md) = &e.metadata {
        let _ = match &md.source {
            Some(source) => write!(out, " (in {source} {})", md.name),
            None => write!(out, " (in {})", md.name),
        };
    }
    out
}

/// Parse `"250ms"`, `"30s"`, `"5min"`, `"2h"`, or a bare number of milliseconds (as PostgreSQL's
/// `statement_timeout`).
pub fn parse_duration(text: &str) -> Option<Duration> {
    let t = text.trim().trim_matches('\'');
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().ok()?;
    let secs = match unit.trim() {
        "" | "ms" => n / 1000.0,
        "s" | "sec" => n,
        "min" | "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => return None,
    };
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

/// Parse a byte size such as `512MiB`, `4GiB`, `1.5GB` or `1048576`.
pub fn parse_byte_size(text: &str) -> Option<usize> {
    let t = text.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let num: f64 = num.parse().ok()?;
    let mult: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" | "kib" => 1024.0,
        "m" | "mb" | "mib" => 1024.0 * 1024.0,
        "g" | "gb" | "gib" => 1024.0 * 1024.0 * 1024.0,
        "t" | "tb" | "tib" => 1024.0f64.powi(4),
        _ => return None,
    };
    let bytes = num * mult;
    (bytes.is_finite() && bytes >= 0.0).then_some(bytes as usize)
}

/// Reads a value written as text with a unit (`"30s"`, `"4GiB"`) through `parse`; a bare number
/// (what a `PRIVSQL_*` variable such as `0` becomes, or a TOML integer) is read as the text of
/// that number: milliseconds or bytes.
struct WithUnit<T> {
    expected: &'static str,
    parse: fn(&str) -> Option<T>,
}

impl<T> de::Visitor<'_> for WithUnit<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).ok_or_else(|| E::custom(format!("expected {}, got {v:?}", self.expected)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        self.visit_str(&v.to_string())
    }
}

/// Serde for a [`Duration`] written as [`parse_duration`] reads it.
pub(crate) mod duration_text {
    use super::*;

    const EXPECTED: &str = "a duration like \"30s\", \"250ms\" or \"5min\"";

    pub fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{}ms", d.as_millis()))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        d.deserialize_any(WithUnit { expected: EXPECTED, parse: parse_duration })
    }
}

/// Serde for a byte count written as [`parse_byte_size`] reads it.
mod byte_size_text {
    use super::*;

    const EXPECTED: &str = "a size like \"1MiB\", \"512MB\" or \"4GiB\"";

    pub fn serialize<S: Serializer>(bytes: &usize, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(*bytes as u64)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
        d.deserialize_any(WithUnit { expected: EXPECTED, parse: parse_byte_size })
    }

    /// The same for an optional size.
    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(bytes: &Option<usize>, s: S) -> Result<S::Ok, S::Error> {
            match bytes {
                Some(b) => s.serialize_some(&(*b as u64)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
            struct Optional;
            impl<'de> de::Visitor<'de> for Optional {
                type Value = Option<usize>;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str(EXPECTED)
                }
                fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(None)
                }
                fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(None)
                }
                fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                    super::deserialize(d).map(Some)
                }
            }
            d.deserialize_option(Optional)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_overrides_defaults_and_secrets_stay_hidden() {
        let c = Config::from_toml(
            "[engine]\nbatch_size = 100\n[storage.s3]\nsecret_access_key = \"hunter2\"\n",
        )
        .unwrap();
        assert_eq!(c.engine.batch_size, 100);
        assert_eq!(c.engine.target_partitions, 0);
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(c.storage.s3.secret_access_key.unwrap().expose(), "hunter2");
    }

    #[test]
    fn unknown_keys_are_refused_with_their_name() {
        let err = Config::from_toml("[engine]\nbatch_sise = 1\n").unwrap_err().to_string();
        assert!(err.contains("batch_sise"), "{err}");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30s"), Some(Duration::from_secs(30)));
        assert_eq!(parse_duration("5min"), Some(Duration::from_secs(300)));
        assert_eq!(parse_duration("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(parse_duration("1500"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_duration("0"), Some(Duration::ZERO));
        assert_eq!(parse_duration("soon"), None);
    }

    #[test]
    fn durations_and_sizes_are_typed_at_load() {
        let c = Config::from_toml(
            "[server]\nstatement_timeout = \"5min\"\nshutdown_grace = 1500\nmax_statement_bytes = \"2KiB\"\n\
             [engine]\nmemory_limit = \"4MB\"\n",
        )
        .unwrap();
        assert_eq!(c.server.statement_timeout, Duration::from_secs(300));
        assert_eq!(c.server.shutdown_grace, Duration::from_millis(1500));
        assert_eq!(c.server.max_statement_bytes, 2048);
        assert_eq!(c.engine.memory_limit, Some(4 << 20));
        // The defaults go through the same serde as the file (figment serialises them first).
        let d = Config::from_toml("").unwrap();
        assert_eq!(d.server.statement_timeout, Duration::ZERO);
        assert_eq!(d.server.shutdown_grace, Duration::from_secs(30));
        assert_eq!(d.server.max_statement_bytes, 1 << 20);
        assert_eq!(d.engine.memory_limit, None);
    }

    #[test]
    fn a_bad_duration_or_size_fails_at_load_naming_the_key() {
        for (toml, key, expected) in [
            ("[server]\nstatement_timeout = \"abc\"", "server.statement_timeout", "a duration"),
            ("[server]\nshutdown_grace = \"soon\"", "server.shutdown_grace", "a duration"),
            ("[server]\nmax_statement_bytes = \"big\"", "server.max_statement_bytes", "a size"),
            ("[engine]\nmemory_limit = \"lots\"", "engine.memory_limit", "a size"),
            ("[engine]\nmemory_limit = true", "engine.memory_limit", "a size"),
        ] {
            let err = Config::from_toml(toml).unwrap_err().to_string();
            assert!(err.contains(&format!("{key}: ")), "{toml}: {err}");
            assert!(err.contains(expected), "{toml}: {err}");
        }
        let err = Config::from_toml("[server]\nstatement_timeout = \"abc\"").unwrap_err();
        assert!(
            err.to_string().contains(r#"server.statement_timeout: expected a duration like "30s""#)
                && err.to_string().contains(r#"got "abc""#),
            "{err}"
        );
    }

    #[test]
    fn byte_sizes() {
        assert_eq!(parse_byte_size("4GiB"), Some(4 << 30));
        assert_eq!(parse_byte_size("512 MB"), Some(512 << 20));
        assert_eq!(parse_byte_size("100"), Some(100));
        assert_eq!(parse_byte_size("lots"), None);
    }
}
