//! The server's two thread pools: the network runtime (the one `privsql serve` starts on) accepts
//! connections, authenticates, reads messages, answers cancel requests and writes rows to
//! sockets; the CPU runtime ([`CpuRuntime`]) plans and executes the queries. A CPU-bound query
//! then never holds a network thread, so a new client's `SELECT 1` or a cancel request is
//! answered while every core is busy, as in DataFusion's `datafusion-examples` `thread_pools.rs`.
//!
//! Two things move work over: [`OnCpu`] runs a statement's planning future with the CPU runtime
//! as the current one, so the tasks DataFusion spawns (repartitioning, merging partitions) land
//! there; [`forward`] polls a result stream (execution and row encoding) in a task on the CPU
//! runtime and hands the rows, in chunks, to the connection through a small channel. Dropping the
//! forwarded stream (a cancel, a timeout, the client leaving) aborts that task at its next yield
//! point; DataFusion 55's `EnsureCooperative` rule makes its operators yield regularly.

use std::collections::VecDeque;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};

use datafusion_postgres::pgwire::error::PgWireResult;
use futures::{FutureExt, Stream, StreamExt};
use tokio::runtime::{Handle, Runtime};
use tokio::sync::mpsc;
use tokio::task::AbortHandle;

use super::error::{error, ServerError};

/// Rows handed over per message of the channel: amortises the hand-over, small enough that the
/// first rows leave at once.
const CHUNK: usize = 256;

/// Chunks in flight between the CPU task and the connection: the engine runs ahead of a slow
/// client by this much and then waits.
const IN_FLIGHT: usize = 4;

/// The runtime that executes queries: one worker per core.
pub struct CpuRuntime {
    runtime: Option<Runtime>,
    handle: Handle,
}

impl CpuRuntime {
    /// A multi-thread runtime with `threads` workers (0: one per core).
    pub fn new(threads: usize) -> Result<Self, ServerError> {
        let threads = if threads == 0 {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        } else {
            threads
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads)
            .thread_name("privsql-cpu")
            .enable_all()
            .build()
            .map_err(|e| ServerError::Io(format!("cannot start the query runtime: {e}")))?;
        Ok(Self {
            handle: runtime.handle().clone(),
            runtime: Some(runtime),
        })
    }

    pub fn handle(&self) -> &Handle {
        &self.handle
    }
}

impl Drop for CpuRuntime {
    fn drop(&mut self) {
        // Dropped from within the network runtime: a blocking shutdown would panic there.
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// A future polled with the CPU runtime as the current one: what it spawns runs there.
pub struct OnCpu<F> {
    handle: Handle,
    inner: Pin<Box<F>>,
}

impl<F: Future> OnCpu<F> {
    pub fn new(handle: &Handle, inner: F) -> Self {
        Self {
            handle: handle.clone(),
            inner: Box::pin(inner),
        }
    }
}

impl<F: Future> Future for OnCpu<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = &mut *self;
        let _entered = this.handle.enter();
        this.inner.as_mut().poll(cx)
    }
}

/// `inner`, polled by a task on the CPU runtime; its items reach the caller through a channel.
pub fn forward<T: Send + 'static>(
    handle: &Handle,
    inner: Pin<Box<dyn Stream<Item = PgWireResult<T>> + Send>>,
) -> Forwarded<T> {
    let (tx, rx) = mpsc::channel::<Vec<PgWireResult<T>>>(IN_FLIGHT);
    let on_panic = tx.clone();
    let work = async move {
        let mut chunks = inner.ready_chunks(CHUNK);
        while let Some(chunk) = chunks.next().await {
            if tx.send(chunk).await.is_err() {
                return; // the connection dropped the result
            }
        }
    };
    let task = handle.spawn(async move {
        if AssertUnwindSafe(work).catch_unwind().await.is_err() {
            let failed = error(
                "XX000",
                "the query's execution failed unexpectedly (a panic)",
            );
            let _ = on_panic.send(vec![Err(failed)]).await;
        }
    });
    Forwarded {
        rx,
        ready: VecDeque::new(),
        task: task.abort_handle(),
    }
}

/// The connection's end of [`forward`]; dropping it stops the execution.
pub struct Forwarded<T> {
    rx: mpsc::Receiver<Vec<PgWireResult<T>>>,
    ready: VecDeque<PgWireResult<T>>,
    task: AbortHandle,
}

// Nothing in it is pinned: the receiver and the queue move freely.
impl<T> Unpin for Forwarded<T> {}

impl<T> Stream for Forwarded<T> {
    type Item = PgWireResult<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.ready.pop_front() {
                return Poll::Ready(Some(item));
            }
            match this.rx.poll_recv(cx) {
                Poll::Ready(Some(chunk)) => this.ready.extend(chunk),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<T> Drop for Forwarded<T> {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn forwarded_rows_arrive_in_order_and_dropping_aborts_the_task() {
        let cpu = CpuRuntime::new(1).unwrap();
        let rows = futures::stream::iter((0..1000).map(Ok::<i32, _>)).boxed();
        let got: Vec<i32> = forward(cpu.handle(), rows)
            .map(|r| r.unwrap())
            .collect()
            .await;
        assert_eq!(got, (0..1000).collect::<Vec<_>>());

        let endless = futures::stream::repeat_with(|| Ok::<i32, _>(1)).boxed();
        let mut f = forward(cpu.handle(), endless);
        assert!(f.next().await.is_some());
        let task = f.task.clone();
        drop(f);
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        assert!(task.is_finished());
    }
}
