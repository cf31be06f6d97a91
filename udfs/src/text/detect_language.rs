//! `detect_language(text [, min_confidence])`: the language of a text as an ISO 639-1 code with
//! a confidence, one struct per row, from the detector built once per process
//! ([`super::detector`]).

use std::sync::Arc;

use arrow::array::{ArrayRef, Float64Builder, StringBuilder, StructArray};
use arrow::buffer::NullBuffer;
use arrow::datatypes::{DataType, Field, Fields};
use datafusion::common::{exec_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};
use datafusion_macros::user_doc;

use super::detector::detector;
use crate::classify::args::{text_array, texts, to_columnar};

/// Below this confidence the language is `und` (undetermined), unless the call gives its own
/// threshold. Chosen on the tuning split of the real-text lines (docs/text.md).
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.2;

/// What a text without a confident answer gets: ISO 639's "undetermined".
pub const UNDETERMINED: &str = "und";

fn result_fields() -> Fields {
    Fields::from(vec![
        Field::new("lang", DataType::Utf8, false),
        Field::new("confidence", DataType::Float64, false),
    ])
}

#[user_doc(
    doc_section(label = "Text"),
    description = "The language of a text: a struct of `lang` (ISO 639-1 code: bg cs da de el en es et \
fi fr ga hr hu is it lt lv nl no pl pt ro sk sl sv, the EU and EEA languages privsql generates but \
Maltese; Norwegian Bokmål and Nynorsk are `no`) and `confidence` (0 to 1). whatlang answers when \
it is reliable, lingua otherwise (docs/text.md has the measured accuracy and speed). `lang` is \
`und` when the confidence is below `min_confidence` (default 0.2) and for a text without a \
letter or mostly of other characters (empty, digits, symbols, binary), whose confidence is 0. Only the first 1000 characters are read. \
NULL gives NULL.",
    syntax_example = "detect_language(text [, min_confidence])",
    sql_example = r#"```sql
> SELECT detect_language('Bitte löschen Sie mein Konto.')['lang'] AS lang;
+------+
| lang |
+------+
| de   |
+------+
> SELECT detect_language(text)['lang'] AS lang, count(*) FROM tickets GROUP BY 1;
```"#,
    argument(name = "text", description = "The message."),
    argument(
        name = "min_confidence",
        description = "Optional constant between 0 and 1: below it `lang` is `und` (default 0.2; 0 always names the best guess)."
    )
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct DetectLanguageFunc {
    signature: Signature,
}

impl Default for DetectLanguageFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl DetectLanguageFunc {
    pub fn new() -> Self {
        Self { signature: Signature::user_defined(Volatility::Immutable) }
    }
}

/// The `min_confidence` argument at execution time.
fn min_confidence(args: &[ColumnarValue]) -> Result<f64> {
    match args.get(1) {
        None => Ok(DEFAULT_MIN_CONFIDENCE),
        Some(ColumnarValue::Scalar(ScalarValue::Float64(Some(v)))) if (0.0..=1.0).contains(v) => Ok(*v),
        Some(ColumnarValue::Scalar(v)) => exec_err!("detect_language: min_confidence must be a number between 0 and 1, got {v}"),
        Some(ColumnarValue::Array(_)) => exec_err!("detect_language: min_confidence must be a constant, not a column"),
    }
}

impl ScalarUDFImpl for DetectLanguageFunc {
    fn name(&self) -> &str {
        "detect_language"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        let text = match arg_types.first() {
            Some(t @ (DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)) => t.clone(),
            Some(DataType::Null) => DataType::Utf8,
            Some(other) => return plan_err!("detect_language: argument `text` must be a string, got {other}"),
            None => return plan_err!("detect_language takes (text [, min_confidence])"),
        };
        match arg_types.len() {
            1 => Ok(vec![text]),
            2 if arg_types[1].is_numeric() || arg_types[1] == DataType::Null => Ok(vec![text, DataType::Float64]),
            2 => plan_err!("detect_language: argument `min_confidence` must be a number, got {}", arg_types[1]),
            n => plan_err!("detect_language takes (text [, min_confidence]), got {n} arguments"),
        }
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Struct(result_fields()))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let threshold = min_confidence(&args.args)?;
        let (array, scalar) = text_array(&args)?;
        let texts = texts(self.name(), array.as_ref())?;
        let d = detector();
        let mut langs = StringBuilder::with_capacity(texts.len(), texts.len() * 2);
        let mut confidences = Float64Builder::with_capacity(texts.len());
        for &t in &texts {
            let (lang, confidence) = match t.and_then(|t| d.detect(t)) {
                Some((lang, c)) if c >= threshold => (lang, c),
                Some((_, c)) => (UNDETERMINED, c),
                None => (UNDETERMINED, 0.0),
            };
            langs.append_value(lang);
            confidences.append_value(confidence);
        }
        let nulls = texts.iter().any(Option::is_none).then(|| NullBuffer::from(texts.iter().map(Option::is_some).collect::<Vec<bool>>()));
        let columns: Vec<ArrayRef> = vec![Arc::new(langs.finish()), Arc::new(confidences.finish())];
        let out: ArrayRef = Arc::new(StructArray::try_new(result_fields(), columns, nulls)?);
        to_columnar(out, scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
