//! `is_email(str)`: is the string an email address (a dot-atom local part, `@`, a domain name
//! of two or more labels)?

use std::sync::OnceLock;

use datafusion::logical_expr::Documentation;

use super::predicate::{self, is_domain, FormatPredicate, PredicateFunc};

/// The SQL name.
pub const NAME: &str = "is_email";

/// `is_email(str)`.
pub type IsEmailFunc = PredicateFunc<IsEmail>;

/// The format `is_email` checks.
#[derive(Debug)]
pub struct IsEmail;

impl FormatPredicate for IsEmail {
    const NAME: &'static str = NAME;

    fn check(s: &str) -> bool {
        is_email(s)
    }

    fn doc() -> &'static Documentation {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is an email address: a dot-atom local part of at \
                 most 64 characters (letters, digits and !#$%&'*+/=?^_`{|}~-, no leading, \
                 trailing or double dots), `@`, and a domain of at least two dot-separated \
                 labels (letters, digits, inner hyphens, at most 63 characters each) whose last \
                 label is not numeric. Quoted local parts and IP-literal domains are refused.",
                "ana@example.org",
                "ana@@example",
            )
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_accepted_and_refused() {
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
    }
}
