//! Rewrites of the queries PostgreSQL drivers send for metadata (SQLAlchemy's reflection, JDBC's
//! DatabaseMetaData) into forms DataFusion plans, each where DataFusion or datafusion-pg-catalog
//! falls short (docs/upstream/ has the issue texts):
//! - `LIKE p ESCAPE '/'`: DataFusion takes only the backslash; a literal pattern is re-escaped;
//! - a correlated scalar subquery that is not aggregated (`(SELECT x FROM t WHERE t.k = o.k)`),
//!   which DataFusion refuses, is aggregated with `max`: the same row when there is at most one
//!   (what PostgreSQL requires of it anyway);
//! - `unnest` and `generate_subscripts` over pg_index's `int2vector` columns, which
//!   datafusion-pg-catalog keeps as space-separated text, split into arrays first;
//! - `information_schema._pg_expandarray(a)`, a set-returning function of `(x, n)` records, as
//!   `unnest` of [`super::expandarray`]'s list of them;
//! - `typinput = 'schema.name'::regproc` (JDBC's type cache), which datafusion-pg-catalog turns
//!   into a pg_proc oid lookup while it keeps `typinput` as text, as a comparison with the name;
//! - `pg_class.reloptions`, a column datafusion-pg-catalog's pg_class lacks, as NULL (privsql's
//!   relations have no storage options; SQLAlchemy's `get_indexes` selects it);
//! - `CASE WHEN c THEN (correlated subquery over pg_catalog) END`, which DataFusion cannot
//!   plan, as the subquery alone with `c` moved into its correlation ([`super::case_subquery`]);
//! - `(record).field` on an expression, as `get_field(record, 'field')`;
//! - a projection that repeats a column name (`SELECT 1, 1`), which DataFusion refuses, aliased
//!   to unique names that the server shows as PostgreSQL's ([`super::names`]).

use std::collections::HashSet;
use std::ops::ControlFlow;

use datafusion::sql::sqlparser::ast::{
    visit_expressions, visit_expressions_mut, AccessExpr, BinaryOperator, Expr, FunctionArg,
    FunctionArgExpr, FunctionArguments, GroupByExpr, ObjectNamePart, Query, Select, SelectItem,
    SetExpr, Statement, TableFactor, Value, ValueWithSpan,
};
use datafusion::sql::sqlparser::dialect::PostgreSqlDialect;
use datafusion::sql::sqlparser::parser::Parser;

use super::{case_subquery, expandarray, names};

/// pg_index's columns of type `int2vector`, text in datafusion-pg-catalog.
const INT2VECTOR_COLUMNS: [&str; 4] = ["indkey", "indcollation", "indclass", "indoption"];

/// pg_type's columns of type `regproc`, text in datafusion-pg-catalog.
const REGPROC_TEXT_COLUMNS: [&str; 4] = ["typinput", "typoutput", "typreceive", "typsend"];

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
    let mut changed = names::alias_duplicates(&mut out);
    let _ = visit_expressions_mut(&mut out, |e: &mut Expr| {
        if let Some(new) = rewrite_expr(e) {
            *e = new;
            changed = true;
        }
        ControlFlow::<()>::Continue(())
    });
    changed.then_some(out)
}

pub(super) fn parse_expr(sql: &str) -> Option<Expr> {
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
        Expr::Case { .. } => case_subquery::rewrite(e),
        // `(record).field`: DataFusion's planner takes only `record['field']` on expressions.
        Expr::CompoundFieldAccess { root, access_chain }
            if matches!(root.as_ref(), Expr::Nested(_) | Expr::Function(_)) =>
        {
            let mut out = root.to_string();
            for access in access_chain {
                let AccessExpr::Dot(Expr::Identifier(field)) = access else {
                    return None;
                };
                let field = field.value.to_ascii_lowercase().replace('\'', "''");
                out = format!("get_field({out}, '{field}')");
            }
            parse_expr(&out)
        }
        Expr::CompoundIdentifier(parts)
            if parts.len() >= 2
                && parts[parts.len() - 1]
                    .value
                    .eq_ignore_ascii_case("reloptions")
                && parts[parts.len() - 2]
                    .value
                    .eq_ignore_ascii_case("pg_class") =>
        {
            parse_expr("CAST(NULL AS TEXT[])")
        }
        Expr::BinaryOp {
            left,
            op: op @ (BinaryOperator::Eq | BinaryOperator::NotEq),
            right,
        } if names_regproc_column(left) => Some(Expr::BinaryOp {
            left: left.clone(),
            op: op.clone(),
            right: Box::new(Expr::Value(
                Value::SingleQuotedString(proc_lookup_name(right)?).into(),
            )),
        }),
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
                Expr::Identifier(i) => Some(&i.value),
                Expr::CompoundIdentifier(parts) => Some(&parts.last()?.value),
                _ => None,
            };
            let int2vector = column
                .is_some_and(|c| INT2VECTOR_COLUMNS.contains(&c.to_ascii_lowercase().as_str()));
            let array = if int2vector {
                format!("CAST(string_to_array({arg}, ' ') AS SMALLINT[])")
            } else {
                arg.to_string()
            };
            if name == "_pg_expandarray" && list.args.len() == 1 {
                return parse_expr(&format!("unnest({}({array}))", expandarray::NAME));
            }
            if !int2vector {
                return None;
            }
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

/// Whether `e` is one of pg_type's `regproc` columns, which datafusion-pg-catalog keeps as text.
fn names_regproc_column(e: &Expr) -> bool {
    let column = match e {
        Expr::Identifier(i) => &i.value,
        Expr::CompoundIdentifier(parts) => match parts.last() {
            Some(i) => &i.value,
            None => return false,
        },
        _ => return false,
    };
    REGPROC_TEXT_COLUMNS.contains(&column.to_ascii_lowercase().as_str())
}

/// The function name `e` looks up when it is datafusion-pg-catalog's rewrite of
/// `'name'::regproc`, `(SELECT oid FROM pg_catalog.pg_proc WHERE proname = 'name')`, without
/// its schema (as a regproc is displayed).
fn proc_lookup_name(e: &Expr) -> Option<String> {
    let Expr::Subquery(q) = e else {
        return None;
    };
    let SetExpr::Select(select) = q.body.as_ref() else {
        return None;
    };
    if !from_names(select).contains("pg_proc") {
        return None;
    }
    let Some(Expr::BinaryOp {
        left,
        op: BinaryOperator::Eq,
        right,
    }) = &select.selection
    else {
        return None;
    };
    if !matches!(left.as_ref(), Expr::Identifier(i) if i.value.eq_ignore_ascii_case("proname")) {
        return None;
    }
    let name = literal_text(right)?;
    Some(name.rsplit('.').next().unwrap_or(&name).to_owned())
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

pub(super) fn is_aggregate(e: &Expr) -> bool {
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

/// The names `select`'s FROM gives its tables (last name part, or alias), in lower case.
pub(super) fn from_names(select: &Select) -> HashSet<String> {
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
    names
}

/// Whether `e` names a column of a table not in `names` (an outer query's).
pub(super) fn names_outer(e: &Expr, names: &HashSet<String>) -> bool {
    let mut outer = false;
    let _ = visit_expressions(e, |e: &Expr| {
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

/// Whether `select`'s WHERE names a table its FROM does not (an outer query's).
fn is_correlated(select: &Select) -> bool {
    let Some(selection) = &select.selection else {
        return false;
    };
    names_outer(selection, &from_names(select))
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
    fn pg_expandarray_becomes_unnest_of_records() {
        assert_eq!(
            rewritten(
                "SELECT (information_schema._pg_expandarray(i.indkey)).n AS k, \
                 information_schema._pg_expandarray(i.indkey) AS keys FROM pg_index i"
            ),
            "SELECT get_field((unnest(_pg_expandarray_list(CAST(string_to_array(i.indkey, ' ') AS SMALLINT[])))), 'n') AS k, \
             unnest(_pg_expandarray_list(CAST(string_to_array(i.indkey, ' ') AS SMALLINT[]))) AS keys \
             FROM pg_index i"
        );
    }

    // CASE-guarded catalog subqueries: case_subquery.rs.
    #[test]
    fn the_guard_moves_into_the_correlation() {
        assert_eq!(
            rewritten(
                "SELECT CASE WHEN pg_attribute.atthasdef THEN \
                 (SELECT pg_get_expr(pg_attrdef.adbin, pg_attrdef.adrelid) FROM pg_catalog.pg_attrdef \
                 WHERE pg_attribute.atthasdef AND pg_attrdef.adrelid = pg_attribute.attrelid) \
                 ELSE NULL END AS d FROM pg_catalog.pg_attribute"
            ),
            "SELECT (SELECT max(pg_get_expr(pg_attrdef.adbin, pg_attrdef.adrelid)) FROM pg_catalog.pg_attrdef \
             WHERE pg_attrdef.adrelid = CASE WHEN (pg_attribute.atthasdef) AND (pg_attribute.atthasdef) \
             THEN pg_attribute.attrelid END) AS d FROM pg_catalog.pg_attribute"
        );
        // A user's tables: left alone.
        assert_eq!(
            rewritten("SELECT CASE WHEN o.f THEN (SELECT t.v FROM t WHERE t.k = o.k) END FROM o"),
            "SELECT CASE WHEN o.f THEN (SELECT max(t.v) FROM t WHERE t.k = o.k) END FROM o"
        );
    }

    #[test]
    fn pg_class_reloptions_is_null() {
        assert_eq!(
            rewritten(
                "SELECT pg_catalog.pg_class.reloptions, t.reloptions FROM pg_catalog.pg_class, t"
            ),
            "SELECT CAST(NULL AS TEXT[]), t.reloptions FROM pg_catalog.pg_class, t"
        );
    }

    #[test]
    fn regproc_lookups_compare_names() {
        assert_eq!(
            rewritten(
                "SELECT typinput = (SELECT oid FROM pg_catalog.pg_proc \
                 WHERE proname = 'pg_catalog.array_in') FROM pg_type"
            ),
            "SELECT typinput = 'array_in' FROM pg_type"
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
