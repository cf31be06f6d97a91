//! `sample_hash(seed, value [, ...])`: a seeded 64-bit hash of a row's values, the rank key of
//! every sampler in this family.

use std::sync::Arc;

use arrow::array::{ArrayRef, UInt64Array};
use arrow::datatypes::DataType;
use arrow::row::{RowConverter, SortField};
use datafusion::common::{exec_err, internal_err, plan_err, Result, ScalarValue};
use datafusion::logical_expr::{
    ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};
use datafusion_macros::user_doc;

use super::hash::hash_bytes;

#[user_doc(
    doc_section(label = "Sampling and balancing"),
    description = "A seeded 64-bit hash of the given values, stable across runs, machines and \
partitionings. The values are encoded in Arrow's row format and hashed together, so \
`sample_hash(7, a, b)` identifies the pair (a, b). The samplers rank rows by it; ordering by it \
gives a reproducible random order.",
    syntax_example = "sample_hash(seed, value [, value ...])",
    sql_example = r#"```sql
> SELECT x FROM (VALUES (1), (2), (3), (4)) t(x) ORDER BY sample_hash(42, x) LIMIT 2;
```"#,
    argument(
        name = "seed",
        description = "An integer literal; another seed gives another, independent order."
    ),
    argument(
        name = "value",
        description = "Any values of any types Arrow's row format supports (all but maps and unions)."
    )
)]
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct SampleHashFunc {
    signature: Signature,
}

impl Default for SampleHashFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl SampleHashFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::variadic_any(Volatility::Immutable),
        }
    }
}

/// The name, for plans built in this module.
pub const NAME: &str = "sample_hash";

/// Hash each row of `columns` under `seed`.
pub fn hash_columns(columns: &[ArrayRef], num_rows: usize, seed: u64) -> Result<Vec<u64>> {
    if columns.is_empty() {
        return Ok(vec![hash_bytes(&[], seed); num_rows]);
    }
    let fields = columns
        .iter()
        .map(|c| SortField::new(c.data_type().clone()))
        .collect();
    let converter = RowConverter::new(fields)?;
    let rows = converter.convert_columns(columns)?;
    Ok((0..num_rows)
        .map(|i| hash_bytes(rows.row(i).as_ref(), seed))
        .collect())
}

/// [`hash_columns`] over row ranges on every core: the same hashes, as a row's hash depends only
/// on its own values.
pub fn parallel_hashes(columns: &[ArrayRef], n: usize, seed: u64) -> Result<Vec<u64>> {
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1)
        .min(8);
    let per = n.div_ceil(threads).max(64 * 1024);
    if per >= n {
        return hash_columns(columns, n, seed);
    }
    let parts: Vec<Result<Vec<u64>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .step_by(per)
            .map(|o| {
                let len = per.min(n - o);
                s.spawn(move || {
                    let cols: Vec<ArrayRef> = columns.iter().map(|c| c.slice(o, len)).collect();
                    hash_columns(&cols, len, seed)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| internal_err!("a hashing thread panicked"))
            })
            .collect()
    });
    let mut out = Vec::with_capacity(n);
    for p in parts {
        out.extend(p?);
    }
    Ok(out)
}

/// Whether `sample_hash` can take a value of this type.
pub fn hashable(t: &DataType) -> bool {
    RowConverter::supports_fields(&[SortField::new(t.clone())])
}

impl ScalarUDFImpl for SampleHashFunc {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        if arg_types.len() < 2 {
            return plan_err!(
                "sample_hash takes a seed and at least one value: sample_hash(seed, value [, ...])"
            );
        }
        if !arg_types[0].is_integer() {
            return plan_err!(
                "sample_hash: the first argument (seed) must be an integer, got {}",
                arg_types[0]
            );
        }
        for (i, t) in arg_types.iter().enumerate().skip(1) {
            if !hashable(t) {
                return plan_err!(
                    "sample_hash: argument {} has type {t}, which cannot be hashed",
                    i + 1
                );
            }
        }
        Ok(DataType::UInt64)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let n = args.number_rows;
        let seed = match &args.args[0] {
            ColumnarValue::Scalar(s) if !s.is_null() => match s.cast_to(&DataType::Int64)? {
                ScalarValue::Int64(Some(v)) => v as u64,
                _ => return exec_err!("sample_hash: the seed must be an integer"),
            },
            _ => return exec_err!("sample_hash: the seed must be a non-NULL constant"),
        };
        let columns = args.args[1..]
            .iter()
            .map(|a| a.to_array(n))
            .collect::<Result<Vec<_>>>()?;
        let hashes = hash_columns(&columns, n, seed)?;
        Ok(ColumnarValue::Array(Arc::new(UInt64Array::from(hashes))))
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.doc()
    }
}
