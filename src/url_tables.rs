//! URL tables (`SELECT * FROM 'data/file.parquet'`, `FROM 's3://bucket/x.csv'`) with the catalog
//! still able to drop schemas.
//!
//! DataFusion's `SessionContext::enable_url_table` wraps the catalog list in a dynamic file
//! catalog whose catalogs do not pass `deregister_schema` on to the catalog they wrap, so every
//! `DROP SCHEMA` fails with "Deregistering new schemas is not supported" once URL tables are on
//! (docs/upstream/datafusion-dynamic-catalog-drop-schema.md). [`enable`] turns URL tables on
//! and puts a thin list over the dynamic one that sends schema drops to the catalogs beneath.

use std::sync::Arc;

use datafusion::catalog::{CatalogProvider, CatalogProviderList, SchemaProvider};
use datafusion::common::Result;
use datafusion::prelude::SessionContext;

/// `ctx` with URL tables enabled and `DROP SCHEMA` working.
pub fn enable(ctx: SessionContext) -> SessionContext {
    let beneath = ctx.state().catalog_list().clone();
    let ctx = ctx.enable_url_table();
    {
        // In place: the URL-table factory holds this state by a weak reference.
        let state = ctx.state_ref();
        let mut state = state.write();
        let dynamic = state.catalog_list().clone();
        state.register_catalog_list(Arc::new(DroppableSchemas { dynamic, beneath }));
    }
    ctx
}

/// The dynamic file catalog list, with schema drops sent to `beneath`, the list it wraps.
#[derive(Debug)]
struct DroppableSchemas {
    dynamic: Arc<dyn CatalogProviderList>,
    beneath: Arc<dyn CatalogProviderList>,
}

impl CatalogProviderList for DroppableSchemas {
    fn register_catalog(
        &self,
        name: String,
        catalog: Arc<dyn CatalogProvider>,
    ) -> Option<Arc<dyn CatalogProvider>> {
        self.dynamic.register_catalog(name, catalog)
    }

    fn catalog_names(&self) -> Vec<String> {
        self.dynamic.catalog_names()
    }

    fn catalog(&self, name: &str) -> Option<Arc<dyn CatalogProvider>> {
        let dynamic = self.dynamic.catalog(name)?;
        match self.beneath.catalog(name) {
            Some(beneath) => Some(Arc::new(DroppableCatalog { dynamic, beneath })),
            // A catalog only the dynamic list knows has nothing beneath to drop from.
            None => Some(dynamic),
        }
    }
}

#[derive(Debug)]
struct DroppableCatalog {
    dynamic: Arc<dyn CatalogProvider>,
    beneath: Arc<dyn CatalogProvider>,
}

impl CatalogProvider for DroppableCatalog {
    fn schema_names(&self) -> Vec<String> {
        self.dynamic.schema_names()
    }

    fn schema(&self, name: &str) -> Option<Arc<dyn SchemaProvider>> {
        self.dynamic.schema(name)
    }

    fn register_schema(
        &self,
        name: &str,
        schema: Arc<dyn SchemaProvider>,
    ) -> Result<Option<Arc<dyn SchemaProvider>>> {
        self.dynamic.register_schema(name, schema)
    }

    fn deregister_schema(
        &self,
        name: &str,
        cascade: bool,
    ) -> Result<Option<Arc<dyn SchemaProvider>>> {
        self.beneath.deregister_schema(name, cascade)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn schemas_drop_with_url_tables_on() {
        let ctx = enable(SessionContext::new());
        ctx.sql("CREATE SCHEMA s").await.unwrap().collect().await.unwrap();
        assert!(ctx.catalog("datafusion").unwrap().schema("s").is_some());
        ctx.sql("DROP SCHEMA s").await.unwrap().collect().await.unwrap();
        assert!(ctx.catalog("datafusion").unwrap().schema("s").is_none());
        // URL tables still read files.
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("x.csv");
        std::fs::write(&csv, "a\n1\n2\n").unwrap();
        let n = ctx
            .sql(&format!("SELECT count(*) FROM '{}'", csv.display()))
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert_eq!(n[0].num_rows(), 1);
    }
}
