//! `is_iso_datetime(str)`: is the string an ISO 8601 / RFC 3339 date-time with a real calendar
//! date?

use std::sync::OnceLock;

use datafusion::logical_expr::Documentation;

use super::predicate::{self, FormatPredicate, PredicateFunc};

/// The SQL name.
pub const NAME: &str = "is_iso_datetime";

/// `is_iso_datetime(str)`.
pub type IsIsoDatetimeFunc = PredicateFunc<IsIsoDatetime>;

/// The format `is_iso_datetime` checks.
#[derive(Debug)]
pub struct IsIsoDatetime;

impl FormatPredicate for IsIsoDatetime {
    const NAME: &'static str = NAME;

    fn check(s: &str) -> bool {
        is_iso_datetime(s)
    }

    fn doc() -> &'static Documentation {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is an ISO 8601 / RFC 3339 date-time: \
                 YYYY-MM-DD, `T` or a space, hh:mm, optional :ss and fraction (up to 9 digits), \
                 optional `Z` or ±hh:mm offset. The date must exist (leap years are checked).",
                "2024-02-29T13:45:00Z",
                "2023-02-29T13:45:00Z",
            )
        })
    }
}

fn digits(b: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = b.get(at..at + n)?;
    let mut v = 0u32;
    for c in part {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// ISO 8601 / RFC 3339 date-time with a real calendar date.
pub fn is_iso_datetime(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(y), Some(mo), Some(d)) = (digits(b, 0, 4), digits(b, 5, 2), digits(b, 8, 2)) else {
        return false;
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    if chrono::NaiveDate::from_ymd_opt(y as i32, mo, d).is_none() {
        return false;
    }
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return false;
    }
    let (Some(h), Some(mi)) = (digits(b, 11, 2), digits(b, 14, 2)) else {
        return false;
    };
    if b.get(13) != Some(&b':') || h > 23 || mi > 59 {
        return false;
    }
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        match digits(b, i + 1, 2) {
            Some(sec) if sec <= 60 => i += 3,
            _ => return false,
        }
        if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
            let start = i + 1;
            i = start;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start || i - start > 9 {
                return false;
            }
        }
    }
    match b.get(i) {
        None => true,
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            let Some(oh) = digits(b, i + 1, 2) else {
                return false;
            };
            let rest = &b[i + 3..];
            let om = match rest {
                [] => Some(0),
                [b':', ..] if rest.len() == 3 => digits(rest, 1, 2),
                _ if rest.len() == 2 => digits(rest, 0, 2),
                _ => None,
            };
            oh <= 23 && om.is_some_and(|m| m <= 59)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_datetimes_accepted_and_refused() {
        for ok in [
            "2024-02-29T13:45:00Z",
            "2024-01-01 00:00",
            "2024-01-01T10:20:30.123456+02:00",
            "2024-01-01T10:20:30-0500",
        ] {
            assert!(is_iso_datetime(ok), "{ok}");
        }
        for bad in [
            "2023-02-29T13:45:00Z",
            "2024-01-01",
            "2024-13-01T00:00",
            "2024-01-01T24:00",
            "2024-01-01T10:20:30+2",
        ] {
            assert!(!is_iso_datetime(bad), "{bad}");
        }
    }
}
