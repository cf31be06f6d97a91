//! A real BigQuery emulator for the tests: bqemulator (`scripts/install-bigquery-emulator.sh`
//! installs it), started on free loopback ports and killed when dropped, plus a small REST
//! client to create datasets and tables and write rows through the emulator's own API.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use privsql::config::{BigQueryAuth, BigQueryConfig};
use privsql::Config;
use serde_json::{json, Value};

/// The emulator's virtual environment.
fn venv() -> PathBuf {
    if let Some(v) = std::env::var_os("BQEMU_VENV") {
        return PathBuf::from(v);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    home.join(".cache/privsql/bqemu-venv")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free loopback port")
}

/// A running emulator serving one project.
pub struct Emulator {
    child: Child,
    pub project: String,
    pub rest_port: u16,
    pub grpc_port: u16,
    pub log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Emulator {
    /// Start an emulator for `project` and wait until its REST API answers.
    pub fn start(project: &str) -> Emulator {
        let bin = venv().join("bin/bqemulator");
        assert!(
            bin.is_file(),
            "the BigQuery tests need bqemulator, which is not installed: run scripts/install-bigquery-emulator.sh"
        );
        let dir = tempfile::tempdir().expect("a temp dir");
        let log = dir.path().join("emulator.log");
        let (rest_port, grpc_port) = (free_port(), free_port());
        let child = Command::new(&bin)
            .args(["start", "--rest-port", &rest_port.to_string(), "--grpc-port", &grpc_port.to_string()])
            .args(["--project", project, "--log-format", "json", "--log-level", "info"])
            .stdout(std::fs::File::create(&log).expect("log file"))
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        let e = Emulator { child, project: project.to_string(), rest_port, grpc_port, log, _dir: dir };
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if TcpStream::connect(("127.0.0.1", grpc_port)).is_ok() && e.try_rest("GET", "/datasets", None).is_some() {
                return e;
            }
            assert!(
                Instant::now() < deadline,
                "bqemulator did not answer on 127.0.0.1:{rest_port} within 90 s; its log:\n{}",
                e.log_text()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// privsql's config for this emulator: its endpoints, no credentials.
    pub fn config(&self) -> Config {
        Config {
            bigquery: BigQueryConfig {
                auth: BigQueryAuth::None,
                endpoint: Some(format!("http://127.0.0.1:{}", self.rest_port)),
                storage_endpoint: Some(format!("http://127.0.0.1:{}", self.grpc_port)),
                retries: 2,
                retry_initial_ms: 50,
                ..BigQueryConfig::default()
            },
            ..Config::default()
        }
    }

    /// The emulator's log so far (JSON lines, one per request), shown when it does not start.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn try_rest(&self, method: &str, path: &str, body: Option<&Value>) -> Option<(u16, Value)> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut s = TcpStream::connect(("127.0.0.1", self.rest_port)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(120))).ok()?;
        let head = format!(
            "{method} /bigquery/v2/projects/{}{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            self.project,
            body.len()
        );
        s.write_all(head.as_bytes()).ok()?;
        s.write_all(body.as_bytes()).ok()?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).ok()?;
        let text = String::from_utf8_lossy(&raw);
        let (headers, rest) = text.split_once("\r\n\r\n")?;
        let status: u16 = headers.split_whitespace().nth(1)?.parse().ok()?;
        let body = if headers.to_ascii_lowercase().contains("transfer-encoding: chunked") { dechunk(rest) } else { rest.to_string() };
        Some((status, serde_json::from_str(&body).unwrap_or(Value::Null)))
    }

    /// A REST call under `/bigquery/v2/projects/PROJECT`; panics unless it answers 2xx.
    pub fn rest(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let (status, v) = self.try_rest(method, path, body).unwrap_or_else(|| panic!("{method} {path}: no answer"));
        assert!((200..300).contains(&status), "{method} {path}: HTTP {status}: {v}");
        v
    }

    pub fn create_dataset(&self, dataset: &str) {
        self.rest("POST", "/datasets", Some(&json!({"datasetReference": {"projectId": self.project, "datasetId": dataset}})));
    }

    /// Create `dataset.table` with BigQuery schema `fields` (JSON, as the REST API takes it).
    pub fn create_table(&self, dataset: &str, table: &str, fields: Value) {
        let body = json!({
            "tableReference": {"projectId": self.project, "datasetId": dataset, "tableId": table},
            "schema": {"fields": fields},
        });
        self.rest("POST", &format!("/datasets/{dataset}/tables"), Some(&body));
    }

    pub fn delete_table(&self, dataset: &str, table: &str) {
        self.rest("DELETE", &format!("/datasets/{dataset}/tables/{table}"), None);
    }

    /// Write rows through `tabledata.insertAll`; panics on any row error.
    pub fn insert_rows(&self, dataset: &str, table: &str, rows: &[Value]) {
        let rows: Vec<Value> = rows.iter().map(|r| json!({"json": r})).collect();
        let v = self.rest("POST", &format!("/datasets/{dataset}/tables/{table}/insertAll"), Some(&json!({"rows": rows})));
        let errors = v.get("insertErrors").and_then(Value::as_array).map_or(0, Vec::len);
        assert_eq!(errors, 0, "insertAll errors: {v}");
    }

    /// Run a GoogleSQL statement through `jobs.query`.
    pub fn query(&self, sql: &str) -> Value {
        self.rest("POST", "/queries", Some(&json!({"query": sql, "useLegacySql": false})))
    }

    /// The rows of a table through `tabledata.list`, each as its cells' string values.
    pub fn list_rows(&self, dataset: &str, table: &str) -> Vec<Vec<Option<String>>> {
        let v = self.rest("GET", &format!("/datasets/{dataset}/tables/{table}/data"), None);
        v.get("rows")
            .and_then(Value::as_array)
            .map(|rows| {
                rows.iter()
                    .map(|r| {
                        r["f"].as_array().map_or_else(Vec::new, |cells| {
                            cells.iter().map(|c| c["v"].as_str().map(str::to_string)).collect()
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else { break };
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

/// A TCP proxy in front of a loopback port that breaks its first connection once `cut_after`
/// bytes came back from the server; later connections pass everything. It stands between
/// privsql and the emulator's gRPC port to interrupt a read mid-stream.
pub struct CuttingProxy {
    pub port: u16,
    pub cuts: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl CuttingProxy {
    pub async fn start(upstream: u16, cut_after: usize) -> CuttingProxy {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let cuts = std::sync::Arc::new(AtomicUsize::new(0));
        let counter = std::sync::Arc::clone(&cuts);
        tokio::spawn(async move {
            let mut first = true;
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = tokio::net::TcpStream::connect(("127.0.0.1", upstream)).await else { continue };
                let limit = if std::mem::take(&mut first) { Some(cut_after) } else { None };
                let counter = std::sync::Arc::clone(&counter);
                tokio::spawn(async move {
                    let (mut cr, mut cw) = client.into_split();
                    let (mut sr, mut sw) = server.into_split();
                    let up = tokio::spawn(async move {
                        let _ = tokio::io::copy(&mut cr, &mut sw).await;
                    });
                    let mut sent = 0usize;
                    let mut buf = vec![0u8; 16 * 1024];
                    loop {
                        let n = match sr.read(&mut buf).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        if limit.is_some_and(|l| sent + n > l) {
                            counter.fetch_add(1, Ordering::SeqCst);
                            break;
                        }
                        if cw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                        sent += n;
                    }
                    // Dropping both halves resets the connection under the client.
                    up.abort();
                });
            }
        });
        CuttingProxy { port, cuts }
    }
}
