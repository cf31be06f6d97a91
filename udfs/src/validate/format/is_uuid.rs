//! `is_uuid(str)`: is the string a UUID in its canonical 8-4-4-4-12 form?

use std::sync::OnceLock;

use datafusion::logical_expr::Documentation;

use super::predicate::{self, FormatPredicate, PredicateFunc};

/// The SQL name.
pub const NAME: &str = "is_uuid";

/// `is_uuid(str)`.
pub type IsUuidFunc = PredicateFunc<IsUuid>;

/// The format `is_uuid` checks.
#[derive(Debug)]
pub struct IsUuid;

impl FormatPredicate for IsUuid {
    const NAME: &'static str = NAME;

    fn check(s: &str) -> bool {
        is_uuid(s)
    }

    fn doc() -> &'static Documentation {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is a UUID in its canonical 8-4-4-4-12 hexadecimal \
                 form (either case), such as 123e4567-e89b-12d3-a456-426614174000.",
                "123e4567-e89b-12d3-a456-426614174000",
                "123e4567e89b",
            )
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_accepted_and_refused() {
        assert!(is_uuid("123E4567-e89b-12d3-a456-426614174000"));
        assert!(!is_uuid("123e4567-e89b-12d3-a456-42661417400g"));
    }
}
