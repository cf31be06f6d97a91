//! Where a cluster client's statement runs: on the cluster, in this process, or (a write into a
//! table held here) its query on the cluster and its write here.
//!
//! The cluster's executors read files (listing tables) and what privsql's codec sends them (its
//! sources, samples and quality tables, each encoded whole). Every other table is held in this
//! process and only this process can read it: a memory table (`CREATE TABLE ... AS`, `VALUES`,
//! `INSERT`), what a session function computed (`contracts()`, `intent_models()`), the catalogs
//! (`information_schema`, a server's `pg_catalog`), a server's temporary tables, and files under
//! a path this process keeps to itself ([`LocalPaths`]: a server's data dir). The codec is the
//! test rather than a list of types, so a source the codec learns runs on the cluster with
//! nothing to change here, and a table it cannot send is read where it is.
//!
//! - A statement that reads only tables held here runs here; so does one that reads no table
//!   and calls a function only this process has (a server's `version()`, `current_setting()`:
//!   [`ClusterFunctions`] are the executors').
//! - One that reads a table the cluster reads, and nothing held here, runs on the cluster, as
//!   does one that reads no table (`VALUES`, constants) with the executors' functions.
//! - One that reads both runs on the cluster with the rows of the tables held here inside its
//!   plan when they are small ([`super::inline`]); otherwise it is refused, as is one that calls
//!   a function of this process over the cluster's tables, naming the table or function and
//!   what to do instead: the executors cannot read or call it, and running the whole statement
//!   here would read the cluster's data in one process without saying so.
//! - `INSERT INTO` a table held here and `COPY ... TO` a path this process keeps run their query
//!   where its tables are (on the cluster when it reads the cluster's) and write here.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::Arc;

use ballista_core::extension::SessionConfigExt;
use datafusion::catalog::TableProvider;
use datafusion::common::tree_node::{TreeNode, TreeNodeRecursion};
use datafusion::common::{plan_err, Result, ScalarValue, TableReference};
use datafusion::datasource::cte_worktable::CteWorkTable;
use datafusion::datasource::listing::{ListingTable, ListingTableUrl};
use datafusion::datasource::source_as_provider;
use datafusion::execution::SessionState;
use datafusion::logical_expr::{DmlStatement, Expr, LogicalPlan, TableScan, WindowFunctionDefinition, WriteOp};
use datafusion::prelude::SessionContext;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use privsql_udfs::sample::draw::DrawTable;
use privsql_udfs::sample::resample::ResampleTable;

use super::inline::{inline_held, INLINE_BYTES, INLINE_ROWS};

/// Where a statement runs.
#[derive(Debug, PartialEq, Eq)]
pub enum Placement {
    /// On the cluster.
    Cluster,
    /// In this process: it reads only tables held here, or none.
    Local,
    /// A write into a table held here (`INSERT INTO`, `COPY ... TO` a path this process keeps)
    /// whose query reads the cluster's tables: the query on the cluster, the write here.
    WriteHere,
}

/// Directories this process keeps to itself (a server's data dir, where its `CREATE TABLE`
/// tables are stored): the files under them are read and written here, never by the cluster's
/// executors, which do not see this machine's disk.
#[derive(Debug, Default)]
pub struct LocalPaths {
    /// Each directory as a `file://` URL ending in `/`.
    prefixes: Vec<String>,
}

impl LocalPaths {
    /// Keep `dirs` in `ctx`'s session (and in every session made from its state).
    pub fn keep(ctx: &SessionContext, dirs: &[&std::path::Path]) -> Result<()> {
        let mut prefixes = Vec::new();
        for dir in dirs {
            let url = ListingTableUrl::parse(format!("{}/", dir.display().to_string().trim_end_matches('/')))?;
            prefixes.push(url.as_str().to_owned());
        }
        let state = ctx.state_ref();
        state.write().config_mut().set_extension(Arc::new(LocalPaths { prefixes }));
        Ok(())
    }

    fn holds(&self, url: &str) -> bool {
        self.prefixes.iter().any(|p| url.starts_with(p.as_str()))
    }

    /// Whether `location` (a `COPY ... TO` target) is under one of the directories.
    fn holds_location(&self, location: &str) -> bool {
        ListingTableUrl::parse(location).is_ok_and(|u| self.holds(u.as_str()))
    }
}

/// The functions the cluster's executors have (their registry is built as a plain
/// [`crate::build_session`]'s), each name with its implementation's type: a function registered
/// later in a client's session (a server's PostgreSQL functions, some of which replace
/// DataFusion's under the same name, as `version()` does) runs in the client only.
#[derive(Debug, Default)]
pub struct ClusterFunctions {
    scalar: HashMap<String, TypeId>,
    aggregate: HashMap<String, TypeId>,
    window: HashMap<String, TypeId>,
}

impl ClusterFunctions {
    /// The functions of `state`, a session built as the executors' are.
    pub fn of(state: &SessionState) -> Self {
        Self {
            scalar: state.scalar_functions().iter().map(|(n, f)| (n.clone(), f.inner().as_ref().type_id())).collect(),
            aggregate: state.aggregate_functions().iter().map(|(n, f)| (n.clone(), f.inner().as_ref().type_id())).collect(),
            window: state.window_functions().iter().map(|(n, f)| (n.clone(), f.inner().as_ref().type_id())).collect(),
        }
    }

    /// The name of the function `e` calls when the executors do not have it.
    fn lacks<'e>(&self, e: &'e Expr) -> Option<&'e str> {
        let (known, name, ty) = match e {
            Expr::ScalarFunction(f) => (&self.scalar, f.name(), f.func.inner().as_ref().type_id()),
            Expr::AggregateFunction(f) => (&self.aggregate, f.func.name(), f.func.inner().as_ref().type_id()),
            Expr::WindowFunction(f) => match &f.fun {
                WindowFunctionDefinition::AggregateUDF(u) => (&self.aggregate, u.name(), u.inner().as_ref().type_id()),
                WindowFunctionDefinition::WindowUDF(u) => (&self.window, u.name(), u.inner().as_ref().type_id()),
            },
            _ => return None,
        };
        (known.get(name) != Some(&ty)).then_some(name)
    }
}

/// One table a statement reads.
struct Read {
    name: TableReference,
    provider: Arc<dyn TableProvider>,
    /// Held in this process (else read on the cluster).
    here: bool,
}

/// What [`placement`] looks at.
struct Judge<'a> {
    state: &'a SessionState,
    codec: Arc<dyn LogicalExtensionCodec>,
    local: Option<Arc<LocalPaths>>,
    /// `None`: every function is the executors'.
    functions: Option<Arc<ClusterFunctions>>,
}

/// Where `plan` (its quality tables already resolved, [`super::resolve::prepare`]) runs, and the
/// plan to run there: `plan`, or, when it mixes small tables held here with the cluster's, `plan`
/// with their rows inside ([`super::inline`]). Or why it cannot run on a cluster: it mixes tables
/// held here with the cluster's and one of them is too large to send with the plan, or uses the
/// per-process `ephemeral` key.
pub async fn place(plan: LogicalPlan, state: &SessionState) -> Result<(Placement, LogicalPlan)> {
    let judge = Judge {
        state,
        codec: state.config().ballista_logical_extension_codec(),
        local: state.config().get_extension::<LocalPaths>(),
        functions: state.config().get_extension::<ClusterFunctions>(),
    };
    let (here, cluster) = match judge.verdict(&plan)? {
        Verdict::Run(placement) => return Ok((placement, plan)),
        Verdict::Mixed { here, cluster } => (here, cluster),
    };
    match inline_held(plan, state, |scan| judge.inlinable(scan)).await? {
        Ok(inlined) => match judge.verdict(&inlined)? {
            Verdict::Run(placement) => Ok((placement, inlined)),
            // A table held here that is no plain scan (a sample's input).
            Verdict::Mixed { here, cluster } => judge.refuse_mix(&here[0], &cluster, false).await,
        },
        Err(large) => {
            let here = here.into_iter().find(|r| r.name == large).unwrap_or_else(|| named_read(large));
            judge.refuse_mix(&here, &cluster, true).await
        }
    }
}

/// A read of `name` standing for a table over the inlining limits that the reads do not name.
fn named_read(name: TableReference) -> Read {
    Read { name, provider: empty(), here: true }
}

/// What a plan's reads say.
enum Verdict {
    /// It runs there.
    Run(Placement),
    /// It reads tables held here (`here`, one at least) and the cluster's (`cluster`, the first).
    Mixed { here: Vec<Read>, cluster: Read },
}

impl Judge<'_> {
    /// Where `plan` runs by the tables it reads and the functions it calls, if it does not mix
    /// tables held here with the cluster's.
    fn verdict(&self, plan: &LogicalPlan) -> Result<Verdict> {
        let (query, writes_here) = match plan {
            LogicalPlan::Dml(DmlStatement { target, op: WriteOp::Insert(_), input, table_name, .. }) => {
                let here = match source_as_provider(target) {
                    Ok(provider) => self.held_here(table_name, &provider),
                    Err(_) => false,
                };
                (input.as_ref(), here)
            }
            LogicalPlan::Copy(copy) => (
                copy.input.as_ref(),
                self.local.as_ref().is_some_and(|l| l.holds_location(&copy.output_url)),
            ),
            other => (other, false),
        };
        let (mut reads, mut functions) = (Vec::new(), Vec::new());
        self.reads(query, &mut reads, &mut functions)?;
        let (here, cluster): (Vec<Read>, Vec<Read>) = reads.into_iter().partition(|r| r.here);
        let placement = match (here.is_empty(), cluster.into_iter().next(), functions.first()) {
            (false, Some(cluster), _) => return Ok(Verdict::Mixed { here, cluster }),
            (true, Some(cluster), Some(f)) => return plan_err!(
                "this query calls {f}(), a function of this process that the cluster's executors do not have (a \
                 server's PostgreSQL function), over '{0}', which they read; call {f}() in a query of its own",
                cluster.name
            ),
            (true, Some(_), None) if writes_here => Placement::WriteHere,
            (true, Some(_), None) => Placement::Cluster,
            (false, None, _) => Placement::Local,
            // No table: the executors run it when they have its functions (and a write here of
            // constants stays here).
            (true, None, None) if !writes_here => Placement::Cluster,
            (true, None, _) => Placement::Local,
        };
        Ok(Verdict::Run(placement))
    }

    /// Whether `scan` reads a table held here that [`inline_held`] may send with the plan: a
    /// plain table (no view, sample or recursive query's own rows).
    fn inlinable(&self, scan: &TableScan) -> bool {
        let Ok(provider) = source_as_provider(&scan.source) else { return false };
        let nested = provider.downcast_ref::<CteWorkTable>().is_some()
            || provider.downcast_ref::<DrawTable>().is_some()
            || provider.downcast_ref::<ResampleTable>().is_some()
            || provider.get_logical_plan().is_some();
        !nested && self.held_here(&scan.table_name, &provider)
    }

    /// The tables `plan` (and the plans inside its providers) reads, and the functions it calls
    /// that only this process has; refuses expressions that would give another answer on a
    /// cluster.
    fn reads(&self, plan: &LogicalPlan, out: &mut Vec<Read>, functions: &mut Vec<String>) -> Result<()> {
        plan.apply_with_subqueries(|node| {
            check_expressions(node)?;
            if let Some(known) = &self.functions {
                own_functions(node, known, functions)?;
            }
            if let LogicalPlan::TableScan(scan) = node {
                match source_as_provider(&scan.source) {
                    Ok(provider) => self.read(&scan.table_name, provider, out, functions)?,
                    // A source that is no provider: DataFusion's serialisation decides.
                    Err(_) => out.push(Read { name: scan.table_name.clone(), provider: empty(), here: false }),
                }
            }
            Ok(TreeNodeRecursion::Continue)
        })
        .map(|_| ())
    }

    fn read(
        &self,
        name: &TableReference,
        provider: Arc<dyn TableProvider>,
        out: &mut Vec<Read>,
        functions: &mut Vec<String>,
    ) -> Result<()> {
        // A recursive query's own rows: where the query runs.
        if provider.downcast_ref::<CteWorkTable>().is_some() {
            return Ok(());
        }
        // A sample is read where its input is: on the cluster (the codec sends its plans), or
        // here with an input held here.
        let nested: Vec<&LogicalPlan> = if let Some(t) = provider.downcast_ref::<DrawTable>() {
            vec![t.input(), t.allocation()]
        } else if let Some(t) = provider.downcast_ref::<ResampleTable>() {
            vec![t.input()]
        } else {
            Vec::new()
        };
        if !nested.is_empty() {
            let before = out.len();
            for p in nested {
                self.reads(p, out, functions)?;
            }
            if !out[before..].iter().any(|r| r.here) {
                out.push(Read { name: name.clone(), provider, here: false });
            }
            return Ok(());
        }
        // A view (when not inlined): what its plan reads.
        if let Some(p) = provider.get_logical_plan() {
            return self.reads(&p, out, functions);
        }
        let here = self.held_here(name, &provider);
        out.push(Read { name: name.clone(), provider, here });
        Ok(())
    }

    /// Whether `provider` is held in this process: files under [`LocalPaths`], or a table the
    /// codec cannot send.
    fn held_here(&self, name: &TableReference, provider: &Arc<dyn TableProvider>) -> bool {
        if let Some(t) = provider.downcast_ref::<ListingTable>() {
            let local = self.local.as_ref();
            return local.is_some_and(|l| t.table_paths().iter().any(|u| l.holds(u.as_str())));
        }
        // Not only `NotImplemented`: a provider with a plan inside (quality's duplicate counts)
        // fails to encode when its plan reads a table the codec cannot send.
        let mut buf = Vec::new();
        self.codec.try_encode_table_provider(name, Arc::clone(provider), &mut buf).is_err()
    }

    /// The refusal of a statement reading `here` (held in this process) and `cluster`; `large`:
    /// `here` is over what a query sends the cluster with its plan.
    async fn refuse_mix<T>(&self, here: &Read, cluster: &Read, large: bool) -> Result<T> {
        let (name, other) = (&here.name, &cluster.name);
        let size = if large {
            format!(
                ", and it is larger than a query sends them with its plan ({INLINE_ROWS} rows, {} MB)",
                INLINE_BYTES >> 20
            )
        } else {
            String::new()
        };
        if is_catalog_table(self.state, name, &here.provider).await || large {
            return plan_err!(
                "this query mixes table '{name}', held in this process (CREATE TABLE ... AS, VALUES or INSERT keep \
                 a table here, as does a server's data dir), with '{other}', which the cluster's executors read; \
                 the executors cannot read '{name}'{size}. Query '{name}' on its own (that runs here), define it \
                 as a view (CREATE VIEW {0} AS ...) so the cluster computes it, or write it where every executor \
                 reads (COPY (...) TO 's3://bucket/{0}/' STORED AS PARQUET, then CREATE EXTERNAL TABLE)",
                name.table()
            );
        }
        plan_err!(
            "this query mixes {name}, computed by this process from its session (a function such as contracts(), \
             or a catalog such as information_schema or pg_catalog), with '{other}', which the cluster's executors \
             read; query {name} on its own (that runs here)"
        )
    }
}

/// A provider standing for a scan whose source is not one (never read).
fn empty() -> Arc<dyn TableProvider> {
    Arc::new(datafusion::datasource::empty::EmptyTable::new(Arc::new(datafusion::arrow::datatypes::Schema::empty())))
}

/// Whether `provider` is the table the catalog holds under `name` (and not a table function's
/// result or a catalog's table, made anew for each query).
async fn is_catalog_table(state: &SessionState, name: &TableReference, provider: &Arc<dyn TableProvider>) -> bool {
    let Ok(schema) = state.schema_for_ref(name.clone()) else { return false };
    match schema.table(name.table()).await {
        Ok(Some(t)) => Arc::ptr_eq(&t, provider),
        _ => false,
    }
}

/// Add the functions `node` calls that the executors lack to `out`.
fn own_functions(node: &LogicalPlan, known: &ClusterFunctions, out: &mut Vec<String>) -> Result<()> {
    node.apply_expressions(|e| {
        e.apply(|e| {
            if let Some(name) = known.lacks(e) {
                out.push(name.to_owned());
            }
            Ok(TreeNodeRecursion::Continue)
        })
    })
    .map(|_| ())
}

/// Refuse a node's expressions that would give another answer on a cluster.
fn check_expressions(node: &LogicalPlan) -> Result<()> {
    node.apply_expressions(|e| {
        e.apply(|e| {
            if let Expr::ScalarFunction(f) = e {
                if f.name() == "pseudonymize" && uses_ephemeral_key(&f.args) {
                    return plan_err!(
                        "pseudonymize(..., 'ephemeral') draws its key once per process: on a cluster each executor \
                         would draw its own, and one value would get several tokens. Configure a key on every \
                         executor ([privacy.keys] NAME, or PRIVSQL_PRIVACY__KEYS__NAME) and call \
                         pseudonymize(x, 'NAME'), or run without --cluster"
                    );
                }
            }
            Ok(TreeNodeRecursion::Continue)
        })
    })
    .map(|_| ())
}

fn uses_ephemeral_key(args: &[Expr]) -> bool {
    matches!(
        args.get(1),
        Some(Expr::Literal(ScalarValue::Utf8(Some(k)) | ScalarValue::Utf8View(Some(k)) | ScalarValue::LargeUtf8(Some(k)), _))
            if k.eq_ignore_ascii_case(privsql_udfs::privacy::EPHEMERAL_KEY)
    )
}

#[cfg(test)]
mod tests {
    use ballista_core::extension::SessionConfigExt;

    use super::*;
    use crate::Config;

    /// A local session with the cluster's codec, and a memory table `t`.
    async fn session() -> SessionContext {
        let config = Config::default();
        let ctx = crate::build_session(&config).unwrap();
        let codec = crate::cluster::codec(&config);
        let state = ctx.state_ref();
        let with = state.read().config().clone().with_ballista_logical_extension_codec(codec);
        *state.write().config_mut() = with;
        ctx.sql("CREATE TABLE t AS SELECT * FROM (VALUES (1), (2)) AS v(id)").await.unwrap().collect().await.unwrap();
        ctx
    }

    async fn place(ctx: &SessionContext, sql: &str) -> Result<Placement> {
        let state = ctx.state();
        let plan = state.optimize(&state.create_logical_plan(sql).await?)?;
        super::place(plan, &state).await.map(|(placement, _)| placement)
    }

    #[tokio::test]
    async fn tables_held_here_run_here_and_mixed_with_the_clusters_are_refused() {
        let ctx = session().await;
        let cluster = "SELECT count(*) FROM synthetic_intents(10, 1)";
        assert_eq!(place(&ctx, cluster).await.unwrap(), Placement::Cluster);
        assert_eq!(place(&ctx, "SELECT 1").await.unwrap(), Placement::Cluster);
        for here in [
            "SELECT sum(id) FROM t",
            "SELECT table_name FROM information_schema.tables",
            "SELECT * FROM contracts()",
            "SELECT * FROM stratified_sample('t', 'id', 0.5, 1)",
        ] {
            assert_eq!(place(&ctx, here).await.unwrap(), Placement::Local, "{here}");
        }
        ctx.sql("CREATE VIEW s AS SELECT * FROM synthetic_intents(10, 1)").await.unwrap();
        let sample = "SELECT * FROM stratified_sample('s', 'intent', 0.5, 1)";
        assert_eq!(place(&ctx, sample).await.unwrap(), Placement::Cluster);
        assert_eq!(place(&ctx, "INSERT INTO t SELECT id FROM synthetic_intents(10, 1)").await.unwrap(), Placement::WriteHere);
        assert_eq!(place(&ctx, "INSERT INTO t VALUES (3)").await.unwrap(), Placement::Local);
        // Mixed with the cluster's tables: a small table goes inside the plan, a large one is
        // refused.
        let mixed = "SELECT count(*) FROM t JOIN synthetic_intents(10, 1) s USING (id)";
        assert_eq!(place(&ctx, mixed).await.unwrap(), Placement::Cluster);
        let subquery = "SELECT count(*) FROM synthetic_intents(10, 1) WHERE id IN (SELECT id FROM t)";
        assert_eq!(place(&ctx, subquery).await.unwrap(), Placement::Cluster);
        let big = format!("CREATE TABLE big AS SELECT value AS id FROM generate_series(1, {})", INLINE_ROWS + 1);
        ctx.sql(&big).await.unwrap().collect().await.unwrap();
        let e = place(&ctx, "SELECT count(*) FROM big JOIN synthetic_intents(10, 1) s USING (id)").await.unwrap_err().to_string();
        assert!(e.contains("this query mixes table 'big', held in this process") && e.contains("CREATE VIEW big AS"), "{e}");
        assert!(e.contains("larger than a query sends them with its plan (10000 rows, 8 MB)"), "{e}");
        let e = place(&ctx, "SELECT count(*) FROM synthetic_intents(10, 1) WHERE id IN (SELECT id FROM big)").await.unwrap_err().to_string();
        assert!(e.contains("'big'"), "{e}");

        // A function the executors lack (here `upper`) runs here, and not over their tables.
        let state = ctx.state_ref();
        let mut known = ClusterFunctions::of(&state.read());
        // Each function's own implementation type, not the trait object's.
        assert_ne!(known.scalar.get("upper"), known.scalar.get("lower"));
        known.scalar.remove("upper");
        state.write().config_mut().set_extension(Arc::new(known));
        let constants = "SELECT upper(column1) FROM (VALUES ('a'), ('b'))";
        assert_eq!(place(&ctx, constants).await.unwrap(), Placement::Local);
        let constants = "SELECT lower(column1) FROM (VALUES ('a'), ('b'))";
        assert_eq!(place(&ctx, constants).await.unwrap(), Placement::Cluster);
        let e = place(&ctx, "SELECT upper(text) FROM synthetic_intents(10, 1)").await.unwrap_err().to_string();
        assert!(e.contains("this query calls upper()"), "{e}");
    }

    #[tokio::test]
    async fn files_under_a_kept_directory_are_read_and_written_here() {
        let ctx = session().await;
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("kept");
        std::fs::create_dir_all(&kept).unwrap();
        let file = format!("{}/a.parquet", kept.display());
        ctx.sql(&format!("COPY (SELECT 1 AS id) TO '{file}' STORED AS PARQUET")).await.unwrap().collect().await.unwrap();
        ctx.sql(&format!("CREATE EXTERNAL TABLE k STORED AS PARQUET LOCATION '{file}'")).await.unwrap().collect().await.unwrap();
        assert_eq!(place(&ctx, "SELECT * FROM k").await.unwrap(), Placement::Cluster);
        LocalPaths::keep(&ctx, &[kept.as_path()]).unwrap();
        assert_eq!(place(&ctx, "SELECT * FROM k").await.unwrap(), Placement::Local);
        let copy = format!("COPY (SELECT id FROM synthetic_intents(10, 1)) TO '{}/b.parquet' STORED AS PARQUET", kept.display());
        assert_eq!(place(&ctx, &copy).await.unwrap(), Placement::WriteHere);
        let elsewhere = format!("COPY (SELECT id FROM synthetic_intents(10, 1)) TO '{}/b.parquet' STORED AS PARQUET", dir.path().display());
        assert_eq!(place(&ctx, &elsewhere).await.unwrap(), Placement::Cluster);
    }
}
