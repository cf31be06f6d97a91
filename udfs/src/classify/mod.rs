//! Privacy-intent classification: `classify_intent`, `intent_scores`, `intent_features` and the
//! `intent_models()` table function.
//!
//! Texts go through a model's featurizer in Rust ([`featurize`]) and its ONNX graph through `ort`
//! ([`model`]), one Arrow batch at a time: identical texts of a batch are scored once, NULL stays
//! NULL, and a text without a single word (empty, blank, punctuation) is `none` without running
//! the model.

use std::path::PathBuf;
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{ColumnarValue, ScalarFunctionArgs, ScalarUDF};

use crate::{Functions, NamedTableFunction};

pub mod classify_intent;
pub mod featurize;
pub mod intent_features;
pub mod intent_models;
pub mod intent_scores;
pub mod model;
mod taxonomy;

pub use model::{IntentModel, ModelRegistry, Sidecar, DEFAULT_MODEL};
pub use taxonomy::{INTENTS, NONE};

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

/// Shared by the family's functions: the models and the threshold.
#[derive(Debug)]
pub struct ClassifyState {
    pub registry: ModelRegistry,
    pub threshold: f64,
}

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
            Arc::new(ScalarUDF::new_from_impl(intent_scores::IntentScoresFunc::new(Arc::clone(&state)))),
            Arc::new(ScalarUDF::new_from_impl(intent_features::IntentFeaturesFunc::new(Arc::clone(&state)))),
        ],
        table: vec![NamedTableFunction {
            name: "intent_models".to_string(),
            doc: intent_models::documentation().clone(),
            func: Arc::new(intent_models::IntentModelsFunc::new(state)),
        }],
        ..Default::default()
    })
}

/// The family's shared state as a field of each UDF: compared and hashed by identity (two
/// functions are the same when they share one registry), which is what `ScalarUDFImpl`'s
/// `Eq + Hash` needs, so the UDF structs can simply derive them.
#[derive(Debug, Clone)]
pub(crate) struct SharedState(pub Arc<ClassifyState>);

impl PartialEq for SharedState {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedState {}

impl std::hash::Hash for SharedState {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Arc::as_ptr(&self.0) as usize).hash(state)
    }
}

impl std::ops::Deref for SharedState {
    type Target = ClassifyState;
    fn deref(&self) -> &ClassifyState {
        &self.0
    }
}

/// The `text` argument of a call as an array (one row for a scalar), and whether it was a
/// scalar, so the result can be given back in the same shape by [`to_columnar`].
pub(crate) fn text_array(args: &ScalarFunctionArgs) -> Result<(ArrayRef, bool)> {
    let Some(first) = args.args.first() else {
        return exec_err!("missing argument `text`");
    };
    let scalar = matches!(first, ColumnarValue::Scalar(_));
    Ok((first.to_array(if scalar { 1 } else { args.number_rows })?, scalar))
}

/// `out` as the function's result: a scalar when the input was one.
pub(crate) fn to_columnar(out: ArrayRef, scalar: bool) -> Result<ColumnarValue> {
    if scalar {
        Ok(ColumnarValue::Scalar(ScalarValue::try_from_array(&out, 0)?))
    } else {
        Ok(ColumnarValue::Array(out))
    }
}

/// `(text)` or `(text, model)`, any string type, taken as it is: no cast is put around the
/// `model` literal (a `String(2)` signature would cast it to the text column's type, e.g.
/// Utf8View, and the planner would no longer see a constant).
pub(crate) fn text_signature() -> datafusion::logical_expr::Signature {
    use datafusion::common::types::logical_string;
    use datafusion::logical_expr::{Coercion, Signature, TypeSignature, TypeSignatureClass, Volatility};
    let s = || Coercion::new_exact(TypeSignatureClass::Native(logical_string()));
    Signature::one_of(
        vec![TypeSignature::Coercible(vec![s()]), TypeSignature::Coercible(vec![s(), s()])],
        Volatility::Immutable,
    )
}

/// The model named by the optional second argument (a constant string), checked at plan time.
pub(crate) fn model_name_arg(func: &str, scalars: &[Option<&ScalarValue>], arg_count: usize) -> Result<String> {
    if arg_count < 2 {
        return Ok(DEFAULT_MODEL.to_string());
    }
    match scalars.get(1) {
        Some(Some(v)) => match v.try_as_str() {
            Some(Some(name)) => Ok(name.to_string()),
            _ => plan_err!("{func}: argument `model` must be a non-NULL string, such as '{DEFAULT_MODEL}'"),
        },
        _ => plan_err!("{func}: argument `model` must be a constant string (a model name), not a column"),
    }
}

/// The model name at execution time (the planner checked it is a constant).
pub(crate) fn model_name_value(func: &str, args: &[ColumnarValue]) -> Result<String> {
    match args.get(1) {
        None => Ok(DEFAULT_MODEL.to_string()),
        Some(ColumnarValue::Scalar(v)) => match v.try_as_str() {
            Some(Some(name)) => Ok(name.to_string()),
            _ => exec_err!("{func}: argument `model` must be a non-NULL string"),
        },
        Some(ColumnarValue::Array(_)) => exec_err!("{func}: argument `model` must be a constant string, not a column"),
    }
}

/// The texts of a string argument.
pub(crate) fn texts<'a>(func: &str, array: &'a dyn Array) -> Result<Vec<Option<&'a str>>> {
    Ok(match array.data_type() {
        DataType::Utf8 => array.as_string::<i32>().iter().collect(),
        DataType::LargeUtf8 => array.as_string::<i64>().iter().collect(),
        DataType::Utf8View => array.as_string_view().iter().collect(),
        DataType::Null => vec![None; array.len()],
        other => return exec_err!("{func}: argument `text` must be a string, got {other}"),
    })
}

/// What a row of a scored batch is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Row {
    Null,
    /// No words: `none` without running the model.
    Blank,
    /// Index into the unique texts' probabilities.
    Scored(u32),
}

/// Scores a batch: one entry per row, and the probabilities of each unique text that has
/// features (row-major, `model.classes()` per text, in the model's label order), in buffers
/// taken from the model's pool: give them back with [`IntentModel::return_buffers`].
pub(crate) fn score(model: &IntentModel, texts: &[Option<&str>]) -> Result<(Vec<Row>, model::BatchBuffers)> {
    // hashbrown's default (foldhash): several times cheaper than std's SipHash on message text.
    let mut seen: datafusion::common::HashMap<&str, Row> =
        datafusion::common::HashMap::with_capacity(texts.len().min(1 << 16));
    let mut rows = Vec::with_capacity(texts.len());
    let mut b = model.buffers()?;
    let mut encoder = model.encoder()?;
    for t in texts {
        let Some(t) = t else {
            rows.push(Row::Null);
            continue;
        };
        if let Some(r) = seen.get(t) {
            rows.push(*r);
            continue;
        }
        let n = encoder.encode(t, &mut b.indices, &mut b.values)?;
        let r = if n == 0 {
            Row::Blank
        } else {
            b.offsets.push(b.indices.len());
            Row::Scored((b.offsets.len() - 2) as u32)
        };
        seen.insert(t, r);
        rows.push(r);
    }
    model.return_encoder(encoder);
    match model.predict(&mut b) {
        Ok(()) => Ok((rows, b)),
        Err(e) => {
            model.return_buffers(b);
            Err(e)
        }
    }
}

/// The label index into [`INTENTS`] and the top probability of one scored text.
pub(crate) fn decide(model: &IntentModel, probs: &[f32], threshold: f64) -> (usize, f32) {
    let mut best = 0;
    for (c, p) in probs.iter().enumerate() {
        if *p > probs[best] {
            best = c;
        }
    }
    let top = probs[best];
    let label = &model.sidecar.labels[best];
    let intent = INTENTS.iter().position(|x| x == label).unwrap_or(NONE);
    if (top as f64) < threshold {
        (NONE, top)
    } else {
        (intent, top)
    }
}
