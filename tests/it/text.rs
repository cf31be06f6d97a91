//! The text functions on real text: detect_language's accuracy on held-out lines written by
//! people, and the calibration-by-clarity script's figures.

use crate::util::Privsql;

/// Per-language accuracy floors of detect_language's best guess on the held-out `test` split of
/// benches/compare/language_lines.py (lines the threshold was not chosen on), set from the
/// measurement in docs/text.md less a margin. Short UI strings (Django) are the hard part:
/// Danish, Norwegian and Swedish are close to each other, as are Croatian, Slovak and Slovene.
const FLOORS: &[(&str, f64)] = &[
    ("bg", 0.85), ("cs", 0.65), ("da", 0.45), ("de", 0.88), ("el", 0.85), ("en", 0.82), ("es", 0.85),
    ("et", 0.70), ("fi", 0.72), ("fr", 0.70), ("ga", 0.80), ("hr", 0.55), ("hu", 0.75), ("is", 0.72),
    ("it", 0.82), ("lt", 0.75), ("lv", 0.75), ("nl", 0.75), ("no", 0.58), ("pl", 0.72), ("pt", 0.80),
    ("ro", 0.65), ("sk", 0.65), ("sl", 0.65), ("sv", 0.58),
];

/// detect_language names the language of real lines (ChatterBot dialogue, Debian fortunes,
/// Django's translated messages; scripts/install-python-text.sh fetches them) at least as often
/// as the floors say, in every language privsql generates but Maltese; long text (the fortunes)
/// at least 95% of the time.
#[test]
fn detect_language_is_accurate_on_held_out_real_text() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let lines = dir.path().join("lines.parquet");
    let out = std::process::Command::new("python3")
        .arg(root.join("benches/compare/language_lines.py"))
        .arg(&lines)
        .args(["--per-group", "300", "--split", "test"])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "language_lines.py failed (scripts/install-python-text.sh installs what it needs):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sql = format!(
        "SELECT lang, source, count(*) AS n, sum(CASE WHEN detect_language(text, 0)['lang'] = lang THEN 1 ELSE 0 END) AS ok \
         FROM '{}' GROUP BY 1, 2 ORDER BY 1, 2",
        lines.display()
    );
    let r = Privsql::new().args(["-q", "--format", "ndjson", "-c", &sql]).run().success();
    let mut by_lang: std::collections::BTreeMap<String, (u64, u64)> = Default::default();
    let mut by_source: std::collections::BTreeMap<String, (u64, u64)> = Default::default();
    for line in r.stdout.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let (n, ok) = (v["n"].as_u64().unwrap(), v["ok"].as_u64().unwrap());
        for (map, key) in [(&mut by_lang, "lang"), (&mut by_source, "source")] {
            let e = map.entry(v[key].as_str().unwrap().to_string()).or_default();
            e.0 += n;
            e.1 += ok;
        }
    }
    let report = format!("{by_lang:?}\n{by_source:?}");
    for (lang, floor) in FLOORS {
        let (n, ok) = by_lang.get(*lang).copied().unwrap_or_else(|| panic!("no {lang} lines: {report}"));
        assert!(n >= 50, "{lang}: only {n} lines: {report}");
        let acc = ok as f64 / n as f64;
        assert!(acc >= *floor, "{lang}: accuracy {acc:.3} below {floor}: {report}");
    }
    let (n, ok) = by_source["fortunes"];
    assert!(ok as f64 / n as f64 >= 0.95, "fortunes: {ok}/{n}: {report}");
}

/// sql/calibration_by_clarity.sql prints one row per clarity level; the classifier is right
/// most often on explicit requests and least confident on mixed ones.
#[test]
fn calibration_by_clarity_follows_the_levels() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let r = Privsql::new()
        .cwd(root)
        .args(["-q", "--format", "ndjson", "-f", "sql/calibration_by_clarity.sql"])
        .run()
        .success();
    let rows: Vec<serde_json::Value> =
        r.stdout.lines().filter(|l| l.contains("clarity")).map(|l| serde_json::from_str(l).unwrap()).collect();
    let level = |name: &str| rows.iter().find(|v| v["clarity"] == name).unwrap_or_else(|| panic!("{name}: {rows:?}"));
    let f = |name: &str, key: &str| level(name)[key].as_f64().unwrap();
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(f("explicit", "accuracy") > f("mixed", "accuracy"), "{rows:?}");
    assert!(f("explicit", "mean_confidence") > f("mixed", "mean_confidence"), "{rows:?}");
    assert!(f("explicit", "accuracy") > 0.8, "{rows:?}");
}
