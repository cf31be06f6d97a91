//! Scoring a batch of texts with a model: identical texts scored once, NULL kept NULL, a text
//! without a word `none` without running the model; and the label a text's probabilities give.

use datafusion::common::Result;

use super::model::{BatchBuffers, IntentModel};
use super::taxonomy::{INTENTS, NONE};

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

/// The label index into [`INTENTS`] and the top probability of one scored text.
pub(crate) fn decide(model: &IntentModel, probs: &[f32], threshold: f64) -> (usize, f32) {
    let mut best = 0;
    for (c, p) in probs.iter().enumerate() {
        if *p > probs[best] {
            best = c;
        }
    }
    let top = probs[best];
    let label = &model.sidecar.labels[best];
    let intent = INTENTS.iter().position(|x| x == label).unwrap_or(NONE);
    if (top as f64) < threshold {
        (NONE, top)
    } else {
        (intent, top)
    }
}
