//! `find_pii(text [, kinds])`: the personal data in a text, as a list of
//! `{kind, start, end, score}` with offsets in characters.

use std::sync::{Arc, OnceLock};

use arrow::array::{ArrayRef, Float64Array, Int32Array, ListArray, StringBuilder, StructArray};
use arrow::buffer::{NullBuffer, OffsetBuffer};
use arrow::datatypes::{DataType, Field, FieldRef, Fields};
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl, Signature,
};

use super::args::{chars_between, exec_literal, first_array, for_each_str, plan_literal, shaped, strings_signature};
use super::kind::KindSet;
use super::scanner::Scanner;
use crate::doc;

/// The SQL name.
pub const NAME: &str = "find_pii";

/// `find_pii(text [, kinds])`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct FindPiiFunc {
    signature: Signature,
}

impl Default for FindPiiFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl FindPiiFunc {
    pub fn new() -> Self {
        Self { signature: strings_signature(2) }
    }
}

/// The fields of one finding.
fn finding_fields() -> Fields {
    Fields::from(vec![
        Field::new("kind", DataType::Utf8, false),
        Field::new("start", DataType::Int32, false),
        Field::new("end", DataType::Int32, false),
        Field::new("score", DataType::Float64, false),
    ])
}

fn item_field() -> FieldRef {
    Arc::new(Field::new("item", DataType::Struct(finding_fields()), false))
}

/// The kinds a call asks for: its constant `kinds` argument, or all.
pub(crate) fn kinds_of(func: &str, kinds: Option<&str>) -> Result<KindSet> {
    kinds.map_or(Ok(KindSet::ALL), |k| KindSet::parse(func, k))
}

impl ScalarUDFImpl for FindPiiFunc {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::List(item_field()))
    }

    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        kinds_of(NAME, plan_literal(NAME, "kinds", args.scalar_arguments, 1)?.as_deref())?;
        Ok(Arc::new(Field::new(NAME, DataType::List(item_field()), true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let kinds = kinds_of(NAME, exec_literal(NAME, "kinds", &args.args, 1)?)?;
        let (array, scalar) = first_array(NAME, &args.args, args.number_rows)?;
        let scanner = Scanner::get();
        let mut scratch = scanner.scratch();
        let mut found = Vec::new();
        let mut kind = StringBuilder::new();
        let (mut starts, mut ends, mut scores) = (Vec::new(), Vec::new(), Vec::new());
        let mut offsets = Vec::with_capacity(array.len() + 1);
        offsets.push(0i32);
        let mut valid = Vec::with_capacity(array.len());
        let mut overflow = false;
        for_each_str(NAME, array.as_ref(), |v| {
            valid.push(v.is_some());
            if let Some(text) = v {
                scanner.scan(&mut scratch, text, kinds, &mut found);
                let hay = text.as_bytes();
                let ascii = hay.is_ascii();
                // Byte offsets to characters, counting once through the text.
                let (mut byte, mut chars) = (0usize, 0usize);
                let mut to_chars = |at: usize| {
                    if ascii {
                        return at;
                    }
                    chars += chars_between(hay, byte, at);
                    byte = at;
                    chars
                };
                for f in &found {
                    let (s, e) = (to_chars(f.start), to_chars(f.end));
                    kind.append_value(f.kind.name());
                    overflow |= e > i32::MAX as usize;
                    starts.push(s as i32);
                    ends.push(e as i32);
                    scores.push(f.score);
                }
            }
            offsets.push(starts.len() as i32);
        })?;
        if overflow {
            return datafusion::common::exec_err!("{NAME}: a text longer than 2^31 characters");
        }
        let items = StructArray::try_new(
            finding_fields(),
            vec![
                Arc::new(kind.finish()) as ArrayRef,
                Arc::new(Int32Array::from(starts)),
                Arc::new(Int32Array::from(ends)),
                Arc::new(Float64Array::from(scores)),
            ],
            None,
        )?;
        let list = ListArray::try_new(
            item_field(),
            OffsetBuffer::new(offsets.into()),
            Arc::new(items),
            Some(NullBuffer::from(valid)),
        )?;
        shaped(Arc::new(list), scalar)
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::PRIVACY,
                "The personal data in a text: a list of `{kind, start, end, score}`, in order, \
                 with `start` and `end` in characters (0-based, end exclusive: \
                 `substr(text, start + 1, end - start)` is the finding). Kinds: `email`, \
                 `phone` (E.164 and the national forms of en, de, fr, es, it, nl, pt), `iban` \
                 (mod-97 checked), `card` (Luhn checked, known issuer ranges), `ip` (IPv4, \
                 IPv6), `ssn` (US, never-issued ranges refused), `national_id` (Spanish \
                 DNI/NIE, Italian codice fiscale, French NIR by their checksum; Dutch BSN, \
                 Portuguese NIF and German Steuer-ID by checksum after their name), \
                 `date_of_birth` (a date after a cue such as born, DOB, geboren, né, nacido, \
                 nato, geboren op, nascido) and `address` (street, number and postcode in the \
                 forms of the seven languages). `score` is the confidence: 1 for a checksum, \
                 less for a shape. NULL gives NULL; a text without findings an empty list. \
                 One multi-pattern automaton, compiled once, scans each text.",
                "find_pii(text [, kinds])",
            )
            .with_argument("text", "A string expression.")
            .with_argument(
                "kinds",
                "Optional constant: the kinds to report, separated by commas (for example \
                 'email,phone'), or 'all' (the default). An unknown kind is an error.",
            )
            .with_sql_example(
                "SELECT find_pii('Write to ana@example.org or call +34 612 345 678');\n\
                 -- [{kind: email, start: 9, end: 24, score: 1.0}, {kind: phone, start: 33, end: 48, score: 0.9}]",
            )
            .build()
        }))
    }
}
