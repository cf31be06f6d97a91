//! Argument parsing shared by the sampling table functions: the input table, literal values and
//! column names. Table functions receive their arguments as planned expressions; only constants
//! make sense here, so anything else is a plan error naming the argument.

use datafusion::catalog::{Session, TableFunctionArgs};
use datafusion::common::{
    plan_datafusion_err, plan_err, Column, DFSchema, Result, ScalarValue, TableReference,
};
use datafusion::datasource::provider_as_source;
use datafusion::logical_expr::{Expr, LogicalPlan, LogicalPlanBuilder};
use futures::FutureExt;

/// The constant value of an argument: a literal, a negated literal or a cast of one.
pub fn constant(expr: &Expr) -> Option<ScalarValue> {
    match expr {
        Expr::Literal(v, _) => Some(v.clone()),
        Expr::Negative(inner) => match constant(inner)? {
            ScalarValue::Int64(Some(v)) => Some(ScalarValue::Int64(Some(-v))),
            ScalarValue::Float64(Some(v)) => Some(ScalarValue::Float64(Some(-v))),
            v => v.arithmetic_negate().ok(),
        },
        Expr::Cast(c) => constant(&c.expr)?.cast_to(c.field.data_type()).ok(),
        Expr::TryCast(c) => constant(&c.expr)?.cast_to(c.field.data_type()).ok(),
        _ => None,
    }
}

/// The arguments of one call, with the function's name for messages.
pub struct Args<'a> {
    pub func: &'static str,
    pub exprs: &'a [Expr],
    pub session: &'a dyn Session,
}

impl<'a> Args<'a> {
    pub fn new(func: &'static str, args: &TableFunctionArgs<'a, 'a>) -> Self {
        Self {
            func,
            exprs: args.exprs(),
            session: args.session(),
        }
    }

    /// Fails unless the call has between `min` and `max` arguments.
    pub fn arity(&self, min: usize, max: usize, syntax: &str) -> Result<()> {
        let n = self.exprs.len();
        if n < min || n > max {
            return plan_err!(
                "{} takes {min} to {max} arguments, got {n}: {syntax}",
                self.func
            );
        }
        Ok(())
    }

    pub fn get(&self, i: usize) -> Option<&Expr> {
        self.exprs.get(i)
    }

    /// A text argument: a string literal, or a bare identifier (`intent` for `'intent'`).
    pub fn text(&self, i: usize, what: &str) -> Result<String> {
        match self.exprs.get(i) {
            Some(Expr::Column(c)) => Ok(c.flat_name()),
            Some(e) => match constant(e) {
                Some(ScalarValue::Utf8(Some(s)))
                | Some(ScalarValue::LargeUtf8(Some(s)))
                | Some(ScalarValue::Utf8View(Some(s))) => Ok(s),
                _ => plan_err!(
                    "{}: argument {} ({what}) must be a string literal",
                    self.func,
                    i + 1
                ),
            },
            None => plan_err!("{}: argument {} ({what}) is missing", self.func, i + 1),
        }
    }

    /// Whether argument `i` is a string literal.
    pub fn is_text(&self, i: usize) -> bool {
        matches!(
            self.exprs.get(i).and_then(constant),
            Some(
                ScalarValue::Utf8(Some(_))
                    | ScalarValue::LargeUtf8(Some(_))
                    | ScalarValue::Utf8View(Some(_))
            )
        )
    }

    /// An integer argument.
    pub fn int(&self, i: usize, what: &str) -> Result<i64> {
        let v = self.exprs.get(i).and_then(constant);
        match v {
            Some(v) if v.data_type().is_integer() && !v.is_null() => {
                match v.cast_to(&arrow::datatypes::DataType::Int64)? {
                    ScalarValue::Int64(Some(x)) => Ok(x),
                    _ => plan_err!(
                        "{}: argument {} ({what}) must be an integer",
                        self.func,
                        i + 1
                    ),
                }
            }
            _ => plan_err!(
                "{}: argument {} ({what}) must be an integer literal",
                self.func,
                i + 1
            ),
        }
    }

    /// A number argument (integer or decimal), as f64.
    pub fn number(&self, i: usize, what: &str) -> Result<f64> {
        let v = self.exprs.get(i).and_then(constant);
        match v {
            Some(v) if (v.data_type().is_numeric()) && !v.is_null() => {
                match v.cast_to(&arrow::datatypes::DataType::Float64)? {
                    ScalarValue::Float64(Some(x)) if x.is_finite() => Ok(x),
                    _ => plan_err!(
                        "{}: argument {} ({what}) must be a finite number",
                        self.func,
                        i + 1
                    ),
                }
            }
            _ => plan_err!(
                "{}: argument {} ({what}) must be a number literal",
                self.func,
                i + 1
            ),
        }
    }

    /// Whether argument `i` is an integer literal (as opposed to a decimal).
    pub fn is_int(&self, i: usize) -> bool {
        self.exprs
            .get(i)
            .and_then(constant)
            .is_some_and(|v| v.data_type().is_integer())
    }

    /// Whether argument `i` is a number literal.
    pub fn is_number(&self, i: usize) -> bool {
        self.exprs
            .get(i)
            .and_then(constant)
            .is_some_and(|v| v.data_type().is_numeric())
    }

    /// The seed at position `i`, 0 when absent. Any integer; negative seeds are reinterpreted.
    pub fn seed(&self, i: usize) -> Result<u64> {
        if self.exprs.len() <= i {
            return Ok(0);
        }
        Ok(self.int(i, "seed")? as u64)
    }

    /// The input table named by argument `i`, resolved through the session's catalog, as a plan
    /// (a scan of it; views are inlined by DataFusion's analyzer).
    pub fn table(&self, i: usize) -> Result<LogicalPlan> {
        let name = self.text(i, "table or view name")?;
        let reference = TableReference::parse_str(&name);
        let opts = &self.session.config_options().catalog;
        let resolved = reference
            .clone()
            .resolve(&opts.default_catalog, &opts.default_schema);
        let catalog = self
            .session
            .catalog_list()
            .catalog(&resolved.catalog)
            .ok_or_else(|| {
                plan_datafusion_err!("{}: catalog of table '{name}' not found", self.func)
            })?;
        let schema = catalog.schema(&resolved.schema).ok_or_else(|| {
            plan_datafusion_err!("{}: schema of table '{name}' not found", self.func)
        })?;
        if !schema.table_exist(&resolved.table) {
            return plan_err!(
                "{}: table '{name}' not found (argument {}: a table or view name as a string)",
                self.func,
                i + 1
            );
        }
        // Table functions are planned synchronously; the in-memory, listing and view providers
        // resolve at once. A provider that must do I/O to resolve is reported, not awaited.
        let provider = match schema.table(&resolved.table).now_or_never() {
            Some(r) => r?,
            None => {
                return plan_err!(
                    "{}: table '{name}' cannot be resolved synchronously; create a view over it or copy it into a memory table first",
                    self.func
                )
            }
        };
        let Some(provider) = provider else {
            return plan_err!(
                "{}: table '{name}' not found (argument {}: a table or view name as a string)",
                self.func,
                i + 1
            );
        };
        LogicalPlanBuilder::scan(reference, provider_as_source(provider), None)?.build()
    }
}

/// The column of `schema` named `name` (exact match first, then case-insensitive if unique).
pub fn column(func: &str, schema: &DFSchema, name: &str, what: &str) -> Result<Column> {
    if let Ok((q, f)) = schema.qualified_field_with_unqualified_name(name) {
        return Ok(Column::new(q.cloned(), f.name()));
    }
    let matches: Vec<_> = schema
        .iter()
        .filter(|(_, f)| f.name().eq_ignore_ascii_case(name))
        .collect();
    if matches.len() == 1 {
        let (q, f) = matches[0];
        return Ok(Column::new(q.cloned(), f.name()));
    }
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    plan_err!(
        "{func}: {what} column '{name}' not found; the table has columns {}",
        names.join(", ")
    )
}
