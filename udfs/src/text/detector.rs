//! The language detector behind `detect_language`, built once per process: whatlang answers
//! when it calls its own answer reliable (long or distinctive text, 9,000+ lines/s), lingua's
//! n-gram models for the 26 EU and EEA languages privsql generates (Maltese excepted, which neither
//! crate knows) answer the rest. On held-out real text this is as accurate as lingua alone and
//! about twice as fast; whatlang alone is 15 to 25 points less accurate on short text
//! (docs/text.md has the figures and the command).
//!
//! Both detectors are restricted to the same languages: every language privsql generates that
//! lingua has, which is also what keeps lingua's share of the binary to those 26 models (about
//! 150 MB of n-gram tables). Without the crate feature `lingua` whatlang answers alone.

use std::sync::OnceLock;

#[cfg(feature = "lingua")]
use lingua::{Language as L, LanguageDetector as Lingua, LanguageDetectorBuilder};
use whatlang::{Detector as Whatlang, Lang as W};

/// The characters of a text that are looked at: the detectors' accuracy no longer grows past a
/// few hundred, and a 1 MB text costs what its first part does.
pub const MAX_CHARS: usize = 1000;

#[cfg(feature = "lingua")]
/// lingua's languages with privsql's code (ISO 639-1; Norwegian Bokmål and Nynorsk are `no`, as
/// the generator writes them).
const LINGUA: &[(L, &str)] = &[
    (L::Bulgarian, "bg"), (L::Czech, "cs"), (L::Danish, "da"), (L::German, "de"), (L::Greek, "el"),
    (L::English, "en"), (L::Spanish, "es"), (L::Estonian, "et"), (L::Finnish, "fi"), (L::French, "fr"),
    (L::Irish, "ga"), (L::Croatian, "hr"), (L::Hungarian, "hu"), (L::Icelandic, "is"), (L::Italian, "it"),
    (L::Lithuanian, "lt"), (L::Latvian, "lv"), (L::Dutch, "nl"), (L::Bokmal, "no"), (L::Nynorsk, "no"),
    (L::Polish, "pl"), (L::Portuguese, "pt"), (L::Romanian, "ro"), (L::Slovak, "sk"), (L::Slovene, "sl"),
    (L::Swedish, "sv"),
];

/// whatlang's languages among those (it has no Irish or Icelandic).
const WHATLANG: &[(W, &str)] = &[
    (W::Bul, "bg"), (W::Ces, "cs"), (W::Dan, "da"), (W::Deu, "de"), (W::Ell, "el"), (W::Eng, "en"),
    (W::Spa, "es"), (W::Est, "et"), (W::Fin, "fi"), (W::Fra, "fr"), (W::Hrv, "hr"), (W::Hun, "hu"),
    (W::Ita, "it"), (W::Lit, "lt"), (W::Lav, "lv"), (W::Nld, "nl"), (W::Nob, "no"), (W::Pol, "pl"),
    (W::Por, "pt"), (W::Ron, "ro"), (W::Slk, "sk"), (W::Slv, "sl"), (W::Swe, "sv"),
];

/// The codes `detect_language` can return (besides `und`), sorted.
pub fn codes() -> Vec<&'static str> {
    #[cfg(feature = "lingua")]
    let mut c: Vec<&str> = LINGUA.iter().map(|(_, c)| *c).collect();
    #[cfg(not(feature = "lingua"))]
    let mut c: Vec<&str> = WHATLANG.iter().map(|(_, c)| *c).collect();
    c.sort_unstable();
    c.dedup();
    c
}

/// whatlang, then lingua.
pub struct LanguageDetector {
    fast: Whatlang,
    #[cfg(feature = "lingua")]
    full: Lingua,
}

impl std::fmt::Debug for LanguageDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LanguageDetector(whatlang, lingua)")
    }
}

/// The process's detector (lingua loads a language's models when it first needs them).
pub fn detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    DETECTOR.get_or_init(|| LanguageDetector {
        fast: Whatlang::with_allowlist(WHATLANG.iter().map(|(w, _)| *w).collect()),
        #[cfg(feature = "lingua")]
        full: LanguageDetectorBuilder::from_languages(&LINGUA.iter().map(|(l, _)| *l).collect::<Vec<_>>()).build(),
    })
}

impl LanguageDetector {
    /// The language of `text` and the detector's confidence in it (0 to 1); `None` for a text
    /// without a letter or whose visible characters are mostly not letters.
    pub fn detect(&self, text: &str) -> Option<(&'static str, f64)> {
        let text = match text.char_indices().nth(MAX_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        // Binary-ish or symbol-heavy text (most visible characters not letters) has no language.
        let (mut letters, mut visible) = (0usize, 0usize);
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            visible += 1;
            letters += c.is_alphabetic() as usize;
        }
        if letters == 0 || letters * 2 < visible {
            return None;
        }
        let fast = self.fast.detect(text).and_then(|info| {
            let code = WHATLANG.iter().find(|(w, _)| *w == info.lang())?.1;
            Some((code, info.confidence(), info.is_reliable()))
        });
        #[cfg(not(feature = "lingua"))]
        return fast.map(|(code, confidence, _)| (code, confidence));
        #[cfg(feature = "lingua")]
        {
            if let Some((code, confidence, true)) = fast {
                return Some((code, confidence));
            }
            self.lingua(text)
        }
    }

    /// lingua's best language and its confidence.
    #[cfg(feature = "lingua")]
    fn lingua(&self, text: &str) -> Option<(&'static str, f64)> {
        let values = self.full.compute_language_confidence_values(text);
        let (lang, confidence) = values.first()?;
        let code = LINGUA.iter().find(|(l, _)| l == lang).map(|(_, c)| *c)?;
        // lingua sums in hash-map order, so the last bits vary from call to call: six decimals
        // make the result reproducible.
        Some((code, (confidence * 1e6).round() / 1e6))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "lingua")]
    fn every_generated_language_but_maltese_is_known() {
        assert_eq!(codes().len(), 25);
        for (code, text) in [
            ("en", "Please delete my account and all the data you hold about me."),
            ("de", "Bitte löschen Sie mein Konto und alle Daten, die Sie über mich gespeichert haben."),
            ("fr", "Merci de supprimer mon compte et toutes les données que vous avez sur moi."),
            ("ga", "Scrios mo chuntas agus na sonraí go léir atá agaibh fúm, le do thoil."),
            ("is", "Vinsamlegast eyðið reikningnum mínum og öllum gögnum sem þið hafið um mig."),
        ] {
            assert_eq!(detector().detect(text).map(|(c, _)| c), Some(code), "{text}");
        }
        assert_eq!(detector().detect("1234 !!! ---"), None);
    }
}
