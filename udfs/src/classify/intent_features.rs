//! `intent_features(text [, model_or_featurizer])`: the hashed features (or token ids) a model
//! sees, so that training scripts use exactly the Rust featurizer instead of re-implementing it.

use std::sync::Arc;

use arrow::array::{ArrayRef, Float32Builder, Int64Builder, ListBuilder, StructArray};
use arrow::buffer::NullBuffer;
use arrow::datatypes::{DataType, Field, FieldRef, Fields};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
};
use datafusion_macros::user_doc;

use super::args::{model_name_arg, model_name_value, text_array, texts, to_columnar};
use super::featurize::Featurizer;
use super::model::{Encoder, FeaturizerSpec, IntentModel};
use super::state::{ClassifyState, SharedState};

fn features_type() -> DataType {
    DataType::Struct(Fields::from(vec![
        Field::new("indices", DataType::new_list(DataType::Int64, true), false),
        Field::new("values", DataType::new_list(DataType::Float32, true), false),
    ]))
}

#[user_doc(
    doc_section(label = "Privacy intent classification"),
    description = "The sparse feature vector a hashed n-gram intent model computes for a text: a \
struct of `indices` (hash buckets, Int64) and `values` (L2-normalised sublinear term frequencies, \
Float32). The training script exports its training data through this function, so models are \
trained on exactly the features inference computes. The second argument is a model name (its \
featurizer is used) or a hashed n-gram featurizer JSON as written in a model sidecar. For a model \
with a Hugging Face tokenizer, `indices` are the token ids the graph receives (special tokens \
included, truncated to the sidecar's `max_length`) and every value is 1.",
    syntax_example = "intent_features(text [, model_or_featurizer])",
    sql_example = r#"```sql
> SELECT cardinality(intent_features('delete my data')['indices']) AS n;
+----+
| n  |
+----+
| 46 |
+----+
> SELECT intent_features(text, '{"kind":"hashed_ngrams","buckets":131072,"word_ngrams":[1,2],"char_ngrams":[2,5],"sublinear_tf":true,"max_chars":4000}') FROM t;
```"#,
    argument(name = "text", description = "The message."),
    argument(
        name = "model_or_featurizer",
        description = "Optional constant: a model name (default `'default'`) or a featurizer JSON object."
    )
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IntentFeaturesFunc {
    signature: Signature,
    state: SharedState,
}

impl IntentFeaturesFunc {
    pub fn new(state: Arc<ClassifyState>) -> Self {
        Self {
            signature: super::args::text_signature(),
            state: SharedState(state),
        }
    }

    /// The encoder `arg` names, and the model it was taken from (to give it back to).
    fn encoder(&self, arg: &str) -> Result<(Encoder, Option<Arc<IntentModel>>)> {
        if arg.trim_start().starts_with('{') {
            let spec: FeaturizerSpec = match serde_json::from_str(arg) {
                Ok(s) => s,
                Err(e) => return plan_err!("intent_features: argument `model_or_featurizer` is not a featurizer JSON: {e}"),
            };
            match spec {
                FeaturizerSpec::HashedNgrams(p) => {
                    if let Err(e) = p.validate() {
                        return plan_err!("intent_features: {e}");
                    }
                    Ok((Encoder::Hashed(Featurizer::new(p)), None))
                }
                FeaturizerSpec::HfTokenizer(_) => plan_err!(
                    "intent_features: a featurizer given as JSON must be \"hashed_ngrams\"; for a tokenizer model \
                     give its name or the path of its .onnx file"
                ),
            }
        } else {
            let model = self.state.registry.get(arg)?;
            Ok((model.encoder()?, Some(model)))
        }
    }
}

impl ScalarUDFImpl for IntentFeaturesFunc {
    fn name(&self) -> &str {
        "intent_features"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(features_type())
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        let arg = model_name_arg(self.name(), args.scalar_arguments, args.arg_fields.len())?;
        self.encoder(&arg)?;
        Ok(Arc::new(Field::new(self.name(), features_type(), true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let (mut f, model) = self.encoder(&model_name_value(self.name(), &args.args)?)?;
        let (array, scalar) = text_array(&args)?;
        let texts = texts(self.name(), array.as_ref())?;
        let mut idx_b = ListBuilder::new(Int64Builder::new());
        let mut val_b = ListBuilder::new(Float32Builder::new());
        let (mut idx, mut val) = (Vec::new(), Vec::new());
        let mut valid = Vec::with_capacity(texts.len());
        for t in &texts {
            idx.clear();
            val.clear();
            if let Some(t) = t {
                f.encode(t, &mut idx, &mut val)?;
            }
            idx_b.values().append_slice(&idx);
            idx_b.append(true);
            val_b.values().append_slice(&val);
            val_b.append(true);
            valid.push(t.is_some());
        }
        if let Some(model) = model {
            model.return_encoder(f);
        }
        let DataType::Struct(fields) = features_type() else { unreachable!("a struct") };
        let nulls = valid.iter().any(|v| !v).then(|| NullBuffer::from(valid));
        let columns: Vec<ArrayRef> = vec![Arc::new(idx_b.finish()), Arc::new(val_b.finish())];
        let out: ArrayRef = Arc::new(StructArray::try_new(fields, columns, nulls)?);
        to_columnar(out, scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
