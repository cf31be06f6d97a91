//! `is_ip(str)`: is the string an IPv4 or IPv6 address?

use std::net::IpAddr;
use std::str::FromStr;
use std::sync::OnceLock;

use datafusion::logical_expr::Documentation;

use super::predicate::{self, FormatPredicate, PredicateFunc};

/// The SQL name.
pub const NAME: &str = "is_ip";

/// `is_ip(str)`.
pub type IsIpFunc = PredicateFunc<IsIp>;

/// The format `is_ip` checks.
#[derive(Debug)]
pub struct IsIp;

impl FormatPredicate for IsIp {
    const NAME: &'static str = NAME;

    fn check(s: &str) -> bool {
        is_ip(s)
    }

    fn doc() -> &'static Documentation {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is an IPv4 address in dotted-quad form or an IPv6 \
                 address.",
                "192.168.0.1",
                "192.168.0.256",
            )
        })
    }
}

/// IPv4 address in dotted-quad form or IPv6 address.
pub fn is_ip(s: &str) -> bool {
    IpAddr::from_str(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ips_accepted_and_refused() {
        assert!(is_ip("::1") && !is_ip("1.2.3.256"));
    }
}
