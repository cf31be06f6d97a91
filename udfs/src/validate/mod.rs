//! Data contracts: `define_contract`, `contracts`, `drop_contract`, `validate_schema`,
//! `is_valid`, `contract_violations` and the format predicates (`is_email`, `is_uuid`,
//! `is_iso_datetime`, `is_url`, `is_ip`, `is_e164`).
//!
//! Contracts live in a [`ContractStore`] shared by every function of one session; privsql
//! fills it from the config's contract files and SQL users through `define_contract`.

pub mod contract;
pub mod contract_violations;
pub mod contracts;
pub mod define_contract;
pub mod format;
pub mod is_valid;
pub mod regex_dfa;
pub mod validate_schema;

use std::sync::Arc;

use arrow::datatypes::DataType;
use datafusion::common::{plan_err, DFSchema, Result, ScalarValue};
use datafusion::functions::core::expr_fn::get_field;
use datafusion::logical_expr::{Expr, ExprSchemable, ScalarUDF};

pub use contract::{BoundRule, Contract, ContractStore, Mode};

use crate::{Functions, UdfOptions};

/// The contract family, sharing `options.contracts`.
pub fn functions(options: &UdfOptions) -> Functions {
    let store = options.contracts.clone();
    let mut scalar: Vec<Arc<ScalarUDF>> = format::functions();
    scalar.push(Arc::new(ScalarUDF::from(
        validate_schema::ValidateSchemaFunc::new(store.clone()),
    )));
    scalar.push(Arc::new(ScalarUDF::from(is_valid::IsValidFunc::new(
        store.clone(),
    ))));
    scalar.push(Arc::new(ScalarUDF::from(
        contract_violations::ContractViolationsFunc::new(),
    )));
    scalar.push(regex_dfa::udf());
    Functions {
        scalar,
        table: vec![
            define_contract::named(store.clone()),
            define_contract::named_drop(store.clone()),
            contracts::named(store),
        ],
        ..Default::default()
    }
}

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
