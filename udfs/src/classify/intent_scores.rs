//! `intent_scores(text [, model])`: the label, its confidence and every intent's probability.

use std::sync::Arc;

use arrow::array::{ArrayRef, Float64Builder, StringBuilder, StructArray};
use arrow::buffer::NullBuffer;
use arrow::datatypes::{DataType, Field, FieldRef, Fields};
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
};
use datafusion_macros::user_doc;

use super::args::to_columnar;
use super::scoring::{check_model_arg, score_args, Head, Row};
use super::state::{ClassifyState, SharedState};
use super::taxonomy::{INTENTS, NONE};

/// The struct `intent_scores` returns: `label`, `confidence`, then one field per intent.
pub fn scores_type() -> DataType {
    let mut fields = vec![Field::new("label", DataType::Utf8, false), Field::new("confidence", DataType::Float64, false)];
    fields.extend(INTENTS.iter().map(|i| Field::new(*i, DataType::Float64, false)));
    DataType::Struct(Fields::from(fields))
}

#[user_doc(
    doc_section(label = "Privacy intent classification"),
    description = "The intent label of a message with its confidence and the probability of every \
intent, as a struct `{label, confidence, access, deletion, rectification, opt_out_sale, \
opt_out_marketing, consent_withdrawal, portability, restriction, objection, automated_decision, \
none}`: one field per label of the taxonomy, whatever the model, so the type never depends on the \
model (probabilities are Float64 and sum to 1; an intent the model does not have, such as the four \
newer ones for a model of the first seven labels, scores 0). `label` is what `classify_intent` returns (the threshold \
applied); `confidence` is the top probability. Threshold the scores in `WHERE`, or read the \
runner-up of a message with several requests. NULL gives NULL; a blank text gives `none` with \
confidence 1.",
    syntax_example = "intent_scores(text [, model])",
    sql_example = r#"```sql
> SELECT s.label, round(s.confidence, 2) AS conf, round(s.opt_out_marketing, 2) AS marketing
  FROM (SELECT intent_scores('Stop sending me newsletters, thanks') AS s);
+-------------------+------+-----------+
| label             | conf | marketing |
+-------------------+------+-----------+
| opt_out_marketing | 1.0  | 1.0       |
+-------------------+------+-----------+
> SELECT id FROM tickets WHERE intent_scores(body)['deletion'] > 0.3;
```"#,
    argument(name = "text", description = "The message: a string column or expression."),
    argument(
        name = "model",
        description = "Optional constant: a model name from `intent_models()` or the path of an `.onnx` file."
    )
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IntentScoresFunc {
    signature: Signature,
    state: SharedState,
}

impl IntentScoresFunc {
    pub fn new(state: Arc<ClassifyState>) -> Self {
        Self {
            signature: super::args::text_signature(),
            state: SharedState(state),
        }
    }
}

impl ScalarUDFImpl for IntentScoresFunc {
    fn name(&self) -> &str {
        "intent_scores"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(scores_type())
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        check_model_arg(self.name(), &self.state, &args)?;
        Ok(Arc::new(Field::new(self.name(), scores_type(), true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let s = score_args(self.name(), &self.state, &args, Head::Rules)?;
        let model = &s.model;
        let n = s.rows.len();
        let mut label = StringBuilder::with_capacity(n, n * 8);
        let mut confidence = Float64Builder::with_capacity(n);
        let mut per: Vec<Float64Builder> = INTENTS.iter().map(|_| Float64Builder::with_capacity(n)).collect();
        let mut valid = Vec::with_capacity(n);
        for r in &s.rows {
            match *r {
                Row::Null | Row::Blank => {
                    // A NULL row's children still need a value; the struct's null mask hides it.
                    label.append_value(INTENTS[NONE]);
                    confidence.append_value(1.0);
                    for (i, b) in per.iter_mut().enumerate() {
                        b.append_value(if i == NONE { 1.0 } else { 0.0 });
                    }
                    valid.push(*r != Row::Null);
                }
                Row::Scored(u) => {
                    let p = s.probs(u);
                    let (l, top) = s.decide(u, self.state.threshold);
                    label.append_value(INTENTS[l]);
                    confidence.append_value(top as f64);
                    for (i, b) in per.iter_mut().enumerate() {
                        b.append_value(model.intent_column[i].map_or(0.0, |col| p[col] as f64));
                    }
                    valid.push(true);
                }
            }
        }
        let scalar = s.scalar;
        s.finish();
        let DataType::Struct(fields) = scores_type() else { unreachable!("scores_type is a struct") };
        let mut columns: Vec<ArrayRef> = vec![Arc::new(label.finish()), Arc::new(confidence.finish())];
        columns.extend(per.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef));
        let nulls = valid.iter().any(|v| !v).then(|| NullBuffer::from(valid));
        let out: ArrayRef = Arc::new(StructArray::try_new(fields, columns, nulls)?);
        to_columnar(out, scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
