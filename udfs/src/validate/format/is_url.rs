//! `is_url(str)`: is the string an absolute URL (scheme, `://`, a host, no whitespace)?

use std::net::IpAddr;
use std::str::FromStr;
use std::sync::OnceLock;

use datafusion::logical_expr::Documentation;

use super::predicate::{self, is_domain, FormatPredicate, PredicateFunc};

/// The SQL name.
pub const NAME: &str = "is_url";

/// `is_url(str)`.
pub type IsUrlFunc = PredicateFunc<IsUrl>;

/// The format `is_url` checks.
#[derive(Debug)]
pub struct IsUrl;

impl FormatPredicate for IsUrl {
    const NAME: &'static str = NAME;

    fn check(s: &str) -> bool {
        is_url(s)
    }

    fn doc() -> &'static Documentation {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        DOC.get_or_init(|| {
            predicate::documentation(
                NAME,
                "Returns true when the string is an absolute URL: a scheme (a letter, then \
                 letters, digits, + - .), `://`, a non-empty host, and no whitespace.",
                "https://example.org/privacy?lang=en",
                "example.org/privacy",
            )
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_accepted_and_refused() {
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
    }
}
