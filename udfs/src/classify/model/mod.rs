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
//!
//! One concern a file: `sidecar` (the JSON sidecar and its checks), `backend` (starting tract or
//! ONNX Runtime), `inputs` (the input side and the [`Encoder`]), `linear` (privsql's sparse
//! kernel for a hashed linear graph), `graph` (the [`IntentModel`]:
//! loading, checking and running its graph on one chunk), `batch` and `inference` (running a
//! batch in padded chunks), `pool` (idle sessions, encoders and buffers) and `registry` (models
//! by name). The modules import each other in that order only, never back.

mod backend;
mod batch;
mod graph;
mod inference;
mod inputs;
mod linear;
mod pool;
mod registry;
mod sidecar;

pub use backend::{select_backend, Backend};
pub use batch::BatchBuffers;
pub use graph::{sidecar_path, IntentModel, ModelSource, Rule};
pub use inputs::Encoder;
pub use registry::{default_model, default_sidecar, ModelRegistry, DEFAULT_MODEL, DEFAULT_MODEL_FILE};
pub use sidecar::{FeaturizerSpec, LabelsHead, OutputKind, Sidecar, TokenizerSpec, DEFAULT_LABEL_THRESHOLD};
