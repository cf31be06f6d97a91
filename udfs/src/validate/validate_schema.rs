//! `validate_schema('contract', col, ...)`: the list of a row's contract violations.
//!
//! At planning time (`simplify`) the call is rewritten into `contract_violations(...)` over the
//! contract's rules bound to the arguments, so execution is plain DataFusion expressions over
//! whole batches, and the plan serialises like any other.

use std::sync::{Arc, OnceLock};

use arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{internal_err, Result};
use datafusion::logical_expr::simplify::{ExprSimplifyResult, SimplifyContext};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, Expr, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDF,
    ScalarUDFImpl, Signature, Volatility,
};
use datafusion::prelude::lit;

use super::call::bind_call;
use super::contract::ContractStore;
use super::contract_violations::{violations_type, ContractViolationsFunc};
use crate::doc;

#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ValidateSchemaFunc {
    signature: Signature,
    store: ContractStore,
    kernel: Arc<ScalarUDF>,
}

impl ValidateSchemaFunc {
    pub fn new(store: ContractStore) -> Self {
        Self {
            signature: Signature::variadic_any(Volatility::Immutable),
            store,
            kernel: Arc::new(ScalarUDF::from(ContractViolationsFunc::new())),
        }
    }
}

impl ScalarUDFImpl for ValidateSchemaFunc {
    fn name(&self) -> &str {
        "validate_schema"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(violations_type())
    }

    fn return_field_from_args(&self, _args: ReturnFieldArgs) -> Result<FieldRef> {
        Ok(Arc::new(Field::new(self.name(), violations_type(), false)))
    }

    fn simplify(&self, args: Vec<Expr>, info: &SimplifyContext) -> Result<ExprSimplifyResult> {
        let (contract, bound) = bind_call(&self.store, self.name(), &args, info.schema())?;
        let mut kernel_args = Vec::with_capacity(1 + bound.len() * 5);
        kernel_args.push(lit(contract.name.clone()));
        for b in bound {
            kernel_args.push(b.violated);
            kernel_args.push(
                b.value
                    .unwrap_or_else(|| lit(datafusion::common::ScalarValue::Null)),
            );
            kernel_args.push(lit(b.field));
            kernel_args.push(lit(b.rule_name));
            kernel_args.push(lit(b.message));
        }
        Ok(ExprSimplifyResult::Simplified(
            self.kernel.call(kernel_args),
        ))
    }

    fn invoke_with_args(&self, _args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        internal_err!("validate_schema runs only after the planner rewrote it (simplify)")
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::VALIDATE,
                "Checks a row against a named contract and returns its violations as a list of \
                 {field, rule, message}; an empty list means the row is valid. Columns are \
                 matched to the contract by name (plain columns or aliases), otherwise by \
                 position; a single struct argument is matched by its field names. Values of \
                 fields marked sensitive are shown as [redacted]. Planned into vectorised \
                 DataFusion expressions: no per-row JSON.",
                "validate_schema('contract', column [, ...])",
            )
            .with_argument("contract", "String literal: the contract name (see contracts()).")
            .with_argument("column", "The row's columns, one per contract column, or one struct.")
            .with_sql_example(
                "SELECT * FROM define_contract('person', 'email VARCHAR NOT NULL CHECK (is_email(email)), age INT CHECK (age BETWEEN 0 AND 150)');\n\
                 SELECT validate_schema('person', email, age) FROM (VALUES ('ana@example.org', '31'), ('nope', '200')) AS t(email, age);\n\
                 -- []\n\
                 -- [{field: email, rule: format:email, message: fails CHECK (is_email(email)): 'nope'}, {field: age, rule: range, ...}]",
            )
            .build()
        }))
    }
}
