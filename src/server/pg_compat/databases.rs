//! Database names as catalog names. A PostgreSQL client always names a database at startup
//! (libpq: the user name unless told otherwise; dbt, JDBC URLs, SQLAlchemy: `postgres` or the
//! project's), and writes it in three-part names (`"postgres"."public"."t"`, dbt's relations).
//! privsql has one catalog for them all: every name a client connected with resolves to it,
//! while the catalog lists (`information_schema`, `pg_catalog`) show it once, by its own name.

use std::collections::HashSet;
use std::sync::{Arc, RwLock};

use datafusion::catalog::{CatalogProvider, CatalogProviderList};

/// A catalog list that resolves admitted database names to the default catalog.
#[derive(Debug)]
pub struct DatabaseAliases {
    inner: Arc<dyn CatalogProviderList>,
    default: String,
    aliases: RwLock<HashSet<String>>,
}

impl DatabaseAliases {
    /// Aliases over `inner`, whose catalog `default` they name.
    pub fn new(inner: Arc<dyn CatalogProviderList>, default: &str) -> Self {
        Self {
            inner,
            default: default.to_owned(),
            aliases: RwLock::new(HashSet::new()),
        }
    }

    /// Let `name` resolve to the default catalog, unless a catalog of that name exists.
    pub fn admit(&self, name: &str) {
        if name == self.default || self.inner.catalog(name).is_some() {
            return;
        }
        let known = self
            .aliases
            .read()
            .map(|a| a.contains(name))
            .unwrap_or(true);
        if !known {
            if let Ok(mut a) = self.aliases.write() {
                a.insert(name.to_owned());
            }
        }
    }

    fn is_alias(&self, name: &str) -> bool {
        self.aliases.read().is_ok_and(|a| a.contains(name))
    }
}

impl CatalogProviderList for DatabaseAliases {
    fn register_catalog(
        &self,
        name: String,
        catalog: Arc<dyn CatalogProvider>,
    ) -> Option<Arc<dyn CatalogProvider>> {
        if let Ok(mut a) = self.aliases.write() {
            a.remove(&name);
        }
        self.inner.register_catalog(name, catalog)
    }

    /// The real catalogs only: an alias listed would show every table twice.
    fn catalog_names(&self) -> Vec<String> {
        self.inner.catalog_names()
    }

    fn catalog(&self, name: &str) -> Option<Arc<dyn CatalogProvider>> {
        self.inner.catalog(name).or_else(|| {
            self.is_alias(name)
                .then(|| self.inner.catalog(&self.default))
                .flatten()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::catalog::MemoryCatalogProvider;
    use datafusion::catalog::MemoryCatalogProviderList;

    #[test]
    fn admitted_names_reach_the_default_catalog_and_are_not_listed() {
        let inner = Arc::new(MemoryCatalogProviderList::new());
        inner.register_catalog("cat".into(), Arc::new(MemoryCatalogProvider::new()));
        let list = DatabaseAliases::new(inner, "cat");
        assert!(list.catalog("postgres").is_none());
        list.admit("postgres");
        assert!(list.catalog("postgres").is_some());
        assert!(list.catalog("other").is_none());
        assert_eq!(list.catalog_names(), vec!["cat".to_owned()]);
    }
}
