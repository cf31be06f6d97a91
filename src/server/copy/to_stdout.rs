//! `COPY (query) TO STDOUT` and `COPY table TO STDOUT`: rows stream batch by batch; each Arrow
//! batch is formatted column-wise into one buffer ([`CopyFormat::encode_batch`]) and sent as one
//! CopyData message per row, as PostgreSQL does, so `COPY n` counts rows.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bytes::BytesMut;
use datafusion::prelude::SessionContext;
use datafusion::sql::sqlparser::ast::CopySource;
use datafusion_postgres::pgwire::api::results::{CopyResponse, Response};
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::PgWireResult;
use datafusion_postgres::pgwire::messages::copy::CopyData;
use datafusion_postgres::pgwire::types::format::FormatOptions as PgFormatOptions;
use futures::StreamExt;

use super::format::CopyFormat;
use crate::server::error::api;
use crate::server::metrics::Metrics;
use crate::server::text::split_rows;

/// The CopyOutResponse of `COPY source TO STDOUT` in `format`: the header line when asked for,
/// then one CopyData per row; `metrics` counts the rows sent.
pub async fn copy_out<C: ClientInfo + ?Sized>(
    source: &CopySource,
    format: CopyFormat,
    ctx: &SessionContext,
    client: &C,
    metrics: Arc<Metrics>,
) -> PgWireResult<Response> {
    let sql = match source {
        CopySource::Query(q) => q.to_string(),
        CopySource::Table {
            table_name,
            columns,
        } if columns.is_empty() => format!("SELECT * FROM {table_name}"),
        CopySource::Table {
            table_name,
            columns,
        } => {
            let cols: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
            format!("SELECT {} FROM {table_name}", cols.join(", "))
        }
    };
    let df = ctx.sql(&sql).await.map_err(api)?;
    let names: Vec<String> = df
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect();
    let ncols = names.len();
    let stream = df.execute_stream().await.map_err(api)?;
    let header = format.header.then(|| {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        Ok(CopyData::new(format.header_line(&refs).freeze()))
    });
    let pg = PgFormatOptions::from_client_metadata(client.metadata());
    let rows = stream.flat_map(move |batch| {
        let messages: Vec<PgWireResult<CopyData>> = match batch {
            Ok(batch) => {
                let mut out = BytesMut::with_capacity(batch.num_rows() * 16 * ncols.max(1));
                let mut ends = Vec::with_capacity(batch.num_rows());
                match format.encode_batch(&batch, &pg, &mut out, &mut ends) {
                    Ok(()) => {
                        metrics
                            .rows_sent
                            .fetch_add(batch.num_rows() as u64, Ordering::Relaxed);
                        split_rows(out, ends)
                            .map(|row| Ok(CopyData::new(row.freeze())))
                            .collect()
                    }
                    Err(e) => vec![Err(api(e))],
                }
            }
            Err(e) => vec![Err(api(e))],
        };
        futures::stream::iter(messages)
    });
    let data = futures::stream::iter(header).chain(rows);
    Ok(Response::CopyOut(CopyResponse::new(0, ncols, data)))
}
