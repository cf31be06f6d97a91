//! Privacy: `find_pii`, `redact_pii` (personal data found by one multi-pattern automaton and
//! confirmed by checksums, shapes and cue words), `pseudonymize` (keyed HMAC-SHA-256 tokens)
//! and `normalize_email`, one file each. [`scanner`] is the shared PII scanner, [`checks`] its
//! check digits, [`kind`] the kinds it reports.
//!
//! Keys reach `pseudonymize` only through [`PrivacyOptions`], filled by privsql from its
//! configuration: no SQL can set one, and neither `Debug` nor any error shows a key's value.

mod args;
pub mod checks;
pub mod find_pii;
pub mod kind;
pub mod normalize_email;
pub mod pseudonymize;
pub mod redact_pii;
pub mod scanner;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use datafusion::logical_expr::ScalarUDF;

use crate::Functions;

pub use kind::{Kind, KindSet};

/// The key name reserved for a random key drawn once per process: tokens agree within one run
/// (so its outputs still join) and can never be recomputed afterwards, by anyone.
pub const EPHEMERAL_KEY: &str = "ephemeral";

/// The keys of `pseudonymize`, by name (names compared in lower case), with
/// [`EPHEMERAL_KEY`] always present. `Debug` lists the names only.
#[derive(Clone)]
pub struct PrivacyKeys(Arc<BTreeMap<String, Vec<u8>>>);

impl Default for PrivacyKeys {
    fn default() -> Self {
        Self::new([])
    }
}

impl PrivacyKeys {
    /// The keys, from `(name, secret)` pairs, and the process's ephemeral key (a configured key
    /// of that name is refused by privsql's config before it gets here).
    pub fn new<'a>(keys: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut map: BTreeMap<String, Vec<u8>> =
            keys.into_iter().map(|(n, k)| (n.to_ascii_lowercase(), k.as_bytes().to_vec())).collect();
        map.entry(EPHEMERAL_KEY.to_string()).or_insert_with(|| process_key().to_vec());
        Self(Arc::new(map))
    }

    /// The key named `name`.
    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.0.get(&name.to_ascii_lowercase()).map(Vec::as_slice)
    }

    /// The names of the keys.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// 256 bits drawn once per process from the standard library's hash seeds (128 bits of OS
/// randomness; no RNG crate needed for a key nobody ever sees).
fn process_key() -> &'static [u8; 32] {
    use std::hash::{BuildHasher, Hasher};
    static KEY: std::sync::OnceLock<[u8; 32]> = std::sync::OnceLock::new();
    KEY.get_or_init(|| {
        let seed = std::collections::hash_map::RandomState::new();
        let mut key = [0u8; 32];
        for (i, chunk) in key.chunks_mut(8).enumerate() {
            let mut h = seed.build_hasher();
            h.write_usize(i);
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
        key
    })
}

impl fmt::Debug for PrivacyKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivacyKeys").field("names", &self.names().collect::<Vec<_>>()).finish()
    }
}

impl PartialEq for PrivacyKeys {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for PrivacyKeys {}

impl std::hash::Hash for PrivacyKeys {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // The names only: a hash must not depend on (or reveal) a secret.
        for n in self.names() {
            n.hash(state);
        }
    }
}

/// What the privacy family takes from privsql's configuration (`[privacy]`).
#[derive(Debug, Clone, Default)]
pub struct PrivacyOptions {
    /// `[privacy.keys]`: the keys of `pseudonymize`.
    pub keys: PrivacyKeys,
}

/// The privacy family.
pub fn functions(options: &PrivacyOptions) -> Functions {
    Functions {
        scalar: vec![
            Arc::new(ScalarUDF::from(find_pii::FindPiiFunc::new())),
            Arc::new(ScalarUDF::from(redact_pii::RedactPiiFunc::new())),
            Arc::new(ScalarUDF::from(pseudonymize::PseudonymizeFunc::new(options.keys.clone()))),
            Arc::new(ScalarUDF::from(normalize_email::NormalizeEmailFunc::new())),
        ],
        ..Default::default()
    }
}
