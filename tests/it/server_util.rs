//! Helpers for the server tests: start a real `privsql serve` on a free loopback port, talk to it
//! with psql and tokio-postgres, stop it with a signal.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `privsql serve`.
pub struct Server {
    child: Child,
    pub port: u16,
    /// Holds `config.toml`, the data dir and test files.
    pub dir: PathBuf,
    log: Arc<Mutex<String>>,
}

/// A free loopback port (bound then released).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_privsql")
}

/// A SCRAM hash of `password`, made by `privsql serve --hash-password`.
pub fn hash_password(password: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(bin())
        .args(["serve", "--hash-password"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run privsql");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

impl Server {
    /// Start with `config` (TOML) in a fresh directory.
    pub fn start(config: &str) -> Server {
        let dir = tempfile::tempdir().expect("tempdir").keep();
        Self::start_in(&dir, config)
    }

    /// Start with `config` in `dir` (reusing its data dir, for restarts).
    /// Unless `config` has its own `[server.files]`, the test directory is the root statements
    /// may read and write files under.
    pub fn start_in(dir: &Path, config: &str) -> Server {
        let config = if config.contains("[server.files]") {
            config.to_owned()
        } else {
            format!(
                "{config}\n[server.files]\nread = [{d:?}]\nwrite = [{d:?}]\n",
                d = dir.display().to_string()
            )
        };
        std::fs::write(dir.join("config.toml"), config).unwrap();
        let port = free_port();
        let mut child = Command::new(bin())
            .arg("--config")
            .arg(dir.join("config.toml"))
            .args([
                "serve",
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--data-dir",
            ])
            .arg(dir.join("data"))
            .env("PRIVSQL_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start privsql serve");
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().unwrap();
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lock().unwrap().push_str(&(line + "\n"));
            }
        });
        let server = Server {
            child,
            port,
            dir: dir.to_path_buf(),
            log,
        };
        server.wait_ready();
        server
    }

    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("server did not start; log:\n{}", self.log());
    }

    /// Everything the server logged so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Whether the log has `needle` within 10 s (the log is read on another thread, so a line
    /// written before the port opened may arrive after).
    pub fn logged(&self, needle: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.log().contains(needle) {
            if Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        true
    }

    /// A libpq/tokio-postgres connection string.
    pub fn conninfo(&self, user: &str, password: Option<&str>) -> String {
        let mut s = format!(
            "host=127.0.0.1 port={} user={user} dbname=privsql sslmode=disable connect_timeout=10",
            self.port
        );
        if let Some(p) = password {
            s.push_str(&format!(" password={p}"));
        }
        s
    }

    /// Run psql as `user` with `args`.
    pub fn psql_as(&self, user: &str, password: Option<&str>, args: &[&str]) -> Output {
        let mut cmd = Command::new("psql");
        cmd.arg(format!(
            "host=127.0.0.1 port={} user={user} dbname=privsql sslmode=disable",
            self.port
        ))
        .args(["-X", "-v", "ON_ERROR_STOP=1"])
        .args(args)
        .current_dir(&self.dir)
        .env("PGCONNECT_TIMEOUT", "10");
        match password {
            Some(p) => cmd.env("PGPASSWORD", p),
            None => cmd.env_remove("PGPASSWORD"),
        };
        cmd.output().expect("run psql")
    }

    /// psql as `postgres` without a password (trust servers).
    pub fn psql(&self, args: &[&str]) -> Output {
        self.psql_as("postgres", None, args)
    }

    /// psql that must succeed; its standard output.
    pub fn psql_ok(&self, args: &[&str]) -> String {
        let out = self.psql(args);
        assert!(
            out.status.success(),
            "psql {args:?} failed: {}\nserver log:\n{}",
            String::from_utf8_lossy(&out.stderr),
            self.log()
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A tokio-postgres client (its connection task spawned).
    pub async fn connect(
        &self,
        user: &str,
        password: Option<&str>,
    ) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
        let (client, conn) =
            tokio_postgres::connect(&self.conninfo(user, password), tokio_postgres::NoTls).await?;
        tokio::spawn(async move {
            let _ = conn.await;
        });
        Ok(client)
    }

    /// Send `signal` (`"TERM"`, `"INT"`) to the server.
    pub fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Wait for the server to exit.
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() > deadline {
                panic!("server did not exit in {timeout:?}; log:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Write a small CSV of privacy requests into `dir`; its path.
pub fn requests_csv(dir: &Path) -> PathBuf {
    let path = dir.join("requests.csv");
    std::fs::write(
        &path,
        "id,intent,message\n1,delete,please delete my data\n2,access,send me a copy\n3,none,\"hello, world\"\n",
    )
    .unwrap();
    path
}
