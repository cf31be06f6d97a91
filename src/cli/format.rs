//! Writing results: an aligned table (arrow's pretty printer), CSV (arrow-csv), a JSON array or
//! newline-delimited JSON (arrow-json). CSV and JSON stream batch by batch, so a result of any
//! size goes out in constant memory; the table needs its rows to size its columns, so it keeps
//! at most `--max-rows` of them and only counts the rest.

use std::io::{self, Write};

use std::sync::Arc;

use arrow::array::{ArrayRef, RecordBatch, StringBuilder};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::common::{DataFusionError, Result};
use datafusion::physical_plan::SendableRecordBatchStream;
use futures::StreamExt;

use super::progress::Progress;

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned table with a row count and the elapsed time (the default on a terminal).
    Table,
    /// CSV with a header line (the default when stdout is not a terminal).
    Csv,
    /// One JSON array of objects per result.
    Json,
    /// One JSON object per line.
    Ndjson,
}

/// What was written for one result.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Rows in the result.
    pub rows: usize,
    /// Rows written (fewer than `rows` only for a table cut at `--max-rows`).
    pub shown: usize,
}

/// Write every batch of `stream` to `out` as `format`. `max_rows` limits the rows of a table
/// (`None`: all); the other formats write everything. A closed pipe is returned as an I/O error
/// of kind `BrokenPipe` (arrow's writers turn I/O errors into text).
pub async fn write_stream(
    stream: SendableRecordBatchStream,
    format: Format,
    max_rows: Option<usize>,
    out: &mut dyn Write,
    progress: &Progress,
) -> Result<Written> {
    let mut watch = PipeWatch {
        inner: out,
        broken: false,
    };
    let result = write_all(stream, format, max_rows, &mut watch, progress).await;
    if watch.broken {
        return Err(DataFusionError::IoError(io::Error::from(
            io::ErrorKind::BrokenPipe,
        )));
    }
    result
}

/// Remembers whether the reader of the output went away.
struct PipeWatch<'a> {
    inner: &'a mut dyn Write,
    broken: bool,
}

impl PipeWatch<'_> {
    fn check<T>(&mut self, r: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &r {
            self.broken |= e.kind() == io::ErrorKind::BrokenPipe;
        }
        r
    }
}

impl Write for PipeWatch<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let r = self.inner.write(buf);
        self.check(r)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let r = self.inner.write_all(buf);
        self.check(r)
    }
    fn flush(&mut self) -> io::Result<()> {
        let r = self.inner.flush();
        self.check(r)
    }
}

async fn write_all(
    mut stream: SendableRecordBatchStream,
    format: Format,
    max_rows: Option<usize>,
    out: &mut dyn Write,
    progress: &Progress,
) -> Result<Written> {
    let schema = stream.schema();
    let mut w = Written::default();
    match format {
        Format::Table => {
            let limit = max_rows.unwrap_or(usize::MAX);
            let mut kept: Vec<RecordBatch> = Vec::new();
            while let Some(batch) = stream.next().await {
                let batch = batch?;
                w.rows += batch.num_rows();
                let room = limit - w.shown;
                if room > 0 {
                    let take = room.min(batch.num_rows());
                    w.shown += take;
                    kept.push(if take == batch.num_rows() {
                        batch
                    } else {
                        batch.slice(0, take)
                    });
                }
            }
            let table = arrow::util::pretty::pretty_format_batches_with_schema(schema, &kept)?;
            progress.suspend(|| writeln!(out, "{table}"))?;
        }
        Format::Csv => {
            let mut writer = arrow::csv::WriterBuilder::new()
                .with_header(true)
                .build(&mut *out);
            let mut started = false;
            while let Some(batch) = stream.next().await {
                let batch = batch?;
                w.rows += batch.num_rows();
                started = true;
                let batch = csv_ready(batch)?;
                progress.suspend(|| writer.write(&batch))?;
            }
            if !started {
                // An empty result still gets its header line.
                writer.write(&csv_ready(RecordBatch::new_empty(SchemaRef::clone(
                    &schema,
                )))?)?;
            }
            w.shown = w.rows;
        }
        Format::Json => {
            let mut writer = arrow::json::WriterBuilder::new()
                .with_explicit_nulls(true)
                .build::<_, arrow::json::writer::JsonArray>(&mut *out);
            while let Some(batch) = stream.next().await {
                let batch = batch?;
                w.rows += batch.num_rows();
                progress.suspend(|| writer.write(&batch))?;
            }
            writer.finish()?;
            drop(writer);
            writeln!(out)?;
            w.shown = w.rows;
        }
        Format::Ndjson => {
            let mut writer = arrow::json::WriterBuilder::new()
                .with_explicit_nulls(true)
                .build::<_, arrow::json::writer::LineDelimited>(&mut *out);
            while let Some(batch) = stream.next().await {
                let batch = batch?;
                w.rows += batch.num_rows();
                progress.suspend(|| writer.write(&batch))?;
            }
            writer.finish()?;
            w.shown = w.rows;
        }
    }
    Ok(w)
}

/// Run `stream` to its end without writing anything; returns the rows it produced.
pub async fn drain(mut stream: SendableRecordBatchStream) -> Result<usize> {
    let mut rows = 0;
    while let Some(batch) = stream.next().await {
        rows += batch?.num_rows();
    }
    Ok(rows)
}

/// CSV cannot hold lists, structs, maps or unions: such columns are written as JSON text
/// (`[1,2]`, `{"a":1}`), encoded by arrow-json into one reused buffer.
fn csv_ready(batch: RecordBatch) -> Result<RecordBatch> {
    let schema = batch.schema();
    if !schema.fields().iter().any(|f| is_nested(f.data_type())) {
        return Ok(batch);
    }
    let options = arrow::json::writer::EncoderOptions::default();
    let mut fields = Vec::with_capacity(batch.num_columns());
    let mut columns = Vec::with_capacity(batch.num_columns());
    let mut buf = Vec::new();
    for (field, column) in schema.fields().iter().zip(batch.columns()) {
        if !is_nested(field.data_type()) {
            fields.push(Arc::clone(field));
            columns.push(Arc::clone(column));
            continue;
        }
        let mut encoder = arrow::json::writer::make_encoder(field, column.as_ref(), &options)?;
        let mut text = StringBuilder::with_capacity(column.len(), column.len() * 16);
        for i in 0..column.len() {
            if encoder.is_null(i) {
                text.append_null();
                continue;
            }
            buf.clear();
            encoder.encode(i, &mut buf);
            // arrow-json writes UTF-8 only.
            text.append_value(String::from_utf8_lossy(&buf));
        }
        fields.push(Arc::new(Field::new(field.name(), DataType::Utf8, true)));
        columns.push(Arc::new(text.finish()) as ArrayRef);
    }
    Ok(RecordBatch::try_new(
        Arc::new(Schema::new(fields)),
        columns,
    )?)
}

fn is_nested(t: &DataType) -> bool {
    match t {
        DataType::List(_)
        | DataType::LargeList(_)
        | DataType::ListView(_)
        | DataType::LargeListView(_)
        | DataType::FixedSizeList(_, _)
        | DataType::Struct(_)
        | DataType::Map(_, _)
        | DataType::Union(_, _) => true,
        DataType::Dictionary(_, value) => is_nested(value),
        _ => false,
    }
}
