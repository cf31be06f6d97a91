//! The PII scanner shared by `find_pii` and `redact_pii`: one multi-pattern regex
//! (`regex_automata::meta`, a lazy DFA over every pattern at once) compiled once per process
//! finds candidates, leftmost first; each candidate is then confirmed in code by its checksum
//! ([`super::checks`]), by the format predicates of `validate::format` (e-mail, IP), by its
//! shape (phone numbers of the seven languages) or by a cue word before it (an Aho-Corasick
//! automaton over the cue words: "born", "geboren", "BSN", "NIF", ...).
//!
//! A rejected candidate does not hide what follows it: a run of digit groups that is not PII as
//! a whole is tried shorter (its leading groups), then from its next group on. Findings never
//! overlap. Offsets here are byte offsets; the functions convert them to characters.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex_automata::meta::{self, Regex};
use regex_automata::Input;

use super::checks;
use super::kind::{Kind, KindSet};
use crate::validate::format::{is_e164::is_e164, is_email::is_email};

/// One finding, in byte offsets of the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// What each pattern of the multi-pattern regex looks for, in pattern-id order (earlier wins
/// when two match at the same start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pat {
    Email,
    Iban,
    CodiceFiscale,
    DniNie,
    Ipv4,
    Ipv6,
    DateNamed,
    DateNumeric,
    Address,
    Numeric,
}

/// A capitalised word (street and city names), hyphenated parts included ("Champs-Élysées",
/// "Aix-en-Provence").
const CW: &str = r"\p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*";
/// The little words inside street and city names.
const PART: &str = r"(?:(?:de la|de l'|de los|de las|del|della|delle|dello|dei|degli|di|da|do|das|dos|de|la|le|les|du|des|d'|l'|van de|van der|van|von|der|den|am|an der|y|e) ?)";

fn names() -> String {
    format!(r"{PART}?{CW}(?: {PART}?{CW}){{0,3}}")
}

/// Between an address's street and its postcode: a comma, a space or a line break.
const SEP: &str = r"(?:,? ?\r?\n|, | )";

const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|\
jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|\
janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|\
junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|\
settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|\
outubro|novembro|dezembro";

/// The patterns, with what each finds.
fn patterns() -> Vec<(Pat, String)> {
    let n = names();
    let mut p = vec![
        (Pat::Email, r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+".to_string()),
        (Pat::Iban, r"(?-u:\b)[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){10,32}".to_string()),
        (
            Pat::CodiceFiscale,
            r"(?i-u:\b)[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?-u:\b)"
                .to_string(),
        ),
        (Pat::DniNie, r"(?-u:\b)(?:[XYZxyz]-?[0-9]{7}|[0-9]{8})-?[A-Za-z](?-u:\b)".to_string()),
        (Pat::Ipv4, r"(?-u:\b)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}".to_string()),
        (Pat::Ipv6, r"(?i-u)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}".to_string()),
        (
            Pat::DateNamed,
            format!(
                r"(?i)(?-u:\b)(?:[0-9]{{1,2}}(?:st|nd|rd|th|er|º|°|\.)? (?:de )?(?:{MONTHS})\.?,? (?:de )?(?:19|20)[0-9]{{2}}|(?:{MONTHS}) [0-9]{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)[0-9]{{2}})(?-u:\b)"
            ),
        ),
        (
            Pat::DateNumeric,
            r"(?-u:\b)(?:[0-9]{1,2}[./\-][0-9]{1,2}[./\-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})(?-u:\b)"
                .to_string(),
        ),
    ];
    let addresses = [
        // English: number, street, street type, [unit], town, US state and ZIP or UK postcode.
        format!(
            r"[0-9]{{1,5}}[A-Za-z]? {n} (?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Close|Crescent|Square|Parkway|Row|Gardens|Hill)\.?(?:,? (?:Apt|Suite|Unit|Flat)\.? ?#?[0-9A-Za-z]+)?{SEP}{n},? (?:[A-Z]{{2}} [0-9]{{5}}(?:-[0-9]{{4}})?|[A-Z]{{1,2}}[0-9][0-9A-Z]? [0-9][A-Z]{{2}})"
        ),
        // German: street (compound or "Am Markt"), number, [D-|A-|CH-]postcode, town.
        format!(
            r"(?:{CW}(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad)|(?:{CW}[ \-])?(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer)|(?:Am|An der|Auf der|Im|In der|Zum|Zur) {CW}) [0-9]{{1,4}}(?: ?[a-z])?{SEP}(?:D-|A-|CH-)?[0-9]{{4,5}} {CW}(?: (?:am|an der|im) {CW})?"
        ),
        // French: number, street type, name, postcode, town.
        format!(
            r"[0-9]{{1,4}}(?: ?(?:bis|ter))?,? (?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours|route|square|passage) {n}{SEP}(?:F-)?[0-9]{{5}} {CW}(?:[ \-](?:sur|sous|en|le|la|les|de)?[ \-]?{CW}){{0,3}}"
        ),
        // Spanish: street type, name, [nº] number, [floor], postcode, town.
        format!(
            r"(?i:calle|c/|avenida|avda\.?|av\.|plaza|paseo|camino|carretera|ronda|travesía|glorieta) {n},? (?:n[ºo°]\.? ?)?[0-9]{{1,4}}(?:,? [0-9]{{1,2}}[ºª°]?(?: ?[A-Za-z])?)?{SEP}[0-9]{{5}} {CW}(?: {PART}?{CW}){{0,3}}"
        ),
        // Italian: street type, name, number, postcode, town, [province].
        format!(
            r"(?i:via|viale|piazza|piazzale|corso|largo|vicolo|strada|contrada|lungomare) {n},? [0-9]{{1,4}}(?:/?[A-Za-z])?{SEP}(?:I-)?[0-9]{{5}} {CW}(?: {PART}?{CW}){{0,2}}(?: \(?[A-Z]{{2}}\)?)?"
        ),
        // Dutch and Flemish: street (compound), number, postcode (1234 AB or 1234), town.
        format!(
            r"(?:{CW}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|park|dreef|markt|pad)|(?:{CW} )?(?:Straat|Laan|Weg|Plein)) [0-9]{{1,4}}(?: ?[A-Za-z])?(?:-[0-9]+)?{SEP}[0-9]{{4}}(?: ?[A-Z]{{2}})? {CW}(?: {CW})?"
        ),
        // Portuguese: street type, name, [nº] number, [floor], postcode (1234-567, Brazil 12345-678), town.
        format!(
            r"(?i:rua|avenida|av\.|praça|travessa|largo|estrada|alameda|rodovia) {n},? (?:n\.?º ?)?[0-9]{{1,5}}(?:,? [0-9]{{1,2}}º?(?: ?(?:andar|esq\.?|dto\.?|dir\.?|[A-Za-z]))?)?{SEP}[0-9]{{4,5}}-[0-9]{{3}} {CW}(?: {PART}?{CW}){{0,3}}"
        ),
    ];
    p.extend(addresses.into_iter().map(|a| (Pat::Address, a)));
    p.push((Pat::Numeric, r"\+?\(?[0-9][0-9 .()/\-]{4,24}[0-9]".to_string()));
    p
}

/// Cue words, by what they announce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Cue {
    Birth = 1,
    Ssn = 2,
    Bsn = 4,
    Nif = 8,
    SteuerId = 16,
    Phone = 32,
}

const CUES: &[(&str, Cue)] = &[
    ("born", Cue::Birth),
    ("birth", Cue::Birth),
    ("dob", Cue::Birth),
    ("d.o.b", Cue::Birth),
    ("geboren", Cue::Birth),
    ("geburtsdatum", Cue::Birth),
    ("geburtstag", Cue::Birth),
    ("geb.", Cue::Birth),
    ("né ", Cue::Birth),
    ("née", Cue::Birth),
    ("naissance", Cue::Birth),
    ("nacido", Cue::Birth),
    ("nacida", Cue::Birth),
    ("nacimiento", Cue::Birth),
    ("nato ", Cue::Birth),
    ("nata ", Cue::Birth),
    ("nascita", Cue::Birth),
    ("geboortedatum", Cue::Birth),
    ("nascido", Cue::Birth),
    ("nascida", Cue::Birth),
    ("nascimento", Cue::Birth),
    ("nací", Cue::Birth),
    ("nasci ", Cue::Birth),
    ("ssn", Cue::Ssn),
    ("social security", Cue::Ssn),
    ("bsn", Cue::Bsn),
    ("burgerservicenummer", Cue::Bsn),
    ("sofinummer", Cue::Bsn),
    ("nif", Cue::Nif),
    ("contribuinte", Cue::Nif),
    ("número fiscal", Cue::Nif),
    ("numero fiscal", Cue::Nif),
    ("steuer-id", Cue::SteuerId),
    ("steuerid", Cue::SteuerId),
    ("steuer-identifikationsnummer", Cue::SteuerId),
    ("steueridentifikationsnummer", Cue::SteuerId),
    ("identifikationsnummer", Cue::SteuerId),
    ("idnr", Cue::SteuerId),
    ("tel", Cue::Phone),
    ("phone", Cue::Phone),
    ("call", Cue::Phone),
    ("mobile", Cue::Phone),
    ("mobil", Cue::Phone),
    ("cell", Cue::Phone),
    ("handy", Cue::Phone),
    ("portable", Cue::Phone),
    ("móvil", Cue::Phone),
    ("movil", Cue::Phone),
    ("whatsapp", Cue::Phone),
    ("rufnummer", Cue::Phone),
    ("appel", Cue::Phone),
    ("llam", Cue::Phone),
    ("chiam", Cue::Phone),
    ("bel ", Cue::Phone),
    ("ligue", Cue::Phone),
    ("numéro", Cue::Phone),
    ("número", Cue::Phone),
    ("numero", Cue::Phone),
    ("nummer", Cue::Phone),
];

/// How far before a candidate (in bytes) a cue word may end.
const CUE_WINDOW: usize = 48;

/// The compiled scanner.
pub struct Scanner {
    re: Regex,
    pats: Vec<Pat>,
    cues: AhoCorasick,
}

/// What a scan reuses from one text to the next: the regex's search cache.
pub struct Scratch {
    cache: meta::Cache,
}

impl Scanner {
    /// The process-wide scanner, compiled on first use.
    pub fn get() -> &'static Scanner {
        static SCANNER: OnceLock<Scanner> = OnceLock::new();
        SCANNER.get_or_init(Scanner::new)
    }

    fn new() -> Scanner {
        let pats = patterns();
        let sources: Vec<&str> = pats.iter().map(|(_, s)| s.as_str()).collect();
        // The patterns are constants: a failure here is a bug caught by every test.
        #[allow(clippy::expect_used)]
        let re = Regex::builder()
            .configure(Regex::config().match_kind(regex_automata::MatchKind::LeftmostFirst))
            .build_many(&sources)
            .expect("the PII patterns compile");
        #[allow(clippy::expect_used)]
        let cues = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(CUES.iter().map(|(w, _)| w))
            .expect("the cue words compile");
        Scanner { re, pats: pats.into_iter().map(|(p, _)| p).collect(), cues }
    }

    /// A fresh search cache for this scanner.
    pub fn scratch(&self) -> Scratch {
        Scratch { cache: self.re.create_cache() }
    }

    /// The findings of the kinds in `kinds` in `text`, in order, into `out` (cleared first).
    pub fn scan(&self, scratch: &mut Scratch, text: &str, kinds: KindSet, out: &mut Vec<Finding>) {
        out.clear();
        let hay = text.as_bytes();
        let mut pos = 0;
        while pos < hay.len() {
            let input = Input::new(hay).span(pos..hay.len());
            let Some(m) = self.re.search_with(&mut scratch.cache, &input) else { break };
            let (s, e) = (m.start(), m.end());
            let step = match self.pats[m.pattern().as_usize()] {
                Pat::Email => email(text, s, e),
                Pat::Iban => iban(hay, s, e),
                Pat::CodiceFiscale => id_token(hay, s, e, Kind::NationalId, |t| checks::codice_fiscale(&t.to_ascii_uppercase())),
                Pat::DniNie => dni(hay, s, e),
                // Four dotted groups that are no address may be a phone number ("01.23.45.67.89").
                Pat::Ipv4 => match ipv4(text, s, e) {
                    Err(_) => Ok(self.numeric(hay, s, numeric_extent(hay, s))),
                    found => found,
                },
                Pat::Ipv6 => ipv6(text, s, e),
                Pat::DateNamed | Pat::DateNumeric => {
                    let cue = self.cues_before(hay, s) & Cue::Birth as u8 != 0 || self.birth_cue_after(hay, e);
                    if cue && plausible_date(&hay[s..e]) {
                        found(Kind::DateOfBirth, s, e, 0.85)
                    } else {
                        Err(e)
                    }
                }
                Pat::Address => {
                    if bounded(hay, s, e) {
                        found(Kind::Address, s, e, 0.7)
                    } else {
                        Err(e)
                    }
                }
                Pat::Numeric => Ok(self.numeric(hay, s, e)),
            };
            let next = match step {
                Ok(Some(f)) => {
                    if kinds.contains(f.kind) {
                        out.push(f);
                    }
                    f.end
                }
                Ok(None) => self.after_rejected(hay, s, e),
                Err(next) => next,
            };
            pos = if next > s { next } else { next_char(text, s) };
        }
    }

    /// Where to go on after a rejected run of digit groups: its second group (its tail may be a
    /// number of its own), or its end.
    fn after_rejected(&self, hay: &[u8], s: usize, e: usize) -> usize {
        let Some(sep) = hay[s..e].iter().skip(1).position(|c| !c.is_ascii_digit()) else { return e };
        let mut i = s + 1 + sep;
        while i < e && !hay[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// The cue words ending within [`CUE_WINDOW`] bytes before `at`, as a bit set of [`Cue`]s.
    fn cues_before(&self, hay: &[u8], at: usize) -> u8 {
        let from = at.saturating_sub(CUE_WINDOW);
        let window = &hay[from..at];
        let mut found = 0;
        for m in self.cues.find_overlapping_iter(window) {
            // A cue starts a word: "nato" in "senato" is no cue.
            let abs = from + m.start();
            if abs > 0 && is_word_byte(hay[abs - 1]) {
                continue;
            }
            found |= CUES[m.pattern().as_usize()].1 as u8;
        }
        found
    }

    /// A birth cue right after a date, as German puts it ("am 12.03.1985 geboren").
    fn birth_cue_after(&self, hay: &[u8], e: usize) -> bool {
        let to = (e + 12).min(hay.len());
        self.cues.find_overlapping_iter(&hay[e..to]).any(|m| {
            CUES[m.pattern().as_usize()].1 == Cue::Birth && !is_word_byte(hay[e + m.start() - 1])
        })
    }

    /// A run of digit groups: the longest run of its leading groups that is a card, an SSN, a
    /// national id or a phone number; else nothing, and the scan goes on at its second group.
    fn numeric(&self, hay: &[u8], mut s: usize, e: usize) -> Option<Finding> {
        // An opening parenthesis without its closing one belongs to the sentence: "(123-45-6789)".
        if hay[s] == b'(' && !hay[s..e].contains(&b')') {
            s += 1;
        }
        if s > 0 && (is_word_byte(hay[s - 1]) || (matches!(hay[s - 1], b'-' | b'/' | b'.' | b'_') && s > 1 && is_word_byte(hay[s - 2]))) {
            return None;
        }
        let cues = self.cues_before(hay, s);
        // Group ends: after each digit followed by a separator, and the candidate's end.
        let mut end = e;
        loop {
            if let Some(f) = classify_number(&hay[s..end], s, cues) {
                if end == hay.len() || !is_word_byte(hay[end]) {
                    return Some(f);
                }
            }
            // Drop the last group (and the separators before it).
            let Some(cut) = hay[s..end].iter().rposition(|c| !c.is_ascii_digit()) else { return None };
            let mut new_end = s + cut;
            while new_end > s && !hay[new_end - 1].is_ascii_digit() {
                new_end -= 1;
            }
            if new_end <= s {
                return None;
            }
            end = new_end;
        }
    }
}

/// Result of a candidate check: `Ok(Some)` a finding, `Ok(None)` nothing (go on after the
/// candidate), `Err(at)` nothing (go on from `at`).
type Found = std::result::Result<Option<Finding>, usize>;

fn found(kind: Kind, start: usize, end: usize, score: f64) -> Found {
    Ok(Some(Finding { kind, start, end, score }))
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The start of the character after the one at `at`.
fn next_char(text: &str, at: usize) -> usize {
    let mut i = at + 1;
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The end of the run of digits and separators from `s`, as the `Numeric` pattern reads it
/// (at most 26 bytes, ending on a digit).
fn numeric_extent(hay: &[u8], s: usize) -> usize {
    let mut e = s;
    while e < hay.len() && e - s < 26 && (hay[e].is_ascii_digit() || b" .()/-".contains(&hay[e])) {
        e += 1;
    }
    while e > s && !hay[e - 1].is_ascii_digit() {
        e -= 1;
    }
    e
}

/// No letter or digit right before `s` or right after `e`.
fn bounded(hay: &[u8], s: usize, e: usize) -> bool {
    (s == 0 || !is_word_byte(hay[s - 1])) && (e >= hay.len() || !is_word_byte(hay[e]))
}

fn email(text: &str, mut s: usize, mut e: usize) -> Found {
    let b = text.as_bytes();
    while e > s && matches!(b[e - 1], b'.' | b'-') {
        e -= 1;
    }
    while s < e && b[s] == b'.' {
        s += 1;
    }
    if is_email(&text[s..e]) {
        let (s, e) = widen_email(text, s, e);
        found(Kind::Email, s, e, 1.0)
    } else {
        Err(e.max(s + 1))
    }
}

/// The pattern reads addresses in ASCII; where letters of another script touch the matched span
/// (`jérôme@exemple.fr` matches from `me@`), widen it over them, so the whole address is found
/// and redacted, not only its ASCII tail.
fn widen_email(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let local = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    if text[..s].chars().next_back().is_some_and(|c| !c.is_ascii() && c.is_alphanumeric()) {
        while let Some(c) = text[..s].chars().next_back().filter(|c| local(*c)) {
            s -= c.len_utf8();
        }
        while text[s..e].starts_with('.') {
            s += 1;
        }
    }
    let domain = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    if text[e..].chars().next().is_some_and(|c| !c.is_ascii() && c.is_alphanumeric()) {
        while let Some(c) = text[e..].chars().next().filter(|c| domain(*c)) {
            e += c.len_utf8();
        }
        while text[s..e].ends_with(['.', '-']) {
            e -= 1;
        }
    }
    (s, e)
}

/// An IBAN: the country's length of characters (single spaces between groups allowed), mod 97.
fn iban(hay: &[u8], s: usize, e: usize) -> Found {
    let Some(len) = checks::iban_length(&hay[s..s + 2]) else { return Err(e) };
    let mut buf = [0u8; 34];
    let mut n = 0;
    let mut i = s;
    while i < e && n < len {
        match hay[i] {
            b' ' => {}
            c => {
                buf[n] = c;
                n += 1;
            }
        }
        i += 1;
    }
    if n == len && bounded(hay, s, i) && checks::iban_mod97(&buf[..n]) {
        found(Kind::Iban, s, i, 1.0)
    } else {
        // A near miss: its digits are not something else ("0044 0532 ..." is no phone here).
        Err(e)
    }
}

/// A token confirmed by `check` on its characters without separators (upper-cased by `check`).
fn id_token(hay: &[u8], s: usize, e: usize, kind: Kind, check: impl Fn(&[u8]) -> bool) -> Found {
    if check(&hay[s..e]) {
        found(kind, s, e, 1.0)
    } else {
        Err(e)
    }
}

fn dni(hay: &[u8], s: usize, e: usize) -> Found {
    let mut buf = [0u8; 12];
    let mut n = 0;
    for &c in &hay[s..e] {
        if c != b'-' && n < buf.len() {
            buf[n] = c.to_ascii_uppercase();
            n += 1;
        }
    }
    if checks::dni_nie(&buf[..n]) {
        found(Kind::NationalId, s, e, 1.0)
    } else {
        // Not a DNI: its digits may still be something else (a phone number).
        Err(s + usize::from(hay[s].is_ascii_alphabetic()).max(1))
    }
}

fn ipv4(text: &str, s: usize, e: usize) -> Found {
    let b = text.as_bytes();
    let more = e < b.len() && (b[e].is_ascii_alphanumeric() || (b[e] == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_digit)));
    let before = s > 0 && (b[s - 1] == b'.' || is_word_byte(b[s - 1]));
    if !more && !before && Ipv4Addr::from_str(&text[s..e]).is_ok() {
        found(Kind::Ip, s, e, 0.95)
    } else {
        Err(e)
    }
}

fn ipv6(text: &str, s: usize, mut e: usize) -> Found {
    let b = text.as_bytes();
    while e > s + 2 && b[e - 1] == b':' && b[e - 2] != b':' {
        e -= 1;
    }
    let hex = b[s..e].iter().filter(|c| c.is_ascii_hexdigit()).count();
    if hex >= 3 && bounded(b, s, e) && Ipv6Addr::from_str(&text[s..e]).is_ok() {
        found(Kind::Ip, s, e, 0.95)
    } else {
        Err(e.max(s + 1))
    }
}

/// Day and month in range in either order (dd.mm.yyyy or mm/dd/yyyy); named dates pass.
fn plausible_date(d: &[u8]) -> bool {
    let mut nums = [0u32; 3];
    let mut k = 0;
    let mut cur: Option<u32> = None;
    for &c in d.iter().chain(std::iter::once(&b' ')) {
        if c.is_ascii_digit() {
            cur = Some(cur.unwrap_or(0) * 10 + u32::from(c - b'0'));
        } else if let Some(v) = cur.take() {
            if k < 3 {
                nums[k] = v;
            }
            k += 1;
        }
    }
    if k != 3 {
        return true; // named month: the regex fixed its shape
    }
    let [a, b, c] = nums;
    let ok = |day: u32, month: u32| (1..=31).contains(&day) && (1..=12).contains(&month);
    if a > 31 {
        ok(c, b) // yyyy-mm-dd
    } else {
        ok(a, b) || ok(b, a)
    }
}

/// What a run of digits with separators is, if anything. `cues` are the cue words before it.
fn classify_number(c: &[u8], at: usize, cues: u8) -> Option<Finding> {
    let mut digits = [0u8; 32];
    let mut n = 0;
    let mut groups = [0u8; 12];
    let mut g = 0;
    let mut run = 0u8;
    let (mut dashes, mut spaces, mut dots, mut slashes, mut parens) = (0, 0, 0, 0, 0);
    for &b in c {
        if b.is_ascii_digit() {
            if n == digits.len() {
                return None;
            }
            digits[n] = b;
            n += 1;
            run += 1;
        } else {
            if run > 0 {
                if g == groups.len() {
                    return None;
                }
                groups[g] = run;
                g += 1;
                run = 0;
            }
            match b {
                b'-' => dashes += 1,
                b' ' => spaces += 1,
                b'.' => dots += 1,
                b'/' => slashes += 1,
                b'(' | b')' => parens += 1,
                _ => {}
            }
        }
    }
    if run > 0 && g < groups.len() {
        groups[g] = run;
        g += 1;
    }
    let d = &digits[..n];
    let groups = &groups[..g];
    let plus = c[0] == b'+';
    let found = |kind, score| Some(Finding { kind, start: at, end: at + c.len(), score });
    // (shadows the module's `found`: here a finding is an Option)
    let cue = |k: Cue| cues & k as u8 != 0;
    let num = |r: &[u8]| r.iter().fold(0u32, |a, x| a * 10 + u32::from(x - b'0'));

    // US SSN: 123-45-6789 (spaces or no separators only after "SSN").
    if !plus && n == 9 && slashes + dots + parens == 0 {
        let shaped = groups == [3, 2, 4] && (spaces == 0 || cue(Cue::Ssn)) || (g == 1 && cue(Cue::Ssn));
        if shaped && checks::ssn_ranges(num(&d[..3]), num(&d[3..5]), num(&d[5..])) {
            return found(Kind::Ssn, 0.85);
        }
    }
    // Payment cards: spaces or dashes between groups only.
    if !plus && slashes + dots + parens == 0 && checks::is_card(d) {
        return found(Kind::Card, 1.0);
    }
    if !plus && slashes + dots + parens + dashes == 0 {
        if checks::nir(d) {
            return found(Kind::NationalId, 1.0);
        }
        if n == 9 && cue(Cue::Bsn) && checks::bsn(d) {
            return found(Kind::NationalId, 0.95);
        }
        if n == 9 && cue(Cue::Nif) && checks::nif_pt(d) {
            return found(Kind::NationalId, 0.95);
        }
        if n == 11 && cue(Cue::SteuerId) && checks::steuer_id(d) {
            return found(Kind::NationalId, 0.95);
        }
    }
    if slashes > 1 || parens > 2 || (dots > 0 && (spaces > 0 || dashes > 0)) {
        return None;
    }
    if is_phone(d, groups, plus, parens > 0, cue(Cue::Phone)) {
        return found(Kind::Phone, if cue(Cue::Phone) { 0.9 } else { 0.75 });
    }
    None
}

/// Phone numbers: E.164 (`+` or `00`), the national forms with a trunk `0` (de, fr, it, nl,
/// uk: 9 to 12 digits), and the forms without one: Spanish and Portuguese 9 digits, Italian
/// mobiles (3xx, 10 digits), North American 10 digits; those last need separators or a cue.
fn is_phone(d: &[u8], groups: &[u8], plus: bool, parens: bool, cue: bool) -> bool {
    let n = d.len();
    let mut e164 = [0u8; 17];
    if plus || (n > 2 && d[0] == b'0' && d[1] == b'0') {
        let body = if plus { d } else { &d[2..] };
        if body.len() + 1 > e164.len() || body.len() < 8 {
            return false;
        }
        e164[0] = b'+';
        e164[1..=body.len()].copy_from_slice(body);
        return std::str::from_utf8(&e164[..=body.len()]).is_ok_and(is_e164);
    }
    // Groups of one digit only are not how numbers are written (except "0 800" and "6 12").
    if groups.iter().skip(1).any(|&g| g < 2) {
        return false;
    }
    let separated = groups.len() > 1 || parens;
    if d[0] == b'0' {
        return d[1] != b'0' && (9..=12).contains(&n) && (separated || n >= 10 || cue);
    }
    let shaped = separated || cue;
    match n {
        9 => matches!(d[0], b'6' | b'7' | b'8' | b'9' | b'2') && shaped,
        10 => (d[0] == b'3' || (b'2'..=b'9').contains(&d[0])) && shaped && (d[0] != b'1'),
        11 => d[0] == b'1' && separated,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        let sc = Scanner::get();
        let mut scratch = sc.scratch();
        let mut out = Vec::new();
        sc.scan(&mut scratch, text, KindSet::ALL, &mut out);
        out.iter().map(|f| (f.kind.name(), text[f.start..f.end].to_string())).collect()
    }

    #[test]
    fn finds_each_kind() {
        let t = "Mail anna.mueller84@web.de or call +49 151 23456789, IBAN DE89 3704 0044 0532 0130 00, \
                 card 4111 1111 1111 1111, ip 192.168.1.20, ssn 123-45-6789, DNI 12345678Z, \
                 born on 12.03.1985, Hauptstraße 12, 10115 Berlin.";
        let k = kinds(t);
        let names: Vec<&str> = k.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            ["email", "phone", "iban", "card", "ip", "ssn", "national_id", "date_of_birth", "address"],
            "{k:?}"
        );
        assert_eq!(k[1].1, "+49 151 23456789");
        assert_eq!(k[2].1, "DE89 3704 0044 0532 0130 00");
        assert_eq!(k[8].1, "Hauptstraße 12, 10115 Berlin");
    }

    #[test]
    fn internationalised_addresses_are_found_whole() {
        assert_eq!(kinds("Écrivez à jérôme@exemple.fr, merci."), [("email", "jérôme@exemple.fr".to_string())]);
        assert_eq!(kinds("mail: zoë.ångström@post.dk"), [("email", "zoë.ångström@post.dk".to_string())]);
        assert_eq!(kinds("an anna@mail.müller.de."), [("email", "anna@mail.müller.de".to_string())]);
        assert_eq!(kinds("(anna@web.de)"), [("email", "anna@web.de".to_string())]);
    }

    #[test]
    fn near_misses_are_refused() {
        assert!(kinds("card 4111 1111 1111 1112 please").is_empty(), "{:?}", kinds("card 4111 1111 1111 1112"));
        assert!(kinds("IBAN DE89 3704 0044 0532 0130 01").is_empty());
        assert!(kinds("DNI 12345678A").is_empty());
        assert!(kinds("on 12.03.1985 we shipped").is_empty());
        assert!(kinds("order 12345 shipped at 10:30:00").is_empty());
    }

    #[test]
    fn national_phone_forms() {
        for p in ["06 12 34 56 78", "0151 23456789", "030/1234567", "612 345 678", "333 123 4567", "(555) 123-4567", "06-12345678", "020 7946 0958"] {
            let t = format!("Tel. {p}.");
            assert_eq!(kinds(&t), [("phone", p.to_string())], "{p}");
        }
    }
}
