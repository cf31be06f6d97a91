//! The artifacts of a tracked run besides its scripts: each quality table a statement produced
//! (`quality_report`, `quality_score`, `profile`) as JSON under `quality/`, and the model card
//! and sidecar of each intent model that scored rows under `model/<model>/`.
//!
//! A quality artifact holds the report's figures. The columns that carry row values of the
//! user's data (`profile`'s `min`, `max` and `top_values`, `quality_report`'s
//! `unexpected_examples`) are left out and named under `"redacted"` unless
//! `tracking.report_values = true`.

use std::collections::BTreeMap;
use std::path::Path;

use arrow::array::RecordBatch;
use privsql_udfs::tracking::outputs::{Kept, ModelUse, QualityOutput};
use serde_json::{json, Value};

/// The card of the embedded intent model.
const EMBEDDED_CARD: &str = include_str!("../../udfs/models/README.md");
/// The sidecar of the embedded intent model.
const EMBEDDED_SIDECAR: &str = include_str!("../../udfs/models/intent-hashed-v2.json");

/// The columns of `function`'s output that hold row values of the source.
pub fn value_columns(function: &str) -> &'static [&'static str] {
    match function {
        "profile" => &["min", "max", "top_values"],
        "quality_report" => &["unexpected_examples"],
        _ => &[],
    }
}

/// A name safe in an artifact path: letters, digits, `.`, `-` and `_`; others become `_`.
fn path_safe(s: &str) -> String {
    let safe: String = s.chars().map(|c| if c.is_ascii_alphanumeric() || "._-".contains(c) { c } else { '_' }).collect();
    safe.trim_matches('_').to_owned()
}

/// The rows of `batches` as JSON objects, without the columns in `drop`.
fn rows_json(batches: &[RecordBatch], drop: &[&str]) -> Result<Vec<Value>, String> {
    let mut buf = Vec::new();
    {
        let mut w = arrow::json::WriterBuilder::new()
            .with_explicit_nulls(true)
            .build::<_, arrow::json::writer::JsonArray>(&mut buf);
        for b in batches {
            let keep: Vec<usize> =
                (0..b.num_columns()).filter(|i| !drop.contains(&b.schema().field(*i).name().as_str())).collect();
            let b = b.project(&keep).map_err(|e| e.to_string())?;
            w.write(&b).map_err(|e| e.to_string())?;
        }
        w.finish().map_err(|e| e.to_string())?;
    }
    if buf.is_empty() {
        return Ok(Vec::new());
    }
    match serde_json::from_slice(&buf).map_err(|e| e.to_string())? {
        Value::Array(rows) => Ok(rows),
        _ => Ok(Vec::new()),
    }
}

/// One quality output as its artifact's JSON.
pub fn output_json(o: &QualityOutput, report_values: bool) -> Result<Value, String> {
    let present: Vec<&str> = match o.batches.first() {
        Some(b) => value_columns(o.function)
            .iter()
            .copied()
            .filter(|c| b.schema().column_with_name(c).is_some())
            .collect(),
        None => Vec::new(),
    };
    let drop: &[&str] = if report_values { &[] } else { &present };
    Ok(json!({
        "function": o.function,
        "source": o.source,
        "contract": o.contract,
        "rows": rows_json(&o.batches, drop)?,
        "rows_dropped": o.rows_dropped,
        "redacted": drop,
    }))
}

/// The card of `m`: the embedded model's, or `<stem>.md`, else `README.md`, beside its file.
fn model_card(m: &ModelUse) -> Option<String> {
    let Some(path) = &m.path else { return Some(EMBEDDED_CARD.to_owned()) };
    let dir = path.parent().unwrap_or(Path::new("."));
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    [dir.join(format!("{stem}.md")), dir.join("README.md")].iter().find_map(|p| std::fs::read_to_string(p).ok())
}

/// The sidecar of `m`.
fn sidecar(m: &ModelUse) -> Option<String> {
    match &m.path {
        None => Some(EMBEDDED_SIDECAR.to_owned()),
        Some(p) => std::fs::read_to_string(privsql_udfs::classify::model::sidecar_path(p)).ok(),
    }
}

/// The artifacts of `kept`, by path: `quality/NN-<function>-<source>.json` in the order the
/// scans ran, `model/<model>/MODEL_CARD.md` and `model/<model>/sidecar.json`.
pub fn artifacts(kept: &Kept, report_values: bool) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (i, o) in kept.outputs.iter().enumerate() {
        let path = format!("quality/{:02}-{}-{}.json", i + 1, o.function, path_safe(&o.source));
        match output_json(o, report_values).and_then(|v| serde_json::to_string_pretty(&v).map_err(|e| e.to_string())) {
            Ok(text) => {
                out.insert(path, text);
            }
            Err(e) => tracing::warn!("artifact {path} not written: {e}"),
        }
    }
    for m in &kept.models {
        let dir = format!("model/{}", path_safe(&m.model));
        match model_card(m) {
            Some(card) => {
                out.insert(format!("{dir}/MODEL_CARD.md"), card);
            }
            None => tracing::warn!(model = %m.model, "no model card beside the model file (<name>.md or README.md)"),
        }
        if let Some(s) = sidecar(m) {
            out.insert(format!("{dir}/sidecar.json"), s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::{Int64Array, StringArray};
    use std::sync::Arc;

    fn profile_output() -> QualityOutput {
        privsql_udfs::tracking::outputs::set_keeping(true);
        let b = RecordBatch::try_from_iter([
            ("column", Arc::new(StringArray::from(vec!["email"])) as _),
            ("row_count", Arc::new(Int64Array::from(vec![3])) as _),
            ("min", Arc::new(StringArray::from(vec!["a@example.org"])) as _),
            ("max", Arc::new(StringArray::from(vec!["z@example.org"])) as _),
        ])
        .unwrap();
        let id = privsql_udfs::tracking::outputs::output_id();
        privsql_udfs::tracking::outputs::record_output(id, "profile", "people", None, &b);
        let kept = privsql_udfs::tracking::outputs::take();
        kept.outputs.into_iter().find(|o| o.source == "people").unwrap()
    }

    #[test]
    fn profile_values_are_left_out_unless_asked_for() {
        let o = profile_output();
        let redacted = output_json(&o, false).unwrap();
        assert_eq!(redacted["rows"], json!([{ "column": "email", "row_count": 3 }]));
        assert_eq!(redacted["redacted"], json!(["min", "max"]));
        assert!(!redacted.to_string().contains("example.org"));
        let full = output_json(&o, true).unwrap();
        assert_eq!(full["rows"][0]["min"], "a@example.org");
        assert_eq!(full["redacted"], json!([]));
    }
}
