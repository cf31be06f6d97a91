//! `synthetic_pii(rows [, seed])`: a labelled set for PII detection. Short customer messages in
//! English, German, French, Spanish, Italian, Dutch and Portuguese, each carrying zero to three
//! planted pieces of personal data (every kind of `find_pii` in every language) among filler and
//! decoy sentences (order numbers, delivery dates, amounts), with the kind and character offsets
//! of each planted piece in `pii`. Names and e-mail addresses come from the phrase banks of
//! `synthetic_intents`; checksummed values (IBAN, card, national ids) are valid by construction.
//! Rows are a pure function of `(seed, id)`.

use std::sync::Arc;

use arrow::array::{ArrayRef, Int32Array, Int64Array, ListArray, RecordBatch, StringBuilder, StructArray};
use arrow::buffer::OffsetBuffer;
use arrow::datatypes::{DataType, Field, FieldRef, Fields, Schema, SchemaRef};
use datafusion::catalog::{MemTable, TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, Result, ScalarValue};
use datafusion::logical_expr::{Documentation, Expr};
use privsql_udfs::privacy::checks;
use privsql_udfs::{doc, NamedTableFunction};

use super::phrases;
use super::pii_phrases::{PiiLang, KINDS, LANGS};
use super::rng::Rng;
use super::text::write_email;

/// The SQL name.
pub const NAME: &str = "synthetic_pii";

/// The most rows one call generates (the set is built in memory).
const MAX_ROWS: i64 = 10_000_000;

/// `synthetic_pii(rows [, seed])`.
#[derive(Debug, Default)]
pub struct SyntheticPiiFunc;

impl SyntheticPiiFunc {
    /// This table function as a registry entry, with its documentation.
    pub fn named() -> NamedTableFunction {
        NamedTableFunction { name: NAME.to_string(), doc: documentation(), func: Arc::new(SyntheticPiiFunc) }
    }
}

fn documentation() -> Documentation {
    Documentation::builder(
        doc::SOURCES,
        "A labelled set for PII detection: short customer messages in English, German, French, \
         Spanish, Italian, Dutch and Portuguese with zero to three planted pieces of personal \
         data each (e-mail, phone, IBAN, card, IP, SSN, national id, date of birth, address, \
         in the local forms of each language) among filler and decoy sentences. Columns: id, \
         language, text, pii (a list of {kind, start, end}, offsets in characters, end \
         exclusive, as find_pii reports them). The same seed gives the same rows.",
        "synthetic_pii(rows [, seed])",
    )
    .with_argument("rows", "Number of rows (a non-negative integer literal, at most 10,000,000).")
    .with_argument("seed", "Integer seed (default 42).")
    .with_sql_example(
        "SELECT language, count(*) AS messages, sum(cardinality(pii)) AS planted\n\
         FROM synthetic_pii(10000, 7) GROUP BY language ORDER BY language;",
    )
    .build()
}

fn span_fields() -> Fields {
    Fields::from(vec![
        Field::new("kind", DataType::Utf8, false),
        Field::new("start", DataType::Int32, false),
        Field::new("end", DataType::Int32, false),
    ])
}

fn span_item() -> FieldRef {
    Arc::new(Field::new("item", DataType::Struct(span_fields()), false))
}

/// The columns.
pub fn schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("id", DataType::Int64, false),
        Field::new("language", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, false),
        Field::new("pii", DataType::List(span_item()), false),
    ]))
}

fn int_arg(e: &Expr, name: &str) -> Result<i64> {
    match e {
        Expr::Literal(v, _) => match v.cast_to(&DataType::Int64) {
            Ok(ScalarValue::Int64(Some(n))) => Ok(n),
            _ => plan_err!("{NAME}: argument {name} must be an integer, got {v}"),
        },
        Expr::Cast(c) => int_arg(&c.expr, name),
        _ => plan_err!("{NAME}: argument {name} must be an integer literal, got {e}"),
    }
}

impl TableFunctionImpl for SyntheticPiiFunc {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let exprs = args.exprs();
        if exprs.is_empty() || exprs.len() > 2 {
            return plan_err!("{NAME} takes 1 or 2 arguments (rows [, seed]), got {}", exprs.len());
        }
        let rows = int_arg(&exprs[0], "rows")?;
        if !(0..=MAX_ROWS).contains(&rows) {
            return plan_err!("{NAME}: argument rows must be between 0 and {MAX_ROWS}, got {rows}");
        }
        let seed = match exprs.get(1) {
            Some(e) => int_arg(e, "seed")? as u64,
            None => super::DEFAULT_SEED,
        };
        let mut batches = Vec::new();
        let mut id = 0u64;
        while id < rows as u64 {
            let n = (rows as u64 - id).min(8192);
            batches.push(batch(seed, id, n)?);
            id += n;
        }
        Ok(Arc::new(MemTable::try_new(schema(), vec![batches])?))
    }
}

/// Rows `from..from + n`.
fn batch(seed: u64, from: u64, n: u64) -> Result<RecordBatch> {
    let mut ids = Vec::with_capacity(n as usize);
    let mut lang = StringBuilder::new();
    let mut text = StringBuilder::new();
    let mut kind = StringBuilder::new();
    let (mut starts, mut ends) = (Vec::new(), Vec::new());
    let mut offsets = vec![0i32];
    let mut m = Message::default();
    for id in from..from + n {
        m.generate(seed, id);
        ids.push(id as i64);
        lang.append_value(m.lang);
        text.append_value(&m.text);
        for (k, s, e) in &m.spans {
            kind.append_value(k);
            starts.push(*s as i32);
            ends.push(*e as i32);
        }
        offsets.push(starts.len() as i32);
    }
    let spans = StructArray::try_new(
        span_fields(),
        vec![Arc::new(kind.finish()) as ArrayRef, Arc::new(Int32Array::from(starts)), Arc::new(Int32Array::from(ends))],
        None,
    )?;
    let pii = ListArray::try_new(span_item(), OffsetBuffer::new(offsets.into()), Arc::new(spans), None)?;
    Ok(RecordBatch::try_new(
        schema(),
        vec![Arc::new(Int64Array::from(ids)), Arc::new(lang.finish()), Arc::new(text.finish()), Arc::new(pii)],
    )?)
}

/// One message being built, its buffers reused from row to row.
#[derive(Default)]
struct Message {
    lang: &'static str,
    text: String,
    /// Characters in `text` so far.
    chars: usize,
    spans: Vec<(&'static str, usize, usize)>,
    value: String,
}

impl Message {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.chars += s.chars().count();
    }

    fn generate(&mut self, seed: u64, id: u64) {
        self.text.clear();
        self.spans.clear();
        self.chars = 0;
        let mut r = Rng::new(seed, id, 11);
        let l = &LANGS[r.below(LANGS.len())];
        self.lang = l.code;
        // One in ten messages plants nothing; the others one to three kinds.
        let planted = if r.chance(0.1) { 0 } else { 1 + r.below(3) };
        let mut kinds = [usize::MAX; 3];
        for i in 0..planted {
            let mut k = r.below(KINDS.len());
            while kinds[..i].contains(&k) {
                k = (k + 1) % KINDS.len();
            }
            kinds[i] = k;
        }
        if r.chance(0.6) {
            self.filler(l, &mut r);
        }
        for &k in kinds.iter().take(planted) {
            value(l, k, &mut r, &mut self.value);
            let carriers = l.carriers[k];
            let sentence = carriers[r.below(carriers.len())];
            let (before, after) = sentence.split_once("{}").unwrap_or((sentence, ""));
            if !self.text.is_empty() {
                self.push(" ");
            }
            self.push(before);
            let start = self.chars;
            let v = std::mem::take(&mut self.value);
            self.push(&v);
            self.value = v;
            self.spans.push((KINDS[k], start, self.chars));
            self.push(after);
            if r.chance(0.3) {
                self.filler(l, &mut r);
            }
        }
        if self.text.is_empty() {
            self.filler(l, &mut r);
        }
    }

    fn filler(&mut self, l: &PiiLang, r: &mut Rng) {
        if !self.text.is_empty() {
            self.push(" ");
        }
        self.push(l.filler[r.below(l.filler.len())]);
    }
}

/// `#` replaced by random digits.
fn digits(pattern: &str, r: &mut Rng, out: &mut String) {
    for c in pattern.chars() {
        out.push(if c == '#' { (b'0' + r.below(10) as u8) as char } else { c });
    }
}

fn random_digits(n: usize, r: &mut Rng, out: &mut Vec<u8>) {
    out.clear();
    out.extend((0..n).map(|_| b'0' + r.below(10) as u8));
}

/// Set the last byte of `d` to the first candidate from `candidates` that makes `check` pass.
fn fix_last(d: &mut [u8], candidates: &[u8], check: impl Fn(&[u8]) -> bool) -> bool {
    let last = d.len() - 1;
    candidates.iter().any(|&c| {
        d[last] = c;
        check(d)
    })
}

fn push_grouped(d: &[u8], group: usize, sep: &str, out: &mut String) {
    for (i, c) in d.iter().enumerate() {
        if i > 0 && i % group == 0 {
            out.push_str(sep);
        }
        out.push(*c as char);
    }
}

/// A value of kind `KINDS[k]` in the forms of `l`, into `out`.
fn value(l: &PiiLang, k: usize, r: &mut Rng, out: &mut String) {
    out.clear();
    let mut d = Vec::new();
    const DIGITS: &[u8] = b"0123456789";
    match KINDS[k] {
        "email" => {
            let lang = phrases::all().iter().find(|p| p.code == l.code).unwrap_or(&phrases::all()[0]);
            let first = lang.first_names[r.below(lang.first_names.len())];
            let last = lang.last_names[r.below(lang.last_names.len())];
            let domain = lang.email_domains[r.below(lang.email_domains.len())];
            write_email(out, first, last, r.below(8), 60 + r.below(40) as u32, domain);
        }
        "phone" => digits(l.phones[r.below(l.phones.len())], r, out),
        "iban" => {
            let cc = l.iban_country.as_bytes();
            let len = checks::iban_length(cc).unwrap_or(22);
            let mut iban = Vec::with_capacity(len);
            iban.extend_from_slice(cc);
            iban.extend_from_slice(b"00");
            for i in 4..len {
                // Italy's BBAN starts with a letter (CIN).
                iban.push(if l.iban_country == "IT" && i == 4 { b'A' + r.below(26) as u8 } else { b'0' + r.below(10) as u8 });
            }
            // Check digits: 98 - (the number with "00") mod 97.
            let rem = (0..=98u8).find(|&c| {
                iban[2] = b'0' + c / 10;
                iban[3] = b'0' + c % 10;
                checks::iban_mod97(&iban)
            });
            if rem.is_none() {
                iban[2..4].copy_from_slice(b"00");
            }
            if r.chance(0.7) {
                push_grouped(&iban, 4, " ", out);
            } else {
                out.extend(iban.iter().map(|&c| c as char));
            }
        }
        "card" => {
            let amex = r.chance(0.2);
            random_digits(if amex { 15 } else { 16 }, r, &mut d);
            if amex {
                d[..2].copy_from_slice(b"37");
            } else if r.chance(0.5) {
                d[0] = b'4';
            } else {
                d[0] = b'5';
                d[1] = b'1' + r.below(5) as u8;
            }
            fix_last(&mut d, DIGITS, checks::is_card);
            match (amex, r.below(3)) {
                (true, _) => {
                    out.extend(d[..4].iter().map(|&c| c as char));
                    out.push(' ');
                    out.extend(d[4..10].iter().map(|&c| c as char));
                    out.push(' ');
                    out.extend(d[10..].iter().map(|&c| c as char));
                }
                (false, 0) => push_grouped(&d, 4, " ", out),
                (false, 1) => push_grouped(&d, 4, "-", out),
                _ => push_grouped(&d, 16, "", out),
            }
        }
        "ip" => {
            if r.chance(0.7) {
                let o = |r: &mut Rng| 1 + r.below(254);
                let (a, b, c, e) = (o(r), o(r), o(r), o(r));
                out.push_str(&format!("{a}.{b}.{c}.{e}"));
            } else {
                let h = |r: &mut Rng| r.next_u64() as u16;
                let (a, b, c) = (h(r), h(r), h(r));
                out.push_str(&format!("2001:db8:{a:x}:{b:x}::{c:x}"));
            }
        }
        "ssn" => {
            let area = loop {
                let a = 1 + r.below(899);
                if a != 666 {
                    break a;
                }
            };
            out.push_str(&format!("{area:03}-{:02}-{:04}", 1 + r.below(99), 1 + r.below(9999)));
        }
        "national_id" => national_id(l.code, r, &mut d, out),
        "date_of_birth" => {
            let (day, month, year) = (1 + r.below(28), 1 + r.below(12), 1940 + r.below(66));
            let form = l.dates[r.below(l.dates.len())];
            for c in form.chars() {
                match c {
                    'D' => out.push_str(&day.to_string()),
                    'M' => out.push_str(l.months[month - 1]),
                    'Y' => out.push_str(&year.to_string()),
                    'd' => out.push_str(&format!("{day:02}")),
                    'm' => out.push_str(&format!("{month:02}")),
                    c => out.push(c),
                }
            }
        }
        _ => {
            let street = l.streets[r.below(l.streets.len())];
            let number = 1 + r.below(120);
            let sep = if r.chance(0.3) { "\n" } else { ", " };
            if l.number_first {
                out.push_str(&format!("{number} {street}{sep}"));
            } else {
                out.push_str(&format!("{street} {number}{sep}"));
            }
            digits(l.towns[r.below(l.towns.len())], r, out);
        }
    }
}

/// A national identifier of the language's country, valid by its checksum.
fn national_id(code: &str, r: &mut Rng, d: &mut Vec<u8>, out: &mut String) {
    const DIGITS: &[u8] = b"0123456789";
    const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let text = |d: &[u8], out: &mut String| out.extend(d.iter().map(|&c| c as char));
    match code {
        "de" => loop {
            random_digits(11, r, d);
            d[0] = b'1' + r.below(9) as u8;
            if fix_last(d, DIGITS, checks::steuer_id) {
                break text(d, out);
            }
        },
        "fr" => {
            random_digits(13, r, d);
            d[0] = if r.chance(0.5) { b'1' } else { b'2' };
            d[3] = b'0' + r.below(2) as u8;
            d[4] = b'1' + r.below(9) as u8;
            let n = d.iter().fold(0u64, |a, c| a * 10 + u64::from(c - b'0'));
            let key = 97 - n % 97;
            d.push(b'0' + (key / 10) as u8);
            d.push(b'0' + (key % 10) as u8);
            if r.chance(0.5) {
                for (i, c) in d.iter().enumerate() {
                    if matches!(i, 1 | 3 | 5 | 7 | 10 | 13) {
                        out.push(' ');
                    }
                    out.push(*c as char);
                }
            } else {
                text(d, out);
            }
        }
        "it" => loop {
            d.clear();
            for i in 0..16 {
                d.push(match i {
                    6 | 7 | 9 | 10 | 12..=14 => b'0' + r.below(10) as u8,
                    8 => b"ABCDEHLMPRST"[r.below(12)],
                    _ => b'A' + r.below(26) as u8,
                });
            }
            if fix_last(d, LETTERS, checks::codice_fiscale) {
                break text(d, out);
            }
        },
        "nl" => loop {
            random_digits(9, r, d);
            if fix_last(d, DIGITS, checks::bsn) {
                break text(d, out);
            }
        },
        "pt" => loop {
            random_digits(9, r, d);
            d[0] = b"123568"[r.below(6)];
            if fix_last(d, DIGITS, checks::nif_pt) {
                break text(d, out);
            }
        },
        // es, and en (a Spanish NIE of a resident): DNI or NIE.
        _ => {
            random_digits(9, r, d);
            if code == "en" || r.chance(0.3) {
                d[0] = b"XYZ"[r.below(3)];
            }
            fix_last(d, LETTERS, checks::dni_nie);
            text(d, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_their_values_and_every_kind_and_language_appears() {
        let mut m = Message::default();
        let mut seen = std::collections::HashSet::new();
        for id in 0..3000 {
            m.generate(1, id);
            for (k, s, e) in &m.spans {
                let v: String = m.text.chars().skip(*s).take(e - s).collect();
                assert!(!v.is_empty() && !v.starts_with(' ') && !v.ends_with(' '), "{k} {v:?} in {:?}", m.text);
                seen.insert((m.lang, *k));
            }
        }
        assert_eq!(seen.len(), 7 * 9, "{seen:?}");
    }
}
