//! The options of `synthetic_intents(rows, seed, 'key=value, ...')`, parsed and validated in one
//! place. A list value continues over commas until the next `key=`:
//! `'languages=en,de,fr, defect_rate=0.05'`.

use std::fmt;

use datafusion::common::{plan_err, Result};

use super::phrases::{self, Intent};

/// A kind of defect injected into a row (at most one per row); the `defect` column names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Defect {
    /// `email` is NULL.
    NullEmail,
    /// `email` is not a valid address (no `@`, two `@`, no domain dot, a space, ...).
    MalformedEmail,
    /// `ticket_id` repeats the ticket id of an earlier row.
    DuplicateTicketId,
    /// `received_at` lies decades in the future.
    FutureTimestamp,
    /// `text` is empty or whitespace only.
    EmptyText,
    /// `order_total` is negative.
    NegativeOrderTotal,
    /// `account_age_days` is negative or older than the web (over 100 years).
    AbsurdAccountAge,
}

impl Defect {
    pub const ALL: [Defect; 7] = [
        Defect::NullEmail,
        Defect::MalformedEmail,
        Defect::DuplicateTicketId,
        Defect::FutureTimestamp,
        Defect::EmptyText,
        Defect::NegativeOrderTotal,
        Defect::AbsurdAccountAge,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Defect::NullEmail => "null_email",
            Defect::MalformedEmail => "malformed_email",
            Defect::DuplicateTicketId => "duplicate_ticket_id",
            Defect::FutureTimestamp => "future_timestamp",
            Defect::EmptyText => "empty_text",
            Defect::NegativeOrderTotal => "negative_order_total",
            Defect::AbsurdAccountAge => "absurd_account_age",
        }
    }

    fn parse(s: &str) -> Option<Defect> {
        Defect::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// Default relative weights of the privacy intents, in [`Intent::ALL`] order (access, deletion,
/// rectification, opt_out_sale, opt_out_marketing, consent_withdrawal, portability, restriction,
/// objection, automated_decision): deletion and access dominate, as in published DSAR
/// statistics; rectification and the rights of articles 18, 20, 21(1) and 22 are rare.
pub const DEFAULT_INTENT_WEIGHTS: [u32; Intent::PRIVACY_COUNT] = [22, 28, 8, 10, 20, 12, 4, 3, 3, 2];

/// Default relative weights of some non-English languages; any other registered language
/// weighs [`OTHER_LANGUAGE_WEIGHT`].
const NON_ENGLISH_WEIGHTS: &[(&str, u32)] = &[("de", 30), ("fr", 22), ("es", 20), ("it", 10), ("nl", 10), ("pt", 8)];

/// The relative weight of a non-English language without an entry in [`NON_ENGLISH_WEIGHTS`].
const OTHER_LANGUAGE_WEIGHT: u32 = 10;

/// Every option of `synthetic_intents`, with its default.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntheticOptions {
    /// Share of rows that are privacy requests (intent other than `none`). Default 0.25.
    pub privacy_share: f64,
    /// Relative weights of the privacy intents, in [`Intent::ALL`] order.
    pub intent_weights: [u32; Intent::PRIVACY_COUNT],
    /// Share of rows carrying one defect. Default 0.03.
    pub defect_rate: f64,
    /// The defect kinds drawn from. Default: all.
    pub defects: Vec<Defect>,
    /// Languages generated (ISO codes). Default: [`phrases::DEFAULT_LANGUAGES`].
    pub languages: Vec<&'static str>,
    /// Share of non-English users when English is among the languages. Default 0.25.
    pub non_english: f64,
    /// Share of `none` messages that mention privacy, data or deletion without requesting
    /// anything (hard negatives). Default 0.15.
    pub hard_negatives: f64,
    /// Share of single privacy requests (in a language with a clarity bank) wrapped in doubt:
    /// `clarity = hedged`. Default 0.1.
    pub hedged: f64,
    /// Share of single privacy requests followed by unrelated chatter: `clarity = mixed`.
    /// Default 0.1. `hedged + chatter` is at most 1.
    pub chatter: f64,
    /// Size of the user pool `user_id` is drawn from. Default 250000.
    pub users: u64,
    /// First day of `received_at`, as days since 1970-01-01 (option `start=YYYY-MM-DD`).
    /// Default 2025-01-01.
    pub start_day: i64,
    /// Number of days `received_at` spans. Default 365.
    pub days: u32,
}

impl Default for SyntheticOptions {
    fn default() -> Self {
        SyntheticOptions {
            privacy_share: 0.25,
            intent_weights: DEFAULT_INTENT_WEIGHTS,
            defect_rate: 0.03,
            defects: Defect::ALL.to_vec(),
            languages: default_languages(),
            non_english: 0.25,
            hard_negatives: 0.15,
            hedged: 0.1,
            chatter: 0.1,
            users: 250_000,
            start_day: days_from_civil(2025, 1, 1),
            days: 365,
        }
    }
}

/// The option keys, for error messages.
pub const KEYS: &str = "privacy_share, intent_weights, defect_rate, defects, languages, non_english, hard_negatives, hedged, chatter, users, start, days";

impl SyntheticOptions {
    /// Parse `'key=value, key=value, ...'`; an empty string gives the defaults.
    pub fn parse(text: &str) -> Result<Self> {
        let mut o = SyntheticOptions::default();
        // Group the comma-separated pieces: a piece without '=' extends the previous list.
        let mut items: Vec<(String, Vec<String>)> = Vec::new();
        for piece in text.split([',', ';', '\n']) {
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            match piece.split_once('=') {
                Some((k, v)) => items.push((k.trim().to_ascii_lowercase(), vec![v.trim().to_string()])),
                None => match items.last_mut() {
                    Some((_, values)) => values.push(piece.to_string()),
                    None => {
                        return plan_err!(
                            "synthetic_intents: option {piece:?} is not of the form key=value (keys: {KEYS})"
                        )
                    }
                },
            }
        }
        let mut seen: Vec<String> = Vec::new();
        for (key, values) in items {
            if seen.contains(&key) {
                return plan_err!("synthetic_intents: option {key} is given twice");
            }
            let single = || single_value(&key, &values);
            match key.as_str() {
                "privacy_share" => o.privacy_share = share(&key, single()?)?,
                "defect_rate" => o.defect_rate = share(&key, single()?)?,
                "non_english" => o.non_english = share(&key, single()?)?,
                "hard_negatives" => o.hard_negatives = share(&key, single()?)?,
                "hedged" => o.hedged = share(&key, single()?)?,
                "chatter" => o.chatter = share(&key, single()?)?,
                "users" => {
                    o.users = match single()?.parse::<u64>() {
                        Ok(n) if n >= 1 && n <= 1 << 40 => n,
                        _ => return plan_err!("synthetic_intents: option users must be an integer from 1 to 2^40, got {:?}", single()?),
                    }
                }
                "days" => {
                    o.days = match single()?.parse::<u32>() {
                        Ok(n) if (1..=36_500).contains(&n) => n,
                        _ => return plan_err!("synthetic_intents: option days must be an integer from 1 to 36500, got {:?}", single()?),
                    }
                }
                "start" => {
                    o.start_day = match parse_date(single()?) {
                        Some(d) => d,
                        None => return plan_err!("synthetic_intents: option start must be a date YYYY-MM-DD between 1970 and 2200, got {:?}", single()?),
                    }
                }
                "languages" => {
                    let mut langs = Vec::new();
                    for v in &values {
                        let v = v.to_ascii_lowercase();
                        if v == "all" {
                            for l in phrases::all() {
                                if !langs.contains(&l.code) {
                                    langs.push(l.code);
                                }
                            }
                            continue;
                        }
                        match phrases::all().iter().find(|l| l.code == v) {
                            Some(l) if !langs.contains(&l.code) => langs.push(l.code),
                            Some(_) => {}
                            None => return plan_err!(
                                "synthetic_intents: option languages: unknown language {v:?} (expected all or some of {})",
                                language_codes().join(", ")
                            ),
                        }
                    }
                    if langs.is_empty() {
                        return plan_err!("synthetic_intents: option languages needs at least one language");
                    }
                    o.languages = langs;
                }
                "defects" => {
                    let mut defects = Vec::new();
                    for v in &values {
                        if v.eq_ignore_ascii_case("none") {
                            continue;
                        }
                        match Defect::parse(&v.to_ascii_lowercase()) {
                            Some(d) if !defects.contains(&d) => defects.push(d),
                            Some(_) => {}
                            None => return plan_err!(
                                "synthetic_intents: option defects: unknown defect {v:?} (expected some of {})",
                                Defect::ALL.map(|d| d.as_str()).join(", ")
                            ),
                        }
                    }
                    if defects.is_empty() {
                        // `defects=none`: no defect can be drawn.
                        o.defect_rate = 0.0;
                    }
                    o.defects = defects;
                }
                "intent_weights" => {
                    let mut weights = [0u32; Intent::PRIVACY_COUNT];
                    for v in &values {
                        let Some((name, w)) = v.split_once(':') else {
                            return plan_err!("synthetic_intents: option intent_weights expects intent:weight pairs such as deletion:30, got {v:?}");
                        };
                        let i = match Intent::parse(name.trim()) {
                            Some(Intent::None) | None => return plan_err!(
                                "synthetic_intents: option intent_weights: unknown privacy intent {:?} (expected some of {}; set the share of none with privacy_share)",
                                name.trim(),
                                Intent::privacy().iter().map(|i| i.as_str()).collect::<Vec<_>>().join(", ")
                            ),
                            Some(i) => i.index(),
                        };
                        weights[i] = match w.trim().parse::<u32>() {
                            Ok(w) if w <= 1_000_000 => w,
                            _ => return plan_err!("synthetic_intents: option intent_weights: weight of {} must be an integer from 0 to 1000000, got {:?}", name.trim(), w.trim()),
                        };
                    }
                    if weights.iter().all(|w| *w == 0) {
                        return plan_err!("synthetic_intents: option intent_weights needs at least one positive weight");
                    }
                    o.intent_weights = weights;
                }
                _ => return plan_err!("synthetic_intents: unknown option {key:?} (expected one of {KEYS})"),
            }
            seen.push(key);
        }
        if o.hedged + o.chatter > 1.0 {
            return plan_err!("synthetic_intents: options hedged ({}) and chatter ({}) add up to more than 1", o.hedged, o.chatter);
        }
        Ok(o)
    }

    /// Relative weight of each language of [`phrases::all`], in its order (0 when not selected).
    pub fn language_weights(&self) -> Vec<u32> {
        let mut w = vec![0u32; phrases::all().len()];
        let has_en = self.languages.contains(&"en");
        let others: Vec<(usize, u32)> = phrases::all()
            .iter()
            .enumerate()
            .filter(|(_, l)| l.code != "en" && self.languages.contains(&l.code))
            .map(|(i, l)| (i, NON_ENGLISH_WEIGHTS.iter().find(|(c, _)| *c == l.code).map_or(OTHER_LANGUAGE_WEIGHT, |(_, w)| *w)))
            .collect();
        let other_total: u32 = others.iter().map(|(_, w)| w).sum();
        const SCALE: f64 = 1_000_000.0;
        let non_en = if !has_en { 1.0 } else if others.is_empty() { 0.0 } else { self.non_english };
        if let Some(en) = phrases::all().iter().position(|l| l.code == "en").filter(|_| has_en) {
            w[en] = ((1.0 - non_en) * SCALE).round() as u32;
        }
        for (i, lw) in others {
            w[i] = (non_en * SCALE * lw as f64 / other_total as f64).round() as u32;
        }
        if w.iter().all(|x| *x == 0) {
            // non_english = 1 with English only, or 0 with no English: fall back to uniform.
            for (i, l) in phrases::all().iter().enumerate() {
                if self.languages.contains(&l.code) {
                    w[i] = 1;
                }
            }
        }
        w
    }
}

/// The canonical form: parses back to the same options (used by the plan codec).
impl fmt::Display for SyntheticOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let weights: Vec<String> =
            Intent::privacy().iter().zip(self.intent_weights).map(|(i, w)| format!("{}:{w}", i.as_str())).collect();
        let defects: Vec<&str> = self.defects.iter().map(|d| d.as_str()).collect();
        let (y, m, d) = civil_from_days(self.start_day);
        write!(
            f,
            "privacy_share={:?}, intent_weights={}, defect_rate={:?}, defects={}, languages={}, non_english={:?}, hard_negatives={:?}, hedged={:?}, chatter={:?}, users={}, start={y:04}-{m:02}-{d:02}, days={}",
            self.privacy_share,
            weights.join(","),
            self.defect_rate,
            if defects.is_empty() { "none".to_string() } else { defects.join(",") },
            self.languages.join(","),
            self.non_english,
            self.hard_negatives,
            self.hedged,
            self.chatter,
            self.users,
            self.days,
        )
    }
}

/// The default `languages`: [`phrases::DEFAULT_LANGUAGES`], those registered.
fn default_languages() -> Vec<&'static str> {
    phrases::all().iter().map(|l| l.code).filter(|c| phrases::DEFAULT_LANGUAGES.contains(c)).collect()
}

/// The codes of every registered language, for error messages.
fn language_codes() -> Vec<&'static str> {
    phrases::all().iter().map(|l| l.code).collect()
}

fn single_value<'a>(key: &str, values: &'a [String]) -> Result<&'a str> {
    match values {
        [v] if !v.is_empty() => Ok(v.as_str()),
        _ => plan_err!("synthetic_intents: option {key} takes one value, got {values:?}"),
    }
}

fn share(key: &str, v: &str) -> Result<f64> {
    match v.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => plan_err!("synthetic_intents: option {key} must be a number from 0 to 1, got {v:?}"),
    }
}

fn parse_date(s: &str) -> Option<i64> {
    let mut it = s.splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    let dim = [31, if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1970..=2200).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > dim[m as usize - 1] {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_form_round_trips() {
        let o = SyntheticOptions::parse("languages=en, de ,fr, defect_rate=0.05, intent_weights=deletion:3,access:1, start=2024-02-29, defects=null_email,empty_text").unwrap();
        assert_eq!(o.languages, vec!["en", "de", "fr"]);
        assert_eq!(o.intent_weights, [1, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
        let all = SyntheticOptions::parse("languages=all, intent_weights=objection:2,automated_decision:1").unwrap();
        assert_eq!(all.languages.len(), phrases::all().len());
        assert_eq!(all.intent_weights[Intent::Objection.index()], 2);
        assert_eq!(SyntheticOptions::parse(&all.to_string()).unwrap(), all);
        assert_eq!(o.defects, vec![Defect::NullEmail, Defect::EmptyText]);
        assert_eq!(SyntheticOptions::parse(&o.to_string()).unwrap(), o);
        let d = SyntheticOptions::default();
        assert_eq!(SyntheticOptions::parse(&d.to_string()).unwrap(), d);
        assert_eq!(SyntheticOptions::parse("").unwrap(), d);
    }

    #[test]
    fn dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2025, 1, 1), 20089);
        assert_eq!(civil_from_days(20089), (2025, 1, 1));
        assert_eq!(parse_date("2023-02-29"), None);
    }

    #[test]
    fn language_weights_follow_non_english() {
        let o = SyntheticOptions::parse("non_english=0.2").unwrap();
        let w = o.language_weights();
        let total: u32 = w.iter().sum();
        assert!((w[0] as f64 / total as f64 - 0.8).abs() < 1e-3);
        let o = SyntheticOptions::parse("languages=de").unwrap();
        assert_eq!(o.language_weights().iter().filter(|x| **x > 0).count(), 1);
    }
}
