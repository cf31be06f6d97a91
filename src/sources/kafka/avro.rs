//! Avro message values, decoded and encoded in batches with arrow-avro.
//!
//! A table gives the writer schema (`'avro.schema' '{...}'` or `'avro.schema_file' 'path'`) and
//! how each message frames its record (`'avro.encoding'`):
//! - `raw` (default): the Avro binary datum alone;
//! - `confluent`: the Confluent Schema Registry wire format, a `0x00` magic byte and a 4-byte
//!   big-endian schema id before the datum. The table's schema decodes every message (no
//!   registry is contacted); with `'avro.schema_id'` a message written under another id is a bad
//!   message, and the sink frames with that id;
//! - `single_object`: Avro single-object encoding, `0xC3 0x01` and the schema's 8-byte Rabin
//!   fingerprint; a message under another fingerprint is a bad message.
//!
//! arrow-avro's streaming [`Decoder`] only takes framed records, so every datum is fed after the
//! single-object prefix of the table's schema (a constant 10 bytes, no copy of the message):
//! whatever the wire format, the decoder sees one stream of records of one schema and fills one
//! batch.

use std::sync::Arc;

use datafusion::arrow::array::{new_null_array, ArrayRef, RecordBatch};
use datafusion::arrow::compute::{can_cast_types, cast};
use datafusion::arrow::datatypes::{Schema, SchemaRef};
use datafusion::common::{exec_datafusion_err, exec_err, plan_datafusion_err, plan_err, Result};
use serde::{Deserialize, Serialize};

use arrow_avro::reader::{Decoder, ReaderBuilder};
use arrow_avro::schema::{
    AvroSchema, Fingerprint, FingerprintStrategy, SchemaStore, SCHEMA_METADATA_KEY,
};
use arrow_avro::writer::format::{AvroBinaryFormat, AvroSoeFormat};
use arrow_avro::writer::{EncodedRows, Encoder, WriterBuilder};

use super::redact::redact;

/// How a message frames its Avro record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AvroEncoding {
    /// The binary datum alone.
    Raw,
    /// `0x00`, a 4-byte big-endian schema id, the datum.
    Confluent,
    /// `0xC3 0x01`, the 8-byte little-endian Rabin fingerprint of the schema, the datum.
    SingleObject,
}

/// The Avro options of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AvroOptions {
    /// The writer schema (JSON), read from `avro.schema_file` when the table was created.
    pub schema: String,
    pub encoding: AvroEncoding,
    /// Confluent schema id: checked on read, written by the sink.
    pub schema_id: Option<u32>,
}

impl AvroOptions {
    /// Parse and check `avro.*` options; `schema`/`schema_file` are the two ways to give it.
    pub fn parse(
        schema: Option<&str>,
        schema_file: Option<&str>,
        encoding: Option<&str>,
        schema_id: Option<&str>,
    ) -> Result<Self> {
        let schema = match (schema, schema_file) {
            (Some(s), None) => s.to_string(),
            (None, Some(path)) => std::fs::read_to_string(path).map_err(|e| {
                plan_datafusion_err!("Kafka option 'avro.schema_file': cannot read '{path}': {e}")
            })?,
            (Some(_), Some(_)) => {
                return plan_err!(
                    "Kafka options 'avro.schema' and 'avro.schema_file' both give the Avro schema: keep one"
                )
            }
            (None, None) => {
                return plan_err!(
                    "Kafka format 'avro' needs the writer schema: option 'avro.schema' (the schema's JSON) or 'avro.schema_file' (a path to it)"
                )
            }
        };
        let encoding = match encoding.map(|e| e.to_lowercase()).as_deref() {
            None | Some("raw") | Some("binary") => AvroEncoding::Raw,
            Some("confluent") => AvroEncoding::Confluent,
            Some("single_object") => AvroEncoding::SingleObject,
            Some(other) => {
                return plan_err!(
                    "Kafka option 'avro.encoding': expected raw, confluent or single_object, got '{other}'"
                )
            }
        };
        let schema_id = match schema_id {
            None => None,
            Some(v) => Some(v.trim().parse::<u32>().map_err(|_| {
                plan_datafusion_err!(
                    "Kafka option 'avro.schema_id': expected a Confluent schema id (an integer from 0 to 4294967295), got '{v}'"
                )
            })?),
        };
        if schema_id.is_some() && encoding != AvroEncoding::Confluent {
            return plan_err!(
                "Kafka option 'avro.schema_id' is only used with 'avro.encoding' 'confluent'"
            );
        }
        let o = AvroOptions {
            schema,
            encoding,
            schema_id,
        };
        // Parse it now, so a bad schema fails CREATE EXTERNAL TABLE, not the first read.
        o.arrow_schema()?;
        Ok(o)
    }

    fn avro_schema(&self) -> AvroSchema {
        AvroSchema::new(self.schema.clone())
    }

    /// The record's columns as arrow-avro decodes them.
    pub fn arrow_schema(&self) -> Result<SchemaRef> {
        let top: serde_json::Value = serde_json::from_str(&self.schema)
            .map_err(|e| plan_datafusion_err!("Kafka Avro schema is not valid JSON: {e}"))?;
        if top.get("type").and_then(|t| t.as_str()) != Some("record") {
            return plan_err!(
                "Kafka Avro schema must be a record (\"type\": \"record\" with \"fields\"), one column per field"
            );
        }
        Ok(AvroValueDecoder::new(self, 1)?.schema())
    }

    /// The declared value columns must be fields of the record, of a type its values cast to.
    pub fn check_columns(
        &self,
        value_fields: &[&datafusion::arrow::datatypes::Field],
    ) -> Result<()> {
        let record = self.arrow_schema()?;
        for f in value_fields {
            let Ok(a) = record.field_with_name(f.name()) else {
                let names: Vec<&str> = record.fields().iter().map(|f| f.name().as_str()).collect();
                return plan_err!(
                    "Kafka table column {} is not a field of the Avro record (fields: {})",
                    f.name(),
                    names.join(", ")
                );
            };
            if !can_cast_types(a.data_type(), f.data_type()) {
                return plan_err!(
                    "Kafka table column {} has type {}, which the Avro field's type {} does not convert to",
                    f.name(),
                    f.data_type(),
                    a.data_type()
                );
            }
        }
        Ok(())
    }
}

/// The per-thread Avro decoder: whole batches of messages into one `RecordBatch`.
pub struct AvroValueDecoder {
    options: AvroOptions,
    batch_size: usize,
    /// `0xC3 0x01` + the table schema's fingerprint, fed before each datum.
    prefix: [u8; 10],
    fingerprint: u64,
    dec: Decoder,
    rows: usize,
}

impl AvroValueDecoder {
    pub fn new(options: &AvroOptions, batch_size: usize) -> Result<Self> {
        let schema = options.avro_schema();
        let mut store = SchemaStore::new();
        let fp = store
            .register(schema)
            .map_err(|e| plan_datafusion_err!("Kafka Avro schema is not valid: {e}"))?;
        let Fingerprint::Rabin(fingerprint) = fp else {
            return plan_err!("Kafka Avro schema: unexpected fingerprint kind");
        };
        let dec = ReaderBuilder::new()
            .with_writer_schema_store(store)
            .with_batch_size(batch_size)
            .build_decoder()
            .map_err(|e| plan_datafusion_err!("Kafka Avro schema is not valid: {e}"))?;
        let mut prefix = [0u8; 10];
        prefix[0] = 0xC3;
        prefix[1] = 0x01;
        prefix[2..].copy_from_slice(&fingerprint.to_le_bytes());
        Ok(Self {
            options: options.clone(),
            batch_size,
            prefix,
            fingerprint,
            dec,
            rows: 0,
        })
    }

    pub fn schema(&self) -> SchemaRef {
        self.dec.schema()
    }

    /// The datum of one message, after checking its framing.
    fn datum<'a>(&self, p: &'a [u8]) -> std::result::Result<&'a [u8], String> {
        match self.options.encoding {
            AvroEncoding::Raw => Ok(p),
            AvroEncoding::Confluent => {
                if p.len() < 5 || p[0] != 0 {
                    return Err("the value is not in the Confluent wire format (magic byte 0 and a 4-byte schema id)".into());
                }
                let id = u32::from_be_bytes([p[1], p[2], p[3], p[4]]);
                match self.options.schema_id {
                    Some(want) if want != id => Err(format!(
                        "the value was written with Confluent schema id {id}, the table reads schema id {want}"
                    )),
                    _ => Ok(&p[5..]),
                }
            }
            AvroEncoding::SingleObject => {
                if p.len() < 10 || p[0] != 0xC3 || p[1] != 0x01 {
                    return Err("the value is not Avro single-object encoded (0xC3 0x01 and a schema fingerprint)".into());
                }
                let mut fp = [0u8; 8];
                fp.copy_from_slice(&p[2..10]);
                if u64::from_le_bytes(fp) != self.fingerprint {
                    return Err("the value was written with another Avro schema (its fingerprint differs from the table's)".into());
                }
                Ok(&p[10..])
            }
        }
    }

    /// Feed one message; Err if it is not exactly one record (then call [`Self::reset`]).
    pub fn feed(&mut self, payload: Option<&[u8]>) -> std::result::Result<(), String> {
        let Some(p) = payload else {
            return Err("the message has no value".into());
        };
        let datum = self.datum(p)?;
        if datum.is_empty() {
            return Err("the value holds no Avro record".into());
        }
        let n = self
            .dec
            .decode(&self.prefix)
            .map_err(|e| redact(&e.to_string()))?;
        if n != self.prefix.len() {
            return Err("the Avro decoder refused the record header".into());
        }
        let before = self.dec.capacity();
        let n = self.dec.decode(datum).map_err(|e| {
            format!(
                "the value is not a valid Avro record of the table's schema: {}",
                redact(&e.to_string())
            )
        })?;
        if self.dec.capacity() + 1 != before {
            return Err(format!(
                "the value is not a complete Avro record of the table's schema ({} bytes)",
                datum.len()
            ));
        }
        if n != datum.len() {
            return Err(format!(
                "the value holds {} bytes after its Avro record",
                datum.len() - n
            ));
        }
        self.rows += 1;
        Ok(())
    }

    pub fn flush(&mut self) -> std::result::Result<Option<RecordBatch>, String> {
        self.rows = 0;
        self.dec.flush().map_err(|e| redact(&e.to_string()))
    }

    /// A fresh decoder, after an error left this one mid-record.
    pub fn reset(&mut self) -> Result<()> {
        *self = Self::new(&self.options, self.batch_size)?;
        Ok(())
    }
}

/// The sink's encoder: one Avro message per row, framed as the table says.
pub struct AvroValueEncoder {
    /// The record's Arrow schema (with the Avro schema in its metadata).
    record: SchemaRef,
    encoder: Encoder,
}

impl std::fmt::Debug for AvroValueEncoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AvroValueEncoder").finish_non_exhaustive()
    }
}

impl AvroValueEncoder {
    pub fn new(options: &AvroOptions) -> Result<Self> {
        let decoded = options.arrow_schema()?;
        let mut md = decoded.metadata().clone();
        md.insert(SCHEMA_METADATA_KEY.to_string(), options.schema.clone());
        let record = Arc::new(Schema::new_with_metadata(decoded.fields().clone(), md));
        let builder = WriterBuilder::new(record.as_ref().clone());
        let built = match options.encoding {
            AvroEncoding::Raw => builder.build_encoder::<AvroBinaryFormat>(),
            AvroEncoding::SingleObject => builder
                .with_fingerprint_strategy(FingerprintStrategy::Rabin)
                .build_encoder::<AvroSoeFormat>(),
            AvroEncoding::Confluent => {
                let Some(id) = options.schema_id else {
                    return plan_err!(
                        "inserting into a Kafka table with 'avro.encoding' 'confluent' needs option 'avro.schema_id' (the id to frame messages with)"
                    );
                };
                builder
                    .with_fingerprint_strategy(FingerprintStrategy::Id(id))
                    .build_encoder::<AvroSoeFormat>()
            }
        };
        let encoder =
            built.map_err(|e| plan_datafusion_err!("Kafka Avro schema cannot encode: {e}"))?;
        Ok(Self { record, encoder })
    }

    /// Encode the value columns of `batch` (by name, cast to the record's types): one payload
    /// per row, as slices of one buffer.
    pub fn encode(&mut self, batch: &RecordBatch) -> Result<EncodedRows> {
        let mut columns: Vec<ArrayRef> = Vec::with_capacity(self.record.fields().len());
        for f in self.record.fields() {
            let Some(c) = batch.column_by_name(f.name()) else {
                if f.is_nullable() {
                    // A field the table does not declare, and may be null: null.
                    columns.push(new_null_array(f.data_type(), batch.num_rows()));
                    continue;
                }
                return exec_err!("Kafka Avro sink: the inserted rows have no column {} (a field of the Avro record)", f.name());
            };
            let c = if c.data_type() == f.data_type() {
                Arc::clone(c)
            } else {
                cast(c, f.data_type())?
            };
            if !f.is_nullable() && c.null_count() > 0 {
                return exec_err!("Kafka Avro sink: column {} has NULLs, but its Avro field is not nullable (declare it as a union with \"null\")", f.name());
            }
            columns.push(c);
        }
        let rb = RecordBatch::try_new(Arc::clone(&self.record), columns)?;
        self.encoder
            .encode(&rb)
            .map_err(|e| exec_datafusion_err!("Kafka Avro sink: {}", redact(&e.to_string())))?;
        Ok(self.encoder.flush())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{AsArray, Int64Array, StringArray};
    use datafusion::arrow::datatypes::{DataType, Field, Int64Type};

    const SCHEMA: &str = r#"{"type":"record","name":"R","fields":[{"name":"id","type":"long"},{"name":"text","type":"string"}]}"#;

    fn options(encoding: AvroEncoding, schema_id: Option<u32>) -> AvroOptions {
        AvroOptions {
            schema: SCHEMA.into(),
            encoding,
            schema_id,
        }
    }

    /// Encode rows with the sink's encoder.
    fn encode(o: &AvroOptions, ids: &[i64]) -> Vec<Vec<u8>> {
        let batch = RecordBatch::try_new(
            Arc::new(Schema::new(vec![
                Field::new("id", DataType::Int64, false),
                Field::new("text", DataType::Utf8View, false),
            ])),
            vec![
                Arc::new(Int64Array::from(ids.to_vec())),
                cast(
                    &(Arc::new(StringArray::from_iter_values(
                        ids.iter().map(|i| format!("t{i}")),
                    )) as ArrayRef),
                    &DataType::Utf8View,
                )
                .unwrap(),
            ],
        )
        .unwrap();
        let rows = AvroValueEncoder::new(o).unwrap().encode(&batch).unwrap();
        rows.iter().map(|b| b.to_vec()).collect()
    }

    fn ids(b: &RecordBatch) -> Vec<i64> {
        b.column(0).as_primitive::<Int64Type>().values().to_vec()
    }

    #[test]
    fn each_framing_round_trips_and_refuses_the_others() {
        for (enc, id) in [
            (AvroEncoding::Raw, None),
            (AvroEncoding::Confluent, Some(7)),
            (AvroEncoding::SingleObject, None),
        ] {
            let o = options(enc, id);
            let msgs = encode(&o, &[1, 2, 3]);
            match enc {
                AvroEncoding::Confluent => assert_eq!(&msgs[0][..5], &[0, 0, 0, 0, 7]),
                AvroEncoding::SingleObject => assert_eq!(&msgs[0][..2], &[0xC3, 0x01]),
                AvroEncoding::Raw => assert_eq!(msgs[0][0], 2, "zig-zag 1"),
            }
            let mut d = AvroValueDecoder::new(&o, 10).unwrap();
            for m in &msgs {
                d.feed(Some(m)).unwrap();
            }
            let b = d.flush().unwrap().unwrap();
            assert_eq!(ids(&b), vec![1, 2, 3]);
            assert_eq!(b.column(1).as_string::<i32>().value(2), "t3");
        }
        let raw = encode(&options(AvroEncoding::Raw, None), &[5]);
        let conf = options(AvroEncoding::Confluent, Some(8));
        let mut d = AvroValueDecoder::new(&conf, 10).unwrap();
        assert!(d
            .feed(Some(&raw[0]))
            .unwrap_err()
            .contains("Confluent wire format"));
        let other_id = encode(&options(AvroEncoding::Confluent, Some(9)), &[5]);
        let e = d.feed(Some(&other_id[0])).unwrap_err();
        assert!(
            e.contains("schema id 9") && e.contains("schema id 8"),
            "{e}"
        );
        let mut soe =
            AvroValueDecoder::new(&options(AvroEncoding::SingleObject, None), 10).unwrap();
        let mut wrong_fp = encode(&options(AvroEncoding::SingleObject, None), &[5]).remove(0);
        wrong_fp[5] ^= 0xFF;
        assert!(soe
            .feed(Some(&wrong_fp))
            .unwrap_err()
            .contains("fingerprint"));
    }

    #[test]
    fn bad_values_are_named_and_the_decoder_recovers() {
        let o = options(AvroEncoding::Raw, None);
        let good = encode(&o, &[10, 11]);
        let mut d = AvroValueDecoder::new(&o, 10).unwrap();
        // Truncated: the string is cut short.
        let cut = &good[0][..good[0].len() - 1];
        assert!(d
            .feed(Some(cut))
            .unwrap_err()
            .contains("not a complete Avro record"));
        d.reset().unwrap();
        // Trailing bytes after the record.
        let mut long = good[0].clone();
        long.extend_from_slice(&[0x02, 0x02]);
        assert!(d.feed(Some(&long)).is_err());
        d.reset().unwrap();
        // A negative string length.
        assert!(d.feed(Some(&[0x02, 0x01])).is_err());
        d.reset().unwrap();
        assert!(d.feed(None).unwrap_err().contains("no value"));
        assert!(d.feed(Some(&[])).unwrap_err().contains("no Avro record"));
        // After a reset, good values decode as before.
        d.feed(Some(&good[1])).unwrap();
        assert_eq!(ids(&d.flush().unwrap().unwrap()), vec![11]);
    }

    #[test]
    fn a_null_in_a_required_field_fails_the_insert() {
        let o = options(AvroEncoding::Raw, None);
        let batch = RecordBatch::try_new(
            Arc::new(Schema::new(vec![
                Field::new("id", DataType::Int64, true),
                Field::new("text", DataType::Utf8, true),
            ])),
            vec![
                Arc::new(Int64Array::from(vec![Some(1), None])),
                Arc::new(StringArray::from(vec!["a", "b"])),
            ],
        )
        .unwrap();
        let e = AvroValueEncoder::new(&o)
            .unwrap()
            .encode(&batch)
            .unwrap_err();
        assert!(e.to_string().contains("column id has NULLs"), "{e}");
    }
}
