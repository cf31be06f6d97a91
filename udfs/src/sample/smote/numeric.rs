//! Plain SMOTE (numeric and vector features, no categorical column), on the input batches as
//! they came: the path [`ResampleExec`](crate::sample::resample::ResampleExec) takes for `smote`
//! without categorical columns. It gathers, hashes and turns into a feature matrix only the rows
//! of the classes being raised, and builds each synthetic feature column in one pass.

use std::borrow::Cow;
use std::sync::Arc;

use arrow::array::{
    new_null_array, Array, ArrayRef, AsArray, BooleanArray, RecordBatch, UInt32Array,
};
use arrow::compute::{cast, interleave_record_batch, take, take_record_batch};
use arrow::datatypes::{DataType, Float64Type, Schema, SchemaRef};
use arrow::row::{RowConverter, SortField};
use datafusion::common::{exec_err, Result};
use datafusion::execution::memory_pool::MemoryReservation;
use datafusion::logical_expr::EmitTo;
use datafusion::physical_plan::aggregates::group_values::new_group_values;
use datafusion::physical_plan::aggregates::order::GroupOrdering;

use crate::sample::features::{feature_array, feature_matrix, width, Feature, FeatureKind, Layout};
use crate::sample::hash::SplitMix64;
use crate::sample::knn::{knn, Points};
use crate::sample::output::chunks;
use crate::sample::resample_spec::{OtherColumns, ResampleSpec};
use crate::sample::sample_hash::{hashable, parallel_hashes};
use crate::sample::strategy::{label_names, resolve, Direction};

/// SMOTE without categorical columns, on the input batches as they came: only the rows of the
/// classes being raised are gathered, hashed into canonical order and turned into a feature
/// matrix; the other rows pass through untouched (no concatenation, no full feature matrix).
/// The same rows as the general path (same canonical order, draws and neighbours), which the
/// golden sums of `smote.slt` pin.
pub(in crate::sample) fn run_smote(
    batches: Vec<RecordBatch>,
    spec: &ResampleSpec,
    layout: &Layout,
    out_schema: &SchemaRef,
    reservation: &MemoryReservation,
    batch_size: usize,
) -> Result<Vec<RecordBatch>> {
    let func = spec.function.as_str();
    let batches: Vec<RecordBatch> = batches.into_iter().filter(|b| b.num_rows() > 0).collect();
    let Some(first_batch) = batches.first() else {
        return Ok(vec![]);
    };
    let schema = first_batch.schema();
    let n: usize = batches.iter().map(|b| b.num_rows()).sum();
    let (d, k) = (layout.d, spec.k);

    // Every feature must be present and finite (as in the general path), and standardisation
    // takes the mean and spread of every row: one pass over the feature columns, in row order,
    // with the general path's arithmetic (so the same values, bit for bit).
    let mut sums = vec![0f64; d];
    let mut columns: Vec<Vec<ArrayRef>> = Vec::with_capacity(batches.len());
    for b in &batches {
        let mut per = Vec::with_capacity(layout.features.len());
        for f in &layout.features {
            let name = schema.field(f.col).name();
            let col = b.column(f.col);
            let values = match f.kind {
                FeatureKind::Scalar => {
                    if col.null_count() > 0 {
                        return exec_err!("{func}: feature column '{name}' has NULL values; filter or fill them first (SMOTE needs every feature)");
                    }
                    let a = cast(col, &DataType::Float64)?;
                    if a.null_count() > 0 {
                        return exec_err!(
                            "{func}: feature column '{name}' has values that do not fit a double"
                        );
                    }
                    a
                }
                FeatureKind::Vector(_) => {
                    let l = col.as_fixed_size_list();
                    if l.null_count() > 0 {
                        return exec_err!("{func}: vector feature column '{name}' has NULL vectors; filter them first");
                    }
                    let v = cast(l.values(), &DataType::Float64)?;
                    if v.null_count() > 0 {
                        return exec_err!(
                            "{func}: vector feature column '{name}' has NULL elements"
                        );
                    }
                    v
                }
            };
            let v = values.as_primitive::<Float64Type>().values();
            if v.iter().any(|x| !x.is_finite()) {
                return exec_err!(
                    "{func}: feature column '{name}' has a NaN or infinite value; SMOTE needs finite features"
                );
            }
            per.push(values);
        }
        columns.push(per);
    }
    let scale_by: Option<(Vec<f64>, Vec<f64>)> = if spec.standardize {
        for per in &columns {
            for (f, a) in layout.features.iter().zip(per) {
                let v = a.as_primitive::<Float64Type>().values();
                let w = width(f);
                // Row-major order within the feature's columns, as the general path adds.
                for r in 0..v.len() / w {
                    for t in 0..w {
                        sums[f.offset + t] += v[r * w + t];
                    }
                }
            }
        }
        let mean: Vec<f64> = sums.iter().map(|m| m / n as f64).collect();
        let mut var = vec![0f64; d];
        for per in &columns {
            for (f, a) in layout.features.iter().zip(per) {
                let v = a.as_primitive::<Float64Type>().values();
                let w = width(f);
                for r in 0..v.len() / w {
                    for t in 0..w {
                        let m = mean[f.offset + t];
                        var[f.offset + t] += (v[r * w + t] - m) * (v[r * w + t] - m);
                    }
                }
            }
        }
        let scale: Vec<f64> = var
            .iter()
            .map(|s| (s / n as f64).sqrt())
            .map(|s| if s > 0.0 { 1.0 / s } else { 1.0 })
            .collect();
        Some((mean, scale))
    } else {
        None
    };
    drop(columns);

    // Classes: DataFusion's group-by tables give each row its label's id (first seen first),
    // then the distinct labels are ranked in sort order (NULL first).
    let label_field = schema.field(layout.label).clone().with_nullable(true);
    let mut groups = new_group_values(
        Arc::new(Schema::new(vec![label_field])),
        &GroupOrdering::None,
    )?;
    let mut ids: Vec<Vec<usize>> = Vec::with_capacity(batches.len());
    for b in &batches {
        let mut g = Vec::with_capacity(b.num_rows());
        groups.intern(&[Arc::clone(b.column(layout.label))], &mut g)?;
        ids.push(g);
    }
    let distinct = groups.emit(EmitTo::All)?;
    let distinct = Arc::clone(&distinct[0]);
    let label_rows = RowConverter::new(vec![SortField::new(distinct.data_type().clone())])?
        .convert_columns(&[Arc::clone(&distinct)])?;
    let mut by_rank: Vec<usize> = (0..distinct.len()).collect();
    by_rank.sort_unstable_by(|&a, &b| label_rows.row(a).cmp(&label_rows.row(b)));
    let mut rank = vec![0u32; distinct.len()];
    for (j, &c) in by_rank.iter().enumerate() {
        rank[c] = j as u32;
    }
    let mut counts = vec![0u64; distinct.len()];
    for g in &ids {
        for &c in g {
            counts[rank[c] as usize] += 1;
        }
    }
    let names = label_names(
        &distinct,
        &UInt32Array::from_iter_values(by_rank.iter().map(|&c| c as u32)),
    )?;
    let wanted = resolve(func, &spec.strategy, Direction::Over, &counts, &names)?;

    let hashed: Vec<usize> = (0..schema.fields().len())
        .filter(|&i| hashable(schema.field(i).data_type()))
        .collect();
    let mut offsets = Vec::with_capacity(batches.len());
    let mut o = 0u32;
    for b in &batches {
        offsets.push(o);
        o += b.num_rows() as u32;
    }
    let refs: Vec<&RecordBatch> = batches.iter().collect();
    let mut synthetic: Vec<RecordBatch> = Vec::new();
    for (ci, &want) in wanted.iter().enumerate() {
        let want = want as usize;
        if want == 0 {
            continue;
        }
        let m = counts[ci] as usize;
        if m < k + 1 {
            return exec_err!(
                "{func}: a class to over-sample has {m} rows, but k = {k} neighbours need at least {} rows per class; lower k or leave that class out of sampling_strategy",
                k + 1
            );
        }
        // The class's rows, in input order, then in canonical order: by (seeded content hash,
        // position in the input).
        let mut at: Vec<(usize, usize)> = Vec::with_capacity(m);
        for (bi, g) in ids.iter().enumerate() {
            for (r, &c) in g.iter().enumerate() {
                if rank[c] as usize == ci {
                    at.push((bi, r));
                }
            }
        }
        let class = interleave_record_batch(&refs, &at)?;
        reservation.try_grow(class.get_array_memory_size())?;
        let cols: Vec<ArrayRef> = hashed
            .iter()
            .map(|&i| Arc::clone(class.column(i)))
            .collect();
        let hashes = parallel_hashes(&cols, m, spec.seed)?;
        let mut keys: Vec<(u64, u32, u32)> = hashes
            .into_iter()
            .zip(&at)
            .enumerate()
            .map(|(p, (h, &(bi, r)))| (h, offsets[bi] + r as u32, p as u32))
            .collect();
        keys.sort_unstable();
        let class = take_record_batch(
            &class,
            &UInt32Array::from_iter_values(keys.iter().map(|k| k.2)),
        )?;
        drop(keys);

        reservation
            .try_grow(m * d * 8 * if spec.standardize { 2 } else { 1 } + want * (d * 8 + 16))?;
        let x = feature_matrix(func, &class, layout)?;
        let xs: Cow<[f64]> = match &scale_by {
            Some((mean, scale)) => Cow::Owned(
                x.chunks_exact(d)
                    .flat_map(|r| r.iter().zip(mean).zip(scale).map(|((v, m), s)| (v - m) * s))
                    .collect(),
            ),
            None => Cow::Borrowed(x.as_slice()),
        };
        let mut rng = SplitMix64::new(spec.seed, ci as u64);
        let draws: Vec<(u32, u32, f64)> = (0..want)
            .map(|_| {
                let r = rng.below((m * k) as u64) as usize;
                let step = rng.next_f64();
                ((r / k) as u32, (r % k) as u32, step)
            })
            .collect();
        let mut slot = vec![u32::MAX; m];
        let mut queries = Vec::new();
        for &(cand, _, _) in &draws {
            if slot[cand as usize] == u32::MAX {
                slot[cand as usize] = queries.len() as u32;
                queries.push(cand as usize);
            }
        }
        let points = Points {
            values: &xs,
            d,
            codes: &[],
            c: 0,
            penalty: 0.0,
        };
        let nn = knn(&points, &queries, k);
        // Seed, neighbour (positions in the class) and step of every synthetic row, then each
        // feature column built in one pass over them, the columns spread over the cores.
        let mut seeds: Vec<u32> = Vec::with_capacity(want);
        let mut nbrs: Vec<u32> = Vec::with_capacity(want);
        let mut steps: Vec<f64> = Vec::with_capacity(want);
        for &(cand, j, step) in &draws {
            let q = slot[cand as usize] as usize;
            seeds.push(cand);
            nbrs.push(nn[q * k + j as usize]);
            steps.push(step);
        }
        drop(draws);
        let mut values = interpolate(&x, d, &layout.features, &seeds, &nbrs, &steps);
        let seed_idx = UInt32Array::from(seeds);
        let mut out: Vec<ArrayRef> = Vec::with_capacity(schema.fields().len() + 1);
        for (i, field) in schema.fields().iter().enumerate() {
            if let Some(fi) = layout.features.iter().position(|f| f.col == i) {
                out.push(feature_array(
                    &layout.features[fi],
                    field,
                    std::mem::take(&mut values[fi]),
                )?);
            } else if i == layout.label || spec.other_columns == OtherColumns::Copy {
                out.push(take(class.column(i), &seed_idx, None)?);
            } else {
                out.push(new_null_array(field.data_type(), want));
            }
        }
        out.push(Arc::new(BooleanArray::new(
            arrow::buffer::BooleanBuffer::new_set(want),
            None,
        )));
        synthetic.push(RecordBatch::try_new(Arc::clone(out_schema), out)?);
    }

    let mut out = Vec::with_capacity(batches.len() + synthetic.len());
    for b in batches {
        let mut cols = b.columns().to_vec();
        cols.push(Arc::new(BooleanArray::new(
            arrow::buffer::BooleanBuffer::new_unset(b.num_rows()),
            None,
        )));
        out.push(RecordBatch::try_new(Arc::clone(out_schema), cols)?);
    }
    for s in &synthetic {
        out.extend(chunks(s, batch_size));
    }
    Ok(out)
}

/// The synthetic values of every feature column: row i is `x[a] + steps[i] (x[b] - x[a])` with
/// `a = seeds[i]`, `b = nbrs[i]` (rows of the row-major `x`, `d` wide); a vector column's
/// elements row-major. One pass per column over a column-major copy (a class's column fits in
/// cache where the rows do not), the columns spread over the cores; the same arithmetic, so the
/// same values, as a row-by-row loop.
fn interpolate(
    x: &[f64],
    d: usize,
    features: &[Feature],
    seeds: &[u32],
    nbrs: &[u32],
    steps: &[f64],
) -> Vec<Vec<f64>> {
    let m = if d > 0 { x.len() / d } else { 0 };
    let column = |j: usize| -> Vec<f64> { (0..m).map(|r| x[r * d + j]).collect() };
    let one = |f: &Feature| -> Vec<f64> {
        match f.kind {
            FeatureKind::Scalar => {
                let c = column(f.offset);
                seeds
                    .iter()
                    .zip(nbrs)
                    .zip(steps)
                    .map(|((&a, &b), &t)| {
                        let (u, v) = (c[a as usize], c[b as usize]);
                        u + t * (v - u)
                    })
                    .collect()
            }
            FeatureKind::Vector(w) => {
                let mut out = Vec::with_capacity(seeds.len() * w);
                for ((&a, &b), &t) in seeds.iter().zip(nbrs).zip(steps) {
                    let (a, b) = (a as usize * d + f.offset, b as usize * d + f.offset);
                    out.extend(
                        x[a..a + w]
                            .iter()
                            .zip(&x[b..b + w])
                            .map(|(u, v)| u + t * (v - u)),
                    );
                }
                out
            }
        }
    };
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1)
        .min(features.len())
        .max(1);
    if threads == 1 || seeds.len() < 65_536 {
        return features.iter().map(one).collect();
    }
    let one = &one;
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    features
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % threads == t)
                        .map(|(i, f)| (i, one(f)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut out = vec![Vec::new(); features.len()];
        for h in handles {
            // A panic in a worker is a bug here (no user input reaches an unchecked index):
            // resume it on this thread.
            for (i, v) in h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)) {
                out[i] = v;
            }
        }
        out
    })
}
