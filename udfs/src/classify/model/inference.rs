//! Running a batch: the pooled encoder and buffers a batch borrows, and [`IntentModel::predict`],
//! which sorts the batch's rows by length and feeds them to the graph in padded chunks.

use std::sync::Arc;

use datafusion::common::{exec_datafusion_err, Result};
use ort::session::Session;

use super::backend::kernel_enabled;
use super::batch::{BatchBuffers, Chunk};
use super::graph::IntentModel;
use super::linear::softmax_in_place;
use super::sidecar::OutputKind;
use super::inputs::{Encoder, Inputs};
use crate::classify::featurize::Featurizer;

impl IntentModel {
    /// Take an encoder from the pool (or make one).
    pub fn encoder(&self) -> Result<Encoder> {
        self.encoders.take(|| match &self.inputs {
            Inputs::Hashed { params, .. } => Ok(Encoder::Hashed(Featurizer::new(params.clone()))),
            Inputs::Tokens { tokenizer, .. } => Ok(Encoder::Tokens(Arc::clone(tokenizer))),
        })
    }

    /// The id that pads a tokenizer model's rows; `None` for a hashed n-gram model.
    pub fn pad_id(&self) -> Option<i64> {
        match &self.inputs {
            Inputs::Tokens { pad_id, .. } => Some(*pad_id),
            Inputs::Hashed { .. } => None,
        }
    }

    /// Give an encoder back.
    pub fn return_encoder(&self, e: Encoder) {
        self.encoders.put(e)
    }

    /// Take batch buffers from the pool (or make them), cleared.
    pub fn buffers(&self) -> Result<BatchBuffers> {
        let mut b = self.buffers.take(|| Ok(BatchBuffers::default()))?;
        b.clear();
        Ok(b)
    }

    /// Give batch buffers back.
    pub fn return_buffers(&self, b: BatchBuffers) {
        self.buffers.put(b)
    }

    /// Probabilities of the texts whose features `b` holds as CSR (`b.offsets` has one entry
    /// per text plus one), written row-major into `b.probs` (`classes()` per text): on
    /// privsql's sparse kernel when the graph is a hashed linear model and the backend allows
    /// it, else through the graph.
    pub fn predict(&self, b: &mut BatchBuffers) -> Result<()> {
        self.predict_with(b, kernel_enabled())
    }

    /// [`IntentModel::predict`], on the kernel (when the graph has one) or through the graph.
    pub(super) fn predict_with(&self, b: &mut BatchBuffers, kernel: bool) -> Result<()> {
        if let Some(k) = self.linear.as_ref().filter(|_| kernel) {
            let BatchBuffers { offsets, indices, values, probs, .. } = b;
            let (rows, c) = (offsets.len().saturating_sub(1), self.classes());
            probs.clear();
            probs.resize(rows * c, 0.0);
            k.predict(offsets, indices, values, probs)
                .map_err(|e| exec_datafusion_err!("intent model {}: inference failed: {e}", self.source))?;
            if self.sidecar.output_kind == OutputKind::Logits {
                probs.chunks_exact_mut(c).for_each(softmax_in_place);
            }
            return Ok(());
        }
        let BatchBuffers { offsets, indices, values, probs: out, order, pad_idx, pad_val, pad_mask, pad_types } = b;
        let rows = offsets.len().saturating_sub(1);
        let c = self.classes();
        out.clear();
        out.resize(rows * c, 0.0);
        if rows == 0 {
            return Ok(());
        }
        // Rows sorted by feature count, cut into chunks whose padded size stays small, so one
        // long letter does not pad a whole batch of chat lines to its length.
        order.clear();
        order.extend(0..rows as u32);
        order.sort_by_key(|&r| offsets[r as usize + 1] - offsets[r as usize]);
        // 32,768 cells: the gathered [n, width, classes] tensor (about 900 kB for 7 classes)
        // stays in L2 cache; 131,072 was about 10% slower on tract (docs/classify.md).
        // 16,384 measured the same (docs/classify.md).
        // A transformer's cost grows with the square of a row's length: smaller chunks there.
        let token_pad = match &self.inputs {
            Inputs::Tokens { pad_id, .. } => Some(*pad_id),
            Inputs::Hashed { .. } => None,
        };
        let (chunk_cells, chunk_rows) = if token_pad.is_some() { (1 << 13, 256) } else { (1 << 15, 2048) };
        let mut session = self.take_session()?;
        let mut start = 0;
        let result = (|| {
            while start < rows {
                let mut end = start;
                let mut width = 1;
                while end < rows && end - start < chunk_rows {
                    let r = order[end] as usize;
                    let w = (offsets[r + 1] - offsets[r]).max(1);
                    if end > start && w * (end - start + 1) > chunk_cells {
                        break;
                    }
                    width = width.max(w);
                    end += 1;
                }
                let n = end - start;
                // Each row's features, then zeros up to the chunk's width (index 0 with weight 0
                // adds nothing); or each row's token ids, then the padding id, which the
                // attention mask hides.
                pad_idx.clear();
                pad_val.clear();
                pad_mask.clear();
                for &r in &order[start..end] {
                    let (a, b) = (offsets[r as usize], offsets[r as usize + 1]);
                    pad_idx.extend_from_slice(&indices[a..b]);
                    if let Some(pad_id) = token_pad {
                        pad_idx.resize(pad_idx.len() + width - (b - a), pad_id);
                        pad_mask.resize(pad_mask.len() + (b - a), 1);
                        pad_mask.resize(pad_mask.len() + width - (b - a), 0);
                    } else {
                        pad_idx.resize(pad_idx.len() + width - (b - a), 0);
                        pad_val.extend_from_slice(&values[a..b]);
                        pad_val.resize(pad_val.len() + width - (b - a), 0.0);
                    }
                }
                let chunk = if token_pad.is_some() {
                    pad_types.clear();
                    pad_types.resize(n * width, 0);
                    Chunk::Tokens { ids: pad_idx, mask: pad_mask, types: pad_types }
                } else {
                    Chunk::Sparse { idx: pad_idx, val: pad_val }
                };
                self.run_chunk(&mut session, chunk, n, width, |k, p| {
                    let r = order[start + k] as usize;
                    out[r * c..(r + 1) * c].copy_from_slice(p);
                })?;
                start = end;
            }
            Ok(())
        })();
        self.return_session(session);
        result
    }

    fn take_session(&self) -> Result<Session> {
        self.sessions.take(|| self.new_session())
    }

    fn return_session(&self, s: Session) {
        self.sessions.put(s)
    }
}
