//! Helpers for the observability tests: the real Prometheus server, Pushgateway and MLflow
//! tracking server (installed by scripts/install-observability.sh), each started on a free
//! loopback port in its own temporary directory and stopped when dropped.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::server_util::free_port;

/// A process started by a test, killed (with its process group) when dropped.
pub struct Daemon {
    child: Child,
    pub port: u16,
    pub dir: tempfile::TempDir,
}

impl Daemon {
    fn spawn(mut cmd: Command, port: u16, dir: tempfile::TempDir, log: &str) -> Daemon {
        use std::os::unix::process::CommandExt;
        let log = std::fs::File::create(dir.path().join(log)).expect("log file");
        let err = log.try_clone().expect("log file");
        // Its own process group: MLflow's server runs workers that must stop with it.
        cmd.process_group(0).stdout(log).stderr(err).stdin(Stdio::null());
        let child = cmd.spawn().unwrap_or_else(|e| panic!("start {cmd:?}: {e} (run scripts/install-observability.sh)"));
        Daemon { child, port, dir }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Wait until `path` answers 200, at most `timeout`.
    pub fn wait_http(&self, path: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if TcpStream::connect(("127.0.0.1", self.port)).is_ok() && http_get(&format!("{}{path}", self.url())).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        panic!("{} did not answer on {path} within {timeout:?}; log:\n{}", self.url(), self.log());
    }

    /// The daemon's log.
    pub fn log(&self) -> String {
        let mut out = String::new();
        for e in std::fs::read_dir(self.dir.path()).into_iter().flatten().flatten() {
            if e.path().extension().is_some_and(|x| x == "log") {
                out.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
        out
    }

    /// Stop the daemon and its process group now.
    pub fn stop(&mut self) {
        // `--`: a negative pid (the process group) is not an option.
        let _ = Command::new("kill").args(["-s", "KILL", "--", &format!("-{}", self.child.id())]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A Prometheus server scraping `target` (`host:port`) every second.
pub fn prometheus(target: &str) -> Daemon {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let config = format!(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: privsql\n    static_configs:\n      - targets: ['{target}']\n"
    );
    std::fs::write(dir.path().join("prometheus.yml"), config).expect("config");
    let mut cmd = Command::new("prometheus");
    cmd.arg(format!("--config.file={}", dir.path().join("prometheus.yml").display()))
        .arg(format!("--storage.tsdb.path={}", dir.path().join("data").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"));
    let d = Daemon::spawn(cmd, port, dir, "prometheus.log");
    d.wait_http("/-/ready", Duration::from_secs(60));
    d
}

/// A Pushgateway.
pub fn pushgateway() -> Daemon {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let mut cmd = Command::new("prometheus-pushgateway");
    cmd.arg(format!("--web.listen-address=127.0.0.1:{port}"));
    let d = Daemon::spawn(cmd, port, dir, "pushgateway.log");
    d.wait_http("/-/ready", Duration::from_secs(60));
    d
}

/// The MLflow virtualenv of scripts/install-observability.sh.
fn mlflow_bin() -> PathBuf {
    let venv = std::env::var_os("PRIVSQL_MLFLOW_VENV").map(PathBuf::from).unwrap_or_else(|| {
        Path::new(&std::env::var("HOME").unwrap_or_default()).join(".cache/privsql/mlflow-venv")
    });
    venv.join("bin/mlflow")
}

/// An MLflow tracking server with a SQLite store and proxied artifacts (about 25 s to start).
pub fn mlflow() -> Daemon {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let mut cmd = Command::new(mlflow_bin());
    cmd.args(["server", "--backend-store-uri"])
        .arg(format!("sqlite:///{}", dir.path().join("mlflow.db").display()))
        .arg("--artifacts-destination")
        .arg(dir.path().join("artifacts"))
        .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--workers", "1"])
        .env("MLFLOW_DISABLE_TELEMETRY", "true");
    let d = Daemon::spawn(cmd, port, dir, "mlflow.log");
    d.wait_http("/health", Duration::from_secs(180));
    d
}

/// GET `url`; the body when the status is 200.
pub fn http_get(url: &str) -> Result<String, String> {
    http(reqwest::Method::GET, url, None)
}

/// POST a JSON body to `url`; the body when the status is 200.
pub fn http_post_json(url: &str, body: &serde_json::Value) -> Result<String, String> {
    http(reqwest::Method::POST, url, Some(body.to_string()))
}

fn http(method: reqwest::Method, url: &str, body: Option<String>) -> Result<String, String> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
    rt.block_on(async {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().map_err(|e| e.to_string())?;
        let mut req = client.request(method, url);
        if let Some(b) = body {
            req = req.header("content-type", "application/json").body(b);
        }
        let resp = req.send().await.map_err(|e| e.to_string())?;
        let status = resp.status();
        let text = resp.text().await.map_err(|e| e.to_string())?;
        if status.is_success() {
            Ok(text)
        } else {
            Err(format!("{status}: {text}"))
        }
    })
}

/// The value of a Prometheus sample `name{labels}` in text-format `text` (labels as written, in
/// any order of appearance: every `k="v"` of `labels` must be among the sample's).
pub fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    text.lines().filter(|l| !l.starts_with('#')).find_map(|l| {
        let (head, value) = l.rsplit_once(' ')?;
        let (n, rest) = match head.split_once('{') {
            Some((n, rest)) => (n, rest),
            None => (head, ""),
        };
        if n != name || !labels.iter().all(|(k, v)| rest.contains(&format!("{k}=\"{v}\""))) {
            return None;
        }
        value.parse().ok()
    })
}
