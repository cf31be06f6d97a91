//! `intent_models()`: the intent models this session knows, with their labels, input kind and
//! the figures from their model cards.

use std::sync::{Arc, OnceLock};

use arrow::array::{ArrayRef, Float64Builder, ListBuilder, RecordBatch, StringBuilder};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result};
use datafusion::datasource::MemTable;
use datafusion::logical_expr::Documentation;

use super::model::{default_sidecar, Sidecar, DEFAULT_MODEL, DEFAULT_MODEL_FILE};
use super::state::ClassifyState;

/// The documentation of `intent_models()`.
pub fn documentation() -> &'static Documentation {
    static DOC: OnceLock<Documentation> = OnceLock::new();
    DOC.get_or_init(|| {
        Documentation::builder(
            crate::doc::SYSTEM,
            "The intent models `classify_intent` and `intent_scores` can use: the embedded `default` \
             and those registered in the config (`[classify.models.NAME] path = \"...\"`). One row per \
             model: `name`, `path`, `model` (its sidecar's identifier), `labels`, `input_kind` (the \
             featurizer), `featurizer` (its parameters as JSON), `macro_f1_synthetic` and `macro_f1_real` \
             (held-out synthetic families and real text, from its card; NULL when not measured: the \
             default model's card has no real privacy requests to measure on and reports instead, in \
             `metrics`, the share of real ordinary text it reads as `none`), `metrics` (all figures \
             as JSON) and `status` (`ok`, or why it cannot load).",
            "intent_models()",
        )
        .with_sql_example(
            r#"```sql
> SELECT name, input_kind, macro_f1_synthetic, macro_f1_real FROM intent_models();
+---------+---------------+--------------------+---------------+
| name    | input_kind    | macro_f1_synthetic | macro_f1_real |
+---------+---------------+--------------------+---------------+
| default | hashed_ngrams | 0.9269             |               |
+---------+---------------+--------------------+---------------+
```"#,
        )
        .build()
    })
}

fn schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("name", DataType::Utf8, false),
        Field::new("path", DataType::Utf8, false),
        Field::new("model", DataType::Utf8, true),
        Field::new("labels", DataType::new_list(DataType::Utf8, true), true),
        Field::new("input_kind", DataType::Utf8, true),
        Field::new("featurizer", DataType::Utf8, true),
        Field::new("macro_f1_synthetic", DataType::Float64, true),
        Field::new("macro_f1_real", DataType::Float64, true),
        Field::new("metrics", DataType::Utf8, true),
        Field::new("status", DataType::Utf8, false),
    ]))
}

/// The `intent_models()` table function.
#[derive(Debug)]
pub struct IntentModelsFunc {
    state: Arc<ClassifyState>,
}

impl IntentModelsFunc {
    pub fn new(state: Arc<ClassifyState>) -> Self {
        Self { state }
    }
}

impl TableFunctionImpl for IntentModelsFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        if !args.exprs().is_empty() {
            return plan_err!("intent_models() takes no arguments");
        }
        let mut name = StringBuilder::new();
        let mut path = StringBuilder::new();
        let mut model = StringBuilder::new();
        let mut labels = ListBuilder::new(StringBuilder::new());
        let mut kind = StringBuilder::new();
        let mut feat = StringBuilder::new();
        let mut f1_syn = Float64Builder::new();
        let mut f1_real = Float64Builder::new();
        let mut metrics = StringBuilder::new();
        let mut status = StringBuilder::new();

        let mut rows: Vec<(String, String, std::result::Result<Sidecar, String>)> = Vec::new();
        rows.push((
            DEFAULT_MODEL.to_string(),
            format!("(embedded) udfs/models/{DEFAULT_MODEL_FILE}"),
            default_sidecar().map_err(|e| e.to_string()),
        ));
        for (n, p) in self.state.registry.configured() {
            // Load the model itself, so `status` says whether it can be used.
            let side = self.state.registry.get(n).map(|m| m.sidecar.clone()).map_err(|e| e.to_string());
            rows.push((n.clone(), p.display().to_string(), side));
        }
        for (n, p, side) in rows {
            name.append_value(n);
            path.append_value(p);
            match side {
                Ok(s) => {
                    model.append_value(&s.model);
                    for l in &s.labels {
                        labels.values().append_value(l);
                    }
                    labels.append(true);
                    kind.append_value(s.featurizer.kind());
                    feat.append_value(serde_json::to_string(&s.featurizer).unwrap_or_default());
                    f1_syn.append_option(s.metrics.get("macro_f1_synthetic_heldout").and_then(|v| v.as_f64()));
                    f1_real.append_option(s.metrics.get("macro_f1_real").and_then(|v| v.as_f64()));
                    metrics.append_value(serde_json::Value::Object(s.metrics.clone()).to_string());
                    status.append_value("ok");
                }
                Err(e) => {
                    model.append_null();
                    labels.append(false);
                    kind.append_null();
                    feat.append_null();
                    f1_syn.append_null();
                    f1_real.append_null();
                    metrics.append_null();
                    status.append_value(e);
                }
            }
        }
        let columns: Vec<ArrayRef> = vec![
            Arc::new(name.finish()),
            Arc::new(path.finish()),
            Arc::new(model.finish()),
            Arc::new(labels.finish()),
            Arc::new(kind.finish()),
            Arc::new(feat.finish()),
            Arc::new(f1_syn.finish()),
            Arc::new(f1_real.finish()),
            Arc::new(metrics.finish()),
            Arc::new(status.finish()),
        ];
        let batch = RecordBatch::try_new(schema(), columns)?;
        Ok(Arc::new(MemTable::try_new(schema(), vec![vec![batch]])?))
    }
}
