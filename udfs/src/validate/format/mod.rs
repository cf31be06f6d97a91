//! Format predicates: `is_email`, `is_uuid`, `is_iso_datetime`, `is_url`, `is_ip`, `is_e164`,
//! one file each.
//!
//! Each is a strict scalar UDF from a string to a boolean (NULL in, NULL out), usable on its own
//! in `WHERE` or inside a contract's `CHECK (is_email(email))`. The validators are hand-written
//! byte scanners: they allocate nothing and compile nothing per row. [`predicate`] holds what
//! they share; [`Format`] names them for contracts (`format:email` rules).

pub mod is_e164;
pub mod is_email;
pub mod is_ip;
pub mod is_iso_datetime;
pub mod is_url;
pub mod is_uuid;
pub mod predicate;

use std::sync::Arc;

use datafusion::logical_expr::ScalarUDF;

/// The format predicates, in documentation order.
pub fn functions() -> Vec<Arc<ScalarUDF>> {
    vec![
        Arc::new(ScalarUDF::from(is_email::IsEmailFunc::new())),
        Arc::new(ScalarUDF::from(is_uuid::IsUuidFunc::new())),
        Arc::new(ScalarUDF::from(is_iso_datetime::IsIsoDatetimeFunc::new())),
        Arc::new(ScalarUDF::from(is_url::IsUrlFunc::new())),
        Arc::new(ScalarUDF::from(is_ip::IsIpFunc::new())),
        Arc::new(ScalarUDF::from(is_e164::IsE164Func::new())),
    ]
}

/// Which format a predicate checks, as contracts name it.
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
            Format::Email => is_email::NAME,
            Format::Uuid => is_uuid::NAME,
            Format::IsoDatetime => is_iso_datetime::NAME,
            Format::Url => is_url::NAME,
            Format::Ip => is_ip::NAME,
            Format::E164 => is_e164::NAME,
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
            Format::Email => is_email::is_email(s),
            Format::Uuid => is_uuid::is_uuid(s),
            Format::IsoDatetime => is_iso_datetime::is_iso_datetime(s),
            Format::Url => is_url::is_url(s),
            Format::Ip => is_ip::is_ip(s),
            Format::E164 => is_e164::is_e164(s),
        }
    }
}
