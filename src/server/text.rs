//! PostgreSQL's text spelling of values, shared by query results ([`super::hooks::rows`])
//! and COPY ([`super::copy`]): numbers written straight into the output buffer, and the split of
//! a batch's buffer into one message per row.

use bytes::{BufMut, BytesMut};
use datafusion_postgres::pgwire::api::Type;
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};
use datafusion_postgres::pgwire::types::format::FormatOptions;
use datafusion_postgres::pgwire::types::ToSqlText;

/// Append the decimal digits of `v`.
#[inline]
pub fn put_int(out: &mut BytesMut, v: impl itoa::Integer) {
    out.put_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Append `v` as PostgreSQL writes a float8 in text: with `extra_float_digits` >= 1 (the
/// default) the shortest representation that reads back exactly, from `ryu` straight into
/// `out`; otherwise pgwire's own rounding formatter; `NaN`, `Infinity` and `-Infinity` as
/// PostgreSQL spells them (pgwire and arrow-pg write `inf`).
#[inline]
pub fn put_f64(out: &mut BytesMut, v: f64, options: &FormatOptions) -> PgWireResult<()> {
    put_float(out, v, &Type::FLOAT8, options)
}

/// [`put_f64`] for float4.
#[inline]
pub fn put_f32(out: &mut BytesMut, v: f32, options: &FormatOptions) -> PgWireResult<()> {
    put_float(out, v, &Type::FLOAT4, options)
}

/// [`put_f64`] for either width: `ty` is the Postgres type pgwire's formatter writes. Widening
/// to f64 keeps NaN, the infinities, the sign and zero, so the checks hold for f32 too; `ryu`
/// formats the value at its own width.
#[inline]
fn put_float<F>(out: &mut BytesMut, v: F, ty: &Type, options: &FormatOptions) -> PgWireResult<()>
where
    F: ryu::Float + ToSqlText + Into<f64> + Copy,
{
    let wide: f64 = v.into();
    // PostgreSQL spells the specials NaN, Infinity, -Infinity whatever extra_float_digits
    // says (pgwire's formatter writes `inf`, which JDBC's Double.parseDouble refuses).
    if wide.is_nan() {
        out.put_slice(b"NaN");
    } else if wide.is_infinite() {
        out.put_slice(if wide > 0.0 { b"Infinity" } else { b"-Infinity" });
    } else if options.extra_float_digits < 1 {
        return v
            .to_sql_text(ty, out, options)
            .map(|_| ())
            .map_err(PgWireError::ApiError);
    } else if wide == 0.0 {
        out.put_slice(b"0");
    } else {
        out.put_slice(ryu::Buffer::new().format_finite(v).as_bytes());
    }
    Ok(())
}

/// Split `out`, the rows of one batch written one after another, at the end offset of each row
/// (`ends`, increasing): one buffer per row, without copying.
pub fn split_rows(mut out: BytesMut, ends: Vec<usize>) -> impl Iterator<Item = BytesMut> {
    let mut prev = 0;
    ends.into_iter().map(move |end| {
        let row = out.split_to(end - prev);
        prev = end;
        row
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_pgwire_over_many_values() {
        // Deterministic spread over magnitudes, signs and special values.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            3.0,
            0.1,
            1e15,
            1e16,
            1e-5,
            1e20,
            5e-324,
            f64::MAX,
        ];
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push(f64::from_bits(x));
        }
        for digits in [1, 3, 0, -4] {
            let mut options = FormatOptions::default();
            options.extra_float_digits = digits;
            for &v in values.iter().filter(|v| v.is_finite()) {
                let (mut ours, mut theirs) = (BytesMut::new(), BytesMut::new());
                put_f64(&mut ours, v, &options).unwrap();
                v.to_sql_text(&Type::FLOAT8, &mut theirs, &options).unwrap();
                assert_eq!(ours, theirs, "{v:e} with extra_float_digits {digits}");
                let f = v as f32;
                if f.is_infinite() {
                    continue;
                }
                let (mut ours, mut theirs) = (BytesMut::new(), BytesMut::new());
                put_f32(&mut ours, f, &options).unwrap();
                f.to_sql_text(&Type::FLOAT4, &mut theirs, &options).unwrap();
                assert_eq!(ours, theirs, "{f:e} with extra_float_digits {digits}");
            }
        }
    }

    #[test]
    fn specials_as_postgres_spells_them() {
        // PostgreSQL 15: SELECT 'NaN'::float8, 'Infinity'::float8, '-Infinity'::float4.
        for digits in [1, 0] {
            let mut options = FormatOptions::default();
            options.extra_float_digits = digits;
            for (v, text) in [
                (f64::NAN, "NaN"),
                (f64::INFINITY, "Infinity"),
                (f64::NEG_INFINITY, "-Infinity"),
            ] {
                let mut out = BytesMut::new();
                put_f64(&mut out, v, &options).unwrap();
                assert_eq!(out, text.as_bytes(), "{v} with extra_float_digits {digits}");
                let mut out = BytesMut::new();
                put_f32(&mut out, v as f32, &options).unwrap();
                assert_eq!(out, text.as_bytes(), "{v} as float4");
            }
        }
    }

    #[test]
    fn rows_split_at_their_ends() {
        let out = BytesMut::from(&b"a\nbc\n\n"[..]);
        let rows: Vec<BytesMut> = split_rows(out, vec![2, 5, 6]).collect();
        assert_eq!(rows, vec![&b"a\n"[..], &b"bc\n"[..], &b"\n"[..]]);
    }
}
