//! `SHOW privsql.server_metrics`: the server's counters as rows (`name`, `value`).

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::common::{DFSchema, ParamValues};
use datafusion::logical_expr::{EmptyRelation, LogicalPlan};
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::Statement;
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::results::{
    DataRowEncoder, FieldFormat, FieldInfo, QueryResponse, Response,
};
use datafusion_postgres::pgwire::api::{ClientInfo, Type};
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::QueryHook;

use crate::server::error::api;
use crate::server::metrics::Metrics;

/// The variable name.
pub const NAME: &str = "privsql.server_metrics";

/// Answers `SHOW privsql.server_metrics`.
pub struct MetricsHook {
    pub metrics: Arc<Metrics>,
}

fn is_ours(statement: &Statement) -> bool {
    match statement {
        Statement::ShowVariable { variable } => {
            let name: Vec<String> = variable.iter().map(|i| i.value.to_lowercase()).collect();
            name.join(".") == NAME
        }
        _ => false,
    }
}

fn fields() -> Arc<Vec<FieldInfo>> {
    Arc::new(vec![
        FieldInfo::new("name".into(), None, None, Type::VARCHAR, FieldFormat::Text),
        FieldInfo::new("value".into(), None, None, Type::INT8, FieldFormat::Text),
    ])
}

impl MetricsHook {
    fn respond(&self) -> PgWireResult<Response> {
        let fields = fields();
        let mut rows = vec![];
        for (name, value) in self.metrics.snapshot() {
            let mut enc = DataRowEncoder::new(fields.clone());
            enc.encode_field(&name)?;
            enc.encode_field(&(value as i64))?;
            rows.push(Ok(enc.take_row()));
        }
        Ok(Response::Query(QueryResponse::new(
            fields,
            futures::stream::iter(rows),
        )))
    }
}

#[async_trait]
impl QueryHook for MetricsHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        _client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        is_ours(statement).then(|| self.respond())
    }

    async fn handle_extended_parse_query(
        &self,
        statement: &Statement,
        _ctx: &SessionContext,
        _client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        if !is_ours(statement) {
            return None;
        }
        let schema = Schema::new(vec![
            Field::new("name", DataType::Utf8, false),
            Field::new("value", DataType::Int64, false),
        ]);
        Some(
            DFSchema::try_from(schema)
                .map(|s| {
                    LogicalPlan::EmptyRelation(EmptyRelation {
                        produce_one_row: true,
                        schema: Arc::new(s),
                    })
                })
                .map_err(api),
        )
    }

    async fn handle_extended_query(
        &self,
        statement: &Statement,
        _plan: &LogicalPlan,
        _params: &ParamValues,
        _ctx: &SessionContext,
        _client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        is_ours(statement).then(|| self.respond())
    }
}
