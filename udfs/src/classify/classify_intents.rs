//! `classify_intents(text [, model])`: every intent a message makes, with its probability, the
//! primary one first.

use std::sync::Arc;

use arrow::array::{ArrayRef, Float64Builder, ListBuilder, StringBuilder, StructBuilder};
use arrow::datatypes::{DataType, Field, FieldRef, Fields};
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
};
use datafusion_macros::user_doc;

use super::args::to_columnar;
use super::scoring::{check_model_arg, intents_into, score_args, Head, Row};
use super::state::{ClassifyState, SharedState};
use super::taxonomy::{INTENTS, NONE};

/// The fields of one element: `intent` and `probability`.
fn element_fields() -> Fields {
    Fields::from(vec![Field::new("intent", DataType::Utf8, false), Field::new("probability", DataType::Float64, false)])
}

/// `List<Struct<intent Utf8, probability Float64>>`.
fn intents_type() -> DataType {
    DataType::new_list(DataType::Struct(element_fields()), false)
}

#[user_doc(
    doc_section(label = "Privacy intent classification"),
    description = "Every intent a message makes, with its probability: a list of \
`{intent, probability}`, the primary intent first (what `classify_intent` returns), then every \
other privacy intent whose probability reaches its threshold, most probable first. The \
thresholds are per label, calibrated when the model was trained and stored in its sidecar \
(`thresholds`; 0.5 for a label without one). A model with a labels head (the default model has \
one) gives each label its own probability in a second graph, read here for the intents beside \
the primary one with the head's thresholds, so a letter that erases an account and withdraws \
consent lists `deletion` and `consent_withdrawal`. A message that requests nothing gives \
`[{none, p}]` alone (never `none` beside a request), an empty or blank text `[{none, 1.0}]`, and \
NULL gives NULL. Count the requests with `cardinality(...)`, test for one with \
`array_has(list_extract ...)` or unnest the list to route each request separately.",
    syntax_example = "classify_intents(text [, model])",
    sql_example = r#"```sql
> SELECT i['intent'] AS intent
  FROM (SELECT unnest(classify_intents('Please delete my account. I also withdraw all consent I gave you.')) AS i);
+--------------------+
| intent             |
+--------------------+
| deletion           |
| consent_withdrawal |
+--------------------+
> SELECT id, classify_intents(body)[1]['intent'] AS primary_intent, cardinality(classify_intents(body)) AS requests FROM tickets;
```"#,
    argument(name = "text", description = "The message: a string column or expression."),
    argument(
        name = "model",
        description = "Optional constant: a model name from `intent_models()` or the path of an `.onnx` file."
    )
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ClassifyIntentsFunc {
    signature: Signature,
    state: SharedState,
}

impl ClassifyIntentsFunc {
    pub fn new(state: Arc<ClassifyState>) -> Self {
        Self {
            signature: super::args::text_signature(),
            state: SharedState(state),
        }
    }
}

impl ScalarUDFImpl for ClassifyIntentsFunc {
    fn name(&self) -> &str {
        "classify_intents"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(intents_type())
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        check_model_arg(self.name(), &self.state, &args)?;
        Ok(Arc::new(Field::new(self.name(), intents_type(), true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let s = score_args(self.name(), &self.state, &args, Head::All)?;
        let n = s.rows.len();
        let element = StructBuilder::new(
            element_fields(),
            vec![Box::new(StringBuilder::with_capacity(n, n * 12)), Box::new(Float64Builder::with_capacity(n))],
        );
        let mut out = ListBuilder::new(element).with_field(Arc::new(Field::new_list_field(
            DataType::Struct(element_fields()),
            false,
        )));
        let mut found = Vec::with_capacity(INTENTS.len());
        for r in &s.rows {
            match *r {
                Row::Null => {
                    out.append(false);
                    continue;
                }
                Row::Blank => {
                    found.clear();
                    found.push((NONE, 1.0));
                }
                Row::Scored(u) => {
                    intents_into(&s.model, s.probs(u), s.head(u), self.state.threshold, &mut found);
                }
            }
            let e = out.values();
            for &(intent, p) in &found {
                append_element(e, INTENTS[intent], p);
            }
            out.append(true);
        }
        let scalar = s.scalar;
        s.finish();
        let out: ArrayRef = Arc::new(out.finish());
        to_columnar(out, scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}

/// One `{intent, probability}` element.
fn append_element(e: &mut StructBuilder, intent: &str, p: f64) {
    if let Some(b) = e.field_builder::<StringBuilder>(0) {
        b.append_value(intent);
    }
    if let Some(b) = e.field_builder::<Float64Builder>(1) {
        b.append_value(p);
    }
    e.append(true);
}
