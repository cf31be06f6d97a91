//! Reading a constant string out of a function argument (a contract name, a pattern, a mode).

use datafusion::common::ScalarValue;
use datafusion::logical_expr::Expr;

/// A string literal argument, or `None`.
pub(crate) fn string_literal(e: &Expr) -> Option<&str> {
    match e {
        Expr::Literal(
            ScalarValue::Utf8(Some(s))
            | ScalarValue::LargeUtf8(Some(s))
            | ScalarValue::Utf8View(Some(s)),
            _,
        ) => Some(s),
        _ => None,
    }
}
