//! The rewrites binding applies to a rule's expression: the contract's columns replaced by the
//! query's expressions, emptiness checks answered from byte lengths, and constant regular
//! expressions run as DFAs.

use arrow::datatypes::DataType;
use datafusion::common::tree_node::{Transformed, TreeNode};
use datafusion::common::{Result, ScalarValue};
use datafusion::functions::string::expr_fn::{ends_with, octet_length, starts_with};
use datafusion::logical_expr::{BinaryExpr, Expr, Operator};
use datafusion::prelude::lit;

use super::model::ContractColumn;
use crate::validate::literal::string_literal;
use crate::validate::regex_dfa;

/// Replace the contract's column references in `expr` with `typed[i]`.
pub(super) fn substitute(expr: &Expr, columns: &[ContractColumn], typed: &[Expr]) -> Result<Expr> {
    Ok(expr
        .clone()
        .transform(|e| {
            if let Expr::Column(c) = &e {
                if c.relation.is_none() {
                    if let Some(i) = columns.iter().position(|col| col.name == c.name) {
                        return Ok(Transformed::yes(typed[i].clone()));
                    }
                }
            }
            Ok(Transformed::no(e))
        })?
        .data
        .transform(|e| Ok(emptiness_by_bytes(e)))?
        .data)
}

/// `char_length(s) > 0` (the usual "not empty" check) and every other comparison of a character
/// count with 0, or `>= 1` / `< 1`, only asks whether the string is empty, which its byte
/// length answers without decoding characters: rewrite `character_length` to `octet_length`
/// there (same type, same NULLs, same result on every string). The planner names the call
/// (`character_length(t) AS char_length(t)`), so the alias is looked through.
///
/// When the string is `trim(s)` (`btrim` with no characters: spaces only), its byte length is
/// `s`'s own unless `s` starts or ends with a space, and only those rows are trimmed:
/// `CASE WHEN starts_with(s, ' ') OR ends_with(s, ' ') THEN octet_length(btrim(s)) ELSE
/// octet_length(s) END` has the same value on every row (NULL on NULL), and DataFusion
/// evaluates the `THEN` branch on the selected rows only, so "not blank" checks read two
/// bytes of most strings instead of building a trimmed copy of each.
fn emptiness_by_bytes(e: Expr) -> Transformed<Expr> {
    let Expr::BinaryExpr(BinaryExpr { left, op, right }) = &e else {
        return Transformed::no(e);
    };
    let (Expr::ScalarFunction(f), Expr::Literal(v, _)) = (unaliased(left), right.as_ref()) else {
        return Transformed::no(e);
    };
    if f.func.name() != "character_length" || f.args.len() != 1 {
        return Transformed::no(e);
    }
    let n = match v.cast_to(&DataType::Int64) {
        Ok(ScalarValue::Int64(Some(n))) => n,
        _ => return Transformed::no(e),
    };
    let emptiness = match (n, op) {
        (0, Operator::Gt | Operator::GtEq | Operator::Lt | Operator::LtEq)
        | (0, Operator::Eq | Operator::NotEq) => true,
        (1, Operator::GtEq | Operator::Lt) => true,
        _ => false,
    };
    if !emptiness {
        return Transformed::no(e);
    }
    Transformed::yes(Expr::BinaryExpr(BinaryExpr::new(
        Box::new(byte_length(&f.args[0])),
        *op,
        right.clone(),
    )))
}

/// `octet_length(s)`, with `trim(s)` measured without trimming the rows that have nothing to
/// trim (see [`emptiness_by_bytes`]).
fn byte_length(s: &Expr) -> Expr {
    let inner = unaliased(s);
    match inner {
        Expr::ScalarFunction(t) if t.func.name() == "btrim" && t.args.len() == 1 => {
            let x = t.args[0].clone();
            let edges = starts_with(x.clone(), lit(" ")).or(ends_with(x.clone(), lit(" ")));
            Expr::Case(datafusion::logical_expr::Case::new(
                None,
                vec![(Box::new(edges), Box::new(octet_length(inner.clone())))],
                Some(Box::new(octet_length(x))),
            ))
        }
        _ => octet_length(s.clone()),
    }
}

/// `e` without the names the planner put on it (`f(x) AS f(x)`).
fn unaliased(mut e: &Expr) -> &Expr {
    while let Expr::Alias(a) = e {
        e = a.expr.as_ref();
    }
    e
}

/// `s ~ 'p'` and `s !~ 'p'` with a constant pattern (after coercion, so `s` is a string) as
/// `regexp_dfa_match(s, 'p')`: the same answers, from a DFA run over whole batches (see
/// [`regex_dfa`]).
pub(super) fn regexes_by_dfa(e: Expr) -> Result<Expr> {
    Ok(e.transform(|e| {
        if let Expr::BinaryExpr(BinaryExpr { left, op, right }) = &e {
            if matches!(op, Operator::RegexMatch | Operator::RegexNotMatch) {
                let mut p = right.as_ref();
                while let Expr::Cast(c) = p {
                    p = c.expr.as_ref();
                }
                if let Some(p) = string_literal(p) {
                    let call = regex_dfa::udf().call(vec![left.as_ref().clone(), lit(p)]);
                    return Ok(Transformed::yes(if *op == Operator::RegexNotMatch {
                        Expr::Not(Box::new(call))
                    } else {
                        call
                    }));
                }
            }
        }
        Ok(Transformed::no(e))
    })?
    .data)
}
