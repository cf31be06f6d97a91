//! Continuous pipelines: `privsql stream -f pipeline.sql`.
//!
//! The script's statements run in order; its one `INSERT INTO sink SELECT ... FROM source`
//! then runs forever as a series of micro-batches. Each micro-batch is an ordinary bounded
//! query: the Kafka source reads from its group's committed offsets up to the current high-water
//! marks (at most `max_messages` per partition), the sink returns once the broker confirmed
//! every row, and only then are the source offsets committed. A crash at any point therefore
//! replays at most the uncommitted micro-batch: at-least-once, nothing lost. A stop request
//! (SIGINT/SIGTERM, [`crate::signals`]) lets the running micro-batch finish and commit, then
//! returns.
//!
//! The pipeline runs over the Kafka source's tables ([`crate::sources::kafka`]); this module is
//! the front end that drives them, as `crate::server` is for queries over the wire.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use datafusion::arrow::array::{AsArray, RecordBatch};
use datafusion::arrow::datatypes::UInt64Type;
use datafusion::common::{exec_datafusion_err, plan_datafusion_err, plan_err, Result};
use datafusion::physical_plan::{collect, ExecutionPlan};
use datafusion::prelude::SessionContext;
use datafusion::sql::parser::Statement;
use datafusion::sql::sqlparser::ast::Statement as SqlStatement;
use rdkafka::consumer::{CommitMode, Consumer};
use rdkafka::{Offset, TopicPartitionList};
use tokio::sync::watch;

use crate::cli::error::describe;
use crate::config::KafkaConfig;
use crate::signals::shutdown_signal;
use crate::sources::kafka::exec::KafkaScanExec;
use crate::sources::kafka::metrics::{registry, StreamMetrics};
use crate::sources::kafka::options::{KafkaConsumer, QuietEofContext};
use crate::statements::{parse_one, split};

/// Where a continuous pipeline stands.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// Micro-batches committed.
    pub batches: u64,
    /// Source messages read and committed.
    pub messages: u64,
    /// Rows the sink confirmed.
    pub rows_written: u64,
    /// Messages per second over the last micro-batch.
    pub messages_per_sec: f64,
    /// Messages skipped or dead-lettered because they did not decode.
    pub errors: u64,
    /// `(topic, partition, lag)`: messages behind the high-water mark after the last commit.
    pub lag: Vec<(String, i32, i64)>,
}

impl std::fmt::Display for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "batches={} messages={} written={} rate={:.0} msg/s errors={} lag=[",
            self.batches, self.messages, self.rows_written, self.messages_per_sec, self.errors
        )?;
        for (i, (t, p, l)) in self.lag.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{t}/{p}:{l}")?;
        }
        f.write_str("]")
    }
}

/// Every Kafka scan in a plan.
pub fn kafka_scans(plan: &Arc<dyn ExecutionPlan>) -> Vec<Arc<dyn ExecutionPlan>> {
    let mut out = Vec::new();
    let mut stack = vec![Arc::clone(plan)];
    while let Some(p) = stack.pop() {
        if p.is::<KafkaScanExec>() {
            out.push(Arc::clone(&p));
        }
        stack.extend(p.children().into_iter().cloned());
    }
    out
}

/// Run `sql` (setup statements, then one `INSERT INTO ... SELECT ...` from Kafka tables with a
/// `group_id`) until `stop` turns true. Every committed micro-batch is added to `metrics`, then
/// `on_progress` is called.
pub async fn run_pipeline(
    ctx: &SessionContext,
    sql: &str,
    config: &KafkaConfig,
    mut stop: watch::Receiver<bool>,
    metrics: &StreamMetrics,
    on_progress: &mut (dyn FnMut(&Progress) + Send),
) -> Result<Progress> {
    let dialect = ctx.copied_config().options().sql_parser.dialect.to_string();
    let dialect = datafusion::sql::sqlparser::dialect::dialect_from_str(&dialect)
        .ok_or_else(|| exec_datafusion_err!("unknown SQL dialect {dialect}"))?;
    // The whole script is parsed before any of it runs.
    let script = split(sql, dialect.as_ref());
    if let Some(u) = script.unreadable {
        return plan_err!("line {}: syntax error: {}", u.error_line, u.message);
    }
    let statements = script
        .statements
        .iter()
        .map(|s| {
            parse_one(&s.text, dialect.as_ref()).map_err(|e| {
                let (line, message) = describe(&e, s.line, s.column);
                plan_datafusion_err!("line {line}: {message}")
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut insert = None;
    for stmt in statements {
        let is_insert = matches!(&stmt, Statement::Statement(s) if matches!(s.as_ref(), SqlStatement::Insert(_)));
        if is_insert {
            if insert.is_some() {
                return plan_err!(
                    "privsql stream runs one INSERT INTO ... SELECT; the script has several"
                );
            }
            insert = Some(stmt);
            continue;
        }
        if insert.is_some() {
            return plan_err!(
                "privsql stream: the INSERT INTO ... SELECT must be the script's last statement"
            );
        }
        let plan = ctx.state().statement_to_plan(stmt).await?;
        ctx.execute_logical_plan(plan).await?.collect().await?;
    }
    let Some(insert) = insert else {
        return plan_err!(
            "privsql stream needs an INSERT INTO <sink> SELECT ... FROM <kafka table> statement"
        );
    };

    let poll = Duration::from_millis(config.poll_interval_ms.max(1));
    let mut committers: HashMap<(String, String), Arc<KafkaConsumer>> = HashMap::new();
    let mut progress = Progress::default();
    loop {
        if *stop.borrow() {
            break;
        }
        let plan = ctx.state().statement_to_plan(insert.clone()).await?;
        let physical = ctx
            .execute_logical_plan(plan)
            .await?
            .create_physical_plan()
            .await?;
        let scans = kafka_scans(&physical);
        if scans.is_empty() {
            return plan_err!("privsql stream: the INSERT reads no Kafka table");
        }
        let mut pending = 0u64;
        for s in &scans {
            let Some(scan) = s.downcast_ref::<KafkaScanExec>() else {
                continue;
            };
            if scan.options().group_id.is_none() {
                return plan_err!(
                    "privsql stream: Kafka table on topic {} needs OPTIONS (group_id '...') so that its progress can be committed",
                    scan.options().topic
                );
            }
            pending += scan.ranges().map(|r| r.len()).sum::<u64>();
        }
        if pending == 0 {
            tokio::select! {
                _ = tokio::time::sleep(poll) => {}
                _ = stop.changed() => {}
            }
            continue;
        }

        let started = Instant::now();
        let out = collect(Arc::clone(&physical), ctx.task_ctx()).await?;
        let written = count_of(&out);

        // The sink confirmed the batch: now, and only now, move the group forward.
        let (mut lag, mut committed) = (Vec::new(), Vec::new());
        let (mut skipped, mut dead_lettered, mut bytes) = (0u64, 0u64, 0u64);
        for s in &scans {
            let Some(scan) = s.downcast_ref::<KafkaScanExec>() else {
                continue;
            };
            let opts = scan.options();
            let group = opts.group_id.clone().unwrap_or_default();
            let key = (opts.bootstrap.clone(), group);
            let consumer = match committers.get(&key) {
                Some(c) => Arc::clone(c),
                None => {
                    let c: KafkaConsumer = opts
                        .consumer_config(config)
                        .create_with_context(QuietEofContext)
                        .map_err(|e| {
                            exec_datafusion_err!(
                                "Kafka: creating the committing consumer failed: {e}"
                            )
                        })?;
                    let c = Arc::new(c);
                    committers.insert(key, Arc::clone(&c));
                    c
                }
            };
            let mut tpl = TopicPartitionList::new();
            for r in scan.ranges() {
                tpl.add_partition_offset(&opts.topic, r.partition, Offset::Offset(r.end))
                    .map_err(|e| exec_datafusion_err!("Kafka: preparing the commit failed: {e}"))?;
                lag.push((opts.topic.clone(), r.partition, r.high - r.end));
                committed.push((opts.topic.clone(), r.partition, r.end));
            }
            let topic = opts.topic.clone();
            tokio::task::spawn_blocking(move || consumer.commit(&tpl, CommitMode::Sync))
                .await
                .map_err(|e| exec_datafusion_err!("Kafka: commit task failed: {e}"))?
                .map_err(|e| {
                    exec_datafusion_err!("Kafka: committing offsets of topic {topic} failed: {e}")
                })?;
            if let Some(m) = scan.metrics() {
                let sum = |name: &str| m.sum_by_name(name).map_or(0, |v| v.as_usize() as u64);
                skipped += sum("errors_skipped");
                dead_lettered += sum("dead_lettered");
                bytes += sum("bytes_read");
            }
        }
        let secs = started.elapsed().as_secs_f64().max(1e-6);
        progress.batches += 1;
        progress.messages += pending;
        progress.rows_written += written;
        progress.messages_per_sec = pending as f64 / secs;
        progress.errors += skipped + dead_lettered;
        metrics.record_batch(
            pending,
            bytes,
            written,
            skipped,
            dead_lettered,
            progress.messages_per_sec,
            &lag,
            &committed,
        );
        progress.lag = lag;
        tracing::debug!(%progress, "micro-batch committed");
        on_progress(&progress);
    }
    Ok(progress)
}

fn count_of(batches: &[RecordBatch]) -> u64 {
    batches
        .iter()
        .filter_map(|b| b.column_by_name("count"))
        .filter_map(|c| c.as_primitive_opt::<UInt64Type>())
        .map(|c| c.iter().flatten().sum::<u64>())
        .sum()
}

/// `privsql stream -f FILE`: run the pipeline in `file` with a session built from `config`
/// until SIGINT or SIGTERM; then the running micro-batch finishes and commits, and the final
/// progress is returned.
///
/// Progress goes to stderr: a live line (messages per second, lag per partition, errors) when
/// stderr is a terminal, otherwise an `info` log line at most every 10 seconds. The
/// pipeline's metrics are in [`registry`] under the file's name (`kafka_stream_metrics()`).
pub async fn run_file(config: &crate::Config, file: &std::path::Path) -> Result<Progress> {
    let sql = std::fs::read_to_string(file)
        .map_err(|e| exec_datafusion_err!("cannot read {}: {e}", file.display()))?;
    let ctx = crate::build_session(config)?;
    crate::observe::register_process(&ctx);
    crate::observe::http::start(&config.metrics)
        .await
        .map_err(|e| exec_datafusion_err!("metrics.listen {}: {e}", config.metrics.listen))?;
    let (tx, rx) = watch::channel(false);
    let signals = tokio::spawn(async move {
        shutdown_signal().await;
        eprintln!("privsql stream: stopping after the current micro-batch");
        let _ = tx.send(true);
    });
    let name = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "pipeline".to_string());
    let metrics = registry().pipeline(&name);
    let mut display = ProgressDisplay::new(&name);
    let mut show = |p: &Progress| display.update(p);
    let done = run_pipeline(&ctx, &sql, &config.kafka, rx, &metrics, &mut show).await;
    signals.abort();
    display.finish();
    let done = done?;
    eprintln!("privsql stream: stopped, all committed: {done}");
    Ok(done)
}

/// How often the log line is written when stderr is not a terminal.
const LOG_EVERY: Duration = Duration::from_secs(10);

/// The CLI's view of a running pipeline: an indicatif line on a terminal, log lines otherwise.
struct ProgressDisplay {
    bar: Option<indicatif::ProgressBar>,
    name: String,
    last_log: Option<Instant>,
}

impl ProgressDisplay {
    fn new(name: &str) -> Self {
        use std::io::IsTerminal;
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} {prefix}: {msg} [{elapsed_precise}]",
            ) {
                bar.set_style(style);
            }
            bar.set_prefix(name.to_string());
            bar.set_message("waiting for messages");
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self {
            bar,
            name: name.to_string(),
            last_log: None,
        }
    }

    fn update(&mut self, p: &Progress) {
        match &self.bar {
            Some(bar) => bar.set_message(p.to_string()),
            None => {
                if self.last_log.is_none_or(|t| t.elapsed() >= LOG_EVERY) {
                    tracing::info!(pipeline = %self.name, progress = %p, "privsql stream");
                    self.last_log = Some(Instant::now());
                }
            }
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
