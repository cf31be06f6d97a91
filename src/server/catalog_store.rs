//! Catalog persistence: the statements that define tables, views and schemas, recorded under the
//! data dir and replayed at start, so a restart loses nothing users defined.
//!
//! The file `<data dir>/catalog.sql` holds one block per live object, in creation order:
//!
//! ```sql
//! -- privsql object: table datafusion.public.requests
//! CREATE EXTERNAL TABLE requests STORED AS PARQUET LOCATION '/data/requests.parquet';
//! ```
//!
//! `DROP` removes the block; creating an object again replaces it; `ALTER TABLE ... RENAME TO`
//! rewrites the name in its block. The file is rewritten whole (to a temporary file, then
//! renamed), so a crash leaves the old or the new version, never half.
//!
//! Tables created with `CREATE TABLE` / `CREATE TABLE AS` are stored as Parquet under
//! `<data dir>/tables/` and recorded as external tables over that directory (see
//! [`crate::server::hooks::record_ddl`]); dropping one deletes its directory.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use datafusion::catalog::CatalogProviderList;
use datafusion::common::TableReference;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::dialect::PostgreSqlDialect;
use datafusion::sql::sqlparser::keywords::Keyword;
use datafusion::sql::sqlparser::tokenizer::{Token, Tokenizer};

use super::error::ServerError;

const MARKER: &str = "-- privsql object: ";
const FILE: &str = "catalog.sql";
/// Where the tables the server materialises live, under the data dir.
const TABLES: &str = "tables";

/// The kind of a recorded object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    /// A table or a view (one namespace, as in DataFusion).
    Relation,
    Schema,
}

impl ObjectKind {
    fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Relation => "relation",
            ObjectKind::Schema => "schema",
        }
    }
}

#[derive(Debug, Clone)]
struct Entry {
    kind: ObjectKind,
    /// Fully qualified, normalised: `catalog.schema.table` or `catalog.schema`.
    name: String,
    sql: String,
}

/// The recorded catalog of one data dir.
#[derive(Debug)]
pub struct CatalogStore {
    dir: PathBuf,
    entries: Mutex<Vec<Entry>>,
    default_catalog: String,
    default_schema: String,
    /// The session's catalogs: tells a database name that aliases the default catalog
    /// (`postgres.public.t`) from another catalog, so either spelling finds a recorded object.
    catalogs: Arc<dyn CatalogProviderList>,
}

impl CatalogStore {
    /// Open (creating the directory) and read the recorded statements.
    pub fn open(dir: &Path, ctx: &SessionContext) -> Result<Self, ServerError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| ServerError::Io(format!("data dir {}: {e}", dir.display())))?;
        let path = dir.join(FILE);
        let entries = match std::fs::read_to_string(&path) {
            Ok(text) => parse(&text).map_err(|line| {
                ServerError::Io(format!(
                    "{}: line {line}: expected `{MARKER}<kind> <name>`",
                    path.display()
                ))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => vec![],
            Err(e) => return Err(ServerError::Io(format!("{}: {e}", path.display()))),
        };
        let opts = ctx.copied_config();
        let catalog = &opts.options().catalog;
        Ok(Self {
            dir: dir.to_path_buf(),
            entries: Mutex::new(entries),
            default_catalog: catalog.default_catalog.clone(),
            default_schema: catalog.default_schema.clone(),
            catalogs: ctx.state().catalog_list().clone(),
        })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The directory of the tables the server materialises (created on first use).
    pub fn tables_dir(&self) -> PathBuf {
        self.dir.join(TABLES)
    }

    /// Replay every recorded statement on `ctx`, in recorded order, then again for those that
    /// failed while others succeed (a view recorded before a renamed relation it reads). A
    /// statement that still fails (its files are gone, say) is logged and kept, so fixing the files
    /// and restarting restores it. Returns (ok, failed).
    pub async fn restore(&self, ctx: &SessionContext) -> (usize, usize) {
        let mut pending = self.entries.lock().map(|e| e.clone()).unwrap_or_default();
        let mut ok = 0;
        loop {
            let mut failed = vec![];
            let before = pending.len();
            for e in pending {
                match async { ctx.sql(&e.sql).await?.collect().await }.await {
                    Ok(_) => ok += 1,
                    Err(err) => failed.push((e, err)),
                }
            }
            if failed.is_empty() || failed.len() == before {
                for (e, err) in &failed {
                    tracing::warn!(object = %e.name, kind = e.kind.as_str(), error = %err, "could not restore a recorded object; kept for the next start");
                }
                return (ok, failed.len());
            }
            pending = failed.into_iter().map(|(e, _)| e).collect();
        }
    }

    /// Record that relation `old` is now `new` (both normalised); `new_sql_name` is how the new
    /// name is written in the recorded statement. Nothing to do when `old` was not recorded (an
    /// in-memory table).
    pub fn record_rename(
        &self,
        old: &str,
        new: &str,
        new_sql_name: &str,
    ) -> Result<(), ServerError> {
        let (old_id, new_id) = (self.canonical(old), self.canonical(new));
        self.update(|entries| {
            entries.retain(|e| !(e.kind == ObjectKind::Relation && self.is_named(&e.name, &new_id)));
            for e in entries.iter_mut() {
                if e.kind == ObjectKind::Relation && self.is_named(&e.name, &old_id) {
                    if let Some(sql) = rename_in_sql(&e.sql, new_sql_name) {
                        e.sql = sql;
                        e.name = new.to_owned();
                    }
                }
            }
        })
    }

    /// `name` (normalised) with a catalog that is an alias of the default one (a database name
    /// clients connect with) written as the default catalog: the object's identity, whichever
    /// way a statement qualified it.
    fn canonical(&self, name: &str) -> String {
        let Some((catalog, rest)) = name.split_once('.') else {
            return name.to_owned();
        };
        if catalog == self.default_catalog {
            return name.to_owned();
        }
        // A database name clients connect with reaches the default catalog without being
        // listed (`pg_compat::databases`). Catalog providers cannot be compared by pointer: the
        // URL-table catalog wraps each one anew on every lookup.
        let alias = self.catalogs.catalog(catalog).is_some()
            && !self.catalogs.catalog_names().iter().any(|c| c == catalog);
        if alias {
            format!("{}.{rest}", self.default_catalog)
        } else {
            name.to_owned()
        }
    }

    /// Whether the normalised name `name` names the object whose [`Self::canonical`] name is `id`.
    fn is_named(&self, name: &str, id: &str) -> bool {
        name == id || self.canonical(name) == id
    }

    /// Normalise `name` (as written in SQL) to `catalog.schema.table`.
    pub fn relation_name(&self, name: &str) -> String {
        TableReference::parse_str(name)
            .resolve(&self.default_catalog, &self.default_schema)
            .to_string()
    }

    /// The catalog names recorded objects are written under: the engine's, or a database name a
    /// client connected with (`"postgres"."analytics"."t"` from dbt), which must resolve again
    /// before [`Self::restore`] replays them.
    pub fn recorded_catalogs(&self) -> Vec<String> {
        let entries = self.entries.lock().map(|e| e.clone()).unwrap_or_default();
        let mut out: Vec<String> = entries
            .iter()
            .filter_map(|e| {
                TableReference::parse_str(&e.name)
                    .to_vec()
                    .into_iter()
                    .next()
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Normalise a schema name to `catalog.schema`.
    pub fn schema_name(&self, name: &str) -> String {
        let parts: Vec<String> = TableReference::parse_str(name).to_vec();
        match parts.as_slice() {
            [schema] => format!("{}.{schema}", self.default_catalog),
            [catalog, schema, ..] => format!("{catalog}.{schema}"),
            [] => format!("{}.{}", self.default_catalog, self.default_schema),
        }
    }

    /// Record a statement that created `name` (replacing an earlier definition of it).
    pub fn record_create(
        &self,
        kind: ObjectKind,
        name: String,
        sql: &str,
    ) -> Result<(), ServerError> {
        let id = self.canonical(&name);
        self.update(|entries| {
            entries.retain(|e| !(e.kind == kind && self.is_named(&e.name, &id)));
            entries.push(Entry {
                kind,
                name,
                sql: sql.trim().trim_end_matches(';').trim().to_owned(),
            });
        })
    }

    /// Forget `name` (it was dropped); dropping a schema forgets what it contained. The files of
    /// a table the server materialised (under [`Self::tables_dir`]) are deleted.
    pub fn record_drop(&self, kind: ObjectKind, name: &str) -> Result<(), ServerError> {
        let id = self.canonical(name);
        let prefix = format!("{id}.");
        let mut dropped = vec![];
        self.update(|entries| {
            entries.retain(|e| {
                let keep = match kind {
                    ObjectKind::Relation => !(e.kind == kind && self.is_named(&e.name, &id)),
                    ObjectKind::Schema => {
                        let e_id = self.canonical(&e.name);
                        !(e_id == id || e_id.starts_with(&prefix))
                    }
                };
                if !keep {
                    dropped.push(e.sql.clone());
                }
                keep
            })
        })?;
        let tables = self.tables_dir();
        for sql in dropped {
            if let Some(dir) = location_of(&sql).map(PathBuf::from) {
                // Only what the server made itself: never a user's files.
                if dir.starts_with(&tables) && dir != tables {
                    if let Err(e) = std::fs::remove_dir_all(&dir) {
                        tracing::warn!(dir = %dir.display(), error = %e, "could not delete a dropped table's files");
                    }
                }
            }
        }
        Ok(())
    }

    /// Names recorded now, for tests and logs.
    pub fn names(&self) -> Vec<String> {
        self.entries
            .lock()
            .map(|e| e.iter().map(|e| e.name.clone()).collect())
            .unwrap_or_default()
    }

    fn update(&self, f: impl FnOnce(&mut Vec<Entry>)) -> Result<(), ServerError> {
        let mut entries = self
            .entries
            .lock()
            .map_err(|_| ServerError::Io("catalog store lock poisoned".into()))?;
        f(&mut entries);
        let mut text = String::from(
            "-- The catalog of privsql serve: replayed in order at start. Written by the server;\n\
             -- edit only while it is stopped.\n",
        );
        for e in entries.iter() {
            text.push_str(&format!(
                "{MARKER}{} {}\n{};\n",
                e.kind.as_str(),
                e.name,
                e.sql
            ));
        }
        let path = self.dir.join(FILE);
        let tmp = self.dir.join(format!("{FILE}.tmp"));
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|e| ServerError::Io(format!("{}: {e}", path.display())))
    }
}

fn tokens(sql: &str) -> Option<Vec<Token>> {
    Tokenizer::new(&PostgreSqlDialect {}, sql).tokenize().ok()
}

/// `sql` (a `CREATE [OR REPLACE] [EXTERNAL] TABLE|VIEW [IF NOT EXISTS] name ...` statement) with
/// `name` replaced by `new_name`; `None` when it is not such a statement.
pub fn rename_in_sql(sql: &str, new_name: &str) -> Option<String> {
    let tokens = tokens(sql)?;
    let word = |i: usize| match tokens.get(i) {
        Some(Token::Word(w)) => Some(w.keyword),
        _ => None,
    };
    let significant: Vec<usize> = (0..tokens.len())
        .filter(|&i| !matches!(tokens[i], Token::Whitespace(_)))
        .collect();
    if word(*significant.first()?) != Some(Keyword::CREATE) {
        return None;
    }
    let mut k = significant
        .iter()
        .position(|&i| matches!(word(i), Some(Keyword::TABLE | Keyword::VIEW)))?
        + 1;
    let kw = |k: usize| significant.get(k).and_then(|&i| word(i));
    if kw(k) == Some(Keyword::IF) && kw(k + 1) == Some(Keyword::NOT) {
        k += 3;
    }
    // The name: word (. word)*
    let start = *significant.get(k)?;
    word(start)?;
    let mut end = k;
    while matches!(
        significant.get(end + 1).map(|&i| &tokens[i]),
        Some(Token::Period)
    ) && significant.get(end + 2).and_then(|&i| word(i)).is_some()
    {
        end += 2;
    }
    let end = significant[end];
    let mut out: String = tokens[..start].iter().map(|t| t.to_string()).collect();
    out.push_str(new_name);
    out.extend(tokens[end + 1..].iter().map(|t| t.to_string()));
    Some(out)
}

/// The `LOCATION '...'` of a `CREATE EXTERNAL TABLE` statement.
pub fn location_of(sql: &str) -> Option<String> {
    let tokens = tokens(sql)?;
    let mut significant = tokens.iter().filter(|t| !matches!(t, Token::Whitespace(_)));
    significant.position(|t| matches!(t, Token::Word(w) if w.keyword == Keyword::LOCATION))?;
    match significant.next() {
        Some(Token::SingleQuotedString(s)) => Some(s.clone()),
        _ => None,
    }
}

/// Parse the file; `Err(line)` names the first malformed line.
fn parse(text: &str) -> Result<Vec<Entry>, usize> {
    let mut entries: Vec<Entry> = vec![];
    for (i, line) in text.lines().enumerate() {
        if let Some(head) = line.strip_prefix(MARKER) {
            let (kind, name) = head.split_once(' ').ok_or(i + 1)?;
            let kind = match kind {
                "relation" => ObjectKind::Relation,
                "schema" => ObjectKind::Schema,
                _ => return Err(i + 1),
            };
            entries.push(Entry {
                kind,
                name: name.trim().to_owned(),
                sql: String::new(),
            });
        } else if let Some(e) = entries.last_mut() {
            e.sql.push_str(line);
            e.sql.push('\n');
        } else if !(line.trim().is_empty() || line.starts_with("--")) {
            return Err(i + 1);
        }
    }
    for e in &mut entries {
        e.sql = e.sql.trim().trim_end_matches(';').trim().to_owned();
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn records_replaces_drops_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let ctx = SessionContext::new();
        let s = CatalogStore::open(dir.path(), &ctx).unwrap();
        let t = s.relation_name("T1");
        assert_eq!(t, "datafusion.public.t1");
        s.record_create(
            ObjectKind::Relation,
            t.clone(),
            "CREATE VIEW t1 AS SELECT 1;",
        )
        .unwrap();
        s.record_create(
            ObjectKind::Relation,
            t.clone(),
            "CREATE VIEW t1 AS SELECT 2",
        )
        .unwrap();
        let sch = s.schema_name("staging");
        s.record_create(ObjectKind::Schema, sch.clone(), "CREATE SCHEMA staging")
            .unwrap();
        let v = s.relation_name("staging.v");
        s.record_create(
            ObjectKind::Relation,
            v,
            "CREATE VIEW staging.v AS SELECT\n  3 AS x",
        )
        .unwrap();
        let again = CatalogStore::open(dir.path(), &ctx).unwrap();
        assert_eq!(
            again.names(),
            vec![
                "datafusion.public.t1",
                "datafusion.staging",
                "datafusion.staging.v"
            ]
        );
        let (ok, failed) = again.restore(&ctx).await;
        assert_eq!((ok, failed), (3, 0));
        let rows = ctx
            .sql("SELECT x FROM staging.v")
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        assert_eq!(rows[0].num_rows(), 1);
        again.record_drop(ObjectKind::Schema, &sch).unwrap();
        assert_eq!(
            CatalogStore::open(dir.path(), &ctx).unwrap().names(),
            vec!["datafusion.public.t1"]
        );
    }

    #[tokio::test]
    async fn a_database_alias_and_the_catalog_name_the_same_object() {
        let dir = tempfile::tempdir().unwrap();
        let ctx = crate::server::pg_compat::setup(SessionContext::new()).unwrap();
        crate::server::pg_compat::admit_name(&ctx, "postgres");
        let s = CatalogStore::open(dir.path(), &ctx).unwrap();
        let sql = "CREATE VIEW v AS SELECT 1";
        for (created, dropped) in [
            ("t", "postgres.public.t"),
            ("postgres.public.t", "datafusion.public.t"),
            ("public.t", "t"),
        ] {
            s.record_create(ObjectKind::Relation, s.relation_name(created), sql)
                .unwrap();
            assert_eq!(s.names().len(), 1);
            s.record_drop(ObjectKind::Relation, &s.relation_name(dropped))
                .unwrap();
            assert!(s.names().is_empty(), "{created} dropped as {dropped}");
        }
        s.record_create(ObjectKind::Relation, s.relation_name("postgres.a.t"), sql)
            .unwrap();
        s.record_drop(ObjectKind::Schema, &s.schema_name("datafusion.a"))
            .unwrap();
        assert!(s.names().is_empty());
        // Another catalog is another object.
        s.record_create(ObjectKind::Relation, s.relation_name("other.public.t"), sql)
            .unwrap();
        s.record_drop(ObjectKind::Relation, &s.relation_name("t"))
            .unwrap();
        assert_eq!(s.names(), vec!["other.public.t"]);
    }

    #[test]
    fn renames_the_created_object_and_finds_locations() {
        assert_eq!(
            rename_in_sql(
                "CREATE OR REPLACE VIEW \"datafusion\".\"a\".\"v__dbt_tmp\" AS SELECT 1 AS v",
                "\"datafusion\".\"a\".\"v\""
            )
            .unwrap(),
            "CREATE OR REPLACE VIEW \"datafusion\".\"a\".\"v\" AS SELECT 1 AS v"
        );
        assert_eq!(
            rename_in_sql(
                "CREATE EXTERNAL TABLE IF NOT EXISTS raw.t STORED AS CSV LOCATION 'x.csv' OPTIONS ('format.has_header' 'true')",
                "raw.u"
            )
            .unwrap(),
            "CREATE EXTERNAL TABLE IF NOT EXISTS raw.u STORED AS CSV LOCATION 'x.csv' OPTIONS ('format.has_header' 'true')"
        );
        assert_eq!(rename_in_sql("CREATE SCHEMA s", "t"), None);
        assert_eq!(rename_in_sql("DROP TABLE s", "t"), None);
        assert_eq!(
            location_of("CREATE EXTERNAL TABLE t STORED AS PARQUET LOCATION '/d/tables/t-1/'")
                .as_deref(),
            Some("/d/tables/t-1/")
        );
        assert_eq!(location_of("CREATE VIEW v AS SELECT 'LOCATION'"), None);
    }

    #[test]
    fn malformed_file_names_the_line() {
        assert_eq!(parse("-- c\nSELECT 1;\n").unwrap_err(), 2);
        assert_eq!(parse("-- privsql object: widget x\n").unwrap_err(), 1);
    }
}
