//! What a draw asked for: the spec the table functions plan and [`crate::sample::SampleCodec`]
//! serialises, and the column `stratified_split` adds.

use serde::{Deserialize, Serialize};

/// The column `stratified_split` adds.
pub const SPLIT: &str = "split";

/// What the operator returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DrawMode {
    /// The allocated rows of each stratum (the smallest keys), in key order.
    Sample,
    /// Every row, with [`SPLIT`] = `'test'` for the `population - allocated` smallest keys of its
    /// stratum and `'train'` for the others.
    Split,
}

/// A draw, as the table functions planned it; serialised as is by [`crate::sample::SampleCodec`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrawSpec {
    /// The SQL function, for messages.
    pub function: String,
    pub mode: DrawMode,
    /// The strata column of the input; `None`: the whole input is one stratum.
    pub stratum: Option<String>,
    pub seed: u64,
}
