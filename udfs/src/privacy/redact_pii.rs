//! `redact_pii(text [, kinds [, style]])`: the text with its personal data replaced by typed
//! placeholders (`<EMAIL>`, `<PHONE>`, ...) or masked character for character.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use arrow::array::StringBuilder;
use arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
};

use super::args::{chars_between, exec_literal, first_array, for_each_str, plan_literal, shaped, strings_signature};
use super::find_pii::kinds_of;
use super::scanner::Scanner;
use crate::doc;

/// The SQL name.
pub const NAME: &str = "redact_pii";

/// How a finding is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `<EMAIL>`, `<PHONE>`, ...
    Tag,
    /// One `*` per character.
    Mask,
}

fn style_of(style: Option<&str>) -> Result<Style> {
    match style.map(str::trim) {
        None => Ok(Style::Tag),
        Some(s) if s.eq_ignore_ascii_case("tag") => Ok(Style::Tag),
        Some(s) if s.eq_ignore_ascii_case("mask") => Ok(Style::Mask),
        Some(s) => plan_err!("{NAME}: unknown style '{s}'; valid styles: tag, mask"),
    }
}

/// `redact_pii(text [, kinds [, style]])`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct RedactPiiFunc {
    signature: Signature,
}

impl Default for RedactPiiFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl RedactPiiFunc {
    pub fn new() -> Self {
        Self { signature: strings_signature(3) }
    }
}

impl ScalarUDFImpl for RedactPiiFunc {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        kinds_of(NAME, plan_literal(NAME, "kinds", args.scalar_arguments, 1)?.as_deref())?;
        style_of(plan_literal(NAME, "style", args.scalar_arguments, 2)?.as_deref())?;
        Ok(Arc::new(Field::new(NAME, DataType::Utf8, true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let kinds = kinds_of(NAME, exec_literal(NAME, "kinds", &args.args, 1)?)?;
        let style = style_of(exec_literal(NAME, "style", &args.args, 2)?)?;
        let (array, scalar) = first_array(NAME, &args.args, args.number_rows)?;
        let scanner = Scanner::get();
        let mut scratch = scanner.scratch();
        let mut found = Vec::new();
        let mut out = StringBuilder::with_capacity(array.len(), array.get_buffer_memory_size());
        for_each_str(NAME, array.as_ref(), |v| {
            let Some(text) = v else {
                out.append_null();
                return;
            };
            scanner.scan(&mut scratch, text, kinds, &mut found);
            let mut at = 0;
            for f in &found {
                // Writing into the builder's value buffer cannot fail.
                let _ = out.write_str(&text[at..f.start]);
                match style {
                    Style::Tag => {
                        let _ = out.write_str(f.kind.placeholder());
                    }
                    Style::Mask => {
                        for _ in 0..chars_between(text.as_bytes(), f.start, f.end) {
                            let _ = out.write_char('*');
                        }
                    }
                }
                at = f.end;
            }
            out.append_value(&text[at..]);
        })?;
        shaped(Arc::new(out.finish()), scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::PRIVACY,
                "The text with the personal data `find_pii` finds replaced: by a placeholder \
                 naming its kind (`<EMAIL>`, `<PHONE>`, `<IBAN>`, `<CARD>`, `<IP>`, `<SSN>`, \
                 `<NATIONAL_ID>`, `<DATE_OF_BIRTH>`, `<ADDRESS>`), or with style 'mask' by one \
                 `*` per character. The rest of the text is kept as it is. NULL gives NULL.",
                "redact_pii(text [, kinds [, style]])",
            )
            .with_argument("text", "A string expression.")
            .with_argument("kinds", "Optional constant: the kinds to redact, separated by commas, or 'all' (the default).")
            .with_argument("style", "Optional constant: 'tag' (the default) or 'mask'.")
            .with_sql_example(
                "SELECT redact_pii('Mail ana@example.org, IBAN DE89 3704 0044 0532 0130 00');\n\
                 -- Mail <EMAIL>, IBAN <IBAN>\n\
                 SELECT redact_pii('Mail ana@example.org', 'email', 'mask');\n\
                 -- Mail ***************",
            )
            .build()
        }))
    }
}
