//! The hash-rank pass's state: per stratum the targets of the count pass, a partition's bounded
//! buffer of the smallest keys (and, for a sample, their rows) with its compaction, and the
//! per-partition [`Scanner`] that computes strata ids and keys, and labels rows for the split.

use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};
use std::sync::Arc;

use arrow::array::{ArrayRef, Int64Array, RecordBatch, StringArray, UInt32Array};
use arrow::compute::{interleave_record_batch, take_record_batch};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use arrow::row::{RowConverter, SortField};
use datafusion::common::{exec_err, internal_err, Result};
use datafusion::execution::memory_pool::MemoryReservation;
use datafusion::execution::SendableRecordBatchStream;
use datafusion::physical_plan::aggregates::group_values::{new_group_values, GroupValues};
use datafusion::physical_plan::aggregates::order::GroupOrdering;
use futures::StreamExt;

use crate::sample::hash::hash_bytes;

/// The tie-break hash's seed offset: a second, independent hash of the same row bytes.
const TIE_SEED: u64 = 0x7469_652d_6272_6561;

/// Per stratum (by group id): how many of the smallest keys to keep, and whether the keys are
/// inverted (the split keeps the smaller side: the test rows, or the train rows as the largest
/// keys).
pub(super) struct Targets {
    /// The strata values, in group-id order (cast to the input column's type).
    pub(super) strata: Option<ArrayRef>,
    pub(super) keep: Vec<u64>,
    pub(super) inverted: Vec<bool>,
}

/// One candidate row: its key, its stratum, and where its row is.
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub(super) h1: u64,
    pub(super) h2: u64,
    pub(super) stratum: u32,
    pub(super) batch: u32,
    pub(super) row: u32,
}

impl Entry {
    #[inline]
    pub(super) fn key(&self) -> (u64, u64) {
        (self.h1, self.h2)
    }
}

/// What a partition (or the merge of all of them) holds: per stratum at most its `keep` smallest
/// keys once compacted, and with [`DrawMode::Sample`](super::DrawMode::Sample) their rows.
pub(super) struct Candidates {
    pub(super) entries: Vec<Entry>,
    pub(super) batches: Vec<RecordBatch>,
    pub(super) reservation: MemoryReservation,
}

impl Candidates {
    fn bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self
                .batches
                .iter()
                .map(|b| b.get_array_memory_size())
                .sum::<usize>()
    }

    /// Cut every stratum back to its `keep` smallest keys; return each full stratum's largest
    /// kept `h1` (the new admission threshold) or `u64::MAX`.
    pub(super) fn compact(
        &mut self,
        targets: &Targets,
        rows: bool,
        thresholds: &mut [u64],
    ) -> Result<()> {
        let s = targets.keep.len();
        // Counting sort by stratum, then a selection within each stratum.
        let mut start = vec![0usize; s + 1];
        for e in &self.entries {
            start[e.stratum as usize + 1] += 1;
        }
        for i in 0..s {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut by = vec![
            Entry {
                h1: 0,
                h2: 0,
                stratum: 0,
                batch: 0,
                row: 0
            };
            self.entries.len()
        ];
        for e in &self.entries {
            let p = &mut next[e.stratum as usize];
            by[*p] = *e;
            *p += 1;
        }
        let mut kept = Vec::with_capacity(
            self.entries
                .len()
                .min(targets.keep.iter().map(|&k| k as usize).sum::<usize>() + 1),
        );
        for g in 0..s {
            let part = &mut by[start[g]..start[g + 1]];
            let k = targets.keep[g] as usize;
            if part.len() > k {
                if k > 0 {
                    part.select_nth_unstable_by_key(k - 1, Entry::key);
                }
                thresholds[g] = if k > 0 {
                    part[..k].iter().map(|e| e.h1).max().unwrap_or(0)
                } else {
                    0
                };
                kept.extend_from_slice(&part[..k]);
            } else {
                if part.len() == k && k > 0 {
                    thresholds[g] = part.iter().map(|e| e.h1).max().unwrap_or(u64::MAX);
                }
                kept.extend_from_slice(part);
            }
        }
        drop(by);
        if rows && !self.batches.is_empty() {
            let refs: Vec<&RecordBatch> = self.batches.iter().collect();
            let idx: Vec<(usize, usize)> = kept
                .iter()
                .map(|e| (e.batch as usize, e.row as usize))
                .collect();
            let merged = interleave_record_batch(&refs, &idx)?;
            for (j, e) in kept.iter_mut().enumerate() {
                e.batch = 0;
                e.row = j as u32;
            }
            self.batches = vec![merged];
        }
        self.entries = kept;
        self.reservation.try_resize(self.bytes())?;
        Ok(())
    }
}

/// The split's boundaries, shared by the labelling tasks.
pub(super) struct Boundaries {
    pub(super) boundary: Vec<Option<(u64, u64)>>,
    pub(super) equal_in: Vec<u64>,
    pub(super) equal_seen: Vec<AtomicU64>,
}

/// Per-partition work: strata ids and keys of a batch.
pub(super) struct Scanner {
    pub(super) function: String,
    pub(super) stratum: Option<usize>,
    pub(super) stratum_field: Option<Field>,
    pub(super) hashed: Vec<usize>,
    /// The types of the hash's input columns (a constant Int64 when no column is hashable).
    pub(super) hash_types: Vec<DataType>,
    pub(super) seed: u64,
}

/// A partition's reusable state: the strata's group ids and the row encoder of the hash.
pub(super) struct ScanState {
    groups: Option<Box<dyn GroupValues>>,
    ids: Vec<usize>,
    converter: RowConverter,
    strata: usize,
}

impl Scanner {
    pub(super) fn state(&self, targets: &Targets) -> Result<ScanState> {
        let strata = targets.keep.len();
        let groups = match (&self.stratum_field, &targets.strata) {
            (Some(f), Some(values)) => {
                let schema = Arc::new(Schema::new(vec![f.clone().with_nullable(true)]));
                let mut g = new_group_values(schema, &GroupOrdering::None)?;
                let mut ids = Vec::new();
                g.intern(std::slice::from_ref(values), &mut ids)?;
                if ids.iter().enumerate().any(|(i, &id)| i != id) || g.len() != strata {
                    return internal_err!("DrawExec: the allocation's strata are not distinct");
                }
                Some(g)
            }
            _ => None,
        };
        let converter = RowConverter::new(
            self.hash_types
                .iter()
                .map(|t| SortField::new(t.clone()))
                .collect(),
        )?;
        Ok(ScanState {
            groups,
            ids: Vec::new(),
            converter,
            strata,
        })
    }

    /// The group id of every row of `batch` (strata unknown to the allocation are an error: the
    /// input changed between the passes).
    fn ids(&self, state: &mut ScanState, batch: &RecordBatch) -> Result<()> {
        state.ids.clear();
        match (&mut state.groups, self.stratum) {
            (Some(g), Some(i)) => {
                g.intern(&[Arc::clone(batch.column(i))], &mut state.ids)?;
                if g.len() > state.strata {
                    return exec_err!(
                        "{}: the input gave a stratum its count pass had not seen; sample a table or view whose rows do not change while it is read",
                        self.function
                    );
                }
            }
            _ => state.ids.resize(batch.num_rows(), 0),
        }
        Ok(())
    }

    /// The hash input of `batch`: its hashable columns (or a constant, as `sample_hash` gets).
    fn hash_rows(&self, state: &mut ScanState, batch: &RecordBatch) -> Result<arrow::row::Rows> {
        let cols: Vec<ArrayRef> = if self.hashed.is_empty() {
            vec![Arc::new(Int64Array::from(vec![0i64; batch.num_rows()]))]
        } else {
            self.hashed
                .iter()
                .map(|&i| Arc::clone(batch.column(i)))
                .collect()
        };
        Ok(state.converter.convert_columns(&cols)?)
    }

    pub(super) async fn collect_candidates(
        self,
        mut stream: SendableRecordBatchStream,
        targets: &Targets,
        rows: bool,
        reservation: MemoryReservation,
    ) -> Result<Candidates> {
        let mut state = self.state(targets)?;
        let total: usize = targets.keep.iter().map(|&k| k as usize).sum();
        let limit = 2 * total + 4096;
        let mut thresholds = vec![u64::MAX; targets.keep.len()];
        let open: Vec<bool> = targets.keep.iter().map(|&k| k > 0).collect();
        let mut c = Candidates {
            entries: Vec::new(),
            batches: Vec::new(),
            reservation,
        };
        let mut picked: Vec<u32> = Vec::new();
        while let Some(batch) = stream.next().await {
            let batch = batch?;
            if batch.num_rows() == 0 {
                continue;
            }
            self.ids(&mut state, &batch)?;
            let encoded = self.hash_rows(&mut state, &batch)?;
            picked.clear();
            let b = c.batches.len() as u32;
            for (i, &g) in state.ids.iter().enumerate() {
                if !open[g] {
                    continue;
                }
                let bytes = encoded.row(i);
                let mut h1 = hash_bytes(bytes.as_ref(), self.seed);
                if targets.inverted[g] {
                    h1 = !h1;
                }
                if h1 <= thresholds[g] {
                    let mut h2 = hash_bytes(bytes.as_ref(), self.seed ^ TIE_SEED);
                    if targets.inverted[g] {
                        h2 = !h2;
                    }
                    let row = if rows { picked.len() as u32 } else { 0 };
                    picked.push(i as u32);
                    c.entries.push(Entry {
                        h1,
                        h2,
                        stratum: g as u32,
                        batch: b,
                        row,
                    });
                }
            }
            if rows && !picked.is_empty() {
                let kept = take_record_batch(&batch, &UInt32Array::from(picked.clone()))?;
                c.reservation.try_grow(kept.get_array_memory_size())?;
                c.batches.push(kept);
            }
            c.reservation.try_resize(c.bytes())?;
            if c.entries.len() > limit {
                c.compact(targets, rows, &mut thresholds)?;
            }
        }
        c.compact(targets, rows, &mut thresholds)?;
        Ok(c)
    }

    pub(super) fn label_batch(
        &self,
        state: &mut ScanState,
        batch: &RecordBatch,
        targets: &Targets,
        b: &Boundaries,
        schema: &SchemaRef,
    ) -> Result<RecordBatch> {
        let n = batch.num_rows();
        let mut test = Vec::with_capacity(n);
        if n > 0 {
            self.ids(state, batch)?;
            let encoded = self.hash_rows(state, batch)?;
            for (i, &g) in state.ids.iter().enumerate() {
                let inv = targets.inverted[g];
                let inside = match b.boundary[g] {
                    None => false,
                    Some((b1, b2)) => {
                        let bytes = encoded.row(i);
                        let mut h1 = hash_bytes(bytes.as_ref(), self.seed);
                        if inv {
                            h1 = !h1;
                        }
                        if h1 != b1 {
                            h1 < b1
                        } else {
                            let mut h2 = hash_bytes(bytes.as_ref(), self.seed ^ TIE_SEED);
                            if inv {
                                h2 = !h2;
                            }
                            if h2 != b2 {
                                h2 < b2
                            } else {
                                b.equal_seen[g].fetch_add(1, AtomicOrdering::Relaxed)
                                    < b.equal_in[g]
                            }
                        }
                    }
                };
                // The kept side is the test rows, or (inverted) the train rows.
                test.push(inside != inv);
            }
        }
        let split =
            StringArray::from_iter_values(test.iter().map(|&t| if t { "test" } else { "train" }));
        let mut cols = batch.columns().to_vec();
        cols.push(Arc::new(split));
        Ok(RecordBatch::try_new(Arc::clone(schema), cols)?)
    }
}
