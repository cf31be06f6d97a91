//! State shared by every connection ([`Shared`]) and kept per connection ([`ConnState`]): who is
//! connected, how to cancel their running query, and the shutdown signals.
//!
//! The bottom of the server: it knows the configured users, limits, metrics and catalog store,
//! and nothing of the handlers and hooks above it. State that one extension keeps per connection
//! (COPY FROM STDIN's rows, say) lives in pgwire's session extensions, under that extension's
//! own type, not here.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use datafusion::prelude::SessionContext;
use datafusion_postgres::pgwire;
use pgwire::api::cancel::CancelHandler;
use pgwire::api::{ClientInfo, RandomPidSecretKeyGenerator};
use pgwire::messages::cancel::CancelRequest;
use pgwire::messages::startup::SecretKey;
use tokio::sync::{watch, Notify};

use super::catalog_store::CatalogStore;
use super::files::FilePolicy;
use super::limits::Limits;
use super::metrics::Metrics;
use super::runtime::CpuRuntime;
use super::txn::Pending;
use super::users::Users;

/// Everything the connections of one server share.
pub struct Shared {
    /// The session every connection's own starts from, built by `privsql::build_session`: its
    /// catalog (and so every table, view and schema) is shared, its settings are copied.
    pub ctx: Arc<SessionContext>,
    /// Where queries run, apart from the network threads.
    pub cpu: CpuRuntime,
    pub users: Users,
    pub tls_required: bool,
    pub limits: Limits,
    pub metrics: Arc<Metrics>,
    pub store: Arc<CatalogStore>,
    /// Which server files each user may read and write.
    pub files: Arc<FilePolicy>,
    pub pid_gen: RandomPidSecretKeyGenerator,
    conns: Mutex<HashMap<i32, (SecretKey, Arc<ConnState>)>>,
    /// Set on SIGINT/SIGTERM: no new statements.
    draining: AtomicBool,
    active_queries: AtomicUsize,
    queries_done: Notify,
    /// Bumped when the grace period ends: every running statement stops.
    force_stop: watch::Sender<u64>,
}

impl Shared {
    pub fn new(
        ctx: Arc<SessionContext>,
        users: Users,
        tls_required: bool,
        limits: Limits,
        store: Arc<CatalogStore>,
        files: FilePolicy,
        cpu: CpuRuntime,
    ) -> Self {
        Self {
            ctx,
            cpu,
            users,
            tls_required,
            limits,
            metrics: Arc::new(Metrics::default()),
            store,
            files: Arc::new(files),
            pid_gen: RandomPidSecretKeyGenerator::default(),
            conns: Mutex::new(HashMap::new()),
            draining: AtomicBool::new(false),
            active_queries: AtomicUsize::new(0),
            queries_done: Notify::new(),
            force_stop: watch::channel(0).0,
        }
    }

    /// Stop taking statements.
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::SeqCst);
    }

    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }

    /// Statements running now.
    pub fn active_queries(&self) -> usize {
        self.active_queries.load(Ordering::SeqCst)
    }

    /// Wait until no statement runs.
    pub async fn wait_idle(&self) {
        loop {
            let notified = self.queries_done.notified();
            if self.active_queries() == 0 {
                return;
            }
            notified.await;
        }
    }

    /// Stop every running statement (the grace period is over).
    pub fn force_stop(&self) {
        self.force_stop.send_modify(|g| *g += 1);
    }

    pub fn force_stop_signal(&self) -> watch::Receiver<u64> {
        self.force_stop.subscribe()
    }
}

/// One connection, after authentication.
pub struct ConnState {
    pub pid: i32,
    pub user: String,
    pub read_only: bool,
    /// The catalog changes of the open transaction block, applied at COMMIT.
    pub txn: Pending,
    cancel: watch::Sender<u64>,
    shared: std::sync::Weak<Shared>,
}

impl ConnState {
    /// Register a connection so that a CancelRequest with `(pid, key)` reaches it.
    pub fn register(
        shared: &Arc<Shared>,
        pid: i32,
        key: SecretKey,
        user: String,
        read_only: bool,
    ) -> Arc<Self> {
        let conn = Arc::new(Self {
            pid,
            user,
            read_only,
            txn: Pending::default(),
            cancel: watch::channel(0).0,
            shared: Arc::downgrade(shared),
        });
        if let Ok(mut conns) = shared.conns.lock() {
            conns.insert(pid, (key, conn.clone()));
        }
        shared.metrics.sessions_active.fetch_add(1, Ordering::Relaxed);
        conn
    }

    /// The connection state of `client`, set at authentication (`None` before).
    pub fn of<C: ClientInfo + ?Sized>(client: &C) -> Option<Arc<Self>> {
        client
            .session_extensions()
            .get::<Arc<Self>>()
            .map(|c| Arc::clone(&*c))
    }

    /// A receiver that changes when this connection's statement is cancelled.
    pub fn cancel_signal(&self) -> watch::Receiver<u64> {
        self.cancel.subscribe()
    }

    /// Unregister (the connection ended); an open transaction block is rolled back.
    pub fn unregister(&self) {
        self.txn.rollback();
        if let Some(shared) = self.shared.upgrade() {
            if let Ok(mut conns) = shared.conns.lock() {
                conns.remove(&self.pid);
            }
            shared.metrics.sessions_active.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// Counts a running statement from creation to drop (the end of its result stream).
pub struct QueryGuard {
    shared: Arc<Shared>,
}

impl QueryGuard {
    pub fn new(shared: &Arc<Shared>) -> Self {
        shared.active_queries.fetch_add(1, Ordering::SeqCst);
        Self {
            shared: shared.clone(),
        }
    }
}

impl Drop for QueryGuard {
    fn drop(&mut self) {
        self.shared.active_queries.fetch_sub(1, Ordering::SeqCst);
        self.shared.queries_done.notify_waiters();
    }
}

/// Unregisters the connection when its task ends, so cancel keys do not outlive it.
pub struct ConnGuard(pub Arc<ConnState>);

impl Drop for ConnGuard {
    fn drop(&mut self) {
        self.0.unregister();
    }
}

/// Handles CancelRequest messages: finds the connection by pid and secret key and stops its
/// running statement, whether it is still planning or already streaming rows.
pub struct Cancel {
    pub shared: Arc<Shared>,
}

#[async_trait]
impl CancelHandler for Cancel {
    async fn on_cancel_request(&self, request: CancelRequest) {
        let conn = self.shared.conns.lock().ok().and_then(|conns| {
            conns
                .get(&request.pid)
                .filter(|(key, _)| key.eq_value(&request.secret_key))
                .map(|(_, c)| c.clone())
        });
        if let Some(conn) = conn {
            tracing::info!(pid = conn.pid, "cancel request");
            conn.cancel.send_modify(|g| *g += 1);
        }
    }
}
