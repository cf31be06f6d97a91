//! The state the family's functions share (the model registry and the threshold), and the
//! field that carries it in each UDF, compared and hashed by identity.

use std::sync::Arc;

use super::model::ModelRegistry;

/// Shared by the family's functions: the models and the threshold.
#[derive(Debug)]
pub struct ClassifyState {
    pub registry: ModelRegistry,
    pub threshold: f64,
}

/// The family's shared state as a field of each UDF: compared and hashed by identity (two
/// functions are the same when they share one registry), which is what `ScalarUDFImpl`'s
/// `Eq + Hash` needs, so the UDF structs can simply derive them.
#[derive(Debug, Clone)]
pub(crate) struct SharedState(pub Arc<ClassifyState>);

impl PartialEq for SharedState {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedState {}

impl std::hash::Hash for SharedState {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Arc::as_ptr(&self.0) as usize).hash(state)
    }
}

impl std::ops::Deref for SharedState {
    type Target = ClassifyState;
    fn deref(&self) -> &ClassifyState {
        &self.0
    }
}
