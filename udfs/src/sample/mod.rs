//! Sampling and class balancing: `stratified_sample`, `stratified_split`, `random_sample`,
//! `systematic_sample`, `smote`, `borderline_smote`, `adasyn`, `random_oversample`, `random_undersample`.
//!
//! Two operators, chosen by what each algorithm needs:
//! - The samplers (`stratified_sample`, `stratified_split`, `random_sample`) run in
//!   [`DrawExec`](draw::DrawExec): a count pass (DataFusion's own aggregate and the allocation,
//!   computed with window functions over that small table), then a hash-rank pass over every
//!   input partition at once that keeps per stratum only the rows of smallest
//!   `sample_hash(seed, <row>)`, in memory bounded by the sample. Exact, independent of
//!   partitioning, serialised through [`SampleCodec`](codec::SampleCodec).
//!   `systematic_sample` needs a total order, so it stays a plain plan (a window over a sort,
//!   which spills) with the `sample_hash` scalar UDF, found by name.
//! - SMOTE and the resamplers need every row of a class at once: they run in one
//!   [`ResampleExec`](resample::ResampleExec) that reserves its memory in DataFusion's pool and
//!   serialises through [`SampleCodec`](codec::SampleCodec).

use std::sync::Arc;

use datafusion::logical_expr::ScalarUDF;

use crate::Functions;

mod args;
pub mod codec;
pub mod draw;
mod features;
pub mod hash;
mod knn;
mod output;
mod plan;
pub mod resample;
mod resample_spec;
mod strategy;

mod adasyn;
mod borderline_smote;
mod random_oversample;
mod random_sample;
mod random_undersample;
mod sample_hash;
mod smote;
mod stratified_allocation;
mod stratified_sample;
mod stratified_split;
mod systematic_sample;

pub use codec::SampleCodec;
pub use sample_hash::SampleHashFunc;

/// Every function of the sampling family.
pub fn functions() -> Functions {
    Functions {
        scalar: vec![Arc::new(ScalarUDF::from(SampleHashFunc::new()))],
        table: vec![
            stratified_sample::named(),
            stratified_allocation::named(),
            stratified_split::named(),
            random_sample::named(),
            systematic_sample::named(),
            smote::named(),
            borderline_smote::named(),
            adasyn::named(),
            random_oversample::named(),
            random_undersample::named(),
        ],
        ..Functions::default()
    }
}
