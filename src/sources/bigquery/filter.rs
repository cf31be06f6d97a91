//! Filters pushed to BigQuery as the read session's `row_restriction`: comparisons, `IN`,
//! `IS [NOT] NULL`, `NOT`, `AND` and `OR` over plain columns and literals. Anything else is
//! left to DataFusion after the scan; `EXPLAIN` shows the restriction on the scan and the rest
//! in a `FilterExec` above it.

use datafusion::arrow::datatypes::{DataType, Schema};
use datafusion::common::ScalarValue;
use datafusion::logical_expr::{BinaryExpr, Expr, Operator};

/// The filters as one BigQuery `row_restriction` (ANDed), or `None` when none translate.
pub fn row_restriction(filters: &[Expr], schema: &Schema) -> Option<String> {
    let parts: Vec<String> = filters.iter().filter_map(|f| restriction(f, schema)).collect();
    match parts.len() {
        0 => None,
        1 => parts.into_iter().next(),
        _ => Some(parts.iter().map(|p| format!("({p})")).collect::<Vec<_>>().join(" AND ")),
    }
}

/// One filter in BigQuery's SQL, when it translates exactly.
pub fn restriction(e: &Expr, schema: &Schema) -> Option<String> {
    match e {
        Expr::BinaryExpr(BinaryExpr { left, op, right }) => {
            let sql_op = match op {
                Operator::And | Operator::Or => {
                    let (l, r) = (restriction(left, schema)?, restriction(right, schema)?);
                    let word = if *op == Operator::And { "AND" } else { "OR" };
                    return Some(format!("({l}) {word} ({r})"));
                }
                Operator::Eq => "=",
                Operator::NotEq => "!=",
                Operator::Lt => "<",
                Operator::LtEq => "<=",
                Operator::Gt => ">",
                Operator::GtEq => ">=",
                _ => return None,
            };
            // Column against literal, either way round.
            if let (Some(c), Some(v)) = (column(left, schema), literal(right)) {
                return Some(format!("{c} {sql_op} {v}"));
            }
            if let (Some(v), Some(c)) = (literal(left), column(right, schema)) {
                return Some(format!("{v} {sql_op} {c}"));
            }
            None
        }
        Expr::Not(inner) => Some(format!("NOT ({})", restriction(inner, schema)?)),
        Expr::IsNull(inner) => Some(format!("{} IS NULL", column(inner, schema)?)),
        Expr::IsNotNull(inner) => Some(format!("{} IS NOT NULL", column(inner, schema)?)),
        Expr::InList(list) if !list.list.is_empty() => {
            let c = column(&list.expr, schema)?;
            let values = list.list.iter().map(literal).collect::<Option<Vec<_>>>()?;
            let not = if list.negated { "NOT " } else { "" };
            Some(format!("{c} {not}IN ({})", values.join(", ")))
        }
        _ => None,
    }
}

/// A plain column of a comparable type, quoted for BigQuery.
fn column(e: &Expr, schema: &Schema) -> Option<String> {
    let Expr::Column(c) = e else { return None };
    let field = schema.field_with_name(&c.name).ok()?;
    match field.data_type() {
        DataType::List(_) | DataType::Struct(_) | DataType::Binary | DataType::Interval(_) => None,
        _ if field.name().contains('`') => None,
        _ => Some(format!("`{}`", field.name())),
    }
}

/// A literal in BigQuery's SQL.
fn literal(e: &Expr) -> Option<String> {
    let Expr::Literal(v, _) = e else { return None };
    Some(match v {
        ScalarValue::Boolean(Some(b)) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        ScalarValue::Int8(Some(v)) => v.to_string(),
        ScalarValue::Int16(Some(v)) => v.to_string(),
        ScalarValue::Int32(Some(v)) => v.to_string(),
        ScalarValue::Int64(Some(v)) => v.to_string(),
        ScalarValue::UInt8(Some(v)) => v.to_string(),
        ScalarValue::UInt16(Some(v)) => v.to_string(),
        ScalarValue::UInt32(Some(v)) => v.to_string(),
        ScalarValue::UInt64(Some(v)) if *v <= i64::MAX as u64 => v.to_string(),
        // `{:?}` keeps a decimal point or exponent, so BigQuery reads a FLOAT64.
        ScalarValue::Float64(Some(v)) if v.is_finite() => format!("{v:?}"),
        ScalarValue::Float32(Some(v)) if v.is_finite() => format!("{:?}", f64::from(*v)),
        ScalarValue::Utf8(Some(s)) | ScalarValue::LargeUtf8(Some(s)) | ScalarValue::Utf8View(Some(s)) => quote(s),
        ScalarValue::Date32(Some(_)) => format!("DATE '{v}'"),
        _ => return None,
    })
}

/// A BigQuery string literal: backslash escapes for the quote, the backslash and controls.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::datatypes::Field;
    use datafusion::prelude::{col, lit};

    fn schema() -> Schema {
        Schema::new(vec![
            Field::new("n", DataType::Int64, true),
            Field::new("s", DataType::Utf8, true),
            Field::new("tags", DataType::List(std::sync::Arc::new(Field::new("item", DataType::Utf8, true))), true),
        ])
    }

    #[test]
    fn supported_filters_translate() {
        let s = schema();
        let r = |e: Expr| restriction(&e, &s);
        assert_eq!(r(col("n").gt(lit(5i64))).as_deref(), Some("`n` > 5"));
        assert_eq!(r(lit(5i64).lt_eq(col("n"))).as_deref(), Some("5 <= `n`"));
        assert_eq!(r(col("s").eq(lit("it's"))).as_deref(), Some("`s` = 'it\\'s'"));
        assert_eq!(r(col("s").in_list(vec![lit("a"), lit("b")], true)).as_deref(), Some("`s` NOT IN ('a', 'b')"));
        assert_eq!(
            r(col("n").is_null().or(col("n").eq(lit(1i64)).and(col("s").is_not_null()))).as_deref(),
            Some("(`n` IS NULL) OR ((`n` = 1) AND (`s` IS NOT NULL))")
        );
        assert_eq!(r(col("n").gt(lit(1.5f64))).as_deref(), Some("`n` > 1.5"));
    }

    #[test]
    fn the_rest_stays_with_datafusion() {
        let s = schema();
        let r = |e: Expr| restriction(&e, &s);
        assert_eq!(r(col("n").eq(col("n"))), None);
        assert_eq!(r((col("n") + lit(1i64)).gt(lit(2i64))), None);
        assert_eq!(r(col("s").like(lit("a%"))), None);
        assert_eq!(r(col("tags").is_null()), None);
        // One untranslatable side makes the whole OR stay.
        assert_eq!(r(col("n").eq(lit(1i64)).or(col("s").like(lit("x%")))), None);
        let all = row_restriction(&[col("n").gt(lit(1i64)), col("s").like(lit("x%")), col("s").eq(lit("a"))], &s);
        assert_eq!(all.as_deref(), Some("(`n` > 1) AND (`s` = 'a')"));
    }
}
