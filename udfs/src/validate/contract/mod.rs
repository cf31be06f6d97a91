//! Contracts: what they are, how their text is parsed and checked, and how their rules become
//! DataFusion expressions over whole batches.
//!
//! A contract is written like the body of a `CREATE TABLE`: one column per line with its type
//! and options (`NOT NULL`, `CHECK (...)`, `UNIQUE`, `PRIMARY KEY`, `COMMENT 'sensitive'`), then
//! table constraints (`CONSTRAINT name CHECK (...)` across columns, `UNIQUE (a, b)`). sqlparser
//! parses it, DataFusion plans each `CHECK` against the declared columns (so an unknown column
//! or function is refused when the contract is defined), and [`Contract::bind`] turns the rules
//! into boolean [`Expr`](datafusion::logical_expr::Expr)s over the columns a query hands to
//! `validate_schema`, so evaluation is DataFusion's own vectorised expression evaluation.
//!
//! One concern a file: `model` (what a contract is: its columns, rules and mode), `parse`
//! (contract text to a checked [`Contract`]), `rewrite` (the expression rewrites binding applies),
//! `bind` (rules to boolean expressions over a query's columns) and `store` (a session's defined
//! contracts). They import each other in that order only, never back.

mod bind;
mod model;
mod parse;
mod rewrite;
mod store;

pub use bind::{falsy, truthy};
pub use model::{BoundRule, Contract, ContractColumn, Mode, Rule, RuleKind};
pub use store::ContractStore;
