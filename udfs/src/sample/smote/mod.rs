//! `smote(table, label_column [, k [, sampling_strategy [, seed [, options]]]])`, and the
//! argument parsing and documentation the SMOTE family (`borderline_smote`, `adasyn`) shares.
//!
//! The algorithm: [`numeric`] is plain SMOTE on numeric and vector features, [`general`] the
//! family's path for categorical columns (SMOTE-NC), Borderline-SMOTE and ADASYN; both run in
//! [`ResampleExec`](crate::sample::resample::ResampleExec).

use std::sync::Arc;

use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::logical_expr::{Documentation, DocumentationBuilder};
use serde::Deserialize;

use crate::doc::SAMPLE;
use crate::sample::args::{column, Args};
use crate::sample::resample::ResampleTable;
use crate::sample::resample_spec::{Method, OtherColumns, ResampleSpec};
use crate::sample::strategy::{self, Direction};
use crate::NamedTableFunction;

pub(super) mod general;
pub(super) mod numeric;

pub const NAME: &str = "smote";
const SYNTAX: &str = "smote(table, label_column [, k [, sampling_strategy [, seed [, options]]]])";

/// The options argument: a JSON object.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Options {
    features: Option<Vec<String>>,
    categorical: Vec<String>,
    standardize: bool,
    other_columns: Option<String>,
    m_neighbors: Option<usize>,
    kind: Option<String>,
}

/// Which member of the SMOTE family a call is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::sample) enum Variant {
    Smote,
    Borderline,
    Adasyn,
}

/// Parse `(table, label [, k [, strategy [, seed [, options]]]])` for the SMOTE family.
pub(in crate::sample) fn smote_family(
    a: &Args<'_>,
    syntax: &str,
    variant: Variant,
) -> Result<Arc<dyn TableProvider>> {
    let borderline = variant == Variant::Borderline;
    a.arity(2, 6, syntax)?;
    let input = a.table(0)?;
    let schema = input.schema().clone();
    let label = column(a.func, &schema, &a.text(1, "label column")?, "label")?.name;
    let k = if a.get(2).is_some() {
        a.int(2, "k")?
    } else {
        5
    };
    if k < 1 {
        return plan_err!(
            "{}: argument 3 (k) must be an integer >= 1, got {k}",
            a.func
        );
    }
    let strategy = strategy::parse(a, 3, Direction::Over)?;
    let seed = a.seed(4)?;
    let options: Options = if a.get(5).is_some() {
        let text = a.text(5, "options")?;
        serde_json::from_str(&text).map_err(|e| {
            datafusion::common::plan_datafusion_err!(
                "{}: argument 6 (options) must be a JSON object with keys features, categorical, standardize, other_columns{}: {e}",
                a.func,
                if borderline { ", m_neighbors, kind" } else { "" }
            )
        })?
    } else {
        Options::default()
    };
    let resolve = |names: Vec<String>, what: &str| -> Result<Vec<String>> {
        names
            .iter()
            .map(|n| Ok(column(a.func, &schema, n, what)?.name))
            .collect()
    };
    let other_columns = match options
        .other_columns
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("copy") => OtherColumns::Copy,
        Some("null") => OtherColumns::Null,
        Some(_) => return plan_err!("{}: options.other_columns must be 'copy' or 'null'", a.func),
    };
    let method = if borderline {
        let m = options.m_neighbors.unwrap_or(10);
        if m < 1 {
            return plan_err!("{}: options.m_neighbors must be >= 1", a.func);
        }
        let kind = match options
            .kind
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None | Some("borderline-1") => 1,
            Some("borderline-2") => 2,
            Some(_) => {
                return plan_err!(
                    "{}: options.kind must be 'borderline-1' or 'borderline-2'",
                    a.func
                )
            }
        };
        if kind == 2 && !options.categorical.is_empty() {
            return plan_err!(
                "{}: kind 'borderline-2' takes no categorical columns (its neighbours are of every class; use 'borderline-1' for SMOTE-NC)",
                a.func
            );
        }
        Method::BorderlineSmote {
            m_neighbors: m,
            kind,
        }
    } else {
        if options.m_neighbors.is_some() {
            return plan_err!(
                "{}: options.m_neighbors applies to borderline_smote only",
                a.func
            );
        }
        if options.kind.is_some() {
            return plan_err!("{}: options.kind applies to borderline_smote only", a.func);
        }
        match variant {
            Variant::Adasyn => Method::Adasyn,
            _ => Method::Smote,
        }
    };
    let spec = ResampleSpec {
        function: a.func.to_string(),
        method,
        label,
        k: k as usize,
        strategy,
        seed,
        features: options
            .features
            .map(|f| resolve(f, "feature"))
            .transpose()?,
        categorical: resolve(options.categorical, "categorical")?,
        standardize: options.standardize,
        other_columns,
    };
    Ok(Arc::new(ResampleTable::try_new(input, spec)?))
}

#[derive(Debug, Default)]
pub struct SmoteFunc;

impl TableFunctionImpl for SmoteFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        smote_family(&Args::new(NAME, &args), SYNTAX, Variant::Smote)
    }
}

pub(in crate::sample) const STRATEGY_DOC: &str = "imbalanced-learn's: 'auto' (default) or 'not majority' \
(raise every class but the majority to the majority's count), 'minority' (the smallest class \
only), 'not minority', 'all', a ratio in (0, 1] (two classes: minority/majority after resampling), \
or a JSON object of wanted counts per class by the label's text ('{\"erasure\": 5000}'). Between \
equally large classes the majority/minority is the first in sort order.";

/// The arguments every SMOTE-family function documents alike; `k` and `options` differ.
pub(in crate::sample) fn family_arguments(
    b: DocumentationBuilder,
    k: &str,
    options: &str,
) -> DocumentationBuilder {
    b.with_argument("table", "The name of a table or view, as a string.")
        .with_argument("label_column", "The class column.")
        .with_argument("k", k)
        .with_argument("sampling_strategy", STRATEGY_DOC)
        .with_argument("seed", "An integer (default 0).")
        .with_argument("options", options)
}

pub(in crate::sample) const OPTIONS_DOC: &str = "A JSON object: \"features\" (a list of numeric or \
FixedSizeList<Float32/Float64> columns; default every such column but the label), \"categorical\" \
(columns treated by SMOTE-NC: a synthetic row takes the most frequent value among the seed row's k \
neighbours, and each differing value adds median_std^2/2 to the squared distance), \"standardize\" \
(true: scale features to unit variance for the neighbour search; synthetic values stay in the \
original units), \"other_columns\" ('copy' (default): a synthetic row copies its seed row's other \
columns; 'null': NULL).";

pub fn named() -> NamedTableFunction {
    NamedTableFunction {
        name: NAME.into(),
        doc: family_arguments(Documentation::builder(
            SAMPLE,
            "SMOTE over-sampling: the table's rows plus synthetic rows of the classes to raise, with \
an `is_synthetic` column. A synthetic row lies on the segment between a row of the class (drawn \
uniformly) and one of its k nearest neighbours in the same class (exact search, squared Euclidean \
distance over the features), at a uniform random position; class counts follow imbalanced-learn's \
SMOTE(k_neighbors=k, sampling_strategy=...). Integer features are rounded, vector columns \
(FixedSizeList<Float32/Float64>, such as embeddings) are interpolated element-wise, the label is \
the class. The whole input is held in memory, reserved in DataFusion's memory pool (a resources \
error if it does not fit). Deterministic for a seed, whatever the partitioning. A class to raise \
with at most k rows is an error.",
            SYNTAX,
        ), "Neighbours per row, an integer >= 1 (default 5).", OPTIONS_DOC)
        .with_sql_example(
            r#"```sql
SELECT intent, is_synthetic, count(*)
FROM smote('training', 'intent', 5, 'auto', 42)
GROUP BY 1, 2 ORDER BY 1, 2;
-- only the features named, standardised, channel as a categorical (SMOTE-NC)
SELECT * FROM smote('training', 'intent', 5, '{"erasure": 1000}', 7,
  '{"features": ["len", "embedding"], "categorical": ["channel"], "standardize": true}');
```"#,
        )
        .with_related_udf("borderline_smote")
        .with_related_udf("adasyn")
        .with_related_udf("random_oversample")
        .with_related_udf("random_undersample")
        .build(),
        func: Arc::new(SmoteFunc),
    }
}
