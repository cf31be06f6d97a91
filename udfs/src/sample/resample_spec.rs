//! What a resampling call asked for ([`ResampleSpec`]): the method, its label, neighbours,
//! strategy and seed, the feature and categorical columns, what synthetic rows hold in the other
//! columns. Planned by the table functions, checked by the operator, serialised as is by
//! [`crate::sample::SampleCodec`].

use serde::{Deserialize, Serialize};

use super::strategy::{Direction, Strategy};

/// The output column that flags the rows a resampler made.
pub const IS_SYNTHETIC: &str = "is_synthetic";

/// Which resampler.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Method {
    /// SMOTE: interpolate between a row and one of its k nearest same-class neighbours.
    Smote,
    /// Borderline-SMOTE 1: SMOTE from the rows "in danger" only (at least half, not all, of
    /// their `m_neighbors` nearest rows of any class are of another class).
    ///
    /// `kind` 2 (Borderline-SMOTE 2): a seed row's k neighbours are searched among the rows of
    /// every class, and a synthetic row toward a neighbour of another class lies in the first
    /// half of the segment (its step is multiplied by a uniform draw in [0, 0.5)).
    BorderlineSmote {
        m_neighbors: usize,
        #[serde(default = "borderline_kind_1")]
        kind: u8,
    },
    /// ADASYN: SMOTE where each row of the class makes a number of rows proportional to the
    /// share of its k nearest rows (of any class) that are of another class.
    Adasyn,
    /// Duplicate randomly chosen rows of a class.
    RandomOversample,
    /// Keep a random subset of a class.
    RandomUndersample,
}

fn borderline_kind_1() -> u8 {
    1
}

impl Method {
    pub(super) fn direction(&self) -> Direction {
        match self {
            Method::RandomUndersample => Direction::Under,
            _ => Direction::Over,
        }
    }

    pub(super) fn interpolates(&self) -> bool {
        matches!(
            self,
            Method::Smote | Method::BorderlineSmote { .. } | Method::Adasyn
        )
    }
}

/// What a synthetic row holds in the columns that are neither features, categoricals nor the
/// label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OtherColumns {
    /// The seed row's value.
    Copy,
    /// NULL.
    Null,
}

/// Everything a resampling call asked for; serialised as is by [`crate::sample::SampleCodec`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResampleSpec {
    /// The SQL function, for messages.
    pub function: String,
    pub method: Method,
    /// The label column.
    pub label: String,
    /// Neighbours per row (SMOTE family).
    pub k: usize,
    pub strategy: Strategy,
    pub seed: u64,
    /// The feature columns; `None`: every numeric or float-vector column but the label and the
    /// categoricals.
    pub features: Option<Vec<String>>,
    /// Categorical columns (SMOTE-NC).
    pub categorical: Vec<String>,
    /// Standardise the numeric features (zero mean, unit variance) for the neighbour search.
    pub standardize: bool,
    pub other_columns: OtherColumns,
}
