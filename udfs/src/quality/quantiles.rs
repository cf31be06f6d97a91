//! Exact quantiles of f64 values by selection (`select_nth_unstable`), not sorting, with
//! DataFusion's own formulas: `median` as the mean of the two middle values, `percentile_cont`
//! interpolation for the quartiles. `outlier_stats` computes its statistics with them; large
//! inputs select the two quartiles on two threads.

use super::par::{both, PARALLEL_MIN};

fn cmp(a: &f64, b: &f64) -> std::cmp::Ordering {
    a.total_cmp(b)
}

/// DataFusion's `median`: the middle value, or the mean of the two middle values.
pub(super) fn median_of(v: &mut [f64]) -> f64 {
    let n = v.len();
    let (low, high, _) = v.select_nth_unstable_by(n / 2, cmp);
    if n % 2 == 1 {
        *high
    } else {
        let left = low.iter().copied().max_by(cmp).unwrap_or(*high);
        (left + *high) / 2.0
    }
}

/// DataFusion's `percentile_cont` of a non-empty slice (its quantised interpolation weight).
pub(super) fn percentile(v: &mut [f64], p: f64) -> f64 {
    if v.len() == 1 {
        return v[0];
    }
    percentile_in(v, 0, v.len(), p)
}

/// `percentile_cont(p)` of `n` (> 1) values, given the part of them that holds the two values
/// around the percentile's index: `part` is the values in sorted positions `base..` (in any
/// order, all of the lower positions elsewhere), and holds positions `lo` and `lo + 1`.
fn percentile_in(part: &mut [f64], base: usize, n: usize, p: f64) -> f64 {
    let index = p * ((n - 1) as f64);
    let (lo, hi) = (index.floor() as usize, index.ceil() as usize);
    let (_, lower, rest) = part.select_nth_unstable_by(lo - base, cmp);
    let lower = *lower;
    if lo == hi {
        return lower;
    }
    // The next value in order is the smallest of the right part.
    let upper = rest.iter().copied().min_by(cmp).unwrap_or(lower);
    const PRECISION: f64 = 1_000_000.0;
    let weight = ((index - lo as f64) * PRECISION) as usize as f64 / PRECISION;
    lower + (upper - lower) * weight
}

/// Median, first and third quartile of a non-empty slice (reordered).
pub(super) fn quartiles(v: &mut [f64]) -> (f64, f64, f64) {
    let n = v.len();
    let median = median_of(v);
    if n < PARALLEL_MIN {
        let q1 = percentile(v, 0.25);
        let q3 = percentile(v, 0.75);
        return (median, q1, q3);
    }
    // The median's selection left the n/2 + 1 smallest values in v[..=n/2] and the others
    // after them: q1's two neighbouring positions lie in the first part, q3's in the second
    // (n >= 7), so the two quartiles are selected in parallel, each in its own half.
    let (low, high) = v.split_at_mut(n / 2 + 1);
    let (q1, q3) = both(
        || percentile_in(low, 0, n, 0.25),
        || percentile_in(high, n / 2 + 1, n, 0.75),
    );
    (median, q1, q3)
}
