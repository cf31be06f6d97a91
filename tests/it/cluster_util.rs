//! A Ballista cluster of real `privsql cluster` processes for the tests: one scheduler and N
//! executors on free loopback ports, sharing one working directory (the "shared storage" of
//! the test), each executor with its own work dir; all killed when the [`Cluster`] drops.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{privsql_bin, Privsql, Run};

/// A running cluster.
pub struct Cluster {
    dir: tempfile::TempDir,
    /// The scheduler's port (gRPC and REST).
    pub port: u16,
    cwd: Option<PathBuf>,
    procs: Vec<(String, Child)>,
    /// Each process's `metrics.listen` port (served with `PRIVSQL_METRICS__ENABLED=true`).
    metrics_ports: Vec<(String, u16)>,
    env: Vec<(String, String)>,
}

impl Cluster {
    /// A scheduler and `executors` executors, each running `tasks` tasks at once.
    pub fn start(executors: usize, tasks: usize) -> Cluster {
        Self::start_with_env(executors, tasks, &[])
    }

    /// [`Self::start`] with `env` set for every process (and for the clients of [`Self::sql`]).
    pub fn start_with_env(executors: usize, tasks: usize, env: &[(&str, &str)]) -> Cluster {
        Self::start_in(executors, tasks, env, None)
    }

    /// [`Self::start_with_env`] with the processes working in `cwd` (default: [`Self::dir`]),
    /// where the relative paths the clients send resolve.
    pub fn start_in(executors: usize, tasks: usize, env: &[(&str, &str)], cwd: Option<&Path>) -> Cluster {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("logs")).expect("logs dir");
        // Every port at once, so that no two of them are the same: the scheduler's and its
        // metrics', then each executor's Flight, gRPC and metrics ports.
        let mut ports = distinct_free_ports(2 + 3 * executors).into_iter();
        let mut next_port = move || ports.next().expect("enough ports");
        let mut cluster = Cluster {
            dir,
            port: next_port(),
            cwd: cwd.map(Path::to_path_buf),
            procs: Vec::new(),
            metrics_ports: Vec::new(),
            env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        };
        let bind = format!("127.0.0.1:{}", cluster.port);
        let metrics = next_port();
        cluster.spawn("scheduler", &["cluster", "scheduler", "--bind", &bind], metrics);
        cluster.wait_for(|c| c.get("/api/executors").is_some(), "the scheduler's REST API");
        for i in 0..executors {
            let work = cluster.work_dir(i);
            let flight = format!("127.0.0.1:{}", next_port());
            let grpc = next_port().to_string();
            let metrics = next_port();
            let n = tasks.to_string();
            let work = work.display().to_string();
            cluster.spawn(
                &format!("executor-{i}"),
                &[
                    "cluster", "executor", "--scheduler", &bind, "--bind", &flight, "--grpc-port", &grpc,
                    "--concurrent-tasks", &n, "--work-dir", &work,
                ],
                metrics,
            );
        }
        cluster.wait_for(|c| c.executors() == executors, "the executors to register");
        cluster
    }

    fn spawn(&mut self, name: &str, args: &[&str], metrics_port: u16) {
        let log = std::fs::File::create(self.dir.path().join("logs").join(format!("{name}.log"))).expect("log file");
        let mut cmd = Command::new(privsql_bin());
        cmd.args(args)
            .current_dir(self.cwd.as_deref().unwrap_or(self.dir.path()))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log);
        for (key, _) in std::env::vars() {
            if key.starts_with("PRIVSQL_") {
                cmd.env_remove(key);
            }
        }
        cmd.env("PRIVSQL_LOG", "warn,privsql=info,ballista_executor=info,ballista_scheduler=info");
        cmd.env("PRIVSQL_METRICS__LISTEN", format!("127.0.0.1:{metrics_port}"));
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("start privsql cluster");
        self.metrics_ports.push((name.to_owned(), metrics_port));
        self.procs.push((name.to_owned(), child));
    }

    fn wait_for(&mut self, mut ready: impl FnMut(&Cluster) -> bool, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(90);
        while !ready(self) {
            let exited = self
                .procs
                .iter_mut()
                .find_map(|(name, child)| child.try_wait().ok().flatten().map(|s| format!("{name} exited ({s})")));
            if let Some(exited) = exited {
                panic!("{exited} while waiting for {what}:\n{}", self.logs());
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}:\n{}", self.logs());
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// The shared working directory of every process and client.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Executor `i`'s work dir (its shuffle files).
    pub fn work_dir(&self, i: usize) -> PathBuf {
        self.dir.path().join(format!("executor-{i}"))
    }

    /// The clients' `--cluster` URL.
    pub fn url(&self) -> String {
        format!("df://127.0.0.1:{}", self.port)
    }

    /// Every process's log.
    pub fn logs(&self) -> String {
        let mut out = String::new();
        for (name, _) in &self.procs {
            out.push_str(&format!("--- {name}\n{}\n", self.log(name)));
        }
        out
    }

    /// Process `name`'s log so far.
    pub fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join("logs").join(format!("{name}.log"))).unwrap_or_default()
    }

    /// `privsql --format csv -q` with `args` in the shared directory, on the cluster
    /// (`cluster` true) or in the client alone.
    pub fn privsql(&self, cluster: bool, args: &[&str]) -> Run {
        self.client(cluster, args).run()
    }

    /// The client [`Self::privsql`] runs, not yet started.
    pub fn client(&self, cluster: bool, args: &[&str]) -> Privsql {
        let mut p = Privsql::new().cwd(self.dir.path()).args(["--format", "csv", "-q"]);
        if cluster {
            p = p.args(["--cluster".to_owned(), self.url()]);
        }
        for (k, v) in &self.env {
            p = p.env(k, v);
        }
        p.args(args.iter().copied())
    }

    /// SIGKILL executor `i` (no goodbye to the scheduler) and reap it.
    pub fn kill_executor(&mut self, i: usize) {
        let name = format!("executor-{i}");
        let (_, child) = self.procs.iter_mut().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no {name}"));
        child.kill().expect("SIGKILL the executor");
        child.wait().expect("reap the executor");
    }

    /// `sql` on the cluster (`cluster` true) or locally; its CSV output (panics on failure).
    pub fn sql(&self, cluster: bool, sql: &str) -> String {
        let run = self.privsql(cluster, &["-c", sql]);
        assert_eq!(run.status, 0, "{sql}\n(cluster: {cluster}) failed:\n{}\n{}", run.stderr, if cluster { self.logs() } else { String::new() });
        run.stdout
    }

    /// [`Self::sql`] on the cluster, failing (the client killed) when it still runs after
    /// `limit`: for a query whose job might never end.
    pub fn sql_within(&self, sql: &str, limit: Duration) -> String {
        let mut child = self
            .client(true, &["-c", sql])
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start privsql");
        let deadline = Instant::now() + limit;
        while child.try_wait().expect("wait for privsql").is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{sql}\nstill running on the cluster after {limit:?}:\n{}", self.logs());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let out = child.wait_with_output().expect("privsql's output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{sql}\n(cluster) failed:\n{stderr}\n{}", self.logs());
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// GET `path` from the scheduler's REST API: the body, or `None` when it cannot be reached.
    pub fn get(&self, path: &str) -> Option<String> {
        http_get(self.port, path)
    }

    /// `GET /metrics` of process `name` (`scheduler`, `executor-0`, ...), which the cluster
    /// serves when started with `PRIVSQL_METRICS__ENABLED=true`.
    pub fn metrics(&self, name: &str) -> String {
        let port = self.metrics_ports.iter().find(|(n, _)| n == name).map(|(_, p)| *p);
        let port = port.unwrap_or_else(|| panic!("no process {name}"));
        http_get(port, "/metrics").unwrap_or_else(|| panic!("GET /metrics of {name} failed:\n{}", self.logs()))
    }

    /// GET `path` as JSON.
    pub fn json(&self, path: &str) -> serde_json::Value {
        let body = self.get(path).unwrap_or_else(|| panic!("GET {path} failed:\n{}", self.logs()));
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {path}: not JSON ({e}): {body}"))
    }

    /// Executors the scheduler knows.
    pub fn executors(&self) -> usize {
        self.get("/api/executors")
            .and_then(|b| serde_json::from_str::<serde_json::Value>(&b).ok())
            .and_then(|v| v.as_array().map(Vec::len))
            .unwrap_or(0)
    }

    /// The ids of the jobs the scheduler ran, oldest first.
    pub fn job_ids(&self) -> Vec<String> {
        let jobs = self.json("/api/jobs");
        let mut jobs: Vec<(u64, String)> = jobs
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|j| Some((j["start_time"].as_u64().unwrap_or(0), j["job_id"].as_str()?.to_owned())))
            .collect();
        jobs.sort();
        jobs.into_iter().map(|(_, id)| id).collect()
    }

    /// Files the executors wrote under their work dirs for `job` (shuffle output), per executor.
    pub fn shuffle_files(&self, job: &str, executors: usize) -> Vec<usize> {
        (0..executors).map(|i| count_files(&self.work_dir(i).join(job))).collect()
    }
}

/// GET `path` from 127.0.0.1:`port`: the body of a 200 answer, or `None`.
/// `n` free loopback ports, all different (held open together while they are picked).
fn distinct_free_ports(n: usize) -> Vec<u16> {
    let held: Vec<std::net::TcpListener> =
        (0..n).map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("a free port")).collect();
    held.iter().map(|l| l.local_addr().expect("local address").port()).collect()
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    head.starts_with("HTTP/1.1 200").then(|| body.to_owned())
}

fn count_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|e| {
            let p = e.path();
            if p.is_dir() { count_files(&p) } else { 1 }
        })
        .sum()
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for (_, child) in &mut self.procs {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
