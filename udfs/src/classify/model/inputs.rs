//! A model's input side, resolved from its sidecar at load (the hashed n-gram parameters, or the
//! loaded tokenizer and its padding id, with the graph's input names), and the [`Encoder`] that
//! turns a text into that input.

use std::path::Path;
use std::sync::Arc;

use datafusion::common::{exec_datafusion_err, Result};
use tokenizers::{Tokenizer, TruncationParams};

use super::sidecar::{FeaturizerSpec, Sidecar, TokenizerSpec};
use crate::classify::featurize::{Featurizer, HashedNgrams};

/// A model's input side, resolved from its sidecar at load: the featurizer or the loaded
/// tokenizer, and the graph's input names.
pub(super) enum Inputs {
    /// Hashed n-grams; the graph's `indices` and `values` inputs.
    Hashed { params: HashedNgrams, indices: String, values: String },
    /// A tokenizer (truncating to `spec.max_length`, not padding) and the id that pads its rows
    /// (its padding id, else `[PAD]`'s or `<pad>`'s, else 0; the attention mask hides it);
    /// `spec` names the graph's inputs.
    Tokens { tokenizer: Arc<Tokenizer>, pad_id: i64, spec: TokenizerSpec },
}

impl Inputs {
    /// The input side `sidecar` describes; `side` is the sidecar file (a tokenizer is found
    /// beside it), `None` for an embedded model, which must be hashed.
    pub(super) fn resolve(sidecar: &Sidecar, origin: &str, side: Option<&Path>) -> Result<Self> {
        let bad = |what: &str| Err(exec_datafusion_err!("intent model sidecar {origin}: {what}"));
        match (&sidecar.featurizer, &sidecar.indices_input, &sidecar.values_input) {
            (FeaturizerSpec::HashedNgrams(p), Some(i), Some(v)) => {
                Ok(Self::Hashed { params: p.clone(), indices: i.clone(), values: v.clone() })
            }
            (FeaturizerSpec::HashedNgrams(_), _, _) => {
                bad("a \"hashed_ngrams\" model needs `indices_input` and `values_input` (its graph's input names)")
            }
            (FeaturizerSpec::HfTokenizer(_), i, v) if i.is_some() || v.is_some() => bad(
                "`indices_input` and `values_input` belong to \"hashed_ngrams\" models; an \"hf_tokenizer\" \
                 model names its inputs in the featurizer (`input_ids`, `attention_mask`, `token_type_ids`)",
            ),
            (FeaturizerSpec::HfTokenizer(t), _, _) => {
                let Some(side) = side else {
                    return bad("an embedded model must be \"hashed_ngrams\"");
                };
                let (tokenizer, pad_id) = load_tokenizer(side, t)?;
                Ok(Self::Tokens { tokenizer, pad_id, spec: t.clone() })
            }
        }
    }
}

/// Turns a text into a model's input: hashed n-gram features, or a tokenizer's token ids.
// The featurizer is large, but an encoder is taken from the pool once per batch, not per text.
#[allow(clippy::large_enum_variant)]
pub enum Encoder {
    Hashed(Featurizer),
    Tokens(Arc<Tokenizer>),
}

impl Encoder {
    /// Appends `text`'s features (feature indices and weights; for a tokenizer, its token ids
    /// with weight 1) and returns how many: 0 for a text without a letter or digit, which is
    /// `none` without running the model.
    pub fn encode(&mut self, text: &str, indices: &mut Vec<i64>, values: &mut Vec<f32>) -> Result<usize> {
        match self {
            Self::Hashed(f) => Ok(f.featurize(text, indices, values)),
            Self::Tokens(t) => {
                if !text.chars().any(char::is_alphanumeric) {
                    return Ok(0);
                }
                // Ids only, no character offsets (`encode_fast`; same ids as `encode`). The
                // tokenizer's error is not shown: it may quote the text.
                let enc = t.encode_fast(text, true).map_err(|_| {
                    exec_datafusion_err!("intent model tokenizer: cannot encode a text of {} bytes", text.len())
                })?;
                let ids = enc.get_ids();
                indices.extend(ids.iter().map(|&i| i as i64));
                values.resize(values.len() + ids.len(), 1.0);
                Ok(ids.len())
            }
        }
    }
}

/// The tokenizer a sidecar names, relative to the sidecar's directory, set to truncate to the
/// sidecar's `max_length` and not to pad (rows are padded per chunk); and its padding id.
fn load_tokenizer(sidecar: &Path, spec: &TokenizerSpec) -> Result<(Arc<Tokenizer>, i64)> {
    let path = sidecar.parent().unwrap_or(Path::new("")).join(&spec.tokenizer);
    let fail = |what: String| {
        exec_datafusion_err!("intent model sidecar {}: tokenizer {}: {what}", sidecar.display(), path.display())
    };
    let mut t = Tokenizer::from_file(&path).map_err(|e| fail(format!("cannot load: {e}")))?;
    let pad_id = t
        .get_padding()
        .map(|p| p.pad_id)
        .or_else(|| t.token_to_id("[PAD]"))
        .or_else(|| t.token_to_id("<pad>"))
        .unwrap_or(0);
    t.with_padding(None);
    t.with_truncation(Some(TruncationParams { max_length: spec.max_length, ..Default::default() }))
        .map_err(|e| fail(format!("cannot truncate to max_length {}: {e}", spec.max_length)))?;
    Ok((Arc::new(t), pad_id as i64))
}
