//! Table-function results the SQL planner inlines, one scan name per call.
//!
//! DataFusion's SQL planner names every table-function scan after the function alone
//! (`synthetic_intents()`), and logical plans compare scans by name, not by provider, so the
//! optimizer may take two calls of one function with different arguments in one query (two
//! scalar subqueries, say) for the same relation and answer both from one. [`PerCallScans`]
//! wraps every table function at registration: a call returns an [`InlinedTable`] whose plan
//! scans the provider under a name that spells the call with its arguments
//! (`synthetic_intents(Int64(100), Int64(1))`), so only identical calls compare equal. The
//! planner inlines that plan as it does a view's and aliases it back to the function's name, so
//! column names, filter and limit push-down, and plan serialisation (the provider is what the
//! codecs encode) are unchanged.

use std::borrow::Cow;
use std::sync::Arc;

use arrow::datatypes::SchemaRef;
use async_trait::async_trait;
use datafusion::catalog::{Session, TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{Result, TableReference};
use datafusion::datasource::{provider_as_source, TableType};
use datafusion::logical_expr::{Expr, LogicalPlan, LogicalPlanBuilder};
use datafusion::physical_plan::ExecutionPlan;

/// A table that stands for a logical plan, which DataFusion's planner inlines (as it does a
/// view's): after planning only its plan remains, so it is never serialised.
#[derive(Debug)]
pub struct InlinedTable {
    plan: LogicalPlan,
    schema: SchemaRef,
}

impl InlinedTable {
    pub fn new(plan: LogicalPlan) -> Self {
        let schema = Arc::new(plan.schema().as_arrow().clone());
        Self { plan, schema }
    }

    /// A scan of `provider` named `name`.
    pub fn scan_of(
        name: impl Into<TableReference>,
        provider: Arc<dyn TableProvider>,
    ) -> Result<Self> {
        let plan = LogicalPlanBuilder::scan(name, provider_as_source(provider), None)?.build()?;
        Ok(Self::new(plan))
    }
}

#[async_trait]
impl TableProvider for InlinedTable {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::View
    }

    fn get_logical_plan(&'_ self) -> Option<Cow<'_, LogicalPlan>> {
        Some(Cow::Borrowed(&self.plan))
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        // Reached only when a filter was pushed into the scan before inlining: plan it as a view.
        datafusion::catalog::view::ViewTable::new(self.plan.clone(), None)
            .scan(state, projection, filters, limit)
            .await
    }
}

/// A table function whose every call scans under a name that spells the call (see the module).
#[derive(Debug)]
pub struct PerCallScans {
    name: String,
    inner: Arc<dyn TableFunctionImpl>,
}

impl PerCallScans {
    pub fn new(name: &str, inner: Arc<dyn TableFunctionImpl>) -> Self {
        Self {
            name: name.to_string(),
            inner,
        }
    }
}

impl TableFunctionImpl for PerCallScans {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let call = format!(
            "{}({})",
            self.name,
            args.exprs()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
        let provider = self.inner.call_with_args(args)?;
        Ok(Arc::new(InlinedTable::scan_of(
            TableReference::bare(call),
            provider,
        )?))
    }
}
