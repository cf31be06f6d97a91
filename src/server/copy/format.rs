//! PostgreSQL's COPY text and CSV formats: the options of a `COPY` statement, and the encoding
//! of Arrow batches into COPY rows (COPY FROM STDIN parses the same formats, in
//! [`super::from_stdin`]).

use std::fmt::Write as _;

use bytes::{BufMut, BytesMut};
use datafusion::arrow::array::{Array, AsArray};
use datafusion::arrow::datatypes::{
    DataType, Date32Type, Decimal128Type, Float32Type, Float64Type, Int16Type, Int32Type,
    Int64Type, Int8Type, UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use datafusion::arrow::error::ArrowError;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::arrow::util::display::{ArrayFormatter, FormatOptions};
use datafusion::sql::sqlparser::ast::{CopyLegacyCsvOption, CopyLegacyOption, CopyOption};
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::pgwire::types::format::FormatOptions as PgFormatOptions;

use crate::server::error::error;
use crate::server::text::{put_f32, put_f64, put_int};
use crate::server::text_temporal::{
    put_date, put_decimal, put_timestamp, put_timestamptz_utc, timestamp_value,
};

/// Output options of one COPY.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyFormat {
    pub csv: bool,
    pub header: bool,
    pub delimiter: u8,
    pub null: String,
    pub quote: u8,
}

impl CopyFormat {
    /// From the statement's options; PostgreSQL's defaults otherwise.
    pub fn from_options(options: &[CopyOption], legacy: &[CopyLegacyOption]) -> PgWireResult<Self> {
        let mut csv = false;
        let (mut header, mut delimiter, mut null, mut quote) = (false, None, None, b'"');
        for o in options {
            match o {
                CopyOption::Format(f) => match f.value.to_lowercase().as_str() {
                    "csv" => csv = true,
                    "text" => csv = false,
                    "binary" => {
                        return Err(error(
                            "0A000",
                            "COPY ... TO STDOUT supports FORMAT text and csv, not binary",
                        ))
                    }
                    other => {
                        return Err(error(
                            "22023",
                            format!("COPY format \"{other}\" not recognized; expected text or csv"),
                        ))
                    }
                },
                CopyOption::Header(h) => header = *h,
                CopyOption::Delimiter(c) => delimiter = Some(ascii(*c, "DELIMITER")?),
                CopyOption::Null(n) => null = Some(n.clone()),
                CopyOption::Quote(c) => quote = ascii(*c, "QUOTE")?,
                CopyOption::Escape(_) | CopyOption::Encoding(_) => {}
                other => {
                    return Err(error(
                        "0A000",
                        format!("COPY option {other} is not supported"),
                    ))
                }
            }
        }
        for o in legacy {
            match o {
                CopyLegacyOption::Csv(opts) => {
                    csv = true;
                    for c in opts {
                        match c {
                            CopyLegacyCsvOption::Header => header = true,
                            CopyLegacyCsvOption::Quote(q) => quote = ascii(*q, "QUOTE")?,
                            _ => {}
                        }
                    }
                }
                CopyLegacyOption::Delimiter(c) => delimiter = Some(ascii(*c, "DELIMITER")?),
                CopyLegacyOption::Null(n) => null = Some(n.clone()),
                CopyLegacyOption::Header => header = true,
                CopyLegacyOption::Binary => {
                    return Err(error(
                        "0A000",
                        "COPY ... TO STDOUT supports FORMAT text and csv, not binary",
                    ))
                }
                other => {
                    return Err(error(
                        "0A000",
                        format!("COPY option {other} is not supported"),
                    ))
                }
            }
        }
        Ok(Self {
            csv,
            header,
            delimiter: delimiter.unwrap_or(if csv { b',' } else { b'\t' }),
            null: null.unwrap_or_else(|| if csv { String::new() } else { "\\N".to_owned() }),
            quote,
        })
    }

    /// Append one field value.
    fn put_value(&self, out: &mut BytesMut, v: &str) {
        if self.csv {
            let needs_quotes = v.is_empty()
                || v == self.null
                || v.bytes()
                    .any(|b| b == self.delimiter || b == self.quote || b == b'\n' || b == b'\r')
                || v.starts_with("\\.");
            if needs_quotes {
                out.put_u8(self.quote);
                for b in v.bytes() {
                    if b == self.quote {
                        out.put_u8(self.quote);
                    }
                    out.put_u8(b);
                }
                out.put_u8(self.quote);
            } else {
                out.put_slice(v.as_bytes());
            }
        } else {
            let bytes = v.as_bytes();
            let mut start = 0;
            for (i, &b) in bytes.iter().enumerate() {
                let esc: Option<&[u8]> = match b {
                    b'\\' => Some(b"\\\\"),
                    b'\n' => Some(b"\\n"),
                    b'\r' => Some(b"\\r"),
                    b'\t' => Some(b"\\t"),
                    _ if b == self.delimiter => None,
                    _ => continue,
                };
                out.put_slice(&bytes[start..i]);
                match esc {
                    Some(e) => out.put_slice(e),
                    None => {
                        out.put_u8(b'\\');
                        out.put_u8(b);
                    }
                }
                start = i + 1;
            }
            out.put_slice(&bytes[start..]);
        }
    }

    /// The header line.
    pub fn header_line(&self, names: &[&str]) -> BytesMut {
        let mut out = BytesMut::new();
        for (i, n) in names.iter().enumerate() {
            if i > 0 {
                out.put_u8(self.delimiter);
            }
            self.put_value(&mut out, n);
        }
        out.put_u8(b'\n');
        out
    }

    /// Format `batch` into `out`, one line per row; the end offset of each row goes to `ends`.
    /// Numbers are written as PostgreSQL writes them (floats after `extra_float_digits` in
    /// `pg`, through pgwire's formatter), never through escaping, which they cannot need.
    pub fn encode_batch(
        &self,
        batch: &RecordBatch,
        pg: &PgFormatOptions,
        out: &mut BytesMut,
        ends: &mut Vec<usize>,
    ) -> Result<(), ArrowError> {
        let options = FormatOptions::new()
            .with_null("")
            .with_date_format(Some("%Y-%m-%d"))
            .with_datetime_format(Some("%Y-%m-%d %H:%M:%S%.f"))
            .with_timestamp_format(Some("%Y-%m-%d %H:%M:%S%.f"))
            .with_timestamp_tz_format(Some("%Y-%m-%d %H:%M:%S%.f%:z"));
        let columns = batch.columns();
        let formatters = columns
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &options))
            .collect::<Result<Vec<_>, _>>()?;
        // Logical nulls: a NullArray (`SELECT NULL`) has no validity buffer but is all null.
        let nulls: Vec<_> = columns.iter().map(|c| c.logical_nulls()).collect();
        let mut scratch = String::new();
        for row in 0..batch.num_rows() {
            for (i, (col, fmt)) in columns.iter().zip(&formatters).enumerate() {
                if i > 0 {
                    out.put_u8(self.delimiter);
                }
                if nulls[i].as_ref().is_some_and(|n| n.is_null(row)) {
                    out.put_slice(self.null.as_bytes());
                    continue;
                }
                match col.data_type() {
                    // PostgreSQL spells booleans t/f.
                    DataType::Boolean => out.put_u8(if col.as_boolean().value(row) {
                        b't'
                    } else {
                        b'f'
                    }),
                    DataType::Int8 => put_int(out, col.as_primitive::<Int8Type>().value(row)),
                    DataType::Int16 => put_int(out, col.as_primitive::<Int16Type>().value(row)),
                    DataType::Int32 => put_int(out, col.as_primitive::<Int32Type>().value(row)),
                    DataType::Int64 => put_int(out, col.as_primitive::<Int64Type>().value(row)),
                    DataType::UInt8 => put_int(out, col.as_primitive::<UInt8Type>().value(row)),
                    DataType::UInt16 => put_int(out, col.as_primitive::<UInt16Type>().value(row)),
                    DataType::UInt32 => put_int(out, col.as_primitive::<UInt32Type>().value(row)),
                    DataType::UInt64 => put_int(out, col.as_primitive::<UInt64Type>().value(row)),
                    DataType::Float32 => {
                        let v = col.as_primitive::<Float32Type>().value(row);
                        put_f32(out, v, pg).map_err(|e| ArrowError::ExternalError(Box::new(e)))?;
                    }
                    DataType::Float64 => {
                        let v = col.as_primitive::<Float64Type>().value(row);
                        put_f64(out, v, pg).map_err(|e| ArrowError::ExternalError(Box::new(e)))?;
                    }
                    DataType::Date32 => put_date(out, col.as_primitive::<Date32Type>().value(row)),
                    DataType::Timestamp(unit, None) => {
                        put_timestamp(out, timestamp_value(col, *unit, row), *unit)
                    }
                    // In UTC, the server's TimeZone.
                    DataType::Timestamp(unit, Some(_)) => {
                        put_timestamptz_utc(out, timestamp_value(col, *unit, row), *unit)
                    }
                    DataType::Decimal128(_, scale) => {
                        put_decimal(out, col.as_primitive::<Decimal128Type>().value(row), *scale)
                    }
                    DataType::Utf8 => self.put_value(out, col.as_string::<i32>().value(row)),
                    DataType::LargeUtf8 => self.put_value(out, col.as_string::<i64>().value(row)),
                    DataType::Utf8View => self.put_value(out, col.as_string_view().value(row)),
                    _ => {
                        scratch.clear();
                        let _ = write!(scratch, "{}", fmt.value(row));
                        self.put_value(out, &scratch);
                    }
                }
            }
            out.put_u8(b'\n');
            ends.push(out.len());
        }
        Ok(())
    }
}

fn ascii(c: char, what: &str) -> PgWireResult<u8> {
    u8::try_from(c)
        .ok()
        .filter(|b| b.is_ascii() && *b != b'\n' && *b != b'\r')
        .ok_or_else(|| {
            error(
                "22023",
                format!("COPY {what} must be a single one-byte character"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{BooleanArray, Int64Array, StringArray};
    use datafusion::arrow::datatypes::{Field, Schema};
    use std::sync::Arc;

    fn batch() -> RecordBatch {
        let schema = Schema::new(vec![
            Field::new("id", DataType::Int64, true),
            Field::new("text", DataType::Utf8, true),
            Field::new("ok", DataType::Boolean, true),
        ]);
        RecordBatch::try_new(
            Arc::new(schema),
            vec![
                Arc::new(Int64Array::from(vec![Some(1), None])),
                Arc::new(StringArray::from(vec![Some("a\tb\\c\nd"), Some("x,\"y\"")])),
                Arc::new(BooleanArray::from(vec![Some(true), None])),
            ],
        )
        .unwrap()
    }

    fn encode(f: &CopyFormat) -> String {
        let (mut out, mut ends) = (BytesMut::new(), vec![]);
        f.encode_batch(&batch(), &PgFormatOptions::default(), &mut out, &mut ends)
            .unwrap();
        assert_eq!(ends.len(), 2);
        String::from_utf8(out.to_vec()).unwrap()
    }

    #[test]
    fn text_format_escapes_like_postgres() {
        let f = CopyFormat::from_options(&[], &[]).unwrap();
        assert_eq!(encode(&f), "1\ta\\tb\\\\c\\nd\tt\n\\N\tx,\"y\"\t\\N\n");
    }

    #[test]
    fn csv_format_quotes_like_postgres() {
        let f = CopyFormat::from_options(
            &[CopyOption::Format("csv".into()), CopyOption::Header(true)],
            &[],
        )
        .unwrap();
        assert_eq!(encode(&f), "1,\"a\tb\\c\nd\",t\n,\"x,\"\"y\"\"\",\n");
        assert_eq!(&f.header_line(&["id", "a,b"])[..], b"id,\"a,b\"\n");
        assert!(CopyFormat::from_options(&[CopyOption::Format("binary".into())], &[]).is_err());
    }

    #[test]
    fn numbers_are_spelled_like_postgres() {
        use datafusion::arrow::array::Float64Array;
        let schema = Schema::new(vec![
            Field::new("f", DataType::Float64, true),
            Field::new("i", DataType::Int64, true),
        ]);
        let batch = RecordBatch::try_new(
            Arc::new(schema),
            vec![
                Arc::new(Float64Array::from(vec![0.0, 0.1, 1234.5, f64::NAN, -2.5])),
                Arc::new(Int64Array::from(vec![0, -1, i64::MAX, i64::MIN, 42])),
            ],
        )
        .unwrap();
        let f = CopyFormat::from_options(&[], &[]).unwrap();
        let (mut out, mut ends) = (BytesMut::new(), vec![]);
        f.encode_batch(&batch, &PgFormatOptions::default(), &mut out, &mut ends)
            .unwrap();
        assert_eq!(
            String::from_utf8(out.to_vec()).unwrap(),
            "0\t0\n0.1\t-1\n1234.5\t9223372036854775807\nNaN\t-9223372036854775808\n-2.5\t42\n"
        );
    }
}
