//! imbalanced-learn's `sampling_strategy`, for over- and under-sampling.
//!
//! Over-sampling gives the number of rows to add to each class; under-sampling the number of
//! rows to keep. The rules are imbalanced-learn's (`imblearn.utils.check_sampling_strategy`).
//! Where imbalanced-learn breaks a tie between equally large classes by first appearance, privsql
//! takes the first class in sort order (appearance depends on partitioning; sort order does not).

use arrow::array::{ArrayRef, AsArray, UInt32Array};
use arrow::compute::{cast, take};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, plan_err, Result};
use serde::{Deserialize, Serialize};

use super::args::Args;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Strategy {
    /// `auto`: `not majority` when over-sampling, `not minority` when under-sampling.
    Auto,
    Minority,
    Majority,
    NotMinority,
    NotMajority,
    All,
    /// A float: the wanted ratio minority/majority after resampling (two classes only).
    Ratio(f64),
    /// Wanted row counts per class, by the class's text.
    Counts(Vec<(String, u64)>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Over,
    Under,
}

/// Parse argument `i` (absent: `auto`).
pub fn parse(a: &Args<'_>, i: usize, dir: Direction) -> Result<Strategy> {
    if a.get(i).is_none() {
        return Ok(Strategy::Auto);
    }
    if a.is_number(i) {
        let r = a.number(i, "sampling_strategy")?;
        if !(r > 0.0 && r <= 1.0) {
            return plan_err!("{}: a numeric sampling_strategy (argument {}) is the ratio minority/majority, in (0, 1]; got {r}", a.func, i + 1);
        }
        return Ok(Strategy::Ratio(r));
    }
    let text = a.text(i, "sampling_strategy")?;
    let trimmed = text.trim();
    if trimmed.starts_with('{') {
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(trimmed)
        else {
            return plan_err!("{}: sampling_strategy (argument {}) is not a valid JSON object of per-class counts", a.func, i + 1);
        };
        let mut out = Vec::with_capacity(map.len());
        for (k, v) in map {
            match v.as_u64() {
                Some(n) => out.push((k, n)),
                None => {
                    return plan_err!(
                        "{}: sampling_strategy's count for class #{} must be an integer >= 0",
                        a.func,
                        out.len() + 1
                    )
                }
            }
        }
        return Ok(Strategy::Counts(out));
    }
    let s = match trimmed.to_ascii_lowercase().replace(['_', '-'], " ").as_str() {
        "auto" => Strategy::Auto,
        "minority" => Strategy::Minority,
        "majority" => Strategy::Majority,
        "not minority" => Strategy::NotMinority,
        "not majority" => Strategy::NotMajority,
        "all" => Strategy::All,
        _ => {
            return plan_err!(
                "{}: sampling_strategy (argument {}) must be 'auto', 'minority', 'majority', 'not minority', 'not majority', 'all', a ratio in (0, 1] or a JSON object of per-class counts",
                a.func,
                i + 1
            )
        }
    };
    match (dir, &s) {
        (Direction::Over, Strategy::Majority) => plan_err!("{}: 'majority' is not a sampling_strategy for over-sampling (the majority has nothing to catch up with)", a.func),
        (Direction::Under, Strategy::Minority) => plan_err!("{}: 'minority' is not a sampling_strategy for under-sampling", a.func),
        _ => Ok(s),
    }
}

/// Per class: the rows to add (over) or the rows to keep (under). `counts` and `names` are per
/// class in sort order; `names` is the class's text (None for NULL).
pub fn resolve(
    func: &str,
    s: &Strategy,
    dir: Direction,
    counts: &[u64],
    names: &[Option<String>],
) -> Result<Vec<u64>> {
    let n = counts.len();
    if n == 0 {
        return Ok(vec![]);
    }
    // First maximum / minimum in sort order.
    let majority = (0..n).fold(0, |b, i| if counts[i] > counts[b] { i } else { b });
    let minority = (0..n).fold(0, |b, i| if counts[i] < counts[b] { i } else { b });
    let (n_maj, n_min) = (counts[majority], counts[minority]);
    let pick = |sel: &dyn Fn(usize) -> bool| -> Vec<u64> {
        (0..n)
            .map(|i| match (dir, sel(i)) {
                (Direction::Over, true) => n_maj - counts[i],
                (Direction::Over, false) => 0,
                (Direction::Under, true) => n_min,
                (Direction::Under, false) => counts[i],
            })
            .collect()
    };
    Ok(match (s, dir) {
        (Strategy::Auto, Direction::Over) | (Strategy::NotMajority, _) => pick(&|i| i != majority),
        (Strategy::Auto, Direction::Under) | (Strategy::NotMinority, _) => pick(&|i| i != minority),
        (Strategy::Minority, _) => pick(&|i| i == minority),
        (Strategy::Majority, _) => pick(&|i| i == majority),
        (Strategy::All, _) => pick(&|_| true),
        (Strategy::Ratio(r), _) => {
            if n != 2 {
                return exec_err!("{func}: a numeric sampling_strategy needs exactly two classes; the label has {n}");
            }
            match dir {
                Direction::Over => {
                    let mut out = vec![0; n];
                    for i in (0..n).filter(|&i| i != majority) {
                        let want = (n_maj as f64 * r) as i64 - counts[i] as i64;
                        if want < 0 {
                            return exec_err!("{func}: sampling_strategy {r} would remove rows from the minority class; use a larger ratio");
                        }
                        out[i] = want as u64;
                    }
                    out
                }
                Direction::Under => {
                    let mut out = counts.to_vec();
                    for i in (0..n).filter(|&i| i != minority) {
                        let keep = (n_min as f64 / r) as u64;
                        if keep > counts[i] {
                            return exec_err!("{func}: sampling_strategy {r} would need more rows than the majority class has; use a smaller ratio");
                        }
                        out[i] = keep;
                    }
                    out
                }
            }
        }
        (Strategy::Counts(map), _) => {
            let mut out: Vec<u64> = match dir {
                Direction::Over => vec![0; n],
                Direction::Under => counts.to_vec(),
            };
            for (j, (class, want)) in map.iter().enumerate() {
                let Some(i) = names
                    .iter()
                    .position(|c| c.as_deref() == Some(class.as_str()))
                else {
                    return exec_err!("{func}: sampling_strategy names class #{} of the map, which is not present in the label column", j + 1);
                };
                match dir {
                    Direction::Over if *want < counts[i] => {
                        return exec_err!("{func}: sampling_strategy asks class #{} of the map for {want} rows, fewer than it has ({}); over-sampling cannot remove rows", j + 1, counts[i])
                    }
                    Direction::Under if *want > counts[i] => {
                        return exec_err!("{func}: sampling_strategy asks class #{} of the map for {want} rows, more than it has ({}); under-sampling cannot add rows", j + 1, counts[i])
                    }
                    Direction::Over => out[i] = want - counts[i],
                    Direction::Under => out[i] = *want,
                }
            }
            out
        }
    })
}

/// The labels at `rows` of `labels` as text, one per class (NULL stays `None`): the class
/// names `resolve` reports and matches a strategy's names against.
pub fn label_names(labels: &ArrayRef, rows: &UInt32Array) -> Result<Vec<Option<String>>> {
    let text = cast(&take(labels, rows, None)?, &DataType::Utf8)?;
    Ok(text
        .as_string::<i32>()
        .iter()
        .map(|v| v.map(str::to_string))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<Option<String>> {
        (0..n).map(|i| Some(format!("c{i}"))).collect()
    }

    #[test]
    fn over_sampling_follows_imblearn() {
        let c = [10, 50, 30];
        let o = Direction::Over;
        assert_eq!(
            resolve("f", &Strategy::Auto, o, &c, &names(3)).unwrap(),
            vec![40, 0, 20]
        );
        assert_eq!(
            resolve("f", &Strategy::Minority, o, &c, &names(3)).unwrap(),
            vec![40, 0, 0]
        );
        assert_eq!(
            resolve("f", &Strategy::NotMinority, o, &c, &names(3)).unwrap(),
            vec![0, 0, 20]
        );
        assert_eq!(
            resolve("f", &Strategy::All, o, &c, &names(3)).unwrap(),
            vec![40, 0, 20]
        );
        let m = Strategy::Counts(vec![("c0".into(), 25)]);
        assert_eq!(resolve("f", &m, o, &c, &names(3)).unwrap(), vec![15, 0, 0]);
        assert!(resolve("f", &Strategy::Ratio(0.5), o, &c, &names(3)).is_err());
        assert_eq!(
            resolve("f", &Strategy::Ratio(0.5), o, &[10, 50], &names(2)).unwrap(),
            vec![15, 0]
        );
        assert!(resolve("f", &Strategy::Ratio(0.1), o, &[10, 50], &names(2)).is_err());
    }

    #[test]
    fn under_sampling_follows_imblearn() {
        let c = [10, 50, 30];
        let u = Direction::Under;
        assert_eq!(
            resolve("f", &Strategy::Auto, u, &c, &names(3)).unwrap(),
            vec![10, 10, 10]
        );
        assert_eq!(
            resolve("f", &Strategy::Majority, u, &c, &names(3)).unwrap(),
            vec![10, 10, 30]
        );
        assert_eq!(
            resolve("f", &Strategy::NotMajority, u, &c, &names(3)).unwrap(),
            vec![10, 50, 10]
        );
        assert_eq!(
            resolve("f", &Strategy::Ratio(0.5), u, &[10, 50], &names(2)).unwrap(),
            vec![10, 20]
        );
        let m = Strategy::Counts(vec![("c1".into(), 60)]);
        assert!(resolve("f", &m, u, &c, &names(3)).is_err());
    }
}
