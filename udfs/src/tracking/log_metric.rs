//! `log_metric(name, value)`: record a figure for the run; returns `value`.

use arrow::datatypes::DataType;
use datafusion::common::{cast::as_float64_array, Result};
use datafusion::logical_expr::{
    Coercion, ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, TypeSignature,
    TypeSignatureClass, Volatility,
};
use datafusion_macros::user_doc;

use super::{last_valid, name_arg, record_metric};

#[user_doc(
    doc_section(label = "Run tracking"),
    description = "Records `value` as the metric `name` of the run and returns it unchanged. A \
`privsql -f` run with `[tracking] mlflow_uri` set sends the metrics to its MLflow run (each call \
a step of the metric's history), and the last value is the gauge `privsql_logged_metric{name}` \
of `/metrics`, the Pushgateway and the textfile. Over a column, the last non-NULL value of each \
batch is recorded: call it over an aggregate to record one figure.",
    syntax_example = "log_metric(name, value)",
    sql_example = r#"```sql
> SELECT log_metric('deletion_share', avg(CASE WHEN intent = 'deletion' THEN 1.0 ELSE 0.0 END)) AS share
  FROM (SELECT classify_intent(text) AS intent FROM synthetic_intents(200, 1));
```"#,
    argument(name = "name", description = "Constant string: the metric's name (letters, digits, spaces, `_ - . /`)."),
    argument(name = "value", description = "The figure: a number.")
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct LogMetricFunc {
    signature: Signature,
}

impl Default for LogMetricFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl LogMetricFunc {
    pub fn new() -> Self {
        use datafusion::common::types::{logical_float64, logical_string, NativeType};
        let name = Coercion::new_exact(TypeSignatureClass::Native(logical_string()));
        let value = Coercion::new_implicit(
            TypeSignatureClass::Native(logical_float64()),
            vec![TypeSignatureClass::Numeric],
            NativeType::Float64,
        );
        // Volatile: every call records, none is folded away at planning.
        Self { signature: Signature::one_of(vec![TypeSignature::Coercible(vec![name, value])], Volatility::Volatile) }
    }
}

impl ScalarUDFImpl for LogMetricFunc {
    fn name(&self) -> &str {
        "log_metric"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Float64)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let name = name_arg(self.name(), &args.args)?;
        let (array, last) = last_valid(&args.args, args.number_rows)?;
        if let Some(i) = last {
            let cast = arrow::compute::cast(&array, &DataType::Float64)?;
            record_metric(&name, as_float64_array(&cast)?.value(i));
        }
        Ok(args.args[1].clone())
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
