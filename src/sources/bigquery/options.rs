//! The options of a `STORED AS BIGQUERY` table, parsed and validated in one place: the table
//! named by `LOCATION 'bigquery://PROJECT/DATASET/TABLE'` and the few per-table settings.
//!
//! Options never carry credentials: those come from the `[bigquery]` config section or the
//! environment, so an option that looks like one is refused with a pointer there.

use std::collections::BTreeMap;
use std::fmt;

use datafusion::common::{plan_err, Result};
use serde::{Deserialize, Serialize};

/// A BigQuery table: project, dataset and table id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRef {
    pub project: String,
    pub dataset: String,
    pub table: String,
}

impl TableRef {
    /// Parse `bigquery://PROJECT/DATASET/TABLE`.
    pub fn parse(location: &str) -> Result<Self> {
        let Some(rest) = location.strip_prefix("bigquery://") else {
            return plan_err!(
                "BigQuery table LOCATION must look like 'bigquery://PROJECT/DATASET/TABLE', got '{location}'"
            );
        };
        let parts: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
        let [project, dataset, table] = parts.as_slice() else {
            return plan_err!(
                "BigQuery table LOCATION '{location}' must name a project, a dataset and a table: 'bigquery://PROJECT/DATASET/TABLE'"
            );
        };
        let ok = |s: &str, extra: &str| {
            !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || extra.contains(c))
        };
        // Project ids may hold '-', '.' and ':' (domain-scoped); dataset and table ids may not.
        if !ok(project, "-.:") || !ok(dataset, "") || !ok(table, "-$") {
            return plan_err!(
                "BigQuery table LOCATION '{location}': project, dataset or table id has characters BigQuery does not allow"
            );
        }
        Ok(Self { project: project.to_string(), dataset: dataset.to_string(), table: table.to_string() })
    }

    /// `projects/P/datasets/D/tables/T`, as the Storage API names a table.
    pub fn storage_path(&self) -> String {
        format!("projects/{}/datasets/{}/tables/{}", self.project, self.dataset, self.table)
    }
}

impl fmt::Display for TableRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.project, self.dataset, self.table)
    }
}

/// Everything a `STORED AS BIGQUERY` table is created with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BigQueryOptions {
    pub table: TableRef,
    /// Read streams asked for per scan; `None`: `bigquery.max_streams` or target partitions.
    pub max_streams: Option<usize>,
}

/// The options a table accepts, for error messages.
const KNOWN: &[&str] = &["max_streams"];

impl BigQueryOptions {
    /// Parse the LOCATION and the OPTIONS of a `CREATE EXTERNAL TABLE`.
    pub fn parse(location: &str, options: &BTreeMap<String, String>) -> Result<Self> {
        let mut o = Self { table: TableRef::parse(location)?, max_streams: None };
        for (raw_key, value) in options {
            let key = raw_key.strip_prefix("format.").unwrap_or(raw_key);
            match key {
                "max_streams" => match value.trim().parse::<usize>() {
                    Ok(n) if n > 0 => o.max_streams = Some(n),
                    _ => return plan_err!("BigQuery option 'max_streams': expected a positive integer, got '{value}'"),
                },
                k if ["credential", "key", "token", "secret", "password"].iter().any(|s| k.contains(s)) => {
                    return plan_err!(
                        "BigQuery option '{key}' is not accepted: credentials are never given in SQL; set bigquery.credentials_file in the config file or GOOGLE_APPLICATION_CREDENTIALS"
                    )
                }
                _ => {
                    return plan_err!(
                        "unknown BigQuery option '{key}' for table {}: known options are {}",
                        o.table,
                        KNOWN.join(", ")
                    )
                }
            }
        }
        Ok(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn location_names_project_dataset_table() {
        let o = BigQueryOptions::parse("bigquery://my-proj/sales/tickets", &opts(&[("max_streams", "3")])).unwrap();
        assert_eq!(o.table.to_string(), "my-proj.sales.tickets");
        assert_eq!(o.table.storage_path(), "projects/my-proj/datasets/sales/tables/tickets");
        assert_eq!(o.max_streams, Some(3));
        for bad in ["bq://p/d/t", "bigquery://p/d", "bigquery://p/d/t/x", "bigquery://p/d e/t"] {
            assert!(BigQueryOptions::parse(bad, &BTreeMap::new()).is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_options_and_credentials_are_refused() {
        let e = BigQueryOptions::parse("bigquery://p/d/t", &opts(&[("format.colour", "red")])).unwrap_err();
        assert!(e.to_string().contains("unknown BigQuery option 'colour'"), "{e}");
        let e = BigQueryOptions::parse("bigquery://p/d/t", &opts(&[("credentials_file", "/k.json")])).unwrap_err();
        assert!(e.to_string().contains("never given in SQL"), "{e}");
    }
}
