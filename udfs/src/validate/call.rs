//! The arguments of a contract function call, `fname('contract', inputs...)`: the contract's
//! name, and the inputs matched to its columns (one struct, by name, or all in order), bound to
//! its row rules.

use std::sync::Arc;

use arrow::datatypes::DataType;
use datafusion::common::{plan_err, DFSchema, Result};
use datafusion::functions::core::expr_fn::get_field;
use datafusion::logical_expr::{Expr, ExprSchemable};

use super::contract::{BoundRule, Contract, ContractStore};
use super::literal::string_literal;

fn arg_name(e: &Expr) -> Option<&str> {
    match e {
        Expr::Column(c) => Some(&c.name),
        Expr::Alias(a) => Some(&a.name),
        _ => None,
    }
}

/// Resolve `fname('contract', inputs...)`: the contract and its row rules bound to the inputs.
pub(crate) fn bind_call(
    store: &ContractStore,
    fname: &str,
    args: &[Expr],
    schema: &DFSchema,
) -> Result<(Arc<Contract>, Vec<BoundRule>)> {
    let Some(name) = args.first().and_then(string_literal) else {
        return plan_err!(
            "{fname}: the first argument must be a contract name as a string literal"
        );
    };
    let contract = store.get(name)?;
    let inputs = &args[1..];
    let cols = &contract.columns;
    let ordered: Vec<Expr> = if let [one] = inputs {
        match one.get_type(schema)? {
            DataType::Struct(fields)
                if !(cols.len() == 1 && arg_name(one) == Some(cols[0].name.as_str())) =>
            {
                let mut out = Vec::with_capacity(cols.len());
                for c in cols {
                    if fields.find(&c.name).is_none() {
                        return plan_err!(
                            "{fname}: contract '{name}' needs field '{}', which the struct argument lacks",
                            c.name
                        );
                    }
                    out.push(get_field(one.clone(), c.name.as_str()));
                }
                out
            }
            _ => positional_or_named(fname, &contract, inputs)?,
        }
    } else {
        positional_or_named(fname, &contract, inputs)?
    };
    let bound = contract.bind(&ordered, schema)?;
    Ok((contract, bound))
}

fn positional_or_named(fname: &str, contract: &Contract, inputs: &[Expr]) -> Result<Vec<Expr>> {
    let cols = &contract.columns;
    let names: Vec<Option<&str>> = inputs.iter().map(arg_name).collect();
    let all_known = names
        .iter()
        .all(|n| n.is_some_and(|n| cols.iter().any(|c| c.name == n)));
    if all_known && !inputs.is_empty() {
        let mut out = Vec::with_capacity(cols.len());
        for c in cols {
            match names.iter().position(|n| *n == Some(c.name.as_str())) {
                Some(i) => out.push(inputs[i].clone()),
                None => {
                    return plan_err!(
                    "{fname}: contract '{}' needs column '{}', which is not among the arguments",
                    contract.name,
                    c.name
                )
                }
            }
        }
        return Ok(out);
    }
    if inputs.len() == cols.len() {
        return Ok(inputs.to_vec());
    }
    let unknown: Vec<&str> = names
        .iter()
        .flatten()
        .filter(|n| !cols.iter().any(|c| c.name == **n))
        .copied()
        .collect();
    plan_err!(
        "{fname}: contract '{}' has columns ({}); pass them by name or all {} in order{}",
        contract.name,
        contract.column_names(),
        cols.len(),
        if unknown.is_empty() {
            String::new()
        } else {
            format!(" (not in the contract: {})", unknown.join(", "))
        }
    )
}
