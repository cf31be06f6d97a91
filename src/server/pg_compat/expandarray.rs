//! `_pg_expandarray_list(array)`: each element of `array` with its 1-based position, as a list
//! of `{x, n}` structs. PostgreSQL's `information_schema._pg_expandarray(array)` is a set-returning
//! function yielding those `(x, n)` records one per row (JDBC's `getPrimaryKeys` and
//! `getIndexInfo` select it and read `(keys).x`, `(keys).n`); DataFusion has no set-returning
//! scalar functions, so [`super::rewrite`] writes `_pg_expandarray(a)` as
//! `unnest(_pg_expandarray_list(a))`.

use std::sync::Arc;

use datafusion::arrow::array::{Array, ArrayRef, AsArray, Int32Array, ListArray, StructArray};
use datafusion::arrow::datatypes::{DataType, Field, Fields};
use datafusion::common::{exec_err, plan_err, Result};
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};

/// The function's name; [`super::rewrite`] calls it.
pub const NAME: &str = "_pg_expandarray_list";

/// `_pg_expandarray_list(list)`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ExpandArray {
    signature: Signature,
}

impl Default for ExpandArray {
    fn default() -> Self {
        Self::new()
    }
}

impl ExpandArray {
    pub fn new() -> Self {
        Self {
            signature: Signature::any(1, Volatility::Immutable),
        }
    }
}

/// The `{x, n}` struct fields for elements of `element` type.
fn record_fields(element: &Field) -> Fields {
    Fields::from(vec![
        Field::new("x", element.data_type().clone(), true),
        Field::new("n", DataType::Int32, false),
    ])
}

impl ScalarUDFImpl for ExpandArray {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, args: &[DataType]) -> Result<DataType> {
        match args {
            [DataType::List(element)] => Ok(DataType::List(Arc::new(Field::new(
                "item",
                DataType::Struct(record_fields(element)),
                true,
            )))),
            _ => plan_err!("_pg_expandarray takes an array, got {args:?}"),
        }
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let arrays = ColumnarValue::values_to_arrays(&args.args)?;
        let Some(list) = arrays.first().and_then(|a| a.as_list_opt::<i32>()) else {
            return exec_err!("_pg_expandarray takes an array");
        };
        let DataType::List(element) = list.data_type() else {
            return exec_err!("_pg_expandarray takes an array");
        };
        // Each value's position within its own list, from 1.
        let offsets = list.value_offsets();
        let first = offsets.first().copied().unwrap_or(0);
        let values = list.values().slice(
            first as usize,
            (offsets.last().copied().unwrap_or(0) - first) as usize,
        );
        let mut positions = Vec::with_capacity(values.len());
        for w in offsets.windows(2) {
            positions.extend(1..=(w[1] - w[0]));
        }
        let records = StructArray::try_new(
            record_fields(element),
            vec![values, Arc::new(Int32Array::from(positions)) as ArrayRef],
            None,
        )?;
        let rebased = offsets.iter().map(|o| o - first);
        let out = ListArray::try_new(
            Arc::new(Field::new(
                "item",
                DataType::Struct(records.fields().clone()),
                true,
            )),
            datafusion::arrow::buffer::OffsetBuffer::new(rebased.collect::<Vec<_>>().into()),
            Arc::new(records),
            list.nulls().cloned(),
        )?;
        Ok(ColumnarValue::Array(Arc::new(out)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::datatypes::Int16Type;

    #[test]
    fn elements_come_with_their_positions() {
        let list = ListArray::from_iter_primitive::<Int16Type, _, _>(vec![
            Some(vec![Some(3), Some(1)]),
            None,
            Some(vec![Some(7)]),
        ]);
        let list: ArrayRef = Arc::new(list.slice(0, 3));
        let f = ExpandArray::new();
        let out = f
            .invoke_with_args(ScalarFunctionArgs {
                args: vec![ColumnarValue::Array(list.clone())],
                arg_fields: vec![Arc::new(Field::new("a", list.data_type().clone(), true))],
                number_rows: 3,
                return_field: Arc::new(Field::new(
                    "r",
                    f.return_type(&[list.data_type().clone()]).unwrap(),
                    true,
                )),
                config_options: Default::default(),
            })
            .unwrap()
            .into_array(3)
            .unwrap();
        let out = out.as_list::<i32>();
        assert!(out.is_null(1));
        let third = out.value(2);
        let s = third.as_struct();
        assert_eq!(
            s.column(1)
                .as_primitive::<datafusion::arrow::datatypes::Int32Type>()
                .value(0),
            1
        );
        let first = out.value(0);
        let n = first.as_struct().column(1).clone();
        assert_eq!(
            n.as_primitive::<datafusion::arrow::datatypes::Int32Type>()
                .values()
                .to_vec(),
            vec![1, 2]
        );
    }
}
