//! `borderline_smote(table, label_column [, k [, sampling_strategy [, seed [, options]]]])`.
//!
//! Borderline-SMOTE's seed rows, those in danger, are found by [`danger`]; the rest of the
//! algorithm (kind 2's neighbours of any class and its half steps toward them among it) is the
//! SMOTE family's [`general`](crate::sample::smote::general) path.

use std::sync::Arc;

use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::Result;
use datafusion::logical_expr::Documentation;

use crate::doc::SAMPLE;
use crate::sample::args::Args;
use crate::sample::smote::{family_arguments, smote_family, Variant, OPTIONS_DOC};
use crate::NamedTableFunction;

pub(super) mod danger;

pub const NAME: &str = "borderline_smote";
const SYNTAX: &str =
    "borderline_smote(table, label_column [, k [, sampling_strategy [, seed [, options]]]])";

#[derive(Debug, Default)]
pub struct BorderlineSmoteFunc;

impl TableFunctionImpl for BorderlineSmoteFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        smote_family(&Args::new(NAME, &args), SYNTAX, Variant::Borderline)
    }
}

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: family_arguments(Documentation::builder(
            SAMPLE,
            "Borderline-SMOTE (as imbalanced-learn's BorderlineSMOTE): SMOTE that draws its seed rows \
only among the rows \"in danger\", those for which at least half, but not all, of their \
m_neighbors nearest rows of any class belong to another class. A class with no row in danger gets \
no synthetic rows (as in imbalanced-learn). Kind 'borderline-1' (default) interpolates toward the \
seed's k nearest rows of its class; 'borderline-2' toward its k nearest rows of any class, and \
toward a row of another class only within the first half of the segment (the step times a \
uniform draw in [0, 0.5)). Otherwise as smote.",
            SYNTAX,
        ), "Neighbours for interpolation (default 5): within the class (kind 1), of any class (kind 2).", &format!("{OPTIONS_DOC} Also \"m_neighbors\": neighbours of any class that decide the danger (default 10), and \"kind\": 'borderline-1' (default) or 'borderline-2' (no categorical columns)."))
        .with_sql_example(
            r#"```sql
SELECT intent, count(*) FROM borderline_smote('training', 'intent', 5, 'auto', 42, '{"m_neighbors": 10}') GROUP BY 1;
SELECT intent, count(*) FROM borderline_smote('training', 'intent', 5, 'auto', 42, '{"kind": "borderline-2"}') GROUP BY 1;
```"#,
        )
        .with_related_udf("smote")
        .build(),
        func: Arc::new(BorderlineSmoteFunc),
    }
}
