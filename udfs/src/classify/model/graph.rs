//! [`IntentModel`]: a model's ONNX graph loaded into `ort` sessions on the process's backend,
//! checked against its sidecar (input and output names, element types, the number of labels),
//! and run on one padded chunk of rows.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use datafusion::common::{exec_datafusion_err, Result};
use ort::session::Session;
use ort::value::{TensorElementType, TensorRef};

use super::backend::{environment, Backend, ENV};
use super::batch::{BatchBuffers, Chunk};
use super::inputs::{Encoder, Inputs};
use super::linear::{softmax_in_place, SparseLinear};
use super::pool::Pool;
use super::sidecar::{OutputKind, Sidecar};
use crate::classify::taxonomy::{INTENTS, NONE};

/// Where a model comes from, for error messages and `intent_models()`.
#[derive(Debug, Clone)]
pub enum ModelSource {
    /// Compiled into the binary.
    Embedded(&'static str),
    /// An `.onnx` file with its sidecar beside it.
    File(PathBuf),
}

impl std::fmt::Display for ModelSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Embedded(name) => write!(f, "(embedded) {name}"),
            Self::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// One precedence rule of a sidecar (`precedence`), as output columns: when the top column is
/// `over` and `label` has at least `ratio` times its probability, or the labels head gives
/// `label` at least `head`, the primary intent is `label`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub over: usize,
    pub label: usize,
    pub ratio: f32,
    pub head: Option<f32>,
}

/// A loaded, checked intent model.
pub struct IntentModel {
    pub source: ModelSource,
    pub sidecar: Sidecar,
    /// Column of each of [`INTENTS`] in the output, if the model has it.
    pub intent_column: [Option<usize>; INTENTS.len()],
    /// Index into [`INTENTS`] of each output column (the sidecar's labels).
    pub column_intent: Vec<usize>,
    /// Each output column's threshold for `classify_intents` ([`Sidecar::label_thresholds`]).
    pub label_thresholds: Vec<f64>,
    /// The sidecar's precedence rules, as output columns.
    pub precedence: Vec<Rule>,
    /// FNV-1a 64 of the ONNX bytes in hex: which file a metric or a tracked run used.
    pub digest: String,
    /// The labels head (sidecar `labels_head`), loaded with the model: an independent
    /// probability per label, which `classify_intents` reads beside the primary intent.
    pub labels_head: Option<Box<IntentModel>>,
    pub(super) bytes: Arc<[u8]>,
    /// Idle sessions; a caller takes one, runs, and puts it back, so partitions run in
    /// parallel without sharing a session (`Session::run` takes `&mut self`).
    pub(super) sessions: Pool<Session>,
    /// Idle encoders (featurizers with their word caches, warm from earlier batches).
    pub(super) encoders: Pool<Encoder>,
    /// The input side, resolved from the sidecar at load.
    pub(super) inputs: Inputs,
    /// Idle batch buffers (a batch's sparse features and the padded chunks), kept between
    /// batches so a batch neither allocates nor grows them again.
    pub(super) buffers: Pool<BatchBuffers>,
    /// The graph's weights for privsql's sparse kernel, when it is a hashed linear model
    /// (used unless the backend is `tract` or `onnxruntime`, see [`super::Backend`]).
    pub(super) linear: Option<SparseLinear>,
}

impl std::fmt::Debug for IntentModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntentModel").field("source", &self.source).field("model", &self.sidecar.model).finish()
    }
}

/// FNV-1a 64 of `bytes`, as 16 hex digits: stable across builds and platforms, and cheap
/// enough to take once when a model loads.
fn fnv1a_hex(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The sidecar path of a model file: `x.onnx` -> `x.json`.
pub fn sidecar_path(onnx: &Path) -> PathBuf {
    onnx.with_extension("json")
}

impl IntentModel {
    /// Load the model at `path` and its sidecar.
    pub fn from_file(path: &Path) -> Result<Self> {
        let shown = path.display();
        let bytes = std::fs::read(path)
            .map_err(|e| exec_datafusion_err!("intent model file {shown}: cannot read: {e}"))?;
        let side = sidecar_path(path);
        let side_bytes = std::fs::read(&side).map_err(|e| {
            exec_datafusion_err!("intent model sidecar {}: cannot read: {e} (a model needs a JSON sidecar beside it)", side.display())
        })?;
        let origin = side.display().to_string();
        let sidecar = Sidecar::parse(&side_bytes, &origin)?;
        let inputs = Inputs::resolve(&sidecar, &origin, Some(&side))?;
        let head = match (sidecar.head_sidecar(), &sidecar.labels_head) {
            (Some(hs), Some(h)) => {
                let hp = side.parent().unwrap_or(Path::new(".")).join(&h.graph);
                let hbytes = std::fs::read(&hp).map_err(|e| {
                    exec_datafusion_err!("intent model labels head {}: cannot read: {e} (named by `labels_head.graph` in {origin})", hp.display())
                })?;
                let hinputs = Inputs::resolve(&hs, &origin, Some(&side))?;
                Some(Box::new(Self::new(ModelSource::File(hp), hbytes.into(), hs, hinputs, None)?))
            }
            _ => None,
        };
        Self::new(ModelSource::File(path.to_path_buf()), bytes.into(), sidecar, inputs, head)
    }

    /// Load a model from bytes (the embedded default: hashed n-grams, no tokenizer file), with
    /// its labels head's (file name, bytes) when its sidecar names one.
    pub fn from_bytes(
        name: &'static str,
        onnx: &'static [u8],
        sidecar: &'static [u8],
        head: Option<(&'static str, &'static [u8])>,
    ) -> Result<Self> {
        let origin = format!("(embedded) {name}");
        let sidecar = Sidecar::parse(sidecar, &origin)?;
        let inputs = Inputs::resolve(&sidecar, &origin, None)?;
        let head = match (sidecar.head_sidecar(), head) {
            (Some(hs), Some((hname, hbytes))) => {
                let hinputs = Inputs::resolve(&hs, &origin, None)?;
                Some(Box::new(Self::new(ModelSource::Embedded(hname), hbytes.into(), hs, hinputs, None)?))
            }
            (Some(_), None) => {
                return Err(exec_datafusion_err!("intent model sidecar {origin}: names a labels head, none is embedded"))
            }
            (None, _) => None,
        };
        Self::new(ModelSource::Embedded(name), onnx.into(), sidecar, inputs, head)
    }

    fn new(
        source: ModelSource,
        bytes: Arc<[u8]>,
        sidecar: Sidecar,
        inputs: Inputs,
        labels_head: Option<Box<IntentModel>>,
    ) -> Result<Self> {
        let mut intent_column = [None; INTENTS.len()];
        for (col, label) in sidecar.labels.iter().enumerate() {
            if let Some(i) = INTENTS.iter().position(|x| x == label) {
                intent_column[i] = Some(col);
            }
        }
        // The sidecar's labels were checked to be among INTENTS when it was parsed.
        let column_intent = sidecar.labels.iter().map(|l| INTENTS.iter().position(|x| x == l).unwrap_or(NONE)).collect();
        let label_thresholds = sidecar.label_thresholds();
        // The rules' labels were checked to be the model's when the sidecar was parsed.
        let column = |l: &str| sidecar.labels.iter().position(|x| x == l).unwrap_or(0);
        let precedence = sidecar
            .precedence
            .iter()
            .map(|r| Rule { over: column(&r.over), label: column(&r.label), ratio: r.ratio as f32, head: r.head.map(|t| t as f32) })
            .collect();
        let linear = match &inputs {
            Inputs::Hashed { indices, values, .. } => SparseLinear::recognise(&bytes, indices, values, &sidecar.output),
            Inputs::Tokens { .. } => None,
        };
        let model = Self {
            source,
            sidecar,
            intent_column,
            column_intent,
            label_thresholds,
            precedence,
            digest: fnv1a_hex(&bytes),
            labels_head,
            bytes,
            sessions: Pool::new(),
            encoders: Pool::new(),
            inputs,
            buffers: Pool::new(),
            linear,
        };
        let mut session = model.new_session()?;
        model.check_graph(&mut session)?;
        model.sessions.put(session);
        Ok(model)
    }

    pub(super) fn new_session(&self) -> Result<Session> {
        let env = environment()?;
        let err = |e: ort::Error| {
            exec_datafusion_err!("intent model file {}: not a loadable ONNX model: {e}", self.source)
        };
        let recover = |e: ort::Error<ort::session::builder::SessionBuilder>| err(e.into());
        // ort-tract runs the graph as parsed unless optimisation is asked for: the optimised plan
        // fuses the sparse product into tract's matrix kernels (several times faster).
        let mut builder = Session::builder(env)
            .map_err(err)?
            .with_optimization_level(ort::session::builder::GraphOptimizationLevel::Level3)
            .map_err(recover)?;
        if matches!(ENV.get(), Some((Backend::OnnxRuntime(_), _))) {
            // One thread per session: DataFusion's partitions are the parallelism, and ONNX
            // Runtime's own pool would only contend with them for the same cores.
            builder = builder.with_intra_threads(1).map_err(recover)?.with_inter_threads(1).map_err(recover)?;
        }
        builder.commit_from_memory(&self.bytes).map_err(err)
    }

    /// Refuse a graph whose inputs and outputs disagree with the sidecar.
    fn check_graph(&self, s: &mut Session) -> Result<()> {
        let src = &self.source;
        let sc = &self.sidecar;
        let names = |outlets: &[ort::value::Outlet]| outlets.iter().map(|o| o.name().to_string()).collect::<Vec<_>>().join(", ");
        let mismatch = |what: String| exec_datafusion_err!("intent model {src}: sidecar and graph disagree: {what}");
        let expected: Vec<(&str, TensorElementType)> = match &self.inputs {
            Inputs::Hashed { indices, values, .. } => {
                vec![(indices.as_str(), TensorElementType::Int64), (values.as_str(), TensorElementType::Float32)]
            }
            Inputs::Tokens { spec: t, .. } => [Some(&t.input_ids), Some(&t.attention_mask), t.token_type_ids.as_ref()]
                .into_iter()
                .flatten()
                .map(|n| (n.as_str(), TensorElementType::Int64))
                .collect(),
        };
        if s.inputs().len() != expected.len() {
            let want = expected.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
            return Err(mismatch(format!("the graph has inputs [{}], the sidecar expects exactly [{want}]", names(s.inputs()))));
        }
        for (want, ty) in expected {
            let Some(o) = s.inputs().iter().find(|o| o.name() == want) else {
                return Err(mismatch(format!("the sidecar names input \"{want}\", the graph has inputs [{}]", names(s.inputs()))));
            };
            if o.dtype().tensor_type() != Some(ty) {
                return Err(mismatch(format!("input \"{want}\" is {}, expected a {ty} tensor", o.dtype())));
            }
        }
        let Some(out) = s.outputs().iter().find(|o| o.name() == sc.output.as_str()) else {
            return Err(mismatch(format!("the sidecar names output \"{}\", the graph has outputs [{}]", sc.output, names(s.outputs()))));
        };
        if out.dtype().tensor_type() != Some(TensorElementType::Float32) {
            return Err(mismatch(format!("output \"{}\" is {}, expected a float tensor [N, {}]", sc.output, out.dtype(), sc.labels.len())));
        }
        if let Some(shape) = out.dtype().tensor_shape() {
            let dims: &[i64] = shape;
            let classes = dims.last().copied().unwrap_or(-1);
            if dims.len() != 2 || (classes >= 0 && classes as usize != sc.labels.len()) {
                return Err(mismatch(format!(
                    "output \"{}\" has shape {:?}, the sidecar lists {} labels (expected [N, {}])",
                    sc.output, dims, sc.labels.len(), sc.labels.len()
                )));
            }
        }
        // Some graphs leave the class dimension symbolic: check it on a one-row probe.
        let mut columns = 0;
        let probe = match &self.inputs {
            Inputs::Hashed { .. } => Chunk::Sparse { idx: &[0], val: &[0.0] },
            Inputs::Tokens { pad_id, .. } => Chunk::Tokens { ids: std::slice::from_ref(pad_id), mask: &[1], types: &[0] },
        };
        self.run_chunk(s, probe, 1, 1, |_, p| columns = p.len())?;
        if columns != sc.labels.len() {
            return Err(mismatch(format!("output \"{}\" has {columns} columns, the sidecar lists {} labels", sc.output, sc.labels.len())));
        }
        Ok(())
    }

    /// Number of labels (output columns).
    pub fn classes(&self) -> usize {
        self.sidecar.labels.len()
    }

    /// Run the graph on one padded chunk of `n` rows of `width` features; `each(k, probs)`
    /// receives row `k`'s probabilities.
    pub(super) fn run_chunk(
        &self,
        session: &mut Session,
        chunk: Chunk<'_>,
        n: usize,
        width: usize,
        mut each: impl FnMut(usize, &[f32]),
    ) -> Result<()> {
        let err = |e: ort::Error| exec_datafusion_err!("intent model {}: inference failed: {e}", self.source);
        let tensor = |data| TensorRef::from_array_view(([n, width], data)).map_err(err);
        let sc = &self.sidecar;
        let outputs = match (chunk, &self.inputs) {
            (Chunk::Sparse { idx, val }, Inputs::Hashed { indices, values, .. }) => {
                let tv = TensorRef::from_array_view(([n, width], val)).map_err(err)?;
                session.run(ort::inputs![indices.as_str() => tensor(idx)?, values.as_str() => tv])
            }
            (Chunk::Tokens { ids, mask, types }, Inputs::Tokens { spec: t, .. }) => match &t.token_type_ids {
                Some(tt) => session.run(ort::inputs![
                    t.input_ids.as_str() => tensor(ids)?,
                    t.attention_mask.as_str() => tensor(mask)?,
                    tt.as_str() => tensor(types)?
                ]),
                None => session.run(ort::inputs![t.input_ids.as_str() => tensor(ids)?, t.attention_mask.as_str() => tensor(mask)?]),
            },
            _ => return Err(exec_datafusion_err!("intent model {}: input of the wrong kind", self.source)),
        }
        .map_err(err)?;
        let value = outputs
            .get(sc.output.as_str())
            .ok_or_else(|| exec_datafusion_err!("intent model {}: the graph returned no \"{}\"", self.source, sc.output))?;
        let (shape, data) = value.try_extract_tensor::<f32>().map_err(err)?;
        let c = shape.get(1).copied().unwrap_or(-1);
        if shape.len() != 2 || shape[0] as usize != n || c <= 0 || data.len() != n * c as usize {
            return Err(exec_datafusion_err!(
                "intent model {}: output \"{}\" has shape {:?}, expected [{n}, {}]",
                self.source, sc.output, &shape[..], self.classes()
            ));
        }
        match sc.output_kind {
            OutputKind::Probabilities => data.chunks_exact(c as usize).enumerate().for_each(|(k, p)| each(k, p)),
            OutputKind::Logits => {
                let mut probs = vec![0.0; c as usize];
                for (k, z) in data.chunks_exact(c as usize).enumerate() {
                    probs.copy_from_slice(z);
                    softmax_in_place(&mut probs);
                    each(k, &probs);
                }
            }
        }
        Ok(())
    }
}
