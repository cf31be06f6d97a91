//! Pools of idle values (sessions, encoders, batch buffers) that partitions take, use for a batch
//! and give back, so they run in parallel without sharing one and without rebuilding it.

use std::sync::Mutex;

use datafusion::common::{exec_datafusion_err, DataFusionError, Result};

/// Idle values for callers to take (or have made) and give back: sessions, featurizers and
/// batch buffers are each used by one partition at a time and reused across batches.
#[derive(Debug)]
pub(super) struct Pool<T>(Mutex<Vec<T>>);

impl<T> Pool<T> {
    pub(super) fn new() -> Self {
        Self(Mutex::new(Vec::new()))
    }

    /// An idle value, or `make()`'s (called without holding the lock).
    pub(super) fn take(&self, make: impl FnOnce() -> Result<T>) -> Result<T> {
        let idle = self.0.lock().map_err(|_| poisoned())?.pop();
        idle.map_or_else(make, Ok)
    }

    pub(super) fn put(&self, value: T) {
        if let Ok(mut idle) = self.0.lock() {
            idle.push(value);
        }
    }
}

pub(super) fn poisoned() -> DataFusionError {
    exec_datafusion_err!("intent model pool poisoned by an earlier panic")
}
