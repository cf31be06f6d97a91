//! `define_contract('name', 'body' [, 'lax' | 'strict'])` and `drop_contract('name')`.
//!
//! Table functions, because they run when the query is planned and can reach the session (to
//! plan the contract's CHECK expressions with every registered function); `define_contract`
//! returns the parsed rules, so a user sees at once what the contract checks.

use std::sync::Arc;

use arrow::array::{BooleanArray, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Schema};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::datasource::MemTable;
use datafusion::execution::SessionState;
use datafusion::logical_expr::Documentation;

use super::contract::{ContractStore, Mode};
use super::contracts::rules_table;
use super::literal::string_literal;
use crate::{doc, NamedTableFunction};

#[derive(Debug)]
struct DefineContractFunc {
    store: ContractStore,
}

impl TableFunctionImpl for DefineContractFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let exprs = args.exprs();
        if !(2..=3).contains(&exprs.len()) {
            return plan_err!(
                "define_contract takes ('name', 'body' [, 'lax' | 'strict']), got {} arguments",
                exprs.len()
            );
        }
        let lit_arg = |i: usize, what: &str| match string_literal(&exprs[i]) {
            Some(s) => Ok(s),
            None => plan_err!(
                "define_contract: argument {} ({what}) must be a string literal",
                i + 1
            ),
        };
        let name = lit_arg(0, "name")?;
        let body = lit_arg(1, "body")?;
        let mode = if exprs.len() == 3 {
            Mode::parse(lit_arg(2, "mode")?)?
        } else {
            Mode::Lax
        };
        let Some(state) = args.session().as_any().downcast_ref::<SessionState>() else {
            return plan_err!("define_contract needs a DataFusion SessionState");
        };
        let contract = self.store.define(state, name, body, mode, "sql")?;
        rules_table(&[contract])
    }
}

#[derive(Debug)]
struct DropContractFunc {
    store: ContractStore,
}

impl TableFunctionImpl for DropContractFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let Some(name) = args
            .exprs()
            .first()
            .and_then(string_literal)
            .filter(|_| args.exprs().len() == 1)
        else {
            return plan_err!(
                "drop_contract takes one argument: the contract name as a string literal"
            );
        };
        let dropped = self.store.drop_contract(name);
        let schema = Arc::new(Schema::new(vec![
            Field::new("contract", DataType::Utf8, false),
            Field::new("dropped", DataType::Boolean, false),
        ]));
        let batch = RecordBatch::try_new(
            Arc::clone(&schema),
            vec![
                Arc::new(StringArray::from(vec![name])),
                Arc::new(BooleanArray::from(vec![dropped])),
            ],
        )?;
        Ok(Arc::new(MemTable::try_new(schema, vec![vec![batch]])?))
    }
}

/// `define_contract` as a registry entry.
pub fn named(store: ContractStore) -> NamedTableFunction {
    NamedTableFunction {
        name: "define_contract".into(),
        doc: Documentation::builder(
            doc::VALIDATE,
            "Defines (or replaces) a named contract and returns its rules. The body is written \
             like the inside of CREATE TABLE: `column TYPE [NOT NULL] [CHECK (expr)] [UNIQUE | \
             PRIMARY KEY] [COMMENT 'sensitive']`, then table constraints such as `CONSTRAINT \
             name CHECK (a <= b)` or `UNIQUE (a, b)`. CHECKs are ordinary SQL over the declared \
             columns (IN lists, BETWEEN, ~ regexes, LIKE, char_length, is_email, ...). \
             VARCHAR(n) adds a max_length rule. An unknown type, an unknown column or function \
             in a CHECK, or an invalid regex is refused here with the column and CHECK named.",
            "define_contract('name', 'body' [, 'lax' | 'strict'])",
        )
        .with_argument(
            "name",
            "String literal: the contract name (letters, digits, _ - .).",
        )
        .with_argument(
            "body",
            "String literal: the column definitions and constraints.",
        )
        .with_argument(
            "mode",
            "'lax' (default): a value passes the type rule when it converts to the declared \
             type ('42' is a valid INT); 'strict': it must already have that kind of type.",
        )
        .with_sql_example(
            "SELECT * FROM define_contract('request', '\n\
               id        VARCHAR NOT NULL CHECK (is_uuid(id)),\n\
               email     VARCHAR(254) NOT NULL CHECK (is_email(email)) COMMENT ''sensitive'',\n\
               channel   VARCHAR CHECK (channel IN (''email'', ''chat'', ''web'')),\n\
               amount    DOUBLE CHECK (amount >= 0),\n\
               opened_at TIMESTAMP, closed_at TIMESTAMP,\n\
               CONSTRAINT closed_after_open CHECK (closed_at >= opened_at)');",
        )
        .build(),
        func: Arc::new(DefineContractFunc { store }),
    }
}

/// `drop_contract` as a registry entry.
pub fn named_drop(store: ContractStore) -> NamedTableFunction {
    NamedTableFunction {
        name: "drop_contract".into(),
        doc: Documentation::builder(
            doc::VALIDATE,
            "Forgets a contract; returns one row (contract, dropped) where dropped is false \
             when no contract had that name.",
            "drop_contract('name')",
        )
        .with_argument("name", "String literal: the contract name.")
        .with_sql_example("SELECT * FROM drop_contract('request');")
        .build(),
        func: Arc::new(DropContractFunc { store }),
    }
}
