//! privsql's intent taxonomy: the labels every model's sidecar draws from and every function
//! reports.

/// privsql's intent taxonomy, in the order `intent_scores` lists them: GDPR articles 15 and 20
/// (access, portability) / CCPA right to know; 17 / right to delete; 16 / right to correct;
/// CCPA opt-out of sale or sharing; 21(2-3) objection to direct marketing; 7(3) withdrawal of
/// consent; and `none` for everything else.
pub const INTENTS: [&str; 7] =
    ["access", "deletion", "rectification", "opt_out_sale", "opt_out_marketing", "consent_withdrawal", "none"];

/// Index of `none` in [`INTENTS`].
pub const NONE: usize = 6;
