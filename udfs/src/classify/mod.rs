//! Privacy-intent classification: `classify_intent`, `classify_intents`, `intent_scores`,
//! `intent_features`, `text_features`, `intent_v1` and the `intent_models()` table function.
//!
//! Texts go through a model's featurizer in Rust ([`featurize`]) and its ONNX graph through `ort`
//! ([`model`]), one Arrow batch at a time: identical texts of a batch are scored once, NULL stays
//! NULL, and a text without a single word (empty, blank, punctuation) is `none` without running
//! the model.

use std::path::PathBuf;
use std::sync::Arc;

use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::ScalarUDF;

use crate::{Functions, NamedTableFunction};

pub(crate) mod args;
pub mod classify_intent;
pub mod classify_intents;
pub mod featurize;
pub mod intent_features;
pub mod intent_models;
pub mod intent_scores;
pub mod intent_v1;
pub mod text_features;
pub mod model;
mod scoring;
mod state;
mod taxonomy;

pub use model::{IntentModel, ModelRegistry, Sidecar, DEFAULT_MODEL};
pub use state::ClassifyState;
pub use taxonomy::{v1_label, INTENTS, NONE, V1_INTENTS};

/// What the classify family takes from privsql's config (`[classify]`).
#[derive(Debug, Clone)]
pub struct ClassifyOptions {
    /// Below this top probability a privacy label becomes `none` (0 keeps the top label).
    pub threshold: f64,
    /// Models registered by name (`[classify.models.NAME] path = "..."`).
    pub models: Vec<(String, PathBuf)>,
    /// The runtime that executes the models (`classify.backend`): tract or ONNX Runtime.
    pub backend: model::Backend,
}

impl Default for ClassifyOptions {
    fn default() -> Self {
        Self { threshold: DEFAULT_THRESHOLD, models: Vec::new(), backend: model::Backend::default() }
    }
}

/// The default confidence threshold.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// Every function of the family.
pub fn functions(options: &ClassifyOptions) -> Result<Functions> {
    if !(0.0..=1.0).contains(&options.threshold) {
        return plan_err!("config key classify.threshold must be between 0 and 1, got {}", options.threshold);
    }
    for (name, _) in &options.models {
        if name == DEFAULT_MODEL {
            return plan_err!("config key classify.models.{name}: \"{DEFAULT_MODEL}\" names the embedded model; pick another name");
        }
    }
    model::select_backend(&options.backend)?;
    let state = Arc::new(ClassifyState {
        registry: ModelRegistry::new(options.models.clone()),
        threshold: options.threshold,
    });
    Ok(Functions {
        scalar: vec![
            Arc::new(ScalarUDF::new_from_impl(classify_intent::ClassifyIntentFunc::new(Arc::clone(&state)))),
            Arc::new(ScalarUDF::new_from_impl(classify_intents::ClassifyIntentsFunc::new(Arc::clone(&state)))),
            Arc::new(ScalarUDF::new_from_impl(intent_scores::IntentScoresFunc::new(Arc::clone(&state)))),
            Arc::new(ScalarUDF::new_from_impl(intent_features::IntentFeaturesFunc::new(Arc::clone(&state)))),
            Arc::new(ScalarUDF::new_from_impl(intent_v1::IntentV1Func::new())),
            Arc::new(ScalarUDF::new_from_impl(text_features::TextFeaturesFunc::new(Arc::clone(&state)))),
        ],
        table: vec![NamedTableFunction {
            name: "intent_models".to_string(),
            doc: intent_models::documentation().clone(),
            func: Arc::new(intent_models::IntentModelsFunc::new(state)),
        }],
        ..Default::default()
    })
}
