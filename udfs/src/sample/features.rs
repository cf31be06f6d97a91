//! The resamplers' feature layout: which input columns are the label, the features (numeric, or
//! fixed-size lists of Float32/Float64 such as embeddings) and the categoricals, and where each
//! feature sits in a row's feature vector; then the conversions both ways: columns to a row-major
//! f64 matrix (with the checks SMOTE needs: no NULL, finite values), categoricals to codes,
//! standardisation, and synthetic values back to a column of the feature's type.

use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, FixedSizeListArray, Float64Array, RecordBatch};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Field, Float64Type, Schema};
use arrow::row::{RowConverter, SortField};
use datafusion::common::{exec_err, internal_err, plan_err, Result};

use super::resample_spec::ResampleSpec;

#[derive(Debug, Clone, Copy)]
pub(super) enum FeatureKind {
    Scalar,
    Vector(usize),
}

#[derive(Debug, Clone)]
pub(super) struct Feature {
    pub(super) col: usize,
    pub(super) offset: usize,
    pub(super) kind: FeatureKind,
}

/// The roles of the input's columns.
#[derive(Debug, Clone)]
pub(super) struct Layout {
    pub(super) label: usize,
    pub(super) features: Vec<Feature>,
    pub(super) categorical: Vec<usize>,
    pub(super) d: usize,
}

fn is_vector(t: &DataType) -> Option<usize> {
    match t {
        DataType::FixedSizeList(f, n)
            if matches!(f.data_type(), DataType::Float32 | DataType::Float64) && *n > 0 =>
        {
            Some(*n as usize)
        }
        _ => None,
    }
}

fn index_of(func: &str, schema: &Schema, name: &str, what: &str) -> Result<usize> {
    if let Ok(i) = schema.index_of(name) {
        return Ok(i);
    }
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    plan_err!(
        "{func}: {what} column '{name}' not found; the table has columns {}",
        names.join(", ")
    )
}

pub(super) fn layout(spec: &ResampleSpec, schema: &Schema) -> Result<Layout> {
    let func = spec.function.as_str();
    let label = index_of(func, schema, &spec.label, "label")?;
    let mut categorical = Vec::new();
    for c in &spec.categorical {
        let i = index_of(func, schema, c, "categorical")?;
        if i == label {
            return plan_err!("{func}: the label column '{c}' cannot also be categorical");
        }
        categorical.push(i);
    }
    let mut features = Vec::new();
    let mut d = 0;
    if spec.method.interpolates() {
        let chosen: Vec<usize> = match &spec.features {
            Some(list) => {
                let mut out = Vec::new();
                for f in list {
                    let i = index_of(func, schema, f, "feature")?;
                    let t = schema.field(i).data_type();
                    if i == label || categorical.contains(&i) {
                        return plan_err!("{func}: column '{f}' cannot be both a feature and the label or a categorical column");
                    }
                    if !t.is_numeric() && is_vector(t).is_none() {
                        return plan_err!("{func}: feature column '{f}' has type {t}; features must be numeric or fixed-size lists of Float32/Float64 (name text columns in \"categorical\")");
                    }
                    out.push(i);
                }
                out
            }
            None => (0..schema.fields().len())
                .filter(|&i| i != label && !categorical.contains(&i))
                .filter(|&i| {
                    let t = schema.field(i).data_type();
                    t.is_numeric() || is_vector(t).is_some()
                })
                .collect(),
        };
        if chosen.is_empty() && categorical.is_empty() {
            return plan_err!("{func}: the table has no numeric or vector feature column besides the label; name features in the options");
        }
        if chosen.is_empty() {
            return plan_err!("{func}: SMOTE-NC needs at least one numeric feature besides the categorical columns");
        }
        for col in chosen {
            let kind = match is_vector(schema.field(col).data_type()) {
                Some(n) => FeatureKind::Vector(n),
                None => FeatureKind::Scalar,
            };
            features.push(Feature {
                col,
                offset: d,
                kind,
            });
            d += match kind {
                FeatureKind::Scalar => 1,
                FeatureKind::Vector(n) => n,
            };
        }
    }
    Ok(Layout {
        label,
        features,
        categorical,
        d,
    })
}

/// The features of every row, row-major `n x d`, as f64.
pub(super) fn feature_matrix(func: &str, batch: &RecordBatch, layout: &Layout) -> Result<Vec<f64>> {
    let (n, d) = (batch.num_rows(), layout.d);
    let schema = batch.schema();
    let mut x = vec![0f64; n * d];
    for f in &layout.features {
        let name = schema.field(f.col).name();
        let col = batch.column(f.col);
        match f.kind {
            FeatureKind::Scalar => {
                if col.null_count() > 0 {
                    return exec_err!("{func}: feature column '{name}' has NULL values; filter or fill them first (SMOTE needs every feature)");
                }
                let a = cast(col, &DataType::Float64)?;
                let a = a.as_primitive::<Float64Type>();
                if a.null_count() > 0 {
                    return exec_err!(
                        "{func}: feature column '{name}' has values that do not fit a double"
                    );
                }
                for (i, v) in a.values().iter().enumerate() {
                    x[i * d + f.offset] = *v;
                }
            }
            FeatureKind::Vector(size) => {
                let l = col.as_fixed_size_list();
                if l.null_count() > 0 {
                    return exec_err!("{func}: vector feature column '{name}' has NULL vectors; filter them first");
                }
                let values = cast(l.values(), &DataType::Float64)?;
                let values = values.as_primitive::<Float64Type>();
                if values.null_count() > 0 {
                    return exec_err!("{func}: vector feature column '{name}' has NULL elements");
                }
                let v = values.values();
                for i in 0..n {
                    let o = l.value_offset(i) as usize;
                    x[i * d + f.offset..i * d + f.offset + size].copy_from_slice(&v[o..o + size]);
                }
            }
        }
    }
    if let Some(p) = x.iter().position(|v| !v.is_finite()) {
        let f = layout
            .features
            .iter()
            .rev()
            .find(|f| f.offset <= p % d)
            .map(|f| schema.field(f.col).name().clone())
            .unwrap_or_default();
        return exec_err!(
            "{func}: feature column '{f}' has a NaN or infinite value; SMOTE needs finite features"
        );
    }
    Ok(x)
}

/// Per categorical column, a code per row in the column's sort order; row-major `n x c`.
pub(super) fn category_codes(batch: &RecordBatch, layout: &Layout) -> Result<Vec<u32>> {
    let n = batch.num_rows();
    let c = layout.categorical.len();
    let mut codes = vec![0u32; n * c];
    for (j, &col) in layout.categorical.iter().enumerate() {
        let a = batch.column(col);
        let rows = RowConverter::new(vec![SortField::new(a.data_type().clone())])?
            .convert_columns(&[Arc::clone(a)])?;
        let mut idx: Vec<u32> = (0..n as u32).collect();
        idx.sort_unstable_by(|&x, &y| rows.row(x as usize).cmp(&rows.row(y as usize)));
        let mut code = 0u32;
        for i in 0..n {
            if i > 0 && rows.row(idx[i] as usize) != rows.row(idx[i - 1] as usize) {
                code += 1;
            }
            codes[idx[i] as usize * c + j] = code;
        }
    }
    Ok(codes)
}

pub(super) fn standardized(x: &[f64], n: usize, d: usize) -> Vec<f64> {
    let mut mean = vec![0f64; d];
    let mut var = vec![0f64; d];
    for r in x.chunks_exact(d) {
        for (m, v) in mean.iter_mut().zip(r) {
            *m += v;
        }
    }
    mean.iter_mut().for_each(|m| *m /= n as f64);
    for r in x.chunks_exact(d) {
        for ((s, v), m) in var.iter_mut().zip(r).zip(&mean) {
            *s += (v - m) * (v - m);
        }
    }
    let scale: Vec<f64> = var
        .iter()
        .map(|s| (s / n as f64).sqrt())
        .map(|s| if s > 0.0 { 1.0 / s } else { 1.0 })
        .collect();
    let mut out = Vec::with_capacity(x.len());
    for r in x.chunks_exact(d) {
        out.extend(
            r.iter()
                .zip(&mean)
                .zip(&scale)
                .map(|((v, m), s)| (v - m) * s),
        );
    }
    out
}

pub(super) fn width(f: &Feature) -> usize {
    match f.kind {
        FeatureKind::Scalar => 1,
        FeatureKind::Vector(size) => size,
    }
}

/// A synthetic feature column from its values (a vector column's elements row-major), in the
/// column's type; integer features are rounded.
pub(super) fn feature_array(f: &Feature, field: &Field, mut flat: Vec<f64>) -> Result<ArrayRef> {
    match f.kind {
        FeatureKind::Scalar => {
            if field.data_type().is_integer() {
                flat.iter_mut().for_each(|v| *v = v.round());
            }
            let v: ArrayRef = Arc::new(Float64Array::from(flat));
            Ok(cast(&v, field.data_type())?)
        }
        FeatureKind::Vector(size) => {
            let DataType::FixedSizeList(inner, _) = field.data_type() else {
                return internal_err!("vector feature without a list type");
            };
            let flat = cast(&Float64Array::from(flat), inner.data_type())?;
            Ok(Arc::new(FixedSizeListArray::try_new(
                Arc::clone(inner),
                size as i32,
                flat,
                None,
            )?))
        }
    }
}
