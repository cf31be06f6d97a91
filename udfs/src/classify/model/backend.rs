//! The runtime that executes intent models' ONNX graphs through `ort`: tract (built in) or ONNX
//! Runtime loaded from a shared library, chosen once per process and started by the first model
//! that loads; and whether hashed linear graphs run on privsql's sparse kernel instead
//! ([`Backend::Auto`], the default).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use datafusion::common::{exec_datafusion_err, plan_err, Result};

use super::pool::poisoned;

/// The runtime that executes intent models' ONNX graphs through `ort`. One per process: the
/// first model loaded starts it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Backend {
    /// privsql's sparse kernel for a hashed linear graph (the default model and its labels
    /// head: `Gather`, `MatMul`, `Add`, then a softmax or a sigmoid), tract for any other: the
    /// default.
    #[default]
    Auto,
    /// tract (pure Rust, built in) for every graph.
    Tract,
    /// Microsoft's ONNX Runtime, loaded at run time from this shared library (for example the
    /// `libonnxruntime.so.*` inside the PyPI `onnxruntime` wheel).
    OnnxRuntime(PathBuf),
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Auto => write!(f, "auto"),
            Self::Tract => write!(f, "tract"),
            Self::OnnxRuntime(p) => write!(f, "onnxruntime ({})", p.display()),
        }
    }
}

/// The backend chosen for this process (until a model loads; then [`ENV`] records the one that
/// started).
static BACKEND: Mutex<Option<Backend>> = Mutex::new(None);

impl Backend {
    /// The ONNX runtime behind it: [`Backend::Auto`] runs graphs other than the kernel's on tract.
    fn runtime(&self) -> &Self {
        match self {
            Self::Auto => &Self::Tract,
            other => other,
        }
    }
}

/// Whether hashed linear graphs run on the sparse kernel: [`Backend::Auto`] chosen (the
/// default until a backend is chosen).
static KERNEL: AtomicBool = AtomicBool::new(true);

/// Whether a hashed linear graph runs on privsql's sparse kernel rather than the runtime.
pub(super) fn kernel_enabled() -> bool {
    KERNEL.load(Ordering::Relaxed)
}

/// The process-wide ONNX Runtime environment and the backend it started on.
type Started = (Backend, std::result::Result<ort::environment::Environment, String>);
pub(super) static ENV: OnceLock<Started> = OnceLock::new();

/// Choose the backend for this process. Choosing again is fine until a model has loaded; after
/// that, a different choice is an error (ort's API table is process-wide).
pub fn select_backend(backend: &Backend) -> Result<()> {
    if let Some((started, _)) = ENV.get() {
        if started.runtime() != backend.runtime() {
            return plan_err!(
                "config key classify.backend: this process already runs intent models on {started}; \
                 the backend is chosen once per process, so {backend} cannot start"
            );
        }
    }
    *BACKEND.lock().map_err(|_| poisoned())? = Some(backend.clone());
    KERNEL.store(matches!(backend, Backend::Auto), Ordering::Relaxed);
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
pub(super) fn environment() -> Result<&'static ort::environment::Environment> {
    let (_, env) = ENV.get_or_init(|| {
        let backend = BACKEND.lock().ok().and_then(|b| b.clone()).unwrap_or_default();
        let env = match backend.runtime() {
            Backend::Auto | Backend::Tract => Ok(ort_tract::api()),
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
