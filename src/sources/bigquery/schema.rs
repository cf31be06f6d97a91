//! BigQuery column types as Arrow types, the same as the Storage Read API's Arrow format uses:
//! INT64 `Int64`, FLOAT64 `Float64`, NUMERIC `Decimal128(38, 9)`, BIGNUMERIC `Decimal256(76, 38)`,
//! BOOL `Boolean`, STRING `Utf8`, BYTES `Binary`, DATE `Date32`, DATETIME `Timestamp(µs)`, TIME
//! `Time64(µs)`, TIMESTAMP `Timestamp(µs, UTC)`, JSON and GEOGRAPHY (WKT) `Utf8`, RECORD/STRUCT
//! `Struct`, INTERVAL `Interval(MonthDayNano)`; REPEATED as a `List` of the element type.
//! NULLABLE columns are nullable, REQUIRED ones are not.

use std::sync::Arc;

use datafusion::arrow::datatypes::{DataType, Field, Fields, IntervalUnit, Schema, TimeUnit};
use datafusion::common::{plan_err, Result};
use gcp_bigquery_client::model::field_type::FieldType;
use gcp_bigquery_client::model::table_field_schema::TableFieldSchema;

/// The Arrow schema of a BigQuery table's fields.
pub fn arrow_schema(fields: &[TableFieldSchema]) -> Result<Schema> {
    Ok(Schema::new(fields.iter().map(arrow_field).collect::<Result<Vec<_>>>()?))
}

/// One BigQuery field as an Arrow field.
pub fn arrow_field(f: &TableFieldSchema) -> Result<Field> {
    let element = element_type(f)?;
    let mode = f.mode.as_deref().unwrap_or("NULLABLE").to_ascii_uppercase();
    Ok(match mode.as_str() {
        // BigQuery has no NULL arrays (it reads an empty one), but a NULL is kept as NULL.
        "REPEATED" => Field::new(&f.name, DataType::List(Arc::new(Field::new("item", element, true))), true),
        "REQUIRED" => Field::new(&f.name, element, false),
        _ => Field::new(&f.name, element, true),
    })
}

fn element_type(f: &TableFieldSchema) -> Result<DataType> {
    Ok(match f.r#type {
        FieldType::String | FieldType::Json | FieldType::Geography => DataType::Utf8,
        FieldType::Bytes => DataType::Binary,
        FieldType::Integer | FieldType::Int64 => DataType::Int64,
        FieldType::Float | FieldType::Float64 => DataType::Float64,
        FieldType::Numeric => DataType::Decimal128(38, 9),
        FieldType::Bignumeric => DataType::Decimal256(76, 38),
        FieldType::Boolean | FieldType::Bool => DataType::Boolean,
        FieldType::Timestamp => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
        FieldType::Date => DataType::Date32,
        FieldType::Time => DataType::Time64(TimeUnit::Microsecond),
        FieldType::Datetime => DataType::Timestamp(TimeUnit::Microsecond, None),
        FieldType::Interval => DataType::Interval(IntervalUnit::MonthDayNano),
        FieldType::Record | FieldType::Struct => {
            let Some(children) = f.fields.as_deref().filter(|c| !c.is_empty()) else {
                return plan_err!("BigQuery column '{}' is a RECORD without fields", f.name);
            };
            DataType::Struct(Fields::from(children.iter().map(arrow_field).collect::<Result<Vec<_>>>()?))
        }
    })
}

/// Whether `declared` (a column list given in `CREATE EXTERNAL TABLE`) matches the table's
/// schema from BigQuery: the same columns, in any order, of the same types. The error names
/// each column that differs.
pub fn check_declared(table: &str, declared: &Schema, actual: &Schema) -> Result<()> {
    let mut problems = Vec::new();
    for f in declared.fields() {
        match actual.field_with_name(f.name()) {
            Ok(a) if same_type(a.data_type(), f.data_type()) => {}
            Ok(a) => problems.push(format!("'{}' is {} in BigQuery, declared {}", f.name(), a.data_type(), f.data_type())),
            Err(_) => problems.push(format!("'{}' is not a column of the table", f.name())),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        plan_err!("the columns declared for BigQuery table {table} do not match it: {}", problems.join("; "))
    }
}

/// Equal, or both strings or both binaries (`VARCHAR` declares `Utf8View`).
fn same_type(a: &DataType, b: &DataType) -> bool {
    use DataType::*;
    a == b
        || (matches!(a, Utf8 | Utf8View | LargeUtf8) && matches!(b, Utf8 | Utf8View | LargeUtf8))
        || (matches!(a, Binary | BinaryView | LargeBinary) && matches!(b, Binary | BinaryView | LargeBinary))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, t: FieldType, mode: Option<&str>) -> TableFieldSchema {
        let mut f = TableFieldSchema::new(name, t);
        f.mode = mode.map(str::to_string);
        f
    }

    #[test]
    fn every_type_maps() {
        let mut rec = field("r", FieldType::Record, None);
        rec.fields = Some(vec![field("x", FieldType::String, None), field("y", FieldType::Int64, Some("REQUIRED"))]);
        let s = arrow_schema(&[
            field("i", FieldType::Int64, Some("REQUIRED")),
            field("n", FieldType::Numeric, None),
            field("bn", FieldType::Bignumeric, None),
            field("ts", FieldType::Timestamp, None),
            field("dt", FieldType::Datetime, None),
            field("g", FieldType::Geography, None),
            field("a", FieldType::Int64, Some("REPEATED")),
            rec,
        ])
        .unwrap();
        let t = |n: &str| s.field_with_name(n).unwrap().data_type().to_string();
        assert!(!s.field_with_name("i").unwrap().is_nullable());
        assert_eq!(t("n"), "Decimal128(38, 9)");
        assert_eq!(t("bn"), "Decimal256(76, 38)");
        assert_eq!(s.field_with_name("ts").unwrap().data_type(), &DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())));
        assert_eq!(s.field_with_name("dt").unwrap().data_type(), &DataType::Timestamp(TimeUnit::Microsecond, None));
        assert_eq!(s.field_with_name("g").unwrap().data_type(), &DataType::Utf8);
        assert!(matches!(s.field_with_name("a").unwrap().data_type(), DataType::List(f) if f.data_type() == &DataType::Int64));
        assert!(matches!(s.field_with_name("r").unwrap().data_type(), DataType::Struct(f) if f.len() == 2 && !f[1].is_nullable()));
    }

    #[test]
    fn a_declared_column_that_differs_is_named() {
        let actual = Schema::new(vec![Field::new("a", DataType::Int64, true)]);
        let declared = Schema::new(vec![Field::new("a", DataType::Utf8, true), Field::new("zz", DataType::Int64, true)]);
        let e = check_declared("p.d.t", &declared, &actual).unwrap_err().to_string();
        assert!(e.contains("'a' is Int64 in BigQuery") && e.contains("'zz' is not a column"), "{e}");
    }
}
