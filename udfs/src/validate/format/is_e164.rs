//! `is_e164(str)`: is the string a phone number in E.164 form?

use std::sync::OnceLock;

use datafusion::logical_expr::Documentation;

use super::predicate::{self, FormatPredicate, PredicateFunc};

/// The SQL name.
pub const NAME: &str = "is_e164";

/// `is_e164(str)`.
pub type IsE164Func = PredicateFunc<IsE164>;

/// The format `is_e164` checks.
#[derive(Debug)]
pub struct IsE164;

impl FormatPredicate for IsE164 {
    const NAME: &'static str = NAME;

    fn check(s: &str) -> bool {
        is_e164(s)
    }

    fn doc() -> &'static Documentation {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is a phone number in E.164 form: `+`, a non-zero \
                 digit, then 1 to 14 more digits, nothing else.",
                "+4915123456789",
                "015123456789",
            )
        })
    }
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
    fn e164_numbers_accepted_and_refused() {
        assert!(is_e164("+4915123456789") && !is_e164("+0123") && !is_e164("+1234567890123456"));
    }
}
