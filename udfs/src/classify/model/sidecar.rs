//! The JSON sidecar beside a model's ONNX file: its input side (hashed n-grams or a Hugging Face
//! tokenizer), the graph's input and output names, what the output holds, the labels, and the
//! checks a sidecar must pass on its own (labels from privsql's taxonomy, sane lengths).

use datafusion::common::{exec_datafusion_err, Result};
use serde::{Deserialize, Serialize};

use crate::classify::featurize::HashedNgrams;
use crate::classify::taxonomy::{INTENTS, NONE};

/// The input side of a model, as its sidecar names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FeaturizerSpec {
    /// Hashed word and character n-grams computed by [`Featurizer`].
    HashedNgrams(HashedNgrams),
    /// A Hugging Face `tokenizer.json` (transformer models), run by the `tokenizers` crate.
    HfTokenizer(TokenizerSpec),
}

/// The input side of a transformer model: its tokenizer and the graph's input names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenizerSpec {
    /// The `tokenizer.json` file, relative to the sidecar's directory (or absolute).
    pub tokenizer: String,
    /// Longest token sequence (special tokens included) given to the graph; longer texts are
    /// truncated by the tokenizer. 512 unless set.
    #[serde(default = "default_max_length")]
    pub max_length: usize,
    /// Graph input of the token ids (int64 `[N, T]`).
    pub input_ids: String,
    /// Graph input of the attention mask (int64 `[N, T]`, 1 for a token, 0 for padding).
    pub attention_mask: String,
    /// Graph input of the token type ids (int64 `[N, T]`, all 0 for one text), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type_ids: Option<String>,
}

fn default_max_length() -> usize {
    512
}

/// What a model's output holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutputKind {
    /// Probabilities (each row sums to 1), used as they are.
    #[default]
    Probabilities,
    /// Unnormalised scores, turned into probabilities by a softmax (what exported transformer
    /// classifiers return).
    Logits,
}

impl FeaturizerSpec {
    /// The `input kind` shown by `intent_models()`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::HashedNgrams(_) => "hashed_ngrams",
            Self::HfTokenizer { .. } => "hf_tokenizer",
        }
    }
}

/// The sidecar JSON next to a model's ONNX file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sidecar {
    /// Free-form model name and version, such as `privsql-intent-hashed-v1`.
    pub model: String,
    pub featurizer: FeaturizerSpec,
    /// Graph input holding the feature indices (int64 `[N, L]`): hashed n-gram models.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indices_input: Option<String>,
    /// Graph input holding the feature weights (float `[N, L]`): hashed n-gram models.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values_input: Option<String>,
    /// Graph output holding a score per class (float `[N, C]`).
    pub output: String,
    /// Whether `output` holds probabilities (the default) or logits.
    #[serde(default)]
    pub output_kind: OutputKind,
    /// The label of each output column, from privsql's taxonomy.
    pub labels: Vec<String>,
    /// Per label, the probability at or above which `classify_intents` lists it beside the
    /// primary intent (calibrated in training); [`DEFAULT_LABEL_THRESHOLD`] for a label without
    /// one.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub thresholds: std::collections::BTreeMap<String, f64>,
    /// A second graph over the same inputs giving each label its own probability (one-vs-rest),
    /// which `classify_intents` reads for the intents beside the primary one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels_head: Option<LabelsHead>,
    /// Which request of a combined one is the primary: when the top label is a rule's `over`
    /// and the rule's `label` has at least `ratio` times its probability (or, for a rule with
    /// `head`, at least that probability in the labels head), the primary intent is `label` (access before
    /// portability, deletion before consent withdrawal, ...). Chosen in training; empty for a
    /// model without rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub precedence: Vec<Precedence>,
    /// Measured figures from the model card (macro-F1 and so on), shown by `intent_models()`.
    #[serde(default)]
    pub metrics: serde_json::Map<String, serde_json::Value>,
}

/// A model's labels head: a graph with the model's inputs whose output holds an independent
/// probability per label (a sigmoid each, in the sidecar's label order), and per label the
/// probability at or above which `classify_intents` lists it beside the primary intent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelsHead {
    /// The head's ONNX file, relative to the sidecar's directory (or absolute).
    pub graph: String,
    /// Graph output holding the probabilities (float `[N, C]`).
    pub output: String,
    /// Per label, the listing threshold; [`DEFAULT_LABEL_THRESHOLD`] for a label without one.
    #[serde(default)]
    pub thresholds: std::collections::BTreeMap<String, f64>,
}

/// One rule of [`Sidecar::precedence`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Precedence {
    /// The intent that comes first when both are asked for.
    pub label: String,
    /// The intent it comes before.
    pub over: String,
    /// The least probability of `label`, as a share of the probability of `over`, at which a
    /// text whose top label is `over` gets `label` as its primary intent (in `(0, 1]`).
    pub ratio: f64,
    /// The rule applies as well when the labels head gives `label` at least this probability
    /// (in `(0, 1]`): the head's sigmoid per label is not starved by `over` as the softmax's
    /// share is, so a letter asking for both is read as asking for both. Needs a `labels_head`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<f64>,
}

/// The threshold of a label whose sidecar gives none (see [`Sidecar::thresholds`]).
pub const DEFAULT_LABEL_THRESHOLD: f64 = 0.5;

impl Sidecar {
    /// The sidecar of this model's labels head, if it has one: the same input side and labels,
    /// the head's output (probabilities as they are) and thresholds, and no head of its own.
    pub fn head_sidecar(&self) -> Option<Sidecar> {
        let h = self.labels_head.as_ref()?;
        Some(Sidecar {
            output: h.output.clone(),
            output_kind: OutputKind::Probabilities,
            thresholds: h.thresholds.clone(),
            labels_head: None,
            precedence: Vec::new(),
            ..self.clone()
        })
    }

    /// The threshold of each output column (see [`Sidecar::thresholds`]), in label order.
    pub fn label_thresholds(&self) -> Vec<f64> {
        self.labels.iter().map(|l| self.thresholds.get(l).copied().unwrap_or(DEFAULT_LABEL_THRESHOLD)).collect()
    }

    /// Parse and check a sidecar; `origin` names it in errors.
    pub fn parse(text: &[u8], origin: &str) -> Result<Self> {
        let s: Sidecar = serde_json::from_slice(text)
            .map_err(|e| exec_datafusion_err!("intent model sidecar {origin}: invalid JSON: {e}"))?;
        if s.labels.is_empty() {
            return Err(exec_datafusion_err!("intent model sidecar {origin}: `labels` is empty"));
        }
        for (i, l) in s.labels.iter().enumerate() {
            if !INTENTS.contains(&l.as_str()) {
                return Err(exec_datafusion_err!(
                    "intent model sidecar {origin}: unknown label \"{l}\"; labels must be among {}",
                    INTENTS.join(", ")
                ));
            }
            if s.labels[..i].contains(l) {
                return Err(exec_datafusion_err!("intent model sidecar {origin}: label \"{l}\" appears twice"));
            }
        }
        let bad = |what: &str| Err(exec_datafusion_err!("intent model sidecar {origin}: {what}"));
        let head = s.labels_head.as_ref();
        let tables = std::iter::once(("thresholds", &s.thresholds)).chain(head.map(|h| ("labels_head.thresholds", &h.thresholds)));
        for (table, thresholds) in tables {
            for (l, t) in thresholds {
                if !s.labels.contains(l) {
                    return bad(&format!("{table}.{l}: \"{l}\" is not one of the model's labels"));
                }
                if !(0.0..=1.0).contains(t) {
                    return bad(&format!("{table}.{l} must be between 0 and 1, got {t}"));
                }
            }
        }
        for (i, r) in s.precedence.iter().enumerate() {
            for l in [&r.label, &r.over] {
                if !s.labels.contains(l) || l == INTENTS[NONE] {
                    return bad(&format!("precedence[{i}]: \"{l}\" is not one of the model's privacy labels"));
                }
            }
            if r.label == r.over {
                return bad(&format!("precedence[{i}]: \"{}\" cannot come before itself", r.label));
            }
            if !(r.ratio > 0.0 && r.ratio <= 1.0) {
                return bad(&format!("precedence[{i}].ratio must be in (0, 1], got {}", r.ratio));
            }
            if let Some(t) = r.head {
                if head.is_none() {
                    return bad(&format!("precedence[{i}].head needs a `labels_head`, and the sidecar has none"));
                }
                if !(t > 0.0 && t <= 1.0) {
                    return bad(&format!("precedence[{i}].head must be in (0, 1], got {t}"));
                }
            }
        }
        if head.is_some_and(|h| h.graph.is_empty() || h.output.is_empty()) {
            return bad("labels_head.graph and labels_head.output must not be empty");
        }
        // The graph's input names are checked when the model is loaded (`Inputs::resolve`).
        match &s.featurizer {
            FeaturizerSpec::HashedNgrams(p) => {
                p.validate().map_err(|e| exec_datafusion_err!("intent model sidecar {origin}: {e}"))?;
            }
            FeaturizerSpec::HfTokenizer(t) => {
                if !(1..=MAX_TOKENS).contains(&t.max_length) {
                    return bad(&format!("featurizer.max_length must be between 1 and {MAX_TOKENS}, got {}", t.max_length));
                }
                if t.tokenizer.is_empty() || t.input_ids.is_empty() || t.attention_mask.is_empty() {
                    return bad("featurizer.tokenizer, featurizer.input_ids and featurizer.attention_mask must not be empty");
                }
            }
        }
        Ok(s)
    }
}

/// The longest `max_length` a tokenizer model may ask for.
const MAX_TOKENS: usize = 8192;

#[cfg(test)]
mod tests {
    use super::*;

    fn with_head(head: &str) -> String {
        format!(
            r#"{{"model": "t", "featurizer": {{"kind": "hashed_ngrams", "buckets": 64, "word_ngrams": [1, 1],
               "char_ngrams": [0, 0], "sublinear_tf": true, "max_chars": 100}},
               "indices_input": "indices", "values_input": "values", "output": "probabilities",
               "labels": ["deletion", "none"], "thresholds": {{"deletion": 0.3}}, "labels_head": {head}}}"#
        )
    }

    #[test]
    fn labels_head_parses_and_gives_its_own_sidecar() {
        let s = Sidecar::parse(
            with_head(r#"{"graph": "h.onnx", "output": "label_probabilities", "thresholds": {"deletion": 0.7}}"#).as_bytes(),
            "t.json",
        )
        .unwrap();
        let h = s.head_sidecar().unwrap();
        assert_eq!(h.output, "label_probabilities");
        assert_eq!(h.label_thresholds(), vec![0.7, DEFAULT_LABEL_THRESHOLD]);
        assert!(h.labels_head.is_none());
        assert_eq!((h.labels, h.featurizer), (s.labels.clone(), s.featurizer.clone()));
        assert_eq!(s.label_thresholds(), vec![0.3, DEFAULT_LABEL_THRESHOLD]);
    }

    #[test]
    fn labels_head_thresholds_and_names_are_checked() {
        let err = |head: &str| Sidecar::parse(with_head(head).as_bytes(), "t.json").unwrap_err().to_string();
        assert!(err(r#"{"graph": "h.onnx", "output": "p", "thresholds": {"access": 0.2}}"#)
            .contains("labels_head.thresholds.access: \"access\" is not one of the model's labels"));
        assert!(err(r#"{"graph": "h.onnx", "output": "p", "thresholds": {"deletion": 1.5}}"#)
            .contains("labels_head.thresholds.deletion must be between 0 and 1"));
        assert!(err(r#"{"graph": "", "output": "p"}"#).contains("labels_head.graph and labels_head.output must not be empty"));
        assert!(err(r#"{"graph": "h.onnx", "output": "p", "extra": 1}"#).contains("unknown field"));
    }

    #[test]
    fn precedence_rules_are_checked() {
        let with = |rules: &str| {
            format!(
                r#"{{"model": "t", "featurizer": {{"kind": "hashed_ngrams", "buckets": 64, "word_ngrams": [1, 1],
                   "char_ngrams": [0, 0], "sublinear_tf": true, "max_chars": 100}},
                   "indices_input": "indices", "values_input": "values", "output": "probabilities",
                   "labels": ["access", "portability", "none"], "precedence": {rules}}}"#
            )
        };
        let ok = Sidecar::parse(with(r#"[{"label": "access", "over": "portability", "ratio": 0.3}]"#).as_bytes(), "t.json").unwrap();
        assert_eq!(ok.precedence, vec![Precedence { label: "access".into(), over: "portability".into(), ratio: 0.3, head: None }]);
        let err = |rules: &str| Sidecar::parse(with(rules).as_bytes(), "t.json").unwrap_err().to_string();
        assert!(err(r#"[{"label": "deletion", "over": "portability", "ratio": 0.3}]"#)
            .contains("precedence[0]: \"deletion\" is not one of the model's privacy labels"));
        assert!(err(r#"[{"label": "access", "over": "none", "ratio": 0.3}]"#).contains("precedence[0]: \"none\""));
        assert!(err(r#"[{"label": "access", "over": "access", "ratio": 0.3}]"#).contains("cannot come before itself"));
        assert!(err(r#"[{"label": "access", "over": "portability", "ratio": 0}]"#).contains("precedence[0].ratio must be in (0, 1], got 0"));
        assert!(err(r#"[{"label": "access", "over": "portability", "ratio": 0.3, "head": 0.4}]"#)
            .contains("precedence[0].head needs a `labels_head`, and the sidecar has none"));
        // With a labels head, a rule's `head` is a probability in (0, 1].
        let headed = |rules: &str| {
            with(rules).replacen(r#""precedence""#, r#""labels_head": {"graph": "h.onnx", "output": "p"}, "precedence""#, 1)
        };
        let ok = Sidecar::parse(headed(r#"[{"label": "access", "over": "portability", "ratio": 0.6, "head": 0.3}]"#).as_bytes(), "t.json")
            .unwrap();
        assert_eq!(ok.precedence[0].head, Some(0.3));
        let err = |rules: &str| Sidecar::parse(headed(rules).as_bytes(), "t.json").unwrap_err().to_string();
        assert!(err(r#"[{"label": "access", "over": "portability", "ratio": 0.6, "head": 0}]"#)
            .contains("precedence[0].head must be in (0, 1], got 0"));
        assert!(err(r#"[{"label": "access", "over": "portability", "ratio": 0.6, "head": 1.5}]"#)
            .contains("precedence[0].head must be in (0, 1], got 1.5"));
    }
}
