//! `repeated_hashes(x, ...)`: the 64-bit hashes that more than one row of the group has, the
//! first pass of `quality_report`'s exact duplicate counts (see [`super::duplicates`]). Each
//! partition's partial aggregate hashes its rows (vectorised, DataFusion's `create_hashes`) and
//! sorts them; the final aggregate merges the sorted runs ([`super::hash_runs`]).

use std::sync::{Arc, OnceLock};

use arrow::array::{Array, ArrayRef, AsArray, ListArray, UInt64Array};
use arrow::buffer::{OffsetBuffer, ScalarBuffer};
use arrow::datatypes::{DataType, Field, FieldRef, UInt64Type};
use datafusion::common::hash_utils::create_hashes;
use datafusion::common::{Result, ScalarValue};
use datafusion::logical_expr::function::{AccumulatorArgs, StateFieldsArgs};
use datafusion::logical_expr::{
    Accumulator, AggregateUDFImpl, Documentation, Signature, Volatility,
};

use super::hash_runs::{hasher, radix_sort, repeated_hashes_parallel};
use crate::doc;

/// `repeated_hashes(x, ...)`: the aggregate behind the first pass.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct RepeatedHashesFunc {
    signature: Signature,
}

impl Default for RepeatedHashesFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl RepeatedHashesFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::variadic_any(Volatility::Immutable),
        }
    }
}

/// The type of the result: a list of hashes.
pub(super) fn hash_list_type() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::UInt64, true)))
}

impl AggregateUDFImpl for RepeatedHashesFunc {
    fn name(&self) -> &str {
        "repeated_hashes"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(hash_list_type())
    }

    fn accumulator(&self, _args: AccumulatorArgs) -> Result<Box<dyn Accumulator>> {
        Ok(Box::new(RepeatedHashes::default()))
    }

    fn state_fields(&self, args: StateFieldsArgs) -> Result<Vec<FieldRef>> {
        Ok(vec![Arc::new(Field::new(
            format!("{}[hashes]", args.name),
            hash_list_type(),
            true,
        ))])
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::QUALITY,
                "Aggregate: the 64-bit hashes (DataFusion's create_hashes, fixed seed) that more \
                 than one row of the group has, over all the arguments together, sorted. A row \
                 whose hash is not in the list occurs once; rows whose hash is in it are \
                 candidates to compare exactly. quality_report finds duplicate keys and rows \
                 with it in its single scan. Holds 8 bytes a row (reserved from the memory pool).",
                "repeated_hashes(x [, y ...])",
            )
            .with_argument("x", "Any expressions; together they form the key.")
            .with_sql_example("SELECT cardinality(repeated_hashes(ticket_id)) FROM messages;")
            .build()
        }))
    }
}

/// Hashes of the rows seen, and sorted runs received from partial aggregates (the state
/// arrays' own buffers, not copies).
#[derive(Debug, Default)]
struct RepeatedHashes {
    hashes: Vec<u64>,
    runs: Vec<ScalarBuffer<u64>>,
    buf: Vec<u64>,
}

fn hash_list(values: Vec<u64>) -> ScalarValue {
    ScalarValue::List(Arc::new(ListArray::new(
        Arc::new(Field::new_list_field(DataType::UInt64, true)),
        OffsetBuffer::from_lengths([values.len()]),
        Arc::new(UInt64Array::from(values)),
        None,
    )))
}

impl Accumulator for RepeatedHashes {
    fn update_batch(&mut self, values: &[ArrayRef]) -> Result<()> {
        let n = values.first().map_or(0, |v| v.len());
        self.buf.clear();
        self.buf.resize(n, 0);
        create_hashes(values, &hasher(), &mut self.buf)?;
        self.hashes.extend_from_slice(&self.buf);
        Ok(())
    }

    fn evaluate(&mut self) -> Result<ScalarValue> {
        let mut runs = std::mem::take(&mut self.runs);
        let mut own = std::mem::take(&mut self.hashes);
        radix_sort(&mut own);
        runs.push(ScalarBuffer::from(own));
        runs.retain(|r| !r.is_empty());
        let mut repeated: Vec<u64> = repeated_hashes_parallel(&runs).into_iter().collect();
        repeated.sort_unstable();
        Ok(hash_list(repeated))
    }

    fn size(&self) -> usize {
        std::mem::size_of_val(self)
            + (self.hashes.capacity() + self.buf.capacity()) * 8
            + self.runs.iter().map(|r| r.len() * 8 + 24).sum::<usize>()
    }

    fn state(&mut self) -> Result<Vec<ScalarValue>> {
        // Sorted here, in the partial aggregate of each partition (in parallel).
        let mut own = std::mem::take(&mut self.hashes);
        radix_sort(&mut own);
        Ok(vec![hash_list(own)])
    }

    fn merge_batch(&mut self, states: &[ArrayRef]) -> Result<()> {
        let lists = states[0].as_list::<i32>();
        for i in 0..lists.len() {
            if lists.is_valid(i) {
                let v = lists.value(i);
                self.runs
                    .push(v.as_primitive::<UInt64Type>().values().clone());
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_hashes_through_partial_states() {
        let a: ArrayRef = Arc::new(arrow::array::StringArray::from(vec!["x", "y", "x"]));
        let b: ArrayRef = Arc::new(arrow::array::StringArray::from(vec!["z", "y"]));
        let (mut p1, mut p2) = (RepeatedHashes::default(), RepeatedHashes::default());
        p1.update_batch(&[a]).unwrap();
        p2.update_batch(&[b]).unwrap();
        let mut fin = RepeatedHashes::default();
        for p in [&mut p1, &mut p2] {
            let s = p.state().unwrap();
            fin.merge_batch(&[s[0].to_array().unwrap()]).unwrap();
        }
        let ScalarValue::List(l) = fin.evaluate().unwrap() else {
            panic!("a list")
        };
        // "x" (twice in one partition) and "y" (once in each).
        assert_eq!(l.value(0).len(), 2);
    }
}
