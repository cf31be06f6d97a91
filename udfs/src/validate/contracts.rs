//! `contracts()`: every defined contract with its rules, one row per rule.

use std::sync::Arc;

use arrow::array::{ArrayRef, BooleanArray, Int32Array, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::datasource::MemTable;
use datafusion::logical_expr::Documentation;

use super::contract::{Contract, ContractStore, RuleKind};
use crate::{doc, NamedTableFunction};

/// The schema of `contracts()` and `define_contract()`.
pub fn rules_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("contract", DataType::Utf8, false),
        Field::new("mode", DataType::Utf8, false),
        Field::new("origin", DataType::Utf8, false),
        Field::new("rule_no", DataType::Int32, false),
        Field::new("field", DataType::Utf8, false),
        Field::new("rule", DataType::Utf8, false),
        Field::new("definition", DataType::Utf8, false),
        Field::new("level", DataType::Utf8, false),
        Field::new("sensitive", DataType::Boolean, false),
    ]))
}

/// The rules of `contracts` as a table.
pub fn rules_table(contracts: &[Arc<Contract>]) -> Result<Arc<dyn TableProvider>> {
    let rows: Vec<(&Contract, usize)> = contracts
        .iter()
        .flat_map(|c| (0..c.rules.len()).map(move |i| (c.as_ref(), i)))
        .collect();
    let s = |f: &dyn Fn(&Contract, usize) -> String| -> ArrayRef {
        Arc::new(
            rows.iter()
                .map(|(c, i)| Some(f(c, *i)))
                .collect::<StringArray>(),
        )
    };
    let columns: Vec<ArrayRef> = vec![
        s(&|c, _| c.name.clone()),
        s(&|c, _| c.mode.to_string()),
        s(&|c, _| c.origin.clone()),
        Arc::new(
            rows.iter()
                .map(|(_, i)| *i as i32 + 1)
                .collect::<Int32Array>(),
        ),
        s(&|c, i| c.field(&c.rules[i])),
        s(&|c, i| c.rules[i].name.clone()),
        s(&|c, i| c.rules[i].definition.clone()),
        s(&|c, i| {
            if matches!(c.rules[i].kind, RuleKind::Unique) {
                "table".into()
            } else {
                "row".into()
            }
        }),
        Arc::new(
            rows.iter()
                .map(|(c, i)| Some(c.rules[*i].columns.iter().any(|&k| c.columns[k].sensitive)))
                .collect::<BooleanArray>(),
        ),
    ];
    let batch = RecordBatch::try_new(rules_schema(), columns)?;
    Ok(Arc::new(MemTable::try_new(
        rules_schema(),
        vec![vec![batch]],
    )?))
}

#[derive(Debug)]
struct ContractsFunc {
    store: ContractStore,
}

impl TableFunctionImpl for ContractsFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        if !args.exprs().is_empty() {
            return plan_err!("contracts() takes no arguments");
        }
        rules_table(&self.store.all())
    }
}

/// `contracts()` as a registry entry.
pub fn named(store: ContractStore) -> NamedTableFunction {
    NamedTableFunction {
        name: "contracts".into(),
        doc: Documentation::builder(
            doc::SYSTEM,
            "Lists every defined contract, one row per rule: contract, mode (lax or strict), \
             origin (sql or the file it came from), rule_no, field, rule, definition, level \
             (row rules are checked by validate_schema, table rules such as UNIQUE by \
             quality_report) and whether the field is sensitive.",
            "contracts()",
        )
        .with_sql_example(
            "SELECT contract, field, rule, definition FROM contracts() ORDER BY contract, rule_no;",
        )
        .build(),
        func: Arc::new(ContractsFunc { store }),
    }
}
