//! `GET /metrics` for `privsql serve` and `privsql stream`: the process registry in Prometheus'
//! text format, on its own listen address (`metrics.listen`), apart from the Postgres port.
//!
//! One request per connection, answered and closed: a scraper asks every few seconds, so this
//! needs no keep-alive, no HTTP library server and nothing but a GET.

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::MetricsConfig;

/// Longest request head read, in bytes.
const MAX_HEAD: usize = 8 * 1024;

/// Bind `config.listen` and answer scrapes in the background until the runtime stops; returns
/// the bound address. `None` when `metrics.enabled` is off.
pub async fn start(config: &MetricsConfig) -> std::io::Result<Option<SocketAddr>> {
    if !config.enabled {
        return Ok(None);
    }
    let listener = TcpListener::bind(&config.listen).await?;
    let local = listener.local_addr()?;
    tracing::info!("metrics on http://{local}/metrics");
    tokio::spawn(async move {
        loop {
            match listener.accept().await {
                Ok((socket, _)) => {
                    tokio::spawn(async move {
                        if let Err(e) = answer(socket).await {
                            tracing::debug!(error = %e, "metrics request failed");
                        }
                    });
                }
                Err(e) => {
                    tracing::warn!(error = %e, "metrics accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
            }
        }
    });
    Ok(Some(local))
}

async fn answer(mut socket: TcpStream) -> std::io::Result<()> {
    let mut head = Vec::with_capacity(512);
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = tokio::time::timeout(std::time::Duration::from_secs(10), socket.read(&mut buf))
            .await
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "request head"))??;
        if n == 0 || head.len() + n > MAX_HEAD {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let line = head.split(|b| *b == b'\n').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line);
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    let (status, content_type, body) = match (method, path) {
        ("GET", "/metrics") => ("200 OK", prometheus::TEXT_FORMAT, super::text()),
        ("GET", "/") => ("200 OK", "text/plain", "privsql: metrics at /metrics\n".to_owned()),
        ("GET", _) => ("404 Not Found", "text/plain", "not found\n".to_owned()),
        _ => ("405 Method Not Allowed", "text/plain", "only GET\n".to_owned()),
    };
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    socket.write_all(response.as_bytes()).await?;
    socket.shutdown().await
}
