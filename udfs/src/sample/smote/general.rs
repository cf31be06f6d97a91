//! The SMOTE family's general path, on the whole input in one batch: SMOTE with categorical
//! columns (SMOTE-NC), Borderline-SMOTE (seeds among the rows in danger, and for kind 2
//! neighbours of any class) and ADASYN (seeds weighted by their neighbours of other classes).
//! Each class to raise draws its seed rows, neighbours and steps from its own generator; a
//! synthetic row interpolates its features, takes its categoricals by vote of the seed's
//! neighbours, and copies (or nulls) the other columns.

use std::borrow::Cow;
use std::sync::Arc;

use arrow::array::{
    new_null_array, ArrayRef, FixedSizeListArray, Float64Array, RecordBatch, UInt32Array,
};
use arrow::compute::{cast, take};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, internal_err, Result};
use datafusion::execution::memory_pool::MemoryReservation;

use crate::sample::adasyn::weights::adasyn_counts;
use crate::sample::borderline_smote::danger::in_danger;
use crate::sample::features::{
    category_codes, feature_matrix, standardized, Feature, FeatureKind, Layout,
};
use crate::sample::hash::SplitMix64;
use crate::sample::knn::{knn, Points};
use crate::sample::resample_spec::{Method, OtherColumns, ResampleSpec};

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// SMOTE, Borderline-SMOTE and ADASYN: the synthetic rows' columns.
pub(in crate::sample) fn smote(
    batch: &RecordBatch,
    spec: &ResampleSpec,
    layout: &Layout,
    order: &[u32],
    classes: &[(usize, usize)],
    wanted: &[u64],
    reservation: &MemoryReservation,
) -> Result<Vec<ArrayRef>> {
    let func = spec.function.as_str();
    let (n, d, k) = (batch.num_rows(), layout.d, spec.k);
    let c = layout.categorical.len();
    reservation.try_grow(n * d * 8 * if spec.standardize { 2 } else { 1 } + n * c * 4)?;
    let x = feature_matrix(func, batch, layout)?;
    let xs: Cow<[f64]> = if spec.standardize {
        Cow::Owned(standardized(&x, n, d))
    } else {
        Cow::Borrowed(x.as_slice())
    };
    let codes = category_codes(batch, layout)?;
    // SMOTE-NC's penalty per differing category: median_std^2 / 2, where median_std is the
    // median standard deviation of the numeric features over the minority class (imblearn).
    let penalty = if c > 0 {
        let minority = (0..classes.len()).fold(0, |b, i| {
            if counts(classes, i) < counts(classes, b) {
                i
            } else {
                b
            }
        });
        let (s, e) = classes[minority];
        let m = (e - s) as f64;
        let stds: Vec<f64> = (0..d)
            .map(|t| {
                let mean = order[s..e]
                    .iter()
                    .map(|&r| xs[r as usize * d + t])
                    .sum::<f64>()
                    / m;
                (order[s..e]
                    .iter()
                    .map(|&r| (xs[r as usize * d + t] - mean).powi(2))
                    .sum::<f64>()
                    / m)
                    .sqrt()
            })
            .collect();
        let med = median(stds);
        med * med / 2.0
    } else {
        0.0
    };

    let mut class_of = vec![0u32; 0];
    let any_class = match spec.method {
        Method::BorderlineSmote { m_neighbors, .. } => Some((m_neighbors, "m_neighbors")),
        Method::Adasyn => Some((k, "k")),
        _ => None,
    };
    if let Some((m_neighbors, what)) = any_class {
        if n <= m_neighbors {
            return exec_err!("{func}: {what} = {m_neighbors} needs more than {m_neighbors} rows; the table has {n}");
        }
        class_of = vec![0u32; n];
        for (ci, &(s, e)) in classes.iter().enumerate() {
            for &r in &order[s..e] {
                class_of[r as usize] = ci as u32;
            }
        }
    }

    let total: usize = wanted.iter().map(|&w| w as usize).sum();
    reservation.try_grow(total * (d * 8 + 8 + c * 4 + 8))?;
    // The synthetic features, one buffer per feature column (a vector column's elements
    // row-major), so each becomes its Arrow array without another pass.
    let width = |f: &Feature| match f.kind {
        FeatureKind::Scalar => 1,
        FeatureKind::Vector(size) => size,
    };
    let mut values: Vec<Vec<f64>> = layout
        .features
        .iter()
        .map(|f| Vec::with_capacity(total * width(f)))
        .collect();
    let mut seeds: Vec<u32> = Vec::with_capacity(total);
    let mut cat_src: Vec<Vec<u32>> = vec![Vec::with_capacity(total); c];

    for (ci, &(s, e)) in classes.iter().enumerate() {
        let want = wanted[ci] as usize;
        if want == 0 {
            continue;
        }
        let rows = &order[s..e];
        let m = rows.len();
        if m < k + 1 {
            return exec_err!(
                "{func}: a class to over-sample has {m} rows, but k = {k} neighbours need at least {} rows per class; lower k or leave that class out of sampling_strategy",
                k + 1
            );
        }
        // The class's rows, contiguous, in canonical order.
        let mut cv = Vec::with_capacity(m * d);
        let mut cc = Vec::with_capacity(m * c);
        for &r in rows {
            let r = r as usize;
            cv.extend_from_slice(&xs[r * d..r * d + d]);
            cc.extend_from_slice(&codes[r * c..r * c + c]);
        }
        let points = Points {
            values: &cv,
            d,
            codes: &cc,
            c,
            penalty,
        };
        // The candidate seed rows (positions in the class).
        let candidates: Vec<usize> = match spec.method {
            Method::BorderlineSmote { m_neighbors, .. } => {
                let all = Points {
                    values: &xs[..],
                    d,
                    codes: &codes,
                    c,
                    penalty,
                };
                in_danger(&all, rows, &class_of, ci, m_neighbors)
            }
            _ => (0..m).collect(),
        };
        if candidates.is_empty() {
            // imbalanced-learn makes no rows for a class with no row in danger; so do we.
            continue;
        }
        let mut rng = SplitMix64::new(spec.seed, ci as u64);
        let draws: Vec<(u32, u32, f64)> = if spec.method == Method::Adasyn {
            let per_row = adasyn_counts(
                func, ci, &xs, &codes, d, c, penalty, rows, &class_of, k, want,
            )?;
            let made: usize = per_row.iter().map(|&g| g as usize).sum();
            if made > want {
                reservation.try_grow((made - want) * (d * 8 + 8 + c * 4 + 8))?;
            }
            let mut draws = Vec::with_capacity(made);
            for (p, &g) in per_row.iter().enumerate() {
                for _ in 0..g {
                    let j = rng.below(k as u64) as u32;
                    draws.push((p as u32, j, rng.next_f64()));
                }
            }
            draws
        } else {
            (0..want)
                .map(|_| {
                    let r = rng.below((candidates.len() * k) as u64) as usize;
                    let step = rng.next_f64();
                    ((r / k) as u32, (r % k) as u32, step)
                })
                .collect()
        };
        // Neighbours only of the candidates drawn.
        let mut slot = vec![u32::MAX; candidates.len()];
        let mut queries = Vec::new();
        for &(cand, _, _) in &draws {
            if slot[cand as usize] == u32::MAX {
                slot[cand as usize] = queries.len() as u32;
                queries.push(candidates[cand as usize]);
            }
        }
        // Borderline-SMOTE 2 searches the seeds' neighbours among every class (global rows);
        // the others within the class (positions in the class).
        let any_class_neighbours = matches!(spec.method, Method::BorderlineSmote { kind: 2, .. });
        let nn = if any_class_neighbours {
            let all = Points {
                values: &xs[..],
                d,
                codes: &codes,
                c,
                penalty,
            };
            let global: Vec<usize> = queries.iter().map(|&p| rows[p] as usize).collect();
            knn(&all, &global, k)
        } else {
            knn(&points, &queries, k)
        };
        let mut tally = vec![0u32; 0];
        for &(cand, j, step) in &draws {
            let q = slot[cand as usize] as usize;
            let seed_pos = candidates[cand as usize];
            let nbrs = &nn[q * k..q * k + k];
            let a = rows[seed_pos] as usize;
            let (b, step) = if any_class_neighbours {
                let b = nbrs[j as usize] as usize;
                if class_of[b] != ci as u32 {
                    // imbalanced-learn: the difference toward another class is scaled by a
                    // uniform draw in [0, 0.5).
                    (b, step * (0.5 * rng.next_f64()))
                } else {
                    (b, step)
                }
            } else {
                (rows[nbrs[j as usize] as usize] as usize, step)
            };
            let (xa, xb) = (&x[a * d..a * d + d], &x[b * d..b * d + d]);
            for (buf, f) in values.iter_mut().zip(&layout.features) {
                let r = f.offset..f.offset + width(f);
                buf.extend(
                    xa[r.clone()]
                        .iter()
                        .zip(&xb[r])
                        .map(|(u, v)| u + step * (v - u)),
                );
            }
            seeds.push(a as u32);
            for (col, src) in cat_src.iter_mut().enumerate() {
                // The most frequent category among the seed's k neighbours, the first in sort
                // order on a tie; its value is taken from a neighbour that has it.
                let max_code = nbrs
                    .iter()
                    .map(|&p| cc[p as usize * c + col])
                    .max()
                    .unwrap_or(0) as usize;
                tally.clear();
                tally.resize(max_code + 1, 0);
                for &p in nbrs {
                    tally[cc[p as usize * c + col] as usize] += 1;
                }
                let best =
                    (0..tally.len()).fold(0, |b, i| if tally[i] > tally[b] { i } else { b }) as u32;
                let from = nbrs
                    .iter()
                    .find(|&&p| cc[p as usize * c + col] == best)
                    .copied()
                    .unwrap_or(nbrs[0]);
                src.push(rows[from as usize]);
            }
        }
    }

    // Build the synthetic rows' columns.
    let s_total = seeds.len();
    let schema = batch.schema();
    let seed_idx = UInt32Array::from(seeds);
    let mut out: Vec<ArrayRef> = Vec::with_capacity(batch.num_columns());
    for (i, field) in schema.fields().iter().enumerate() {
        let col = batch.column(i);
        if let Some(fi) = layout.features.iter().position(|f| f.col == i) {
            let f = &layout.features[fi];
            let mut flat = std::mem::take(&mut values[fi]);
            match f.kind {
                FeatureKind::Scalar => {
                    if field.data_type().is_integer() {
                        flat.iter_mut().for_each(|v| *v = v.round());
                    }
                    let v: ArrayRef = Arc::new(Float64Array::from(flat));
                    out.push(cast(&v, field.data_type())?);
                }
                FeatureKind::Vector(size) => {
                    let DataType::FixedSizeList(inner, _) = field.data_type() else {
                        return internal_err!("vector feature without a list type");
                    };
                    let flat = cast(&Float64Array::from(flat), inner.data_type())?;
                    out.push(Arc::new(FixedSizeListArray::try_new(
                        Arc::clone(inner),
                        size as i32,
                        flat,
                        None,
                    )?));
                }
            }
        } else if let Some(j) = layout.categorical.iter().position(|&x| x == i) {
            out.push(take(
                col,
                &UInt32Array::from(std::mem::take(&mut cat_src[j])),
                None,
            )?);
        } else if i == layout.label || spec.other_columns == OtherColumns::Copy {
            out.push(take(col, &seed_idx, None)?);
        } else {
            out.push(new_null_array(field.data_type(), s_total));
        }
    }
    Ok(out)
}

fn counts(classes: &[(usize, usize)], i: usize) -> usize {
    classes[i].1 - classes[i].0
}
