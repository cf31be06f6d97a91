//! `example_values(x)`: up to three example values of a group, as text, for reports. It keeps
//! the smallest distinct values by their text, so the result does not depend on how the input
//! was split into partitions; a batch only costs a comparison per value once three are held.

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use arrow::array::{Array, ArrayRef, AsArray, ListArray, StringArray};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{Result, ScalarValue};
use datafusion::logical_expr::function::{AccumulatorArgs, StateFieldsArgs};
use datafusion::logical_expr::{
    Accumulator, AggregateUDFImpl, Documentation, Signature, Volatility,
};

use crate::doc;

/// How many examples are kept.
pub const EXAMPLES: usize = 3;

#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ExampleValuesFunc {
    signature: Signature,
}

impl Default for ExampleValuesFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl ExampleValuesFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::any(1, Volatility::Immutable),
        }
    }
}

fn list_type() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

impl AggregateUDFImpl for ExampleValuesFunc {
    fn name(&self) -> &str {
        "example_values"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(list_type())
    }

    fn accumulator(&self, _args: AccumulatorArgs) -> Result<Box<dyn Accumulator>> {
        Ok(Box::new(ExampleValues::default()))
    }

    fn state_fields(&self, args: StateFieldsArgs) -> Result<Vec<FieldRef>> {
        Ok(vec![Arc::new(Field::new(
            format!("{}[examples]", args.name),
            list_type(),
            true,
        ))])
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::QUALITY,
                "Aggregate: up to three distinct non-null values of the group as text (the \
                 smallest by their text, so the result is deterministic). quality_report uses it \
                 for its unexpected examples; combine with FILTER to sample offending values.",
                "example_values(x)",
            )
            .with_argument("x", "Any expression; values are shown as text.")
            .with_sql_example(
                "SELECT example_values(email) FILTER (WHERE NOT is_email(email)) FROM customers;",
            )
            .build()
        }))
    }
}

#[derive(Debug, Default)]
pub(crate) struct ExampleValues {
    kept: BTreeSet<String>,
}

impl ExampleValues {
    fn offer(&mut self, v: &str) {
        if self.kept.len() >= EXAMPLES {
            match self.kept.last() {
                Some(last) if v < last.as_str() => {}
                _ => return,
            }
        }
        if self.kept.contains(v) {
            return;
        }
        self.kept.insert(v.to_string());
        if self.kept.len() > EXAMPLES {
            self.kept.pop_last();
        }
    }

    /// Offer every value `other` kept: the result is the same as offering `other`'s input.
    pub(crate) fn absorb(&mut self, other: &ExampleValues) {
        for v in &other.kept {
            self.offer(v);
        }
    }

    pub(crate) fn offer_array(&mut self, a: &ArrayRef) -> Result<()> {
        if a.len() == a.null_count() {
            return Ok(());
        }
        let text;
        let a = match a.data_type() {
            DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => a,
            _ => {
                text = cast(a, &DataType::Utf8)?;
                &text
            }
        };
        match a.data_type() {
            DataType::Utf8 => a
                .as_string::<i32>()
                .iter()
                .flatten()
                .for_each(|v| self.offer(v)),
            DataType::LargeUtf8 => a
                .as_string::<i64>()
                .iter()
                .flatten()
                .for_each(|v| self.offer(v)),
            _ => a
                .as_string_view()
                .iter()
                .flatten()
                .for_each(|v| self.offer(v)),
        }
        Ok(())
    }

    pub(crate) fn list(&self) -> ScalarValue {
        let values: ArrayRef = Arc::new(self.kept.iter().map(Some).collect::<StringArray>());
        ScalarValue::List(Arc::new(ListArray::new(
            Arc::new(Field::new_list_field(DataType::Utf8, true)),
            arrow::buffer::OffsetBuffer::from_lengths([values.len()]),
            values,
            None,
        )))
    }
}

impl Accumulator for ExampleValues {
    fn update_batch(&mut self, values: &[ArrayRef]) -> Result<()> {
        self.offer_array(&values[0])
    }

    fn evaluate(&mut self) -> Result<ScalarValue> {
        Ok(self.list())
    }

    fn size(&self) -> usize {
        std::mem::size_of_val(self) + self.kept.iter().map(|s| s.capacity() + 24).sum::<usize>()
    }

    fn state(&mut self) -> Result<Vec<ScalarValue>> {
        Ok(vec![self.list()])
    }

    fn merge_batch(&mut self, states: &[ArrayRef]) -> Result<()> {
        let lists = states[0].as_list::<i32>();
        for i in 0..lists.len() {
            if lists.is_valid(i) {
                self.offer_array(&lists.value(i))?;
            }
        }
        Ok(())
    }
}
