//! Scoring a batch of texts with a model: identical texts scored once, NULL kept NULL, a text
//! without a word `none` without running the model; and the label a text's probabilities give.

use datafusion::common::Result;

use super::model::{BatchBuffers, IntentModel};
use super::taxonomy::NONE;

/// What a row of a scored batch is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Row {
    Null,
    /// No words: `none` without running the model.
    Blank,
    /// Index into the unique texts' probabilities.
    Scored(u32),
}

/// Scores a batch: one entry per row, and the probabilities of each unique text that has
/// features (row-major, `model.classes()` per text, in the model's label order), in buffers
/// taken from the model's pool: give them back with [`IntentModel::return_buffers`].
pub(crate) fn score(model: &IntentModel, texts: &[Option<&str>]) -> Result<(Vec<Row>, BatchBuffers)> {
    // hashbrown's default (foldhash): several times cheaper than std's SipHash on message text.
    let mut seen: datafusion::common::HashMap<&str, Row> =
        datafusion::common::HashMap::with_capacity(texts.len().min(1 << 16));
    let mut rows = Vec::with_capacity(texts.len());
    let mut b = model.buffers()?;
    let mut encoder = model.encoder()?;
    for t in texts {
        let Some(t) = t else {
            rows.push(Row::Null);
            continue;
        };
        if let Some(r) = seen.get(t) {
            rows.push(*r);
            continue;
        }
        let n = encoder.encode(t, &mut b.indices, &mut b.values)?;
        let r = if n == 0 {
            Row::Blank
        } else {
            b.offsets.push(b.indices.len());
            Row::Scored((b.offsets.len() - 2) as u32)
        };
        seen.insert(t, r);
        rows.push(r);
    }
    model.return_encoder(encoder);
    match model.predict(&mut b) {
        Ok(()) => Ok((rows, b)),
        Err(e) => {
            model.return_buffers(b);
            Err(e)
        }
    }
}

/// Every intent of one scored text, as `(index into [`INTENTS`](super::taxonomy::INTENTS), probability)` into `out`: the
/// primary intent first (what [`decide`] gives), then every other privacy intent whose
/// probability reaches its threshold in the sidecar, most probable first. When the primary
/// intent is `none`, `none` alone, with its probability (1 when the model has no `none`
/// column), so the list always starts with `classify_intent`'s answer.
pub(crate) fn intents_into(model: &IntentModel, probs: &[f32], threshold: f64, out: &mut Vec<(usize, f64)>) {
    out.clear();
    let (primary, top) = decide(model, probs, threshold);
    if primary == NONE {
        let p = model.intent_column[NONE].map_or(1.0, |c| probs[c] as f64);
        out.push((NONE, p));
        return;
    }
    out.push((primary, top as f64));
    for (col, p) in probs.iter().enumerate() {
        let intent = model.column_intent[col];
        if intent != NONE && intent != primary && (*p as f64) >= model.label_thresholds[col] {
            out.push((intent, *p as f64));
        }
    }
    out[1..].sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
}

/// The label index into [`INTENTS`](super::taxonomy::INTENTS) and the top probability of one scored text.
pub(crate) fn decide(model: &IntentModel, probs: &[f32], threshold: f64) -> (usize, f32) {
    let mut best = 0;
    for (c, p) in probs.iter().enumerate() {
        if *p > probs[best] {
            best = c;
        }
    }
    let top = probs[best];
    let intent = model.column_intent.get(best).copied().unwrap_or(NONE);
    if (top as f64) < threshold {
        (NONE, top)
    } else {
        (intent, top)
    }
}
