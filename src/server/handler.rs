//! The pgwire handlers of one connection: datafusion-postgres's [`DfSessionService`] does the
//! protocol and the planning; this layer adds the policy around each statement (size limit,
//! shutdown, cancel and timeout, metrics, a tracing span) and DataFusion's own statements that the
//! PostgreSQL parser does not know (`CREATE EXTERNAL TABLE ... OPTIONS (...)`, `COPY ... TO 'file'`).

use std::fmt::Debug;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::prelude::SessionContext;
use datafusion::sql::parser::Statement as DFStatement;
use datafusion::sql::sqlparser::dialect::PostgreSqlDialect;
use datafusion_postgres::arrow_pg::datatypes::df::encode_dataframe;
use datafusion_postgres::pgwire;
use datafusion_postgres::{DfSessionService, Parser};
use futures::{Sink, SinkExt};
use pgwire::api::auth::StartupHandler;
use pgwire::api::cancel::CancelHandler;
use pgwire::api::copy::CopyHandler;
use pgwire::api::portal::{Format, Portal, PortalExecutionState};
use pgwire::api::query::{
    send_execution_response, send_query_response, ExtendedQueryHandler, SimpleQueryHandler,
};
use pgwire::api::results::{
    DescribePortalResponse, DescribeStatementResponse, FieldInfo, QueryResponse, Response, Tag,
};
use pgwire::api::stmt::StoredStatement;
use pgwire::api::store::Entry;
use pgwire::api::store::PortalStore;
use pgwire::api::PgWireConnectionState;
use pgwire::api::{ClientInfo, ClientPortalStore, ErrorHandler, PgWireServerHandlers};
use pgwire::error::{PgWireError, PgWireResult};
use pgwire::messages::copy::{CopyData, CopyDone, CopyFail};
use pgwire::messages::extendedquery::{Execute, Parse, ParseComplete};
use pgwire::messages::response::EmptyQueryResponse;
use pgwire::messages::PgWireBackendMessage;
use pgwire::types::format::FormatOptions;
use tracing::Instrument;

use super::auth::Startup;
use super::catalog_store::ObjectKind;
use super::conn::{Cancel, ConnState, QueryGuard, Shared};
use super::copy::from_stdin;
use super::error::{api, error, shutting_down};
use super::hooks::record_ddl::CatalogChange;
use super::hooks::rows::ResultFormat;
use super::hooks::{read_only, transaction};
use super::metrics::{self as server_metrics, Metrics};
use super::pg_compat::names;
use super::plans::count_rows;
use super::runtime;
use super::stop::{guard_stream, Stop};
use super::temp::TempCatalogs;
use crate::statements::{self, Statement};

/// The statement type datafusion-postgres stores in portals.
type DfStmt = (
    String,
    Option<(
        datafusion::sql::sqlparser::ast::Statement,
        datafusion::logical_expr::LogicalPlan,
    )>,
);

/// The query handlers of one connection, over its own session.
pub struct Service {
    inner: Arc<DfSessionService>,
    shared: Arc<Shared>,
    /// This connection's session: its own settings (`SET datafusion.*` stays here) over the
    /// catalog, functions and runtime every connection shares.
    ctx: Arc<SessionContext>,
}

impl Service {
    pub fn new(shared: Arc<Shared>) -> Self {
        let mut state = shared.ctx.state();
        // The connection's temporary tables, over the shared catalog.
        let schema = state.config_options().catalog.default_schema.clone();
        let catalogs = TempCatalogs::new(state.catalog_list().clone(), &schema);
        state.register_catalog_list(Arc::new(catalogs));
        let ctx = Arc::new(SessionContext::new_with_state(state));
        let inner = DfSessionService::new_with_hooks(ctx.clone(), super::hooks::all(&shared, &ctx));
        Self {
            inner: Arc::new(inner),
            shared,
            ctx,
        }
    }

    /// Common checks before a statement runs.
    fn admit<C: ClientInfo + ?Sized>(&self, client: &C, len: usize) -> PgWireResult<Stop> {
        Metrics::inc(&self.shared.metrics.queries);
        if self.shared.is_draining() {
            return Err(shutting_down());
        }
        self.shared.limits.check_statement(len)?;
        let conn = ConnState::of(client)
            .ok_or_else(|| error("08P01", "statement before authentication"))?;
        Ok(Stop::new(&self.shared, &conn, client))
    }

    /// Count a failed statement; inside a transaction block, it aborts the block.
    fn count_failure<C: ClientInfo + ?Sized, T>(
        &self,
        client: &C,
        r: PgWireResult<T>,
    ) -> PgWireResult<T> {
        if r.is_err() {
            if let Some(conn) = ConnState::of(client) {
                conn.txn.statement_failed();
            }
        }
        self.count_error(r)
    }

    fn count_error<T>(&self, r: PgWireResult<T>) -> PgWireResult<T> {
        if r.is_err() {
            self.shared.metrics.errors.fetch_add(1, Ordering::Relaxed);
        }
        r
    }

    /// Run the streams of a response on the CPU runtime and wrap them so cancel, timeout and
    /// shutdown reach them; a stream counts its statement (of `kind`) when it ends.
    fn guard(
        &self,
        resp: Response,
        stop: &Stop,
        guard: &Arc<QueryGuard>,
        kind: Option<&'static str>,
    ) -> Response {
        let cpu = self.shared.cpu.handle();
        match resp {
            Response::Query(mut q) => {
                if let Some(fields) = names::client_fields(&q.row_schema) {
                    q.row_schema = Arc::new(fields);
                }
                let rows = std::mem::replace(&mut q.data_rows, Box::pin(futures::stream::empty()));
                let rows = runtime::forward(cpu, rows);
                q.data_rows = Box::pin(guard_stream(rows, stop, guard.clone(), true, kind));
                Response::Query(q)
            }
            Response::CopyOut(mut c) => {
                let data =
                    std::mem::replace(&mut c.data_stream, Box::pin(futures::stream::empty()));
                let data = runtime::forward(cpu, data);
                c.data_stream = Box::pin(guard_stream(data, stop, guard.clone(), false, kind));
                Response::CopyOut(c)
            }
            other => other,
        }
    }

    /// Run a statement only DataFusion's parser knows, recording catalog changes.
    async fn run_datafusion_statement<C: ClientInfo + ?Sized>(
        &self,
        client: &C,
        sql: &str,
    ) -> PgWireResult<Response> {
        let statement = statements::parse_one(sql, &PostgreSqlDialect {})
            .map_err(|e| error("42601", e.to_string()))?;
        let writes = !matches!(statement, DFStatement::Explain(_));
        if let Some(refusal) = read_only::check(client, !writes, statement_kind(&statement)) {
            return Err(refusal);
        }
        let conn = ConnState::of(client);
        if conn.as_ref().is_some_and(|c| c.txn.is_aborted()) {
            return Err(transaction::aborted());
        }
        let ctx = &self.ctx;
        let (change, tag) = match &statement {
            DFStatement::CreateExternalTable(t) => (
                Some(CatalogChange::Create {
                    kind: ObjectKind::Relation,
                    name: self.shared.store.relation_name(&t.name.to_string()),
                    tag: "CREATE TABLE",
                }),
                "CREATE TABLE",
            ),
            DFStatement::CopyTo(_) => (None, "COPY"),
            DFStatement::Reset(_) => (None, "RESET"),
            DFStatement::Explain(_) | DFStatement::Statement(_) => (None, ""),
        };
        let snapshot = match &change {
            Some(change) => change.snapshot(ctx).await,
            None => Default::default(),
        };
        let state = ctx.state();
        let plan = state
            .statement_to_plan(statement.clone())
            .await
            .map_err(api)?;
        self.shared.files.check_plan(client, &plan)?;
        let df = ctx.execute_logical_plan(plan).await.map_err(api)?;
        if matches!(statement, DFStatement::Explain(_)) {
            let opts = Arc::new(FormatOptions::from_client_metadata(client.metadata()));
            return Ok(Response::Query(
                encode_dataframe(df, &Format::UnifiedText, Some(opts)).await?,
            ));
        }
        let batches = df.collect().await.map_err(api)?;
        if let Some(change) = change {
            let tag = change.record(&self.shared.store, sql, conn.as_deref(), snapshot)?;
            return Ok(Response::Execution(tag));
        }
        let mut t = Tag::new(tag);
        if matches!(statement, DFStatement::CopyTo(_)) {
            // DataFusion's COPY returns the number of rows written.
            t = t.with_rows(count_rows(&batches));
        }
        Ok(Response::Execution(t))
    }

    /// Plan and run a simple-protocol query string, split into `pieces`.
    async fn simple<C>(&self, client: &mut C, query: &str, pieces: Vec<Statement>) -> PgWireResult<Vec<Response>>
    where
        C: ClientInfo + ClientPortalStore + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::PortalStore: PortalStore,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        if let [piece] = pieces.as_slice() {
            if let Some(response) = deallocate(client, &piece.text) {
                return Ok(vec![response]);
            }
        }
        if !pieces.iter().any(|p| p.datafusion_only) {
            return SimpleQueryHandler::do_query(self.inner.as_ref(), client, query).await;
        }
        let mut out = vec![];
        for piece in pieces {
            if piece.datafusion_only {
                out.push(self.run_datafusion_statement(&*client, &piece.text).await?);
            } else {
                out.extend(
                    SimpleQueryHandler::do_query(self.inner.as_ref(), client, &piece.text).await?,
                );
            }
        }
        Ok(out)
    }

    /// Count a message's statements (of `kinds`) by kind and outcome: each by its own response
    /// when there is one per statement; a message that failed as a whole counts once, as a
    /// failed statement of its first statement's kind. A response that streams rows is counted
    /// when its stream ends (it may still fail): the kind to hand to its stream, per response.
    fn count_statements(
        &self,
        kinds: &[&'static str],
        result: &PgWireResult<Vec<Response>>,
        stop: &Stop,
    ) -> Vec<Option<&'static str>> {
        let ended = |k: &str, ok: bool| {
            self.shared.metrics.statement_ended(k, Metrics::outcome(ok), stop.started)
        };
        let failed = |r: &Response| matches!(r, Response::Error(_));
        match result {
            Ok(responses) if responses.len() == kinds.len() => kinds
                .iter()
                .zip(responses)
                .map(|(k, r)| {
                    if streams(r) {
                        return Some(*k);
                    }
                    ended(k, !failed(r));
                    None
                })
                .collect(),
            Ok(responses) => {
                let ok = !responses.iter().any(failed);
                kinds.iter().for_each(|k| ended(k, ok));
                vec![None; responses.len()]
            }
            Err(_) => {
                if let Some(k) = kinds.first() {
                    ended(k, false);
                }
                vec![]
            }
        }
    }

    /// [`Self::admit`], counting a refused statement as `unplanned`.
    fn admit_counted<C: ClientInfo + ?Sized>(&self, client: &C, len: usize) -> PgWireResult<Stop> {
        let admitted = self.admit(client, len);
        if admitted.is_err() {
            self.shared.metrics.count_statement("unplanned", false);
        }
        self.count_error(admitted)
    }
}

/// `DEALLOCATE ALL` and `DEALLOCATE name` of a statement prepared over the extended protocol,
/// answered here: DataFusion knows only statements prepared with SQL `PREPARE` and refuses both
/// (psycopg sends `DEALLOCATE ALL` after a rollback, and `DEALLOCATE name` when its cache of
/// prepared statements is full). `ALL` leaves the protocol statements in place (pgwire cannot list
/// them); a client that names one again replaces it at Parse, as no statement is reused after it.
/// `None`: any other statement, or a name only `PREPARE` made (DataFusion deallocates it).
fn deallocate<C>(client: &C, sql: &str) -> Option<Response>
where
    C: ClientPortalStore,
    C::PortalStore: PortalStore,
{
    use datafusion::sql::sqlparser::ast::Statement as Ast;
    // Every simple query comes through here: parse again only a text that can be one.
    if !sql.as_bytes().windows(10).any(|w| w.eq_ignore_ascii_case(b"DEALLOCATE")) {
        return None;
    }
    let parsed = datafusion::sql::sqlparser::parser::Parser::parse_sql(&PostgreSqlDialect {}, sql).ok()?;
    let [Ast::Deallocate { name, .. }] = parsed.as_slice() else {
        return None;
    };
    if name.quote_style.is_none() && name.value.eq_ignore_ascii_case("all") {
        return Some(Response::Execution(Tag::new("DEALLOCATE ALL")));
    }
    let store = client.portal_store();
    store.get_statement(&name.value)?;
    store.rm_statement(&name.value);
    Some(Response::Execution(Tag::new("DEALLOCATE")))
}

/// Whether a response streams its result (and so succeeds or fails only at the stream's end).
fn streams(r: &Response) -> bool {
    matches!(r, Response::Query(_) | Response::CopyOut(_))
}

/// Whether `sql` is `COMMIT` or `ROLLBACK` (or their spellings): what an aborted block accepts.
fn ends_block(sql: &str) -> bool {
    use datafusion::sql::sqlparser::ast::Statement as Ast;
    datafusion::sql::sqlparser::parser::Parser::parse_sql(&PostgreSqlDialect {}, sql)
        .is_ok_and(|s| matches!(s.first(), Some(Ast::Commit { .. } | Ast::Rollback { .. })))
}

/// The column names a client sees ([`names`]) in a description.
fn client_names(fields: &mut Vec<FieldInfo>) {
    if let Some(renamed) = names::client_fields(fields) {
        *fields = renamed;
    }
}

fn statement_kind(s: &DFStatement) -> &'static str {
    match s {
        DFStatement::CreateExternalTable(_) => "CREATE EXTERNAL TABLE",
        DFStatement::CopyTo(_) => "COPY TO a file",
        DFStatement::Reset(_) => "RESET",
        DFStatement::Explain(_) => "EXPLAIN",
        DFStatement::Statement(_) => "this statement",
    }
}

/// The statements of a query string, in the server's mode of the shared splitter.
fn split_statements(query: &str) -> Vec<Statement> {
    statements::split_or_whole(query, &PostgreSqlDialect {})
}

#[async_trait]
impl SimpleQueryHandler for Service {
    async fn do_query<C>(&self, client: &mut C, query: &str) -> PgWireResult<Vec<Response>>
    where
        C: ClientInfo + ClientPortalStore + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::PortalStore: PortalStore,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let stop = self.admit_counted(&*client, query.len())?;
        let guard = Arc::new(QueryGuard::new(&self.shared));
        let (pid, _) = client.pid_and_secret_key();
        let span = tracing::info_span!("query", pid, protocol = "simple", bytes = query.len());
        let pieces = split_statements(query);
        let kinds: Vec<&'static str> = pieces.iter().map(|p| server_metrics::statement_kind(&p.text)).collect();
        let result = stop.run(self.simple(client, query, pieces)).instrument(span).await;
        let deferred = self.count_statements(&kinds, &result, &stop);
        let responses = self.count_failure(&*client, result)?;
        Ok(responses
            .into_iter()
            .zip(deferred.into_iter().chain(std::iter::repeat(None)))
            .map(|(r, kind)| self.guard(r, &stop, &guard, kind))
            .collect())
    }
}

#[async_trait]
impl ExtendedQueryHandler for Service {
    type Statement = DfStmt;
    type QueryParser = Parser;

    fn query_parser(&self) -> Arc<Self::QueryParser> {
        self.inner.query_parser()
    }

    async fn on_parse<C>(&self, client: &mut C, message: Parse) -> PgWireResult<()>
    where
        C: ClientInfo + ClientPortalStore + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::PortalStore: PortalStore<Statement = Self::Statement>,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        self.shared.limits.check_statement(message.query.len())?;
        // DataFusion's own statements (CREATE EXTERNAL TABLE ... OPTIONS) are kept as text without
        // a plan and run by DataFusion's parser at Execute (JDBC sends everything this way).
        let pieces = split_statements(&message.query);
        if let [piece] = pieces.as_slice() {
            if piece.datafusion_only {
                let types = message
                    .type_oids
                    .iter()
                    .map(|oid| pgwire::api::Type::from_oid(*oid))
                    .collect();
                let name = message
                    .name
                    .clone()
                    .unwrap_or_else(|| pgwire::api::DEFAULT_NAME.to_owned());
                let stmt = StoredStatement::new(name, (piece.text.clone(), None), types);
                client.portal_store().put_statement(Arc::new(stmt));
                client
                    .send(PgWireBackendMessage::ParseComplete(ParseComplete::new()))
                    .await?;
                return Ok(());
            }
        }
        // In an aborted block only the statement that ends it may be parsed, as in PostgreSQL;
        // a statement that fails to parse or plan aborts the block like one that fails to run.
        if ConnState::of(&*client).is_some_and(|c| c.txn.is_aborted())
            && !ends_block(&message.query)
        {
            return Err(transaction::aborted());
        }
        let span = tracing::debug_span!("parse", bytes = message.query.len());
        let result = ExtendedQueryHandler::on_parse(self.inner.as_ref(), client, message)
            .instrument(span)
            .await;
        self.count_failure(&*client, result)
    }

    /// pgwire's default Execute runs the portal and then collects every row of an unlimited
    /// Execute (`max_rows` 0, what libpq, psycopg and most drivers send) into memory before
    /// sending the first (`Portal::fetch`). That delays the first row by the whole query and holds
    /// the whole result; here such an Execute streams its rows as they are encoded. Executes with
    /// a row limit (JDBC's fetch size, cursors) keep pgwire's suspend-and-resume path.
    async fn on_execute<C>(&self, client: &mut C, message: Execute) -> PgWireResult<()>
    where
        C: ClientInfo + ClientPortalStore + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::PortalStore: PortalStore<Statement = Self::Statement>,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        if message.max_rows != 0 || !matches!(client.state(), PgWireConnectionState::ReadyForQuery)
        {
            return self._on_execute(client, message).await;
        }
        let name = message.name.as_deref().unwrap_or(pgwire::api::DEFAULT_NAME);
        let portal = match client.portal_store().get_portal(name) {
            Some(Entry::Value(p)) => p,
            _ => return self._on_execute(client, message).await,
        };
        if !matches!(*portal.state().lock().await, PortalExecutionState::Initial) {
            return self._on_execute(client, message).await;
        }
        client.set_state(PgWireConnectionState::QueryInProgress);
        let mut status = client.transaction_status();
        match ExtendedQueryHandler::do_query(self, client, portal.as_ref(), 0).await? {
            Response::Query(results) => {
                send_query_response(client, results, false).await?;
                // Finished: executing the portal again returns no rows, as in PostgreSQL.
                portal
                    .start(QueryResponse::new(
                        Arc::new(vec![]),
                        futures::stream::empty(),
                    ))
                    .await;
                portal.fetch(0).await?;
            }
            Response::EmptyQuery => {
                client
                    .feed(PgWireBackendMessage::EmptyQueryResponse(
                        EmptyQueryResponse::new(),
                    ))
                    .await?;
            }
            Response::Execution(tag) => send_execution_response(client, tag).await?,
            Response::TransactionStart(tag) => {
                send_execution_response(client, tag).await?;
                status = status.to_in_transaction_state();
            }
            Response::TransactionEnd(tag) => {
                send_execution_response(client, tag).await?;
                status = status.to_idle_state();
                client.portal_store().rm_portal(pgwire::api::DEFAULT_NAME);
            }
            Response::Error(e) => {
                client
                    .send(PgWireBackendMessage::ErrorResponse((*e).into()))
                    .await?;
                status = status.to_error_state();
            }
            Response::CopyIn(c) => {
                client.set_state(PgWireConnectionState::CopyInProgress(true));
                pgwire::api::copy::send_copy_in_response(client, c).await?;
            }
            Response::CopyOut(c) => pgwire::api::copy::send_copy_out_response(client, c).await?,
            Response::CopyBoth(c) => {
                client.set_state(PgWireConnectionState::CopyInProgress(true));
                pgwire::api::copy::send_copy_both_response(client, c).await?;
            }
        }
        if !matches!(client.state(), PgWireConnectionState::CopyInProgress(_)) {
            client.set_state(PgWireConnectionState::ReadyForQuery);
            client.set_transaction_status(status);
        }
        Ok(())
    }

    /// datafusion-postgres's description, with the names a client sees ([`names`]).
    async fn do_describe_statement<C>(
        &self,
        client: &mut C,
        target: &StoredStatement<Self::Statement>,
    ) -> PgWireResult<DescribeStatementResponse>
    where
        C: ClientInfo + ClientPortalStore + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::PortalStore: PortalStore<Statement = Self::Statement>,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let mut d =
            ExtendedQueryHandler::do_describe_statement(self.inner.as_ref(), client, target)
                .await?;
        client_names(&mut d.fields);
        Ok(d)
    }

    /// datafusion-postgres's description, with the names a client sees ([`names`]).
    async fn do_describe_portal<C>(
        &self,
        client: &mut C,
        target: &Portal<Self::Statement>,
    ) -> PgWireResult<DescribePortalResponse>
    where
        C: ClientInfo + ClientPortalStore + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::PortalStore: PortalStore<Statement = Self::Statement>,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let mut d =
            ExtendedQueryHandler::do_describe_portal(self.inner.as_ref(), client, target).await?;
        client_names(&mut d.fields);
        Ok(d)
    }

    async fn do_query<C>(
        &self,
        client: &mut C,
        portal: &Portal<Self::Statement>,
        max_rows: usize,
    ) -> PgWireResult<Response>
    where
        C: ClientInfo + ClientPortalStore + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::PortalStore: PortalStore<Statement = Self::Statement>,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let stop = self.admit_counted(&*client, portal.statement.statement.0.len())?;
        let kind = server_metrics::statement_kind(&portal.statement.statement.0);
        let guard = Arc::new(QueryGuard::new(&self.shared));
        let (pid, _) = client.pid_and_secret_key();
        let span = tracing::info_span!("query", pid, protocol = "extended");
        let result = match &portal.statement.statement {
            (sql, None) if !sql.is_empty() => {
                stop.run(self.run_datafusion_statement(&*client, sql))
                    .instrument(span)
                    .await
            }
            _ => {
                // For the rows hook, which encodes in the portal's formats.
                client
                    .session_extensions()
                    .insert(ResultFormat(portal.result_column_format.clone()));
                stop.run(ExtendedQueryHandler::do_query(
                    self.inner.as_ref(),
                    client,
                    portal,
                    max_rows,
                ))
                .instrument(span)
                .await
            }
        };
        let deferred = match &result {
            Ok(r) if streams(r) => Some(kind),
            _ => {
                let ok = matches!(&result, Ok(r) if !matches!(r, Response::Error(_)));
                self.shared.metrics.statement_ended(kind, Metrics::outcome(ok), stop.started);
                None
            }
        };
        let response = self.count_failure(&*client, result)?;
        Ok(self.guard(response, &stop, &guard, deferred))
    }
}

#[async_trait]
impl CopyHandler for Service {
    async fn on_copy_data<C>(&self, client: &mut C, data: CopyData) -> PgWireResult<()>
    where
        C: ClientInfo + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        from_stdin::receive(&*client, &data.data)
    }

    async fn on_copy_done<C>(&self, client: &mut C, _done: CopyDone) -> PgWireResult<()>
    where
        C: ClientInfo + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let rows = self.count_error(from_stdin::finish(&*client).await)?;
        client
            .send(PgWireBackendMessage::CommandComplete(
                Tag::new("COPY").with_rows(rows).into(),
            ))
            .await?;
        Ok(())
    }

    async fn on_copy_fail<C>(&self, client: &mut C, fail: CopyFail) -> PgWireError
    where
        C: ClientInfo + Sink<PgWireBackendMessage> + Unpin + Send + Sync,
        C::Error: Debug,
        PgWireError: From<<C as Sink<PgWireBackendMessage>>::Error>,
    {
        let _ = fail;
        from_stdin::abort(&*client)
    }
}

/// Logs refusals and failures by SQLSTATE only (messages may quote values).
pub struct ErrorLog;

impl ErrorHandler for ErrorLog {
    fn on_error<C: ClientInfo>(&self, client: &C, error: &mut PgWireError) {
        let (pid, _) = client.pid_and_secret_key();
        let code = match error {
            PgWireError::UserError(info) => info.code.clone(),
            PgWireError::ApiError(_) => "XX000".to_owned(),
            _ => "08P01".to_owned(),
        };
        tracing::debug!(pid, sqlstate = %code, "statement failed");
    }
}

/// The handlers of one connection.
pub struct ConnHandlers {
    pub service: Arc<Service>,
    pub startup: Arc<Startup>,
    pub cancel: Arc<Cancel>,
}

impl PgWireServerHandlers for ConnHandlers {
    fn simple_query_handler(&self) -> Arc<impl SimpleQueryHandler> {
        self.service.clone()
    }

    fn extended_query_handler(&self) -> Arc<impl ExtendedQueryHandler> {
        self.service.clone()
    }

    fn startup_handler(&self) -> Arc<impl StartupHandler> {
        self.startup.clone()
    }

    fn error_handler(&self) -> Arc<impl ErrorHandler> {
        Arc::new(ErrorLog)
    }

    fn cancel_handler(&self) -> Arc<impl CancelHandler> {
        self.cancel.clone()
    }

    fn copy_handler(&self) -> Arc<impl CopyHandler> {
        self.service.clone()
    }
}
