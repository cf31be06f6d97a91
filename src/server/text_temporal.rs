//! PostgreSQL's text spelling (DateStyle ISO) of dates, timestamps without time zone and
//! decimals, written digit by digit into the output buffer as [`super::text`] writes integers:
//! no chrono formatter, no `format!`, no allocation per value. Shared by query results
//! ([`super::hooks::rows`]) and COPY ([`super::copy`]).
//!
//! The spelling is PostgreSQL's: `2024-03-01 10:00:00` (no fraction when it is zero),
//! `2024-03-01 10:00:00.25` (trailing zeros dropped), `0044-03-15 BC` for years before 1, years
//! past 9999 in as many digits as they take; numerics with exactly their scale (`1.50`).

use bytes::{BufMut, BytesMut};
use datafusion::arrow::array::{Array, AsArray};
use datafusion::arrow::datatypes::{
    TimeUnit, TimestampMicrosecondType, TimestampMillisecondType, TimestampNanosecondType,
    TimestampSecondType,
};

/// The raw value of row `row` of a timestamp column of `unit`.
#[inline]
pub fn timestamp_value(col: &dyn Array, unit: TimeUnit, row: usize) -> i64 {
    match unit {
        TimeUnit::Second => col.as_primitive::<TimestampSecondType>().value(row),
        TimeUnit::Millisecond => col.as_primitive::<TimestampMillisecondType>().value(row),
        TimeUnit::Microsecond => col.as_primitive::<TimestampMicrosecondType>().value(row),
        TimeUnit::Nanosecond => col.as_primitive::<TimestampNanosecondType>().value(row),
    }
}

/// Whether the session's DateStyle is ISO (the default, `ISO, MDY`), the only one spelled here.
pub fn iso_date_style(date_style: &str) -> bool {
    date_style
        .split(',')
        .next()
        .is_some_and(|s| s.trim().eq_ignore_ascii_case("iso"))
}

/// The civil date of `days` since 1970-01-01 (proleptic Gregorian; year 0 is 1 BC), after
/// Howard Hinnant's `civil_from_days`.
#[inline]
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[inline]
fn two(out: &mut BytesMut, v: u32) {
    out.put_slice(&[b'0' + (v / 10) as u8, b'0' + (v % 10) as u8]);
}

/// Write the date; whether it is BC (the caller appends ` BC` after whatever follows).
#[inline]
fn put_ymd(out: &mut BytesMut, days: i64) -> bool {
    let (year, month, day) = civil(days);
    let bc = year <= 0;
    let shown = if bc { 1 - year } else { year } as u64;
    if shown < 10_000 {
        let y = shown as u32;
        two(out, y / 100);
        two(out, y % 100);
    } else {
        out.put_slice(itoa::Buffer::new().format(shown).as_bytes());
    }
    out.put_u8(b'-');
    two(out, month);
    out.put_u8(b'-');
    two(out, day);
    bc
}

/// Append a `date` (Arrow Date32: days since 1970-01-01).
#[inline]
pub fn put_date(out: &mut BytesMut, days: i32) {
    if put_ymd(out, i64::from(days)) {
        out.put_slice(b" BC");
    }
}

/// Append a `timestamp` without time zone: `v` counts `unit`s since 1970-01-01 00:00:00.
/// PostgreSQL keeps microseconds: nanoseconds are rounded to the nearest one, as PostgreSQL
/// rounds a longer fraction it reads.
#[inline]
pub fn put_timestamp(out: &mut BytesMut, v: i64, unit: TimeUnit) {
    put_timestamp_with(out, v, unit, b"")
}

/// Append a `timestamp with time zone` shown in UTC: `v` counts `unit`s since 1970-01-01
/// 00:00:00 UTC; PostgreSQL spells the zone `+00` after the time (and before ` BC`).
#[inline]
pub fn put_timestamptz_utc(out: &mut BytesMut, v: i64, unit: TimeUnit) {
    put_timestamp_with(out, v, unit, b"+00")
}

/// Whether the session time zone `tz` (the `TimeZone` parameter) is UTC.
pub fn is_utc(tz: &str) -> bool {
    matches!(
        tz.to_ascii_lowercase().as_str(),
        "utc" | "etc/utc" | "gmt" | "etc/gmt" | "uct" | "etc/uct" | "universal" | "zulu" | "z"
            | "+00:00" | "+00" | "00:00" | "0"
    )
}

#[inline]
fn put_timestamp_with(out: &mut BytesMut, v: i64, unit: TimeUnit, zone: &[u8]) {
    let (v, per_second, digits): (i64, i64, usize) = match unit {
        TimeUnit::Second => (v, 1, 0),
        TimeUnit::Millisecond => (v, 1_000, 3),
        TimeUnit::Microsecond => (v, 1_000_000, 6),
        TimeUnit::Nanosecond => ((v.saturating_add(500)).div_euclid(1_000), 1_000_000, 6),
    };
    let secs = v.div_euclid(per_second);
    let frac = v.rem_euclid(per_second) as u64;
    let bc = put_ymd(out, secs.div_euclid(86_400));
    let sod = secs.rem_euclid(86_400) as u32;
    out.put_u8(b' ');
    two(out, sod / 3600);
    out.put_u8(b':');
    two(out, sod / 60 % 60);
    out.put_u8(b':');
    two(out, sod % 60);
    if frac != 0 {
        let mut buf = [b'0'; 10];
        buf[0] = b'.';
        let mut f = frac;
        for i in (1..=digits).rev() {
            buf[i] = b'0' + (f % 10) as u8;
            f /= 10;
        }
        let mut end = digits + 1;
        while buf[end - 1] == b'0' {
            end -= 1;
        }
        out.put_slice(&buf[..end]);
    }
    out.put_slice(zone);
    if bc {
        out.put_slice(b" BC");
    }
}

/// Append a `numeric` of `scale` (Arrow Decimal128 / Decimal64 / Decimal32 values): exactly
/// `scale` digits after the point, as PostgreSQL keeps a numeric's scale; a negative scale
/// appends zeros.
#[inline]
pub fn put_decimal(out: &mut BytesMut, v: i128, scale: i8) {
    if v < 0 {
        out.put_u8(b'-');
    }
    let mut b = itoa::Buffer::new();
    let digits = b.format(v.unsigned_abs()).as_bytes();
    if scale <= 0 {
        out.put_slice(digits);
        if v != 0 {
            for _ in 0..(-i32::from(scale)) {
                out.put_u8(b'0');
            }
        }
        return;
    }
    let scale = scale as usize;
    if digits.len() > scale {
        let (int, frac) = digits.split_at(digits.len() - scale);
        out.put_slice(int);
        out.put_u8(b'.');
        out.put_slice(frac);
    } else {
        out.put_slice(b"0.");
        for _ in digits.len()..scale {
            out.put_u8(b'0');
        }
        out.put_slice(digits);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::temporal_conversions::timestamp_us_to_datetime;

    fn ts(v: i64, unit: TimeUnit) -> String {
        let mut out = BytesMut::new();
        put_timestamp(&mut out, v, unit);
        String::from_utf8(out.to_vec()).unwrap()
    }

    fn date(days: i32) -> String {
        let mut out = BytesMut::new();
        put_date(&mut out, days);
        String::from_utf8(out.to_vec()).unwrap()
    }

    fn dec(v: i128, scale: i8) -> String {
        let mut out = BytesMut::new();
        put_decimal(&mut out, v, scale);
        String::from_utf8(out.to_vec()).unwrap()
    }

    #[test]
    fn timestamps_as_postgres_spells_them() {
        // Expected texts are PostgreSQL 15's `SELECT '...'::timestamp`.
        let us = TimeUnit::Microsecond;
        assert_eq!(ts(0, us), "1970-01-01 00:00:00");
        assert_eq!(ts(1_709_287_200_000_000, us), "2024-03-01 10:00:00");
        assert_eq!(ts(1_709_287_200_250_000, us), "2024-03-01 10:00:00.25");
        assert_eq!(ts(1_709_287_200_000_001, us), "2024-03-01 10:00:00.000001");
        assert_eq!(ts(-1, us), "1969-12-31 23:59:59.999999");
        assert_eq!(ts(-86_400_000_000 * 365, us), "1969-01-01 00:00:00");
        assert_eq!(ts(951_782_400, TimeUnit::Second), "2000-02-29 00:00:00");
        assert_eq!(ts(1_500, TimeUnit::Millisecond), "1970-01-01 00:00:01.5");
        // Nanoseconds round to PostgreSQL's microseconds.
        assert_eq!(ts(1_000_000_123, TimeUnit::Nanosecond), "1970-01-01 00:00:01");
        assert_eq!(
            ts(1_765_041_642_310_957_329, TimeUnit::Nanosecond),
            "2025-12-06 17:20:42.310957"
        );
        assert_eq!(ts(1_999_999_500, TimeUnit::Nanosecond), "1970-01-01 00:00:02");
        assert_eq!(ts(-1_500, TimeUnit::Nanosecond), "1969-12-31 23:59:59.999999");
        // 0044-03-15 BC 12:00:00 is year -43 in the proleptic calendar.
        assert_eq!(
            ts(-63_517_780_800, TimeUnit::Second),
            "0044-03-15 12:00:00 BC"
        );
        assert_eq!(
            ts(327_416_950_923, TimeUnit::Second),
            "12345-06-07 01:02:03"
        );
    }

    #[test]
    fn timestamps_agree_with_chrono_over_many_values() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..50_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Between the years 1 and 9999, which chrono's %Y spells as PostgreSQL does.
            let v = (x % 315_000_000_000_000_000) as i64 - 62_000_000_000_000_000;
            let dt = timestamp_us_to_datetime(v).unwrap();
            let expected = dt.format("%Y-%m-%d %H:%M:%S%.6f").to_string();
            let expected = trim_fraction(&expected);
            assert_eq!(ts(v, TimeUnit::Microsecond), expected, "{v}");
        }
    }

    fn trim_fraction(s: &str) -> String {
        let (main, bc) = s.strip_suffix(" BC").map_or((s, ""), |m| (m, " BC"));
        let main = main.trim_end_matches('0').trim_end_matches('.');
        format!("{main}{bc}")
    }

    #[test]
    fn dates_as_postgres_spells_them() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(-1), "1969-12-31");
        assert_eq!(date(19_783), "2024-03-01");
        // Day numbers from the proleptic Gregorian Julian day formula.
        assert_eq!(date(-735_160), "0044-03-15 BC");
        assert_eq!(date(-719_163), "0001-12-31 BC");
        assert_eq!(date(-719_162), "0001-01-01");
    }

    #[test]
    fn decimals_keep_their_scale() {
        // PostgreSQL: SELECT 123.45::numeric(10,2), -0.05::numeric(4,2), 1.50::numeric(4,2).
        assert_eq!(dec(12_345, 2), "123.45");
        assert_eq!(dec(-5, 2), "-0.05");
        assert_eq!(dec(150, 2), "1.50");
        assert_eq!(dec(0, 2), "0.00");
        assert_eq!(dec(7, 0), "7");
        assert_eq!(dec(-7, -2), "-700");
        assert_eq!(dec(0, -2), "0");
        assert_eq!(
            dec(i128::MAX, 38),
            "1.70141183460469231731687303715884105727"
        );
        assert_eq!(dec(-1, 38), "-0.00000000000000000000000000000000000001");
    }

    #[test]
    fn only_iso_date_style_is_spelled_here() {
        assert!(iso_date_style("ISO, MDY"));
        assert!(iso_date_style("iso"));
        assert!(!iso_date_style("SQL, DMY"));
        assert!(!iso_date_style("German"));
    }
}
