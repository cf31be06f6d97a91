//! Models by name: the embedded default model and those registered in the config, each loaded
//! on first use and kept.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use datafusion::common::{exec_datafusion_err, DataFusionError, Result};

use super::graph::IntentModel;
use super::pool::poisoned;
use super::sidecar::Sidecar;

/// The default model, compiled into the binary so it works from any directory.
pub const DEFAULT_MODEL: &str = "default";
/// The default model's file name (`udfs/models/<name>`), as `intent_models()` shows it.
pub const DEFAULT_MODEL_FILE: &str = "intent-hashed-v2.onnx";
pub(super) const DEFAULT_ONNX: &[u8] = include_bytes!("../../../models/intent-hashed-v2.onnx");
const DEFAULT_SIDECAR: &[u8] = include_bytes!("../../../models/intent-hashed-v2.json");
/// The default model's labels head (its sidecar's `labels_head`).
pub(super) const DEFAULT_LABELS_HEAD: (&str, &[u8]) =
    ("intent-hashed-v2-labels.onnx", include_bytes!("../../../models/intent-hashed-v2-labels.onnx"));

/// The embedded default model, loaded once per process.
pub fn default_model() -> Result<Arc<IntentModel>> {
    static MODEL: OnceLock<std::result::Result<Arc<IntentModel>, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            IntentModel::from_bytes(DEFAULT_MODEL_FILE, DEFAULT_ONNX, DEFAULT_SIDECAR, Some(DEFAULT_LABELS_HEAD))
                .map(Arc::new)
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(|e| exec_datafusion_err!("{e}"))
}

/// The embedded default model's sidecar, without loading the graph.
pub fn default_sidecar() -> Result<Sidecar> {
    Sidecar::parse(DEFAULT_SIDECAR, "(embedded) intent-hashed-v2.json")
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
