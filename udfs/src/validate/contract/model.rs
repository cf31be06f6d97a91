//! What a contract is: its columns, its rules and what they check, the mode that says how
//! strictly values must match their declared types, and a rule bound to one query's expressions.

use std::fmt;

use arrow::datatypes::DataType;
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::Expr;

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

impl Contract {
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
}

/// Kinds of types, for strict mode.
#[derive(PartialEq, Eq, Debug)]
pub(super) enum Kind {
    Int,
    Float,
    Decimal,
    Str,
    Bool,
    Date,
    Timestamp,
    Other,
}

pub(super) fn kind(t: &DataType) -> Kind {
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
pub(super) fn strict_compatible(given: &DataType, declared: &DataType) -> bool {
    let (g, d) = (kind(given), kind(declared));
    g == d && g != Kind::Other
        || given == declared
        || (g == Kind::Int && matches!(d, Kind::Float | Kind::Decimal))
}
