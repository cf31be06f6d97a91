//! The options of a `STORED AS KAFKA` table, parsed and validated in one place, and the
//! librdkafka client configurations built from them and from the `[kafka]` config section.
//!
//! Options never carry secrets: a pass-through key that looks like one (`sasl.password`,
//! `ssl.key.password`, ...) is refused with a pointer to the config file or environment.

use std::collections::BTreeMap;
use std::fmt;

use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::common::{
    exec_datafusion_err, plan_datafusion_err, plan_err, DataFusionError, Result,
};
use rdkafka::ClientConfig;
use serde::{Deserialize, Serialize};

use super::avro::AvroOptions;
use crate::config::KafkaConfig;

/// The value format of the messages of a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// One JSON object per message (arrow-json).
    Json,
    /// One CSV record per message, no header (arrow-csv).
    Csv,
    /// The value as it is: one `VARCHAR` (UTF-8 checked) or `BYTEA` column.
    Raw,
    /// One Avro record per message, of the schema in the `avro.*` options (arrow-avro).
    Avro,
}

/// Where a read starts in each partition that has no committed offset for the group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StartPosition {
    Earliest,
    Latest,
    /// An offset per partition; partitions not listed start at the earliest offset.
    Offsets(BTreeMap<i32, i64>),
    /// The first message whose timestamp (milliseconds since the epoch) is at or after this.
    Timestamp(i64),
}

/// What a message that does not decode does to the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OnError {
    /// Stop with an error naming topic, partition and offset.
    Fail,
    /// Skip it, counted in the `errors_skipped` metric and logged without its payload.
    Skip,
    /// Copy it, with the error in the `privsql.error` header, to this topic.
    DeadLetter(String),
}

/// The metadata columns a table may declare (by name) to get the message's coordinates.
pub const META_COLUMNS: [&str; 6] = [
    "_topic",
    "_partition",
    "_offset",
    "_timestamp",
    "_key",
    "_headers",
];

/// Is `t` a usable type for `_headers`: a list of `STRUCT(key VARCHAR, value VARCHAR or BYTEA)`?
fn is_headers_type(t: &DataType) -> bool {
    let item = match t {
        DataType::List(f) | DataType::LargeList(f) => f.data_type(),
        _ => return false,
    };
    let DataType::Struct(fields) = item else {
        return false;
    };
    let text =
        |t: &DataType| matches!(t, DataType::Utf8 | DataType::Utf8View | DataType::LargeUtf8);
    fields.len() == 2
        && fields[0].name() == "key"
        && text(fields[0].data_type())
        && fields[1].name() == "value"
        && (text(fields[1].data_type())
            || matches!(
                fields[1].data_type(),
                DataType::Binary | DataType::BinaryView | DataType::LargeBinary
            ))
}

/// A validated Kafka table definition. Serialisable (it goes into plans); holds no secret.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct KafkaOptions {
    /// `host:port[,host:port]` from the `kafka://` location.
    pub bootstrap: String,
    pub topic: String,
    pub format: Format,
    pub start: StartPosition,
    /// Consumer group: a read starts from its committed offsets, and `privsql stream` commits
    /// there.
    pub group_id: Option<String>,
    pub on_error: OnError,
    /// Column whose value (as text) becomes the message key when inserting.
    pub key_column: Option<String>,
    /// CSV field delimiter.
    pub csv_delimiter: u8,
    /// At most this many messages per partition in one query (a micro-batch in `privsql stream`).
    pub max_messages: Option<u64>,
    /// librdkafka properties from `kafka.*` options (no secrets).
    pub client: BTreeMap<String, String>,
    /// The Avro schema and framing, with format `avro`.
    #[serde(default)]
    pub avro: Option<AvroOptions>,
}

impl fmt::Debug for KafkaOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KafkaOptions")
            .field("bootstrap", &self.bootstrap)
            .field("topic", &self.topic)
            .field("format", &self.format)
            .field("group_id", &self.group_id)
            .finish_non_exhaustive()
    }
}

/// Fragments of librdkafka property names that hold secrets.
const SECRET_MARKERS: [&str; 5] = ["password", "secret", "jaas", "key.pem", "token"];

fn is_secret_key(key: &str) -> bool {
    SECRET_MARKERS.iter().any(|m| key.contains(m))
}

impl KafkaOptions {
    /// Parse a `kafka://host:port[,host:port]/topic` location and the `OPTIONS (...)` map (as
    /// DataFusion hands it over: lowercased keys, `format.` prefixed when they had no dot).
    pub fn parse(location: &str, options: &BTreeMap<String, String>) -> Result<Self> {
        let Some(rest) = location.strip_prefix("kafka://") else {
            return plan_err!(
                "Kafka table LOCATION must look like 'kafka://host:port/topic', got '{location}'"
            );
        };
        let Some((bootstrap, topic)) = rest.split_once('/') else {
            return plan_err!("Kafka table LOCATION '{location}' names no topic: expected 'kafka://host:port/topic'");
        };
        if bootstrap.is_empty() {
            return plan_err!("Kafka table LOCATION '{location}' names no broker");
        }
        if topic.is_empty()
            || topic.len() > 249
            || !topic
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        {
            return plan_err!(
                "Kafka table LOCATION '{location}': '{topic}' is not a valid topic name (letters, digits, '.', '_', '-')"
            );
        }
        let mut o = KafkaOptions {
            bootstrap: bootstrap.to_string(),
            topic: topic.to_string(),
            format: Format::Json,
            start: StartPosition::Earliest,
            group_id: None,
            on_error: OnError::Fail,
            key_column: None,
            csv_delimiter: b',',
            max_messages: None,
            client: BTreeMap::new(),
            avro: None,
        };
        let mut dead_letter_topic = None;
        let mut on_error = None;
        let mut avro: BTreeMap<&str, &str> = BTreeMap::new();
        for (raw_key, value) in options {
            let key = raw_key.strip_prefix("format.").unwrap_or(raw_key);
            if let Some(prop) = key.strip_prefix("kafka.") {
                if is_secret_key(prop) {
                    return plan_err!(
                        "Kafka option '{key}' holds a secret: set it in the [kafka.settings] section of the config file or in PRIVSQL_KAFKA__SETTINGS__{}, not in SQL",
                        prop.replace('.', "_").to_uppercase()
                    );
                }
                o.client.insert(prop.to_string(), value.clone());
                continue;
            }
            match key {
                "format" => {
                    o.format = match value.to_lowercase().as_str() {
                        "json" => Format::Json,
                        "csv" => Format::Csv,
                        "raw" => Format::Raw,
                        "avro" => Format::Avro,
                        other => {
                            return plan_err!(
                                "Kafka option 'format': expected json, csv, raw or avro, got '{other}'"
                            )
                        }
                    }
                }
                "start" | "start_offsets" => o.start = parse_start(value)?,
                "start_timestamp" => o.start = StartPosition::Timestamp(parse_timestamp_ms(value)?),
                "group_id" | "group.id" => o.group_id = Some(value.clone()),
                "on_error" => on_error = Some(value.to_lowercase()),
                "dead_letter_topic" => dead_letter_topic = Some(value.clone()),
                "key_column" => o.key_column = Some(value.clone()),
                "csv_delimiter" | "delimiter" => {
                    let b = value.as_bytes();
                    if b.len() != 1 {
                        return plan_err!(
                            "Kafka option 'csv_delimiter': expected one ASCII character, got '{value}'"
                        );
                    }
                    o.csv_delimiter = b[0];
                }
                "max_messages" => {
                    let n: u64 = value.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                        plan_datafusion_err!(
                            "Kafka option 'max_messages': expected a positive integer, got '{value}'"
                        )
                    })?;
                    o.max_messages = Some(n);
                }
                "avro.schema" | "avro.schema_file" | "avro.encoding" | "avro.schema_id" => {
                    avro.insert(key, value.as_str());
                }
                // DataFusion adds this one to every external table.
                "compression" if value.eq_ignore_ascii_case("uncompressed") => {}
                other => {
                    return plan_err!(
                        "unknown Kafka option '{other}': expected format, start, start_timestamp, group_id, on_error, dead_letter_topic, key_column, csv_delimiter, max_messages, avro.schema, avro.schema_file, avro.encoding, avro.schema_id or kafka.<librdkafka property>"
                    )
                }
            }
        }
        if o.format == Format::Avro {
            o.avro = Some(AvroOptions::parse(
                avro.get("avro.schema").copied(),
                avro.get("avro.schema_file").copied(),
                avro.get("avro.encoding").copied(),
                avro.get("avro.schema_id").copied(),
            )?);
        } else if let Some(k) = avro.keys().next() {
            return plan_err!("Kafka option '{k}' is only used with format 'avro'");
        }
        o.on_error = match (on_error.as_deref(), dead_letter_topic) {
            (None | Some("fail"), None) => OnError::Fail,
            (Some("skip"), None) => OnError::Skip,
            (Some("dead_letter"), Some(t)) => OnError::DeadLetter(t),
            (Some("dead_letter"), None) => {
                return plan_err!(
                    "Kafka option on_error 'dead_letter' needs option 'dead_letter_topic'"
                )
            }
            (_, Some(_)) => {
                return plan_err!(
                    "Kafka option 'dead_letter_topic' is only used with on_error 'dead_letter'"
                )
            }
            (Some(other), None) => {
                return plan_err!(
                    "Kafka option 'on_error': expected fail, skip or dead_letter, got '{other}'"
                )
            }
        };
        Ok(o)
    }

    /// Check the declared table schema against the format: metadata columns have usable types,
    /// `raw` has exactly one value column of text or bytes, the key column exists.
    pub fn validate_schema(&self, schema: &Schema) -> Result<()> {
        for f in schema.fields() {
            let ok = match f.name().as_str() {
                "_topic" => matches!(
                    f.data_type(),
                    DataType::Utf8 | DataType::Utf8View | DataType::LargeUtf8
                ),
                "_partition" => f.data_type().is_integer(),
                "_offset" => f.data_type().is_integer(),
                "_timestamp" => {
                    matches!(f.data_type(), DataType::Timestamp(_, _) | DataType::Int64)
                }
                "_key" => matches!(
                    f.data_type(),
                    DataType::Utf8
                        | DataType::Utf8View
                        | DataType::LargeUtf8
                        | DataType::Binary
                        | DataType::BinaryView
                        | DataType::LargeBinary
                ),
                "_headers" => is_headers_type(f.data_type()),
                _ => true,
            };
            if !ok {
                return plan_err!(
                    "Kafka metadata column {} cannot have type {}: expected {}",
                    f.name(),
                    f.data_type(),
                    match f.name().as_str() {
                        "_topic" => "VARCHAR",
                        "_partition" | "_offset" => "an integer type",
                        "_timestamp" => "TIMESTAMP or BIGINT (milliseconds)",
                        "_headers" => "a list of STRUCT<key VARCHAR, value VARCHAR or BYTEA>, such as STRUCT<key VARCHAR, value VARCHAR>[]",
                        _ => "VARCHAR or BYTEA",
                    }
                );
            }
        }
        let values = value_fields(schema);
        if values.is_empty() && self.format != Format::Raw {
            return plan_err!(
                "Kafka table on topic {} declares no value column",
                self.topic
            );
        }
        if self.format == Format::Raw {
            if values.len() != 1
                || !matches!(
                    values[0].data_type(),
                    DataType::Utf8
                        | DataType::Utf8View
                        | DataType::LargeUtf8
                        | DataType::Binary
                        | DataType::BinaryView
                        | DataType::LargeBinary
                )
            {
                return plan_err!(
                    "Kafka format 'raw' needs exactly one value column of type VARCHAR or BYTEA (besides metadata columns)"
                );
            }
        }
        if let Some(avro) = &self.avro {
            avro.check_columns(&values)?;
        }
        if let Some(k) = &self.key_column {
            if schema.field_with_name(k).is_err() {
                return plan_err!(
                    "Kafka option 'key_column' names column '{k}', which the table does not have"
                );
            }
        }
        Ok(())
    }

    /// librdkafka configuration shared by every client of this table: broker list, config
    /// settings (secrets included), then the table's `kafka.*` options.
    pub fn client_config(&self, config: &KafkaConfig) -> ClientConfig {
        let mut c = ClientConfig::new();
        c.set("bootstrap.servers", &self.bootstrap);
        for (k, v) in &config.settings {
            c.set(normalize_key(k), v.expose());
        }
        for (k, v) in &self.client {
            c.set(k, v);
        }
        c
    }

    /// A consumer configuration: manual assignment, no automatic commits, partition EOF events.
    pub fn consumer_config(&self, config: &KafkaConfig) -> ClientConfig {
        let mut c = self.client_config(config);
        c.set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "true")
            .set("auto.offset.reset", "earliest");
        // librdkafka needs a group id even for manually assigned reads; an anonymous one is
        // never committed to.
        c.set(
            "group.id",
            self.group_id
                .clone()
                .unwrap_or_else(|| "privsql-anonymous-reader".to_string()),
        );
        c
    }

    /// A producer configuration: idempotent, every replica acknowledges.
    pub fn producer_config(&self, config: &KafkaConfig) -> ClientConfig {
        let mut c = self.client_config(config);
        c.set("enable.idempotence", "true").set("acks", "all");
        c
    }
}

/// The client context of privsql's consumers: librdkafka's errors go to the log, except the
/// end-of-partition events that bounded reads ask for (`enable.partition.eof`), which rdkafka's
/// default context would log at ERROR for every partition of every read.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuietEofContext;

impl rdkafka::ClientContext for QuietEofContext {
    fn error(&self, error: rdkafka::error::KafkaError, reason: &str) {
        if error.rdkafka_error_code() == Some(rdkafka::types::RDKafkaErrorCode::PartitionEOF) {
            tracing::trace!("librdkafka: end of partition: {reason}");
        } else {
            tracing::error!("librdkafka: {error}: {reason}");
        }
    }
}

impl rdkafka::consumer::ConsumerContext for QuietEofContext {}

/// privsql's consumer type.
pub type KafkaConsumer = rdkafka::consumer::BaseConsumer<QuietEofContext>;

/// A failed client call (`what`) on `topic`, as the execution error the scan reports.
pub(crate) fn kafka_err(what: &str, topic: &str, e: rdkafka::error::KafkaError) -> DataFusionError {
    exec_datafusion_err!("Kafka: {what} on topic {topic} failed: {e}")
}

/// `sasl_password` (as an environment variable gives it) -> `sasl.password`.
fn normalize_key(key: &str) -> String {
    key.replace('_', ".").to_lowercase()
}

fn parse_start(value: &str) -> Result<StartPosition> {
    let v = value.trim().to_lowercase();
    match v.as_str() {
        "earliest" | "beginning" => return Ok(StartPosition::Earliest),
        "latest" | "end" => return Ok(StartPosition::Latest),
        _ => {}
    }
    if let Some(ts) = v.strip_prefix("timestamp:") {
        return Ok(StartPosition::Timestamp(parse_timestamp_ms(ts)?));
    }
    let mut offsets = BTreeMap::new();
    for part in v.split(',') {
        let parsed = part.split_once(':').and_then(|(p, o)| {
            Some((p.trim().parse::<i32>().ok()?, o.trim().parse::<i64>().ok()?))
        });
        match parsed {
            Some((p, o)) if p >= 0 && o >= 0 => {
                offsets.insert(p, o);
            }
            _ => {
                return plan_err!(
                    "Kafka option 'start': expected earliest, latest, timestamp:<ms or RFC 3339> or partition:offset pairs such as '0:100,1:250', got '{value}'"
                )
            }
        }
    }
    Ok(StartPosition::Offsets(offsets))
}

/// Milliseconds since the epoch, or an RFC 3339 timestamp.
fn parse_timestamp_ms(value: &str) -> Result<i64> {
    let v = value.trim();
    if let Ok(ms) = v.parse::<i64>() {
        return Ok(ms);
    }
    datafusion::arrow::compute::kernels::cast_utils::string_to_timestamp_nanos(v)
        .map(|ns| ns.div_euclid(1_000_000))
        .map_err(|_| {
            plan_datafusion_err!(
                "Kafka start timestamp: expected milliseconds since the epoch or an RFC 3339 timestamp, got '{v}'"
            )
        })
}

/// The columns decoded from the message value (all but the metadata columns).
pub fn value_fields(schema: &Schema) -> Vec<&Field> {
    schema
        .fields()
        .iter()
        .map(|f| f.as_ref())
        .filter(|f| !is_meta(f.name()))
        .collect()
}

/// Is `name` one of the metadata columns?
pub fn is_meta(name: &str) -> bool {
    META_COLUMNS.contains(&name)
}

/// The schema of the value columns only.
pub fn value_schema(schema: &Schema) -> SchemaRef {
    std::sync::Arc::new(Schema::new(
        value_fields(schema)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn location_and_options() {
        let o = KafkaOptions::parse(
            "kafka://127.0.0.1:9092/requests",
            &opts(&[
                ("format.format", "csv"),
                ("format.start", "0:10, 2:5"),
                ("format.on_error", "dead_letter"),
                ("format.dead_letter_topic", "bad"),
                ("kafka.fetch.max.bytes", "1000000"),
            ]),
        )
        .unwrap();
        assert_eq!(o.bootstrap, "127.0.0.1:9092");
        assert_eq!(o.topic, "requests");
        assert_eq!(o.format, Format::Csv);
        assert_eq!(
            o.start,
            StartPosition::Offsets(BTreeMap::from([(0, 10), (2, 5)]))
        );
        assert_eq!(o.on_error, OnError::DeadLetter("bad".into()));
        assert_eq!(
            o.client.get("fetch.max.bytes").map(String::as_str),
            Some("1000000")
        );
    }

    #[test]
    fn bad_options_are_named() {
        let e = |loc: &str, pairs: &[(&str, &str)]| {
            KafkaOptions::parse(loc, &opts(pairs))
                .unwrap_err()
                .to_string()
        };
        assert!(e("s3://x/y", &[]).contains("kafka://host:port/topic"));
        assert!(
            e("kafka://h:1/", &[]).contains("names no topic")
                || e("kafka://h:1/", &[]).contains("not a valid topic")
        );
        assert!(e("kafka://h:1/t", &[("format.format", "xml")]).contains("'format'"));
        assert!(e("kafka://h:1/t", &[("format.start", "soon")]).contains("'start'"));
        assert!(
            e("kafka://h:1/t", &[("format.on_error", "dead_letter")]).contains("dead_letter_topic")
        );
        assert!(e("kafka://h:1/t", &[("format.colour", "red")]).contains("colour"));
        let secret = e("kafka://h:1/t", &[("kafka.sasl.password", "hunter2")]);
        assert!(
            secret.contains("PRIVSQL_KAFKA__SETTINGS__SASL_PASSWORD"),
            "{secret}"
        );
        assert!(!secret.contains("hunter2"));
    }

    #[test]
    fn timestamps() {
        let o = KafkaOptions::parse(
            "kafka://h:1/t",
            &opts(&[("format.start", "timestamp:2024-01-01T00:00:00Z")]),
        )
        .unwrap();
        assert_eq!(o.start, StartPosition::Timestamp(1_704_067_200_000));
    }

    #[test]
    fn config_secrets_reach_the_client_config() {
        let cfg = crate::config::Config::from_toml(
            "[kafka.settings]\nsasl_password = \"hunter2\"\n\"security.protocol\" = \"SASL_SSL\"\n",
        )
        .unwrap();
        let o = KafkaOptions::parse("kafka://h:1/t", &BTreeMap::new()).unwrap();
        let c = o.client_config(&cfg.kafka);
        assert_eq!(c.get("sasl.password"), Some("hunter2"));
        assert_eq!(c.get("security.protocol"), Some("SASL_SSL"));
        assert!(!format!("{cfg:?}").contains("hunter2"));
    }
}
