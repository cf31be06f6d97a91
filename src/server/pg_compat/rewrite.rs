//! Rewrites of the queries PostgreSQL drivers send for metadata (SQLAlchemy's reflection, JDBC's
//! DatabaseMetaData) into forms DataFusion plans, each where DataFusion or datafusion-pg-catalog
//! falls short (docs/upstream/ has the issue texts):
//! - `LIKE p ESCAPE '/'`: DataFusion takes only the backslash; a literal pattern is re-escaped;
//! - a correlated scalar subquery that is not aggregated (`(SELECT x FROM t WHERE t.k = o.k)`),
//!   which DataFusion refuses, is aggregated with `max`: the same row when there is at most one
//!   (what PostgreSQL requires of it anyway);
//! - `unnest` and `generate_subscripts` over pg_index's `int2vector` columns, which
//!   datafusion-pg-catalog keeps as space-separated text, split into arrays first.

use std::collections::HashSet;
use std::ops::ControlFlow;

use datafusion::sql::sqlparser::ast::{
    visit_expressions, visit_expressions_mut, BinaryOperator, Expr, FunctionArg, FunctionArgExpr,
    FunctionArguments, GroupByExpr, ObjectNamePart, Query, SelectItem, SetExpr, Statement,
    TableFactor, Value, ValueWithSpan,
};
use datafusion::sql::sqlparser::dialect::PostgreSqlDialect;
use datafusion::sql::sqlparser::parser::Parser;

/// pg_index's columns of type `int2vector`, text in datafusion-pg-catalog.
const INT2VECTOR_COLUMNS: [&str; 4] = ["indkey", "indcollation", "indclass", "indoption"];

/// Aggregates: a scalar subquery projecting one of them returns one row already.
const AGGREGATES: [&str; 9] = [
    "max",
    "min",
    "count",
    "sum",
    "avg",
    "array_agg",
    "string_agg",
    "bool_and",
    "bool_or",
];

/// `statement` rewritten, or `None` when nothing needed rewriting.
pub fn rewrite(statement: &Statement) -> Option<Statement> {
    if !matches!(statement, Statement::Query(_)) {
        return None;
    }
    let mut out = statement.clone();
    let mut changed = false;
    let _ = visit_expressions_mut(&mut out, |e: &mut Expr| {
        if let Some(new) = rewrite_expr(e) {
            *e = new;
            changed = true;
        }
        ControlFlow::<()>::Continue(())
    });
    changed.then_some(out)
}

fn parse_expr(sql: &str) -> Option<Expr> {
    Parser::new(&PostgreSqlDialect {})
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_expr())
        .ok()
}

fn rewrite_expr(e: &Expr) -> Option<Expr> {
    match e {
        Expr::Like {
            negated,
            any: false,
            expr,
            pattern,
            escape_char: Some(escape),
        } => Some(Expr::Like {
            negated: *negated,
            any: false,
            expr: expr.clone(),
            pattern: Box::new(reescape(pattern, escape)?),
            escape_char: None,
        }),
        Expr::ILike {
            negated,
            any: false,
            expr,
            pattern,
            escape_char: Some(escape),
        } => Some(Expr::ILike {
            negated: *negated,
            any: false,
            expr: expr.clone(),
            pattern: Box::new(reescape(pattern, escape)?),
            escape_char: None,
        }),
        Expr::Subquery(q) => aggregate_correlated(q).map(Expr::Subquery),
        Expr::Function(f) => {
            let name = f.name.0.last().and_then(ObjectNamePart::as_ident)?;
            let name = name.value.to_ascii_lowercase();
            let FunctionArguments::List(list) = &f.args else {
                return None;
            };
            let arg = match list.args.first() {
                Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(a))) => a,
                _ => return None,
            };
            let column = match arg {
                Expr::Identifier(i) => &i.value,
                Expr::CompoundIdentifier(parts) => &parts.last()?.value,
                _ => return None,
            };
            if !INT2VECTOR_COLUMNS.contains(&column.to_ascii_lowercase().as_str()) {
                return None;
            }
            let array = format!("CAST(string_to_array({arg}, ' ') AS SMALLINT[])");
            match name.as_str() {
                "unnest" => parse_expr(&format!("unnest({array})")),
                "generate_subscripts" => parse_expr(&format!(
                    "unnest(range(1, CAST(cardinality({array}) AS BIGINT) + 1))"
                )),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A pattern written with escape character `escape` as a backslash-escaped literal; `None`
/// when the pattern is not made of literals or the escape is not one character.
fn reescape(pattern: &Expr, escape: &ValueWithSpan) -> Option<Expr> {
    let escape = match &escape.value {
        Value::SingleQuotedString(s) | Value::EscapedStringLiteral(s) => s,
        _ => return None,
    };
    let mut chars = escape.chars();
    let (Some(escape), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let text = literal_text(pattern)?;
    let mut out = String::with_capacity(text.len() + 4);
    let mut it = text.chars();
    while let Some(c) = it.next() {
        if c == escape {
            match it.next() {
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => return None,
            }
        } else if c == '\\' {
            out.push_str("\\\\");
        } else {
            out.push(c);
        }
    }
    Some(Expr::Value(Value::SingleQuotedString(out).into()))
}

/// The text of a string literal or a `||` of them.
fn literal_text(e: &Expr) -> Option<String> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::EscapedStringLiteral(s) => Some(s.clone()),
            _ => None,
        },
        Expr::Nested(inner) => literal_text(inner),
        Expr::BinaryOp {
            left,
            op: BinaryOperator::StringConcat,
            right,
        } => Some(literal_text(left)? + &literal_text(right)?),
        _ => None,
    }
}

/// `q` with its one output aggregated by `max`, when it is a correlated subquery without
/// aggregate, grouping or limit.
fn aggregate_correlated(q: &Query) -> Option<Box<Query>> {
    if q.limit_clause.is_some() || q.fetch.is_some() {
        return None;
    }
    let SetExpr::Select(select) = q.body.as_ref() else {
        return None;
    };
    let [item] = select.projection.as_slice() else {
        return None;
    };
    let no_grouping = matches!(&select.group_by, GroupByExpr::Expressions(g, _) if g.is_empty());
    if !no_grouping || select.having.is_some() || select.distinct.is_some() {
        return None;
    }
    let (expr, alias) = match item {
        SelectItem::UnnamedExpr(e) => (e, None),
        SelectItem::ExprWithAlias { expr, alias } => (expr, Some(alias)),
        _ => return None,
    };
    if is_aggregate(expr) || !is_correlated(select) {
        return None;
    }
    let wrapped = parse_expr(&format!("max({expr})"))?;
    let mut out = q.clone();
    if let SetExpr::Select(s) = out.body.as_mut() {
        s.projection = vec![match alias {
            Some(a) => SelectItem::ExprWithAlias {
                expr: wrapped,
                alias: a.clone(),
            },
            None => SelectItem::UnnamedExpr(wrapped),
        }];
    }
    Some(Box::new(out))
}

fn is_aggregate(e: &Expr) -> bool {
    match e {
        Expr::Function(f) => f
            .name
            .0
            .last()
            .and_then(ObjectNamePart::as_ident)
            .is_some_and(|i| AGGREGATES.contains(&i.value.to_ascii_lowercase().as_str())),
        Expr::Nested(inner) => is_aggregate(inner),
        _ => false,
    }
}

/// Whether `select`'s WHERE names a table its FROM does not (an outer query's).
fn is_correlated(select: &datafusion::sql::sqlparser::ast::Select) -> bool {
    let Some(selection) = &select.selection else {
        return false;
    };
    let mut names = HashSet::new();
    for t in &select.from {
        for factor in std::iter::once(&t.relation).chain(t.joins.iter().map(|j| &j.relation)) {
            if let TableFactor::Table { name, alias, .. } = factor {
                if let Some(i) = name.0.last().and_then(ObjectNamePart::as_ident) {
                    names.insert(i.value.to_ascii_lowercase());
                }
                if let Some(a) = alias {
                    names.insert(a.name.value.to_ascii_lowercase());
                }
            } else if let TableFactor::Derived { alias: Some(a), .. } = factor {
                names.insert(a.name.value.to_ascii_lowercase());
            }
        }
    }
    let mut outer = false;
    let _ = visit_expressions(selection, |e: &Expr| {
        if let Expr::CompoundIdentifier(parts) = e {
            if parts.len() >= 2 {
                let table = parts[parts.len() - 2].value.to_ascii_lowercase();
                if !names.contains(&table) {
                    outer = true;
                    return ControlFlow::Break(());
                }
            }
        }
        ControlFlow::Continue(())
    });
    outer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(sql: &str) -> String {
        let s = Parser::parse_sql(&PostgreSqlDialect {}, sql)
            .unwrap()
            .remove(0);
        rewrite(&s).map(|s| s.to_string()).unwrap_or_default()
    }

    #[test]
    fn like_escape_slash_becomes_backslash() {
        assert_eq!(
            rewritten("SELECT n FROM t WHERE n NOT LIKE 'pg/_' || '%' ESCAPE '/'"),
            "SELECT n FROM t WHERE n NOT LIKE 'pg\\_%'"
        );
    }

    #[test]
    fn correlated_scalar_subqueries_are_aggregated() {
        assert_eq!(
            rewritten("SELECT (SELECT t.name FROM t WHERE t.id = o.id) AS n FROM o"),
            "SELECT (SELECT max(t.name) FROM t WHERE t.id = o.id) AS n FROM o"
        );
        // Uncorrelated or aggregated already: unchanged.
        assert_eq!(
            rewritten("SELECT (SELECT t.name FROM t WHERE t.id = 1) FROM o"),
            ""
        );
        assert_eq!(
            rewritten("SELECT (SELECT count(*) FROM t WHERE t.id = o.id) FROM o"),
            ""
        );
    }

    #[test]
    fn int2vector_columns_are_split() {
        assert_eq!(
            rewritten("SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) FROM pg_index i"),
            "SELECT unnest(CAST(string_to_array(i.indkey, ' ') AS SMALLINT[])), \
             unnest(range(1, CAST(cardinality(CAST(string_to_array(i.indkey, ' ') AS SMALLINT[])) AS BIGINT) + 1)) \
             FROM pg_index i"
        );
    }
}
