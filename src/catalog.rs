//! `privsql_functions()`: every privsql function with its documentation, as a table. The shell's
//! `\df`, the README's reference and BI tools all read it.

use std::sync::{Arc, OnceLock};

use arrow::array::{ArrayRef, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{internal_err, plan_err, Result};
use datafusion::datasource::MemTable;
use datafusion::logical_expr::Documentation;
use privsql_udfs::{doc, Functions, NamedTableFunction};

/// The table function behind `privsql_functions()`; filled once every function is known.
#[derive(Debug, Default)]
pub struct FunctionsTable {
    table: OnceLock<Arc<MemTable>>,
}

/// One row of `privsql_functions()`.
struct Row<'a> {
    name: &'a str,
    kind: &'a str,
    doc: Option<&'a Documentation>,
}

impl FunctionsTable {
    /// The SQL name.
    pub const NAME: &'static str = "privsql_functions";

    /// The schema of `privsql_functions()`.
    pub fn schema() -> SchemaRef {
        let utf8 = |n: &str, null| Field::new(n, DataType::Utf8, null);
        Arc::new(Schema::new(vec![
            utf8("name", false),
            utf8("kind", false),
            utf8("section", true),
            utf8("description", true),
            utf8("syntax", true),
            utf8("arguments", true),
            utf8("example", true),
        ]))
    }

    /// This table function as a registry entry, sharing `self`.
    pub fn named(self: &Arc<Self>) -> NamedTableFunction {
        NamedTableFunction {
            name: Self::NAME.to_string(),
            doc: Documentation::builder(
                doc::SYSTEM,
                "Lists every privsql function: its kind (scalar, aggregate, window, table), \
                 section, description, syntax, arguments and an example.",
                "privsql_functions()",
            )
            .with_sql_example("SELECT name, kind, syntax FROM privsql_functions() ORDER BY name;")
            .build(),
            func: Arc::clone(self) as Arc<dyn TableFunctionImpl>,
        }
    }

    /// Record `functions` as the rows of the table (once).
    pub fn fill(&self, functions: &Functions) -> Result<()> {
        let mut rows: Vec<Row> = Vec::new();
        rows.extend(functions.scalar.iter().map(|f| Row { name: f.name(), kind: "scalar", doc: f.documentation() }));
        rows.extend(functions.aggregate.iter().map(|f| Row { name: f.name(), kind: "aggregate", doc: f.documentation() }));
        rows.extend(functions.window.iter().map(|f| Row { name: f.name(), kind: "window", doc: f.documentation() }));
        rows.extend(functions.table.iter().map(|f| Row { name: &f.name, kind: "table", doc: Some(&f.doc) }));
        rows.sort_by(|a, b| a.name.cmp(b.name));

        let col = |f: &dyn Fn(&Row) -> Option<String>| -> ArrayRef {
            Arc::new(rows.iter().map(f).collect::<StringArray>())
        };
        let columns: Vec<ArrayRef> = vec![
            col(&|r| Some(r.name.to_string())),
            col(&|r| Some(r.kind.to_string())),
            col(&|r| r.doc.map(|d| d.doc_section.label.to_string())),
            col(&|r| r.doc.map(|d| d.description.clone())),
            col(&|r| r.doc.map(|d| d.syntax_example.clone())),
            col(&|r| {
                r.doc.and_then(|d| d.arguments.as_ref()).map(|args| {
                    args.iter().map(|(n, d)| format!("{n}: {d}")).collect::<Vec<_>>().join("\n")
                })
            }),
            col(&|r| r.doc.and_then(|d| d.sql_example.clone())),
        ];
        let batch = RecordBatch::try_new(Self::schema(), columns)?;
        let table = MemTable::try_new(Self::schema(), vec![vec![batch]])?;
        if self.table.set(Arc::new(table)).is_err() {
            return internal_err!("privsql_functions() filled twice");
        }
        Ok(())
    }
}

impl TableFunctionImpl for FunctionsTable {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        if !args.exprs().is_empty() {
            return plan_err!("privsql_functions() takes no arguments");
        }
        match self.table.get() {
            Some(t) => Ok(Arc::clone(t) as Arc<dyn TableProvider>),
            None => internal_err!("privsql_functions() used before the session was built"),
        }
    }
}
