//! Contracts: what they are, how their text is parsed and checked, and how their rules become
//! DataFusion expressions over whole batches.
//!
//! A contract is written like the body of a `CREATE TABLE`: one column per line with its type
//! and options (`NOT NULL`, `CHECK (...)`, `UNIQUE`, `PRIMARY KEY`, `COMMENT 'sensitive'`), then
//! table constraints (`CONSTRAINT name CHECK (...)` across columns, `UNIQUE (a, b)`). sqlparser
//! parses it, DataFusion plans each `CHECK` against the declared columns (so an unknown column
//! or function is refused when the contract is defined), and [`Contract::bind`] turns the rules
//! into boolean [`Expr`]s over the columns a query hands to `validate_schema`, so evaluation is
//! DataFusion's own vectorised expression evaluation.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::{Arc, RwLock};

use arrow::datatypes::{DataType, Field, Schema};
use datafusion::common::tree_node::{Transformed, TreeNode, TreeNodeRecursion};
use datafusion::common::{plan_datafusion_err, plan_err, Column, DFSchema, Result, ScalarValue};
use datafusion::execution::SessionState;
use datafusion::functions::string::expr_fn::{ends_with, octet_length, starts_with};
use datafusion::functions::unicode::expr_fn::character_length;
use datafusion::logical_expr::{BinaryExpr, Expr, ExprSchemable, Operator};
use datafusion::optimizer::analyzer::type_coercion::TypeCoercionRewriter;
use datafusion::prelude::{lit, try_cast};
use datafusion::sql::sqlparser::ast::{
    CharacterLength, ColumnOption, DataType as SqlType, Ident, Statement, TableConstraint,
};
use datafusion::sql::sqlparser::dialect::GenericDialect;
use datafusion::sql::sqlparser::parser::Parser;

use super::format::Format;

/// How strictly a value must match its declared type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// A value passes when it converts to the declared type (the string `'42'` is a valid
    /// `INT`), as Pydantic's default lax mode.
    #[default]
    Lax,
    /// A value must already have the declared type's kind: integers for integer columns (or
    /// any number for floating point and decimal columns), strings for string columns...
    Strict,
}

impl Mode {
    /// Parse `lax` or `strict` (any case).
    pub fn parse(text: &str) -> Result<Mode> {
        match text.trim().to_ascii_lowercase().as_str() {
            "lax" => Ok(Mode::Lax),
            "strict" => Ok(Mode::Strict),
            other => plan_err!("contract mode must be 'lax' or 'strict', got '{other}'"),
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::Lax => "lax",
            Mode::Strict => "strict",
        })
    }
}

/// One declared column.
#[derive(Debug, Clone)]
pub struct ContractColumn {
    /// The column name (unquoted names are lower-cased, as DataFusion does).
    pub name: String,
    /// The type as written, such as `VARCHAR(254)`.
    pub sql_type: String,
    /// The Arrow type DataFusion gives that SQL type.
    pub data_type: DataType,
    /// `NOT NULL` or `PRIMARY KEY`.
    pub not_null: bool,
    /// Marked sensitive (a `COMMENT` containing the word `sensitive`): its values never appear
    /// in messages or examples.
    pub sensitive: bool,
}

/// What a rule checks.
#[derive(Debug, Clone)]
pub enum RuleKind {
    /// The value has (strict) or converts to (lax) the declared type.
    Type,
    /// The value is not NULL.
    NotNull,
    /// A string is at most this many characters (from `VARCHAR(n)` / `CHAR(n)`).
    MaxLength(u64),
    /// A `CHECK`: violated when the expression is FALSE (NULL passes, as in SQL). The
    /// expression is planned against the declared columns.
    Check(Expr),
    /// No two rows share these columns' values (a table-level rule: `quality_report` checks
    /// it; a single row cannot violate it).
    Unique,
}

/// One rule of a contract.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The rule's name: the `CONSTRAINT` name when given, otherwise `type`, `not_null`,
    /// `max_length`, `enum`, `range`, `pattern`, `length`, `format:<name>`, `cross_field`,
    /// `check` or `unique`.
    pub name: String,
    /// The columns it concerns (indices into [`Contract::columns`]).
    pub columns: Vec<usize>,
    /// The rule as SQL, for listings and messages.
    pub definition: String,
    pub kind: RuleKind,
}

/// A named, parsed and checked contract.
#[derive(Debug, Clone)]
pub struct Contract {
    pub name: String,
    pub mode: Mode,
    /// Where it was defined: `sql` or the file it was read from.
    pub origin: String,
    pub columns: Vec<ContractColumn>,
    pub rules: Vec<Rule>,
}

/// A rule bound to the expressions of one query: `violated` is a non-null boolean, true when
/// the row breaks the rule.
#[derive(Debug, Clone)]
pub struct BoundRule {
    /// Index into [`Contract::rules`].
    pub rule: usize,
    pub violated: Expr,
    /// The offending value for messages and examples; `None` when the field is sensitive or
    /// the rule spans several columns.
    pub value: Option<Expr>,
    /// The field name(s), comma-separated.
    pub field: String,
    pub rule_name: String,
    /// The message, with `{value}` where the offending value goes.
    pub message: String,
}

/// The defined contracts of a session, shared by every contract function.
#[derive(Debug, Clone, Default)]
pub struct ContractStore {
    inner: Arc<RwLock<BTreeMap<String, Arc<Contract>>>>,
}

impl PartialEq for ContractStore {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
impl Eq for ContractStore {}
impl std::hash::Hash for ContractStore {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Arc::as_ptr(&self.inner) as usize).hash(state)
    }
}

impl ContractStore {
    /// The contract named `name`, or a planning error listing the known ones.
    pub fn get(&self, name: &str) -> Result<Arc<Contract>> {
        let map = self
            .inner
            .read()
            .map_err(|_| plan_datafusion_err!("contract store poisoned"))?;
        match map.get(name) {
            Some(c) => Ok(Arc::clone(c)),
            None => {
                let known: Vec<&str> = map.keys().map(String::as_str).collect();
                plan_err!(
                    "unknown contract '{name}'; defined contracts: {}",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                )
            }
        }
    }

    /// Every contract, by name.
    pub fn all(&self) -> Vec<Arc<Contract>> {
        self.inner
            .read()
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Parse, check and store a contract, replacing any of the same name.
    pub fn define(
        &self,
        state: &SessionState,
        name: &str,
        body: &str,
        mode: Mode,
        origin: &str,
    ) -> Result<Arc<Contract>> {
        let contract = Arc::new(Contract::parse(state, name, body, mode, origin)?);
        let mut map = self
            .inner
            .write()
            .map_err(|_| plan_datafusion_err!("contract store poisoned"))?;
        map.insert(name.to_string(), Arc::clone(&contract));
        Ok(contract)
    }

    /// Forget a contract; true when it existed.
    pub fn drop_contract(&self, name: &str) -> bool {
        self.inner
            .write()
            .map(|mut m| m.remove(name).is_some())
            .unwrap_or(false)
    }
}

fn ident_name(i: &Ident) -> String {
    // DataFusion lower-cases unquoted identifiers; do the same so `Email` means `email`.
    if i.quote_style.is_some() {
        i.value.clone()
    } else {
        i.value.to_ascii_lowercase()
    }
}

/// sqlparser reports positions in the wrapped statement, whose first line is ours.
fn shift_lines(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(pos) = rest.find("Line: ") {
        out.push_str(&rest[..pos + 6]);
        rest = &rest[pos + 6..];
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        match rest[..end].parse::<usize>() {
            Ok(n) => out.push_str(&n.saturating_sub(1).max(1).to_string()),
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn max_length(t: &SqlType) -> Option<u64> {
    let len = match t {
        SqlType::Varchar(l)
        | SqlType::Nvarchar(l)
        | SqlType::CharacterVarying(l)
        | SqlType::CharVarying(l)
        | SqlType::Char(l)
        | SqlType::Character(l) => l.as_ref()?,
        _ => return None,
    };
    match len {
        CharacterLength::IntegerLength { length, .. } => Some(*length),
        CharacterLength::Max => None,
    }
}

fn is_sensitive(comment: &str) -> bool {
    comment
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .any(|w| w.eq_ignore_ascii_case("sensitive"))
}

/// A rule name from the shape of a planned CHECK expression.
fn check_rule_name(expr: &Expr, columns: usize) -> String {
    if columns > 1 {
        return "cross_field".to_string();
    }
    let mut format = None;
    let (mut pattern, mut length, mut in_list, mut range) = (false, false, false, false);
    let _ = expr.apply(|e| {
        match e {
            Expr::ScalarFunction(f) => {
                let n = f.name();
                if let Some(fmt) = Format::from_function_name(n) {
                    format.get_or_insert(fmt);
                } else if n.starts_with("regexp_") {
                    pattern = true;
                } else if matches!(
                    n,
                    "character_length" | "char_length" | "length" | "octet_length" | "bit_length"
                ) {
                    length = true;
                }
            }
            Expr::Like(_) | Expr::SimilarTo(_) => pattern = true,
            Expr::BinaryExpr(b) => match b.op {
                Operator::RegexMatch
                | Operator::RegexIMatch
                | Operator::RegexNotMatch
                | Operator::RegexNotIMatch
                | Operator::LikeMatch
                | Operator::ILikeMatch
                | Operator::NotLikeMatch
                | Operator::NotILikeMatch => pattern = true,
                Operator::Lt | Operator::LtEq | Operator::Gt | Operator::GtEq => range = true,
                _ => {}
            },
            Expr::InList(_) => in_list = true,
            Expr::Between(_) => range = true,
            _ => {}
        }
        Ok(TreeNodeRecursion::Continue)
    });
    if let Some(f) = format {
        format!("format:{}", f.short_name())
    } else if pattern {
        "pattern".into()
    } else if length {
        "length".into()
    } else if in_list {
        "enum".into()
    } else if range {
        "range".into()
    } else {
        "check".into()
    }
}

/// Refuse a literal regular expression that does not compile.
fn check_regexes(expr: &Expr) -> Result<()> {
    let mut err = None;
    let mut check = |pattern: &Expr| {
        if let Expr::Literal(
            ScalarValue::Utf8(Some(p))
            | ScalarValue::Utf8View(Some(p))
            | ScalarValue::LargeUtf8(Some(p)),
            _,
        ) = pattern
        {
            if let Err(e) = regex::Regex::new(p) {
                err.get_or_insert(format!("invalid regular expression '{p}': {e}"));
            }
        }
    };
    expr.apply(|e| {
        match e {
            Expr::BinaryExpr(BinaryExpr { op, right, .. })
                if matches!(
                    op,
                    Operator::RegexMatch
                        | Operator::RegexIMatch
                        | Operator::RegexNotMatch
                        | Operator::RegexNotIMatch
                ) =>
            {
                check(right)
            }
            Expr::ScalarFunction(f) if f.name().starts_with("regexp_") && f.args.len() >= 2 => {
                check(&f.args[1])
            }
            _ => {}
        }
        Ok(TreeNodeRecursion::Continue)
    })?;
    match err {
        Some(e) => plan_err!("{e}"),
        None => Ok(()),
    }
}

/// Replace the contract's column references in `expr` with `typed[i]`.
fn substitute(expr: &Expr, columns: &[ContractColumn], typed: &[Expr]) -> Result<Expr> {
    Ok(expr
        .clone()
        .transform(|e| {
            if let Expr::Column(c) = &e {
                if c.relation.is_none() {
                    if let Some(i) = columns.iter().position(|col| col.name == c.name) {
                        return Ok(Transformed::yes(typed[i].clone()));
                    }
                }
            }
            Ok(Transformed::no(e))
        })?
        .data
        .transform(|e| Ok(emptiness_by_bytes(e)))?
        .data)
}

/// `char_length(s) > 0` (the usual "not empty" check) and every other comparison of a character
/// count with 0, or `>= 1` / `< 1`, only asks whether the string is empty, which its byte
/// length answers without decoding characters: rewrite `character_length` to `octet_length`
/// there (same type, same NULLs, same result on every string). The planner names the call
/// (`character_length(t) AS char_length(t)`), so the alias is looked through.
///
/// When the string is `trim(s)` (`btrim` with no characters: spaces only), its byte length is
/// `s`'s own unless `s` starts or ends with a space, and only those rows are trimmed:
/// `CASE WHEN starts_with(s, ' ') OR ends_with(s, ' ') THEN octet_length(btrim(s)) ELSE
/// octet_length(s) END` has the same value on every row (NULL on NULL), and DataFusion
/// evaluates the `THEN` branch on the selected rows only, so "not blank" checks read two
/// bytes of most strings instead of building a trimmed copy of each.
fn emptiness_by_bytes(e: Expr) -> Transformed<Expr> {
    let Expr::BinaryExpr(BinaryExpr { left, op, right }) = &e else {
        return Transformed::no(e);
    };
    let (Expr::ScalarFunction(f), Expr::Literal(v, _)) = (unaliased(left), right.as_ref()) else {
        return Transformed::no(e);
    };
    if f.func.name() != "character_length" || f.args.len() != 1 {
        return Transformed::no(e);
    }
    let n = match v.cast_to(&DataType::Int64) {
        Ok(ScalarValue::Int64(Some(n))) => n,
        _ => return Transformed::no(e),
    };
    let emptiness = match (n, op) {
        (0, Operator::Gt | Operator::GtEq | Operator::Lt | Operator::LtEq)
        | (0, Operator::Eq | Operator::NotEq) => true,
        (1, Operator::GtEq | Operator::Lt) => true,
        _ => false,
    };
    if !emptiness {
        return Transformed::no(e);
    }
    Transformed::yes(Expr::BinaryExpr(BinaryExpr::new(
        Box::new(byte_length(&f.args[0])),
        *op,
        right.clone(),
    )))
}

/// `octet_length(s)`, with `trim(s)` measured without trimming the rows that have nothing to
/// trim (see [`emptiness_by_bytes`]).
fn byte_length(s: &Expr) -> Expr {
    let inner = unaliased(s);
    match inner {
        Expr::ScalarFunction(t) if t.func.name() == "btrim" && t.args.len() == 1 => {
            let x = t.args[0].clone();
            let edges = starts_with(x.clone(), lit(" ")).or(ends_with(x.clone(), lit(" ")));
            Expr::Case(datafusion::logical_expr::Case::new(
                None,
                vec![(Box::new(edges), Box::new(octet_length(inner.clone())))],
                Some(Box::new(octet_length(x))),
            ))
        }
        _ => octet_length(s.clone()),
    }
}

/// `e` without the names the planner put on it (`f(x) AS f(x)`).
fn unaliased(mut e: &Expr) -> &Expr {
    while let Expr::Alias(a) = e {
        e = a.expr.as_ref();
    }
    e
}

/// `s ~ 'p'` and `s !~ 'p'` with a constant pattern (after coercion, so `s` is a string) as
/// `regexp_dfa_match(s, 'p')`: the same answers, from a DFA run over whole batches (see
/// [`super::regex_dfa`]).
fn regexes_by_dfa(e: Expr) -> Result<Expr> {
    Ok(e.transform(|e| {
        if let Expr::BinaryExpr(BinaryExpr { left, op, right }) = &e {
            if matches!(op, Operator::RegexMatch | Operator::RegexNotMatch) {
                let mut p = right.as_ref();
                while let Expr::Cast(c) = p {
                    p = c.expr.as_ref();
                }
                if let Some(p) = super::string_literal(p) {
                    let call = super::regex_dfa::udf().call(vec![left.as_ref().clone(), lit(p)]);
                    return Ok(Transformed::yes(if *op == Operator::RegexNotMatch {
                        Expr::Not(Box::new(call))
                    } else {
                        call
                    }));
                }
            }
        }
        Ok(Transformed::no(e))
    })?
    .data)
}

/// `CASE WHEN e THEN true ELSE false END`: true only when `e` is true. Not `e IS TRUE`, whose
/// physical form DataFusion marks nullable while the logical one is not, which breaks plans
/// where common subexpressions are projected (DataFusion 55).
pub fn truthy(e: Expr) -> Expr {
    Expr::Case(datafusion::logical_expr::Case::new(
        None,
        vec![(Box::new(e), Box::new(lit(true)))],
        Some(Box::new(lit(false))),
    ))
}

/// True only when `e` is false (NULL is not false), as [`truthy`].
pub fn falsy(e: Expr) -> Expr {
    truthy(Expr::Not(Box::new(e)))
}

/// Kinds of types, for strict mode.
#[derive(PartialEq, Eq, Debug)]
enum Kind {
    Int,
    Float,
    Decimal,
    Str,
    Bool,
    Date,
    Timestamp,
    Other,
}

fn kind(t: &DataType) -> Kind {
    match t {
        t if t.is_integer() => Kind::Int,
        t if t.is_floating() => Kind::Float,
        DataType::Decimal32(..)
        | DataType::Decimal64(..)
        | DataType::Decimal128(..)
        | DataType::Decimal256(..) => Kind::Decimal,
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => Kind::Str,
        DataType::Boolean => Kind::Bool,
        DataType::Date32 | DataType::Date64 => Kind::Date,
        DataType::Timestamp(..) => Kind::Timestamp,
        _ => Kind::Other,
    }
}

/// Does a value of type `given` satisfy a column declared `declared` in strict mode, before
/// any range check? Integers may go into float and decimal columns, as in Pydantic.
fn strict_compatible(given: &DataType, declared: &DataType) -> bool {
    let (g, d) = (kind(given), kind(declared));
    g == d && g != Kind::Other
        || given == declared
        || (g == Kind::Int && matches!(d, Kind::Float | Kind::Decimal))
}

impl Contract {
    /// Parse and check a contract body.
    pub fn parse(
        state: &SessionState,
        name: &str,
        body: &str,
        mode: Mode,
        origin: &str,
    ) -> Result<Contract> {
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        {
            return plan_err!("contract name '{name}' must be letters, digits, '_', '-' or '.'");
        }
        let sql = format!("CREATE TABLE contract (\n{body}\n)");
        let statements = Parser::parse_sql(&GenericDialect {}, &sql).map_err(|e| {
            plan_datafusion_err!("contract '{name}': {}", shift_lines(&e.to_string()))
        })?;
        let create = match statements.as_slice() {
            [Statement::CreateTable(c)] => c,
            _ => {
                return plan_err!(
                    "contract '{name}': the body must be column definitions and constraints \
                     only, as inside CREATE TABLE (...)"
                )
            }
        };
        if create.columns.is_empty() {
            return plan_err!("contract '{name}' declares no column");
        }

        let empty = DFSchema::empty();
        let mut columns: Vec<ContractColumn> = Vec::new();
        let mut col_checks: Vec<(usize, Option<String>, String)> = Vec::new();
        // (constraint name, columns, is a primary key)
        let mut uniques: Vec<(Option<String>, Vec<usize>, bool)> = Vec::new();
        for def in &create.columns {
            let col = ident_name(&def.name);
            if columns.iter().any(|c| c.name == col) {
                return plan_err!("contract '{name}': column '{col}' is declared twice");
            }
            let sql_type = def.data_type.to_string();
            let data_type = match state.create_logical_expr(&format!("CAST(NULL AS {sql_type})"), &empty) {
                Ok(Expr::Cast(c)) => c.field.data_type().clone(),
                Ok(_) => {
                    return plan_err!("contract '{name}', column '{col}': type {sql_type} is not a scalar type")
                }
                Err(e) => {
                    return plan_err!(
                        "contract '{name}', column '{col}': type {sql_type} is not a type DataFusion knows ({})",
                        e.strip_backtrace()
                    )
                }
            };
            let index = columns.len();
            let mut column = ContractColumn {
                name: col.clone(),
                sql_type,
                data_type,
                not_null: false,
                sensitive: false,
            };
            for opt in &def.options {
                let cname = opt.name.as_ref().map(ident_name);
                match &opt.option {
                    ColumnOption::Null => {}
                    ColumnOption::NotNull => column.not_null = true,
                    ColumnOption::PrimaryKey(_) => {
                        column.not_null = true;
                        uniques.push((cname, vec![index], true));
                    }
                    ColumnOption::Unique(_) => uniques.push((cname, vec![index], false)),
                    ColumnOption::Check(c) => {
                        col_checks.push((index, cname.or(c.name.as_ref().map(ident_name)), c.expr.to_string()))
                    }
                    ColumnOption::Comment(text) => column.sensitive |= is_sensitive(text),
                    other => {
                        return plan_err!(
                            "contract '{name}', column '{col}': option {other} is not supported \
                             (use NULL, NOT NULL, CHECK (...), UNIQUE, PRIMARY KEY or COMMENT '...')"
                        )
                    }
                }
            }
            columns.push(column);
        }

        let find = |ident: &str, what: &str| -> Result<usize> {
            columns.iter().position(|c| c.name == ident).ok_or_else(|| {
                plan_datafusion_err!(
                    "contract '{name}', {what}: unknown column '{ident}'; columns are {}",
                    columns
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
        };
        let mut table_checks: Vec<(Option<String>, String)> = Vec::new();
        let mut primary: Vec<usize> = Vec::new();
        for tc in &create.constraints {
            match tc {
                TableConstraint::Check(c) => table_checks.push((c.name.as_ref().map(ident_name), c.expr.to_string())),
                TableConstraint::Unique(u) => {
                    let mut cols = Vec::new();
                    for ic in &u.columns {
                        cols.push(find(&ic.column.expr.to_string().to_ascii_lowercase(), &format!("UNIQUE {tc}"))?);
                    }
                    uniques.push((u.name.as_ref().map(ident_name), cols, false));
                }
                TableConstraint::PrimaryKey(p) => {
                    let mut cols = Vec::new();
                    for ic in &p.columns {
                        cols.push(find(&ic.column.expr.to_string().to_ascii_lowercase(), &format!("{tc}"))?);
                    }
                    primary.extend(cols.iter().copied());
                    uniques.push((p.name.as_ref().map(ident_name), cols, true));
                }
                other => {
                    return plan_err!(
                        "contract '{name}': constraint {other} is not supported (use CHECK, UNIQUE or PRIMARY KEY)"
                    )
                }
            }
        }

        for c in primary {
            columns[c].not_null = true;
        }
        let schema = DFSchema::try_from(Schema::new(
            columns
                .iter()
                .map(|c| Field::new(&c.name, c.data_type.clone(), true))
                .collect::<Vec<_>>(),
        ))?;
        let plan_check = |text: &str, where_: &str| -> Result<(Expr, Vec<usize>)> {
            let at = |e: datafusion::error::DataFusionError| {
                plan_datafusion_err!(
                    "contract '{name}', {where_}, CHECK ({text}): {}",
                    e.strip_backtrace()
                )
            };
            let expr = state.create_logical_expr(text, &schema).map_err(at)?;
            // Type-check it now (and refuse a non-boolean CHECK) rather than at first use.
            let coerced = expr
                .clone()
                .rewrite(&mut TypeCoercionRewriter::new(&schema))
                .map_err(at)?
                .data;
            let t = coerced.get_type(&schema).map_err(at)?;
            if t != DataType::Boolean && t != DataType::Null {
                return plan_err!("contract '{name}', {where_}, CHECK ({text}): a CHECK must be a boolean condition, this is {t}");
            }
            check_regexes(&expr).map_err(at)?;
            let refs: HashSet<&Column> = expr.column_refs();
            let mut cols: Vec<usize> = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| refs.iter().any(|r| r.name == c.name))
                .map(|(i, _)| i)
                .collect();
            cols.sort_unstable();
            Ok((expr, cols))
        };

        let mut rules = Vec::new();
        for (i, c) in columns.iter().enumerate() {
            rules.push(Rule {
                name: "type".into(),
                columns: vec![i],
                definition: format!("{} {}", c.name, c.sql_type),
                kind: RuleKind::Type,
            });
            if c.not_null {
                rules.push(Rule {
                    name: "not_null".into(),
                    columns: vec![i],
                    definition: format!("{} NOT NULL", c.name),
                    kind: RuleKind::NotNull,
                });
            }
            if let Some(n) = create.columns.get(i).and_then(|d| max_length(&d.data_type)) {
                if kind(&c.data_type) == Kind::Str {
                    rules.push(Rule {
                        name: "max_length".into(),
                        columns: vec![i],
                        definition: format!("char_length({}) <= {n}", c.name),
                        kind: RuleKind::MaxLength(n),
                    });
                }
            }
            for (_, cname, text) in col_checks.iter().filter(|(ci, _, _)| *ci == i) {
                let (expr, mut cols) = plan_check(text, &format!("column '{}'", c.name))?;
                if cols.is_empty() {
                    cols.push(i);
                }
                let rule_name = cname
                    .clone()
                    .unwrap_or_else(|| check_rule_name(&expr, cols.len()));
                rules.push(Rule {
                    name: rule_name,
                    columns: cols,
                    definition: format!("CHECK ({text})"),
                    kind: RuleKind::Check(expr),
                });
            }
        }
        for (k, (cname, text)) in table_checks.iter().enumerate() {
            let where_ = match cname {
                Some(n) => format!("constraint '{n}'"),
                None => format!("table CHECK #{}", k + 1),
            };
            let (expr, cols) = plan_check(text, &where_)?;
            if cols.is_empty() {
                return plan_err!(
                    "contract '{name}', {where_}, CHECK ({text}): refers to no column"
                );
            }
            let rule_name = cname
                .clone()
                .unwrap_or_else(|| check_rule_name(&expr, cols.len()));
            rules.push(Rule {
                name: rule_name,
                columns: cols,
                definition: format!("CHECK ({text})"),
                kind: RuleKind::Check(expr),
            });
        }
        for (cname, cols, primary) in uniques {
            let names: Vec<&str> = cols.iter().map(|&c| columns[c].name.as_str()).collect();
            let what = if primary { "PRIMARY KEY" } else { "UNIQUE" };
            rules.push(Rule {
                name: cname.unwrap_or_else(|| "unique".into()),
                definition: format!("{what} ({})", names.join(", ")),
                columns: cols,
                kind: RuleKind::Unique,
            });
        }
        Ok(Contract {
            name: name.to_string(),
            mode,
            origin: origin.to_string(),
            columns,
            rules,
        })
    }

    /// The field name(s) of a rule.
    pub fn field(&self, rule: &Rule) -> String {
        rule.columns
            .iter()
            .map(|&c| self.columns[c].name.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The columns' names, comma-separated.
    pub fn column_names(&self) -> String {
        self.columns
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Bind the row rules to `inputs` (one expression per contract column, in contract order,
    /// with its type in `schema`). Type rules that cannot fail (the input already has the
    /// declared type) are left out. The results are re-coerced against `schema`.
    pub fn bind(&self, inputs: &[Expr], schema: &DFSchema) -> Result<Vec<BoundRule>> {
        if inputs.len() != self.columns.len() {
            return plan_err!(
                "contract '{}' has {} columns ({}), got {} inputs",
                self.name,
                self.columns.len(),
                self.column_names(),
                inputs.len()
            );
        }
        let mut given = Vec::with_capacity(inputs.len());
        let mut typed = Vec::with_capacity(inputs.len());
        for (input, col) in inputs.iter().zip(&self.columns) {
            let t = input.get_type(schema)?;
            // Strings of any Arrow layout are the same SQL type: no cast needed.
            let same = t == col.data_type
                || (kind(&t) == Kind::Str && kind(&col.data_type) == Kind::Str)
                || t == DataType::Null;
            typed.push(if same {
                input.clone()
            } else {
                try_cast(input.clone(), col.data_type.clone())
            });
            given.push((t, same));
        }
        // Casts that coercion adds (a VARCHAR compared with a number) become TRY_CASTs: bad data
        // then fails the rule instead of the query.
        let coerce = |e: Expr| -> Result<Expr> {
            let coerced = e.rewrite(&mut TypeCoercionRewriter::new(schema))?.data;
            Ok(coerced
                .transform(|e| match e {
                    Expr::Cast(c) if !matches!(*c.expr, Expr::Literal(..)) => {
                        Ok(Transformed::yes(Expr::TryCast(
                            datafusion::logical_expr::TryCast::new_from_field(c.expr, c.field),
                        )))
                    }
                    e => Ok(Transformed::no(e)),
                })?
                .data)
        };

        let mut out = Vec::new();
        for (ri, rule) in self.rules.iter().enumerate() {
            let c0 = rule.columns[0];
            let col = &self.columns[c0];
            let value = (rule.columns.len() == 1 && !col.sensitive).then(|| inputs[c0].clone());
            let shown = if rule.columns.len() > 1 {
                ""
            } else if col.sensitive {
                ": [redacted]"
            } else {
                ": {value}"
            };
            let (violated, message) = match &rule.kind {
                RuleKind::Type => {
                    let (t, same) = &given[c0];
                    if *same {
                        continue;
                    }
                    let input = inputs[c0].clone();
                    if self.mode == Mode::Strict && !strict_compatible(t, &col.data_type) {
                        (
                            input.is_not_null(),
                            format!("expected {} in strict mode, got {t}{shown}", col.sql_type),
                        )
                    } else {
                        (
                            input.is_not_null().and(typed[c0].clone().is_null()),
                            format!(
                                "expected {}, got a value that does not convert{shown}",
                                col.sql_type
                            ),
                        )
                    }
                }
                RuleKind::NotNull => (
                    inputs[c0].clone().is_null(),
                    "is required (NOT NULL)".to_string(),
                ),
                // A string has at most as many characters as bytes: the byte length (read
                // from the string view) settles nearly every row, and DataFusion evaluates the
                // character count only where the bytes exceed n (AND short-circuits).
                RuleKind::MaxLength(n) => (
                    truthy(octet_length(typed[c0].clone()).gt(lit(*n as i64))).and(truthy(
                        character_length(typed[c0].clone()).gt(lit(*n as i64)),
                    )),
                    format!("is longer than {n} characters{shown}"),
                ),
                RuleKind::Check(expr) => (
                    falsy(substitute(expr, &self.columns, &typed)?),
                    format!("fails {}{shown}", rule.definition),
                ),
                RuleKind::Unique => continue,
            };
            out.push(BoundRule {
                rule: ri,
                violated: regexes_by_dfa(coerce(violated)?)?,
                value,
                field: self.field(rule),
                rule_name: rule.name.clone(),
                message,
            });
        }
        Ok(out)
    }
}
