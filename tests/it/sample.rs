//! The sampling family against its references, and what SQL cannot reach.
//!
//! - `matches_imbalanced_learn_and_scikit_learn`: privsql writes inputs and outputs of every
//!   resampler and sampler as Parquet; `tests/compare/sample_vs_imblearn.py` checks them against
//!   imbalanced-learn and scikit-learn (class counts per strategy, every synthetic point on a
//!   segment to one of its seed's k nearest neighbours, stratum sizes equal to
//!   StratifiedShuffleSplit's). Needs the Python packages of `scripts/install-python-sample.sh`.
//! - `resample_plans_round_trip_through_datafusion_proto`: the physical plans of `smote`,
//!   `stratified_sample`, `stratified_split` and `random_sample` (their own operators, with
//!   `SampleCodec`) and of `systematic_sample` (plain operators and the `sample_hash` UDF, with
//!   the default codec) serialise, deserialise and give the same rows.
//! - `resample_table_round_trips_as_a_logical_plan`: the same for logical plans over their table
//!   providers (`ResampleTable`, `DrawTable`).

use std::path::Path;
use std::process::Command;

use arrow::array::RecordBatch;
use arrow::util::pretty::pretty_format_batches;
use datafusion::physical_plan::collect;
use datafusion::prelude::SessionContext;
use datafusion_proto::bytes::{
    physical_plan_from_bytes, physical_plan_from_bytes_with_extension_codec,
    physical_plan_to_bytes, physical_plan_to_bytes_with_extension_codec,
};
use privsql_udfs::sample::SampleCodec;

/// A deterministic table of 2000 rows: three classes (97 / 311 / 1592 rows), four numeric
/// features whose means depend on the class, a 3-float vector, a categorical channel and an id.
const TRAIN: &str = "CREATE TABLE train AS SELECT
    value AS id,
    CASE WHEN value <= 97 THEN 'a' WHEN value <= 408 THEN 'b' ELSE 'c' END AS label,
    CAST(sample_hash(1, value) % 1000003 AS DOUBLE) / 1000003.0 + CASE WHEN value <= 97 THEN 0.5 ELSE 0.0 END AS f0,
    CAST(sample_hash(2, value) % 1000003 AS DOUBLE) / 1000003.0 AS f1,
    CAST(sample_hash(3, value) % 1000003 AS DOUBLE) / 1000003.0 + CASE WHEN value <= 408 THEN 0.3 ELSE 0.0 END AS f2,
    CAST(sample_hash(4, value) % 1000003 AS DOUBLE) / 100003.0 AS f3,
    CASE sample_hash(5, value) % 3 WHEN 0 THEN 'web' WHEN 1 THEN 'email' ELSE 'chat' END AS channel
  FROM generate_series(1, 2000) AS t(value)";

const VECTORS: &str = "CREATE TABLE vectors AS SELECT id, label,
    arrow_cast(make_array(f0, f1, f2), 'FixedSizeList(3, Float64)') AS embedding
  FROM train";

async fn session() -> SessionContext {
    let ctx = privsql::build_session(&privsql::Config::default()).expect("session");
    for sql in [
        TRAIN,
        VECTORS,
        "CREATE VIEW binary_train AS SELECT * FROM train WHERE label <> 'c'",
    ] {
        ctx.sql(sql).await.expect(sql).collect().await.expect(sql);
    }
    ctx
}

async fn write(ctx: &SessionContext, dir: &Path, name: &str, query: &str) {
    let path = dir.join(format!("{name}.parquet"));
    let sql = format!("COPY ({query}) TO '{}' STORED AS PARQUET", path.display());
    ctx.sql(&sql)
        .await
        .expect(&sql)
        .collect()
        .await
        .expect(&sql);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matches_imbalanced_learn_and_scikit_learn() {
    let ctx = session().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(&ctx, d, "train", "SELECT * FROM train").await;
    write(&ctx, d, "binary_train", "SELECT * FROM binary_train").await;
    write(&ctx, d, "vectors", "SELECT * FROM vectors").await;
    let opts = r#"{"features": ["f0", "f1", "f2", "f3"]}"#;
    for (name, strategy) in [
        ("auto", "'auto'"),
        ("minority", "'minority'"),
        ("not_minority", "'not minority'"),
        ("not_majority", "'not majority'"),
        ("all", "'all'"),
        ("dict", r#"'{"a": 500, "b": 400}'"#),
    ] {
        write(
            &ctx,
            d,
            &format!("smote_{name}"),
            &format!("SELECT * FROM smote('train', 'label', 5, {strategy}, 7, '{opts}')"),
        )
        .await;
    }
    write(
        &ctx,
        d,
        "smote_ratio",
        &format!("SELECT * FROM smote('binary_train', 'label', 3, 0.5, 7, '{opts}')"),
    )
    .await;
    write(
        &ctx,
        d,
        "smote_std",
        &format!(
            "SELECT * FROM smote('train', 'label', 5, 'auto', 11, '{}')",
            r#"{"features": ["f0", "f1", "f2", "f3"], "standardize": true}"#
        ),
    )
    .await;
    write(
        &ctx,
        d,
        "smote_vectors",
        r#"SELECT * FROM smote('vectors', 'label', 4, 'auto', 3, '{"features": ["embedding"]}')"#,
    )
    .await;
    write(
        &ctx,
        d,
        "borderline",
        &format!("SELECT * FROM borderline_smote('train', 'label', 5, 'auto', 5, '{opts}')"),
    )
    .await;
    write(
        &ctx,
        d,
        "borderline2",
        r#"SELECT * FROM borderline_smote('train', 'label', 5, 'auto', 5, '{"features": ["f0", "f1", "f2", "f3"], "kind": "borderline-2"}')"#,
    )
    .await;
    for (name, strategy) in [("auto", "'auto'"), ("dict", r#"'{"a": 300, "b": 900}'"#)] {
        write(
            &ctx,
            d,
            &format!("adasyn_{name}"),
            &format!("SELECT * FROM adasyn('train', 'label', 5, {strategy}, 3, '{opts}')"),
        )
        .await;
    }
    write(
        &ctx,
        d,
        "oversample",
        "SELECT * FROM random_oversample('train', 'label', 'auto', 1)",
    )
    .await;
    write(
        &ctx,
        d,
        "undersample",
        "SELECT * FROM random_undersample('train', 'label', 'auto', 1)",
    )
    .await;
    write(
        &ctx,
        d,
        "split",
        "SELECT id, label, split FROM stratified_split('train', 'label', 0.25, 9)",
    )
    .await;
    write(
        &ctx,
        d,
        "sample",
        "SELECT id, label FROM stratified_sample('train', 'label', 0.1, 9)",
    )
    .await;

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compare/sample_vs_imblearn.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(d)
        .output()
        .expect("python3 runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "{} failed (install its packages with scripts/install-python-sample.sh):\n{text}",
        script.display()
    );
    assert!(text.contains("all checks passed"), "{text}");
}

async fn run(
    ctx: &SessionContext,
    plan: std::sync::Arc<dyn datafusion::physical_plan::ExecutionPlan>,
) -> String {
    let batches: Vec<RecordBatch> = collect(plan, ctx.task_ctx()).await.unwrap();
    pretty_format_batches(&batches).unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resample_plans_round_trip_through_datafusion_proto() {
    let ctx = session().await;
    let codec = SampleCodec::default();

    let smote = "SELECT id, label, f0, f1, channel, is_synthetic FROM smote('train', 'label', 5, 'auto', 7, \
                 '{\"features\": [\"f0\", \"f1\"], \"categorical\": [\"channel\"]}') ORDER BY label, is_synthetic, f0, f1";
    let plan = ctx
        .sql(smote)
        .await
        .unwrap()
        .create_physical_plan()
        .await
        .unwrap();
    let bytes = physical_plan_to_bytes_with_extension_codec(plan.clone(), &codec).unwrap();
    let decoded =
        physical_plan_from_bytes_with_extension_codec(&bytes, &ctx.task_ctx(), &codec).unwrap();
    let shown = format!(
        "{}",
        datafusion::physical_plan::displayable(decoded.as_ref()).indent(true)
    );
    assert!(shown.contains("ResampleExec"), "{shown}");
    let (a, b) = (run(&ctx, plan).await, run(&ctx, decoded).await);
    assert_eq!(a, b);
    assert!(a.lines().count() > 3000, "smote made its rows");

    for sample in [
        "SELECT id, label FROM stratified_sample('train', 'label', 0.1, 3) ORDER BY id",
        "SELECT id, split FROM stratified_split('train', 'label', 0.2, 3) ORDER BY id",
        "SELECT id FROM random_sample('train', 0.05, 3) ORDER BY id",
    ] {
        let plan = ctx
            .sql(sample)
            .await
            .unwrap()
            .create_physical_plan()
            .await
            .unwrap();
        let bytes = physical_plan_to_bytes_with_extension_codec(plan.clone(), &codec).unwrap();
        let decoded =
            physical_plan_from_bytes_with_extension_codec(&bytes, &ctx.task_ctx(), &codec).unwrap();
        let shown = format!(
            "{}",
            datafusion::physical_plan::displayable(decoded.as_ref()).indent(true)
        );
        assert!(shown.contains("DrawExec"), "{shown}");
        assert_eq!(run(&ctx, plan).await, run(&ctx, decoded).await, "{sample}");
    }

    // systematic_sample is a plain plan with the sample_hash UDF: the default codec does.
    let plan = ctx
        .sql("SELECT id FROM systematic_sample('train', 10, 'id', 3) ORDER BY id")
        .await
        .unwrap()
        .create_physical_plan()
        .await
        .unwrap();
    let bytes = physical_plan_to_bytes(plan.clone()).unwrap();
    let decoded = physical_plan_from_bytes(&bytes, &ctx.task_ctx()).unwrap();
    assert_eq!(run(&ctx, plan).await, run(&ctx, decoded).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resample_table_round_trips_as_a_logical_plan() {
    let ctx = session().await;
    // A listing table (datafusion-proto serialises those; an in-memory table it cannot).
    let dir = tempfile::tempdir().unwrap();
    write(&ctx, dir.path(), "train", "SELECT * FROM train").await;
    let create = format!(
        "CREATE EXTERNAL TABLE train_file STORED AS PARQUET LOCATION '{}/train.parquet'",
        dir.path().display()
    );
    ctx.sql(&create).await.unwrap().collect().await.unwrap();
    for (sql, expect) in [
        ("SELECT label, is_synthetic, count(*) AS n FROM random_oversample('train_file', 'label', 'minority', 4) GROUP BY 1, 2 ORDER BY 1, 2", "1592"),
        ("SELECT label, split, count(*) AS n, sum(id) AS s FROM stratified_split('train_file', 'label', 0.2, 4) GROUP BY 1, 2 ORDER BY 1, 2", "1274"),
        ("SELECT label, count(*) AS n, sum(id) AS s FROM stratified_sample('train_file', 'label', 0.1, 4) GROUP BY 1 ORDER BY 1", "159"),
    ] {
        logical_round_trip(&ctx, sql, expect).await;
    }
}

async fn logical_round_trip(ctx: &SessionContext, sql: &str, expect: &str) {
    use datafusion_proto::bytes::{
        logical_plan_from_bytes_with_extension_codec, logical_plan_to_bytes_with_extension_codec,
    };
    let df = ctx.sql(sql).await.unwrap();
    let plan = df.logical_plan().clone();
    let bytes = logical_plan_to_bytes_with_extension_codec(&plan, &SampleCodec::default()).unwrap();
    let decoded =
        logical_plan_from_bytes_with_extension_codec(&bytes, &ctx.task_ctx(), &SampleCodec::default())
            .unwrap();
    let a = ctx
        .execute_logical_plan(plan)
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let b = ctx
        .execute_logical_plan(decoded)
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let (a, b) = (
        pretty_format_batches(&a).unwrap().to_string(),
        pretty_format_batches(&b).unwrap().to_string(),
    );
    assert_eq!(a, b);
    assert!(a.contains(expect), "{a}");
}
