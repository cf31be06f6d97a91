//! One execution of [`DrawExec`](super::DrawExec): the count pass (the allocation plan's
//! targets), the hash-rank pass over every input partition at once and the merge of their
//! candidates, then the sample in key order, or for the split a last pass that labels every row.

use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use arrow::array::{AsArray, Int64Array, RecordBatch};
use arrow::compute::{cast, concat_batches, interleave_record_batch};
use arrow::datatypes::{DataType, Int64Type, SchemaRef};
use datafusion::common::runtime::SpawnedTask;
use datafusion::common::{internal_err, DataFusionError, Result};
use datafusion::execution::memory_pool::MemoryConsumer;
use datafusion::execution::TaskContext;
use datafusion::physical_plan::execution_plan::reset_plan_states;
use datafusion::physical_plan::stream::RecordBatchReceiverStreamBuilder;
use datafusion::physical_plan::{collect, ExecutionPlan};
use futures::StreamExt;

use super::rank::{Boundaries, Candidates, Entry, Scanner, Targets};
use super::spec::{DrawMode, DrawSpec};
use crate::sample::plan::{ALLOCATED, POPULATION, STRATUM};
use crate::sample::sample_hash::hashable;

/// Everything one execution needs, moved into its future.
pub(super) struct Job {
    pub(super) allocation: Arc<dyn ExecutionPlan>,
    pub(super) input: Arc<dyn ExecutionPlan>,
    pub(super) spec: DrawSpec,
    pub(super) stratum: Option<usize>,
    pub(super) schema: SchemaRef,
    pub(super) context: Arc<TaskContext>,
}

type Out = futures::stream::BoxStream<'static, Result<RecordBatch>>;

impl Job {
    pub(super) async fn run(self) -> Result<Out> {
        let targets = Arc::new(self.targets().await?);
        if targets.keep.is_empty() {
            return Ok(futures::stream::empty().boxed());
        }
        let rows = self.spec.mode == DrawMode::Sample;
        // The hash-rank pass, every partition at once.
        let parts = self
            .input
            .properties()
            .output_partitioning()
            .partition_count();
        let mut tasks = Vec::with_capacity(parts);
        for p in 0..parts {
            let scan = self.scanner();
            let stream = self.input.execute(p, Arc::clone(&self.context))?;
            let targets = Arc::clone(&targets);
            let reservation = MemoryConsumer::new(format!("DrawExec[{}]", self.spec.function))
                .register(self.context.memory_pool());
            tasks.push(SpawnedTask::spawn(async move {
                scan.collect_candidates(stream, &targets, rows, reservation)
                    .await
            }));
        }
        let mut all: Option<Candidates> = None;
        for t in tasks {
            let c = t
                .join_unwind()
                .await
                .map_err(|e| DataFusionError::External(Box::new(e)))??;
            all = Some(match all {
                None => c,
                Some(mut a) => {
                    let off = a.batches.len() as u32;
                    a.entries.extend(c.entries.iter().map(|e| Entry {
                        batch: e.batch + off,
                        ..*e
                    }));
                    a.batches.extend(c.batches);
                    a.reservation.try_grow(c.reservation.size())?;
                    a
                }
            });
        }
        let Some(mut all) = all else {
            return Ok(futures::stream::empty().boxed());
        };
        let mut thresholds = vec![u64::MAX; targets.keep.len()];
        all.compact(&targets, rows, &mut thresholds)?;
        match self.spec.mode {
            DrawMode::Sample => {
                // In key order: a reproducible random order.
                let mut order: Vec<Entry> = all.entries.clone();
                order.sort_unstable_by_key(Entry::key);
                if order.is_empty() {
                    return Ok(futures::stream::empty().boxed());
                }
                let refs: Vec<&RecordBatch> = all.batches.iter().collect();
                let idx: Vec<(usize, usize)> = order
                    .iter()
                    .map(|e| (e.batch as usize, e.row as usize))
                    .collect();
                let batch = interleave_record_batch(&refs, &idx)?;
                let batch =
                    RecordBatch::try_new(Arc::clone(&self.schema), batch.columns().to_vec())?;
                let size = self.context.session_config().batch_size().max(1);
                let reservation = all.reservation;
                let out: Vec<RecordBatch> = (0..batch.num_rows())
                    .step_by(size)
                    .map(|o| batch.slice(o, size.min(batch.num_rows() - o)))
                    .collect();
                Ok(futures::stream::iter(out.into_iter().map(move |b| {
                    let _ = &reservation;
                    Ok(b)
                }))
                .boxed())
            }
            DrawMode::Split => self.label(&targets, all),
        }
    }

    /// The count pass: per stratum, how many keys to keep.
    async fn targets(&self) -> Result<Targets> {
        let batches = collect(Arc::clone(&self.allocation), Arc::clone(&self.context)).await?;
        let a = concat_batches(&self.allocation.schema(), &batches)?;
        let col = |name: &str| -> Result<Int64Array> {
            let c = a
                .column_by_name(name)
                .ok_or_else(|| DataFusionError::Internal(format!("no column {name}")))?;
            Ok(cast(c, &DataType::Int64)?
                .as_primitive::<Int64Type>()
                .clone())
        };
        let (pop, alloc) = (col(POPULATION)?, col(ALLOCATED)?);
        let mut keep = Vec::with_capacity(a.num_rows());
        let mut inverted = Vec::with_capacity(a.num_rows());
        for i in 0..a.num_rows() {
            let (n, k) = (pop.value(i).max(0) as u64, alloc.value(i).max(0) as u64);
            match self.spec.mode {
                DrawMode::Sample => {
                    keep.push(k);
                    inverted.push(false);
                }
                DrawMode::Split => {
                    // Test: the n - k smallest keys; keep the smaller side.
                    let test = n.saturating_sub(k);
                    if test <= k {
                        keep.push(test);
                        inverted.push(false);
                    } else {
                        keep.push(k);
                        inverted.push(true);
                    }
                }
            }
        }
        let strata = match self.stratum {
            Some(i) => {
                let t = self.input.schema().field(i).data_type().clone();
                let c = a
                    .column_by_name(STRATUM)
                    .ok_or_else(|| DataFusionError::Internal("no stratum column".into()))?;
                Some(cast(c, &t)?)
            }
            None => {
                if a.num_rows() > 1 {
                    return internal_err!("DrawExec: one stratum expected");
                }
                None
            }
        };
        // Rows read and strata now; rows returned as the output streams (DrawExec::execute).
        let population: u64 = pop.iter().flatten().map(|n| n.max(0) as u64).sum();
        crate::metrics::count_sample(&self.spec.function, population, Some(a.num_rows()), 0);
        Ok(Targets {
            strata,
            keep,
            inverted,
        })
    }

    fn scanner(&self) -> Scanner {
        let schema = self.input.schema();
        let hashed: Vec<usize> = (0..schema.fields().len())
            .filter(|&i| hashable(schema.field(i).data_type()))
            .collect();
        let mut hash_types: Vec<DataType> = hashed
            .iter()
            .map(|&i| schema.field(i).data_type().clone())
            .collect();
        if hash_types.is_empty() {
            hash_types.push(DataType::Int64);
        }
        Scanner {
            hash_types,
            function: self.spec.function.clone(),
            stratum: self.stratum,
            stratum_field: self.stratum.map(|i| schema.field(i).clone()),
            hashed,
            seed: self.spec.seed,
        }
    }

    /// The split's last pass: every row with its label, streamed from every partition.
    fn label(&self, targets: &Arc<Targets>, all: Candidates) -> Result<Out> {
        // Per stratum: the boundary key (the largest kept), and how many keys equal to it are in.
        let s = targets.keep.len();
        let mut boundary: Vec<Option<(u64, u64)>> = vec![None; s];
        let mut less = vec![0u64; s];
        for e in &all.entries {
            let b = &mut boundary[e.stratum as usize];
            if b.is_none_or(|b| e.key() > b) {
                *b = Some(e.key());
            }
        }
        for e in &all.entries {
            if Some(e.key()) < boundary[e.stratum as usize] {
                less[e.stratum as usize] += 1;
            }
        }
        let equal_in: Vec<u64> = (0..s)
            .map(|g| targets.keep[g].saturating_sub(less[g]))
            .collect();
        drop(all);
        let shared = Arc::new(Boundaries {
            boundary,
            equal_in,
            equal_seen: (0..s).map(|_| AtomicU64::new(0)).collect(),
        });
        // A second run of the input: a fresh copy of its plan (a file scan shares its work queue
        // across partitions, and the first pass has drained it).
        let input = reset_plan_states(Arc::clone(&self.input))?;
        let parts = input.properties().output_partitioning().partition_count();
        let mut builder =
            RecordBatchReceiverStreamBuilder::new(Arc::clone(&self.schema), parts.max(1) * 2);
        for p in 0..parts {
            let scan = self.scanner();
            let mut stream = input.execute(p, Arc::clone(&self.context))?;
            let (targets, shared, schema, tx) = (
                Arc::clone(targets),
                Arc::clone(&shared),
                Arc::clone(&self.schema),
                builder.tx(),
            );
            builder.spawn(async move {
                let mut state = scan.state(&targets)?;
                while let Some(batch) = stream.next().await {
                    let batch = batch?;
                    let out = scan.label_batch(&mut state, &batch, &targets, &shared, &schema)?;
                    if tx.send(Ok(out)).await.is_err() {
                        break;
                    }
                }
                Ok(())
            });
        }
        Ok(builder.build())
    }
}
