//! The end of a `privsql -f` run: its metrics pushed to a Prometheus Pushgateway
//! (`metrics.pushgateway`) and written to a textfile for node_exporter (`metrics.textfile`).
//! Neither failing fails the run: a warning says what did not get through.

use std::path::Path;

use super::MetricsConfig;

/// Push and write as `config` asks; warnings for what failed.
pub async fn finish_run(config: &MetricsConfig) {
    if config.pushgateway.is_none() && config.textfile.is_none() {
        return;
    }
    let text = super::text();
    if let Some(url) = &config.pushgateway {
        if let Err(e) = push(url, &config.job, &text).await {
            tracing::warn!("metrics not pushed to the Pushgateway at {url}: {e}");
        }
    }
    if let Some(path) = &config.textfile {
        if let Err(e) = write_textfile(path, &text) {
            tracing::warn!("metrics textfile {} not written: {e}", path.display());
        }
    }
}

/// Replace the group `job` on the Pushgateway at `url` with `text` (Prometheus text format).
pub async fn push(url: &str, job: &str, text: &str) -> Result<(), String> {
    let target = format!("{}/metrics/job/{}", url.trim_end_matches('/'), encode_segment(job));
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .map_err(|e| e.to_string())?;
    let resp = client
        .put(&target)
        .header(reqwest::header::CONTENT_TYPE, prometheus::TEXT_FORMAT)
        .body(text.to_owned())
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !resp.status().is_success() {
        let status = resp.status();
        let body = resp.text().await.unwrap_or_default();
        return Err(format!("{status}: {}", body.trim()));
    }
    Ok(())
}

/// A path segment of the Pushgateway's URL: letters, digits and `-_.` as they are, the rest
/// percent-encoded.
fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Write `text` to `path` through a temporary file renamed over it, so the textfile collector
/// never reads half a file.
pub fn write_textfile(path: &Path, text: &str) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_names_are_path_safe() {
        assert_eq!(encode_segment("privsql-daily_1.0"), "privsql-daily_1.0");
        assert_eq!(encode_segment("a/b c"), "a%2Fb%20c");
    }
}
