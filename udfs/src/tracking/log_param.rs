//! `log_param(name, value)`: record a parameter of the run; returns `value`.

use arrow::datatypes::DataType;
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility};
use datafusion_macros::user_doc;

use super::{as_text, last_valid, name_arg, record_param};

#[user_doc(
    doc_section(label = "Run tracking"),
    description = "Records `value` (a string or a number, kept as text) as the parameter `name` of \
the run and returns it unchanged; a `privsql -f` run with `[tracking] mlflow_uri` set sends the \
parameters to its MLflow run. A later call with the same name replaces the value. Over a column, \
the last non-NULL value is kept. Parameters are for settings (a seed, a cut-off), never for row \
values.",
    syntax_example = "log_param(name, value)",
    sql_example = r#"```sql
> SELECT log_param('sample_seed', 42) AS seed;
```"#,
    argument(name = "name", description = "Constant string: the parameter's name (letters, digits, spaces, `_ - . /`)."),
    argument(name = "value", description = "The value: a string or a number.")
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct LogParamFunc {
    signature: Signature,
}

impl Default for LogParamFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl LogParamFunc {
    pub fn new() -> Self {
        // Volatile: every call records, none is folded away at planning.
        Self { signature: Signature::any(2, Volatility::Volatile) }
    }
}

impl ScalarUDFImpl for LogParamFunc {
    fn name(&self) -> &str {
        "log_param"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        match arg_types {
            [_, value] => Ok(value.clone()),
            _ => plan_err!("log_param takes two arguments (name, value)"),
        }
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let name = name_arg(self.name(), &args.args)?;
        let (array, last) = last_valid(&args.args, args.number_rows)?;
        if let Some(i) = last {
            record_param(&name, &as_text(array.as_ref(), i)?);
        }
        Ok(args.args[1].clone())
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
