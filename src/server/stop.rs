//! Stopping a statement: its connection's cancel requests, its time limit and the end of the
//! shutdown grace period.
//!
//! A statement can be stopped at any point of its life: while DataFusion plans it (the future is
//! raced against the stop signals, [`Stop::run`]) and while its rows stream to the client (the row
//! stream is wrapped by [`guard_stream`], which checks the signals between rows and whenever the
//! engine is busy producing the next batch). Dropping the stream drops DataFusion's execution,
//! which stops its tasks.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use datafusion_postgres::pgwire;
use futures::Stream;
use pgwire::api::ClientInfo;
use pgwire::error::{PgWireError, PgWireResult};
use tokio::sync::watch;
use tokio::time::Instant;

use super::conn::{ConnState, QueryGuard, Shared};
use super::error::{error, shutting_down};
use super::limits::METADATA_STATEMENT_TIMEOUT;
use super::runtime::OnCpu;

/// Why a statement stopped before its end.
#[derive(Debug, Clone, Copy)]
pub enum StopReason {
    Cancelled,
    Timeout,
    Shutdown,
}

impl StopReason {
    fn into_error(self) -> PgWireError {
        match self {
            StopReason::Cancelled => error("57014", "canceling statement due to user request"),
            StopReason::Timeout => error("57014", "canceling statement due to statement timeout"),
            StopReason::Shutdown => shutting_down(),
        }
    }
}

/// The signals that stop one statement: its connection's cancel requests, its deadline, and the
/// end of the shutdown grace period.
pub struct Stop {
    shared: Arc<Shared>,
    cancel: watch::Receiver<u64>,
    force: watch::Receiver<u64>,
    deadline: Option<Instant>,
    /// When the statement's message arrived: its latency is counted from here.
    pub started: std::time::Instant,
}

impl Stop {
    /// Signals for a statement starting now on `client`'s connection.
    pub fn new<C: ClientInfo + ?Sized>(shared: &Arc<Shared>, conn: &ConnState, client: &C) -> Self {
        let timeout = client
            .metadata()
            .get(METADATA_STATEMENT_TIMEOUT)
            .and_then(|ms| ms.parse::<u64>().ok())
            .filter(|ms| *ms > 0)
            .map(Duration::from_millis);
        let mut cancel = conn.cancel_signal();
        cancel.borrow_and_update();
        let mut force = shared.force_stop_signal();
        force.borrow_and_update();
        Self {
            shared: shared.clone(),
            cancel,
            force,
            deadline: timeout.map(|t| Instant::now() + t),
            started: std::time::Instant::now(),
        }
    }

    /// A future that resolves when the statement must stop.
    fn stopped(&self) -> Pin<Box<dyn Future<Output = StopReason> + Send>> {
        let mut cancel = self.cancel.clone();
        let mut force = self.force.clone();
        let deadline = self.deadline;
        Box::pin(async move {
            tokio::select! {
                r = cancel.changed() => match r {
                    Ok(()) => StopReason::Cancelled,
                    Err(_) => std::future::pending().await,
                },
                r = force.changed() => match r {
                    Ok(()) => StopReason::Shutdown,
                    Err(_) => std::future::pending().await,
                },
                _ = async {
                    match deadline {
                        Some(d) => tokio::time::sleep_until(d).await,
                        None => std::future::pending().await,
                    }
                } => StopReason::Timeout,
            }
        })
    }

    /// Run `fut` (planning, DDL) unless the statement is stopped first; what it spawns (the
    /// engine's tasks) runs on the CPU runtime.
    pub async fn run<T>(&self, fut: impl Future<Output = PgWireResult<T>>) -> PgWireResult<T> {
        tokio::select! {
            r = OnCpu::new(self.shared.cpu.handle(), fut) => r,
            reason = self.stopped() => {
                count_stopped(&self.shared);
                Err(reason.into_error())
            }
        }
    }
}

fn count_stopped(shared: &Shared) {
    shared
        .metrics
        .queries_cancelled
        .fetch_add(1, Ordering::Relaxed);
    shared.metrics.errors.fetch_add(1, Ordering::Relaxed);
}

/// Rows are checked against the stop signals at least this often while they flow.
const CHECK_EVERY: u32 = 256;

/// A result stream that stops with an error when the statement is cancelled, times out or the
/// server shuts down, counts the rows it yields and errors, and holds the statement's
/// [`QueryGuard`] until it ends.
pub struct Guarded<S> {
    inner: S,
    stopped: Pin<Box<dyn Future<Output = StopReason> + Send>>,
    shared: Arc<Shared>,
    _guard: Arc<QueryGuard>,
    since_check: u32,
    rows: u64,
    count_rows: bool,
    /// The statement's kind, counted when the stream ends: `ok` at its end, `error` at an error
    /// (a result that fails after its first rows is a failed statement, as the client sees it),
    /// `closed` when it is dropped unfinished.
    statement: Option<&'static str>,
    started: std::time::Instant,
    done: bool,
}

/// Wrap a row or COPY stream of a statement; `count_rows`: each item is a row (COPY counts its
/// rows itself, per batch); `statement`: the kind to count in `privsql_server_statements_total`
/// when the stream ends, if nobody counted the statement yet.
pub fn guard_stream<S>(
    inner: S,
    stop: &Stop,
    guard: Arc<QueryGuard>,
    count_rows: bool,
    statement: Option<&'static str>,
) -> Guarded<S> {
    Guarded {
        inner,
        stopped: stop.stopped(),
        shared: stop.shared.clone(),
        _guard: guard,
        since_check: 0,
        rows: 0,
        count_rows,
        statement,
        started: stop.started,
        done: false,
    }
}

impl<S> Guarded<S> {
    /// The stream ended with `outcome` (of [`OUTCOMES`]).
    ///
    /// [`OUTCOMES`]: crate::server::metrics::OUTCOMES
    fn finish(&mut self, outcome: &str) {
        self.done = true;
        if let Some(kind) = self.statement.take() {
            self.shared.metrics.statement_ended(kind, outcome, self.started);
        }
    }
}

impl<S, T> Stream for Guarded<S>
where
    S: Stream<Item = PgWireResult<T>> + Unpin,
{
    type Item = PgWireResult<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        this.since_check += 1;
        if this.since_check >= CHECK_EVERY {
            this.since_check = 0;
            if let Poll::Ready(reason) = this.stopped.as_mut().poll(cx) {
                this.finish("error");
                count_stopped(&this.shared);
                return Poll::Ready(Some(Err(reason.into_error())));
            }
        }
        match Pin::new(&mut this.inner).poll_next(cx) {
            Poll::Ready(Some(Ok(item))) => {
                this.rows += 1;
                Poll::Ready(Some(Ok(item)))
            }
            Poll::Ready(Some(Err(e))) => {
                this.finish("error");
                this.shared.metrics.errors.fetch_add(1, Ordering::Relaxed);
                Poll::Ready(Some(Err(e)))
            }
            Poll::Ready(None) => {
                this.finish("ok");
                Poll::Ready(None)
            }
            Poll::Pending => {
                // The engine is busy: wake on the stop signals too.
                if let Poll::Ready(reason) = this.stopped.as_mut().poll(cx) {
                    this.finish("error");
                    count_stopped(&this.shared);
                    return Poll::Ready(Some(Err(reason.into_error())));
                }
                Poll::Pending
            }
        }
    }
}

impl<S> Drop for Guarded<S> {
    fn drop(&mut self) {
        // Dropped before its end: the client went away or closed the portal mid-result.
        self.finish("closed");
        if self.count_rows {
            self.shared
                .metrics
                .rows_sent
                .fetch_add(self.rows, Ordering::Relaxed);
        }
    }
}
