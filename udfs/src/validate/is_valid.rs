//! `is_valid('contract', col, ...)`: true when a row breaks no rule of the contract. The cheap
//! form of `validate_schema` for `WHERE`: rewritten at planning time into `NOT (rule1 OR rule2
//! ...)`, so it builds no list and no message.

use std::sync::{Arc, OnceLock};

use arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{internal_err, Result};
use datafusion::logical_expr::simplify::{ExprSimplifyResult, SimplifyContext};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, Expr, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDFImpl,
    Signature, Volatility,
};
use datafusion::prelude::lit;

use super::call::bind_call;
use super::contract::ContractStore;
use crate::doc;

#[derive(Debug, PartialEq, Eq, Hash)]
pub struct IsValidFunc {
    signature: Signature,
    store: ContractStore,
}

impl IsValidFunc {
    pub fn new(store: ContractStore) -> Self {
        Self {
            signature: Signature::variadic_any(Volatility::Immutable),
            store,
        }
    }
}

/// `NOT (a OR b OR ...)` over non-null conditions; `true` when there are none.
pub fn none_violated(conditions: impl IntoIterator<Item = Expr>) -> Expr {
    match conditions.into_iter().reduce(Expr::or) {
        Some(any) => Expr::Not(Box::new(any)),
        None => lit(true),
    }
}

impl ScalarUDFImpl for IsValidFunc {
    fn name(&self) -> &str {
        "is_valid"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Boolean)
    }

    fn return_field_from_args(&self, _args: ReturnFieldArgs) -> Result<FieldRef> {
        Ok(Arc::new(Field::new(self.name(), DataType::Boolean, false)))
    }

    fn simplify(&self, args: Vec<Expr>, info: &SimplifyContext) -> Result<ExprSimplifyResult> {
        let (_, bound) = bind_call(&self.store, self.name(), &args, info.schema())?;
        Ok(ExprSimplifyResult::Simplified(none_violated(
            bound.into_iter().map(|b| b.violated),
        )))
    }

    fn invoke_with_args(&self, _args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        internal_err!("is_valid runs only after the planner rewrote it (simplify)")
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::VALIDATE,
                "True when the row breaks no rule of the contract: the cheap boolean form of \
                 validate_schema for WHERE clauses (no list, no messages). Arguments as for \
                 validate_schema.",
                "is_valid('contract', column [, ...])",
            )
            .with_argument("contract", "String literal: the contract name.")
            .with_argument("column", "The row's columns, matched as in validate_schema.")
            .with_sql_example(
                "COPY (SELECT * FROM messages WHERE is_valid('person', email, age)) TO 'valid.parquet';\n\
                 COPY (SELECT *, validate_schema('person', email, age) AS reasons FROM messages\n\
                       WHERE NOT is_valid('person', email, age)) TO 'rejects.parquet';",
            )
            .build()
        }))
    }
}
