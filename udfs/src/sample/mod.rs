//! Sampling and class balancing: `stratified_sample`, `stratified_split`, `random_sample`,
//! `systematic_sample`, `smote`, `borderline_smote`, `adasyn`, `random_oversample`, `random_undersample`.
//!
//! Two designs, chosen by what each algorithm needs:
//! - The samplers are table functions that return a [`ViewTable`](datafusion::catalog::view::ViewTable)
//!   over a plan of DataFusion's own operators: a count pass (an aggregate per stratum and the
//!   allocation, computed with window functions over that small table), then a rank pass
//!   (`row_number() OVER (PARTITION BY stratum ORDER BY sample_hash(seed, <row>))`) joined to the
//!   allocation and filtered. They are exact, spill through DataFusion's memory pool, do not depend
//!   on partitioning (the rank key is a seeded hash of the row's content) and serialise through
//!   datafusion-proto as plain plans; `sample_hash` is the only new piece, a scalar UDF found by
//!   name.
//! - SMOTE and the resamplers need every row of a class at once: they run in one
//!   [`ResampleExec`](resample::ResampleExec) that reserves its memory in DataFusion's pool and
//!   serialises through [`SampleCodec`](codec::SampleCodec).

use std::sync::Arc;

use datafusion::logical_expr::ScalarUDF;

use crate::Functions;

mod args;
pub mod codec;
pub mod draw;
pub mod hash;
mod knn;
mod plan;
pub mod resample;
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
