//! Row generation: the compiled phrase banks and the batch generator.
//!
//! Every row is a pure function of `(seed, id)`: its draws come from counter-based streams
//! ([`Rng::new`]`(seed, id, stream)`), the user's attributes from `(seed, user_id)`, and each
//! decision is drawn in a fixed order whichever columns are projected, so a projection or a
//! different partitioning never changes a value. Text is expanded straight into the Arrow value
//! buffer of the `text` column, without a `String` per row.

use std::sync::{Arc, OnceLock};

use arrow::array::{
    ArrayRef, Float64Array, Float64Builder, Int32Array, Int64Array, ListBuilder, RecordBatch, RecordBatchOptions,
    StringArray, StringBuilder, TimestampNanosecondArray,
};
use arrow::buffer::{Buffer, OffsetBuffer, ScalarBuffer};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use datafusion::common::{internal_datafusion_err, Result};

use super::clarity::{self, Clarity, Wrap};
use super::options::{days_from_civil, Defect, SyntheticOptions};
use super::phrases::{self, Channel, Family, Intent, Lang, Style, COMPANIES};
use super::rng::{mix64, Rng};
use super::template::{self, RowValues, Seq};
use super::text::{finish_text, malform, write_email};

/// The columns, in schema order.
pub mod col {
    pub const ID: usize = 0;
    pub const TICKET_ID: usize = 1;
    pub const USER_ID: usize = 2;
    pub const EMAIL: usize = 3;
    pub const CHANNEL: usize = 4;
    pub const LOCALE: usize = 5;
    pub const LANGUAGE: usize = 6;
    pub const RECEIVED_AT: usize = 7;
    pub const TEXT: usize = 8;
    pub const INTENT: usize = 9;
    pub const INTENTS: usize = 10;
    pub const TEMPLATE: usize = 11;
    pub const ORDER_TOTAL: usize = 12;
    pub const ACCOUNT_AGE_DAYS: usize = 13;
    pub const PRIOR_REQUESTS: usize = 14;
    pub const MESSAGE_LENGTH: usize = 15;
    pub const DEFECT: usize = 16;
    pub const CLARITY: usize = 17;
    pub const LABEL_CONFIDENCE: usize = 18;
    pub const COUNT: usize = 19;
}

/// The full schema of `synthetic_intents`.
pub fn schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    Arc::clone(SCHEMA.get_or_init(|| {
        let utf8 = |n: &str, null: bool| Field::new(n, DataType::Utf8, null);
        Arc::new(Schema::new(vec![
            Field::new("id", DataType::Int64, false),
            utf8("ticket_id", false),
            Field::new("user_id", DataType::Int64, false),
            utf8("email", true),
            utf8("channel", false),
            utf8("locale", false),
            utf8("language", false),
            Field::new("received_at", DataType::Timestamp(TimeUnit::Nanosecond, None), false),
            utf8("text", false),
            utf8("intent", false),
            // The primary intent first, then the others of a combined request.
            Field::new("intents", DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true))), false),
            utf8("template", false),
            Field::new("order_total", DataType::Float64, true),
            Field::new("account_age_days", DataType::Int32, false),
            Field::new("prior_requests", DataType::Int32, false),
            Field::new("message_length", DataType::Int32, false),
            utf8("defect", true),
            // How clearly the text states `intent`, and that level's prior (super::clarity).
            utf8("clarity", false),
            Field::new("label_confidence", DataType::Float64, false),
        ]))
    }))
}

/// Weighted choice among some families of a language.
#[derive(Debug, Default)]
struct Picker {
    families: Vec<usize>,
    cumulative: Vec<u32>,
}

impl Picker {
    fn push(&mut self, family: usize, weight: u32) {
        let last = self.cumulative.last().copied().unwrap_or(0);
        self.families.push(family);
        self.cumulative.push(last + weight.max(1));
    }

    #[inline]
    fn pick(&self, rng: &mut Rng) -> usize {
        self.families[rng.weighted(&self.cumulative).min(self.families.len() - 1)]
    }
}

/// A family with its templates compiled and its `template` labels built.
#[derive(Debug)]
pub struct CompiledFamily {
    pub family: &'static Family,
    pub texts: Vec<Seq>,
    pub labels: Vec<String>,
}

/// A language's phrase bank, compiled.
#[derive(Debug)]
pub struct CompiledLang {
    pub lang: &'static Lang,
    pub slots: Vec<Box<[Seq]>>,
    pub families: Vec<CompiledFamily>,
    locale_cumulative: Vec<u32>,
    /// Per privacy intent (in [`Intent::ALL`] order).
    privacy: [Picker; Intent::PRIVACY_COUNT],
    none_regular: Picker,
    none_hard: Picker,
}

/// Every phrase bank, compiled once per process.
#[derive(Debug)]
pub struct Model {
    pub langs: Vec<CompiledLang>,
}

/// The compiled phrase banks (compiled on first use).
pub fn model() -> Result<&'static Model> {
    static MODEL: OnceLock<std::result::Result<Model, String>> = OnceLock::new();
    MODEL
        .get_or_init(compile_model)
        .as_ref()
        .map_err(|e| internal_datafusion_err!("synthetic_intents phrase bank: {e}"))
}

fn compile_model() -> std::result::Result<Model, String> {
    let mut langs = Vec::new();
    for lang in phrases::all() {
        let slot_index = |name: &str| lang.slots.iter().position(|(n, _)| *n == name).map(|i| i as u16);
        let mut slots = Vec::new();
        for (name, alts) in lang.slots {
            let compiled: std::result::Result<Vec<Seq>, String> =
                alts.iter().map(|a| template::compile(a, &slot_index)).collect();
            slots.push(compiled.map_err(|e| format!("{}: slot {name}: {e}", lang.code))?.into_boxed_slice());
        }
        let mut families = Vec::new();
        let mut privacy: [Picker; Intent::PRIVACY_COUNT] = Default::default();
        let (mut none_regular, mut none_hard) = (Picker::default(), Picker::default());
        for (i, f) in lang.families.iter().enumerate() {
            let texts: std::result::Result<Vec<Seq>, String> =
                f.texts.iter().map(|t| template::compile(t, &slot_index)).collect();
            let texts = texts.map_err(|e| format!("{}: {}.{}: {e}", lang.code, f.intent.as_str(), f.name))?;
            if texts.is_empty() || f.channels.is_empty() {
                return Err(format!("{}: {}.{} has no template or no channel", lang.code, f.intent.as_str(), f.name));
            }
            let also_ok = f.also.iter().enumerate().all(|(k, a)| {
                *a != Intent::None && *a != f.intent && f.intent != Intent::None && !f.also[..k].contains(a)
            });
            if !also_ok {
                return Err(format!("{}: {}.{}: `also` must list other privacy intents, once each", lang.code, f.intent.as_str(), f.name));
            }
            let labels = (0..texts.len()).map(|v| format!("{}.{}.{}.{v}", f.intent.as_str(), lang.code, f.name)).collect();
            match f.intent {
                Intent::None if f.hard_negative => none_hard.push(i, f.weight),
                Intent::None => none_regular.push(i, f.weight),
                other => privacy[other.index()].push(i, f.weight),
            }
            families.push(CompiledFamily { family: f, texts, labels });
        }
        if privacy.iter().any(|p| p.families.is_empty()) || none_regular.families.is_empty() || none_hard.families.is_empty() {
            return Err(format!("{}: every intent needs a family, and none needs regular and hard-negative families", lang.code));
        }
        let mut locale_cumulative = Vec::new();
        let mut acc = 0;
        for (_, w) in lang.locales {
            acc += w;
            locale_cumulative.push(acc);
        }
        langs.push(CompiledLang { lang, slots, families, locale_cumulative, privacy, none_regular, none_hard });
    }
    Ok(Model { langs })
}

const NS_PER_SEC: i64 = 1_000_000_000;
const USER_ID_BASE: i64 = 1_000_000;

/// Generates batches of rows for one query: the seed, the options and the projected columns.
#[derive(Debug)]
pub struct Generator {
    model: &'static Model,
    seed: u64,
    privacy_share: f64,
    defect_rate: f64,
    hard_negatives: f64,
    hedged: f64,
    chatter: f64,
    intent_cumulative: [u32; Intent::PRIVACY_COUNT],
    lang_cumulative: Vec<u32>,
    defects: Vec<Defect>,
    users: u64,
    start_ns: i64,
    span_secs: u64,
    ticket_offset: u64,
    /// The output schema (projected).
    schema: SchemaRef,
    /// The projected columns, as indices into [`schema`].
    projection: Vec<usize>,
    want: [bool; col::COUNT],
}

/// The drawn decisions of one row.
#[derive(Debug, Clone, Copy)]
struct Meta {
    intent: usize,
    user: u64,
    lang: usize,
    locale: &'static str,
    first: &'static str,
    last: &'static str,
    email_pattern: usize,
    domain: &'static str,
    birth_yy: u32,
    account_base_days: i32,
    company: &'static str,
    family: usize,
    variant: usize,
    channel: Channel,
    secs: u64,
    millis: i64,
    has_order: bool,
    cents: u64,
    order_no: u32,
    prior: i32,
    defect: Option<Defect>,
    aux: u64,
    noise: u64,
    clarity: Clarity,
    wrap: Option<Wrap>,
    wrap_pick: u64,
}

/// Per-partition scratch space, reused from row to row.
#[derive(Debug, Default)]
pub struct Scratch {
    email: String,
    text: Vec<u8>,
    offsets: Vec<i32>,
}

impl Generator {
    pub fn new(seed: u64, options: &SyntheticOptions, projection: Option<&[usize]>) -> Result<Self> {
        let projection: Vec<usize> = match projection {
            Some(p) => p.to_vec(),
            None => (0..col::COUNT).collect(),
        };
        let full = schema();
        let schema = Arc::new(full.project(&projection)?);
        let mut want = [false; col::COUNT];
        for &c in &projection {
            want[c] = true;
        }
        let mut intent_cumulative = [0u32; Intent::PRIVACY_COUNT];
        let mut acc = 0u32;
        for (i, w) in options.intent_weights.iter().enumerate() {
            acc = acc.saturating_add(*w);
            intent_cumulative[i] = acc;
        }
        let mut acc = 0u32;
        let lang_cumulative = options
            .language_weights()
            .iter()
            .map(|w| {
                acc = acc.saturating_add(*w);
                acc
            })
            .collect();
        Ok(Generator {
            model: model()?,
            seed,
            privacy_share: options.privacy_share,
            defect_rate: if options.defects.is_empty() { 0.0 } else { options.defect_rate },
            hard_negatives: options.hard_negatives,
            hedged: options.hedged,
            chatter: options.chatter,
            intent_cumulative,
            lang_cumulative,
            defects: options.defects.clone(),
            users: options.users.max(1),
            start_ns: options.start_day * 86_400 * NS_PER_SEC,
            span_secs: options.days as u64 * 86_400,
            ticket_offset: mix64(seed ^ 0x7469_636b_6574),
            schema,
            projection,
            want,
        })
    }

    pub fn schema(&self) -> &SchemaRef {
        &self.schema
    }

    /// The rows with ids `start..start + len`.
    pub fn batch(&self, start: u64, len: usize, scratch: &mut Scratch) -> Result<RecordBatch> {
        let w = &self.want;
        let mut b = Builders::new(w, len);
        scratch.text.clear();
        scratch.offsets.clear();
        scratch.offsets.push(0);
        let need_text = w[col::TEXT] || w[col::MESSAGE_LENGTH];
        if need_text {
            scratch.text.reserve(len * 160);
            scratch.offsets.reserve(len);
        }
        for id in start..start + len as u64 {
            self.row(id, need_text, scratch, &mut b);
        }
        let mut columns: Vec<ArrayRef> = Vec::with_capacity(self.projection.len());
        let mut text = None;
        if w[col::TEXT] {
            let offsets = OffsetBuffer::new(ScalarBuffer::from(std::mem::take(&mut scratch.offsets)));
            let values = Buffer::from_vec(std::mem::take(&mut scratch.text));
            text = Some(Arc::new(StringArray::try_new(offsets, values, None)?) as ArrayRef);
        }
        let mut parts = b.finish(text);
        for &c in &self.projection {
            columns.push(parts[c].take().ok_or_else(|| internal_datafusion_err!("synthetic_intents: column {c} not built"))?);
        }
        let options = RecordBatchOptions::new().with_row_count(Some(len));
        Ok(RecordBatch::try_new_with_options(Arc::clone(&self.schema), columns, &options)?)
    }

    /// Every decision about row `id` but its text, drawn in a fixed order.
    #[inline]
    fn meta(&self, id: u64) -> Meta {
        let mut m = Rng::new(self.seed, id, 0);

        // What is asked, by whom, in which language.
        let intent = if m.chance(self.privacy_share) {
            m.weighted(&self.intent_cumulative).min(Intent::PRIVACY_COUNT - 1)
        } else {
            Intent::None.index()
        };
        let user = below_u64(&mut m, self.users);
        let mut u = Rng::new(self.seed, user, 1);
        let lang = u.weighted(&self.lang_cumulative).min(self.model.langs.len() - 1);
        let cl = &self.model.langs[lang];
        let l = cl.lang;
        let locale = l.locales[u.weighted(&cl.locale_cumulative).min(l.locales.len() - 1)].0;
        let first = l.first_names[u.below(l.first_names.len())];
        let last = l.last_names[u.below(l.last_names.len())];
        let email_pattern = u.below(8);
        let domain = l.email_domains[u.below(l.email_domains.len())];
        let birth_yy = 50 + u.below(56) as u32; // 1950..2005
        let account_base_days = u.below(3_000) as i32;
        let company = COMPANIES[u.below(COMPANIES.len())];

        // How it is phrased and where it came in.
        let picker = match cl.privacy.get(intent) {
            Some(privacy) => privacy,
            _ if m.chance(self.hard_negatives) => &cl.none_hard,
            _ => &cl.none_regular,
        };
        let family = picker.pick(&mut m);
        let fam = &cl.families[family];
        let variant = m.below(fam.texts.len());
        let channel = fam.family.channels[m.below(fam.family.channels.len())];

        // When, and the numbers.
        let secs = below_u64(&mut m, self.span_secs);
        let millis = m.below(1000) as i64;
        let has_order = m.chance(0.72);
        let cents = order_cents(&mut m);
        let order_no = 1_000_000 + m.below(9_000_000) as u32;
        let prior = (m.unit().powi(4) * 12.0) as i32;

        // At most one defect.
        let mut defect = if self.defect_rate > 0.0 && m.chance(self.defect_rate) {
            Some(self.defects[m.below(self.defects.len())])
        } else {
            None
        };
        let aux = m.next_u64();
        if defect == Some(Defect::DuplicateTicketId) && id == 0 {
            // Row 0 has no earlier row to collide with.
            defect = None;
        }
        let noise = m.next_u64();

        // How clearly it is said (drawn last, so the draws above do not depend on it).
        let roll = m.unit();
        let wrap_pick = m.next_u64();
        let f = fam.family;
        let single = f.intent != Intent::None && f.also.is_empty() && !f.name.contains("indirect");
        let wrap = match clarity::bank(l.code) {
            Some(_) if single && roll < self.hedged => (f.style != Style::Formal).then_some(Wrap::Hedge),
            Some(_) if single && roll < self.hedged + self.chatter => Some(Wrap::Chatter),
            _ => None,
        };
        let clarity = match wrap {
            _ if f.intent == Intent::None => Clarity::Explicit,
            Some(Wrap::Hedge) => Clarity::Hedged,
            Some(Wrap::Chatter) => Clarity::Mixed,
            None if !f.also.is_empty() => Clarity::Mixed,
            None if f.name.contains("indirect") => Clarity::Indirect,
            None => Clarity::Explicit,
        };
        Meta {
            intent, user, lang, locale, first, last, email_pattern, domain, birth_yy, account_base_days,
            company, family, variant, channel, secs, millis, has_order, cents, order_no, prior, defect, aux, noise,
            clarity, wrap, wrap_pick,
        }
    }

    /// The ticket id row `id` shows: its own, or for a duplicate the one an earlier row shows.
    fn ticket(&self, id: u64, meta: &Meta) -> u64 {
        let (mut id, mut defect, mut aux) = (id, meta.defect, meta.aux);
        // Follow chains (a duplicate of a duplicate) to the row whose own id is shown.
        while defect == Some(Defect::DuplicateTicketId) && id > 0 {
            id = id - 1 - (aux % id.min(5_000));
            let m = self.meta(id);
            (defect, aux) = (m.defect, m.aux);
        }
        // A bijection on 40 bits: distinct rows get distinct ids.
        id.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(self.ticket_offset) & ((1 << 40) - 1)
    }

    #[inline]
    fn row(&self, id: u64, need_text: bool, s: &mut Scratch, b: &mut Builders) {
        let w = &self.want;
        let meta = self.meta(id);
        let Meta {
            intent, user, lang, locale, first, last, email_pattern, domain, birth_yy, account_base_days,
            company, family, variant, channel, secs, millis, has_order, cents, order_no, prior, defect, aux, noise,
            clarity, wrap, wrap_pick,
        } = meta;
        let cl = &self.model.langs[lang];
        let lang = cl.lang;
        let fam = &cl.families[family];

        if w[col::ID] {
            b.id.push(id as i64);
        }
        if w[col::TICKET_ID] {
            let t = self.ticket(id, &meta);
            let mut buf = *b"SR-0000000000";
            for (k, byte) in buf[3..].iter_mut().enumerate() {
                *byte = b"0123456789ABCDEF"[((t >> (4 * (9 - k))) & 0xf) as usize];
            }
            b.ticket.append_value(std::str::from_utf8(&buf).unwrap_or("SR-"));
        }
        if w[col::USER_ID] {
            b.user.push(USER_ID_BASE + user as i64);
        }
        if w[col::EMAIL] || need_text {
            s.email.clear();
            write_email(&mut s.email, first, last, email_pattern, birth_yy, domain);
        }
        if w[col::EMAIL] {
            match defect {
                Some(Defect::NullEmail) => b.email.append_null(),
                Some(Defect::MalformedEmail) => b.email.append_value(malform(&s.email, aux)),
                _ => b.email.append_value(&s.email),
            }
        }
        if w[col::CHANNEL] {
            b.channel.append_value(channel.as_str());
        }
        if w[col::LOCALE] {
            b.locale.append_value(locale);
        }
        if w[col::LANGUAGE] {
            b.language.append_value(lang.code);
        }
        if w[col::RECEIVED_AT] {
            let ts = if defect == Some(Defect::FutureTimestamp) {
                // Decades ahead: a clock or parsing error, unambiguous whenever the data is read.
                days_from_civil(2090, 1, 1) * 86_400 * NS_PER_SEC + (aux % (3_650 * 86_400)) as i64 * NS_PER_SEC
            } else {
                self.start_ns + secs as i64 * NS_PER_SEC + millis * 1_000_000
            };
            b.received.push(ts);
        }
        if need_text {
            let start = s.text.len();
            if defect == Some(Defect::EmptyText) {
                s.text.extend_from_slice(["", "", " ", "\n", "  "][(aux % 5) as usize].as_bytes());
            } else {
                let mut t = Rng::new(self.seed, id, 2);
                let values = RowValues {
                    first,
                    last,
                    email: &s.email,
                    company,
                    order: order_no,
                    amount_cents: cents,
                    decimal_comma: lang.decimal_comma,
                    date: lang.date,
                };
                template::expand(&fam.texts[variant], &cl.slots, &values, &mut t, &mut s.text);
                if let (Some(w), Some(bank)) = (wrap, clarity::bank(lang.code)) {
                    clarity::apply(&mut s.text, start, w, bank, fam.family.style, wrap_pick);
                }
                finish_text(&mut s.text, start, fam.family.style, noise, &mut t);
            }
            if w[col::MESSAGE_LENGTH] {
                let chars = s.text[start..].iter().filter(|&&c| (c & 0xc0) != 0x80).count();
                b.length.push(chars as i32);
            }
            s.offsets.push(s.text.len() as i32);
        }
        if w[col::INTENT] {
            b.intent.append_value(Intent::ALL[intent].as_str());
        }
        if w[col::INTENTS] {
            let values = b.intents.values();
            values.append_value(Intent::ALL[intent].as_str());
            for also in fam.family.also {
                values.append_value(also.as_str());
            }
            b.intents.append(true);
        }
        if w[col::TEMPLATE] {
            b.template.append_value(&fam.labels[variant]);
        }
        if w[col::ORDER_TOTAL] {
            match defect {
                Some(Defect::NegativeOrderTotal) => b.order_total.append_value(-(cents as f64) / 100.0),
                _ if has_order => b.order_total.append_value(cents as f64 / 100.0),
                _ => b.order_total.append_null(),
            }
        }
        if w[col::ACCOUNT_AGE_DAYS] {
            let age = if defect == Some(Defect::AbsurdAccountAge) {
                if aux & 1 == 0 { -1 - ((aux >> 1) % 500) as i32 } else { 40_000 + ((aux >> 1) % 60_000) as i32 }
            } else {
                account_base_days + (secs / 86_400) as i32
            };
            b.age.push(age);
        }
        if w[col::PRIOR_REQUESTS] {
            b.prior.push(prior);
        }
        if w[col::DEFECT] {
            match defect {
                Some(d) => b.defect.append_value(d.as_str()),
                None => b.defect.append_null(),
            }
        }
        if w[col::CLARITY] {
            b.clarity.append_value(clarity.as_str());
        }
        if w[col::LABEL_CONFIDENCE] {
            b.label_confidence.push(clarity.label_confidence());
        }
    }
}

/// Uniform in `0..n` for a 64-bit `n`.
#[inline]
fn below_u64(rng: &mut Rng, n: u64) -> u64 {
    ((rng.next_u64() as u128 * n as u128) >> 64) as u64
}

/// An order total in cents: log-normal around 45.00, from 1.99 to 5000.00.
#[inline]
fn order_cents(rng: &mut Rng) -> u64 {
    let z = (rng.unit() + rng.unit() + rng.unit() + rng.unit() - 2.0) * 1.732_050_8;
    let v = (4500.0f64.ln() + 0.9 * z).exp();
    (v.clamp(199.0, 500_000.0) as u64 / 10) * 10 + 9
}

/// The builders of one batch; only the projected columns are filled.
struct Builders {
    id: Vec<i64>,
    ticket: StringBuilder,
    user: Vec<i64>,
    email: StringBuilder,
    channel: StringBuilder,
    locale: StringBuilder,
    language: StringBuilder,
    received: Vec<i64>,
    intent: StringBuilder,
    intents: ListBuilder<StringBuilder>,
    template: StringBuilder,
    order_total: Float64Builder,
    age: Vec<i32>,
    prior: Vec<i32>,
    length: Vec<i32>,
    defect: StringBuilder,
    clarity: StringBuilder,
    label_confidence: Vec<f64>,
}

impl Builders {
    fn new(want: &[bool; col::COUNT], n: usize) -> Self {
        let cap = |c: usize| if want[c] { n } else { 0 };
        let s = |c: usize, bytes: usize| StringBuilder::with_capacity(cap(c), cap(c) * bytes);
        Builders {
            id: Vec::with_capacity(cap(col::ID)),
            ticket: s(col::TICKET_ID, 13),
            user: Vec::with_capacity(cap(col::USER_ID)),
            email: s(col::EMAIL, 24),
            channel: s(col::CHANNEL, 6),
            locale: s(col::LOCALE, 5),
            language: s(col::LANGUAGE, 2),
            received: Vec::with_capacity(cap(col::RECEIVED_AT)),
            intent: s(col::INTENT, 8),
            intents: ListBuilder::with_capacity(s(col::INTENTS, 10), cap(col::INTENTS))
                .with_field(Arc::new(Field::new_list_field(DataType::Utf8, true))),
            template: s(col::TEMPLATE, 28),
            order_total: Float64Builder::with_capacity(cap(col::ORDER_TOTAL)),
            age: Vec::with_capacity(cap(col::ACCOUNT_AGE_DAYS)),
            prior: Vec::with_capacity(cap(col::PRIOR_REQUESTS)),
            length: Vec::with_capacity(cap(col::MESSAGE_LENGTH)),
            defect: s(col::DEFECT, 2),
            clarity: s(col::CLARITY, 8),
            label_confidence: Vec::with_capacity(cap(col::LABEL_CONFIDENCE)),
        }
    }

    /// Every column, `None` where it was not projected (the text array is built by the caller).
    fn finish(mut self, text: Option<ArrayRef>) -> Vec<Option<ArrayRef>> {
        let i64s = |v: Vec<i64>| Arc::new(Int64Array::from(v)) as ArrayRef;
        let i32s = |v: Vec<i32>| Arc::new(Int32Array::from(v)) as ArrayRef;
        vec![
            Some(i64s(self.id)),
            Some(Arc::new(self.ticket.finish()) as ArrayRef),
            Some(i64s(self.user)),
            Some(Arc::new(self.email.finish()) as ArrayRef),
            Some(Arc::new(self.channel.finish()) as ArrayRef),
            Some(Arc::new(self.locale.finish()) as ArrayRef),
            Some(Arc::new(self.language.finish()) as ArrayRef),
            Some(Arc::new(TimestampNanosecondArray::from(self.received)) as ArrayRef),
            text,
            Some(Arc::new(self.intent.finish()) as ArrayRef),
            Some(Arc::new(self.intents.finish()) as ArrayRef),
            Some(Arc::new(self.template.finish()) as ArrayRef),
            Some(Arc::new(self.order_total.finish()) as ArrayRef),
            Some(i32s(self.age)),
            Some(i32s(self.prior)),
            Some(i32s(self.length)),
            Some(Arc::new(self.defect.finish()) as ArrayRef),
            Some(Arc::new(self.clarity.finish()) as ArrayRef),
            Some(Arc::new(Float64Array::from(self.label_confidence)) as ArrayRef),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::synthetic::phrases::Style;

    #[test]
    fn every_bank_compiles_and_covers_every_intent() {
        let m = model().unwrap();
        assert_eq!(m.langs.len(), phrases::all().len());
        for cl in &m.langs {
            for intent in Intent::ALL {
                assert!(cl.families.iter().any(|f| f.family.intent == intent), "{} lacks {intent:?}", cl.lang.code);
            }
            // Family names are unique within (intent, language).
            let mut seen = std::collections::HashSet::new();
            for f in &cl.families {
                assert!(seen.insert((f.family.intent, f.family.name)), "{}: duplicate family {}", cl.lang.code, f.family.name);
            }
        }
    }

    /// Every registered language has, for every privacy intent, two chat families (so that a
    /// classifier evaluated on a held-out chat family has still seen the intent in chat), an
    /// e-mail family and a formal letter (real requests are often letters), at least three
    /// combined requests, and at least eight hard-negative `none` families.
    #[test]
    fn every_language_has_chat_email_and_letter_families() {
        let is_chat = |f: &Family| f.style == Style::Casual && f.channels.contains(&Channel::Chat);
        let is_email = |f: &Family| f.style == Style::Neutral && f.channels.contains(&Channel::Email);
        let is_letter = |f: &Family| f.style == Style::Formal && f.channels.contains(&Channel::Email);
        for lang in phrases::all() {
            for &intent in Intent::privacy() {
                let count = |pred: &dyn Fn(&Family) -> bool| lang.families.iter().filter(|f| f.intent == intent && pred(f)).count();
                let of = |pred: &dyn Fn(&Family) -> bool| count(pred) > 0;
                let chats = count(&is_chat);
                assert!(chats >= 2, "{}: {chats} chat families for {}, at least 2 expected", lang.code, intent.as_str());
                assert!(of(&is_email), "{}: no e-mail family for {}", lang.code, intent.as_str());
                assert!(of(&is_letter), "{}: no formal letter for {}", lang.code, intent.as_str());
            }
            let combined = lang.families.iter().filter(|f| !f.also.is_empty()).count();
            assert!(combined >= 3, "{}: {combined} combined families, at least 3 expected", lang.code);
            // Ordinary messages that sound like requests (a plan cancelled, a password, offers,
            // privacy questions, ...): enough families of them that a held-out one leaves its
            // kind still taught by another.
            let hard = lang.families.iter().filter(|f| f.intent == Intent::None && f.hard_negative).count();
            assert!(hard >= 8, "{}: {hard} hard-negative none families, at least 8 expected", lang.code);
        }
    }

    /// The generator's labels are the classifier's, in the classifier's order: the two lists
    /// live apart (the generator enumerates, the classifier's taxonomy names), so this holds
    /// them equal.
    #[test]
    fn generator_labels_are_the_classifier_taxonomy() {
        let generated: Vec<&str> = Intent::ALL.iter().map(|i| i.as_str()).collect();
        assert_eq!(generated, privsql_udfs::classify::INTENTS.to_vec());
    }

    #[test]
    fn projection_does_not_change_values() {
        let o = SyntheticOptions::default();
        let all = Generator::new(7, &o, None).unwrap();
        let some = Generator::new(7, &o, Some(&[col::TEXT, col::INTENT])).unwrap();
        let a = all.batch(100, 50, &mut Scratch::default()).unwrap();
        let b = some.batch(100, 50, &mut Scratch::default()).unwrap();
        assert_eq!(a.column(col::TEXT), b.column(0));
        assert_eq!(a.column(col::INTENT), b.column(1));
        // Batches split differently give the same rows.
        let c = all.batch(125, 25, &mut Scratch::default()).unwrap();
        assert_eq!(&a.column(col::TEXT).slice(25, 25), c.column(col::TEXT));
    }
}
