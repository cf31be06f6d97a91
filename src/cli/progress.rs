//! A progress bar on stderr for statements that run longer than about a second: rows read by
//! the plan's scans so far, bytes scanned and elapsed time, read from the running plan's
//! metrics; for a query running on a cluster, its job's stages and tasks done, asked of the
//! scheduler every half second. Shown only when stderr is a terminal; nothing is drawn
//! otherwise.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

use datafusion::execution::TaskContext;
use datafusion::physical_plan::ExecutionPlan;
use datafusion::prelude::SessionConfig;
use indicatif::{HumanBytes, HumanCount, ProgressBar, ProgressDrawTarget, ProgressStyle};
use tokio::task::JoinHandle;

/// How long a statement runs before its bar appears.
const DELAY: Duration = Duration::from_millis(1000);
/// How often the bar is refreshed.
const TICK: Duration = Duration::from_millis(120);
/// How often a cluster job's scheduler is asked for its progress.
#[cfg(feature = "cluster")]
const POLL: Duration = Duration::from_millis(500);

/// Whether to draw progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressMode {
    /// When stderr is a terminal.
    Auto,
    /// Never.
    Never,
}

impl ProgressMode {
    fn enabled(self) -> bool {
        self == ProgressMode::Auto && std::io::stderr().is_terminal()
    }
}

/// `task` made ready for [`Progress::start`] to follow a cluster job (see
/// [`crate::cluster::progress::followable`]) when `mode` will draw a bar; otherwise as it was.
pub fn followable(task: TaskContext, mode: ProgressMode) -> TaskContext {
    #[cfg(feature = "cluster")]
    if mode.enabled() {
        return crate::cluster::progress::followable(task);
    }
    let _ = mode;
    task
}

/// The progress of one running statement; drop or [`Progress::finish`] it when done.
pub struct Progress {
    bar: ProgressBar,
    ticker: Option<JoinHandle<()>>,
}

impl Progress {
    /// Watch `plan` while it runs (does nothing unless `mode` allows a bar). `config` is the
    /// session's: a cluster client's names the scheduler, whose job the bar follows.
    pub fn start(plan: &Arc<dyn ExecutionPlan>, config: &SessionConfig, mode: ProgressMode) -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if !mode.enabled() {
            return Self { bar, ticker: None };
        }
        #[cfg(feature = "cluster")]
        if let Some(job) = crate::cluster::progress::JobWatch::find(plan, config) {
            let ticker = tokio::spawn(follow_job(bar.clone(), job));
            return Self { bar, ticker: Some(ticker) };
        }
        #[cfg(not(feature = "cluster"))]
        let _ = config;
        let plan = Arc::clone(plan);
        let shown = bar.clone();
        let started = std::time::Instant::now();
        let ticker = tokio::spawn(async move {
            tokio::time::sleep(DELAY).await;
            show(&shown);
            loop {
                let (rows, bytes) = scanned(plan.as_ref());
                let secs = started.elapsed().as_secs_f64().max(1e-3);
                let mut msg = format!(
                    "{} rows read ({}/s)",
                    HumanCount(rows as u64),
                    HumanCount((rows as f64 / secs) as u64)
                );
                if bytes > 0 {
                    msg.push_str(&format!(", {} scanned", HumanBytes(bytes as u64)));
                }
                shown.set_message(msg);
                shown.tick();
                tokio::time::sleep(TICK).await;
            }
        });
        Self {
            bar,
            ticker: Some(ticker),
        }
    }

    /// A bar that never shows (for output written without a running plan).
    pub fn hidden() -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        Self { bar, ticker: None }
    }

    /// Run `f` (which writes to the terminal) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Remove the bar.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if let Some(t) = self.ticker.take() {
            t.abort();
        }
        self.bar.finish_and_clear();
    }
}

/// Draw `bar` on stderr, as a spinner with a message and the elapsed time.
fn show(bar: &ProgressBar) {
    bar.set_draw_target(ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}]") {
        bar.set_style(style);
    }
}

/// The bar of a cluster job: its stages and tasks done, polled every [`POLL`]; a poll that
/// fails keeps the last line.
#[cfg(feature = "cluster")]
async fn follow_job(bar: ProgressBar, job: crate::cluster::progress::JobWatch) {
    tokio::time::sleep(DELAY).await;
    show(&bar);
    let mut next_poll = std::time::Instant::now();
    loop {
        if std::time::Instant::now() >= next_poll {
            if let Some(line) = job.poll().await {
                bar.set_message(line);
            }
            next_poll = std::time::Instant::now() + POLL;
        }
        bar.tick();
        tokio::time::sleep(TICK).await;
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Rows produced by the plan's leaves (its scans and generators) and bytes scanned so far.
pub fn scanned(plan: &dyn ExecutionPlan) -> (usize, usize) {
    let mut rows = 0;
    let mut bytes = 0;
    let mut leaf_bytes = 0;
    let mut stack: Vec<&dyn ExecutionPlan> = vec![plan];
    while let Some(node) = stack.pop() {
        let children = node.children();
        let metrics = node.metrics();
        if let Some(m) = &metrics {
            bytes += m
                .sum_by_name("bytes_scanned")
                .map(|v| v.as_usize())
                .unwrap_or(0);
        }
        if children.is_empty() {
            if let Some(m) = &metrics {
                rows += m.output_rows().unwrap_or(0);
                leaf_bytes += m
                    .sum_by_name("output_bytes")
                    .map(|v| v.as_usize())
                    .unwrap_or(0);
            }
        }
        stack.extend(children.into_iter().map(|c| c.as_ref()));
    }
    (rows, if bytes > 0 { bytes } else { leaf_bytes })
}
