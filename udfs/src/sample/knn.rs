//! Exact k-nearest-neighbour search for the SMOTE family: a blocked brute force.
//!
//! Chosen by measurement at the sizes SMOTE meets (a class of 10^3 to 10^5 rows, 8 to 64
//! dimensions, k = 5): a k-d tree loses its pruning above ~10 dimensions and a ball tree's
//! bookkeeping costs more than it saves below ~10^5 points, while a brute force over contiguous
//! rows keeps both cores' SIMD units busy. Distances are squared Euclidean over the (optionally
//! standardised) numeric features, plus a fixed penalty per differing categorical value (SMOTE-NC).
//! Ties are broken by the lower row position, so the result is deterministic.

use std::cmp::Ordering;

/// Points in row-major order: `n` rows of `d` numeric values and `c` categorical codes.
pub struct Points<'a> {
    pub values: &'a [f64],
    pub d: usize,
    pub codes: &'a [u32],
    pub c: usize,
    /// Added to the squared distance for each differing categorical code.
    pub penalty: f64,
}

impl Points<'_> {
    pub fn len(&self) -> usize {
        if self.d > 0 {
            self.values.len() / self.d
        } else if self.c > 0 {
            self.codes.len() / self.c
        } else {
            0
        }
    }
}

/// For each query (a row position in `points`), the positions of its `k` nearest rows of
/// `points`, the query itself excluded, nearest first (ties: the lower position first):
/// `queries.len() x k` positions. `k` must be less than the number of rows.
///
/// Without categorical columns the search runs in two steps: an f32 screen in GEMM form
/// (`|a|^2 + |b|^2 - 2ab`, [`screen`]) that keeps every row whose distance *could* be among the
/// k smallest under a proven bound on its rounding error, then the exact f64 distances of those
/// few candidates. The result is the exact search's, bit for bit; a query whose candidates do not
/// fit a small buffer (many rows at nearly the same distance, e.g. duplicates) falls back to the
/// exact scan.
pub fn knn(points: &Points<'_>, queries: &[usize], k: usize) -> Vec<u32> {
    let n = points.len();
    let mut out = vec![u32::MAX; queries.len() * k];
    if k == 0 || queries.is_empty() {
        return out;
    }
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1)
        .min(8);
    let per = queries.len().div_ceil(threads).max(64);
    let packed = (points.c == 0 && points.d > 0 && n > k).then(|| Packed::new(points));
    let packed = packed.as_ref();
    std::thread::scope(|s| {
        for (qs, os) in queries.chunks(per).zip(out.chunks_mut(per * k)) {
            s.spawn(move || match packed {
                Some(p) => screen(points, p, qs, k, os),
                None => knn_block(points, qs, k, n, os),
            });
        }
    });
    out
}

/// Rows per panel of the packed f32 matrix: two AVX registers.
const PANEL: usize = 16;
/// Queries screened together against a panel (12 accumulators + 2 row registers + 1 broadcast
/// fit the 16 AVX registers).
const GROUP: usize = 6;

/// The rows for the f32 screen: centred on their mean (which keeps the GEMM form accurate),
/// rounded to f32, packed in panels of [`PANEL`] rows, dimension-major within a panel.
struct Packed {
    d: usize,
    panels: usize,
    /// `panels x d x PANEL` values.
    data: Vec<f32>,
    /// Per row (padded to whole panels): `|a|^2 (1 - c)`, the row's part of the lower bound;
    /// NaN for padding, which no comparison accepts.
    norm_lo: Vec<f32>,
    /// Per row: `|a|^2`.
    norm: Vec<f32>,
    /// Per row, row-major: the centred f32 values (the queries' side).
    rows: Vec<f32>,
    /// The error bound's factor: `|D32 - D| <= c (|a|^2 + |b|^2)` for every pair.
    c: f32,
}

impl Packed {
    fn new(points: &Points<'_>) -> Self {
        let (d, n) = (points.d, points.len());
        let mut mean = vec![0f64; d];
        for r in points.values.chunks_exact(d) {
            for (m, v) in mean.iter_mut().zip(r) {
                *m += v;
            }
        }
        mean.iter_mut().for_each(|m| *m /= n as f64);
        let mut rows = Vec::with_capacity(n * d);
        let mut norm = Vec::with_capacity(n);
        for r in points.values.chunks_exact(d) {
            let mut s = 0f64;
            for (v, m) in r.iter().zip(&mean) {
                let a = (v - m) as f32;
                rows.push(a);
                s += a as f64 * a as f64;
            }
            norm.push(s as f32);
        }
        // Rounding the centred values to f32 moves a distance by at most 4u(|a|^2 + |b|^2); the
        // GEMM form's sums of d + 2 terms (FMA or not) and the threshold's subtraction add at
        // most (3d + 16)u(|a|^2 + |b|^2). Twice the total, for margin (u = 2^-24).
        let u = f32::EPSILON as f64 / 2.0;
        let c = (2.0 * (3.0 * d as f64 + 20.0) * u) as f32;
        let panels = n.div_ceil(PANEL);
        let mut data = vec![0f32; panels * d * PANEL];
        let mut norm_lo = vec![f32::NAN; panels * PANEL];
        for (i, r) in rows.chunks_exact(d).enumerate() {
            let (p, j) = (i / PANEL, i % PANEL);
            for (t, &a) in r.iter().enumerate() {
                data[(p * d + t) * PANEL + j] = a;
            }
            norm_lo[i] = norm[i] * (1.0 - c);
        }
        Self {
            d,
            panels,
            data,
            norm_lo,
            norm,
            rows,
            c,
        }
    }
}

/// One thread's queries through the f32 screen, then the exact re-rank.
fn screen(points: &Points<'_>, pk: &Packed, queries: &[usize], k: usize, out: &mut [u32]) {
    let d = pk.d;
    let nq = queries.len();
    let groups = nq.div_ceil(GROUP);
    // Per query: -2a (the GEMM's left side), |a|^2 (1 - c), the k smallest upper bounds so far
    // (ascending), the threshold on the kernel's value, the candidates and their lower bounds.
    let mut qm = vec![0f32; groups * GROUP * d];
    let mut qoff = vec![0f32; groups * GROUP];
    let mut thr = vec![f32::NAN; groups * GROUP];
    for (i, &q) in queries.iter().enumerate() {
        for t in 0..d {
            qm[i * d + t] = -2.0 * pk.rows[q * d + t];
        }
        qoff[i] = pk.norm[q] * (1.0 - pk.c);
        thr[i] = f32::INFINITY;
    }
    let cap = (8 * k).max(64);
    let mut top = vec![f32::INFINITY; nq * k];
    let mut cand = vec![0u32; nq * cap];
    let mut cand_lo = vec![0f32; nq * cap];
    let mut cand_len = vec![0usize; nq];
    let mut overflow = vec![false; nq];
    // Rows of about 128 KiB per chunk, so each stays in L2 while every group passes over it.
    let chunk = (32 * 1024 / (d * PANEL)).max(1);
    let two_c = 2.0 * pk.c;
    let mut p0 = 0;
    while p0 < pk.panels {
        let p1 = (p0 + chunk).min(pk.panels);
        for g in 0..groups {
            let base = g * GROUP;
            let mut th = [f32::NAN; GROUP];
            th.copy_from_slice(&thr[base..base + GROUP]);
            let mut hit = |i: usize, r: usize, v: f32| -> f32 {
                let qi = base + i;
                let q = queries[qi];
                let t = &mut top[qi * k..qi * k + k];
                let cur = t[k - 1] - qoff[qi];
                if r == q || !(v <= cur) {
                    return cur;
                }
                let lo = v + qoff[qi];
                let up = lo + two_c * (pk.norm[q] + pk.norm[r]);
                if up < t[k - 1] {
                    let mut p = k - 1;
                    while p > 0 && up < t[p - 1] {
                        t[p] = t[p - 1];
                        p -= 1;
                    }
                    t[p] = up;
                }
                let tau = t[k - 1];
                let cs = &mut cand[qi * cap..qi * cap + cap];
                let ls = &mut cand_lo[qi * cap..qi * cap + cap];
                let len = &mut cand_len[qi];
                cs[*len] = r as u32;
                ls[*len] = lo;
                *len += 1;
                if *len == cap {
                    let mut w = 0;
                    for j in 0..cap {
                        if ls[j] <= tau {
                            cs[w] = cs[j];
                            ls[w] = ls[j];
                            w += 1;
                        }
                    }
                    *len = w;
                    if w > cap * 3 / 4 {
                        overflow[qi] = true;
                        return f32::NAN;
                    }
                }
                tau - qoff[qi]
            };
            kernel(
                pk,
                p0,
                p1,
                &qm[base * d..(base + GROUP) * d],
                &mut th,
                &mut hit,
            );
            thr[base..base + GROUP].copy_from_slice(&th);
        }
        p0 = p1;
    }

    // The exact distances of the candidates; the k smallest by (distance, position).
    let mut fallback = Vec::new();
    let mut exact: Vec<(f64, u32)> = Vec::with_capacity(cap);
    for (qi, &q) in queries.iter().enumerate() {
        if overflow[qi] {
            fallback.push(qi);
            continue;
        }
        let tau = top[qi * k + k - 1];
        let qv = &points.values[q * d..q * d + d];
        exact.clear();
        for j in 0..cand_len[qi] {
            if cand_lo[qi * cap + j] <= tau {
                let r = cand[qi * cap + j] as usize;
                let rv = &points.values[r * d..r * d + d];
                exact.push((exact_distance(qv, rv), r as u32));
            }
        }
        exact.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        for (o, e) in out[qi * k..qi * k + k].iter_mut().zip(&exact) {
            *o = e.1;
        }
    }
    if !fallback.is_empty() {
        let qs: Vec<usize> = fallback.iter().map(|&qi| queries[qi]).collect();
        let mut fo = vec![0u32; qs.len() * k];
        knn_block(points, &qs, k, points.len(), &mut fo);
        for (j, &qi) in fallback.iter().enumerate() {
            out[qi * k..qi * k + k].copy_from_slice(&fo[j * k..j * k + k]);
        }
    }
}

/// The squared distance as the exact scan computes it: dimension by dimension, in order.
#[inline]
fn exact_distance(a: &[f64], b: &[f64]) -> f64 {
    let mut s = 0.0;
    for (x, y) in a.iter().zip(b) {
        let diff = x - y;
        s += diff * diff;
    }
    s
}

/// For [`GROUP`] queries and panels `p0..p1`: `v = |b|^2 (1 - c) - 2ab` per (query, row), and
/// `hit(query, row, v)` for each `v <= threshold` (which returns the query's new threshold).
fn kernel(
    pk: &Packed,
    p0: usize,
    p1: usize,
    qm: &[f32],
    thr: &mut [f32; GROUP],
    hit: &mut dyn FnMut(usize, usize, f32) -> f32,
) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            // SAFETY: the CPU supports AVX2 and FMA, checked just above.
            return unsafe { kernel_avx2(pk, p0, p1, qm, thr, hit) };
        }
    }
    kernel_generic(pk, p0, p1, qm, thr, hit)
}

fn kernel_generic(
    pk: &Packed,
    p0: usize,
    p1: usize,
    qm: &[f32],
    thr: &mut [f32; GROUP],
    hit: &mut dyn FnMut(usize, usize, f32) -> f32,
) {
    let d = pk.d;
    for p in p0..p1 {
        let panel = &pk.data[p * d * PANEL..(p + 1) * d * PANEL];
        let nl = &pk.norm_lo[p * PANEL..(p + 1) * PANEL];
        for i in 0..GROUP {
            let mut acc = [0f32; PANEL];
            acc.copy_from_slice(nl);
            for t in 0..d {
                let qt = qm[i * d + t];
                let col = &panel[t * PANEL..(t + 1) * PANEL];
                for j in 0..PANEL {
                    acc[j] += qt * col[j];
                }
            }
            for (j, &v) in acc.iter().enumerate() {
                if v <= thr[i] {
                    thr[i] = hit(i, p * PANEL + j, v);
                }
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
fn kernel_avx2(
    pk: &Packed,
    p0: usize,
    p1: usize,
    qm: &[f32],
    thr: &mut [f32; GROUP],
    hit: &mut dyn FnMut(usize, usize, f32) -> f32,
) {
    use std::arch::x86_64::*;
    let d = pk.d;
    assert!(qm.len() >= GROUP * d && pk.data.len() >= p1 * d * PANEL);
    assert!(pk.norm_lo.len() >= p1 * PANEL);
    for p in p0..p1 {
        // SAFETY: every load is within `pk.data`, `pk.norm_lo` or `qm`, whose lengths are
        // asserted above; unaligned loads are used throughout.
        unsafe {
            let base = pk.data.as_ptr().add(p * d * PANEL);
            let q = qm.as_ptr();
            let n0 = _mm256_loadu_ps(pk.norm_lo.as_ptr().add(p * PANEL));
            let n1 = _mm256_loadu_ps(pk.norm_lo.as_ptr().add(p * PANEL + 8));
            let (mut a0, mut a1, mut a2, mut a3, mut a4, mut a5) = (n0, n0, n0, n0, n0, n0);
            let (mut b0, mut b1, mut b2, mut b3, mut b4, mut b5) = (n1, n1, n1, n1, n1, n1);
            for t in 0..d {
                let r0 = _mm256_loadu_ps(base.add(t * PANEL));
                let r1 = _mm256_loadu_ps(base.add(t * PANEL + 8));
                let s = _mm256_broadcast_ss(&*q.add(t));
                a0 = _mm256_fmadd_ps(s, r0, a0);
                b0 = _mm256_fmadd_ps(s, r1, b0);
                let s = _mm256_broadcast_ss(&*q.add(d + t));
                a1 = _mm256_fmadd_ps(s, r0, a1);
                b1 = _mm256_fmadd_ps(s, r1, b1);
                let s = _mm256_broadcast_ss(&*q.add(2 * d + t));
                a2 = _mm256_fmadd_ps(s, r0, a2);
                b2 = _mm256_fmadd_ps(s, r1, b2);
                let s = _mm256_broadcast_ss(&*q.add(3 * d + t));
                a3 = _mm256_fmadd_ps(s, r0, a3);
                b3 = _mm256_fmadd_ps(s, r1, b3);
                let s = _mm256_broadcast_ss(&*q.add(4 * d + t));
                a4 = _mm256_fmadd_ps(s, r0, a4);
                b4 = _mm256_fmadd_ps(s, r1, b4);
                let s = _mm256_broadcast_ss(&*q.add(5 * d + t));
                a5 = _mm256_fmadd_ps(s, r0, a5);
                b5 = _mm256_fmadd_ps(s, r1, b5);
            }
            for (i, (lo, hi)) in [(a0, b0), (a1, b1), (a2, b2), (a3, b3), (a4, b4), (a5, b5)]
                .into_iter()
                .enumerate()
            {
                let th = _mm256_set1_ps(thr[i]);
                let m = _mm256_movemask_ps(_mm256_cmp_ps::<_CMP_LE_OQ>(lo, th))
                    | (_mm256_movemask_ps(_mm256_cmp_ps::<_CMP_LE_OQ>(hi, th)) << 8);
                if m != 0 {
                    let mut v = [0f32; PANEL];
                    _mm256_storeu_ps(v.as_mut_ptr(), lo);
                    _mm256_storeu_ps(v.as_mut_ptr().add(8), hi);
                    let mut m = m as u32;
                    while m != 0 {
                        let j = m.trailing_zeros() as usize;
                        m &= m - 1;
                        if v[j] <= thr[i] {
                            thr[i] = hit(i, p * PANEL + j, v[j]);
                        }
                    }
                }
            }
        }
    }
}

const ROW_BLOCK: usize = 256;

/// One thread's queries. Rows are taken in blocks of [`ROW_BLOCK`], transposed (dimension-major)
/// so that the distance loop runs over rows with no reduction: it vectorises on any SIMD width.
fn knn_block(points: &Points<'_>, queries: &[usize], k: usize, n: usize, out: &mut [u32]) {
    let (d, c) = (points.d, points.c);
    let mut best_d = vec![f64::INFINITY; queries.len() * k];
    let mut best_i = vec![u32::MAX; queries.len() * k];
    let mut tile = vec![0f64; d * ROW_BLOCK];
    let mut dist = vec![0f64; ROW_BLOCK];
    let mut start = 0;
    while start < n {
        let len = ROW_BLOCK.min(n - start);
        for r in 0..len {
            let row = &points.values[(start + r) * d..(start + r) * d + d];
            for (t, v) in row.iter().enumerate() {
                tile[t * ROW_BLOCK + r] = *v;
            }
        }
        for (qi, &q) in queries.iter().enumerate() {
            let dist = &mut dist[..len];
            let qv = &points.values[q * d..q * d + d];
            distances(&tile, qv, dist);
            if c > 0 {
                let qc = &points.codes[q * c..q * c + c];
                for (r, acc) in dist.iter_mut().enumerate() {
                    let rc = &points.codes[(start + r) * c..(start + r) * c + c];
                    let diff = qc.iter().zip(rc).filter(|(a, b)| a != b).count();
                    *acc += diff as f64 * points.penalty;
                }
            }
            let bd = &mut best_d[qi * k..qi * k + k];
            let bi = &mut best_i[qi * k..qi * k + k];
            for (r, &dr) in dist.iter().enumerate() {
                if dr < bd[k - 1] && start + r != q {
                    insert(bd, bi, dr, (start + r) as u32);
                }
            }
        }
        start += len;
    }
    out.copy_from_slice(&best_i);
}

/// Squared distances from `qv` to the rows of a transposed tile, eight rows at a time with the
/// accumulators in registers. Each row sums its dimensions in order, so the result does not depend
/// on the SIMD width (the AVX2 build and the baseline one agree bit for bit).
#[inline(always)]
fn distances_generic(tile: &[f64], qv: &[f64], dist: &mut [f64]) {
    let len = dist.len();
    let mut r0 = 0;
    while r0 + 8 <= len {
        let mut acc = [0f64; 8];
        for (t, &qt) in qv.iter().enumerate() {
            let col = &tile[t * ROW_BLOCK + r0..t * ROW_BLOCK + r0 + 8];
            for j in 0..8 {
                let diff = qt - col[j];
                acc[j] += diff * diff;
            }
        }
        dist[r0..r0 + 8].copy_from_slice(&acc);
        r0 += 8;
    }
    for (r, out) in dist.iter_mut().enumerate().skip(r0) {
        let mut a = 0.0;
        for (t, &qt) in qv.iter().enumerate() {
            let diff = qt - tile[t * ROW_BLOCK + r];
            a += diff * diff;
        }
        *out = a;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn distances_avx2(tile: &[f64], qv: &[f64], dist: &mut [f64]) {
    distances_generic(tile, qv, dist)
}

#[inline]
fn distances(tile: &[f64], qv: &[f64], dist: &mut [f64]) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, checked just above.
            return unsafe { distances_avx2(tile, qv, dist) };
        }
    }
    distances_generic(tile, qv, dist)
}

/// Insert `(dist, idx)` into the sorted top-k lists, dropping the last.
#[inline]
fn insert(bd: &mut [f64], bi: &mut [u32], dist: f64, idx: u32) {
    let k = bd.len();
    let mut p = k - 1;
    while p > 0 && matches!(dist.partial_cmp(&bd[p - 1]), Some(Ordering::Less)) {
        bd[p] = bd[p - 1];
        bi[p] = bi[p - 1];
        p -= 1;
    }
    bd[p] = dist;
    bi[p] = idx;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(values: &[f64], d: usize, q: usize, k: usize) -> Vec<u32> {
        let n = values.len() / d;
        let mut v: Vec<(f64, usize)> = (0..n)
            .filter(|&r| r != q)
            .map(|r| {
                // The same summation order as the blocked loop: dimension by dimension.
                let dist = (0..d).fold(0.0, |acc, t| {
                    let diff = values[q * d + t] - values[r * d + t];
                    acc + diff * diff
                });
                (dist, r)
            })
            .collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v.iter().take(k).map(|x| x.1 as u32).collect()
    }

    #[test]
    fn blocked_search_equals_the_naive_one() {
        let mut rng = super::super::hash::SplitMix64::new(3, 0);
        for &(n, d, k) in &[(700usize, 7usize, 5usize), (1500, 16, 3), (9, 2, 8)] {
            let values: Vec<f64> = (0..n * d).map(|_| rng.next_f64()).collect();
            let points = Points {
                values: &values,
                d,
                codes: &[],
                c: 0,
                penalty: 0.0,
            };
            let queries: Vec<usize> = (0..n).step_by(3).collect();
            let got = knn(&points, &queries, k);
            for (i, &q) in queries.iter().enumerate() {
                assert_eq!(
                    &got[i * k..i * k + k],
                    naive(&values, d, q, k).as_slice(),
                    "n={n} d={d} q={q}"
                );
            }
        }
    }

    #[test]
    fn screen_is_exact_on_ties_and_far_from_the_origin() {
        // Small integers: many rows at equal distances (ties by position, and candidate
        // overflows that take the exact fallback). A large offset with a tiny spread: the f32
        // screen must centre the rows to stay exact.
        let mut rng = super::super::hash::SplitMix64::new(5, 0);
        let ints: Vec<f64> = (0..3000 * 3).map(|_| rng.below(3) as f64).collect();
        let far: Vec<f64> = (0..2000 * 6).map(|_| 1e6 + rng.next_f64() * 1e-3).collect();
        for (values, d, k) in [(&ints, 3usize, 5usize), (&far, 6, 7)] {
            let points = Points {
                values,
                d,
                codes: &[],
                c: 0,
                penalty: 0.0,
            };
            let n = values.len() / d;
            let queries: Vec<usize> = (0..n).step_by(7).collect();
            let got = knn(&points, &queries, k);
            for (i, &q) in queries.iter().enumerate() {
                assert_eq!(
                    &got[i * k..i * k + k],
                    naive(values, d, q, k).as_slice(),
                    "d={d} q={q}"
                );
            }
        }
    }

    #[test]
    fn categorical_mismatch_adds_the_penalty() {
        // Row 1 is nearer numerically but differs in its category.
        let values = [0.0, 0.1, 0.3];
        let codes = [0u32, 1, 0];
        let points = Points {
            values: &values,
            d: 1,
            codes: &codes,
            c: 1,
            penalty: 1.0,
        };
        assert_eq!(knn(&points, &[0], 1), vec![2]);
    }
}
