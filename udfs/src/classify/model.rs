//! Intent models: the sidecar that describes a model's input side, loading and checking an ONNX
//! graph against it, and batched inference through `ort` (driven by the pure-Rust tract backend).
//!
//! A model is `NAME.onnx` with `NAME.json` beside it. Two input sides: hashed n-grams, where the
//! graph takes a padded sparse batch, `indices` int64 `[N, L]` and `values` float `[N, L]` (a
//! row's hashed features, zero padded); or a Hugging Face `tokenizer.json` (transformer models
//! exported to ONNX, such as a fine-tuned MiniLM or DistilBERT), where the graph takes
//! `input_ids` and `attention_mask` (and optionally `token_type_ids`), int64 `[N, T]`. Either
//! returns float `[N, C]`, probabilities or logits (softmax applied here), one column per label
//! in the sidecar's order. Loading refuses a sidecar and graph that disagree (input or output
//! names, element types, the number of labels), a tokenizer that cannot be read, and labels
//! outside privsql's taxonomy, with a message naming the file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use datafusion::common::{exec_datafusion_err, plan_err, DataFusionError, Result};
use ort::session::Session;
use ort::value::{TensorElementType, TensorRef};
use serde::{Deserialize, Serialize};
use tokenizers::{Tokenizer, TruncationParams};

use super::featurize::{Featurizer, HashedNgrams};
use super::INTENTS;

/// The input side of a model, as its sidecar names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FeaturizerSpec {
    /// Hashed word and character n-grams computed by [`Featurizer`].
    HashedNgrams(HashedNgrams),
    /// A Hugging Face `tokenizer.json` (transformer models), run by the `tokenizers` crate.
    HfTokenizer(TokenizerSpec),
}

/// The input side of a transformer model: its tokenizer and the graph's input names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenizerSpec {
    /// The `tokenizer.json` file, relative to the sidecar's directory (or absolute).
    pub tokenizer: String,
    /// Longest token sequence (special tokens included) given to the graph; longer texts are
    /// truncated by the tokenizer. 512 unless set.
    #[serde(default = "default_max_length")]
    pub max_length: usize,
    /// Graph input of the token ids (int64 `[N, T]`).
    pub input_ids: String,
    /// Graph input of the attention mask (int64 `[N, T]`, 1 for a token, 0 for padding).
    pub attention_mask: String,
    /// Graph input of the token type ids (int64 `[N, T]`, all 0 for one text), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type_ids: Option<String>,
}

fn default_max_length() -> usize {
    512
}

/// What a model's output holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutputKind {
    /// Probabilities (each row sums to 1), used as they are.
    #[default]
    Probabilities,
    /// Unnormalised scores, turned into probabilities by a softmax (what exported transformer
    /// classifiers return).
    Logits,
}

impl FeaturizerSpec {
    /// The `input kind` shown by `intent_models()`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::HashedNgrams(_) => "hashed_ngrams",
            Self::HfTokenizer { .. } => "hf_tokenizer",
        }
    }
}

/// The sidecar JSON next to a model's ONNX file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sidecar {
    /// Free-form model name and version, such as `privsql-intent-hashed-v1`.
    pub model: String,
    pub featurizer: FeaturizerSpec,
    /// Graph input holding the feature indices (int64 `[N, L]`): hashed n-gram models.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indices_input: Option<String>,
    /// Graph input holding the feature weights (float `[N, L]`): hashed n-gram models.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values_input: Option<String>,
    /// Graph output holding a score per class (float `[N, C]`).
    pub output: String,
    /// Whether `output` holds probabilities (the default) or logits.
    #[serde(default)]
    pub output_kind: OutputKind,
    /// The label of each output column, from privsql's taxonomy.
    pub labels: Vec<String>,
    /// Measured figures from the model card (macro-F1 and so on), shown by `intent_models()`.
    #[serde(default)]
    pub metrics: serde_json::Map<String, serde_json::Value>,
}

impl Sidecar {
    /// Parse and check a sidecar; `origin` names it in errors.
    pub fn parse(text: &[u8], origin: &str) -> Result<Self> {
        let s: Sidecar = serde_json::from_slice(text)
            .map_err(|e| exec_datafusion_err!("intent model sidecar {origin}: invalid JSON: {e}"))?;
        if s.labels.is_empty() {
            return Err(exec_datafusion_err!("intent model sidecar {origin}: `labels` is empty"));
        }
        for (i, l) in s.labels.iter().enumerate() {
            if !INTENTS.contains(&l.as_str()) {
                return Err(exec_datafusion_err!(
                    "intent model sidecar {origin}: unknown label \"{l}\"; labels must be among {}",
                    INTENTS.join(", ")
                ));
            }
            if s.labels[..i].contains(l) {
                return Err(exec_datafusion_err!("intent model sidecar {origin}: label \"{l}\" appears twice"));
            }
        }
        let bad = |what: &str| Err(exec_datafusion_err!("intent model sidecar {origin}: {what}"));
        // The graph's input names are checked when the model is loaded (`Inputs::resolve`).
        match &s.featurizer {
            FeaturizerSpec::HashedNgrams(p) => {
                p.validate().map_err(|e| exec_datafusion_err!("intent model sidecar {origin}: {e}"))?;
            }
            FeaturizerSpec::HfTokenizer(t) => {
                if !(1..=MAX_TOKENS).contains(&t.max_length) {
                    return bad(&format!("featurizer.max_length must be between 1 and {MAX_TOKENS}, got {}", t.max_length));
                }
                if t.tokenizer.is_empty() || t.input_ids.is_empty() || t.attention_mask.is_empty() {
                    return bad("featurizer.tokenizer, featurizer.input_ids and featurizer.attention_mask must not be empty");
                }
            }
        }
        Ok(s)
    }
}

/// The longest `max_length` a tokenizer model may ask for.
const MAX_TOKENS: usize = 8192;

/// The runtime that executes intent models' ONNX graphs through `ort`. One per process: the
/// first model loaded starts it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Backend {
    /// tract (pure Rust, built in): the default.
    #[default]
    Tract,
    /// Microsoft's ONNX Runtime, loaded at run time from this shared library (for example the
    /// `libonnxruntime.so.*` inside the PyPI `onnxruntime` wheel).
    OnnxRuntime(PathBuf),
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Tract => write!(f, "tract"),
            Self::OnnxRuntime(p) => write!(f, "onnxruntime ({})", p.display()),
        }
    }
}

/// The backend chosen for this process (until a model loads; then [`ENV`] records the one that
/// started).
static BACKEND: Mutex<Option<Backend>> = Mutex::new(None);

/// The process-wide ONNX Runtime environment and the backend it started on.
type Started = (Backend, std::result::Result<ort::environment::Environment, String>);
static ENV: OnceLock<Started> = OnceLock::new();

/// Choose the backend for this process. Choosing again is fine until a model has loaded; after
/// that, a different choice is an error (ort's API table is process-wide).
pub fn select_backend(backend: &Backend) -> Result<()> {
    if let Some((started, _)) = ENV.get() {
        if started != backend {
            return plan_err!(
                "config key classify.backend: this process already runs intent models on {started}; \
                 the backend is chosen once per process, so {backend} cannot start"
            );
        }
    }
    *BACKEND.lock().map_err(|_| poisoned())? = Some(backend.clone());
    Ok(())
}

/// ONNX Runtime's C API table from the shared library at `path`, at the API version ort was
/// built for. The library stays loaded for the life of the process.
fn load_onnxruntime(path: &Path) -> std::result::Result<ort::sys::OrtApi, String> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let shown = path.display();
    let c_path = CString::new(path.as_os_str().as_bytes())
        .map_err(|_| format!("ONNX Runtime library path {shown} contains a NUL byte"))?;
    // SAFETY: dlopen/dlsym with valid C strings; the handle is never closed, so the API table and
    // the functions it points to stay valid for the life of the process.
    unsafe {
        let handle = libc::dlopen(c_path.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL);
        if handle.is_null() {
            let why = libc::dlerror();
            let why = if why.is_null() {
                "unknown reason".to_string()
            } else {
                std::ffi::CStr::from_ptr(why).to_string_lossy().into_owned()
            };
            return Err(format!("cannot load the ONNX Runtime library {shown}: {why}"));
        }
        let sym = libc::dlsym(handle, c"OrtGetApiBase".as_ptr());
        if sym.is_null() {
            return Err(format!("{shown} is not an ONNX Runtime library (no OrtGetApiBase)"));
        }
        let get_base: unsafe extern "C" fn() -> *const ort::sys::OrtApiBase = std::mem::transmute(sym);
        let base = get_base();
        if base.is_null() {
            return Err(format!("{shown}: OrtGetApiBase returned nothing"));
        }
        let api = ((*base).GetApi)(ort::sys::ORT_API_VERSION);
        if api.is_null() {
            let version = std::ffi::CStr::from_ptr(((*base).GetVersionString)()).to_string_lossy().into_owned();
            return Err(format!(
                "{shown}: ONNX Runtime {version} does not offer C API version {} (it is too old)",
                ort::sys::ORT_API_VERSION
            ));
        }
        Ok(std::ptr::read(api))
    }
}

/// The process-wide ONNX Runtime environment, on the selected backend.
fn environment() -> Result<&'static ort::environment::Environment> {
    let (_, env) = ENV.get_or_init(|| {
        let backend = BACKEND.lock().ok().and_then(|b| b.clone()).unwrap_or_default();
        let env = match &backend {
            Backend::Tract => Ok(ort_tract::api()),
            Backend::OnnxRuntime(path) => load_onnxruntime(path),
        }
        .and_then(|api| {
            ort::set_api(api);
            tracing::debug!(%backend, "intent models start");
            ort::init().with_name("privsql").build().map_err(|e| e.to_string())
        });
        (backend, env)
    });
    env.as_ref().map_err(|e| exec_datafusion_err!("cannot start the ONNX runtime: {e}"))
}

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

/// A loaded, checked intent model.
pub struct IntentModel {
    pub source: ModelSource,
    pub sidecar: Sidecar,
    /// Column of each of [`INTENTS`] in the output, if the model has it.
    pub intent_column: [Option<usize>; INTENTS.len()],
    bytes: Arc<[u8]>,
    /// Idle sessions; a caller takes one, runs, and puts it back, so partitions run in
    /// parallel without sharing a session (`Session::run` takes `&mut self`).
    sessions: Pool<Session>,
    /// Idle encoders (featurizers with their word caches, warm from earlier batches).
    encoders: Pool<Encoder>,
    /// The input side, resolved from the sidecar at load.
    inputs: Inputs,
    /// Idle batch buffers (a batch's sparse features and the padded chunks), kept between
    /// batches so a batch neither allocates nor grows them again.
    buffers: Pool<BatchBuffers>,
}

/// Idle values for callers to take (or have made) and give back: sessions, featurizers and
/// batch buffers are each used by one partition at a time and reused across batches.
#[derive(Debug)]
struct Pool<T>(Mutex<Vec<T>>);

impl<T> Pool<T> {
    fn new() -> Self {
        Self(Mutex::new(Vec::new()))
    }

    /// An idle value, or `make()`'s (called without holding the lock).
    fn take(&self, make: impl FnOnce() -> Result<T>) -> Result<T> {
        let idle = self.0.lock().map_err(|_| poisoned())?.pop();
        idle.map_or_else(make, Ok)
    }

    fn put(&self, value: T) {
        if let Ok(mut idle) = self.0.lock() {
            idle.push(value);
        }
    }
}

/// The buffers of one batch: its texts' features as CSR, then the padded chunks fed to the
/// graph. Taken from the model's pool by [`IntentModel::buffers`] and given back after.
#[derive(Debug, Default)]
pub struct BatchBuffers {
    /// `offsets[i]..offsets[i + 1]` are text `i`'s features in `indices` and `values`.
    pub offsets: Vec<usize>,
    pub indices: Vec<i64>,
    pub values: Vec<f32>,
    /// Probabilities, `classes()` per text, filled by [`IntentModel::predict`].
    pub probs: Vec<f32>,
    order: Vec<u32>,
    pad_idx: Vec<i64>,
    pad_val: Vec<f32>,
    pad_mask: Vec<i64>,
    pad_types: Vec<i64>,
}

/// A model's input side, resolved from its sidecar at load: the featurizer or the loaded
/// tokenizer, and the graph's input names.
enum Inputs {
    /// Hashed n-grams; the graph's `indices` and `values` inputs.
    Hashed { params: HashedNgrams, indices: String, values: String },
    /// A tokenizer (truncating to `spec.max_length`, not padding) and the id that pads its rows
    /// (its padding id, else `[PAD]`'s or `<pad>`'s, else 0; the attention mask hides it);
    /// `spec` names the graph's inputs.
    Tokens { tokenizer: Arc<Tokenizer>, pad_id: i64, spec: TokenizerSpec },
}

impl Inputs {
    /// The input side `sidecar` describes; `side` is the sidecar file (a tokenizer is found
    /// beside it), `None` for an embedded model, which must be hashed.
    fn resolve(sidecar: &Sidecar, origin: &str, side: Option<&Path>) -> Result<Self> {
        let bad = |what: &str| Err(exec_datafusion_err!("intent model sidecar {origin}: {what}"));
        match (&sidecar.featurizer, &sidecar.indices_input, &sidecar.values_input) {
            (FeaturizerSpec::HashedNgrams(p), Some(i), Some(v)) => {
                Ok(Self::Hashed { params: p.clone(), indices: i.clone(), values: v.clone() })
            }
            (FeaturizerSpec::HashedNgrams(_), _, _) => {
                bad("a \"hashed_ngrams\" model needs `indices_input` and `values_input` (its graph's input names)")
            }
            (FeaturizerSpec::HfTokenizer(_), i, v) if i.is_some() || v.is_some() => bad(
                "`indices_input` and `values_input` belong to \"hashed_ngrams\" models; an \"hf_tokenizer\" \
                 model names its inputs in the featurizer (`input_ids`, `attention_mask`, `token_type_ids`)",
            ),
            (FeaturizerSpec::HfTokenizer(t), _, _) => {
                let Some(side) = side else {
                    return bad("an embedded model must be \"hashed_ngrams\"");
                };
                let (tokenizer, pad_id) = load_tokenizer(side, t)?;
                Ok(Self::Tokens { tokenizer, pad_id, spec: t.clone() })
            }
        }
    }
}

/// Turns a text into a model's input: hashed n-gram features, or a tokenizer's token ids.
// The featurizer is large, but an encoder is taken from the pool once per batch, not per text.
#[allow(clippy::large_enum_variant)]
pub enum Encoder {
    Hashed(Featurizer),
    Tokens(Arc<Tokenizer>),
}

impl Encoder {
    /// Appends `text`'s features (feature indices and weights; for a tokenizer, its token ids
    /// with weight 1) and returns how many: 0 for a text without a letter or digit, which is
    /// `none` without running the model.
    pub fn encode(&mut self, text: &str, indices: &mut Vec<i64>, values: &mut Vec<f32>) -> Result<usize> {
        match self {
            Self::Hashed(f) => Ok(f.featurize(text, indices, values)),
            Self::Tokens(t) => {
                if !text.chars().any(char::is_alphanumeric) {
                    return Ok(0);
                }
                // Ids only, no character offsets (`encode_fast`; same ids as `encode`). The
                // tokenizer's error is not shown: it may quote the text.
                let enc = t.encode_fast(text, true).map_err(|_| {
                    exec_datafusion_err!("intent model tokenizer: cannot encode a text of {} bytes", text.len())
                })?;
                let ids = enc.get_ids();
                indices.extend(ids.iter().map(|&i| i as i64));
                values.resize(values.len() + ids.len(), 1.0);
                Ok(ids.len())
            }
        }
    }
}

/// One padded chunk of rows, as the graph takes it.
enum Chunk<'a> {
    /// Hashed features: indices and weights.
    Sparse { idx: &'a [i64], val: &'a [f32] },
    /// Token ids, attention mask, token type ids.
    Tokens { ids: &'a [i64], mask: &'a [i64], types: &'a [i64] },
}

/// `logits` turned into probabilities in `out` (a softmax).
fn softmax_into(logits: &[f32], out: &mut Vec<f32>) {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    out.clear();
    out.extend(logits.iter().map(|&z| (z - max).exp()));
    let sum: f32 = out.iter().sum();
    out.iter_mut().for_each(|p| *p /= sum);
}

/// The tokenizer a sidecar names, relative to the sidecar's directory, set to truncate to the
/// sidecar's `max_length` and not to pad (rows are padded per chunk); and its padding id.
fn load_tokenizer(sidecar: &Path, spec: &TokenizerSpec) -> Result<(Arc<Tokenizer>, i64)> {
    let path = sidecar.parent().unwrap_or(Path::new("")).join(&spec.tokenizer);
    let fail = |what: String| {
        exec_datafusion_err!("intent model sidecar {}: tokenizer {}: {what}", sidecar.display(), path.display())
    };
    let mut t = Tokenizer::from_file(&path).map_err(|e| fail(format!("cannot load: {e}")))?;
    let pad_id = t
        .get_padding()
        .map(|p| p.pad_id)
        .or_else(|| t.token_to_id("[PAD]"))
        .or_else(|| t.token_to_id("<pad>"))
        .unwrap_or(0);
    t.with_padding(None);
    t.with_truncation(Some(TruncationParams { max_length: spec.max_length, ..Default::default() }))
        .map_err(|e| fail(format!("cannot truncate to max_length {}: {e}", spec.max_length)))?;
    Ok((Arc::new(t), pad_id as i64))
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

impl std::fmt::Debug for IntentModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntentModel").field("source", &self.source).field("model", &self.sidecar.model).finish()
    }
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
        Self::new(ModelSource::File(path.to_path_buf()), bytes.into(), sidecar, inputs)
    }

    /// Load a model from bytes (the embedded default: hashed n-grams, no tokenizer file).
    pub fn from_bytes(name: &'static str, onnx: &'static [u8], sidecar: &'static [u8]) -> Result<Self> {
        let origin = format!("(embedded) {name}");
        let sidecar = Sidecar::parse(sidecar, &origin)?;
        let inputs = Inputs::resolve(&sidecar, &origin, None)?;
        Self::new(ModelSource::Embedded(name), onnx.into(), sidecar, inputs)
    }

    fn new(source: ModelSource, bytes: Arc<[u8]>, sidecar: Sidecar, inputs: Inputs) -> Result<Self> {
        let mut intent_column = [None; INTENTS.len()];
        for (col, label) in sidecar.labels.iter().enumerate() {
            if let Some(i) = INTENTS.iter().position(|x| x == label) {
                intent_column[i] = Some(col);
            }
        }
        let model = Self {
            source,
            sidecar,
            intent_column,
            bytes,
            sessions: Pool::new(),
            encoders: Pool::new(),
            inputs,
            buffers: Pool::new(),
        };
        let mut session = model.new_session()?;
        model.check_graph(&mut session)?;
        model.sessions.put(session);
        Ok(model)
    }

    fn new_session(&self) -> Result<Session> {
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

    /// Take an encoder from the pool (or make one).
    pub fn encoder(&self) -> Result<Encoder> {
        self.encoders.take(|| match &self.inputs {
            Inputs::Hashed { params, .. } => Ok(Encoder::Hashed(Featurizer::new(params.clone()))),
            Inputs::Tokens { tokenizer, .. } => Ok(Encoder::Tokens(Arc::clone(tokenizer))),
        })
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
    /// per text plus one), written row-major into `b.probs` (`classes()` per text).
    pub fn predict(&self, b: &mut BatchBuffers) -> Result<()> {
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

    /// Run the graph on one padded chunk of `n` rows of `width` features; `each(k, probs)`
    /// receives row `k`'s probabilities.
    fn run_chunk(
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
                let mut probs = Vec::with_capacity(c as usize);
                for (k, z) in data.chunks_exact(c as usize).enumerate() {
                    softmax_into(z, &mut probs);
                    each(k, &probs);
                }
            }
        }
        Ok(())
    }

    fn take_session(&self) -> Result<Session> {
        self.sessions.take(|| self.new_session())
    }

    fn return_session(&self, s: Session) {
        self.sessions.put(s)
    }
}

fn poisoned() -> DataFusionError {
    exec_datafusion_err!("intent model pool poisoned by an earlier panic")
}

/// The default model, compiled into the binary so it works from any directory.
pub const DEFAULT_MODEL: &str = "default";
const DEFAULT_ONNX: &[u8] = include_bytes!("../../models/intent-hashed-v1.onnx");
const DEFAULT_SIDECAR: &[u8] = include_bytes!("../../models/intent-hashed-v1.json");

/// The embedded default model, loaded once per process.
pub fn default_model() -> Result<Arc<IntentModel>> {
    static MODEL: OnceLock<std::result::Result<Arc<IntentModel>, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            IntentModel::from_bytes("intent-hashed-v1.onnx", DEFAULT_ONNX, DEFAULT_SIDECAR)
                .map(Arc::new)
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(|e| exec_datafusion_err!("{e}"))
}

/// The embedded default model's sidecar, without loading the graph.
pub fn default_sidecar() -> Result<Sidecar> {
    Sidecar::parse(DEFAULT_SIDECAR, "(embedded) intent-hashed-v1.json")
}

/// Models by name: the embedded `default` and those registered in the config. Models load on
/// first use and stay loaded; a model argument that looks like a path (`.onnx`) loads that
/// file, so a model can be tried before it is registered.
#[derive(Debug, Default)]
pub struct ModelRegistry {
    configured: Vec<(String, PathBuf)>,
    loaded: Mutex<HashMap<String, Arc<IntentModel>>>,
}

impl ModelRegistry {
    /// A registry of the default model and `configured` (name, path) pairs.
    pub fn new(configured: Vec<(String, PathBuf)>) -> Self {
        Self { configured, loaded: Mutex::new(HashMap::new()) }
    }

    /// Every model name, the default first.
    pub fn names(&self) -> Vec<String> {
        std::iter::once(DEFAULT_MODEL.to_string()).chain(self.configured.iter().map(|(n, _)| n.clone())).collect()
    }

    /// The configured models.
    pub fn configured(&self) -> &[(String, PathBuf)] {
        &self.configured
    }

    /// The path a model name resolves to (`None` for the embedded default), or a plan error
    /// listing the known names.
    pub fn resolve(&self, name: &str) -> Result<Option<PathBuf>> {
        if let Some((_, p)) = self.configured.iter().find(|(n, _)| n == name) {
            return Ok(Some(p.clone()));
        }
        if name == DEFAULT_MODEL {
            return Ok(None);
        }
        if name.ends_with(".onnx") {
            return Ok(Some(PathBuf::from(name)));
        }
        Err(DataFusionError::Plan(format!(
            "unknown intent model \"{name}\"; known models: {} (or give the path of an .onnx file)",
            self.names().join(", ")
        )))
    }

    /// The model called `name`, loading it on first use.
    pub fn get(&self, name: &str) -> Result<Arc<IntentModel>> {
        let path = match self.resolve(name)? {
            None => return default_model(),
            Some(p) => p,
        };
        let mut loaded = self.loaded.lock().map_err(|_| poisoned())?;
        if let Some(m) = loaded.get(name) {
            return Ok(Arc::clone(m));
        }
        let m = Arc::new(IntentModel::from_file(&path)?);
        loaded.insert(name.to_string(), Arc::clone(&m));
        Ok(m)
    }
}
