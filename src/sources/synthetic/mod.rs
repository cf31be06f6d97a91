//! `synthetic_intents(rows [, seed [, options]])`: realistic inbound customer messages with the
//! true privacy intent of each, generated at memory speed.
//!
//! Most messages request nothing (order status, billing, refunds, bugs, praise, ...); the
//! privacy requests (access, deletion, rectification, opt-out of sale, opt-out of marketing,
//! consent withdrawal, portability, restriction, objection, automated decisions), some of them
//! combined, come in every language of [`phrases::all`], phrased in families (chat lines,
//! e-mails, formal letters, web forms, phone transcripts, indirect requests) named in the
//! `template` column, with a controlled share of defective records named in the `defect` column.
//! Rows are a pure function of `(seed, id)`, generated in parallel, one partition per target
//! partition.
//!
//! Files: [`options`] parses the third argument, [`generate`] builds rows, [`exec`] is the plan
//! node, [`codec`] serialises both for datafusion-proto, [`phrases`] holds the phrase banks and
//! [`template`] their mini language; `text` builds addresses and adds noise. [`pii`] is the
//! separate `synthetic_pii` table function (a labelled set for `find_pii`).

pub mod clarity;
pub mod codec;
pub mod exec;
pub mod generate;
pub mod options;
pub mod phrases;
pub mod pii;
mod pii_phrases;
pub mod rng;
pub mod template;
mod text;

use std::sync::Arc;

use arrow::datatypes::SchemaRef;
use async_trait::async_trait;
use datafusion::catalog::{Session, TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result, ScalarValue};
use datafusion::logical_expr::{Documentation, Expr, TableType};
use datafusion::physical_plan::ExecutionPlan;
use privsql_udfs::{doc, NamedTableFunction};

pub use codec::SyntheticCodec;
pub use exec::SyntheticExec;
pub use options::SyntheticOptions;

/// The seed used when none is given.
pub const DEFAULT_SEED: u64 = 42;

/// The SQL name.
pub const NAME: &str = "synthetic_intents";

/// The table function `synthetic_intents(rows [, seed [, options]])`.
#[derive(Debug, Default)]
pub struct SyntheticIntentsFunc;

impl SyntheticIntentsFunc {
    /// This table function as a registry entry, with its documentation.
    pub fn named() -> NamedTableFunction {
        NamedTableFunction { name: NAME.to_string(), doc: documentation(), func: Arc::new(SyntheticIntentsFunc) }
    }
}

/// The documentation shown by `privsql_functions()` and `\df`.
pub fn documentation() -> Documentation {
    Documentation::builder(
        doc::SOURCES,
        "Generates realistic inbound customer messages labelled with their true privacy intent \
         (access, deletion, rectification, opt_out_sale, opt_out_marketing, consent_withdrawal, \
         portability, restriction, objection, automated_decision or none; `intents` also lists \
         the other requests of a combined one), by default in English, German, French, Spanish, \
         Italian, Dutch and Portuguese (languages=all for every registered language). Most \
         messages are ordinary support traffic; a controlled share of rows carries one defect \
         (named in `defect`). Columns: id, ticket_id, user_id, email, channel, locale, language, \
         received_at, text, intent, intents, template, order_total, account_age_days, \
         prior_requests, message_length, defect, clarity (explicit, indirect, hedged or mixed: how clearly \
         the text states its intent) and label_confidence (that level's prior: 1.0, 0.8, 0.7, 0.6). The same seed gives the same rows whatever the \
         partitioning.",
        "synthetic_intents(rows [, seed [, options]])",
    )
    .with_argument("rows", "Number of rows (a non-negative integer literal); ids run from 0 to rows - 1.")
    .with_argument("seed", "Integer seed (default 42). Each row is a pure function of (seed, id).")
    .with_argument(
        "options",
        "A string of key=value pairs separated by commas: privacy_share (0.25), \
         intent_weights (access:22,deletion:28,rectification:8,opt_out_sale:10,opt_out_marketing:20,consent_withdrawal:12,\
         portability:4,restriction:3,objection:3,automated_decision:2), \
         defect_rate (0.03), defects (null_email,malformed_email,duplicate_ticket_id,future_timestamp,empty_text,negative_order_total,absurd_account_age or none), \
         languages (en,de,fr,es,it,nl,pt; all, or any registered codes), non_english (0.25), hard_negatives (0.15), hedged (0.1: share of single requests in the seven core languages wrapped in doubt), \
         chatter (0.1: share followed by unrelated chatter), \
         users (250000), start (2025-01-01), days (365).",
    )
    .with_sql_example(
        "SELECT intent, count(*) AS n\n\
         FROM synthetic_intents(100000, 42, 'privacy_share=0.3, languages=en,de')\n\
         GROUP BY intent ORDER BY n DESC;",
    )
    .build()
}

impl TableFunctionImpl for SyntheticIntentsFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let exprs = args.exprs();
        if exprs.is_empty() || exprs.len() > 3 {
            return plan_err!(
                "{NAME} takes 1 to 3 arguments (rows [, seed [, options]]), got {}",
                exprs.len()
            );
        }
        let rows = match literal_int(&exprs[0], "rows")? {
            n if n < 0 => return plan_err!("{NAME}: argument rows must be a non-negative integer, got {n}"),
            n => n as u64,
        };
        let seed = match exprs.get(1) {
            Some(e) => literal_int(e, "seed")? as u64,
            None => DEFAULT_SEED,
        };
        let options = match exprs.get(2) {
            Some(e) => SyntheticOptions::parse(&literal_str(e, "options")?)?,
            None => SyntheticOptions::default(),
        };
        Ok(Arc::new(SyntheticTable::new(rows, seed, options)))
    }
}

fn literal(expr: &Expr, name: &str) -> Result<ScalarValue> {
    match expr {
        Expr::Literal(v, _) if v.is_null() => plan_err!("{NAME}: argument {name} must not be NULL"),
        Expr::Literal(v, _) => Ok(v.clone()),
        Expr::Cast(c) => literal(&c.expr, name),
        Expr::TryCast(c) => literal(&c.expr, name),
        Expr::Negative(inner) => match literal(inner, name)? {
            v if v.data_type().is_integer() => v.arithmetic_negate(),
            _ => plan_err!("{NAME}: argument {name} must be a literal, got {expr}"),
        },
        _ => plan_err!("{NAME}: argument {name} must be a literal, got {expr}"),
    }
}

fn literal_int(expr: &Expr, name: &str) -> Result<i64> {
    let v = literal(expr, name)?;
    if !v.data_type().is_integer() {
        return plan_err!("{NAME}: argument {name} must be an integer, got {} ({})", v, v.data_type());
    }
    match v.cast_to(&arrow::datatypes::DataType::Int64)? {
        ScalarValue::Int64(Some(n)) => Ok(n),
        _ => plan_err!("{NAME}: argument {name} must fit a BIGINT, got {v}"),
    }
}

fn literal_str(expr: &Expr, name: &str) -> Result<String> {
    match literal(expr, name)? {
        ScalarValue::Utf8(Some(s)) | ScalarValue::Utf8View(Some(s)) | ScalarValue::LargeUtf8(Some(s)) => Ok(s),
        v => plan_err!("{NAME}: argument {name} must be a string such as 'defect_rate=0.05', got {} ({})", v, v.data_type()),
    }
}

/// The table behind one `synthetic_intents(...)` call.
#[derive(Debug, Clone)]
pub struct SyntheticTable {
    rows: u64,
    seed: u64,
    options: SyntheticOptions,
}

impl SyntheticTable {
    pub fn new(rows: u64, seed: u64, options: SyntheticOptions) -> Self {
        SyntheticTable { rows, seed, options }
    }
    pub fn rows(&self) -> u64 {
        self.rows
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn options(&self) -> &SyntheticOptions {
        &self.options
    }
}

#[async_trait]
impl TableProvider for SyntheticTable {
    fn schema(&self) -> SchemaRef {
        generate::schema()
    }

    fn table_type(&self) -> TableType {
        TableType::Temporary
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        _filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let config = state.config_options();
        Ok(Arc::new(SyntheticExec::try_new(
            self.rows,
            self.seed,
            self.options.clone(),
            projection.cloned(),
            limit,
            config.execution.target_partitions,
            config.execution.batch_size.get(),
        )?))
    }
}
