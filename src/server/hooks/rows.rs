//! Query results, encoded column-typed into one buffer per Arrow batch: the simple protocol
//! (psql, scripts) in text, the extended protocol (asyncpg, JDBC, psycopg, tokio-postgres) in
//! the text or binary format the portal asks of each column.
//!
//! datafusion-postgres encodes through arrow-pg one value at a time: a type dispatch and a
//! downcast per value, a `write!` through the formatting machinery per number (a chrono value and
//! `ToSql` per binary timestamp), and one buffer split per row. For the types most results are
//! made of (booleans, integers, floats, strings, dates, timestamps, decimals) this hook writes
//! each batch's DataRows straight into one `BytesMut` (text: integers with `itoa`, floats with
//! pgwire's own `extra_float_digits`-aware formatter, dates, timestamps and decimals digit by
//! digit in [`crate::server::text_temporal`]; binary: [`crate::server::binary`]) and splits the
//! rows off it, so a batch costs one allocation. Results with any other column type go through
//! arrow-pg unchanged; the RowDescription is arrow-pg's in both cases, and the bytes are arrow-pg's
//! (tested below) except for text timestamps, spelled as PostgreSQL does (no `.000000`).
//!
//! A query hook does not see the portal it runs for, so the handler leaves the portal's result
//! formats in the connection's session extensions ([`ResultFormat`]) before each Execute.

use std::sync::Arc;

use async_trait::async_trait;
use bytes::{BufMut, BytesMut};
use datafusion::arrow::array::{Array, AsArray, RecordBatch};
use datafusion::arrow::datatypes::{
    DataType, Date32Type, Decimal128Type, Float32Type, Float64Type, Int16Type, Int32Type,
    Int64Type, Int8Type, UInt16Type, UInt32Type, UInt8Type,
};
use datafusion::common::ParamValues;
use datafusion::logical_expr::LogicalPlan;
use datafusion::prelude::{DataFrame, SessionContext};
use datafusion::sql::sqlparser::ast::Statement;
use datafusion_postgres::arrow_pg::datatypes::arrow_schema_to_pg_fields;
use datafusion_postgres::arrow_pg::datatypes::df::encode_dataframe;
use datafusion_postgres::hooks::HookClient;
use datafusion_postgres::pgwire::api::portal::Format;
use datafusion_postgres::pgwire::api::results::{QueryResponse, Response};
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};
use datafusion_postgres::pgwire::messages::data::DataRow;
use datafusion_postgres::pgwire::types::format::FormatOptions;
use datafusion_postgres::QueryHook;
use futures::StreamExt;

use crate::server::binary;
use crate::server::error::api;
use crate::server::files::FilePolicy;
use crate::server::text::{put_f32, put_f64, split_rows};
use crate::server::text_temporal::{
    is_utc, iso_date_style, put_date, put_decimal, put_timestamp, put_timestamptz_utc,
    timestamp_value,
};

/// Plans simple-protocol queries once, checks the server files the plan reaches, and encodes
/// the results of simple and extended queries batch by batch.
#[derive(Debug)]
pub struct RowsHook {
    pub files: Arc<FilePolicy>,
}

/// The result formats of the portal being executed, which the handler puts in the connection's
/// session extensions before each Execute (a query hook does not see the portal).
#[derive(Debug, Clone)]
pub struct ResultFormat(pub Format);

/// Which of `n` columns `format` asks in binary.
fn binary_columns(format: &Format, n: usize) -> Vec<bool> {
    match format {
        Format::UnifiedText => vec![false; n],
        Format::UnifiedBinary => vec![true; n],
        Format::Individual(codes) => (0..n).map(|i| codes.get(i) == Some(&1)).collect(),
    }
}

/// Whether [`encode_batch`] handles text columns of type `t`; dates and timestamps only when the
/// session's DateStyle is ISO (`iso`), timestamps with a time zone only when the session's
/// TimeZone is UTC (`utc`: they are shown in it).
pub fn supported(t: &DataType, iso: bool, utc: bool) -> bool {
    match t {
        DataType::Date32 | DataType::Timestamp(_, None) => iso,
        DataType::Timestamp(_, Some(_)) => iso && utc,
        DataType::Decimal128(_, _) => true,
        // The other types binary has are written in text too.
        t => binary::supported(t),
    }
}

/// Append one text field: its length, then what `write` puts.
#[inline]
fn field(out: &mut BytesMut, write: impl FnOnce(&mut BytesMut)) {
    let at = out.len();
    out.put_i32(0);
    write(out);
    let len = (out.len() - at - 4) as i32;
    out[at..at + 4].copy_from_slice(&len.to_be_bytes());
}

#[inline]
fn int(out: &mut BytesMut, v: impl itoa::Integer) {
    let mut b = itoa::Buffer::new();
    let s = b.format(v);
    out.put_i32(s.len() as i32);
    out.put_slice(s.as_bytes());
}

#[inline]
fn bytes(out: &mut BytesMut, v: &[u8]) {
    out.put_i32(v.len() as i32);
    out.put_slice(v);
}

/// The DataRows of `batch`, column `i` in binary when `binary[i]` (then [`binary::supported`]),
/// else in text (then [`supported`]).
pub fn encode_batch(
    batch: &RecordBatch,
    options: &FormatOptions,
    binary: &[bool],
) -> PgWireResult<Vec<DataRow>> {
    let rows = batch.num_rows();
    let ncols = batch.num_columns();
    // Room for the usual row: the strings' bytes plus a length and a number per column.
    let text_bytes: usize = batch
        .columns()
        .iter()
        .map(|c| match c.data_type() {
            DataType::Utf8 => c.as_string::<i32>().values().len(),
            DataType::LargeUtf8 => c.as_string::<i64>().values().len(),
            DataType::Utf8View => c
                .as_string_view()
                .views()
                .iter()
                .map(|v| (*v as u32) as usize)
                .sum(),
            _ => 0,
        })
        .sum();
    let mut out = BytesMut::with_capacity(text_bytes + rows * ncols * 16);
    let columns = batch.columns();
    let nulls: Vec<_> = columns.iter().map(|c| c.logical_nulls()).collect();
    let mut ends = Vec::with_capacity(rows);
    for row in 0..rows {
        for (i, col) in columns.iter().enumerate() {
            if nulls[i].as_ref().is_some_and(|n| n.is_null(row)) {
                out.put_i32(-1);
                continue;
            }
            if binary.get(i) == Some(&true) {
                binary::put_field(&mut out, col.as_ref(), row)?;
                continue;
            }
            match col.data_type() {
                DataType::Boolean => bytes(
                    &mut out,
                    if col.as_boolean().value(row) {
                        b"t"
                    } else {
                        b"f"
                    },
                ),
                DataType::Int8 => int(&mut out, col.as_primitive::<Int8Type>().value(row)),
                DataType::Int16 => int(&mut out, col.as_primitive::<Int16Type>().value(row)),
                DataType::Int32 => int(&mut out, col.as_primitive::<Int32Type>().value(row)),
                DataType::Int64 => int(&mut out, col.as_primitive::<Int64Type>().value(row)),
                DataType::UInt8 => int(&mut out, col.as_primitive::<UInt8Type>().value(row)),
                DataType::UInt16 => int(&mut out, col.as_primitive::<UInt16Type>().value(row)),
                DataType::UInt32 => int(&mut out, col.as_primitive::<UInt32Type>().value(row)),
                DataType::Float32 => {
                    let v = col.as_primitive::<Float32Type>().value(row);
                    let mut r = Ok(());
                    field(&mut out, |o| r = put_f32(o, v, options));
                    r?;
                }
                DataType::Float64 => {
                    let v = col.as_primitive::<Float64Type>().value(row);
                    let mut r = Ok(());
                    field(&mut out, |o| r = put_f64(o, v, options));
                    r?;
                }
                DataType::Date32 => field(&mut out, |o| {
                    put_date(o, col.as_primitive::<Date32Type>().value(row))
                }),
                DataType::Timestamp(unit, None) => {
                    let v = timestamp_value(col, *unit, row);
                    field(&mut out, |o| put_timestamp(o, v, *unit))
                }
                DataType::Timestamp(unit, Some(_)) => {
                    let v = timestamp_value(col, *unit, row);
                    field(&mut out, |o| put_timestamptz_utc(o, v, *unit))
                }
                DataType::Decimal128(_, scale) => {
                    let v = col.as_primitive::<Decimal128Type>().value(row);
                    field(&mut out, |o| put_decimal(o, v, *scale))
                }
                DataType::Utf8 => bytes(&mut out, col.as_string::<i32>().value(row).as_bytes()),
                DataType::LargeUtf8 => {
                    bytes(&mut out, col.as_string::<i64>().value(row).as_bytes())
                }
                DataType::Utf8View => bytes(&mut out, col.as_string_view().value(row).as_bytes()),
                other => {
                    return Err(PgWireError::ApiError(
                        format!("text rows: unsupported column type {other}").into(),
                    ))
                }
            }
        }
        ends.push(out.len());
    }
    Ok(split_rows(out, ends)
        .map(|data| DataRow::new(data, ncols as i16))
        .collect())
}

/// `df`'s rows in `format`: encoded here when every column has a fast path in the format asked
/// of it, else by arrow-pg.
async fn respond(
    df: DataFrame,
    format: &Format,
    options: Arc<FormatOptions>,
) -> PgWireResult<Response> {
    let iso = iso_date_style(&options.date_style);
    let utc = is_utc(&options.time_zone);
    let binary = binary_columns(format, df.schema().fields().len());
    let fast = df.schema().fields().iter().zip(&binary).all(|(f, b)| {
        if *b {
            binary::supported(f.data_type())
        } else {
            supported(f.data_type(), iso, utc)
        }
    });
    if !fast {
        return Ok(Response::Query(
            encode_dataframe(df, format, Some(options)).await?,
        ));
    }
    let fields = Arc::new(arrow_schema_to_pg_fields(
        df.schema().as_arrow(),
        format,
        Some(options.clone()),
    )?);
    let stream = df.execute_stream().await.map_err(api)?;
    let rows = stream
        .map(move |batch| {
            let rows: Vec<PgWireResult<DataRow>> = match batch
                .map_err(api)
                .and_then(|b| encode_batch(&b, &options, &binary))
            {
                Ok(rows) => rows.into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            };
            futures::stream::iter(rows)
        })
        .flatten();
    Ok(Response::Query(QueryResponse::new(fields, rows)))
}

#[async_trait]
impl QueryHook for RowsHook {
    async fn handle_simple_query(
        &self,
        statement: &Statement,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        if !matches!(statement, Statement::Query(_)) {
            return None;
        }
        let result = async {
            // As datafusion-postgres plans a simple query: from the statement's text.
            let plan = ctx
                .state()
                .create_logical_plan(&statement.to_string())
                .await
                .map_err(api)?;
            self.files.check_plan(&*client, &plan)?;
            let df = ctx.execute_logical_plan(plan).await.map_err(api)?;
            let options = Arc::new(FormatOptions::from_client_metadata(client.metadata()));
            respond(df, &Format::UnifiedText, options).await
        }
        .await;
        Some(result)
    }

    async fn handle_extended_parse_query(
        &self,
        _statement: &Statement,
        _ctx: &SessionContext,
        _client: &(dyn ClientInfo + Send + Sync),
    ) -> Option<PgWireResult<LogicalPlan>> {
        None
    }

    /// A query's rows in the portal's formats (the files hook checked the plan before).
    async fn handle_extended_query(
        &self,
        statement: &Statement,
        plan: &LogicalPlan,
        params: &ParamValues,
        ctx: &SessionContext,
        client: &mut dyn HookClient,
    ) -> Option<PgWireResult<Response>> {
        if !matches!(statement, Statement::Query(_)) {
            return None;
        }
        let format = client.session_extensions().get::<ResultFormat>()?;
        let result = async {
            let plan = plan
                .clone()
                .replace_params_with_values(params)
                .map_err(api)?;
            let df = ctx.execute_logical_plan(plan).await.map_err(api)?;
            let options = Arc::new(FormatOptions::from_client_metadata(client.metadata()));
            respond(df, &format.0, options).await
        }
        .await;
        Some(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{
        BooleanArray, Float32Array, Float64Array, Int16Array, Int32Array, Int64Array, Int8Array,
        LargeStringArray, StringArray, StringViewArray, UInt16Array, UInt32Array, UInt8Array,
    };
    use datafusion::arrow::datatypes::{Field, Schema};
    use datafusion_postgres::arrow_pg::datatypes::encode_recordbatch;

    /// Every supported type, with NULLs, extremes, empty and non-ASCII strings.
    fn batch() -> RecordBatch {
        let n = 7;
        let pick = |i: usize| i % 3 != 1;
        let cols: Vec<(DataType, Arc<dyn Array>)> = vec![
            (
                DataType::Boolean,
                Arc::new(BooleanArray::from_iter(
                    (0..n).map(|i| pick(i).then_some(i % 2 == 0)),
                )),
            ),
            (
                DataType::Int8,
                Arc::new(Int8Array::from_iter(
                    (0..n).map(|i| pick(i).then_some(i8::MIN + i as i8)),
                )),
            ),
            (
                DataType::Int16,
                Arc::new(Int16Array::from_iter(
                    (0..n).map(|i| pick(i).then_some(i16::MAX - i as i16)),
                )),
            ),
            (
                DataType::Int32,
                Arc::new(Int32Array::from_iter(
                    (0..n).map(|i| Some(i as i32 * -1_000_003)),
                )),
            ),
            (
                DataType::Int64,
                Arc::new(Int64Array::from_iter(
                    (0..n).map(|i| pick(i).then_some(i64::MIN + i as i64)),
                )),
            ),
            (
                DataType::UInt8,
                Arc::new(UInt8Array::from_iter((0..n).map(|i| Some(255 - i as u8)))),
            ),
            (
                DataType::UInt16,
                Arc::new(UInt16Array::from_iter(
                    (0..n).map(|i| Some(i as u16 * 9000)),
                )),
            ),
            (
                DataType::UInt32,
                Arc::new(UInt32Array::from_iter(
                    (0..n).map(|i| pick(i).then_some(u32::MAX - i as u32)),
                )),
            ),
            (
                DataType::Float32,
                Arc::new(Float32Array::from(vec![
                    Some(0.1),
                    None,
                    Some(-1.5e-7),
                    Some(1.5e38), // infinities: PostgreSQL's spelling, not arrow-pg's (text.rs)
                    Some(f32::NAN),
                    Some(3.0),
                    Some(1e20),
                ])),
            ),
            (
                DataType::Float64,
                Arc::new(Float64Array::from(vec![
                    Some(0.1),
                    Some(1.0 / 3.0),
                    None,
                    Some(-0.0),
                    Some(-2.5e300),
                    Some(123456789012345680.0),
                    Some(2.5e-300),
                ])),
            ),
            (
                DataType::Utf8,
                Arc::new(StringArray::from(vec![
                    Some("délai"),
                    Some(""),
                    None,
                    Some("a\tb\nc"),
                    Some("x"),
                    Some("請刪除我的資料"),
                    Some("\\N"),
                ])),
            ),
            (
                DataType::LargeUtf8,
                Arc::new(LargeStringArray::from(vec![
                    Some("l"),
                    None,
                    Some(""),
                    Some("long enough to leave the inline view"),
                    Some("y"),
                    Some("z"),
                    None,
                ])),
            ),
            (
                DataType::Utf8View,
                Arc::new(StringViewArray::from(vec![
                    Some("short"),
                    Some("a string longer than twelve bytes"),
                    None,
                    Some(""),
                    Some("ü"),
                    Some("v"),
                    Some("w"),
                ])),
            ),
        ];
        let fields: Vec<Field> = cols
            .iter()
            .enumerate()
            .map(|(i, (t, _))| Field::new(format!("c{i}"), t.clone(), true))
            .collect();
        RecordBatch::try_new(
            Arc::new(Schema::new(fields)),
            cols.into_iter().map(|(_, a)| a).collect(),
        )
        .unwrap()
    }

    #[test]
    fn same_bytes_as_arrow_pg() {
        let batch = batch();
        for digits in [1, 0, 3, -2] {
            let mut options = FormatOptions::default();
            options.extra_float_digits = digits;
            let options = Arc::new(options);
            let fields = Arc::new(
                arrow_schema_to_pg_fields(
                    batch.schema().as_ref(),
                    &Format::UnifiedText,
                    Some(options.clone()),
                )
                .unwrap(),
            );
            let expected: Vec<DataRow> = encode_recordbatch(fields, batch.clone())
                .collect::<PgWireResult<_>>()
                .unwrap();
            assert!(batch
                .schema()
                .fields()
                .iter()
                .all(|f| supported(f.data_type(), true, true)));
            let ours = encode_batch(&batch, &options, &[]).unwrap();
            assert_eq!(ours.len(), expected.len());
            for (row, (a, b)) in ours.iter().zip(&expected).enumerate() {
                assert_eq!(a, b, "row {row}, extra_float_digits {digits}");
            }
        }
    }
}
