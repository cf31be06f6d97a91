//! Documentation sections for privsql's functions, shared by every family so that the function
//! list groups them the same way.

use datafusion::logical_expr::DocSection;

/// Intent classification: `classify_intent`, `intent_scores`, `intent_models`.
pub const CLASSIFY: DocSection = DocSection {
    include: true,
    label: "Privacy intent classification",
    description: Some("Find privacy requests in free text and tell which right they exercise."),
};

/// Contracts: `validate_schema` and friends.
pub const VALIDATE: DocSection = DocSection {
    include: true,
    label: "Data contracts",
    description: Some("Row-level contracts: types, required fields, ranges, patterns, formats."),
};

/// Data quality and profiling.
pub const QUALITY: DocSection = DocSection {
    include: true,
    label: "Data quality",
    description: Some("Quality reports, scores, outliers and profiles."),
};

/// Sampling and class balancing.
pub const SAMPLE: DocSection = DocSection {
    include: true,
    label: "Sampling and balancing",
    description: Some("Stratified, random and systematic samples; SMOTE and resampling."),
};

/// Text: language detection and normalisation.
pub const TEXT: DocSection = DocSection {
    include: true,
    label: "Text",
    description: Some("Which language a message is in, and the words a person wrote without quotes and signatures."),
};

/// Privacy: finding, redacting and pseudonymizing personal data.
pub const PRIVACY: DocSection = DocSection {
    include: true,
    label: "Privacy",
    description: Some("Find and redact personal data; keyed pseudonyms; canonical e-mail addresses."),
};

/// Sources: synthetic data and the table functions over external systems.
pub const SOURCES: DocSection = DocSection {
    include: true,
    label: "Sources",
    description: Some("Table functions that produce data: synthetic privacy requests and more."),
};

/// privsql's own introspection: the function list, the models, the contracts.
pub const SYSTEM: DocSection = DocSection {
    include: true,
    label: "System",
    description: Some("What this privsql knows: functions, models, contracts."),
};
