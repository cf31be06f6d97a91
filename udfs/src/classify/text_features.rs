//! `text_features(text [, model [, dimension]])`: a model's input for each text as a dense,
//! fixed-size Float32 vector, for `smote` and the other resamplers (which take fixed-size lists
//! as features) and for users who train their own models. The features are the ones
//! `intent_features` returns, from the same encoder; this function only lays them out densely.
//!
//! - Hashed n-gram models: the model's buckets folded into `dimension` columns (bucket `b` adds
//!   into column `b mod dimension`), then L2-normalised again, as the model's own vector is.
//!   `dimension` defaults to the model's bucket count when that is at most
//!   [`MAX_UNFOLDED`], else to [`DEFAULT_DIMENSION`] (the default model has 2^17 buckets).
//! - Tokenizer models: the token ids (special tokens included, truncated to the sidecar's
//!   `max_length`), padded with the tokenizer's padding id to `max_length`; `dimension` may not
//!   be given.

use std::sync::Arc;

use arrow::array::{ArrayRef, FixedSizeListArray, Float32Array};
use arrow::buffer::NullBuffer;
use arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::types::logical_string;
use datafusion::common::{exec_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{
    Coercion, ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
    TypeSignature, TypeSignatureClass, Volatility,
};
use datafusion_macros::user_doc;

use super::args::{text_array, texts, to_columnar};
use super::model::{FeaturizerSpec, IntentModel, DEFAULT_MODEL};
use super::state::{ClassifyState, SharedState};

/// Hashed models with at most this many buckets are returned unfolded by default.
pub const MAX_UNFOLDED: usize = 4096;
/// The default width of a folded hashed model's vector.
pub const DEFAULT_DIMENSION: usize = 512;
/// The widest vector `dimension` may ask for.
pub const MAX_DIMENSION: usize = 65_536;

#[user_doc(
    doc_section(label = "Privacy intent classification"),
    description = "A model's features of a text as a fixed-size list of Float32, so that `smote` and \
the other resamplers can balance rows on text and users can export features for their own training. \
For a hashed n-gram model (the default), the `intent_features` vector folded into `dimension` \
columns (bucket b adds into column b mod dimension) and L2-normalised; `dimension` defaults to the \
model's bucket count when it is at most 4096, else 512. For a model with a Hugging Face tokenizer, \
its token ids (truncated to the sidecar's `max_length`) padded with the padding id to \
`max_length`; `dimension` is not accepted. NULL gives NULL.",
    syntax_example = "text_features(text [, model [, dimension]])",
    sql_example = r#"```sql
> SELECT arrow_typeof(text_features('delete my data', 'default', 64)) AS t;
+-----------------------------+
| t                           |
+-----------------------------+
| FixedSizeList(64 x Float32) |
+-----------------------------+
> CREATE VIEW train AS SELECT intent, text_features(text, 'default', 64) AS f FROM synthetic_intents(2000, 1);
> SELECT intent, count(*) FROM smote('train', 'intent', 5, 'auto', 1) GROUP BY 1;
```"#,
    argument(name = "text", description = "The message."),
    argument(name = "model", description = "Optional constant: a model name (default `'default'`)."),
    argument(
        name = "dimension",
        description = "Optional constant integer (1 to 65536): the vector's width for a hashed n-gram model."
    )
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct TextFeaturesFunc {
    signature: Signature,
    state: SharedState,
}

impl TextFeaturesFunc {
    pub fn new(state: Arc<ClassifyState>) -> Self {
        let s = || Coercion::new_exact(TypeSignatureClass::Native(logical_string()));
        let int = || Coercion::new_exact(TypeSignatureClass::Integer);
        Self {
            signature: Signature::one_of(
                vec![
                    TypeSignature::Coercible(vec![s()]),
                    TypeSignature::Coercible(vec![s(), s()]),
                    TypeSignature::Coercible(vec![s(), s(), int()]),
                ],
                Volatility::Immutable,
            ),
            state: SharedState(state),
        }
    }

    /// The model and the vector's layout for constant arguments `model` and `dimension`.
    fn layout(&self, model: &str, dimension: Option<i64>) -> Result<(Arc<IntentModel>, Layout)> {
        let m = self.state.registry.get(model)?;
        let layout = match (&m.sidecar.featurizer, dimension) {
            (FeaturizerSpec::HashedNgrams(p), None) => {
                let buckets = p.buckets as usize;
                Layout::Folded(if buckets <= MAX_UNFOLDED { buckets } else { DEFAULT_DIMENSION })
            }
            (FeaturizerSpec::HashedNgrams(_), Some(d)) if (1..=MAX_DIMENSION as i64).contains(&d) => {
                Layout::Folded(d as usize)
            }
            (FeaturizerSpec::HashedNgrams(_), Some(d)) => {
                return plan_err!("text_features: argument `dimension` must be between 1 and {MAX_DIMENSION}, got {d}")
            }
            (FeaturizerSpec::HfTokenizer(t), None) => Layout::Tokens(t.max_length, m.pad_id().unwrap_or(0)),
            (FeaturizerSpec::HfTokenizer(t), Some(_)) => {
                return plan_err!(
                    "text_features: model '{model}' has a tokenizer; its vector is its token ids padded to max_length ({}), \
                     so `dimension` cannot be given",
                    t.max_length
                )
            }
        };
        Ok((m, layout))
    }
}

/// How a model's features are laid out in the vector.
#[derive(Debug, Clone, Copy)]
enum Layout {
    /// Hashed features folded into this many columns.
    Folded(usize),
    /// Token ids padded to this length with this id.
    Tokens(usize, i64),
}

impl Layout {
    fn width(self) -> usize {
        match self {
            Layout::Folded(d) | Layout::Tokens(d, _) => d,
        }
    }
}

fn vector_type(width: usize) -> DataType {
    DataType::FixedSizeList(Arc::new(Field::new_list_field(DataType::Float32, true)), width as i32)
}

/// The constant `model` and `dimension` arguments, from plan-time literals.
fn constant_args(scalars: &[Option<&ScalarValue>], count: usize) -> Result<(String, Option<i64>)> {
    let model = match (count, scalars.get(1)) {
        (0 | 1, _) => DEFAULT_MODEL.to_string(),
        (_, Some(Some(v))) => match v.try_as_str() {
            Some(Some(name)) => name.to_string(),
            _ => return plan_err!("text_features: argument `model` must be a non-NULL string, such as '{DEFAULT_MODEL}'"),
        },
        _ => return plan_err!("text_features: argument `model` must be a constant string (a model name), not a column"),
    };
    let dimension = match (count, scalars.get(2)) {
        (0..=2, _) => None,
        (_, Some(Some(v))) if !v.is_null() => match v.cast_to(&DataType::Int64)? {
            ScalarValue::Int64(Some(d)) => Some(d),
            _ => return plan_err!("text_features: argument `dimension` must be an integer"),
        },
        _ => return plan_err!("text_features: argument `dimension` must be a constant non-NULL integer"),
    };
    Ok((model, dimension))
}

/// The same arguments at execution time (the planner checked they are constants).
fn constant_values(args: &[ColumnarValue]) -> Result<(String, Option<i64>)> {
    let mut scalars = Vec::with_capacity(args.len());
    for a in args {
        match a {
            ColumnarValue::Scalar(v) => scalars.push(Some(v)),
            ColumnarValue::Array(_) if scalars.is_empty() => scalars.push(None),
            ColumnarValue::Array(_) => return exec_err!("text_features: `model` and `dimension` must be constants"),
        }
    }
    constant_args(&scalars, args.len())
}

impl ScalarUDFImpl for TextFeaturesFunc {
    fn name(&self) -> &str {
        "text_features"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        // The width depends on the arguments: `return_field_from_args` gives the type.
        Ok(vector_type(DEFAULT_DIMENSION))
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        let (model, dimension) = constant_args(args.scalar_arguments, args.arg_fields.len())?;
        let (_, layout) = self.layout(&model, dimension)?;
        Ok(Arc::new(Field::new(self.name(), vector_type(layout.width()), true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let (model, dimension) = constant_values(&args.args)?;
        let (model, layout) = self.layout(&model, dimension)?;
        let (array, scalar) = text_array(&args)?;
        let texts = texts(self.name(), array.as_ref())?;
        let width = layout.width();
        let mut out = vec![0f32; texts.len() * width];
        let (mut idx, mut val) = (Vec::new(), Vec::new());
        let mut encoder = model.encoder()?;
        let mut encoded = Ok(());
        for (row, t) in out.chunks_exact_mut(width).zip(&texts) {
            idx.clear();
            val.clear();
            if let Some(t) = t {
                if let Err(e) = encoder.encode(t, &mut idx, &mut val) {
                    encoded = Err(e);
                    break;
                }
            }
            match layout {
                Layout::Folded(d) => {
                    for (&i, &v) in idx.iter().zip(&val) {
                        row[i as usize % d] += v;
                    }
                    let norm = row.iter().map(|x| x * x).sum::<f32>().sqrt();
                    if norm > 0.0 {
                        row.iter_mut().for_each(|x| *x /= norm);
                    }
                }
                Layout::Tokens(len, pad) => {
                    row.fill(pad as f32);
                    for (slot, &id) in row.iter_mut().zip(idx.iter().take(len)) {
                        *slot = id as f32;
                    }
                }
            }
        }
        model.return_encoder(encoder);
        encoded?;
        let nulls = texts.iter().any(Option::is_none).then(|| NullBuffer::from(texts.iter().map(Option::is_some).collect::<Vec<bool>>()));
        let values: ArrayRef = Arc::new(Float32Array::from(out));
        let field = Arc::new(Field::new_list_field(DataType::Float32, true));
        let out: ArrayRef = Arc::new(FixedSizeListArray::try_new(field, width as i32, values, nulls)?);
        to_columnar(out, scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
