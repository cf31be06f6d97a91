//! Parsing and checking a contract's text: sqlparser reads it as the body of a `CREATE TABLE`,
//! DataFusion gives each column its Arrow type and plans each `CHECK` against the declared
//! columns, and every column option and constraint becomes a named [`Rule`].

use std::collections::HashSet;

use arrow::datatypes::{DataType, Field, Schema};
use datafusion::common::tree_node::{TreeNode, TreeNodeRecursion};
use datafusion::common::{plan_datafusion_err, plan_err, Column, DFSchema, Result, ScalarValue};
use datafusion::execution::SessionState;
use datafusion::logical_expr::{BinaryExpr, Expr, ExprSchemable, Operator};
use datafusion::optimizer::analyzer::type_coercion::TypeCoercionRewriter;
use datafusion::sql::sqlparser::ast::{
    CharacterLength, ColumnOption, DataType as SqlType, Ident, Statement, TableConstraint,
};
use datafusion::sql::sqlparser::dialect::GenericDialect;
use datafusion::sql::sqlparser::parser::Parser;

use super::model::{kind, Contract, ContractColumn, Kind, Mode, Rule, RuleKind};
use crate::validate::format::Format;

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
}
