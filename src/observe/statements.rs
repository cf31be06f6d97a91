//! Statement metrics and spans: every statement the CLI runs (`-f`, `-c`, the shell) is
//! counted by kind and outcome, timed, and its rows counted, in one place ([`Statement`]).
//!
//! The span `statement` carries the query id, kind, duration, rows and outcome (never the SQL
//! text or a value); `--log-format json` writes it as one line when it closes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Instant;

use datafusion::physical_plan::metrics::MetricValue;
use datafusion::physical_plan::ExecutionPlan;
use prometheus::{HistogramOpts, HistogramVec, IntCounter, IntCounterVec, Opts};

/// The statements' collectors.
pub struct StatementMetrics {
    /// `privsql_statements_total{kind,outcome}`.
    pub statements: IntCounterVec,
    /// `privsql_statement_duration_seconds{kind}`.
    pub duration: HistogramVec,
    /// `privsql_rows_returned_total{kind}`: rows a statement gave back.
    pub rows_returned: IntCounterVec,
    /// `privsql_rows_read_total`: rows the plans' leaves (scans, table functions) produced.
    pub rows_read: IntCounter,
    /// `privsql_bytes_read_total`: bytes the scans read (Parquet, CSV, ... where they count).
    pub bytes_read: IntCounter,
    /// `privsql_spills_total` and `privsql_spilled_bytes_total`: spills to disk.
    pub spills: IntCounter,
    pub spilled_bytes: IntCounter,
    /// `privsql_server_statement_duration_seconds{kind}`: `privsql serve`'s statements, from
    /// their message to their last row.
    pub server_duration: HistogramVec,
}

/// `c` registered on the process registry (the cluster's collectors use it too).
pub(crate) fn registered<C: prometheus::core::Collector + Clone + 'static>(c: prometheus::Result<C>, name: &str) -> C {
    // The names are constants: a failure is a bug, found by the tests that gather.
    let c = c.unwrap_or_else(|e| panic!("metric {name}: {e}"));
    let _ = super::registry().register(Box::new(c.clone()));
    c
}

/// The latency histograms' buckets, in seconds.
const DURATION_BUCKETS: [f64; 11] = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 60.0, 300.0];

static METRICS: LazyLock<StatementMetrics> = LazyLock::new(|| {
    let duration = HistogramOpts::new("privsql_statement_duration_seconds", "Wall time of a statement, planning included")
        .buckets(DURATION_BUCKETS.to_vec());
    let server_duration = HistogramOpts::new(
        "privsql_server_statement_duration_seconds",
        "privsql serve: wall time of a statement, from its message to its last row",
    )
    .buckets(DURATION_BUCKETS.to_vec());
    StatementMetrics {
        statements: registered(
            IntCounterVec::new(Opts::new("privsql_statements_total", "Statements run, by kind and outcome"), &["kind", "outcome"]),
            "privsql_statements_total",
        ),
        duration: registered(HistogramVec::new(duration, &["kind"]), "privsql_statement_duration_seconds"),
        rows_returned: registered(
            IntCounterVec::new(Opts::new("privsql_rows_returned_total", "Rows statements returned"), &["kind"]),
            "privsql_rows_returned_total",
        ),
        rows_read: registered(IntCounter::new("privsql_rows_read_total", "Rows the plans' scans produced"), "privsql_rows_read_total"),
        bytes_read: registered(IntCounter::new("privsql_bytes_read_total", "Bytes the scans read"), "privsql_bytes_read_total"),
        spills: registered(IntCounter::new("privsql_spills_total", "Spills to disk"), "privsql_spills_total"),
        spilled_bytes: registered(IntCounter::new("privsql_spilled_bytes_total", "Bytes spilled to disk"), "privsql_spilled_bytes_total"),
        server_duration: registered(
            HistogramVec::new(server_duration, &["kind"]),
            "privsql_server_statement_duration_seconds",
        ),
    }
});

/// Register the statements' collectors now.
pub fn register() {
    LazyLock::force(&METRICS);
}

/// Count spills that happened outside a statement of this process (a cluster executor's tasks).
pub fn spilled(count: u64, bytes: u64) {
    METRICS.spills.inc_by(count);
    METRICS.spilled_bytes.inc_by(bytes);
}

/// Time a statement of `privsql serve` of `kind` that started at `started` and has ended.
pub fn server_statement_took(kind: &str, started: Instant) {
    METRICS.server_duration.with_label_values(&[kind]).observe(started.elapsed().as_secs_f64());
}

/// The names of the statements' metric families.
pub fn names() -> Vec<String> {
    use prometheus::core::Collector;
    let m = &*METRICS;
    let descs = [
        m.statements.desc(),
        m.duration.desc(),
        m.rows_returned.desc(),
        m.rows_read.desc(),
        m.bytes_read.desc(),
        m.spills.desc(),
        m.spilled_bytes.desc(),
        m.server_duration.desc(),
    ];
    descs.iter().flatten().map(|d| d.fq_name.clone()).collect()
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// One statement being run: its span, clock and, once known, kind and plan.
pub struct Statement {
    pub id: u64,
    pub span: tracing::Span,
    started: Instant,
    kind: &'static str,
    plan: Option<Arc<dyn ExecutionPlan>>,
}

/// How a statement ended, as it is counted and recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub id: u64,
    pub kind: &'static str,
    pub outcome: &'static str,
    pub seconds: f64,
    pub rows: u64,
}

impl Statement {
    /// Start a statement from `source` at `line` (the location, never the text).
    pub fn start(source: &str, line: usize) -> Self {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        let span = tracing::info_span!(
            "statement",
            query_id = id,
            source = source,
            line = line,
            kind = tracing::field::Empty,
            rows = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
            outcome = tracing::field::Empty,
        );
        // Where the statement is, never what it says (at debug: the text format shows no spans
        // without an event in them).
        tracing::debug!(parent: &span, "statement");
        Self { id, span, started: Instant::now(), kind: "unplanned", plan: None }
    }

    /// The statement's kind (`query`, `dml`, `command`), once planned.
    pub fn set_kind(&mut self, kind: &'static str) {
        self.kind = kind;
        self.span.record("kind", kind);
    }

    /// The physical plan, read for rows and bytes scanned and spills when the statement ends.
    pub fn set_plan(&mut self, plan: &Arc<dyn ExecutionPlan>) {
        self.plan = Some(Arc::clone(plan));
    }

    /// Count the statement and close its span: `outcome` is `ok` or `error`.
    pub fn finish(self, outcome: &'static str, rows: u64) -> Finished {
        let seconds = self.started.elapsed().as_secs_f64();
        let m = &*METRICS;
        m.statements.with_label_values(&[self.kind, outcome]).inc();
        m.duration.with_label_values(&[self.kind]).observe(seconds);
        m.rows_returned.with_label_values(&[self.kind]).inc_by(rows);
        if let Some(plan) = &self.plan {
            let io = PlanIo::of(plan.as_ref());
            m.rows_read.inc_by(io.rows_read);
            m.bytes_read.inc_by(io.bytes_read);
            m.spills.inc_by(io.spills);
            m.spilled_bytes.inc_by(io.spilled_bytes);
        }
        self.span.record("rows", rows);
        self.span.record("duration_ms", (seconds * 1000.0).round() as u64);
        self.span.record("outcome", outcome);
        tracing::debug!(parent: &self.span, "statement done");
        Finished { id: self.id, kind: self.kind, outcome, seconds, rows }
    }
}

/// What an executed plan read and spilled, from its operators' metrics.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PlanIo {
    pub rows_read: u64,
    pub bytes_read: u64,
    pub spills: u64,
    pub spilled_bytes: u64,
}

impl PlanIo {
    /// Sum over the plan: output rows of the leaves, `bytes_scanned`, spills everywhere.
    pub fn of(plan: &dyn ExecutionPlan) -> Self {
        let mut io = Self::default();
        io.add(plan);
        io
    }

    fn add(&mut self, plan: &dyn ExecutionPlan) {
        let leaf = plan.children().is_empty();
        if let Some(metrics) = plan.metrics() {
            for m in metrics.iter() {
                match m.value() {
                    MetricValue::OutputRows(c) if leaf => self.rows_read += c.value() as u64,
                    MetricValue::SpillCount(c) => self.spills += c.value() as u64,
                    MetricValue::SpilledBytes(c) => self.spilled_bytes += c.value() as u64,
                    MetricValue::Count { name, count } if name == "bytes_scanned" => self.bytes_read += count.value() as u64,
                    _ => {}
                }
            }
        }
        for c in plan.children() {
            self.add(c.as_ref());
        }
    }
}
