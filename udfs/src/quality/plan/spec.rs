//! What a quality table function was called with: which function ([`Kind`]), over which rows
//! ([`Source`]), with which contract and freshness interval ([`Spec`]).

/// What a quality table function computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Report,
    Score,
    Profile,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Report => "quality_report",
            Kind::Score => "quality_score",
            Kind::Profile => "profile",
        }
    }
}

/// Where the rows come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A table or view name, such as `messages` or `public.messages`.
    Table(String),
    /// A query, such as `SELECT * FROM synthetic_intents(1000, 42)`.
    Query(String),
}

/// Everything a quality table function was called with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub kind: Kind,
    pub source: Source,
    pub contract: Option<String>,
    /// How old the newest timestamp may be, as an interval literal (`'1 day'`).
    pub max_age: String,
}
