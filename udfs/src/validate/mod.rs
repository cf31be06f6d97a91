//! Data contracts: `define_contract`, `contracts`, `drop_contract`, `validate_schema`,
//! `is_valid`, `contract_violations` and the format predicates (`is_email`, `is_uuid`,
//! `is_iso_datetime`, `is_url`, `is_ip`, `is_e164`).
//!
//! Contracts live in a [`ContractStore`] shared by every function of one session; privsql
//! fills it from the config's contract files and SQL users through `define_contract`.

mod call;
pub mod contract;
pub mod contract_violations;
pub mod contracts;
pub mod define_contract;
pub mod format;
pub mod is_valid;
mod literal;
pub mod regex_dfa;
pub mod validate_schema;

use std::sync::Arc;

use datafusion::logical_expr::ScalarUDF;

pub use contract::{BoundRule, Contract, ContractStore, Mode};
pub(crate) use literal::string_literal;

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
