//! Scoring a batch of texts with a model: identical texts scored once, NULL kept NULL, a text
//! without a word `none` without running the model; and the label a text's probabilities give.
//! [`score_args`] is what `classify_intent`, `classify_intents` and `intent_scores` share: the
//! model resolved, the texts scored, and the batch counted in the process metrics.

use std::sync::Arc;

use datafusion::common::Result;
use datafusion::logical_expr::{ReturnFieldArgs, ScalarFunctionArgs};

use super::args::{model_name_arg, model_name_value, text_array, texts};
use super::model::{BatchBuffers, IntentModel, ModelSource};
use super::state::ClassifyState;
use super::taxonomy::{INTENTS, NONE};

/// A call's batch, scored: the model, one [`Row`] per input row, the unique texts'
/// probabilities (give the buffers back with [`Scored::finish`]), the labels head's
/// probabilities of the texts that need them, and whether the text argument was a scalar (for
/// [`to_columnar`](super::args::to_columnar)).
pub(crate) struct Scored {
    pub model: Arc<IntentModel>,
    pub rows: Vec<Row>,
    pub buffers: BatchBuffers,
    pub scalar: bool,
    /// The labels head's probabilities, `classes()` per text that has them.
    head: Vec<f32>,
    /// Per unique text, its row in `head`, or [`NO_HEAD`].
    head_row: Vec<u32>,
}

/// A unique text the labels head was not run on.
const NO_HEAD: u32 = u32::MAX;

/// Which unique texts of a batch the labels head runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// Every text (`classify_intents` lists each text's intents from the head).
    All,
    /// Only the texts a precedence rule with `head` may apply to (their top label is the rule's
    /// `over`), for the primary intent; none when the model has no such rule.
    Rules,
}

impl Scored {
    /// The probabilities of unique text `u`, in the model's label order.
    pub fn probs(&self, u: u32) -> &[f32] {
        let c = self.model.classes();
        &self.buffers.probs[u as usize * c..(u as usize + 1) * c]
    }

    /// The labels head's probabilities of unique text `u` (the same columns as
    /// [`Scored::probs`]), when the head ran on it.
    pub fn head(&self, u: u32) -> Option<&[f32]> {
        let c = self.model.classes();
        let r = *self.head_row.get(u as usize)?;
        (r != NO_HEAD).then(|| &self.head[r as usize * c..(r as usize + 1) * c])
    }

    /// The label and top probability of unique text `u` ([`decide`]).
    pub fn decide(&self, u: u32, threshold: f64) -> (usize, f32) {
        decide(&self.model, self.probs(u), self.head(u), threshold)
    }

    /// Run the labels head on the texts `which` names, over the features the batch already
    /// holds (the texts are not featurized again): all of them in place, or a copy of the few a
    /// rule needs.
    fn run_head(&mut self, which: Head) -> Result<()> {
        let Some(head) = self.model.labels_head.as_deref() else { return Ok(()) };
        let texts = self.buffers.offsets.len().saturating_sub(1);
        if which == Head::All {
            let main = std::mem::take(&mut self.buffers.probs);
            let ran = head.predict(&mut self.buffers);
            self.head = std::mem::replace(&mut self.buffers.probs, main);
            self.head_row = (0..texts as u32).collect();
            return ran;
        }
        let rules = &self.model.precedence;
        if rules.iter().all(|r| r.head.is_none()) {
            return Ok(());
        }
        let c = self.model.classes();
        let b = &self.buffers;
        let mut sub = head.buffers()?;
        self.head_row = vec![NO_HEAD; texts];
        for (u, p) in b.probs.chunks_exact(c.max(1)).enumerate() {
            let top = top_column(p);
            if rules.iter().any(|r| r.head.is_some() && r.over == top) {
                self.head_row[u] = (sub.offsets.len() - 1) as u32;
                let (from, to) = (b.offsets[u], b.offsets[u + 1]);
                sub.indices.extend_from_slice(&b.indices[from..to]);
                sub.values.extend_from_slice(&b.values[from..to]);
                sub.offsets.push(sub.indices.len());
            }
        }
        let ran = if sub.offsets.len() > 1 { head.predict(&mut sub) } else { Ok(()) };
        self.head.clear();
        self.head.extend_from_slice(&sub.probs);
        head.return_buffers(sub);
        ran
    }

    /// Give the buffers back to the model's pool.
    pub fn finish(self) {
        self.model.return_buffers(self.buffers);
    }
}

/// Plan time: load (and check) the model the call names, so a bad name or file fails the query
/// before it runs.
pub(crate) fn check_model_arg(name: &str, state: &ClassifyState, args: &ReturnFieldArgs) -> Result<()> {
    let model = model_name_arg(name, args.scalar_arguments, args.arg_fields.len())?;
    state.registry.get(&model).map(|_| ())
}

/// Run time: resolve the model, score the texts of the call's batch (the labels head on the
/// texts `head` names), and count the batch.
pub(crate) fn score_args(name: &str, state: &ClassifyState, args: &ScalarFunctionArgs, head: Head) -> Result<Scored> {
    let model = state.registry.get(&model_name_value(name, &args.args)?)?;
    let (array, scalar) = text_array(args)?;
    let texts = texts(name, array.as_ref())?;
    let (rows, buffers) = score(&model, &texts)?;
    let mut scored = Scored { model, rows, buffers, scalar, head: Vec::new(), head_row: Vec::new() };
    if let Err(e) = scored.run_head(head) {
        scored.finish();
        return Err(e);
    }
    count(&scored, state.threshold);
    if crate::tracking::outputs::keeping() {
        let path = match &scored.model.source {
            ModelSource::File(p) => Some(p.as_path()),
            ModelSource::Embedded(_) => None,
        };
        crate::tracking::outputs::record_model(&scored.model.sidecar.model, &scored.model.digest, path);
    }
    Ok(scored)
}

/// Count a scored batch in the process metrics: rows, rows per primary label, and the
/// confidence histogram, tallied locally and added once per batch.
fn count(s: &Scored, threshold: f64) {
    let Some(m) = crate::metrics::functions() else { return };
    let model = s.model.sidecar.model.as_str();
    // The label and top probability of each unique text, then per row.
    let c = s.model.classes();
    let texts = s.buffers.probs.len() / c.max(1);
    let unique: Vec<(usize, f32)> = (0..texts as u32).map(|u| s.decide(u, threshold)).collect();
    let mut labels = [0u64; INTENTS.len()];
    let confidence = m.classify_confidence.with_label_values(&[model]).local();
    let mut scored = 0u64;
    for r in &s.rows {
        let (label, top) = match r {
            Row::Null => continue,
            Row::Blank => (NONE, 1.0),
            Row::Scored(u) => unique.get(*u as usize).copied().unwrap_or((NONE, 1.0)),
        };
        scored += 1;
        labels[label] += 1;
        confidence.observe(top as f64);
    }
    confidence.flush();
    if scored == 0 {
        return;
    }
    m.classify_rows.with_label_values(&[model]).inc_by(scored);
    for (i, n) in labels.iter().enumerate().filter(|(_, n)| **n > 0) {
        m.classify_labels.with_label_values(&[model, INTENTS[i]]).inc_by(*n);
    }
    m.classify_model.with_label_values(&[model, s.model.digest.as_str()]).set(1);
}

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
/// probability reaches its threshold, most probable first: the labels head's probabilities
/// (`head`, the text's row of [`Scored::head`]) and thresholds when the model has a head,
/// else the model's own and the sidecar's thresholds. When the primary intent is `none`,
/// `none` alone, with its probability (1 when the model has no `none` column), so the list
/// always starts with `classify_intent`'s answer.
pub(crate) fn intents_into(
    model: &IntentModel,
    probs: &[f32],
    head: Option<&[f32]>,
    threshold: f64,
    out: &mut Vec<(usize, f64)>,
) {
    out.clear();
    let (primary, _) = decide(model, probs, head, threshold);
    if primary == NONE {
        let p = model.intent_column[NONE].map_or(1.0, |c| probs[c] as f64);
        out.push((NONE, p));
        return;
    }
    // The primary intent's own probability: under a precedence rule it is not the top one.
    out.push((primary, model.intent_column[primary].map_or(0.0, |c| probs[c] as f64)));
    let (scores, thresholds) = match (head, model.labels_head.as_deref()) {
        (Some(h), Some(hm)) => (h, &hm.label_thresholds),
        _ => (probs, &model.label_thresholds),
    };
    for (col, p) in scores.iter().enumerate() {
        let intent = model.column_intent[col];
        if intent != NONE && intent != primary && (*p as f64) >= thresholds[col] {
            out.push((intent, *p as f64));
        }
    }
    out[1..].sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
}

/// The label index into [`INTENTS`](super::taxonomy::INTENTS) and the top probability of one
/// scored text: the most probable label, `none` when its probability is under `threshold`, and
/// the model's precedence rules applied to a combined request (the top label a rule's `over`,
/// the rule's label at least `ratio` times as probable or, for a rule with `head`, at least
/// that probable in the labels head (`head`, the text's head probabilities): that label, the
/// most probable such).
pub(crate) fn decide(model: &IntentModel, probs: &[f32], head: Option<&[f32]>, threshold: f64) -> (usize, f32) {
    let best = top_column(probs);
    let top = probs[best];
    if (top as f64) < threshold {
        return (NONE, top);
    }
    let mut chosen = best;
    for r in &model.precedence {
        let by_head = matches!((head, r.head), (Some(h), Some(t)) if h[r.label] >= t);
        let applies = probs[r.label] >= r.ratio * top || by_head;
        if r.over == best && applies && (chosen == best || probs[r.label] > probs[chosen]) {
            chosen = r.label;
        }
    }
    (model.column_intent.get(chosen).copied().unwrap_or(NONE), top)
}

/// The column of the highest probability (the first of equals).
fn top_column(probs: &[f32]) -> usize {
    let mut best = 0;
    for (c, p) in probs.iter().enumerate() {
        if *p > probs[best] {
            best = c;
        }
    }
    best
}
