//! The arguments of the text functions (`classify_intent`, `intent_scores`, `intent_features`):
//! their signature, the `text` argument as an array and its texts, the optional `model` name
//! (checked at plan time, read at execution), and the result in the shape the input had.

use arrow::array::{Array, ArrayRef, AsArray};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{ColumnarValue, ScalarFunctionArgs};

use super::model::DEFAULT_MODEL;

/// The `text` argument of a call as an array (one row for a scalar), and whether it was a
/// scalar, so the result can be given back in the same shape by [`to_columnar`].
pub(crate) fn text_array(args: &ScalarFunctionArgs) -> Result<(ArrayRef, bool)> {
    let Some(first) = args.args.first() else {
        return exec_err!("missing argument `text`");
    };
    let scalar = matches!(first, ColumnarValue::Scalar(_));
    Ok((first.to_array(if scalar { 1 } else { args.number_rows })?, scalar))
}

/// `out` as the function's result: a scalar when the input was one.
pub(crate) fn to_columnar(out: ArrayRef, scalar: bool) -> Result<ColumnarValue> {
    if scalar {
        Ok(ColumnarValue::Scalar(ScalarValue::try_from_array(&out, 0)?))
    } else {
        Ok(ColumnarValue::Array(out))
    }
}

/// `(text)` or `(text, model)`, any string type, taken as it is: no cast is put around the
/// `model` literal (a `String(2)` signature would cast it to the text column's type, e.g.
/// Utf8View, and the planner would no longer see a constant).
pub(crate) fn text_signature() -> datafusion::logical_expr::Signature {
    use datafusion::common::types::logical_string;
    use datafusion::logical_expr::{Coercion, Signature, TypeSignature, TypeSignatureClass, Volatility};
    let s = || Coercion::new_exact(TypeSignatureClass::Native(logical_string()));
    Signature::one_of(
        vec![TypeSignature::Coercible(vec![s()]), TypeSignature::Coercible(vec![s(), s()])],
        Volatility::Immutable,
    )
}

/// The model named by the optional second argument (a constant string), checked at plan time.
pub(crate) fn model_name_arg(func: &str, scalars: &[Option<&ScalarValue>], arg_count: usize) -> Result<String> {
    if arg_count < 2 {
        return Ok(DEFAULT_MODEL.to_string());
    }
    match scalars.get(1) {
        Some(Some(v)) => match v.try_as_str() {
            Some(Some(name)) => Ok(name.to_string()),
            _ => plan_err!("{func}: argument `model` must be a non-NULL string, such as '{DEFAULT_MODEL}'"),
        },
        _ => plan_err!("{func}: argument `model` must be a constant string (a model name), not a column"),
    }
}

/// The model name at execution time (the planner checked it is a constant).
pub(crate) fn model_name_value(func: &str, args: &[ColumnarValue]) -> Result<String> {
    match args.get(1) {
        None => Ok(DEFAULT_MODEL.to_string()),
        Some(ColumnarValue::Scalar(v)) => match v.try_as_str() {
            Some(Some(name)) => Ok(name.to_string()),
            _ => exec_err!("{func}: argument `model` must be a non-NULL string"),
        },
        Some(ColumnarValue::Array(_)) => exec_err!("{func}: argument `model` must be a constant string, not a column"),
    }
}

/// The texts of a string argument.
pub(crate) fn texts<'a>(func: &str, array: &'a dyn Array) -> Result<Vec<Option<&'a str>>> {
    Ok(match array.data_type() {
        DataType::Utf8 => array.as_string::<i32>().iter().collect(),
        DataType::LargeUtf8 => array.as_string::<i64>().iter().collect(),
        DataType::Utf8View => array.as_string_view().iter().collect(),
        DataType::Null => vec![None; array.len()],
        other => return exec_err!("{func}: argument `text` must be a string, got {other}"),
    })
}
