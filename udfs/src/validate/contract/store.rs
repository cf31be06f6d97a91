//! The contracts defined in a session, by name, shared by every contract function.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

use datafusion::common::{plan_datafusion_err, plan_err, Result};
use datafusion::execution::SessionState;

use super::model::{Contract, Mode};

/// The defined contracts of a session, shared by every contract function.
#[derive(Debug, Clone, Default)]
pub struct ContractStore {
    inner: Arc<RwLock<BTreeMap<String, Arc<Contract>>>>,
}

impl PartialEq for ContractStore {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
impl Eq for ContractStore {}
impl std::hash::Hash for ContractStore {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Arc::as_ptr(&self.inner) as usize).hash(state)
    }
}

impl ContractStore {
    /// The contract named `name`, or a planning error listing the known ones.
    pub fn get(&self, name: &str) -> Result<Arc<Contract>> {
        let map = self
            .inner
            .read()
            .map_err(|_| plan_datafusion_err!("contract store poisoned"))?;
        match map.get(name) {
            Some(c) => Ok(Arc::clone(c)),
            None => {
                let known: Vec<&str> = map.keys().map(String::as_str).collect();
                plan_err!(
                    "unknown contract '{name}'; defined contracts: {}",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                )
            }
        }
    }

    /// Every contract, by name.
    pub fn all(&self) -> Vec<Arc<Contract>> {
        self.inner
            .read()
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Parse, check and store a contract, replacing any of the same name.
    pub fn define(
        &self,
        state: &SessionState,
        name: &str,
        body: &str,
        mode: Mode,
        origin: &str,
    ) -> Result<Arc<Contract>> {
        let contract = Arc::new(Contract::parse(state, name, body, mode, origin)?);
        let mut map = self
            .inner
            .write()
            .map_err(|_| plan_datafusion_err!("contract store poisoned"))?;
        map.insert(name.to_string(), Arc::clone(&contract));
        Ok(contract)
    }

    /// Forget a contract; true when it existed.
    pub fn drop_contract(&self, name: &str) -> bool {
        self.inner
            .write()
            .map(|mut m| m.remove(name).is_some())
            .unwrap_or(false)
    }
}
