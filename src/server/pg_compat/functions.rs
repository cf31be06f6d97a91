//! Functions PostgreSQL drivers call on connect and for metadata, answered as PostgreSQL 16
//! answers them: `version()` (SQLAlchemy parses its version number), `current_setting` (the
//! settings drivers and ORMs read), `pg_get_userbyid` for any integer and
//! `pg_is_other_temp_schema` (dbt's catalog query). Server-only: registered on the server's
//! session by [`super::setup`], not in privsql-udfs.

use std::sync::Arc;

use datafusion::arrow::array::{Array, ArrayRef, AsArray, BooleanArray, StringArray};
use datafusion::arrow::datatypes::DataType;
use datafusion::common::config::ConfigOptions;
use datafusion::common::{cast::as_boolean_array, exec_err, Result, ScalarValue};
use datafusion::logical_expr::{
    create_udf, ColumnarValue, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature,
    TypeSignature, Volatility,
};

use crate::server::auth::SERVER_VERSION;

/// `server_version_num` of [`SERVER_VERSION`].
pub const SERVER_VERSION_NUM: &str = "160006";

/// What `version()` returns: PostgreSQL's shape, privsql's version inside.
pub fn version_string() -> String {
    let number = SERVER_VERSION.split(' ').next().unwrap_or(SERVER_VERSION);
    let platform = match std::env::consts::OS {
        "linux" => format!("{}-pc-linux-gnu", std::env::consts::ARCH),
        os => format!("{}-{os}", std::env::consts::ARCH),
    };
    format!(
        "PostgreSQL {number} (privsql {}) on {platform}, compiled by rustc",
        env!("CARGO_PKG_VERSION")
    )
}

/// The server's functions, replacing DataFusion's and datafusion-pg-catalog's of the same names.
pub fn functions() -> Vec<ScalarUDF> {
    let version = version_string();
    vec![
        create_udf(
            "version",
            vec![],
            DataType::Utf8,
            Volatility::Immutable,
            Arc::new(move |_| Ok(ColumnarValue::Scalar(ScalarValue::from(version.as_str())))),
        ),
        // Any user id: privsql has no role table, the owner of everything is `postgres`.
        constant(
            "pg_get_userbyid",
            vec![DataType::Int64],
            ScalarValue::from("postgres"),
        ),
        // privsql has no temporary schemas, collations, sequences or indexes of its own.
        constant(
            "pg_is_other_temp_schema",
            vec![DataType::Int64],
            ScalarValue::from(false),
        ),
        constant(
            "pg_collation_is_visible",
            vec![DataType::Int64],
            ScalarValue::from(true),
        ),
        constant(
            "pg_get_serial_sequence",
            vec![DataType::Utf8, DataType::Utf8],
            ScalarValue::Utf8(None),
        ),
        constant(
            "pg_get_indexdef",
            vec![DataType::Int64, DataType::Int64, DataType::Boolean],
            ScalarValue::Utf8(None),
        ),
        ScalarUDF::new_from_impl(CurrentSetting::new()),
        ScalarUDF::new_from_impl(JsonBuildObject::new()),
        ScalarUDF::new_from_impl(super::expandarray::ExpandArray::new()),
    ]
}

/// A stable function of `args` returning `value` for every row.
fn constant(name: &str, args: Vec<DataType>, value: ScalarValue) -> ScalarUDF {
    let t = value.data_type();
    create_udf(
        name,
        args,
        t,
        Volatility::Stable,
        Arc::new(move |args: &[ColumnarValue]| match args.first() {
            Some(ColumnarValue::Array(a)) => {
                Ok(ColumnarValue::Array(value.to_array_of_size(a.len())?))
            }
            _ => Ok(ColumnarValue::Scalar(value.clone())),
        }),
    )
}

/// The PostgreSQL settings clients read, by lower-case name.
fn postgres_setting(name: &str, config: &ConfigOptions) -> Option<String> {
    let fixed = match name {
        "server_version" => SERVER_VERSION,
        "server_version_num" => SERVER_VERSION_NUM,
        "server_encoding" | "client_encoding" => "UTF8",
        "standard_conforming_strings" | "integer_datetimes" => "on",
        "datestyle" => "ISO, MDY",
        "intervalstyle" => "postgres",
        "search_path" => "\"$user\", public",
        "max_identifier_length" => "63",
        "max_index_keys" => "32",
        "block_size" => "8192",
        "transaction_isolation" | "default_transaction_isolation" => "read committed",
        "transaction_read_only" | "default_transaction_read_only" | "is_superuser" => "off",
        "lc_collate" | "lc_ctype" | "lc_messages" | "lc_monetary" | "lc_numeric" | "lc_time" => "C",
        "application_name" => "",
        "statement_timeout" | "lock_timeout" | "idle_in_transaction_session_timeout" => "0",
        "timezone" => {
            return Some(
                config
                    .execution
                    .time_zone
                    .clone()
                    .unwrap_or_else(|| "UTC".to_owned()),
            )
        }
        _ => {
            return config
                .entries()
                .into_iter()
                .find(|e| e.key.eq_ignore_ascii_case(name))
                .map(|e| e.value.unwrap_or_default())
        }
    };
    Some(fixed.to_owned())
}

/// `current_setting(name [, missing_ok])`.
#[derive(Debug, PartialEq, Eq, Hash)]
struct CurrentSetting {
    signature: Signature,
}

impl CurrentSetting {
    fn new() -> Self {
        Self {
            signature: Signature::one_of(
                vec![
                    TypeSignature::Exact(vec![DataType::Utf8]),
                    TypeSignature::Exact(vec![DataType::Utf8, DataType::Boolean]),
                ],
                Volatility::Stable,
            ),
        }
    }
}

impl ScalarUDFImpl for CurrentSetting {
    fn name(&self) -> &str {
        "current_setting"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let rows = args.number_rows;
        let arrays = ColumnarValue::values_to_arrays(&args.args)?;
        let names = arrays[0].as_string::<i32>();
        let missing_ok: Option<&BooleanArray> =
            arrays.get(1).map(|a| as_boolean_array(a)).transpose()?;
        let mut out = Vec::with_capacity(rows);
        for i in 0..names.len() {
            if names.is_null(i) {
                out.push(None);
                continue;
            }
            let name = names.value(i);
            match postgres_setting(&name.to_ascii_lowercase(), &args.config_options) {
                Some(v) => out.push(Some(v)),
                None if missing_ok.is_some_and(|m| m.is_valid(i) && m.value(i)) => out.push(None),
                None => return exec_err!("unrecognized configuration parameter \"{name}\""),
            }
        }
        let array: ArrayRef = Arc::new(StringArray::from(out));
        if args
            .args
            .iter()
            .all(|a| matches!(a, ColumnarValue::Scalar(_)))
        {
            return Ok(ColumnarValue::Scalar(ScalarValue::try_from_array(
                &array, 0,
            )?));
        }
        Ok(ColumnarValue::Array(array))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_reads_as_postgresql_16() {
        let v = version_string();
        assert!(v.starts_with("PostgreSQL 16.6 (privsql "), "{v}");
        let c = ConfigOptions::default();
        assert_eq!(
            postgres_setting("server_version_num", &c).as_deref(),
            Some("160006")
        );
        assert_eq!(
            postgres_setting("datafusion.execution.batch_size", &c).as_deref(),
            Some("8192")
        );
        assert_eq!(postgres_setting("no_such", &c), None);
    }
}

/// `json_build_object(key, value, ...)`: a JSON object as text.
#[derive(Debug, PartialEq, Eq, Hash)]
struct JsonBuildObject {
    signature: Signature,
}

impl JsonBuildObject {
    fn new() -> Self {
        Self {
            signature: Signature::variadic_any(Volatility::Immutable),
        }
    }
}

/// `v` as a JSON value: numbers and booleans as themselves, the rest as strings.
fn json_value(v: &ScalarValue) -> serde_json::Value {
    use serde_json::Value as J;
    if v.is_null() {
        return J::Null;
    }
    match v {
        ScalarValue::Boolean(Some(b)) => J::Bool(*b),
        ScalarValue::Int8(Some(_))
        | ScalarValue::Int16(Some(_))
        | ScalarValue::Int32(Some(_))
        | ScalarValue::Int64(Some(_))
        | ScalarValue::UInt8(Some(_))
        | ScalarValue::UInt16(Some(_))
        | ScalarValue::UInt32(Some(_))
        | ScalarValue::UInt64(Some(_))
        | ScalarValue::Float32(Some(_))
        | ScalarValue::Float64(Some(_)) => {
            serde_json::from_str(&v.to_string()).unwrap_or_else(|_| J::String(v.to_string()))
        }
        other => J::String(other.to_string()),
    }
}

impl ScalarUDFImpl for JsonBuildObject {
    fn name(&self) -> &str {
        "json_build_object"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        if args.args.len() % 2 != 0 {
            return exec_err!("json_build_object: argument list must have even number of elements");
        }
        let arrays = ColumnarValue::values_to_arrays(&args.args)?;
        let mut out = Vec::with_capacity(args.number_rows);
        for row in 0..args.number_rows {
            let mut object = serde_json::Map::new();
            for pair in arrays.chunks(2) {
                let key = ScalarValue::try_from_array(&pair[0], row)?;
                if key.is_null() {
                    return exec_err!("json_build_object: null value not allowed for object key");
                }
                let value = ScalarValue::try_from_array(&pair[1], row)?;
                object.insert(key.to_string(), json_value(&value));
            }
            out.push(serde_json::Value::Object(object).to_string());
        }
        Ok(ColumnarValue::Array(Arc::new(StringArray::from(out))))
    }
}
