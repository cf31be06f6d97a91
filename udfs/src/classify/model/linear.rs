//! privsql's sparse kernel for a hashed linear model: a graph that is exactly
//! `Gather(W, indices) · values + b`, then a softmax or a sigmoid (the default model and its
//! labels head). Such a graph is one row of `W` added per feature; run through an ONNX runtime
//! it pads every chunk of rows to a dense `[n, width]` tensor, gathers a copy of `W`'s row for
//! each cell (padding included) and multiplies, which is most of its cost. The kernel adds the
//! rows in place, one text at a time, with `W` stored in 64-byte rows (one cache line a
//! feature for up to 16 labels). It computes what the graph computes, in the same float type;
//! the sums may differ in the last bits from a runtime's, which adds in another order
//! (`kernel_and_graph_agree` below).
//!
//! [`SparseLinear::recognise`] reads the graph's nodes and initializers and answers `None` for
//! any other graph, which then runs on the backend.

use prost::Message;
use tract_onnx::pb::{GraphProto, ModelProto, NodeProto, TensorProto};

/// Labels a kernel row holds: 16 floats, 64 bytes, one cache line.
const LANES: usize = 16;

/// How many features ahead the kernel asks for a row of `W` (about the misses a core keeps in
/// flight).
const PREFETCH: usize = 8;

/// One row of `W`, padded to [`LANES`] and aligned to a cache line.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Row([f32; LANES]);

/// What the graph applies to the logits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Activation {
    Softmax,
    Sigmoid,
    /// The logits themselves (the sidecar's `output_kind` then says what to do).
    Identity,
}

/// A hashed linear model's weights, ready for the kernel.
#[derive(Debug)]
pub(super) struct SparseLinear {
    rows: Vec<Row>,
    bias: Row,
    classes: usize,
    activation: Activation,
}

impl SparseLinear {
    /// The kernel for `onnx` when its graph is a hashed linear model whose inputs are
    /// `indices` and `values` and whose output is `output`; `None` for any other graph.
    pub(super) fn recognise(onnx: &[u8], indices: &str, values: &str, output: &str) -> Option<Self> {
        let model = ModelProto::decode(onnx).ok()?;
        let graph = model.graph?;
        let init = |name: &str| graph.initializer.iter().find(|t| t.name == name);
        // Follow the data from `indices` to `output`, each step the one node that reads it.
        let gather = only_reader(&graph, indices)?;
        if gather.op_type != "Gather" || gather.input.len() != 2 || gather.input[1] != indices || axis(gather) != 0 {
            return None;
        }
        let weights = init(&gather.input[0])?;
        let w = floats(weights)?;
        let (h, classes) = match weights.dims[..] {
            [h, c] if h > 0 && c > 0 && c as usize <= LANES => (h as usize, c as usize),
            _ => return None,
        };
        let unsqueeze = only_reader(&graph, values)?;
        if unsqueeze.op_type != "Unsqueeze" || !axes_are(&graph, unsqueeze, 1) {
            return None;
        }
        let matmul = only_reader(&graph, &gather.output[0])?;
        if matmul.op_type != "MatMul" || matmul.input != [unsqueeze.output[0].clone(), gather.output[0].clone()] {
            return None;
        }
        let squeeze = only_reader(&graph, &matmul.output[0])?;
        if squeeze.op_type != "Squeeze" || !axes_are(&graph, squeeze, 1) {
            return None;
        }
        let add = only_reader(&graph, &squeeze.output[0])?;
        if add.op_type != "Add" || add.input.len() != 2 || add.input[0] != squeeze.output[0] {
            return None;
        }
        let b = init(&add.input[1])?;
        if b.dims.iter().product::<i64>() != classes as i64 || b.dims.last() != Some(&(classes as i64)) {
            return None;
        }
        let b = floats(b)?;
        let (activation, last) = if add.output[0] == output {
            (Activation::Identity, add)
        } else {
            let act = only_reader(&graph, &add.output[0])?;
            match act.op_type.as_str() {
                "Softmax" if matches!(axis(act), -1 | 1) => (Activation::Softmax, act),
                "Sigmoid" => (Activation::Sigmoid, act),
                _ => return None,
            }
        };
        if last.output.first().map(String::as_str) != Some(output) || graph.node.len() != if activation == Activation::Identity { 5 } else { 6 } {
            return None;
        }
        if w.len() != h * classes {
            return None;
        }
        let pad = |src: &[f32]| {
            let mut r = Row([0.0; LANES]);
            r.0[..classes].copy_from_slice(src);
            r
        };
        Some(Self { rows: w.chunks_exact(classes).map(pad).collect(), bias: pad(&b), classes, activation })
    }

    /// The probabilities (or logits, for [`Activation::Identity`]) of every text whose features
    /// `offsets`, `indices` and `values` hold as CSR, `classes` per text into `out`. An index
    /// outside `W` is the error the graph's Gather would give.
    pub(super) fn predict(&self, offsets: &[usize], indices: &[i64], values: &[f32], out: &mut [f32]) -> Result<(), String> {
        let c = self.classes;
        for (r, probs) in out.chunks_exact_mut(c).enumerate() {
            let mut acc = self.bias.0;
            let (a, b) = (offsets[r], offsets[r + 1]);
            for p in a..b {
                let (i, v) = (indices[p], values[p]);
                // The rows a text reads are scattered over `W` (8 MB for the default model),
                // each a likely cache miss: ask for the row PREFETCH features ahead (of this text
                // or the next) while this one is added.
                if let Some(&ahead) = indices.get(p + PREFETCH) {
                    self.prefetch(ahead);
                }
                let Some(row) = usize::try_from(i).ok().and_then(|i| self.rows.get(i)) else {
                    return Err(format!("feature index {i} is outside the weights' {} rows", self.rows.len()));
                };
                for (s, w) in acc.iter_mut().zip(&row.0) {
                    *s += v * w;
                }
            }
            let z = &acc[..c];
            match self.activation {
                Activation::Identity => probs.copy_from_slice(z),
                Activation::Sigmoid => probs.iter_mut().zip(z).for_each(|(p, &z)| *p = 1.0 / (1.0 + (-z).exp())),
                Activation::Softmax => {
                    probs.copy_from_slice(z);
                    softmax_in_place(probs);
                }
            }
        }
        Ok(())
    }
}

impl SparseLinear {
    /// A hint to the CPU to bring row `i` of `W` into cache (nothing for an index outside it).
    #[inline(always)]
    fn prefetch(&self, i: i64) {
        #[cfg(target_arch = "x86_64")]
        if let Some(row) = usize::try_from(i).ok().and_then(|i| self.rows.get(i)) {
            // SAFETY: a prefetch of a valid address; it reads nothing and cannot fault.
            unsafe { std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>((row as *const Row).cast()) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = i;
    }
}

/// Logits turned into probabilities where they stand (a softmax): the kernel's, and a graph's
/// whose sidecar says it gives logits.
pub(super) fn softmax_in_place(z: &mut [f32]) {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    z.iter_mut().for_each(|p| *p = (*p - max).exp());
    let sum: f32 = z.iter().sum();
    z.iter_mut().for_each(|p| *p /= sum);
}

/// The one node that reads `name`, if exactly one does.
fn only_reader<'a>(graph: &'a GraphProto, name: &str) -> Option<&'a NodeProto> {
    let mut readers = graph.node.iter().filter(|n| n.input.iter().any(|i| i == name));
    let node = readers.next()?;
    (readers.next().is_none() && node.output.len() == 1).then_some(node)
}

/// A node's `axis` attribute (0 when absent, ONNX's default for Gather; Softmax's is -1 since
/// opset 13, and a Softmax without one is not recognised).
fn axis(node: &NodeProto) -> i64 {
    match node.attribute.iter().find(|a| a.name == "axis") {
        Some(a) => a.i,
        None if node.op_type == "Softmax" => i64::MIN,
        None => 0,
    }
}

/// Whether a Squeeze or Unsqueeze works on the single axis `want`: its second input an int64
/// initializer `[want]` (opset 13 and later) or its `axes` attribute `[want]`.
fn axes_are(graph: &GraphProto, node: &NodeProto, want: i64) -> bool {
    if let Some(a) = node.attribute.iter().find(|a| a.name == "axes") {
        return a.ints == [want];
    }
    let Some(t) = node.input.get(1).and_then(|n| graph.initializer.iter().find(|t| &t.name == n)) else { return false };
    const INT64: i32 = 7;
    if t.data_type != INT64 {
        return false;
    }
    let v: Vec<i64> = if t.raw_data.is_empty() {
        t.int64_data.clone()
    } else {
        t.raw_data.chunks_exact(8).map(|b| i64::from_le_bytes(b.try_into().unwrap_or([0; 8]))).collect()
    };
    v == [want]
}

/// A float initializer's values (from `float_data` or little-endian `raw_data`).
fn floats(t: &TensorProto) -> Option<Vec<f32>> {
    const FLOAT: i32 = 1;
    if t.data_type != FLOAT || t.external_data.iter().any(|_| true) {
        return None;
    }
    if t.raw_data.is_empty() {
        return Some(t.float_data.clone());
    }
    (t.raw_data.len() % 4 == 0).then(|| t.raw_data.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_model_and_its_head_are_recognised_and_a_transformer_is_not() {
        let main = SparseLinear::recognise(crate::classify::model::registry::DEFAULT_ONNX, "indices", "values", "probabilities")
            .expect("the default model is a hashed linear graph");
        assert_eq!(main.activation, Activation::Softmax);
        assert_eq!(main.classes, 11);
        assert_eq!(main.rows.len(), 131_072);
        let head = SparseLinear::recognise(crate::classify::model::registry::DEFAULT_LABELS_HEAD.1, "indices", "values", "label_probabilities")
            .expect("the labels head is a hashed linear graph");
        assert_eq!(head.activation, Activation::Sigmoid);
        // Another output name: not this graph.
        assert!(SparseLinear::recognise(crate::classify::model::registry::DEFAULT_ONNX, "indices", "values", "logits").is_none());
        assert!(SparseLinear::recognise(b"not an onnx file", "indices", "values", "probabilities").is_none());
    }

    #[test]
    fn an_index_outside_the_weights_is_an_error_not_a_panic() {
        let k = SparseLinear::recognise(crate::classify::model::registry::DEFAULT_ONNX, "indices", "values", "probabilities").unwrap();
        let mut out = vec![0.0; 11];
        let e = k.predict(&[0, 1], &[131_072], &[1.0], &mut out).unwrap_err();
        assert!(e.contains("131072"), "{e}");
        let e = k.predict(&[0, 1], &[-1], &[1.0], &mut out).unwrap_err();
        assert!(e.contains("-1"), "{e}");
    }

    /// The kernel and the graph (on tract) give the same probabilities, the main model's and
    /// its labels head's, on texts in several scripts and registers, one of them long enough to
    /// be cut into its own chunk.
    #[test]
    fn kernel_and_graph_agree() {
        let model = crate::classify::model::default_model().unwrap();
        let long = "I hereby request, under Article 17 GDPR, the erasure of all my personal data. ".repeat(60);
        let texts = [
            "please delete my account and every copy of my data",
            "Sehr geehrte Damen und Herren, gemäß Art. 15 DSGVO verlange ich Auskunft über meine Daten.",
            "Αιτούμαι τη διαγραφή των προσωπικών μου δεδομένων σύμφωνα με το άρθρο 17 ΓΚΠΔ.",
            "Моля, изтрийте личните ми данни.",
            "stop sending me marketing emails, I withdraw my consent",
            "Do not sell my personal information (CCPA 1798.120).",
            "what time does the store open on sunday?",
            long.as_str(),
        ];
        for m in [&*model, model.labels_head.as_deref().expect("the default model has a head")] {
            assert!(m.linear.is_some(), "{} has the kernel", m.source);
            let mut enc = m.encoder().unwrap();
            let mut b = m.buffers().unwrap();
            for t in texts {
                assert!(enc.encode(t, &mut b.indices, &mut b.values).unwrap() > 0);
                b.offsets.push(b.indices.len());
            }
            m.predict_with(&mut b, false).unwrap();
            let graph = std::mem::take(&mut b.probs);
            m.predict_with(&mut b, true).unwrap();
            assert_eq!(graph.len(), texts.len() * m.classes());
            for (k, (g, p)) in graph.iter().zip(&b.probs).enumerate() {
                assert!((g - p).abs() <= 1e-5, "{}: text {} column {}: graph {g}, kernel {p}", m.source, k / m.classes(), k % m.classes());
            }
        }
    }
}
