//! The buffers of one batch (its texts' features as CSR, the probabilities, the padded chunks)
//! and the view of one padded chunk as the graph takes it.

/// The buffers of one batch: its texts' features as CSR, then the padded chunks fed to the
/// graph. Taken from the model's pool by
/// [`IntentModel::buffers`](super::IntentModel::buffers) and given back after.
#[derive(Debug, Default)]
pub struct BatchBuffers {
    /// `offsets[i]..offsets[i + 1]` are text `i`'s features in `indices` and `values`.
    pub offsets: Vec<usize>,
    pub indices: Vec<i64>,
    pub values: Vec<f32>,
    /// Probabilities, `classes()` per text, filled by
    /// [`IntentModel::predict`](super::IntentModel::predict).
    pub probs: Vec<f32>,
    pub(super) order: Vec<u32>,
    pub(super) pad_idx: Vec<i64>,
    pub(super) pad_val: Vec<f32>,
    pub(super) pad_mask: Vec<i64>,
    pub(super) pad_types: Vec<i64>,
}

impl BatchBuffers {
    /// Empty the features (keeping the room), ready for a batch.
    pub fn clear(&mut self) {
        self.offsets.clear();
        self.offsets.push(0);
        self.indices.clear();
        self.values.clear();
        self.probs.clear();
    }
}

/// One padded chunk of rows, as the graph takes it.
pub(super) enum Chunk<'a> {
    /// Hashed features: indices and weights.
    Sparse { idx: &'a [i64], val: &'a [f32] },
    /// Token ids, attention mask, token type ids.
    Tokens { ids: &'a [i64], mask: &'a [i64], types: &'a [i64] },
}
