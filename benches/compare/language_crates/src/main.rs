//! whatlang and lingua side by side on lines of known language, one thread: per language, the
//! share of lines each detector names correctly (a line it leaves undecided counts as wrong), and
//! the lines per second over all of them. Input: the TSV of benches/compare/language_lines.py.
//! Output: one JSON object per (detector, split, source, lang), then one per detector with the
//! timing.
//!
//!     cargo run --release --manifest-path benches/compare/language_crates/Cargo.toml -- LINES.tsv

use std::collections::BTreeMap;
use std::time::Instant;

use lingua::Language as L;
use whatlang::Lang as W;

/// The EU and EEA languages privsql generates that each crate knows (Maltese in neither;
/// Irish and Icelandic only in lingua), with privsql's code.
const LINGUA_EU: &[(L, &str)] = &[
    (L::Bulgarian, "bg"), (L::Czech, "cs"), (L::Danish, "da"), (L::German, "de"), (L::Greek, "el"),
    (L::English, "en"), (L::Spanish, "es"), (L::Estonian, "et"), (L::Finnish, "fi"), (L::French, "fr"),
    (L::Irish, "ga"), (L::Croatian, "hr"), (L::Hungarian, "hu"), (L::Icelandic, "is"), (L::Italian, "it"),
    (L::Lithuanian, "lt"), (L::Latvian, "lv"), (L::Dutch, "nl"), (L::Bokmal, "no"), (L::Nynorsk, "no"),
    (L::Polish, "pl"), (L::Portuguese, "pt"), (L::Romanian, "ro"), (L::Slovak, "sk"), (L::Slovene, "sl"),
    (L::Swedish, "sv"),
];
const WHATLANG_EU: &[(W, &str)] = &[
    (W::Bul, "bg"), (W::Ces, "cs"), (W::Dan, "da"), (W::Deu, "de"), (W::Ell, "el"), (W::Eng, "en"),
    (W::Spa, "es"), (W::Est, "et"), (W::Fin, "fi"), (W::Fra, "fr"), (W::Hrv, "hr"), (W::Hun, "hu"),
    (W::Ita, "it"), (W::Lit, "lt"), (W::Lav, "lv"), (W::Nld, "nl"), (W::Nob, "no"), (W::Pol, "pl"),
    (W::Por, "pt"), (W::Ron, "ro"), (W::Slk, "sk"), (W::Slv, "sl"), (W::Swe, "sv"),
];

fn lingua_code(l: L) -> String {
    LINGUA_EU.iter().find(|(x, _)| *x == l).map(|(_, c)| c.to_string()).unwrap_or_else(|| l.iso_code_639_1().to_string())
}
fn whatlang_code(w: W) -> String {
    WHATLANG_EU.iter().find(|(x, _)| *x == w).map(|(_, c)| c.to_string()).unwrap_or_else(|| w.code().to_string())
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: language-crates LINES.tsv");
    let text = std::fs::read_to_string(path).expect("read lines");
    let rows: Vec<(&str, &str, &str, &str)> = text
        .lines()
        .filter_map(|l| {
            let mut it = l.splitn(4, '\t');
            Some((it.next()?, it.next()?, it.next()?, it.next()?))
        })
        .collect();
    let eu: Vec<L> = LINGUA_EU.iter().map(|(l, _)| *l).collect();
    let wl = whatlang::Detector::with_allowlist(WHATLANG_EU.iter().map(|(w, _)| *w).collect());
    let wall = whatlang::Detector::new();
    let t = Instant::now();
    let lingua_eu = lingua::LanguageDetectorBuilder::from_languages(&eu).with_preloaded_language_models().build();
    let lingua_eu_load = t.elapsed().as_secs_f64();
    let lingua_eu_low = lingua::LanguageDetectorBuilder::from_languages(&eu).with_low_accuracy_mode().with_preloaded_language_models().build();
    let t = Instant::now();
    let lingua_all = lingua::LanguageDetectorBuilder::from_all_languages().with_preloaded_language_models().build();
    let lingua_all_load = t.elapsed().as_secs_f64();
    type Det<'a> = Box<dyn Fn(&str) -> String + 'a>;
    let detectors: Vec<(&str, f64, Det)> = vec![
        ("whatlang (EU allowlist)", 0.0, Box::new(|s| wl.detect(s).map(|i| whatlang_code(i.lang())).unwrap_or_default())),
        ("whatlang (all 70)", 0.0, Box::new(|s| wall.detect(s).map(|i| whatlang_code(i.lang())).unwrap_or_default())),
        ("lingua (EU 26)", lingua_eu_load, Box::new(|s| lingua_eu.detect_language_of(s).map(lingua_code).unwrap_or_default())),
        ("lingua (EU 26, low accuracy)", 0.0, Box::new(|s| lingua_eu_low.detect_language_of(s).map(lingua_code).unwrap_or_default())),
        ("hybrid (whatlang when reliable, else lingua EU 26)", 0.0, Box::new(|s| match wl.detect(s) {
            Some(i) if i.is_reliable() => whatlang_code(i.lang()),
            _ => lingua_eu.detect_language_of(s).map(lingua_code).unwrap_or_default(),
        })),
        ("hybrid 0.9", 0.0, Box::new(|s| match wl.detect(s) {
            Some(i) if i.confidence() >= 0.9 => whatlang_code(i.lang()),
            _ => lingua_eu.detect_language_of(s).map(lingua_code).unwrap_or_default(),
        })),
        ("lingua (all 75)", lingua_all_load, Box::new(|s| lingua_all.detect_language_of(s).map(lingua_code).unwrap_or_default())),
    ];
    for (name, load, det) in &detectors {
        if name.starts_with("lingua (all") || name.contains("low accuracy") { continue; }
        let mut by: BTreeMap<(&str, &str, &str), (u32, u32)> = BTreeMap::new();
        let mut per_source: BTreeMap<&str, f64> = BTreeMap::new();
        let t = Instant::now();
        let mut bytes = 0usize;
        for (split, source, lang, s) in &rows {
            bytes += s.len();
            let t0 = Instant::now();
            let got = det(s);
            *per_source.entry(source).or_default() += t0.elapsed().as_secs_f64();
            let e = by.entry((split, source, lang)).or_default();
            e.0 += 1;
            e.1 += (got == *lang) as u32;
        }
        let secs = t.elapsed().as_secs_f64();
        for ((split, source, lang), (n, ok)) in &by {
            println!(r#"{{"detector":"{name}","split":"{split}","source":"{source}","lang":"{lang}","rows":{n},"correct":{ok}}}"#);
        }
        for (source, secs) in &per_source {
            println!(r#"{{"detector":"{name}","source_seconds":"{source}","seconds":{secs:.3}}}"#);
        }
        println!(r#"{{"detector":"{name}","rows":{},"seconds":{secs:.3},"rows_per_s":{:.0},"mb_per_s":{:.2},"load_s":{load:.2}}}"#,
            rows.len(), rows.len() as f64 / secs, bytes as f64 / secs / 1e6);
    }
}
