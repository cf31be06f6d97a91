//! Format predicates: `is_email`, `is_uuid`, `is_iso_datetime`, `is_url`, `is_ip`, `is_e164`.
//!
//! Each is a strict scalar UDF from a string to a boolean (NULL in, NULL out), usable on its own
//! in `WHERE` or inside a contract's `CHECK (is_email(email))`. The validators are hand-written
//! byte scanners: they allocate nothing and compile nothing per row.

use std::net::IpAddr;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, Result, ScalarValue};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};

use crate::doc;

/// Which format a [`FormatFunc`] checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Email,
    Uuid,
    IsoDatetime,
    Url,
    Ip,
    E164,
}

impl Format {
    /// Every format, in documentation order.
    pub const ALL: [Format; 6] = [
        Format::Email,
        Format::Uuid,
        Format::IsoDatetime,
        Format::Url,
        Format::Ip,
        Format::E164,
    ];

    /// The SQL function name.
    pub fn function_name(self) -> &'static str {
        match self {
            Format::Email => "is_email",
            Format::Uuid => "is_uuid",
            Format::IsoDatetime => "is_iso_datetime",
            Format::Url => "is_url",
            Format::Ip => "is_ip",
            Format::E164 => "is_e164",
        }
    }

    /// The short name used as a contract rule name (`format:email`).
    pub fn short_name(self) -> &'static str {
        match self {
            Format::Email => "email",
            Format::Uuid => "uuid",
            Format::IsoDatetime => "iso_datetime",
            Format::Url => "url",
            Format::Ip => "ip",
            Format::E164 => "e164",
        }
    }

    /// Find a format by its SQL function name.
    pub fn from_function_name(name: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.function_name().eq_ignore_ascii_case(name))
    }

    /// Does `s` have this format?
    pub fn check(self, s: &str) -> bool {
        match self {
            Format::Email => is_email(s),
            Format::Uuid => is_uuid(s),
            Format::IsoDatetime => is_iso_datetime(s),
            Format::Url => is_url(s),
            Format::Ip => IpAddr::from_str(s).is_ok(),
            Format::E164 => is_e164(s),
        }
    }

    fn documentation(self) -> Documentation {
        let (what, example_ok, example_bad) = match self {
            Format::Email => (
                "Returns true when the string is an email address: a dot-atom local part of at \
                 most 64 characters (letters, digits and !#$%&'*+/=?^_`{|}~-, no leading, \
                 trailing or double dots), `@`, and a domain of at least two dot-separated \
                 labels (letters, digits, inner hyphens, at most 63 characters each) whose last \
                 label is not numeric. Quoted local parts and IP-literal domains are refused.",
                "ana@example.org",
                "ana@@example",
            ),
            Format::Uuid => (
                "Returns true when the string is a UUID in its canonical 8-4-4-4-12 hexadecimal \
                 form (either case), such as 123e4567-e89b-12d3-a456-426614174000.",
                "123e4567-e89b-12d3-a456-426614174000",
                "123e4567e89b",
            ),
            Format::IsoDatetime => (
                "Returns true when the string is an ISO 8601 / RFC 3339 date-time: \
                 YYYY-MM-DD, `T` or a space, hh:mm, optional :ss and fraction (up to 9 digits), \
                 optional `Z` or ±hh:mm offset. The date must exist (leap years are checked).",
                "2024-02-29T13:45:00Z",
                "2023-02-29T13:45:00Z",
            ),
            Format::Url => (
                "Returns true when the string is an absolute URL: a scheme (a letter, then \
                 letters, digits, + - .), `://`, a non-empty host, and no whitespace.",
                "https://example.org/privacy?lang=en",
                "example.org/privacy",
            ),
            Format::Ip => (
                "Returns true when the string is an IPv4 address in dotted-quad form or an IPv6 \
                 address.",
                "192.168.0.1",
                "192.168.0.256",
            ),
            Format::E164 => (
                "Returns true when the string is a phone number in E.164 form: `+`, a non-zero \
                 digit, then 1 to 14 more digits, nothing else.",
                "+4915123456789",
                "015123456789",
            ),
        };
        let name = self.function_name();
        Documentation::builder(doc::VALIDATE, what, format!("{name}(str)"))
            .with_argument("str", "A string expression; NULL gives NULL.")
            .with_sql_example(format!(
                "SELECT {name}('{example_ok}') AS ok, {name}('{example_bad}') AS bad;\n-- ok: true, bad: false"
            ))
            .build()
    }
}

/// A format predicate as a scalar UDF.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct FormatFunc {
    format: Format,
    signature: Signature,
}

impl FormatFunc {
    pub fn new(format: Format) -> Self {
        Self {
            format,
            signature: Signature::string(1, Volatility::Immutable),
        }
    }
}

fn docs() -> &'static [Documentation; 6] {
    static DOCS: OnceLock<[Documentation; 6]> = OnceLock::new();
    DOCS.get_or_init(|| Format::ALL.map(Format::documentation))
}

impl ScalarUDFImpl for FormatFunc {
    fn name(&self) -> &str {
        self.format.function_name()
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Boolean)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let [arg] = args.args.as_slice() else {
            return exec_err!("{} takes exactly one argument", self.name());
        };
        let f = self.format;
        match arg {
            ColumnarValue::Scalar(s) => {
                let out = match s {
                    ScalarValue::Utf8(v) | ScalarValue::LargeUtf8(v) | ScalarValue::Utf8View(v) => {
                        v.as_deref().map(|s| f.check(s))
                    }
                    ScalarValue::Null => None,
                    other => {
                        return exec_err!(
                            "{} expects a string, got {}",
                            self.name(),
                            other.data_type()
                        )
                    }
                };
                Ok(ColumnarValue::Scalar(ScalarValue::Boolean(out)))
            }
            ColumnarValue::Array(a) => Ok(ColumnarValue::Array(check_array(f, a, self.name())?)),
        }
    }

    fn documentation(&self) -> Option<&Documentation> {
        let i = Format::ALL.iter().position(|f| *f == self.format)?;
        Some(&docs()[i])
    }
}

/// Apply `format` to every value of a string array; nulls stay null.
pub fn check_array(format: Format, array: &ArrayRef, name: &str) -> Result<ArrayRef> {
    let out: BooleanArray = match array.data_type() {
        DataType::Utf8 => array
            .as_string::<i32>()
            .iter()
            .map(|v| v.map(|s| format.check(s)))
            .collect(),
        DataType::LargeUtf8 => array
            .as_string::<i64>()
            .iter()
            .map(|v| v.map(|s| format.check(s)))
            .collect(),
        DataType::Utf8View => array
            .as_string_view()
            .iter()
            .map(|v| v.map(|s| format.check(s)))
            .collect(),
        DataType::Null => BooleanArray::new_null(array.len()),
        other => return exec_err!("{name} expects a string, got {other}"),
    };
    Ok(Arc::new(out))
}

fn is_atext(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~-".contains(&b)
}

/// Email address: dot-atom local part, `@`, a domain name of two or more labels.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || s.len() > 254 {
        return false;
    }
    // Dot-atom: atoms of atext separated by single dots.
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return false;
    }
    if !local.bytes().all(|b| b == b'.' || is_atext(b)) {
        return false;
    }
    is_domain(domain, 2)
}

/// A DNS host name of at least `min_labels` labels whose last label is not all digits.
fn is_domain(domain: &str, min_labels: usize) -> bool {
    if domain.is_empty() || domain.len() > 253 {
        return false;
    }
    let mut labels = 0;
    let mut last = "";
    for label in domain.split('.') {
        let b = label.as_bytes();
        if b.is_empty() || b.len() > 63 || b[0] == b'-' || b[b.len() - 1] == b'-' {
            return false;
        }
        if !b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-') {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= min_labels && !last.bytes().all(|c| c.is_ascii_digit())
}

/// Canonical 8-4-4-4-12 UUID.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
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

/// Absolute URL: scheme, `://`, a non-empty authority, no whitespace anywhere.
pub fn is_url(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    let sb = scheme.as_bytes();
    if sb.is_empty()
        || !sb[0].is_ascii_alphabetic()
        || !sb
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b"+-.".contains(c))
    {
        return false;
    }
    if s.bytes()
        .any(|c| c.is_ascii_whitespace() || c.is_ascii_control())
    {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host_port.starts_with('[') {
        // IPv6 literal.
        match host_port.split_once(']') {
            Some((h, port)) => {
                if !(port.is_empty() || port.strip_prefix(':').is_some_and(is_port)) {
                    return false;
                }
                return IpAddr::from_str(&h[1..]).is_ok();
            }
            None => return false,
        }
    } else {
        match host_port.rsplit_once(':') {
            Some((h, port)) => {
                if !is_port(port) {
                    return false;
                }
                h
            }
            None => host_port,
        }
    };
    !host.is_empty() && (is_domain(host, 1) || IpAddr::from_str(host).is_ok())
}

fn is_port(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 5
        && p.bytes().all(|c| c.is_ascii_digit())
        && p.parse::<u32>().is_ok_and(|v| v <= 65535)
}

/// E.164 phone number: `+`, a digit 1-9, then 1 to 14 digits.
pub fn is_e164(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b.len() <= 16
        && b[0] == b'+'
        && (b'1'..=b'9').contains(&b[1])
        && b[2..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_accept_and_refuse() {
        assert!(is_email("ana.maria+tag@mail.example.org"));
        for bad in [
            "ana",
            "ana@",
            "@x.org",
            "a..b@x.org",
            ".a@x.org",
            "a@x",
            "a@-x.org",
            "a b@x.org",
            "a@x.123",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_uuid("123E4567-e89b-12d3-a456-426614174000"));
        assert!(!is_uuid("123e4567-e89b-12d3-a456-42661417400g"));
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
        assert!(is_url("https://example.org:8443/a?b#c"));
        assert!(is_url("http://[::1]:8080/"));
        for bad in [
            "example.org",
            "https://",
            "https://exa mple.org",
            "1http://x.org",
            "http://x.org:99999",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
        assert!(Format::Ip.check("::1") && !Format::Ip.check("1.2.3.256"));
        assert!(is_e164("+4915123456789") && !is_e164("+0123") && !is_e164("+1234567890123456"));
    }
}
