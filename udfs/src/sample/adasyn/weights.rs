//! ADASYN's rule: how many synthetic rows each row of a class to raise makes, in proportion to
//! the share of its nearest rows that belong to another class.

use datafusion::common::{exec_err, Result};

use crate::sample::knn::{knn, Points};

/// ADASYN's number of synthetic rows per row of class `ci` (imbalanced-learn's rule): with
/// `r_i` the share of row i's k nearest rows of any class that are of another class,
/// `g_i = rint(r_i / sum(r) x want)` (half to even). The total can differ from `want` by the
/// rounding, as in imbalanced-learn.
#[allow(clippy::too_many_arguments)]
pub(in crate::sample) fn adasyn_counts(
    func: &str,
    ci: usize,
    xs: &[f64],
    codes: &[u32],
    d: usize,
    c: usize,
    penalty: f64,
    rows: &[u32],
    class_of: &[u32],
    k: usize,
    want: usize,
) -> Result<Vec<u32>> {
    let all = Points {
        values: xs,
        d,
        codes,
        c,
        penalty,
    };
    let queries: Vec<usize> = rows.iter().map(|&r| r as usize).collect();
    let nn = knn(&all, &queries, k);
    let ratio: Vec<f64> = nn
        .chunks_exact(k)
        .map(|nb| {
            nb.iter()
                .filter(|&&r| class_of[r as usize] != ci as u32)
                .count() as f64
                / k as f64
        })
        .collect();
    let sum: f64 = ratio.iter().sum();
    if sum == 0.0 {
        return exec_err!("{func}: no row of a class to over-sample (class {} in label order) has a row of another class among its k = {k} nearest, so ADASYN has no weights (imbalanced-learn fails the same way); use smote for this class", ci + 1);
    }
    let counts: Vec<u32> = ratio
        .iter()
        .map(|r| (r / sum * want as f64).round_ties_even() as u32)
        .collect();
    if counts.iter().all(|&g| g == 0) {
        return exec_err!("{func}: ADASYN's weights round to no synthetic row for class {} in label order (imbalanced-learn fails the same way); ask for more rows or use smote", ci + 1);
    }
    Ok(counts)
}
