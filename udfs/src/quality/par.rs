//! Two-way parallelism for the serial final work of the report's aggregates (`outlier_stats`'
//! selections and passes, `repeated_hashes`' merge): the final aggregate evaluates its
//! accumulators one after the other on one thread, so large inputs split their work in two
//! with `std::thread::scope`. Small inputs stay on the calling thread.

/// Inputs with fewer elements than this run on one thread (a thread costs ~10 µs).
pub(crate) const PARALLEL_MIN: usize = 1 << 16;

/// Run `a` on this thread and `b` on a scoped thread; both results. A panic in `b` is resumed
/// here, as it would be had `b` run on this thread.
pub(crate) fn both<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    std::thread::scope(|s| {
        let h = s.spawn(b);
        let ra = a();
        let rb = h.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        (ra, rb)
    })
}
