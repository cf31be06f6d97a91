//! `COPY table [(columns)] FROM STDIN` in PostgreSQL's text and CSV formats (psql's `\copy ...
//! from`, psycopg's `cursor.copy`), into a table that accepts inserts: a table made with
//! `CREATE TABLE` (Parquet under the data dir), an external table over a directory (each COPY adds
//! one file), or an in-memory table.
//!
//! The rows are parsed as the CopyData messages arrive (text: tab-separated, `\N` for NULL,
//! backslash escapes; CSV through `csv-core`), into one string column per target column, then cast
//! to the table's types batch by batch with Arrow's cast kernels (an unparsable value fails the
//! COPY, naming the column and the line). The batches are inserted at CopyDone, in one write: a
//! COPY that fails or is aborted adds nothing, as in PostgreSQL. Until then they are held in
//! memory (as Arrow arrays, about the size of the data).
//!
//! The COPY in progress is the connection's, between the CopyInResponse and CopyDone or CopyFail:
//! it is kept in pgwire's session extensions under this module's own type, and only this module's
//! functions ([`CopyIn::begin`], [`receive`], [`finish`], [`abort`]) reach it.

use std::sync::{Arc, Mutex};

use datafusion::arrow::array::{new_null_array, Array, ArrayRef, RecordBatch, StringBuilder};
use datafusion::arrow::compute::{cast_with_options, CastOptions};
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::util::display::FormatOptions as ArrowFormat;
use datafusion::catalog::TableProvider;
use datafusion::common::{ResolvedTableReference, TableReference};
use datafusion::datasource::provider_as_source;
use datafusion::execution::memory_pool::{MemoryConsumer, MemoryReservation};
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::LogicalPlanBuilder;
use datafusion::prelude::SessionContext;
use datafusion_postgres::pgwire::api::results::{CopyResponse, Response};
use datafusion_postgres::pgwire::api::ClientInfo;
use datafusion_postgres::pgwire::error::{PgWireError, PgWireResult};
use tracing::Instrument;

use super::format::CopyFormat;
use crate::server::error::{api, error};
use crate::server::plans::count_rows;

/// Rows per Arrow batch.
const BATCH_ROWS: usize = 8192;

/// The COPY FROM STDIN in progress on a connection, if any: the session extension.
#[derive(Default)]
struct InProgress(Mutex<Option<CopyIn>>);

/// Run `f` on the connection's COPY in progress.
fn in_progress<C: ClientInfo + ?Sized, T>(
    client: &C,
    f: impl FnOnce(&mut Option<CopyIn>) -> T,
) -> PgWireResult<T> {
    let slot = client
        .session_extensions()
        .get_or_insert_with(InProgress::default);
    let mut copy = slot
        .0
        .lock()
        .map_err(|_| error("XX000", "connection state lock poisoned"))?;
    Ok(f(&mut copy))
}

/// CopyData: parse `data` into the connection's COPY (a parse error is kept for CopyDone).
pub fn receive<C: ClientInfo + ?Sized>(client: &C, data: &[u8]) -> PgWireResult<()> {
    in_progress(client, |copy| match copy {
        Some(copy) => {
            copy.data(data);
            Ok(())
        }
        None => Err(error("08P01", "CopyData outside COPY FROM STDIN")),
    })?
}

/// CopyDone: insert the connection's COPY; the number of rows.
pub async fn finish<C: ClientInfo + ?Sized>(client: &C) -> PgWireResult<usize> {
    let copy = in_progress(client, Option::take)?
        .ok_or_else(|| error("08P01", "CopyDone outside COPY FROM STDIN"))?;
    let (pid, _) = client.pid_and_secret_key();
    let span = tracing::info_span!("copy_from", pid);
    copy.finish().instrument(span).await
}

/// CopyFail: drop the connection's COPY, which has written nothing; the error to report.
pub fn abort<C: ClientInfo + ?Sized>(client: &C) -> PgWireError {
    let _ = in_progress(client, Option::take);
    // The client's message may quote data: not echoed.
    error(
        "57014",
        "COPY from stdin failed: the client aborted it; nothing was written",
    )
}

/// A COPY FROM STDIN in progress on one connection.
pub struct CopyIn {
    ctx: Arc<SessionContext>,
    table: ResolvedTableReference,
    provider: Arc<dyn TableProvider>,
    schema: SchemaRef,
    /// For each target column, its index in the table's schema.
    targets: Vec<usize>,
    format: CopyFormat,
    parser: Parser,
    /// Header line still to skip.
    skip_header: bool,
    /// Lines seen (for error messages).
    line: usize,
    builders: Vec<StringBuilder>,
    rows_in_builders: usize,
    batches: Vec<RecordBatch>,
    /// The buffered batches' memory, reserved from the session's pool (`[engine] memory_limit`):
    /// a COPY larger than the pool allows fails cleanly instead of exhausting the server.
    reservation: MemoryReservation,
    /// The first error; later data is ignored until CopyDone reports it (as PostgreSQL does).
    failed: Option<PgWireError>,
    /// `\.` seen: the data ended.
    ended: bool,
}

enum Parser {
    /// Bytes after the last complete line.
    Text { pending: Vec<u8> },
    Csv {
        reader: Box<csv_core::Reader>,
        field: Vec<u8>,
        fields: usize,
        output: Vec<u8>,
    },
}

impl CopyIn {
    /// Prepare a COPY into `table` (`columns` empty: all of them, in order).
    pub async fn start(
        ctx: Arc<SessionContext>,
        table: &str,
        columns: &[String],
        format: CopyFormat,
    ) -> PgWireResult<Self> {
        let opts = ctx.copied_config();
        let c = &opts.options().catalog;
        let table = TableReference::parse_str(table).resolve(&c.default_catalog, &c.default_schema);
        let provider = ctx
            .table_provider(table.clone())
            .await
            .map_err(|_| error("42P01", format!("relation \"{table}\" does not exist")))?;
        let schema = provider.schema();
        let targets = if columns.is_empty() {
            (0..schema.fields().len()).collect()
        } else {
            columns
                .iter()
                .map(|name| {
                    schema.index_of(name).map_err(|_| {
                        error(
                            "42703",
                            format!("column \"{name}\" of relation \"{table}\" does not exist"),
                        )
                    })
                })
                .collect::<PgWireResult<Vec<_>>>()?
        };
        let parser = if format.csv {
            let reader = Box::new(
                csv_core::ReaderBuilder::new()
                    .delimiter(format.delimiter)
                    .quote(format.quote)
                    .terminator(csv_core::Terminator::CRLF)
                    .build(),
            );
            Parser::Csv {
                reader,
                field: vec![],
                fields: 0,
                output: vec![0; 64 * 1024],
            }
        } else {
            Parser::Text { pending: vec![] }
        };
        let builders = targets.iter().map(|_| StringBuilder::new()).collect();
        let reservation = MemoryConsumer::new(format!("COPY {table} FROM STDIN"))
            .register(&ctx.runtime_env().memory_pool);
        Ok(Self {
            reservation,
            ctx,
            table,
            provider,
            schema,
            skip_header: format.header,
            format,
            targets,
            parser,
            line: 0,
            builders,
            rows_in_builders: 0,
            batches: vec![],
            failed: None,
            ended: false,
        })
    }

    /// Make this the connection's COPY in progress; the CopyInResponse that asks for the data.
    pub fn begin<C: ClientInfo + ?Sized>(self, client: &C) -> PgWireResult<Response> {
        let ncols = self.targets.len();
        in_progress(client, |copy| *copy = Some(self))?;
        Ok(Response::CopyIn(CopyResponse::new(
            0,
            ncols,
            futures::stream::empty(),
        )))
    }

    /// Take one CopyData message.
    fn data(&mut self, data: &[u8]) {
        if self.failed.is_some() || self.ended {
            return;
        }
        if let Err(e) = self.parse(data, false) {
            self.failed = Some(e);
        }
    }

    /// CopyDone: parse what is left and insert everything; the number of rows.
    async fn finish(mut self) -> PgWireResult<usize> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        if !self.ended {
            self.parse(&[], true)?;
        }
        self.flush_batch()?;
        if self.batches.is_empty() {
            return Ok(0);
        }
        let df = self.ctx.read_batches(self.batches).map_err(api)?;
        let plan = LogicalPlanBuilder::insert_into(
            df.into_unoptimized_plan(),
            TableReference::from(self.table),
            provider_as_source(self.provider),
            InsertOp::Append,
        )
        .and_then(|b| b.build())
        .map_err(api)?;
        let written = self
            .ctx
            .execute_logical_plan(plan)
            .await
            .map_err(api)?
            .collect()
            .await
            .map_err(api)?;
        Ok(count_rows(&written))
    }

    fn parse(&mut self, data: &[u8], eof: bool) -> PgWireResult<()> {
        match &mut self.parser {
            Parser::Text { pending } => {
                pending.extend_from_slice(data);
                let mut buf = std::mem::take(pending);
                let mut start = 0;
                while let Some(n) = buf[start..].iter().position(|&b| b == b'\n') {
                    let line = &buf[start..start + n];
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    start += n + 1;
                    if line == b"\\." {
                        self.ended = true;
                        break;
                    }
                    self.text_line(line)?;
                }
                if eof && start < buf.len() && !self.ended {
                    let line = buf[start..].to_vec();
                    let line = line.strip_suffix(b"\r").unwrap_or(&line);
                    if line != b"\\." {
                        self.text_line(line)?;
                    }
                    start = buf.len();
                }
                buf.drain(..start);
                if let Parser::Text { pending } = &mut self.parser {
                    *pending = buf;
                }
                Ok(())
            }
            Parser::Csv { .. } => self.csv(data, eof),
        }
    }

    /// One line of the text format.
    fn text_line(&mut self, line: &[u8]) -> PgWireResult<()> {
        self.line += 1;
        if std::mem::take(&mut self.skip_header) {
            return Ok(());
        }
        let delimiter = self.format.delimiter;
        let null = self.format.null.clone().into_bytes();
        let mut fields = 0;
        let mut value = Vec::new();
        let mut raw_start = 0;
        let mut i = 0;
        let mut push = |this: &mut Self, raw: &[u8], value: &mut Vec<u8>| -> PgWireResult<()> {
            if fields >= this.targets.len() {
                return Err(this.bad_line("extra data after last expected column"));
            }
            if raw == null.as_slice() {
                this.builders[fields].append_null();
            } else {
                let s = std::str::from_utf8(value).map_err(|_| this.bad_line("invalid UTF-8"))?;
                this.builders[fields].append_value(s);
            }
            value.clear();
            fields += 1;
            Ok(())
        };
        while i < line.len() {
            let b = line[i];
            if b == b'\\' && i + 1 < line.len() {
                let next = line[i + 1];
                i += 2;
                match next {
                    b'n' => value.push(b'\n'),
                    b'r' => value.push(b'\r'),
                    b't' => value.push(b'\t'),
                    b'b' => value.push(8),
                    b'f' => value.push(12),
                    b'v' => value.push(11),
                    b'0'..=b'7' => {
                        // \ooo: up to three octal digits.
                        let mut v = u32::from(next - b'0');
                        let mut k = 0;
                        while k < 2 && i < line.len() && (b'0'..=b'7').contains(&line[i]) {
                            v = v * 8 + u32::from(line[i] - b'0');
                            i += 1;
                            k += 1;
                        }
                        value.push(v as u8);
                    }
                    b'x' => {
                        let mut v = 0u32;
                        let mut k = 0;
                        while k < 2 && i < line.len() && line[i].is_ascii_hexdigit() {
                            v = v * 16 + (line[i] as char).to_digit(16).unwrap_or(0);
                            i += 1;
                            k += 1;
                        }
                        if k == 0 {
                            value.push(b'x');
                        } else {
                            value.push(v as u8);
                        }
                    }
                    other => value.push(other),
                }
            } else if b == delimiter {
                push(self, &line[raw_start..i], &mut value)?;
                i += 1;
                raw_start = i;
            } else {
                value.push(b);
                i += 1;
            }
        }
        push(self, &line[raw_start..], &mut value)?;
        if fields < self.targets.len() {
            return Err(self.bad_line(&format!(
                "missing data: {} columns expected, {fields} found",
                self.targets.len()
            )));
        }
        self.row_done()
    }

    fn csv(&mut self, mut data: &[u8], eof: bool) -> PgWireResult<()> {
        use csv_core::ReadFieldResult;
        loop {
            // csv-core takes an empty input as the end of the data.
            if data.is_empty() && !eof {
                return Ok(());
            }
            let Parser::Csv {
                reader,
                field,
                output,
                fields,
                ..
            } = &mut self.parser
            else {
                return Ok(());
            };
            let was_empty = data.is_empty();
            let (result, read, written) = reader.read_field(data, output);
            field.extend_from_slice(&output[..written]);
            data = &data[read..];
            match result {
                ReadFieldResult::InputEmpty if !eof || was_empty => return Ok(()),
                ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
                ReadFieldResult::Field { record_end } => {
                    let value = std::mem::take(field);
                    let index = *fields;
                    *fields += 1;
                    self.csv_field(index, value, record_end)?;
                    if self.ended {
                        return Ok(());
                    }
                }
                ReadFieldResult::End => return Ok(()),
            }
        }
    }

    fn csv_field(&mut self, index: usize, value: Vec<u8>, record_end: bool) -> PgWireResult<()> {
        if index == 0 && record_end && value.is_empty() {
            // A blank line.
            self.reset_fields();
            return Ok(());
        }
        if index == 0 {
            self.line += 1;
        }
        if index == 0 && record_end && value == b"\\." {
            self.ended = true;
            self.reset_fields();
            return Ok(());
        }
        if self.skip_header {
            if record_end {
                self.skip_header = false;
                self.reset_fields();
            }
            return Ok(());
        }
        if index >= self.targets.len() {
            return Err(self.bad_line("extra data after last expected column"));
        }
        if value == self.format.null.as_bytes() {
            self.builders[index].append_null();
        } else {
            let s = std::str::from_utf8(&value).map_err(|_| self.bad_line("invalid UTF-8"))?;
            self.builders[index].append_value(s);
        }
        if record_end {
            self.reset_fields();
            if index + 1 < self.targets.len() {
                return Err(self.bad_line(&format!(
                    "missing data: {} columns expected, {} found",
                    self.targets.len(),
                    index + 1
                )));
            }
            self.row_done()?;
        }
        Ok(())
    }

    fn reset_fields(&mut self) {
        if let Parser::Csv { fields, .. } = &mut self.parser {
            *fields = 0;
        }
    }

    fn bad_line(&self, what: &str) -> PgWireError {
        error(
            "22P04",
            format!("COPY {}, line {}: {what}", self.table, self.line),
        )
    }

    fn row_done(&mut self) -> PgWireResult<()> {
        self.rows_in_builders += 1;
        if self.rows_in_builders >= BATCH_ROWS {
            self.flush_batch()?;
        }
        Ok(())
    }

    /// Cast the buffered strings to the table's types: one batch.
    fn flush_batch(&mut self) -> PgWireResult<()> {
        let rows = self.rows_in_builders;
        if rows == 0 {
            return Ok(());
        }
        let first_line = self.line + 1 - rows;
        let mut parsed: Vec<Option<ArrayRef>> = vec![None; self.schema.fields().len()];
        let options = CastOptions {
            safe: false,
            format_options: ArrowFormat::default(),
        };
        for (builder, &target) in self.builders.iter_mut().zip(&self.targets) {
            let strings: ArrayRef = Arc::new(builder.finish());
            let field = self.schema.field(target);
            let array = match cast_with_options(&strings, field.data_type(), &options) {
                Ok(a) => a,
                Err(_) => {
                    // Name the line, never the value: the first row the lenient cast turns into
                    // a NULL that was not one.
                    let lenient =
                        cast_with_options(&strings, field.data_type(), &CastOptions::default());
                    let row = lenient
                        .ok()
                        .and_then(|l| (0..rows).find(|&r| strings.is_valid(r) && l.is_null(r)));
                    let line = row.map_or(String::from("?"), |r| (first_line + r).to_string());
                    return Err(error(
                        "22P02",
                        format!(
                            "COPY {}, line {line}, column \"{}\": invalid input for type {}",
                            self.table,
                            field.name(),
                            field.data_type()
                        ),
                    ));
                }
            };
            parsed[target] = Some(array);
        }
        let columns = parsed
            .into_iter()
            .zip(self.schema.fields())
            .map(|(a, f)| a.unwrap_or_else(|| new_null_array(f.data_type(), rows)))
            .collect();
        let batch = RecordBatch::try_new(self.schema.clone(), columns).map_err(|e| {
            error(
                "23502",
                format!("COPY {}, lines {first_line}-{}: {e}", self.table, self.line),
            )
        })?;
        self.reservation
            .try_grow(batch.get_array_memory_size())
            .map_err(|_| {
                error(
                    "53200",
                    format!(
                        "COPY {}, line {}: the rows received so far exceed the server's memory \
                         limit ([engine] memory_limit); copy in smaller parts",
                        self.table, self.line
                    ),
                )
            })?;
        self.batches.push(batch);
        self.rows_in_builders = 0;
        Ok(())
    }
}
