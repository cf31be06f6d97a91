//! What a tracked run produced, kept in memory for its MLflow artifacts: the output of each
//! `quality_report`, `quality_score` and `profile` scan, and the intent models that scored rows.
//!
//! Off by default ([`set_keeping`]): a long-lived process (`privsql serve`) keeps nothing; the
//! CLI turns it on for a `privsql -f` run with `[tracking]` and [`take`]s the record at the end.
//! The batches are kept as the scans returned them (row values included: a profile's min, max
//! and top values, a report's examples); what leaves the process is the CLI's decision
//! (`tracking.report_values`). No I/O here.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{LazyLock, Mutex};

use arrow::array::RecordBatch;

/// Most rows kept of one output; the rest are counted, not kept.
pub const MAX_ROWS: usize = 10_000;

static KEEPING: AtomicBool = AtomicBool::new(false);
static NEXT_ID: AtomicU64 = AtomicU64::new(1);
static KEPT: LazyLock<Mutex<Kept>> = LazyLock::new(Default::default);

/// The output of one quality table function's scan.
#[derive(Debug, Clone)]
pub struct QualityOutput {
    /// `quality_report`, `quality_score` or `profile`.
    pub function: &'static str,
    /// The table name, or `(query)`.
    pub source: String,
    pub contract: Option<String>,
    /// The batches as the scan returned them (its projection and filters applied), at most
    /// [`MAX_ROWS`] rows.
    pub batches: Vec<RecordBatch>,
    /// Rows returned beyond [`MAX_ROWS`], not kept.
    pub rows_dropped: usize,
    id: u64,
}

/// An intent model that scored rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelUse {
    /// The sidecar's model identifier.
    pub model: String,
    /// FNV-1a 64 of the ONNX file, as in `privsql_classify_model_info`.
    pub digest: String,
    /// The `.onnx` file, or `None` for the embedded model.
    pub path: Option<PathBuf>,
}

/// What [`take`] hands over.
#[derive(Debug, Clone, Default)]
pub struct Kept {
    /// In the order the scans started.
    pub outputs: Vec<QualityOutput>,
    /// In the order first used.
    pub models: Vec<ModelUse>,
}

/// Keep outputs and models from now on (`true`) or not.
pub fn set_keeping(on: bool) {
    KEEPING.store(on, Ordering::Relaxed);
}

/// Whether outputs and models are kept.
pub fn keeping() -> bool {
    KEEPING.load(Ordering::Relaxed)
}

/// Hand over (and clear) what was kept.
pub fn take() -> Kept {
    KEPT.lock().map(|mut k| std::mem::take(&mut *k)).unwrap_or_default()
}

/// A fresh id for one scan's output (all its partitions share it).
pub fn output_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// Keep `batch` as part of output `id` of `function` over `source`.
pub fn record_output(id: u64, function: &'static str, source: &str, contract: Option<&str>, batch: &RecordBatch) {
    if !keeping() {
        return;
    }
    let Ok(mut k) = KEPT.lock() else { return };
    let pos = match k.outputs.iter().position(|o| o.id == id) {
        Some(p) => p,
        None => {
            k.outputs.push(QualityOutput {
                function,
                source: source.to_owned(),
                contract: contract.map(str::to_owned),
                batches: Vec::new(),
                rows_dropped: 0,
                id,
            });
            k.outputs.len() - 1
        }
    };
    let o = &mut k.outputs[pos];
    let held: usize = o.batches.iter().map(RecordBatch::num_rows).sum();
    let room = MAX_ROWS.saturating_sub(held);
    if batch.num_rows() <= room {
        o.batches.push(batch.clone());
    } else {
        if room > 0 {
            o.batches.push(batch.slice(0, room));
        }
        o.rows_dropped += batch.num_rows() - room;
    }
}

/// Note that `model` (by its identifier and digest; `path` `None` when embedded) scored rows.
pub fn record_model(model: &str, digest: &str, path: Option<&std::path::Path>) {
    if !keeping() {
        return;
    }
    let Ok(mut k) = KEPT.lock() else { return };
    if !k.models.iter().any(|m| m.digest == digest && m.model == model) {
        k.models.push(ModelUse { model: model.to_owned(), digest: digest.to_owned(), path: path.map(|p| p.to_path_buf()) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::Int64Array;
    use std::sync::Arc;

    #[test]
    fn outputs_are_kept_only_when_keeping_and_capped() {
        let batch = |n: i64| {
            RecordBatch::try_from_iter([("x", Arc::new(Int64Array::from_iter_values(0..n)) as _)]).unwrap()
        };
        set_keeping(false);
        record_output(output_id(), "profile", "t", None, &batch(3));
        set_keeping(true);
        let id = output_id();
        record_output(id, "quality_report", "t", Some("c"), &batch(MAX_ROWS as i64 - 1));
        record_output(id, "quality_report", "t", Some("c"), &batch(5));
        record_model("m", "00ff", None);
        record_model("m", "00ff", None);
        let kept = take();
        set_keeping(false);
        let ours: Vec<_> = kept.outputs.iter().filter(|o| o.id == id).collect();
        assert_eq!(ours.len(), 1);
        assert_eq!(ours[0].batches.iter().map(RecordBatch::num_rows).sum::<usize>(), MAX_ROWS);
        assert_eq!(ours[0].rows_dropped, 4);
        assert!(kept.outputs.iter().all(|o| o.function != "profile" || o.source != "t"));
        assert_eq!(kept.models.iter().filter(|m| m.digest == "00ff").count(), 1);
    }
}
