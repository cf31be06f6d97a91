//! privsql's intent taxonomy: the labels every model's sidecar draws from and every function
//! reports, and the mapping of the labels onto the seven of the first taxonomy (`v1`).

/// privsql's intent taxonomy, in the order `intent_scores` lists them: GDPR art. 15 / CCPA
/// right to know (access); 17 / right to delete (deletion); 16 / right to correct
/// (rectification); CCPA opt-out of sale or sharing; 21(2-3) objection to direct marketing;
/// 7(3) withdrawal of consent; 20 (portability); 18 / CCPA limit the use of sensitive data
/// (restriction); 21(1) objection to processing on legitimate interests or a public task
/// (objection); 22 solely automated decisions (automated_decision); and `none` for everything
/// else. A model's sidecar lists any of them (the embedded model of the first taxonomy lists the
/// seven of [`V1_INTENTS`]).
pub const INTENTS: [&str; 11] = [
    "access",
    "deletion",
    "rectification",
    "opt_out_sale",
    "opt_out_marketing",
    "consent_withdrawal",
    "portability",
    "restriction",
    "objection",
    "automated_decision",
    "none",
];

/// Index of `none` in [`INTENTS`].
pub const NONE: usize = INTENTS.len() - 1;

/// The seven labels of the first taxonomy (models `privsql-intent-hashed-v1`), which pipelines
/// written against it expect.
pub const V1_INTENTS: [&str; 7] =
    ["access", "deletion", "rectification", "opt_out_sale", "opt_out_marketing", "consent_withdrawal", "none"];

/// The label of the first taxonomy a label maps to, `None` for a string outside [`INTENTS`].
/// The seven labels map to themselves; of the four newer ones, each goes to the v1 label whose
/// handling serves the request best, never to `none` (that would drop a legal request):
/// `portability` (art. 20, a copy of one's data in a machine-readable format) is a kind of
/// `access`; `automated_decision` (art. 22) goes to `access` too, since its first demand is
/// the information about the logic involved that art. 15(1)(h) grants; `restriction` (art. 18)
/// and `objection` (art. 21(1)) both ask to stop processing, which the first taxonomy handled
/// as `consent_withdrawal` (its `opt_out_marketing` covers direct marketing only).
pub fn v1_label(label: &str) -> Option<&'static str> {
    match label {
        "portability" | "automated_decision" => Some("access"),
        "restriction" | "objection" => Some("consent_withdrawal"),
        _ => V1_INTENTS.iter().find(|l| **l == label).copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_maps_to_a_v1_label() {
        for l in INTENTS {
            let v1 = v1_label(l).unwrap_or_else(|| panic!("{l} has no v1 label"));
            assert!(V1_INTENTS.contains(&v1));
            assert_eq!(v1 == "none", l == "none", "{l} -> {v1}");
        }
        for l in V1_INTENTS {
            assert_eq!(v1_label(l), Some(l));
        }
        assert_eq!(v1_label("shopping"), None);
        assert_eq!(INTENTS[NONE], "none");
    }
}
