//! `intent_v1(label)`: a label of privsql's taxonomy mapped onto the seven labels of its first
//! taxonomy, so pipelines written against those keep working.

use std::sync::Arc;

use arrow::array::{ArrayRef, StringBuilder};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, Result};
use datafusion::logical_expr::{ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility};
use datafusion_macros::user_doc;

use super::args::{text_array, texts, to_columnar};
use super::taxonomy::{v1_label, INTENTS};

#[user_doc(
    doc_section(label = "Privacy intent classification"),
    description = "The label of privsql's first intent taxonomy (seven labels: `access`, `deletion`, \
`rectification`, `opt_out_sale`, `opt_out_marketing`, `consent_withdrawal`, `none`) that a label of \
today's taxonomy maps to, for pipelines that route those seven. The seven map to themselves; \
`portability` (GDPR art. 20) and `automated_decision` (art. 22, whose first demand is the \
information about the logic involved that art. 15(1)(h) grants) map to `access`; `restriction` \
(art. 18) and `objection` (art. 21(1)), both requests to stop processing, map to \
`consent_withdrawal`. No request maps to `none`. NULL gives NULL; a string outside the taxonomy is \
an error.",
    syntax_example = "intent_v1(label)",
    sql_example = r#"```sql
> SELECT intent_v1('portability') AS a, intent_v1('objection') AS b, intent_v1('deletion') AS c;
+--------+--------------------+----------+
| a      | b                  | c        |
+--------+--------------------+----------+
| access | consent_withdrawal | deletion |
+--------+--------------------+----------+
> SELECT intent_v1(classify_intent(body)) AS intent, count(*) FROM tickets GROUP BY 1;
```"#,
    argument(name = "label", description = "An intent label, such as the result of `classify_intent`.")
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IntentV1Func {
    signature: Signature,
}

impl Default for IntentV1Func {
    fn default() -> Self {
        Self::new()
    }
}

impl IntentV1Func {
    pub fn new() -> Self {
        Self { signature: Signature::string(1, Volatility::Immutable) }
    }
}

impl ScalarUDFImpl for IntentV1Func {
    fn name(&self) -> &str {
        "intent_v1"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let (array, scalar) = text_array(&args)?;
        let labels = texts(self.name(), array.as_ref())?;
        let mut out = StringBuilder::with_capacity(labels.len(), labels.len() * 8);
        for l in labels {
            match l {
                None => out.append_null(),
                Some(l) => match v1_label(l) {
                    Some(v1) => out.append_value(v1),
                    None => return exec_err!("intent_v1: \"{l}\" is not an intent label (expected one of {})", INTENTS.join(", ")),
                },
            }
        }
        let out: ArrayRef = Arc::new(out.finish());
        to_columnar(out, scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
