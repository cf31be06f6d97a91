//! Outlier rules shared by `is_outlier`, `robust_zscore` and `quality_report`.
//!
//! - Robust z-score (Iglewicz and Hoaglin): `z = 0.6745 (x - median) / MAD`, where MAD is the
//!   median absolute deviation from the median; an outlier when `|z| > threshold` (3.5 by
//!   default). When MAD is 0 (over half the values equal), the mean absolute deviation stands
//!   in: `z = (x - median) / (1.253314 * MeanAD)`; when that is 0 too, nothing is an outlier.
//! - IQR (Tukey's fences): an outlier when `x < Q1 - k IQR` or `x > Q3 + k IQR`, `k` = 1.5 by
//!   default, quartiles by linear interpolation (as `percentile_cont`).

use datafusion::common::{plan_err, Result};

/// Which rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    /// Robust z-score from the median and MAD, with this threshold.
    Mad(f64),
    /// Tukey's fences with this multiple of the IQR.
    Iqr(f64),
}

impl Method {
    pub const DEFAULT_MAD: f64 = 3.5;
    pub const DEFAULT_IQR: f64 = 1.5;

    /// From the optional SQL arguments.
    pub fn parse(method: Option<&str>, threshold: Option<f64>) -> Result<Method> {
        let m = match method.map(|m| m.trim().to_ascii_lowercase()) {
            None => Method::Mad(threshold.unwrap_or(Self::DEFAULT_MAD)),
            Some(m) if m == "mad" || m == "zscore" || m == "robust_zscore" => {
                Method::Mad(threshold.unwrap_or(Self::DEFAULT_MAD))
            }
            Some(m) if m == "iqr" => Method::Iqr(threshold.unwrap_or(Self::DEFAULT_IQR)),
            Some(other) => {
                return plan_err!("is_outlier: method must be 'mad' or 'iqr', got '{other}'")
            }
        };
        match m {
            Method::Mad(t) | Method::Iqr(t) if !(t.is_finite() && t > 0.0) => {
                plan_err!("is_outlier: the threshold must be a positive number, got {t}")
            }
            m => Ok(m),
        }
    }
}

/// The `p` quantile of sorted values, by linear interpolation.
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// Robust location and scales of one group of values.
#[derive(Debug, Clone, Copy)]
pub struct Stats {
    pub median: f64,
    pub mad: f64,
    pub mean_ad: f64,
    pub q1: f64,
    pub q3: f64,
}

impl Stats {
    /// From the non-null, non-NaN values (reordered in place).
    pub fn of(values: &mut [f64]) -> Option<Stats> {
        if values.is_empty() {
            return None;
        }
        values.sort_unstable_by(f64::total_cmp);
        let median = quantile(values, 0.5);
        let (q1, q3) = (quantile(values, 0.25), quantile(values, 0.75));
        let mut dev: Vec<f64> = values.iter().map(|v| (v - median).abs()).collect();
        let mean_ad = dev.iter().sum::<f64>() / dev.len() as f64;
        dev.sort_unstable_by(f64::total_cmp);
        Some(Stats {
            median,
            mad: quantile(&dev, 0.5),
            mean_ad,
            q1,
            q3,
        })
    }

    /// The robust z-score of `x` (0 when the scale is 0).
    pub fn zscore(&self, x: f64) -> f64 {
        if self.mad > 0.0 {
            0.6745 * (x - self.median) / self.mad
        } else if self.mean_ad > 0.0 {
            (x - self.median) / (1.253314 * self.mean_ad)
        } else {
            0.0
        }
    }

    /// Is `x` an outlier by `method`?
    pub fn is_outlier(&self, x: f64, method: Method) -> bool {
        match method {
            Method::Mad(t) => self.zscore(x).abs() > t,
            Method::Iqr(k) => {
                let iqr = self.q3 - self.q1;
                x < self.q1 - k * iqr || x > self.q3 + k * iqr
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_and_rules() {
        let mut v = vec![1.0, 2.0, 3.0, 4.0, 100.0];
        let s = Stats::of(&mut v).unwrap();
        assert_eq!(s.median, 3.0);
        assert_eq!(s.mad, 1.0);
        assert_eq!((s.q1, s.q3), (2.0, 4.0));
        assert!(s.is_outlier(100.0, Method::Mad(3.5)) && !s.is_outlier(4.0, Method::Mad(3.5)));
        assert!(s.is_outlier(100.0, Method::Iqr(1.5)) && !s.is_outlier(1.0, Method::Iqr(1.5)));
        let mut flat = vec![5.0, 5.0, 5.0, 5.0, 9.0];
        let f = Stats::of(&mut flat).unwrap();
        assert_eq!(f.mad, 0.0);
        assert!(f.zscore(9.0) > 3.5);
    }
}
