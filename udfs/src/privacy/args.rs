//! The arguments the privacy functions share: their signatures, the constant `kinds`, `style`
//! and `key_name` arguments (checked at plan time, read again at execution), and the text
//! argument walked row by row without copying.

use arrow::array::{Array, ArrayRef, AsArray};
use arrow::datatypes::DataType;
use datafusion::common::types::logical_string;
use datafusion::common::{exec_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{Coercion, ColumnarValue, Signature, TypeSignature, TypeSignatureClass, Volatility};

/// `(text)`, `(text, a)`, ... up to `max` string arguments, taken as they are (no cast around
/// the constant arguments, which the planner must still see as literals).
pub(crate) fn strings_signature(max: usize) -> Signature {
    let s = || Coercion::new_exact(TypeSignatureClass::Native(logical_string()));
    Signature::one_of(
        (1..=max).map(|n| TypeSignature::Coercible((0..n).map(|_| s()).collect())).collect(),
        Volatility::Immutable,
    )
}

/// The constant string argument `index` (named `what`) at plan time: `None` when absent.
pub(crate) fn plan_literal(func: &str, what: &str, scalars: &[Option<&ScalarValue>], index: usize) -> Result<Option<String>> {
    if index >= scalars.len() {
        return Ok(None);
    }
    match scalars[index] {
        Some(v) => match v.try_as_str() {
            Some(Some(s)) => Ok(Some(s.to_string())),
            _ => plan_err!("{func}: argument `{what}` must be a non-NULL string"),
        },
        None => plan_err!("{func}: argument `{what}` must be a constant string, not a column"),
    }
}

/// The same argument at execution time.
pub(crate) fn exec_literal<'a>(func: &str, what: &str, args: &'a [ColumnarValue], index: usize) -> Result<Option<&'a str>> {
    match args.get(index) {
        None => Ok(None),
        Some(ColumnarValue::Scalar(v)) => match v.try_as_str() {
            Some(Some(s)) => Ok(Some(s)),
            _ => exec_err!("{func}: argument `{what}` must be a non-NULL string"),
        },
        Some(ColumnarValue::Array(_)) => exec_err!("{func}: argument `{what}` must be a constant string, not a column"),
    }
}

/// The first argument as an array (one row for a scalar) and whether it was a scalar.
pub(crate) fn first_array(func: &str, args: &[ColumnarValue], rows: usize) -> Result<(ArrayRef, bool)> {
    let Some(first) = args.first() else {
        return exec_err!("{func}: missing its first argument");
    };
    let scalar = matches!(first, ColumnarValue::Scalar(_));
    Ok((first.to_array(if scalar { 1 } else { rows })?, scalar))
}

/// `out` in the shape the input had.
pub(crate) fn shaped(out: ArrayRef, scalar: bool) -> Result<ColumnarValue> {
    if scalar {
        Ok(ColumnarValue::Scalar(ScalarValue::try_from_array(&out, 0)?))
    } else {
        Ok(ColumnarValue::Array(out))
    }
}

/// Call `f(value)` for each row of a string array, without copying the strings.
pub(crate) fn for_each_str(func: &str, array: &dyn Array, mut f: impl FnMut(Option<&str>)) -> Result<()> {
    match array.data_type() {
        DataType::Utf8 => array.as_string::<i32>().iter().for_each(f),
        DataType::LargeUtf8 => array.as_string::<i64>().iter().for_each(f),
        DataType::Utf8View => array.as_string_view().iter().for_each(f),
        DataType::Null => (0..array.len()).for_each(|_| f(None)),
        other => return exec_err!("{func}: expects a string, got {other}"),
    }
    Ok(())
}

/// Characters of `hay[from..to]` (UTF-8: the bytes that do not continue a character).
#[inline]
pub(crate) fn chars_between(hay: &[u8], from: usize, to: usize) -> usize {
    hay[from..to].iter().filter(|&&b| (b & 0xc0) != 0x80).count()
}
