//! Binding a contract to one query: each row rule becomes a non-null boolean expression over the
//! query's columns, true where the row breaks it, evaluated by DataFusion over whole batches.

use arrow::datatypes::DataType;
use datafusion::common::tree_node::{Transformed, TreeNode};
use datafusion::common::{plan_err, DFSchema, Result};
use datafusion::functions::string::expr_fn::octet_length;
use datafusion::functions::unicode::expr_fn::character_length;
use datafusion::logical_expr::{Expr, ExprSchemable};
use datafusion::optimizer::analyzer::type_coercion::TypeCoercionRewriter;
use datafusion::prelude::{lit, try_cast};

use super::model::{kind, strict_compatible, BoundRule, Contract, Kind, Mode, RuleKind};
use super::rewrite::{regexes_by_dfa, substitute};

impl Contract {
    /// Bind the row rules to `inputs` (one expression per contract column, in contract order,
    /// with its type in `schema`). Type rules that cannot fail (the input already has the
    /// declared type) are left out. The results are re-coerced against `schema`.
    pub fn bind(&self, inputs: &[Expr], schema: &DFSchema) -> Result<Vec<BoundRule>> {
        if inputs.len() != self.columns.len() {
            return plan_err!(
                "contract '{}' has {} columns ({}), got {} inputs",
                self.name,
                self.columns.len(),
                self.column_names(),
                inputs.len()
            );
        }
        let mut given = Vec::with_capacity(inputs.len());
        let mut typed = Vec::with_capacity(inputs.len());
        for (input, col) in inputs.iter().zip(&self.columns) {
            let t = input.get_type(schema)?;
            // Strings of any Arrow layout are the same SQL type: no cast needed.
            let same = t == col.data_type
                || (kind(&t) == Kind::Str && kind(&col.data_type) == Kind::Str)
                || t == DataType::Null;
            typed.push(if same {
                input.clone()
            } else {
                try_cast(input.clone(), col.data_type.clone())
            });
            given.push((t, same));
        }
        // Casts that coercion adds (a VARCHAR compared with a number) become TRY_CASTs: bad data
        // then fails the rule instead of the query.
        let coerce = |e: Expr| -> Result<Expr> {
            let coerced = e.rewrite(&mut TypeCoercionRewriter::new(schema))?.data;
            Ok(coerced
                .transform(|e| match e {
                    Expr::Cast(c) if !matches!(*c.expr, Expr::Literal(..)) => {
                        Ok(Transformed::yes(Expr::TryCast(
                            datafusion::logical_expr::TryCast::new_from_field(c.expr, c.field),
                        )))
                    }
                    e => Ok(Transformed::no(e)),
                })?
                .data)
        };

        let mut out = Vec::new();
        for (ri, rule) in self.rules.iter().enumerate() {
            let c0 = rule.columns[0];
            let col = &self.columns[c0];
            let value = (rule.columns.len() == 1 && !col.sensitive).then(|| inputs[c0].clone());
            let shown = if rule.columns.len() > 1 {
                ""
            } else if col.sensitive {
                ": [redacted]"
            } else {
                ": {value}"
            };
            let (violated, message) = match &rule.kind {
                RuleKind::Type => {
                    let (t, same) = &given[c0];
                    if *same {
                        continue;
                    }
                    let input = inputs[c0].clone();
                    if self.mode == Mode::Strict && !strict_compatible(t, &col.data_type) {
                        (
                            input.is_not_null(),
                            format!("expected {} in strict mode, got {t}{shown}", col.sql_type),
                        )
                    } else {
                        (
                            input.is_not_null().and(typed[c0].clone().is_null()),
                            format!(
                                "expected {}, got a value that does not convert{shown}",
                                col.sql_type
                            ),
                        )
                    }
                }
                RuleKind::NotNull => (
                    inputs[c0].clone().is_null(),
                    "is required (NOT NULL)".to_string(),
                ),
                // A string has at most as many characters as bytes: the byte length (read
                // from the string view) settles nearly every row, and DataFusion evaluates the
                // character count only where the bytes exceed n (AND short-circuits).
                RuleKind::MaxLength(n) => (
                    truthy(octet_length(typed[c0].clone()).gt(lit(*n as i64))).and(truthy(
                        character_length(typed[c0].clone()).gt(lit(*n as i64)),
                    )),
                    format!("is longer than {n} characters{shown}"),
                ),
                RuleKind::Check(expr) => (
                    falsy(substitute(expr, &self.columns, &typed)?),
                    format!("fails {}{shown}", rule.definition),
                ),
                RuleKind::Unique => continue,
            };
            out.push(BoundRule {
                rule: ri,
                violated: regexes_by_dfa(coerce(violated)?)?,
                value,
                field: self.field(rule),
                rule_name: rule.name.clone(),
                message,
            });
        }
        Ok(out)
    }
}

/// `CASE WHEN e THEN true ELSE false END`: true only when `e` is true. Not `e IS TRUE`, whose
/// physical form DataFusion marks nullable while the logical one is not, which breaks plans
/// where common subexpressions are projected (DataFusion 55).
pub fn truthy(e: Expr) -> Expr {
    Expr::Case(datafusion::logical_expr::Case::new(
        None,
        vec![(Box::new(e), Box::new(lit(true)))],
        Some(Box::new(lit(false))),
    ))
}

/// True only when `e` is false (NULL is not false), as [`truthy`].
pub fn falsy(e: Expr) -> Expr {
    truthy(Expr::Not(Box::new(e)))
}
