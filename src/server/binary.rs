//! PostgreSQL's binary format (each type's `typsend`) of the values most results are made of,
//! written straight into the output buffer: what the extended protocol sends for the columns a
//! client asks in binary (asyncpg always; JDBC, psycopg and tokio-postgres for some types or on
//! request). Shared by query results ([`super::hooks::rows`]).
//!
//! Widths follow the types arrow-pg announces in the RowDescription (`Int8` and `UInt8` are
//! `int2`, `UInt16` is `int4`, `UInt32` is `int8`); dates and timestamps count from PostgreSQL's
//! epoch, 2000-01-01 (a timestamp with a time zone is the same UTC instant as without);
//! `numeric` is base-10000 digits with leading and trailing zero groups dropped, as
//! PostgreSQL's `numeric_send` writes them.

use bytes::{BufMut, BytesMut};
use datafusion::arrow::array::{Array, AsArray};
use datafusion::arrow::datatypes::{
    DataType, Date32Type, Decimal128Type, Float32Type, Float64Type, Int16Type, Int32Type,
    Int64Type, Int8Type, TimeUnit, UInt16Type, UInt32Type, UInt8Type,
};
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};

use super::error::error;
use super::text_temporal::timestamp_value;

/// Days from 1970-01-01 to 2000-01-01.
const PG_EPOCH_DAYS: i32 = 10_957;
/// Microseconds from 1970-01-01 to 2000-01-01.
const PG_EPOCH_MICROS: i128 = 946_684_800_000_000;
/// `numeric`'s sign word of a negative value.
const NUMERIC_NEG: u16 = 0x4000;

/// Whether [`put_field`] writes columns of type `t`.
pub fn supported(t: &DataType) -> bool {
    match t {
        DataType::Decimal128(_, scale) => *scale >= 0,
        t => matches!(
            t,
            DataType::Boolean
                | DataType::Int8
                | DataType::Int16
                | DataType::Int32
                | DataType::Int64
                | DataType::UInt8
                | DataType::UInt16
                | DataType::UInt32
                | DataType::Float32
                | DataType::Float64
                | DataType::Utf8
                | DataType::LargeUtf8
                | DataType::Utf8View
                | DataType::Date32
                | DataType::Timestamp(_, _)
        ),
    }
}

/// Microseconds since 2000-01-01 of a timestamp `v` in `unit` (sub-microsecond digits dropped
/// toward zero, as chrono's `num_microseconds`), if it fits PostgreSQL's `int8`.
#[inline]
pub fn pg_micros(v: i64, unit: TimeUnit) -> Option<i64> {
    let v = i128::from(v);
    let micros = match unit {
        TimeUnit::Second => v * 1_000_000 - PG_EPOCH_MICROS,
        TimeUnit::Millisecond => v * 1_000 - PG_EPOCH_MICROS,
        TimeUnit::Microsecond => v - PG_EPOCH_MICROS,
        TimeUnit::Nanosecond => (v - PG_EPOCH_MICROS * 1_000) / 1_000,
    };
    i64::try_from(micros).ok()
}

fn out_of_range(what: &str) -> PgWireError {
    error(
        "22008",
        format!("{what} out of range for PostgreSQL's binary format"),
    )
}

/// Append a `numeric` value `v` with `scale` (>= 0) decimal digits after the point.
pub fn put_numeric(out: &mut BytesMut, v: i128, scale: i8) {
    let scale = scale.max(0) as usize;
    let mut buf = itoa::Buffer::new();
    let digits = buf.format(v.unsigned_abs()).as_bytes();
    let len = digits.len();
    let int_len = len.saturating_sub(scale);
    // The decimal digits padded with zeros to whole groups of four on both sides of the point.
    let lead = (4 - int_len % 4) % 4;
    let int_groups = (int_len + lead) / 4;
    let groups_total = int_groups + scale.div_ceil(4);
    let mut padded = [0u8; 96];
    for (i, d) in digits[..int_len].iter().enumerate() {
        padded[lead + i] = d - b'0';
    }
    for i in 0..scale {
        let from_end = scale - i;
        if from_end <= len {
            padded[int_groups * 4 + i] = digits[len - from_end] - b'0';
        }
    }
    let mut groups = [0i16; 24];
    for (g, group) in groups.iter_mut().enumerate().take(groups_total) {
        let d = &padded[g * 4..g * 4 + 4];
        *group =
            i16::from(d[0]) * 1000 + i16::from(d[1]) * 100 + i16::from(d[2]) * 10 + i16::from(d[3]);
    }
    let used = &groups[..groups_total];
    let (first, last) = match (
        used.iter().position(|g| *g != 0),
        used.iter().rposition(|g| *g != 0),
    ) {
        (Some(first), Some(last)) => (first, last),
        _ => {
            // Zero: no digits, weight 0, positive.
            out.put_i32(8);
            out.put_slice(&[0, 0, 0, 0, 0, 0]);
            out.put_u16(scale as u16);
            return;
        }
    };
    let ndigits = last - first + 1;
    out.put_i32(8 + 2 * ndigits as i32);
    out.put_i16(ndigits as i16);
    out.put_i16(int_groups as i16 - 1 - first as i16);
    out.put_u16(if v < 0 { NUMERIC_NEG } else { 0 });
    out.put_u16(scale as u16);
    for g in &used[first..=last] {
        out.put_i16(*g);
    }
}

/// Append row `row` of `col` (not null, of a [`supported`] type) as one binary field: its
/// length, then its bytes.
#[inline]
pub fn put_field(out: &mut BytesMut, col: &dyn Array, row: usize) -> PgWireResult<()> {
    match col.data_type() {
        DataType::Boolean => {
            out.put_i32(1);
            out.put_u8(u8::from(col.as_boolean().value(row)));
        }
        DataType::Int8 => {
            out.put_i32(2);
            out.put_i16(i16::from(col.as_primitive::<Int8Type>().value(row)));
        }
        DataType::UInt8 => {
            out.put_i32(2);
            out.put_i16(i16::from(col.as_primitive::<UInt8Type>().value(row)));
        }
        DataType::Int16 => {
            out.put_i32(2);
            out.put_i16(col.as_primitive::<Int16Type>().value(row));
        }
        DataType::UInt16 => {
            out.put_i32(4);
            out.put_i32(i32::from(col.as_primitive::<UInt16Type>().value(row)));
        }
        DataType::Int32 => {
            out.put_i32(4);
            out.put_i32(col.as_primitive::<Int32Type>().value(row));
        }
        DataType::UInt32 => {
            out.put_i32(8);
            out.put_i64(i64::from(col.as_primitive::<UInt32Type>().value(row)));
        }
        DataType::Int64 => {
            out.put_i32(8);
            out.put_i64(col.as_primitive::<Int64Type>().value(row));
        }
        DataType::Float32 => {
            out.put_i32(4);
            out.put_f32(col.as_primitive::<Float32Type>().value(row));
        }
        DataType::Float64 => {
            out.put_i32(8);
            out.put_f64(col.as_primitive::<Float64Type>().value(row));
        }
        DataType::Utf8 => put_bytes(out, col.as_string::<i32>().value(row).as_bytes()),
        DataType::LargeUtf8 => put_bytes(out, col.as_string::<i64>().value(row).as_bytes()),
        DataType::Utf8View => put_bytes(out, col.as_string_view().value(row).as_bytes()),
        DataType::Date32 => {
            let days = col.as_primitive::<Date32Type>().value(row);
            let days = days
                .checked_sub(PG_EPOCH_DAYS)
                .ok_or_else(|| out_of_range("date"))?;
            out.put_i32(4);
            out.put_i32(days);
        }
        DataType::Timestamp(unit, _) => {
            let micros = pg_micros(timestamp_value(col, *unit, row), *unit)
                .ok_or_else(|| out_of_range("timestamp"))?;
            out.put_i32(8);
            out.put_i64(micros);
        }
        DataType::Decimal128(_, scale) if *scale >= 0 => {
            put_numeric(out, col.as_primitive::<Decimal128Type>().value(row), *scale)
        }
        other => {
            return Err(PgWireError::ApiError(
                format!("binary rows: unsupported column type {other}").into(),
            ))
        }
    }
    Ok(())
}

#[inline]
fn put_bytes(out: &mut BytesMut, v: &[u8]) {
    out.put_i32(v.len() as i32);
    out.put_slice(v);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read back what [`put_numeric`] wrote, as PostgreSQL's `numeric_out` would print it.
    fn numeric_text(b: &[u8]) -> String {
        let word = |i: usize| i16::from_be_bytes([b[4 + 2 * i], b[5 + 2 * i]]);
        let (ndigits, weight, sign, dscale) = (
            word(0) as usize,
            word(1) as i32,
            word(2) as u16,
            word(3) as usize,
        );
        assert_eq!(
            i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize,
            8 + 2 * ndigits
        );
        let digits: Vec<i16> = (0..ndigits).map(|i| word(4 + i)).collect();
        assert!(ndigits == 0 || (digits[0] != 0 && digits[ndigits - 1] != 0));
        let group = |i: i32| -> i16 {
            // Group i counts from the point: 0 is the units group, -1 the first after the point.
            let at = weight - i;
            if at >= 0 && (at as usize) < ndigits {
                digits[at as usize]
            } else {
                0
            }
        };
        let mut int = String::new();
        for i in (0..=weight.max(0)).rev() {
            int.push_str(&format!("{:04}", group(i)));
        }
        let int = int.trim_start_matches('0');
        let mut s = String::from(if int.is_empty() { "0" } else { int });
        if dscale > 0 {
            let mut frac = String::new();
            for i in 1..=dscale.div_ceil(4) as i32 {
                frac.push_str(&format!("{:04}", group(-i)));
            }
            s.push('.');
            s.push_str(&frac[..dscale]);
        }
        if sign == NUMERIC_NEG {
            s.insert(0, '-');
        }
        s
    }

    #[test]
    fn numerics_read_back_as_their_decimal() {
        for (v, scale) in [
            (0i128, 0i8),
            (0, 3),
            (150, 2),
            (-150, 2),
            (1, 4),
            (1, 9),
            (12_345_678, 0),
            (100_000_000, 0),
            (-100_000_001, 4),
            (i128::MAX, 0),
            (i128::MIN + 1, 38),
            (99_990_000, 4),
            (5, 38),
        ] {
            let mut out = BytesMut::new();
            put_numeric(&mut out, v, scale);
            let mut text = BytesMut::new();
            super::super::text_temporal::put_decimal(&mut text, v, scale);
            let text = std::str::from_utf8(&text).unwrap();
            assert_eq!(numeric_text(&out), text, "{v} scale {scale}");
        }
    }

    #[test]
    fn timestamps_and_dates_count_from_2000() {
        assert_eq!(pg_micros(946_684_800, TimeUnit::Second), Some(0));
        assert_eq!(
            pg_micros(946_684_800_000_001, TimeUnit::Microsecond),
            Some(1)
        );
        assert_eq!(
            pg_micros(946_684_799_999, TimeUnit::Millisecond),
            Some(-1_000)
        );
        // Sub-microsecond digits are dropped toward zero on both sides of the epoch.
        assert_eq!(
            pg_micros(946_684_800_000_001_999, TimeUnit::Nanosecond),
            Some(1)
        );
        assert_eq!(
            pg_micros(946_684_799_999_998_001, TimeUnit::Nanosecond),
            Some(-1)
        );
        assert_eq!(pg_micros(i64::MAX, TimeUnit::Second), None);
        let dates = datafusion::arrow::array::Date32Array::from(vec![10_957, 0, 10_958]);
        let mut out = BytesMut::new();
        for row in 0..3 {
            put_field(&mut out, &dates, row).unwrap();
        }
        let expect: Vec<u8> = [0i32, -10_957, 1]
            .iter()
            .flat_map(|d| [4i32.to_be_bytes(), d.to_be_bytes()].concat())
            .collect();
        assert_eq!(&out[..], &expect[..]);
    }
}
