//! A connection's transaction block, as far as the catalog goes: between `BEGIN` and `COMMIT`,
//! CREATE/DROP of tables, views and schemas and `ALTER TABLE ... RENAME` change the catalog at
//! once (so the connection sees its own changes) but are recorded in the [`CatalogStore`] only at
//! COMMIT; at ROLLBACK (or when the connection ends inside the block) each is undone, newest
//! first, by putting back what its names meant before ([`Snapshot`]).
//!
//! The catalog is shared: until COMMIT or ROLLBACK, other connections see the pending objects
//! too (there is no isolation of catalog changes). A statement that fails inside a block aborts
//! it, as in PostgreSQL: the statements after it are refused with 25P02 until ROLLBACK.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use datafusion::catalog::{CatalogProviderList, SchemaProvider, TableProvider};
use datafusion::common::{ResolvedTableReference, TableReference};
use datafusion::prelude::SessionContext;

use super::catalog_store::CatalogStore;
use super::error::ServerError;

type Record = Box<dyn FnOnce(&CatalogStore) -> Result<(), ServerError> + Send>;

/// What names meant before a change: put back at ROLLBACK.
#[derive(Default)]
pub struct Snapshot {
    catalogs: Option<Arc<dyn CatalogProviderList>>,
    relations: Vec<(ResolvedTableReference, Option<Arc<dyn TableProvider>>)>,
    schemas: Vec<((String, String), Option<Arc<dyn SchemaProvider>>)>,
    /// Directories the change created in the data dir (a materialised table's files).
    dirs: Vec<PathBuf>,
}

/// `catalog.schema` (as [`CatalogStore::schema_name`] normalises it) split in two.
fn split_schema(name: &str, default_catalog: &str) -> (String, String) {
    match name.split_once('.') {
        Some((c, s)) => (c.to_owned(), s.to_owned()),
        None => (default_catalog.to_owned(), name.to_owned()),
    }
}

impl Snapshot {
    /// The current meaning of `relations` and `schemas` (names as the [`CatalogStore`]
    /// normalises them), in `ctx`'s catalog.
    pub async fn take(ctx: &SessionContext, relations: &[String], schemas: &[String]) -> Self {
        let opts = ctx.copied_config();
        let c = &opts.options().catalog;
        let catalogs = ctx.state().catalog_list().clone();
        let mut snap = Snapshot {
            catalogs: Some(catalogs.clone()),
            ..Default::default()
        };
        for name in relations {
            let r = TableReference::parse_str(name).resolve(&c.default_catalog, &c.default_schema);
            let provider = match catalogs
                .catalog(&r.catalog)
                .and_then(|cat| cat.schema(&r.schema))
            {
                Some(schema) => schema.table(&r.table).await.ok().flatten(),
                None => None,
            };
            snap.relations.push((r, provider));
        }
        for name in schemas {
            let (cat, schema) = split_schema(name, &c.default_catalog);
            let provider = catalogs.catalog(&cat).and_then(|c| c.schema(&schema));
            snap.schemas.push(((cat, schema), provider));
        }
        snap
    }

    /// Also delete `dir` at ROLLBACK.
    pub fn with_dir(mut self, dir: PathBuf) -> Self {
        self.dirs.push(dir);
        self
    }

    /// Put the names back as they were; best effort (nothing to report to at ROLLBACK).
    fn restore(self) {
        let Some(catalogs) = self.catalogs else {
            return;
        };
        for ((cat, schema), before) in self.schemas.into_iter().rev() {
            let Some(catalog) = catalogs.catalog(&cat) else {
                continue;
            };
            let _ = catalog.deregister_schema(&schema, true);
            if let Some(provider) = before {
                let _ = catalog.register_schema(&schema, provider);
            }
        }
        for (r, before) in self.relations.into_iter().rev() {
            let Some(schema) = catalogs
                .catalog(&r.catalog)
                .and_then(|c| c.schema(&r.schema))
            else {
                continue;
            };
            let _ = schema.deregister_table(&r.table);
            if let Some(provider) = before {
                let _ = schema.register_table(r.table.to_string(), provider);
            }
        }
        for dir in self.dirs {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

#[derive(Default)]
struct State {
    open: bool,
    failed: bool,
    changes: Vec<(Record, Snapshot)>,
}

/// The open transaction block of one connection (none at first).
#[derive(Default)]
pub struct Pending {
    state: Mutex<State>,
}

impl Pending {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind: keep using it.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `BEGIN`: a block starts (a nested BEGIN changes nothing, as in PostgreSQL).
    pub fn begin(&self) {
        self.lock().open = true;
    }

    /// Inside a block?
    pub fn is_open(&self) -> bool {
        self.lock().open
    }

    /// Inside a block that a failed statement aborted?
    pub fn is_aborted(&self) -> bool {
        let s = self.lock();
        s.open && s.failed
    }

    /// A statement failed: inside a block, the block is aborted.
    pub fn statement_failed(&self) {
        let mut s = self.lock();
        if s.open {
            s.failed = true;
        }
    }

    /// Record a change now, or at COMMIT inside a block (`snapshot` undoes it at ROLLBACK).
    pub fn record(
        &self,
        store: &CatalogStore,
        snapshot: Snapshot,
        record: impl FnOnce(&CatalogStore) -> Result<(), ServerError> + Send + 'static,
    ) -> Result<(), ServerError> {
        let mut s = self.lock();
        if s.open {
            s.changes.push((Box::new(record), snapshot));
            return Ok(());
        }
        drop(s);
        record(store)
    }

    /// `COMMIT`: record the block's changes (an aborted block rolls back instead, as in
    /// PostgreSQL). The first recording error is returned; the others are still tried.
    pub fn commit(&self, store: &CatalogStore) -> Result<(), ServerError> {
        let mut s = std::mem::take(&mut *self.lock());
        if s.failed {
            undo(std::mem::take(&mut s.changes));
            return Ok(());
        }
        let mut first_error = Ok(());
        for (record, _) in s.changes {
            if let Err(e) = record(store) {
                if first_error.is_ok() {
                    first_error = Err(e);
                }
            }
        }
        first_error
    }

    /// `ROLLBACK` (or the connection ended): undo the block's changes, newest first.
    pub fn rollback(&self) {
        let s = std::mem::take(&mut *self.lock());
        undo(s.changes);
    }
}

fn undo(changes: Vec<(Record, Snapshot)>) {
    for (_, snapshot) in changes.into_iter().rev() {
        snapshot.restore();
    }
}
