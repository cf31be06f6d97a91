//! Run tracking from SQL: `log_metric(name, value)` and `log_param(name, value)` record a
//! script's own figures (an accuracy, a row count, a seed) for the run it belongs to.
//!
//! The functions only record, in memory ([`take`] hands the record over); privsql's CLI sends it
//! to the MLflow run of a `privsql -f` script (`[tracking]`), and every logged metric is also the
//! gauge `privsql_logged_metric{name}` of the process registry. [`outputs`] keeps, while a run
//! is tracked, the quality tables and intent models it produced and used. No I/O here.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use arrow::array::{Array, ArrayRef, AsArray};
use arrow::datatypes::DataType;
use datafusion::common::{exec_err, Result, ScalarValue};
use datafusion::logical_expr::{ColumnarValue, ScalarUDF};

use crate::Functions;

pub mod log_metric;
pub mod log_param;
pub mod outputs;

/// One value given to `log_metric`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedMetric {
    pub name: String,
    pub value: f64,
    /// Milliseconds since the Unix epoch.
    pub timestamp_ms: i64,
    /// 0 for the first value of this name, then 1, 2, ...
    pub step: i64,
}

/// What the functions recorded since the last [`take`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Logged {
    /// The last value of each parameter.
    pub params: BTreeMap<String, String>,
    /// Every metric value, in the order logged.
    pub metrics: Vec<LoggedMetric>,
}

static LOGGED: LazyLock<Mutex<Logged>> = LazyLock::new(Default::default);

/// Hand over (and clear) what was logged in this process so far.
pub fn take() -> Logged {
    LOGGED.lock().map(|mut l| std::mem::take(&mut *l)).unwrap_or_default()
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

pub(crate) fn record_metric(name: &str, value: f64) {
    if let Ok(mut l) = LOGGED.lock() {
        let step = l.metrics.iter().filter(|m| m.name == name).count() as i64;
        l.metrics.push(LoggedMetric { name: name.to_string(), value, timestamp_ms: now_ms(), step });
    }
    if let Some(m) = crate::metrics::functions() {
        m.logged_metric.with_label_values(&[name]).set(value);
    }
}

pub(crate) fn record_param(name: &str, value: &str) {
    if let Ok(mut l) = LOGGED.lock() {
        l.params.insert(name.to_string(), value.to_string());
    }
}

/// The name argument: a non-NULL constant string that MLflow accepts as a key (letters, digits,
/// `_ - . / ` and spaces, at most 250 characters).
pub(crate) fn name_arg(func: &str, args: &[ColumnarValue]) -> Result<String> {
    let name = match args.first() {
        Some(ColumnarValue::Scalar(v)) => match v.try_as_str() {
            Some(Some(s)) => s.to_string(),
            _ => return exec_err!("{func}: argument `name` must be a non-NULL string"),
        },
        _ => return exec_err!("{func}: argument `name` must be a constant string, not a column"),
    };
    let ok = |c: char| c.is_ascii_alphanumeric() || "_-./ ".contains(c);
    if name.is_empty() || name.len() > 250 || !name.chars().all(ok) {
        return exec_err!(
            "{func}: name {name:?} must be 1 to 250 letters, digits, spaces or `_ - . /` (an MLflow key)"
        );
    }
    Ok(name)
}

/// The last non-NULL value of the `value` argument, as an array of the call's rows.
pub(crate) fn last_valid(args: &[ColumnarValue], rows: usize) -> Result<(ArrayRef, Option<usize>)> {
    let Some(v) = args.get(1) else {
        return exec_err!("missing argument `value`");
    };
    let array = v.to_array(if matches!(v, ColumnarValue::Scalar(_)) { 1 } else { rows })?;
    let last = (0..array.len()).rev().find(|i| array.is_valid(*i));
    Ok((array, last))
}

/// `value` as text, for `log_param` of a number or a string.
pub(crate) fn as_text(array: &dyn Array, i: usize) -> Result<String> {
    Ok(match array.data_type() {
        DataType::Utf8 => array.as_string::<i32>().value(i).to_string(),
        DataType::LargeUtf8 => array.as_string::<i64>().value(i).to_string(),
        DataType::Utf8View => array.as_string_view().value(i).to_string(),
        _ => ScalarValue::try_from_array(array, i)?.to_string(),
    })
}

/// The family's functions.
pub fn functions() -> Functions {
    Functions {
        scalar: vec![
            Arc::new(ScalarUDF::new_from_impl(log_metric::LogMetricFunc::new())),
            Arc::new(ScalarUDF::new_from_impl(log_param::LogParamFunc::new())),
        ],
        ..Default::default()
    }
}
