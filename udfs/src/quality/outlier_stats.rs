//! `outlier_stats(x)`: the robust statistics of a numeric column and its outliers, as one
//! aggregate. `quality_report` uses it so that medians, quartiles, the MAD and both outlier
//! counts come from the same single scan as every other check (they used to take three scans
//! and four full sorts).
//!
//! The accumulator keeps the column's non-null values (they are needed whole for exact
//! quantiles) and reports them, plus the f64 copy it builds when it evaluates, through `size()`,
//! so DataFusion's aggregate reserves that memory from the session's pool. Quantiles come from
//! selection (`select_nth_unstable`), not sorting, with DataFusion's own formulas: `median` as
//! the mean of the two middle values, `percentile_cont` interpolation for the quartiles (see
//! [`super::quantiles`]).

use std::sync::{Arc, OnceLock};

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray, ListArray};
use arrow::buffer::{BooleanBuffer, OffsetBuffer};
use arrow::compute::{cast, concat, filter, is_not_null};
use arrow::datatypes::{DataType, Field, FieldRef, Fields, Float64Type};
use datafusion::common::scalar::ScalarStructBuilder;
use datafusion::common::{plan_err, Result, ScalarValue};
use datafusion::logical_expr::function::{AccumulatorArgs, StateFieldsArgs};
use datafusion::logical_expr::{
    Accumulator, AggregateUDFImpl, Documentation, Signature, Volatility,
};

use super::example_values::ExampleValues;
use super::outlier::{Method, Stats};
use super::par::{both, PARALLEL_MIN};
use super::quantiles::{median_of, quartiles};
use crate::doc;

/// `outlier_stats(x)`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct OutlierStatsFunc {
    signature: Signature,
}

impl Default for OutlierStatsFunc {
    fn default() -> Self {
        Self::new()
    }
}

impl OutlierStatsFunc {
    pub fn new() -> Self {
        Self {
            signature: Signature::variadic_any(Volatility::Immutable),
        }
    }
}

fn examples_type() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

/// The fields of the result.
pub fn result_fields() -> Fields {
    let f = |n: &str| Field::new(n, DataType::Float64, true);
    let c = |n: &str| Field::new(n, DataType::Int64, false);
    let e = |n: &str| Field::new(n, examples_type(), true);
    Fields::from(vec![
        f("median"),
        f("q1"),
        f("q3"),
        f("mad"),
        f("mean_ad"),
        c("mad_outliers"),
        c("iqr_outliers"),
        e("mad_examples"),
        e("iqr_examples"),
    ])
}

/// The result of `outlier_stats` over `n` arguments: the struct of [`result_fields`] for one,
/// and for several a struct of those structs, `c0`, `c1`, ... in argument order.
fn result_type(n: usize) -> DataType {
    let one = DataType::Struct(result_fields());
    if n == 1 {
        return one;
    }
    DataType::Struct(Fields::from(
        (0..n)
            .map(|i| Field::new(format!("c{i}"), one.clone(), true))
            .collect::<Vec<_>>(),
    ))
}

impl AggregateUDFImpl for OutlierStatsFunc {
    fn name(&self) -> &str {
        "outlier_stats"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        if arg_types.is_empty() {
            return plan_err!("outlier_stats: expected at least one numeric argument");
        }
        for (i, t) in arg_types.iter().enumerate() {
            if !t.is_numeric() && !t.is_null() {
                return if arg_types.len() == 1 {
                    plan_err!("outlier_stats: the argument must be numeric, got {t}")
                } else {
                    plan_err!("outlier_stats: argument {} must be numeric, got {t}", i + 1)
                };
            }
        }
        Ok(result_type(arg_types.len()))
    }

    fn accumulator(&self, args: AccumulatorArgs) -> Result<Box<dyn Accumulator>> {
        let columns = args
            .exprs
            .iter()
            .map(|e| Ok(OutlierStats::new(e.data_type(args.schema)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(Box::new(OutlierStatsAcc { columns }))
    }

    fn state_fields(&self, args: StateFieldsArgs) -> Result<Vec<FieldRef>> {
        Ok(args
            .input_fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                Arc::new(Field::new(
                    if args.input_fields.len() == 1 {
                        format!("{}[values]", args.name)
                    } else {
                        format!("{}[values{i}]", args.name)
                    },
                    DataType::List(Arc::new(Field::new_list_field(f.data_type().clone(), true))),
                    true,
                ))
            })
            .collect())
    }

    fn documentation(&self) -> Option<&Documentation> {
        static DOC: OnceLock<Documentation> = OnceLock::new();
        Some(DOC.get_or_init(|| {
            Documentation::builder(
                doc::QUALITY,
                "Aggregate: the robust statistics of a numeric column and its outliers, exact, \
                 as a struct: median, q1, q3 (percentile_cont's interpolation), mad (median \
                 absolute deviation), mean_ad (mean absolute deviation), mad_outliers (values \
                 with |0.6745 (x - median) / MAD| > 3.5, scaled by 1.253314 mean_ad when MAD is \
                 0), iqr_outliers (x < q1 - 1.5 IQR or x > q3 + 1.5 IQR), and up to three \
                 examples of each (smallest by text). With several arguments, a struct of \
                 one such struct per argument (c0, c1, ...), computed concurrently. Holds the \
                 group's values in memory (reserved from the memory pool); quality_report \
                 computes its outlier checks with it.",
                "outlier_stats(x [, y ...])",
            )
            .with_argument("x", "A numeric expression; NULLs are ignored.")
            .with_argument(
                "y",
                "More numeric expressions: each gets its own statistics (c1, ...).",
            )
            .with_sql_example(
                "SELECT channel, outlier_stats(order_total)['mad_outliers'] AS outliers\nFROM messages GROUP BY channel;",
            )
            .build()
        }))
    }
}

/// The values seen so far (non-null, in their own type).
#[derive(Debug)]
struct OutlierStats {
    input: DataType,
    chunks: Vec<ArrayRef>,
    values: usize,
    bytes: usize,
}

impl OutlierStats {
    fn new(input: DataType) -> Self {
        Self {
            input,
            chunks: Vec::new(),
            values: 0,
            bytes: 0,
        }
    }

    fn push(&mut self, a: &ArrayRef) -> Result<()> {
        let a = if a.null_count() == 0 {
            Arc::clone(a)
        } else {
            filter(a.as_ref(), &is_not_null(a.as_ref())?)?
        };
        if a.is_empty() {
            return Ok(());
        }
        self.values += a.len();
        self.bytes += a.get_array_memory_size();
        self.chunks.push(a);
        Ok(())
    }

    fn values_list(&self) -> Result<ScalarValue> {
        let refs: Vec<&dyn Array> = self.chunks.iter().map(|a| a.as_ref()).collect();
        let values = if refs.is_empty() {
            arrow::array::new_empty_array(&self.input)
        } else {
            concat(&refs)?
        };
        Ok(ScalarValue::List(Arc::new(ListArray::new(
            Arc::new(Field::new_list_field(self.input.clone(), true)),
            OffsetBuffer::from_lengths([values.len()]),
            values,
            None,
        ))))
    }

    fn stats(&self) -> Result<Option<Stats>> {
        if self.values == 0 {
            return Ok(None);
        }
        let n = self.values;
        let mut v: Vec<f64> = vec![0.0; n];
        if n < PARALLEL_MIN || self.chunks.len() < 2 {
            fill_f64(&self.chunks, &mut v)?;
        } else {
            // The chunks in two groups of about half the values each, cast on two threads.
            let (mut split, mut at) = (0, 0);
            while split < self.chunks.len() && at < n / 2 {
                at += self.chunks[split].len();
                split += 1;
            }
            let (chunks_a, chunks_b) = self.chunks.split_at(split);
            let (va, vb) = v.split_at_mut(at);
            let (a, b) = both(|| fill_f64(chunks_a, va), || fill_f64(chunks_b, vb));
            a?;
            b?;
        }
        let (median, q1, q3) = quartiles(&mut v);
        let abs = |part: &mut [f64]| {
            for x in part.iter_mut() {
                *x = (*x - median).abs();
            }
        };
        if n < PARALLEL_MIN {
            abs(&mut v);
        } else {
            let (a, b) = v.split_at_mut(n / 2);
            both(|| abs(a), || abs(b));
        }
        // Summed on one thread, in the order the selections left the values (as before).
        let mean_ad = v.iter().sum::<f64>() / n as f64;
        let mad = median_of(&mut v);
        Ok(Some(Stats {
            median,
            mad,
            mean_ad,
            q1,
            q3,
        }))
    }

    /// How many values are outliers by the MAD and by the IQR rule, and examples of each, over
    /// `chunks`.
    fn outliers(chunks: &[ArrayRef], s: &Stats) -> Result<Outliers> {
        let mut out = Outliers::default();
        for c in chunks {
            let f = cast(c, &DataType::Float64)?;
            let f = f.as_primitive::<Float64Type>();
            let v = f.values();
            let mask = |m: Method| {
                BooleanArray::new(
                    BooleanBuffer::collect_bool(v.len(), |i| s.is_outlier(v[i], m)),
                    None,
                )
            };
            let by_mad = mask(Method::Mad(Method::DEFAULT_MAD));
            let by_iqr = mask(Method::Iqr(Method::DEFAULT_IQR));
            for (mask, n, ex) in [
                (&by_mad, &mut out.mad_n, &mut out.mad_ex),
                (&by_iqr, &mut out.iqr_n, &mut out.iqr_ex),
            ] {
                let k = mask.true_count();
                if k > 0 {
                    *n += k as i64;
                    ex.offer_array(&filter(c.as_ref(), mask)?)?;
                }
            }
        }
        Ok(out)
    }
}

/// Outlier counts and examples of part of a column.
#[derive(Default)]
struct Outliers {
    mad_n: i64,
    iqr_n: i64,
    mad_ex: ExampleValues,
    iqr_ex: ExampleValues,
}

impl Outliers {
    fn add(&mut self, o: Outliers) {
        self.mad_n += o.mad_n;
        self.iqr_n += o.iqr_n;
        self.mad_ex.absorb(&o.mad_ex);
        self.iqr_ex.absorb(&o.iqr_ex);
    }
}

/// Cast `chunks` (no nulls) to f64, one after the other, into `out` (of their total length).
fn fill_f64(chunks: &[ArrayRef], out: &mut [f64]) -> Result<()> {
    let mut at = 0;
    for c in chunks {
        let f = cast(c, &DataType::Float64)?;
        let values = f.as_primitive::<Float64Type>().values();
        out[at..at + values.len()].copy_from_slice(values);
        at += values.len();
    }
    Ok(())
}

impl OutlierStats {
    /// The result struct of this column.
    fn evaluate_one(&self) -> Result<ScalarValue> {
        let fields = result_fields();
        let stats = self.stats()?;
        let mut out = Outliers::default();
        if let Some(s) = &stats {
            if self.values < PARALLEL_MIN || self.chunks.len() < 2 {
                out = Self::outliers(&self.chunks, s)?;
            } else {
                let (a, b) = self.chunks.split_at(self.chunks.len() / 2);
                let (a, b) = both(|| Self::outliers(a, s), || Self::outliers(b, s));
                out = a?;
                out.add(b?);
            }
        }
        let Outliers {
            mad_n,
            iqr_n,
            mad_ex,
            iqr_ex,
        } = out;
        let f64v = |x: Option<f64>| ScalarValue::Float64(x);
        let values = [
            f64v(stats.map(|s| s.median)),
            f64v(stats.map(|s| s.q1)),
            f64v(stats.map(|s| s.q3)),
            f64v(stats.map(|s| s.mad)),
            f64v(stats.map(|s| s.mean_ad)),
            ScalarValue::Int64(Some(mad_n)),
            ScalarValue::Int64(Some(iqr_n)),
            mad_ex.list(),
            iqr_ex.list(),
        ];
        let mut b = ScalarStructBuilder::new();
        for (field, value) in fields.iter().zip(values) {
            b = b.with_scalar(field.as_ref().clone(), value);
        }
        b.build()
    }

    fn size(&self) -> usize {
        // The values, and the f64 copy `evaluate` makes of them.
        std::mem::size_of_val(self)
            + self.chunks.capacity() * std::mem::size_of::<ArrayRef>()
            + self.bytes
            + self.values * std::mem::size_of::<f64>()
    }

    fn merge_list(&mut self, state: &ArrayRef) -> Result<()> {
        let lists = state.as_list::<i32>();
        for i in 0..lists.len() {
            if lists.is_valid(i) {
                let v = lists.value(i);
                self.push(&v)?;
            }
        }
        Ok(())
    }
}

/// The accumulator: one [`OutlierStats`] per argument.
///
/// A final aggregate evaluates its accumulators one after the other on one thread; the columns
/// of one `outlier_stats(x, y, ...)` are evaluated concurrently instead (each on its own
/// thread, each of them splitting its large passes in two), which is why `quality_report`
/// passes all its numeric columns to a single call.
#[derive(Debug)]
struct OutlierStatsAcc {
    columns: Vec<OutlierStats>,
}

impl Accumulator for OutlierStatsAcc {
    fn update_batch(&mut self, values: &[ArrayRef]) -> Result<()> {
        for (c, v) in self.columns.iter_mut().zip(values) {
            c.push(v)?;
        }
        Ok(())
    }

    fn evaluate(&mut self) -> Result<ScalarValue> {
        if let [one] = self.columns.as_slice() {
            return one.evaluate_one();
        }
        let total: usize = self.columns.iter().map(|c| c.values).sum();
        let results: Vec<Result<ScalarValue>> = if total < PARALLEL_MIN {
            self.columns
                .iter()
                .map(OutlierStats::evaluate_one)
                .collect()
        } else {
            std::thread::scope(|s| {
                let (first, rest) = self.columns.split_first().expect("two or more columns");
                let handles: Vec<_> = rest
                    .iter()
                    .map(|c| s.spawn(move || c.evaluate_one()))
                    .collect();
                let mut out = vec![first.evaluate_one()];
                for h in handles {
                    out.push(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
                }
                out
            })
        };
        let one = DataType::Struct(result_fields());
        let mut b = ScalarStructBuilder::new();
        for (i, r) in results.into_iter().enumerate() {
            b = b.with_scalar(Field::new(format!("c{i}"), one.clone(), true), r?);
        }
        b.build()
    }

    fn size(&self) -> usize {
        std::mem::size_of_val(self) + self.columns.iter().map(OutlierStats::size).sum::<usize>()
    }

    fn state(&mut self) -> Result<Vec<ScalarValue>> {
        self.columns.iter().map(OutlierStats::values_list).collect()
    }

    fn merge_batch(&mut self, states: &[ArrayRef]) -> Result<()> {
        for (c, state) in self.columns.iter_mut().zip(states) {
            c.merge_list(state)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::{Float64Array, Int32Array};

    use crate::quality::quantiles::percentile;

    fn single(t: DataType) -> OutlierStatsAcc {
        OutlierStatsAcc {
            columns: vec![OutlierStats::new(t)],
        }
    }

    fn run(chunks: &[ArrayRef]) -> ScalarValue {
        let mut acc = single(chunks[0].data_type().clone());
        for c in chunks {
            acc.update_batch(std::slice::from_ref(c)).unwrap();
        }
        // Through a partial state, as DataFusion's two-phase aggregation does.
        let state = acc.state().unwrap();
        let mut merged = single(chunks[0].data_type().clone());
        merged.merge_batch(&[state[0].to_array().unwrap()]).unwrap();
        merged.evaluate().unwrap()
    }

    fn field(s: &ScalarValue, name: &str) -> ScalarValue {
        let ScalarValue::Struct(a) = s else {
            panic!("not a struct: {s:?}")
        };
        let i = a.fields().iter().position(|f| f.name() == name).unwrap();
        ScalarValue::try_from_array(a.column(i), 0).unwrap()
    }

    /// The statistics of one chunk, evaluated on one thread (as below PARALLEL_MIN).
    fn serial(values: &[f64]) -> (f64, f64, f64, f64, f64) {
        let mut v = values.to_vec();
        let median = median_of(&mut v);
        let q1 = percentile(&mut v, 0.25);
        let q3 = percentile(&mut v, 0.75);
        for x in v.iter_mut() {
            *x = (*x - median).abs();
        }
        let mean_ad = v.iter().sum::<f64>() / v.len() as f64;
        (median, q1, q3, median_of(&mut v), mean_ad)
    }

    #[test]
    fn two_threads_give_the_serial_results() {
        // Large enough for the parallel path, in several chunks, with ties and outliers; odd
        // and even counts.
        for n in [PARALLEL_MIN * 2 + 1, PARALLEL_MIN * 2 + 6] {
            let values: Vec<f64> = (0..n as u64)
                .map(|i| {
                    let x = (i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as f64 / 1000.0;
                    if i % 997 == 0 {
                        x * 50.0
                    } else {
                        (x * 4.0).round() / 4.0
                    }
                })
                .collect();
            let chunks: Vec<ArrayRef> = values
                .chunks(40_000)
                .map(|c| Arc::new(Float64Array::from(c.to_vec())) as ArrayRef)
                .collect();
            // Two partial states (two partitions), so the final accumulator holds two chunks
            // and splits them between the threads.
            let mut fin = single(DataType::Float64);
            for part in chunks.chunks(chunks.len() / 2 + 1) {
                let mut p = single(DataType::Float64);
                for c in part {
                    p.update_batch(std::slice::from_ref(c)).unwrap();
                }
                fin.merge_batch(&[p.state().unwrap()[0].to_array().unwrap()])
                    .unwrap();
            }
            assert_eq!(fin.columns[0].chunks.len(), 2);
            let s = fin.evaluate().unwrap();
            let (median, q1, q3, mad, mean_ad) = serial(&values);
            let f = |x| ScalarValue::Float64(Some(x));
            assert_eq!(field(&s, "median"), f(median));
            assert_eq!(field(&s, "q1"), f(q1));
            assert_eq!(field(&s, "q3"), f(q3));
            assert_eq!(field(&s, "mad"), f(mad));
            // The mean of |x - median| sums the values in the order the selections left them,
            // which differs between the two paths: equal up to rounding.
            let ScalarValue::Float64(Some(got)) = field(&s, "mean_ad") else {
                panic!("mean_ad")
            };
            assert!(
                (got - mean_ad).abs() <= 1e-12 * mean_ad,
                "{got} vs {mean_ad}"
            );
            let stats = Stats {
                median,
                mad,
                mean_ad,
                q1,
                q3,
            };
            let count = |m| values.iter().filter(|&&x| stats.is_outlier(x, m)).count() as i64;
            let mad_n = count(Method::Mad(Method::DEFAULT_MAD));
            let iqr_n = count(Method::Iqr(Method::DEFAULT_IQR));
            assert!(mad_n > 0 && iqr_n > 0);
            assert_eq!(field(&s, "mad_outliers"), ScalarValue::Int64(Some(mad_n)));
            assert_eq!(field(&s, "iqr_outliers"), ScalarValue::Int64(Some(iqr_n)));
        }
    }

    #[test]
    fn matches_datafusion_median_and_percentile_cont() {
        // 1..=6 and 100 with a NULL: median 4, q1 2.5, q3 5.5, |x - 4| = 3,2,1,0,1,2,96 -> MAD 2.
        let a: ArrayRef = Arc::new(Int32Array::from(vec![Some(6), None, Some(1), Some(100)]));
        let b: ArrayRef = Arc::new(Int32Array::from(vec![3, 2, 5, 4]));
        let s = run(&[a, b]);
        assert_eq!(field(&s, "median"), ScalarValue::Float64(Some(4.0)));
        assert_eq!(field(&s, "q1"), ScalarValue::Float64(Some(2.5)));
        assert_eq!(field(&s, "q3"), ScalarValue::Float64(Some(5.5)));
        assert_eq!(field(&s, "mad"), ScalarValue::Float64(Some(2.0)));
        assert_eq!(field(&s, "mad_outliers"), ScalarValue::Int64(Some(1)));
        assert_eq!(field(&s, "iqr_outliers"), ScalarValue::Int64(Some(1)));
        assert_eq!(field(&s, "mad_examples").to_string(), "[100]");
    }

    #[test]
    fn even_count_and_empty_input() {
        let a: ArrayRef = Arc::new(Float64Array::from(vec![1.0, 2.0, 3.0, 4.0]));
        let s = run(&[a]);
        assert_eq!(field(&s, "median"), ScalarValue::Float64(Some(2.5)));
        assert_eq!(field(&s, "q1"), ScalarValue::Float64(Some(1.75)));
        let empty: ArrayRef = Arc::new(Float64Array::from(vec![None::<f64>]));
        let s = run(&[empty]);
        assert_eq!(field(&s, "median"), ScalarValue::Float64(None));
        assert_eq!(field(&s, "mad_outliers"), ScalarValue::Int64(Some(0)));
    }

    #[test]
    fn several_columns_give_each_columns_own_results() {
        // Three columns, large enough for the concurrent path, through two partial states.
        let n = PARALLEL_MIN + 1_001;
        let cols: Vec<ArrayRef> = vec![
            Arc::new(Float64Array::from(
                (0..n)
                    .map(|i| ((i * 37) % 1_000) as f64 / 7.0)
                    .collect::<Vec<_>>(),
            )),
            Arc::new(Int32Array::from(
                (0..n)
                    .map(|i| {
                        (i % 5 != 0).then_some(if i % 499 == 0 {
                            90_000
                        } else {
                            (i % 300) as i32
                        })
                    })
                    .collect::<Vec<_>>(),
            )),
            Arc::new(Float64Array::from(vec![2.5; n])),
        ];
        let types: Vec<DataType> = cols.iter().map(|c| c.data_type().clone()).collect();
        let new = || OutlierStatsAcc {
            columns: types.iter().cloned().map(OutlierStats::new).collect(),
        };
        let mut fin = new();
        for half in [0..n / 2, n / 2..n] {
            let mut p = new();
            let part: Vec<ArrayRef> = cols
                .iter()
                .map(|c| c.slice(half.start, half.end - half.start))
                .collect();
            p.update_batch(&part).unwrap();
            let state: Vec<ArrayRef> = p
                .state()
                .unwrap()
                .iter()
                .map(|s| s.to_array().unwrap())
                .collect();
            fin.merge_batch(&state).unwrap();
        }
        let all = fin.evaluate().unwrap();
        for (i, c) in cols.iter().enumerate() {
            let one = run(&[c.slice(0, n / 2), c.slice(n / 2, n - n / 2)]);
            assert_eq!(field(&all, &format!("c{i}")), one, "column {i}");
        }
        assert_eq!(
            OutlierStatsFunc::new()
                .return_type(&[DataType::Float64, DataType::Int32])
                .unwrap(),
            result_type(2)
        );
        assert!(OutlierStatsFunc::new()
            .return_type(&[DataType::Float64, DataType::Utf8])
            .is_err());
    }
}
