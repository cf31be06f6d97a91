//! Message values into Arrow, one batch at a time: JSON and CSV through one arrow-json /
//! arrow-csv decoder per reader thread, raw values as text or bytes, Avro through
//! [`super::avro`].
//!
//! Every message of a batch goes to one decoder (the fast path). Only when that batch holds a
//! message that does not decode are its messages decoded one by one, to find the culprits, so
//! that the reader can apply `on_error` to each.

use std::sync::Arc;

use datafusion::arrow::array::{ArrayRef, BinaryBuilder, RecordBatch, StringBuilder};
use datafusion::arrow::compute::{cast_with_options, concat_batches, CastOptions};
use datafusion::arrow::datatypes::{DataType, Schema, SchemaRef};
use datafusion::common::{plan_err, Result};
use rdkafka::message::{BorrowedMessage, Message};

use super::avro::AvroValueDecoder;
use super::options::{Format, KafkaOptions};
use super::redact::redact;

/// The format's name in messages about values that do not decode.
pub(super) fn format_name(f: Format) -> &'static str {
    match f {
        Format::Json => "JSON",
        Format::Csv => "CSV",
        Format::Raw => "UTF-8 text",
        Format::Avro => "Avro",
    }
}
/// The value decoder of one reader thread.
pub(super) enum ValueDecoder {
    Json {
        schema: SchemaRef,
        batch_size: usize,
        dec: datafusion::arrow::json::reader::Decoder,
    },
    Csv {
        schema: SchemaRef,
        delimiter: u8,
        batch_size: usize,
        dec: datafusion::arrow::csv::reader::Decoder,
    },
    Raw {
        schema: SchemaRef,
    },
    Avro {
        dec: Box<AvroValueDecoder>,
    },
}

/// Index of a message that does not decode, and why (redacted).
pub(super) type BadMessage = (usize, String);

impl ValueDecoder {
    pub(super) fn new(opts: &KafkaOptions, schema: &SchemaRef, batch_size: usize) -> Result<Self> {
        // Room for every message of a batch, so `decode` always consumes a whole message.
        let capacity = batch_size + 1;
        Ok(match opts.format {
            Format::Json => ValueDecoder::Json {
                schema: Arc::clone(schema),
                batch_size: capacity,
                dec: Self::json(schema, capacity)?,
            },
            Format::Csv => ValueDecoder::Csv {
                schema: Arc::clone(schema),
                delimiter: opts.csv_delimiter,
                batch_size: capacity,
                dec: Self::csv(schema, opts.csv_delimiter, capacity),
            },
            Format::Raw => ValueDecoder::Raw {
                schema: Arc::clone(schema),
            },
            Format::Avro => {
                let Some(avro) = &opts.avro else {
                    return plan_err!("Kafka format 'avro' without an Avro schema");
                };
                ValueDecoder::Avro {
                    dec: Box::new(AvroValueDecoder::new(avro, capacity)?),
                }
            }
        })
    }

    fn json(
        schema: &SchemaRef,
        batch_size: usize,
    ) -> Result<datafusion::arrow::json::reader::Decoder> {
        Ok(
            datafusion::arrow::json::ReaderBuilder::new(Arc::clone(schema))
                .with_batch_size(batch_size)
                .build_decoder()?,
        )
    }

    fn csv(
        schema: &SchemaRef,
        delimiter: u8,
        batch_size: usize,
    ) -> datafusion::arrow::csv::reader::Decoder {
        datafusion::arrow::csv::ReaderBuilder::new(Arc::clone(schema))
            .with_header(false)
            .with_delimiter(delimiter)
            .with_batch_size(batch_size)
            .build_decoder()
    }

    /// Feed one message; Err if it is not exactly one record.
    fn feed(&mut self, payload: Option<&[u8]>) -> std::result::Result<(), String> {
        let Some(p) = payload else {
            return Err("the message has no value".into());
        };
        match self {
            ValueDecoder::Json { dec, .. } => {
                let before = dec.len();
                dec.decode(p).map_err(|e| redact(&e.to_string()))?;
                if dec.has_partial_record() {
                    return Err("the value is not a complete JSON object".into());
                }
                match dec.len() - before {
                    1 => Ok(()),
                    0 => Err("the value is empty".into()),
                    k => Err(format!(
                        "the value holds {k} JSON values, expected one object"
                    )),
                }
            }
            ValueDecoder::Csv {
                dec, batch_size, ..
            } => {
                let before = *batch_size - dec.capacity();
                dec.decode(p).map_err(|e| redact(&e.to_string()))?;
                if !p.ends_with(b"\n") {
                    dec.decode(b"\n").map_err(|e| redact(&e.to_string()))?;
                }
                match (*batch_size - dec.capacity()) - before {
                    1 => Ok(()),
                    0 => Err("the value is not a complete CSV record".into()),
                    k => Err(format!("the value holds {k} CSV records, expected one")),
                }
            }
            ValueDecoder::Raw { .. } => Ok(()),
            ValueDecoder::Avro { dec } => dec.feed(Some(p)),
        }
    }

    fn flush(&mut self) -> std::result::Result<Option<RecordBatch>, String> {
        match self {
            ValueDecoder::Json { dec, .. } => dec.flush().map_err(|e| redact(&e.to_string())),
            ValueDecoder::Csv { dec, .. } => dec.flush().map_err(|e| redact(&e.to_string())),
            ValueDecoder::Raw { .. } => Ok(None),
            ValueDecoder::Avro { dec } => dec.flush(),
        }
    }

    /// A fresh decoder, after an error left this one mid-record.
    fn reset(&mut self) -> Result<()> {
        match self {
            ValueDecoder::Json {
                schema,
                batch_size,
                dec,
            } => *dec = Self::json(schema, *batch_size)?,
            ValueDecoder::Csv {
                schema,
                delimiter,
                batch_size,
                dec,
            } => *dec = Self::csv(schema, *delimiter, *batch_size),
            ValueDecoder::Raw { .. } => {}
            ValueDecoder::Avro { dec } => dec.reset()?,
        }
        Ok(())
    }

    /// Decode a batch: the value columns of the messages that decode, and the others.
    pub(super) fn decode(
        &mut self,
        msgs: &[BorrowedMessage<'_>],
    ) -> Result<(Option<RecordBatch>, Vec<BadMessage>)> {
        if let ValueDecoder::Raw { schema } = self {
            return Ok(Self::decode_raw(schema, msgs));
        }
        // Fast path: the whole batch through one decoder.
        let mut clean = true;
        for m in msgs {
            if self.feed(m.payload()).is_err() {
                clean = false;
                break;
            }
        }
        if clean {
            if let Ok(b) = self.flush() {
                return Ok((b, Vec::new()));
            }
        }
        // Slow path: one message at a time, to tell the bad from the good.
        self.reset()?;
        let mut good = Vec::with_capacity(msgs.len());
        let mut bad = Vec::new();
        for (i, m) in msgs.iter().enumerate() {
            match self.feed(m.payload()).and_then(|_| self.flush()) {
                Ok(Some(b)) => good.push(b),
                Ok(None) => bad.push((i, "the value is empty".to_string())),
                Err(e) => {
                    bad.push((i, e));
                    self.reset()?;
                }
            }
        }
        let schema = match self {
            ValueDecoder::Json { schema, .. }
            | ValueDecoder::Csv { schema, .. }
            | ValueDecoder::Raw { schema } => Arc::clone(schema),
            ValueDecoder::Avro { dec } => dec.schema(),
        };
        let values = if good.is_empty() {
            None
        } else {
            Some(concat_batches(&schema, &good)?)
        };
        Ok((values, bad))
    }

    fn decode_raw(
        schema: &SchemaRef,
        msgs: &[BorrowedMessage<'_>],
    ) -> (Option<RecordBatch>, Vec<BadMessage>) {
        let field = schema.field(0);
        let bytes: usize = msgs.iter().map(|m| m.payload_len()).sum();
        let mut bad = Vec::new();
        let array: ArrayRef = if matches!(
            field.data_type(),
            DataType::Binary | DataType::LargeBinary | DataType::BinaryView
        ) {
            let mut b = BinaryBuilder::with_capacity(msgs.len(), bytes);
            for m in msgs {
                b.append_option(m.payload());
            }
            Arc::new(b.finish())
        } else {
            let mut b = StringBuilder::with_capacity(msgs.len(), bytes);
            for (i, m) in msgs.iter().enumerate() {
                match m.payload().map(std::str::from_utf8) {
                    None => b.append_null(),
                    Some(Ok(s)) => b.append_value(s),
                    Some(Err(e)) => bad.push((
                        i,
                        format!(
                            "the value is not UTF-8 (invalid byte at position {})",
                            e.valid_up_to()
                        ),
                    )),
                }
            }
            Arc::new(b.finish())
        };
        let array = if array.data_type() == field.data_type() {
            array
        } else {
            match cast_with_options(&array, field.data_type(), &CastOptions::default()) {
                Ok(a) => a,
                Err(_) => array,
            }
        };
        let schema = Arc::new(Schema::new(vec![field
            .clone()
            .with_data_type(array.data_type().clone())]));
        (RecordBatch::try_new(schema, vec![array]).ok(), bad)
    }
}
