//! What every format predicate shares: the strict evaluation of a string-to-boolean check over
//! a scalar or an array (NULL in, NULL out), the scalar UDF each is ([`PredicateFunc`] over a
//! [`FormatPredicate`]), the form of their documentation, and the DNS host name check of
//! `is_email` and `is_url`.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, Result, ScalarValue};
use datafusion::logical_expr::{ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility};

use crate::doc;

/// Evaluate the predicate `name`, which checks one string with `check`.
pub(super) fn invoke(
    name: &str,
    check: impl Fn(&str) -> bool + Copy,
    args: ScalarFunctionArgs,
) -> Result<ColumnarValue> {
    let [arg] = args.args.as_slice() else {
        return exec_err!("{} takes exactly one argument", name);
    };
    match arg {
        ColumnarValue::Scalar(s) => {
            let out = match s {
                ScalarValue::Utf8(v) | ScalarValue::LargeUtf8(v) | ScalarValue::Utf8View(v) => {
                    v.as_deref().map(check)
                }
                ScalarValue::Null => None,
                other => return exec_err!("{} expects a string, got {}", name, other.data_type()),
            };
            Ok(ColumnarValue::Scalar(ScalarValue::Boolean(out)))
        }
        ColumnarValue::Array(a) => Ok(ColumnarValue::Array(check_array(check, a, name)?)),
    }
}

/// Apply `check` to every value of a string array; nulls stay null.
pub fn check_array(
    check: impl Fn(&str) -> bool + Copy,
    array: &ArrayRef,
    name: &str,
) -> Result<ArrayRef> {
    let out: BooleanArray = match array.data_type() {
        DataType::Utf8 => array
            .as_string::<i32>()
            .iter()
            .map(|v| v.map(check))
            .collect(),
        DataType::LargeUtf8 => array
            .as_string::<i64>()
            .iter()
            .map(|v| v.map(check))
            .collect(),
        DataType::Utf8View => array
            .as_string_view()
            .iter()
            .map(|v| v.map(check))
            .collect(),
        DataType::Null => BooleanArray::new_null(array.len()),
        other => return exec_err!("{name} expects a string, got {other}"),
    };
    Ok(Arc::new(out))
}

/// The documentation of the predicate `name`: what it accepts, its one argument, and an example
/// of a string it accepts (`example_ok`) and one it refuses (`example_bad`).
pub(super) fn documentation(
    name: &str,
    what: &str,
    example_ok: &str,
    example_bad: &str,
) -> Documentation {
    Documentation::builder(doc::VALIDATE, what, format!("{name}(str)"))
        .with_argument("str", "A string expression; NULL gives NULL.")
        .with_sql_example(format!(
            "SELECT {name}('{example_ok}') AS ok, {name}('{example_bad}') AS bad;\n-- ok: true, bad: false"
        ))
        .build()
}

/// A DNS host name of at least `min_labels` labels whose last label is not all digits.
pub(super) fn is_domain(domain: &str, min_labels: usize) -> bool {
    if domain.is_empty() || domain.len() > 253 {
        return false;
    }
    let mut labels = 0;
    let mut last = "";
    for label in domain.split('.') {
        let b = label.as_bytes();
        if b.is_empty() || b.len() > 63 || b[0] == b'-' || b[b.len() - 1] == b'-' {
            return false;
        }
        if !b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-') {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= min_labels && !last.bytes().all(|c| c.is_ascii_digit())
}

/// One format predicate: its SQL name, its check and its documentation. Each `is_*.rs` file
/// implements it for a unit struct; [`PredicateFunc`] turns it into a scalar UDF.
pub trait FormatPredicate: Send + Sync + 'static {
    /// The SQL name.
    const NAME: &'static str;
    /// Does `s` have this format?
    fn check(s: &str) -> bool;
    /// The user documentation, built once.
    fn doc() -> &'static Documentation;
}

/// The scalar UDF of the format predicate `P`: a string in, a boolean out, NULL for NULL.
pub struct PredicateFunc<P> {
    signature: Signature,
    format: PhantomData<fn() -> P>,
}

impl<P> PredicateFunc<P> {
    pub fn new() -> Self {
        Self { signature: Signature::string(1, Volatility::Immutable), format: PhantomData }
    }
}

impl<P> Default for PredicateFunc<P> {
    fn default() -> Self {
        Self::new()
    }
}

impl<P: FormatPredicate> fmt::Debug for PredicateFunc<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PredicateFunc").field("name", &P::NAME).finish()
    }
}

// One value per type: every instance of `PredicateFunc<P>` is the same function.
impl<P> PartialEq for PredicateFunc<P> {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl<P> Eq for PredicateFunc<P> {}

impl<P: FormatPredicate> Hash for PredicateFunc<P> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        P::NAME.hash(state)
    }
}

impl<P: FormatPredicate> ScalarUDFImpl for PredicateFunc<P> {
    fn name(&self) -> &str {
        P::NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Boolean)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        invoke(P::NAME, P::check, args)
    }

    fn documentation(&self) -> Option<&Documentation> {
        Some(P::doc())
    }
}
