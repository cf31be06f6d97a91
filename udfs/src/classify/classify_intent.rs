//! `classify_intent(text [, model])`: the privacy intent of a text, as a label.

use std::sync::Arc;

use arrow::array::{ArrayRef, StringBuilder};
use arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
};
use datafusion_macros::user_doc;

use super::args::to_columnar;
use super::scoring::{check_model_arg, score_args, Head, Row};
use super::state::{ClassifyState, SharedState};
use super::taxonomy::{INTENTS, NONE};

#[user_doc(
    doc_section(label = "Privacy intent classification"),
    description = "The privacy intent of a message: one of `access`, `deletion`, `rectification`, \
`opt_out_sale`, `opt_out_marketing`, `consent_withdrawal`, `portability`, `restriction`, \
`objection`, `automated_decision` or `none` (a model lists some of them in its sidecar; \
`intent_v1` maps the labels onto the first seven). A message with several requests gets the \
primary one, as the model's precedence rules order them (access before portability, deletion \
before consent withdrawal; `classify_intents` lists them all). NULL gives NULL; an empty or \
blank text gives `none`; a top probability below the configured threshold \
(`[classify] threshold`, default 0.5) gives `none`. Texts are scored a batch at a time by an \
ONNX model (the embedded default reads the 24 official languages of the EU, Norwegian and \
Icelandic, Greek and Cyrillic script included; a registered model may be a transformer with a Hugging Face `tokenizer.json`); \
identical texts of a batch are scored once.",
    syntax_example = "classify_intent(text [, model])",
    sql_example = r#"```sql
> SELECT classify_intent('Please delete my account and all my data.') AS intent;
+----------+
| intent   |
+----------+
| deletion |
+----------+
> SELECT classify_intent(body, 'default') AS intent, count(*) FROM tickets GROUP BY 1;
```"#,
    argument(name = "text", description = "The message: a string column or expression."),
    argument(
        name = "model",
        description = "Optional constant: a model name from `intent_models()` (default `'default'`, the \
embedded model) or the path of an `.onnx` file with its `.json` sidecar beside it."
    )
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ClassifyIntentFunc {
    signature: Signature,
    state: SharedState,
}

impl ClassifyIntentFunc {
    pub fn new(state: Arc<ClassifyState>) -> Self {
        Self {
            signature: super::args::text_signature(),
            state: SharedState(state),
        }
    }
}

impl ScalarUDFImpl for ClassifyIntentFunc {
    fn name(&self) -> &str {
        "classify_intent"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        check_model_arg(self.name(), &self.state, &args)?;
        Ok(Arc::new(Field::new(self.name(), DataType::Utf8, true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let s = score_args(self.name(), &self.state, &args, Head::Rules)?;
        let mut out = StringBuilder::with_capacity(s.rows.len(), s.rows.len() * 8);
        for r in &s.rows {
            match *r {
                Row::Null => out.append_null(),
                Row::Blank => out.append_value(INTENTS[NONE]),
                Row::Scored(u) => {
                    let (label, _) = s.decide(u, self.state.threshold);
                    out.append_value(INTENTS[label]);
                }
            }
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
