//! Result column names as PostgreSQL gives them when a projection repeats one: `SELECT 1, 1`
//! names both columns `?column?`, `SELECT now(), now()` both `now`, `SELECT id, id` both `id`.
//! DataFusion refuses such a projection (its schema needs unique names), so
//! [`alias_duplicates`] aliases each item of a repeated name with PostgreSQL's name for it plus
//! a [`MARKER`] and its position, which keeps the plan's names unique; [`display_name`] cuts the
//! marker off where the server describes the result to the client. Items named once keep
//! DataFusion's names.

use std::collections::HashMap;

use datafusion::sql::sqlparser::ast::{
    AccessExpr, CastKind, DataType, Expr, Ident, ObjectNamePart, Query, SelectItem, SetExpr,
    Statement, TimezoneInfo,
};
use datafusion_postgres::pgwire::api::results::FieldInfo;

/// Separates PostgreSQL's name from the position that keeps it unique in the plan. A control
/// character, so no name a user writes holds it.
pub const MARKER: char = '\u{1f}';

/// The name a client sees for plan column `name`: without [`MARKER`] and what follows it.
pub fn display_name(name: &str) -> &str {
    name.split(MARKER).next().unwrap_or(name)
}

/// `fields` as the client sees them ([`display_name`]), or `None` when no name is marked.
pub fn client_fields(fields: &[FieldInfo]) -> Option<Vec<FieldInfo>> {
    if !fields.iter().any(|f| f.name().contains(MARKER)) {
        return None;
    }
    Some(
        fields
            .iter()
            .map(|f| {
                FieldInfo::new(
                    display_name(f.name()).to_owned(),
                    f.table_id(),
                    f.column_id(),
                    f.datatype().clone(),
                    f.format(),
                )
                .with_format_options(f.format_options().clone())
                .with_type_size(f.type_size())
                .with_type_modifier(f.type_modifier())
            })
            .collect(),
    )
}

/// `query` with the items of its outer projection that share a name aliased (see the module
/// docs); `false` when no two share one.
pub fn alias_duplicates(statement: &mut Statement) -> bool {
    let Statement::Query(query) = statement else {
        return false;
    };
    let Some(select) = outer_select(query) else {
        return false;
    };
    // DataFusion's names, approximated by the written text (qualified, case-folded) for items
    // without alias; an alias for the others.
    let keys: Vec<Option<String>> = select
        .projection
        .iter()
        .map(|item| match item {
            SelectItem::UnnamedExpr(e) => Some(e.to_string().to_lowercase()),
            SelectItem::ExprWithAlias { alias, .. } => Some(ident_name(alias)),
            _ => None,
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let mut changed = false;
    for (position, (item, key)) in select.projection.iter_mut().zip(&keys).enumerate() {
        let Some(key) = key else { continue };
        if counts.get(key.as_str()).copied().unwrap_or(0) < 2 {
            continue;
        }
        let (expr, name) = match item {
            SelectItem::UnnamedExpr(e) => (e.clone(), pg_name(e)),
            SelectItem::ExprWithAlias { expr, alias } => (expr.clone(), ident_name(alias)),
            _ => continue,
        };
        *item = SelectItem::ExprWithAlias {
            expr,
            alias: Ident::with_quote('"', format!("{name}{MARKER}{position}")),
        };
        changed = true;
    }
    changed
}

/// The SELECT whose projection names a query's columns: the body, or the left-most branch of a
/// set operation.
fn outer_select(query: &mut Query) -> Option<&mut datafusion::sql::sqlparser::ast::Select> {
    let mut body = query.body.as_mut();
    loop {
        match body {
            SetExpr::Select(s) => return Some(s.as_mut()),
            SetExpr::SetOperation { left, .. } => body = left.as_mut(),
            SetExpr::Query(q) => body = q.body.as_mut(),
            _ => return None,
        }
    }
}

/// An identifier as PostgreSQL folds it: unquoted ones in lower case.
fn ident_name(i: &Ident) -> String {
    match i.quote_style {
        Some(_) => i.value.clone(),
        None => i.value.to_lowercase(),
    }
}

/// PostgreSQL's name for an unaliased select-list expression (its `FigureColname`).
pub fn pg_name(e: &Expr) -> String {
    figure(e).unwrap_or_else(|| "?column?".to_owned())
}

fn figure(e: &Expr) -> Option<String> {
    Some(match e {
        Expr::Identifier(i) => ident_name(i),
        Expr::CompoundIdentifier(parts) => ident_name(parts.last()?),
        Expr::CompoundFieldAccess { root, access_chain } => {
            match access_chain.iter().rev().find_map(|a| match a {
                AccessExpr::Dot(Expr::Identifier(i)) => Some(ident_name(i)),
                _ => None,
            }) {
                Some(field) => field,
                None => figure(root)?,
            }
        }
        Expr::Function(f) => {
            let name = f.name.0.last().and_then(ObjectNamePart::as_ident)?;
            ident_name(name)
        }
        Expr::Nested(inner) | Expr::Collate { expr: inner, .. } => figure(inner)?,
        Expr::Cast {
            kind: CastKind::Cast | CastKind::DoubleColon,
            expr,
            data_type,
            ..
        } => figure(expr).unwrap_or_else(|| type_name(data_type)),
        Expr::TypedString(t) => type_name(&t.data_type),
        Expr::Case { .. } => "case".to_owned(),
        Expr::Array(_) => "array".to_owned(),
        Expr::Tuple(_) => "row".to_owned(),
        Expr::Exists { .. } => "exists".to_owned(),
        Expr::Subquery(q) => match q.body.as_ref() {
            SetExpr::Select(s) => match s.projection.first()? {
                SelectItem::UnnamedExpr(e) => figure(e)?,
                SelectItem::ExprWithAlias { alias, .. } => ident_name(alias),
                _ => return None,
            },
            _ => return None,
        },
        Expr::Extract { .. } => "extract".to_owned(),
        Expr::Ceil { .. } => "ceil".to_owned(),
        Expr::Floor { .. } => "floor".to_owned(),
        Expr::Position { .. } => "position".to_owned(),
        Expr::Substring { .. } => "substring".to_owned(),
        Expr::Trim { .. } => "btrim".to_owned(),
        Expr::Overlay { .. } => "overlay".to_owned(),
        Expr::Interval(_) => "interval".to_owned(),
        _ => return None,
    })
}

/// PostgreSQL's internal name of a type (`int4` for `INT`), as a cast's column is named.
fn type_name(t: &DataType) -> String {
    match t {
        DataType::Int(_) | DataType::Integer(_) | DataType::Int4(_) => "int4",
        DataType::BigInt(_) | DataType::Int8(_) => "int8",
        DataType::SmallInt(_) | DataType::Int2(_) => "int2",
        DataType::Real | DataType::Float4 => "float4",
        DataType::Double(_) | DataType::DoublePrecision | DataType::Float8 => "float8",
        DataType::Float(_) => "float8",
        DataType::Boolean | DataType::Bool => "bool",
        DataType::Varchar(_) | DataType::CharacterVarying(_) | DataType::CharVarying(_) => {
            "varchar"
        }
        DataType::Char(_) | DataType::Character(_) => "bpchar",
        DataType::Numeric(_) | DataType::Decimal(_) | DataType::Dec(_) => "numeric",
        DataType::Timestamp(_, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => "timestamptz",
        DataType::Timestamp(..) => "timestamp",
        DataType::Time(_, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => "timetz",
        DataType::Time(..) => "time",
        DataType::JSON => "json",
        DataType::JSONB => "jsonb",
        DataType::Custom(name, _) => {
            return name
                .0
                .last()
                .and_then(ObjectNamePart::as_ident)
                .map(ident_name)
                .unwrap_or_else(|| "?column?".to_owned())
        }
        other => {
            let text = other.to_string().to_lowercase();
            return text.split('(').next().unwrap_or(&text).trim().to_owned();
        }
    }
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::sql::sqlparser::dialect::PostgreSqlDialect;
    use datafusion::sql::sqlparser::parser::Parser;

    fn aliased(sql: &str) -> String {
        let mut s = Parser::parse_sql(&PostgreSqlDialect {}, sql)
            .unwrap()
            .remove(0);
        if !alias_duplicates(&mut s) {
            return String::new();
        }
        s.to_string().replace(MARKER, "#")
    }

    #[test]
    fn repeated_items_get_postgresql_names_made_unique() {
        assert_eq!(
            aliased("SELECT 1, 1"),
            "SELECT 1 AS \"?column?#0\", 1 AS \"?column?#1\""
        );
        assert_eq!(
            aliased("SELECT now(), NOW(), 2"),
            "SELECT now() AS \"now#0\", NOW() AS \"now#1\", 2"
        );
        assert_eq!(
            aliased("SELECT id, t.x AS id FROM t"),
            "SELECT id AS \"id#0\", t.x AS \"id#1\" FROM t"
        );
        assert_eq!(aliased("SELECT 1, 2, now()"), "");
        assert_eq!(aliased("SELECT a, b FROM t UNION SELECT 1, 1"), "");
        assert_eq!(display_name("?column?\u{1f}1"), "?column?");
        assert_eq!(display_name("id"), "id");
    }

    #[test]
    fn names_follow_postgresql() {
        let name = |sql: &str| {
            let e = Parser::new(&PostgreSqlDialect {})
                .try_with_sql(sql)
                .unwrap()
                .parse_expr()
                .unwrap();
            pg_name(&e)
        };
        assert_eq!(name("1 + 1"), "?column?");
        assert_eq!(name("pg_catalog.count(*)"), "count");
        assert_eq!(name("1::int"), "int4");
        assert_eq!(name("CAST(x AS TEXT)"), "x");
        assert_eq!(name("'a'::varchar(3)"), "varchar");
        assert_eq!(name("CASE WHEN a THEN 1 END"), "case");
        assert_eq!(name("(SELECT max(v) FROM t)"), "max");
        assert_eq!(name("t.\"Mixed\""), "Mixed");
        assert_eq!(name("x IS NULL"), "?column?");
    }
}
