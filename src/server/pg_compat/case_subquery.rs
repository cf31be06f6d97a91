//! `CASE WHEN c THEN (SELECT e FROM catalog WHERE inner.k = outer.k ...) [ELSE NULL] END`:
//! SQLAlchemy 2's `get_columns` reads column defaults, identity options and collations this way,
//! each subquery guarded by a condition on the outer row. DataFusion cannot plan a subquery
//! inside `CASE`, nor (once the subquery is aggregated, see [`super::rewrite`]) a correlated
//! predicate other than `inner = outer` below the aggregate. Both are met by moving the guard
//! into the correlation: `(SELECT max(e) FROM catalog WHERE inner.k = CASE WHEN c THEN outer.k
//! END)` returns the subquery's value where `c` holds and NULL elsewhere, as the CASE did.
//!
//! Conjuncts of the subquery's WHERE that name only the outer row join `c`. Conjuncts of `c`
//! that hold a subquery of their own are left out of the guard (DataFusion could not plan them
//! there either): the one SQLAlchemy sends compares a column's collation with its type's, and
//! privsql's catalog gives every column collation 0, which the other conjunct (`attcollation
//! != 0`) already rules out. Outer columns in the subquery's projection become NULL (see
//! [`outer_columns_to_null`]). Only subqueries over pg_catalog and information_schema relations are
//! rewritten, so user queries never see this approximation.

use std::collections::HashSet;
use std::ops::ControlFlow;

use datafusion::sql::sqlparser::ast::{
    visit_expressions, visit_expressions_mut, BinaryOperator, Expr, ObjectNamePart, Select,
    SelectItem, SetExpr, TableFactor, Value,
};

use super::rewrite::{from_names, is_aggregate, names_outer, parse_expr};

/// `e` rewritten when it is such a CASE; `None` otherwise.
pub fn rewrite(e: &Expr) -> Option<Expr> {
    let Expr::Case {
        operand: None,
        conditions,
        else_result,
        ..
    } = e
    else {
        return None;
    };
    let [when] = conditions.as_slice() else {
        return None;
    };
    if else_result.as_deref().is_some_and(|e| !is_null(e)) {
        return None;
    }
    let Expr::Subquery(q) = &when.result else {
        return None;
    };
    if q.limit_clause.is_some() || q.fetch.is_some() {
        return None;
    }
    let SetExpr::Select(select) = q.body.as_ref() else {
        return None;
    };
    if !over_catalog(select) {
        return None;
    }
    let names = from_names(select);
    let mut guard: Vec<String> = conjuncts(&when.condition)
        .into_iter()
        .filter(|c| !has_subquery(c))
        .map(|c| format!("({c})"))
        .collect();
    let mut predicates = vec![];
    let mut correlations = vec![];
    for c in select.selection.as_ref().map(conjuncts).unwrap_or_default() {
        let (inner, outer) = (names_inner(c, &names), names_outer(c, &names));
        match (inner, outer) {
            (_, false) => predicates.push(c.to_string()),
            (false, true) => guard.push(format!("({c})")),
            (true, true) => correlations.push(correlation(c, &names)?),
        }
    }
    if correlations.is_empty() {
        return None;
    }
    let guard = if guard.is_empty() {
        "true".to_owned()
    } else {
        guard.join(" AND ")
    };
    for (inner, outer) in correlations {
        predicates.push(format!("{inner} = CASE WHEN {guard} THEN {outer} END"));
    }
    let selection = parse_expr(&predicates.join(" AND "))?;
    let [item] = select.projection.as_slice() else {
        return None;
    };
    let mut item = item.clone();
    if let SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } = &mut item {
        outer_columns_to_null(e, &names);
    }
    let item = match &item {
        SelectItem::UnnamedExpr(e) if !is_aggregate(e) => {
            SelectItem::UnnamedExpr(parse_expr(&format!("max({e})"))?)
        }
        SelectItem::ExprWithAlias { expr, alias } if !is_aggregate(expr) => {
            SelectItem::ExprWithAlias {
                expr: parse_expr(&format!("max({expr})"))?,
                alias: alias.clone(),
            }
        }
        other => other.clone(),
    };
    let mut out = q.clone();
    if let SetExpr::Select(s) = out.body.as_mut() {
        s.selection = Some(selection);
        s.projection = vec![item];
    }
    Some(Expr::Subquery(out))
}

/// Replace the outer query's columns in `e` (a subquery's projection) with NULL: DataFusion
/// cannot run a scalar subquery whose projection reads the outer row. SQLAlchemy's identity
/// subquery reads `attidentity` there; privsql has no identity columns, so the value it would
/// describe never exists.
fn outer_columns_to_null(e: &mut Expr, names: &HashSet<String>) {
    let _ = visit_expressions_mut(e, |e: &mut Expr| {
        if let Expr::CompoundIdentifier(parts) = e {
            if parts.len() >= 2
                && !names.contains(&parts[parts.len() - 2].value.to_ascii_lowercase())
            {
                *e = Expr::Value(Value::Null.into());
            }
        }
        ControlFlow::<()>::Continue(())
    });
}

/// `inner = outer` (either way round) of a conjunct naming both sides.
fn correlation<'a>(c: &'a Expr, names: &HashSet<String>) -> Option<(&'a Expr, &'a Expr)> {
    let Expr::BinaryOp {
        left,
        op: BinaryOperator::Eq,
        right,
    } = c
    else {
        return None;
    };
    let side = |e: &Expr| (names_inner(e, names), names_outer(e, names));
    match (side(left), side(right)) {
        ((true, false), (false, true)) => Some((left, right)),
        ((false, true), (true, false)) => Some((right, left)),
        _ => None,
    }
}

/// Whether every relation of `select`'s FROM is a catalog relation.
fn over_catalog(select: &Select) -> bool {
    let mut any = false;
    for t in &select.from {
        for factor in std::iter::once(&t.relation).chain(t.joins.iter().map(|j| &j.relation)) {
            let TableFactor::Table { name, .. } = factor else {
                return false;
            };
            let parts: Vec<String> = name
                .0
                .iter()
                .filter_map(ObjectNamePart::as_ident)
                .map(|i| i.value.to_ascii_lowercase())
                .collect();
            let catalog = match parts.as_slice() {
                [.., schema, _] => schema == "pg_catalog" || schema == "information_schema",
                [table] => table.starts_with("pg_"),
                [] => false,
            };
            if !catalog {
                return false;
            }
            any = true;
        }
    }
    any
}

/// Whether `e` names a column of one of `names`' tables, or an unqualified column.
fn names_inner(e: &Expr, names: &HashSet<String>) -> bool {
    let mut inner = false;
    let _ = visit_expressions(e, |e: &Expr| {
        let hit = match e {
            Expr::Identifier(_) => true,
            Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                names.contains(&parts[parts.len() - 2].value.to_ascii_lowercase())
            }
            _ => false,
        };
        if hit {
            inner = true;
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    });
    inner
}

fn has_subquery(e: &Expr) -> bool {
    visit_expressions(e, |e: &Expr| match e {
        Expr::Subquery(_) | Expr::Exists { .. } | Expr::InSubquery { .. } => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

fn is_null(e: &Expr) -> bool {
    matches!(e, Expr::Value(v) if matches!(v.value, Value::Null))
}

/// The operands of a chain of `AND`s.
fn conjuncts(e: &Expr) -> Vec<&Expr> {
    match e {
        Expr::BinaryOp {
            left,
            op: BinaryOperator::And,
            right,
        } => {
            let mut out = conjuncts(left);
            out.extend(conjuncts(right));
            out
        }
        Expr::Nested(inner) => conjuncts(inner),
        other => vec![other],
    }
}
