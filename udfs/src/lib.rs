//! privsql's SQL functions for Apache DataFusion.
//!
//! Every function privsql adds lives in this crate, one module per family, Arrow in and Arrow
//! out, with no I/O of its own and no server code. [`all_functions`] lists them all; nothing else
//! registers them. Each carries DataFusion [`Documentation`], so `privsql_functions()`,
//! `information_schema.routines` and the shell's `\df` describe it.

use std::collections::HashSet;
use std::sync::Arc;

use datafusion::catalog::TableFunctionImpl;
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{AggregateUDF, Documentation, ScalarUDF, WindowUDF};
use datafusion::prelude::SessionContext;

pub mod classify;
pub mod doc;
pub mod inline;
pub mod metrics;
pub mod privacy;
pub mod quality;
pub mod sample;
pub mod text;
pub mod tracking;
pub mod validate;

/// A table function with its name and documentation (DataFusion's `TableFunctionImpl` carries
/// neither).
#[derive(Debug, Clone)]
pub struct NamedTableFunction {
    /// The SQL name.
    pub name: String,
    /// What it does, its syntax, arguments and an example.
    pub doc: Documentation,
    /// The implementation.
    pub func: Arc<dyn TableFunctionImpl>,
}

/// Every function of one crate or family, by kind.
#[derive(Debug, Clone, Default)]
pub struct Functions {
    pub scalar: Vec<Arc<ScalarUDF>>,
    pub aggregate: Vec<Arc<AggregateUDF>>,
    pub window: Vec<Arc<WindowUDF>>,
    pub table: Vec<NamedTableFunction>,
}

impl Functions {
    /// Append another family's functions.
    pub fn extend(&mut self, other: Functions) {
        self.scalar.extend(other.scalar);
        self.aggregate.extend(other.aggregate);
        self.window.extend(other.window);
        self.table.extend(other.table);
    }

    /// Every name, aliases included, with its kind.
    pub fn names(&self) -> Vec<(&str, &'static str)> {
        let mut out = Vec::new();
        for f in &self.scalar {
            out.push((f.name(), "scalar"));
            out.extend(f.aliases().iter().map(|a| (a.as_str(), "scalar")));
        }
        for f in &self.aggregate {
            out.push((f.name(), "aggregate"));
            out.extend(f.aliases().iter().map(|a| (a.as_str(), "aggregate")));
        }
        for f in &self.window {
            out.push((f.name(), "window"));
            out.extend(f.aliases().iter().map(|a| (a.as_str(), "window")));
        }
        for f in &self.table {
            out.push((f.name.as_str(), "table"));
        }
        out
    }

    /// Fails when two functions share a name.
    pub fn check_unique(&self) -> Result<()> {
        let mut seen = HashSet::new();
        for (name, _) in self.names() {
            if !seen.insert(name) {
                return plan_err!("two privsql functions are named {name}");
            }
        }
        Ok(())
    }

    /// Register every function with a session.
    pub fn register(&self, ctx: &SessionContext) -> Result<()> {
        for f in &self.scalar {
            ctx.register_udf(f.as_ref().clone());
        }
        for f in &self.aggregate {
            ctx.register_udaf(f.as_ref().clone());
        }
        for f in &self.window {
            ctx.register_udwf(f.as_ref().clone());
        }
        for f in &self.table {
            ctx.register_udtf(
                &f.name,
                Arc::new(inline::PerCallScans::new(&f.name, Arc::clone(&f.func))),
            );
        }
        Ok(())
    }
}

/// Options the function families take from privsql's configuration.
#[derive(Debug, Clone, Default)]
pub struct UdfOptions {
    /// The session's contracts, shared by the contract and quality functions; privsql adds the
    /// config's contract files to it once the session is built.
    pub contracts: validate::ContractStore,
    /// Intent classification: threshold and registered models (`[classify]`).
    pub classify: classify::ClassifyOptions,
    /// Privacy: the keys of `pseudonymize` (`[privacy.keys]`).
    pub privacy: privacy::PrivacyOptions,
}

/// Every function this crate provides.
pub fn all_functions(options: &UdfOptions) -> Result<Functions> {
    let mut all = Functions::default();
    all.extend(validate::functions(options));
    all.extend(quality::functions(options));
    all.extend(sample::functions());
    all.extend(classify::functions(&options.classify)?);
    all.extend(text::functions());
    all.extend(tracking::functions());
    all.extend(privacy::functions(&options.privacy));
    all.check_unique()?;
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_documented() {
        let all = all_functions(&UdfOptions::default()).unwrap();
        all.check_unique().unwrap();
        for f in &all.scalar {
            assert!(
                f.documentation().is_some(),
                "{} has no documentation",
                f.name()
            );
        }
        for f in &all.aggregate {
            assert!(
                f.documentation().is_some(),
                "{} has no documentation",
                f.name()
            );
        }
        for f in &all.window {
            assert!(
                f.documentation().is_some(),
                "{} has no documentation",
                f.name()
            );
        }
    }
}
