#!/usr/bin/env python3
"""privsql's detect_language beside langdetect (PyPI, a port of Google's language-detection) on
the same held-out real lines, per language and per source, with lines per second on one core.

    scripts/install-python-text.sh
    cargo build --release --bin privsql
    python3 benches/compare/language_vs_peers.py [--privsql target/release/privsql] [--crates]

- Lines: benches/compare/language_lines.py, split `test` (the lines detect_language's threshold
  was not chosen on): the ChatterBot corpus (7 languages), the Debian fortunes (en de es it pt),
  Django's messages and translations (the EU and EEA languages but Maltese), at most 1500 lines per
  (source, language) before the split.
- privsql: `SELECT detect_language(text, 0)` over the lines in Parquet, one partition
  (PRIVSQL_ENGINE__TARGET_PARTITIONS=1); the time of the same query without the function is
  subtracted. A line counts as correct when the best guess is its language (threshold 0, so
  `und` never hides a guess), and the share left `und` at the default threshold is printed too.
- langdetect: `detect_langs` with a fixed seed, restricted to nothing (it knows 55 languages;
  Norwegian is `no`), one line at a time.
- --crates also runs benches/compare/language_crates (whatlang, lingua and the combination
  privsql uses, on the same lines; `cargo run --release`, its own target directory).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import language_lines  # noqa: E402


def run_privsql(privsql, parquet, expr):
    sql = (f"SELECT source, lang, {expr} AS got, count(*) AS n FROM '{parquet}' GROUP BY 1, 2, 3")
    env = dict(os.environ, PRIVSQL_ENGINE__TARGET_PARTITIONS="1")
    t = time.perf_counter()
    out = subprocess.run(privsql.split() + ["-q", "--format", "ndjson", "-c", sql], env=env,
                         capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - t, [json.loads(l) for l in out.splitlines() if l.strip()]


def table(title, correct, total, seconds, rows):
    print(f"\n## {title}: {sum(correct.values()) / max(1, sum(total.values())):.3f} overall, "
          f"{rows / seconds:,.0f} lines/s")
    print("| lang | lines | accuracy |")
    print("|---|---:|---:|")
    for k in sorted(total):
        print(f"| {k} | {total[k]} | {correct[k] / total[k]:.3f} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--privsql", default=str(ROOT / "target/release/privsql"))
    ap.add_argument("--crates", action="store_true", help="also run benches/compare/language_crates")
    ap.add_argument("--per-group", type=int, default=1500)
    args = ap.parse_args()
    lines = [r for r in language_lines.lines(args.per_group) if r[0] == "test"]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        import pyarrow as pa
        import pyarrow.parquet as pq
        parquet = Path(tmp) / "lines.parquet"
        cols = list(zip(*lines))
        pq.write_table(pa.table({k: list(v) for k, v in zip(["split", "source", "lang", "text"], cols)}), parquet)
        base, _ = run_privsql(args.privsql, parquet, "'x'")
        secs, rows = run_privsql(args.privsql, parquet, "detect_language(text, 0)['lang']")
        _, und = run_privsql(args.privsql, parquet, "detect_language(text)['lang'] = 'und'")
        c, t, cs, ts = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)
        for r in rows:
            t[r["lang"]] += r["n"]
            ts[r["source"]] += r["n"]
            if r["got"] == r["lang"]:
                c[r["lang"]] += r["n"]
                cs[r["source"]] += r["n"]
        results["privsql"] = (c, t, cs, ts, max(secs - base, 1e-9))
        und_share = sum(r["n"] for r in und if r["got"]) / len(lines)
        if args.crates:
            tsv = Path(tmp) / "lines.tsv"
            tsv.write_text("".join("\t".join(r) + "\n" for r in lines), encoding="utf-8")
            manifest = Path(__file__).resolve().parent / "language_crates" / "Cargo.toml"
            target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target")) + "/language-crates"
            out = subprocess.run(["cargo", "run", "-q", "--release", "--manifest-path", str(manifest), "--", str(tsv)],
                                 env=dict(os.environ, CARGO_TARGET_DIR=target), capture_output=True, text=True,
                                 check=True).stdout
            print("\n## language_crates (whatlang, lingua, combined)\n" + out)

    from langdetect import DetectorFactory, detect
    DetectorFactory.seed = 0
    c, t, cs, ts = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)
    start = time.perf_counter()
    for _, source, lang, text in lines:
        try:
            got = detect(text)
        except Exception:  # langdetect raises on a text without features
            got = "und"
        got = {"nb": "no", "nn": "no"}.get(got, got)
        t[lang] += 1
        ts[source] += 1
        if got == lang:
            c[lang] += 1
            cs[source] += 1
    results["langdetect"] = (c, t, cs, ts, time.perf_counter() - start)

    for name, (c, t, cs, ts, secs) in results.items():
        table(name, c, t, secs, len(lines))
        print("by source: " + ", ".join(f"{s} {cs[s] / ts[s]:.3f}" for s in sorted(ts)))
    print(f"\nprivsql leaves {und_share:.3%} of the lines `und` at its default threshold")


if __name__ == "__main__":
    main()
