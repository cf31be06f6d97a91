#!/usr/bin/env python3
"""Real text with a known language, for measuring language identification (detect_language and
its peers): the ChatterBot corpus's dialogue lines (7 languages), the Debian fortunes (en de es it
pt) and Django's messages and their translations (the EU and EEA languages but Maltese), read by
scripts/intent_training/real_text.py from ~/.cache/privsql/real-text.

Each line is put in split `tune` or `test` by a hash of its text (30% / 70%), so the lines
detect_language's thresholds were chosen on are never the ones its accuracy is reported on.

    python3 benches/compare/language_lines.py OUT.tsv|OUT.parquet [--per-group 1500] [--split test]
writes `split<TAB>source<TAB>lang<TAB>text` (whitespace runs in the text made one space), or a
Parquet file with those four columns; --split keeps only `tune` or `test` lines.
"""
import argparse
import hashlib
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "intent_training"))
import real_text  # noqa: E402

SEED = 20261206


def split_of(text):
    """`tune` for 30% of texts, `test` for the rest, by a stable hash of the text."""
    return "tune" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 10 < 3 else "test"


def lines(per_group=1500):
    """[(split, source, lang, text)], at most per_group lines per (source, lang), seeded."""
    real_text.fetch()
    rng = random.Random(SEED)
    groups = {}
    for lang, _, text in real_text.chatterbot_lines():
        groups.setdefault(("chatterbot", lang), []).append(text)
    for lang in real_text.FORTUNES:
        groups[("fortunes", lang)] = real_text._fortunes(lang, rng)
    for lang in ("en", *real_text.DJANGO_LANGS):
        # Django's messages with a word in them (not bare placeholders or "%s").
        groups[("django", lang)] = [t for t in real_text._django(lang) if sum(c.isalpha() for c in t) >= 3]
    out = []
    for (source, lang), texts in sorted(groups.items()):
        texts = sorted(set(" ".join(t.split()) for t in texts))
        rng.shuffle(texts)
        out += [(split_of(t), source, lang, t) for t in texts[:per_group]]
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--per-group", type=int, default=1500, help="lines per (source, language) before the split")
    ap.add_argument("--split", choices=["tune", "test"], help="keep only this split")
    args = ap.parse_args()
    rows = [r for r in lines(args.per_group) if args.split in (None, r[0])]
    if args.out.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq
        cols = list(zip(*rows)) or [[], [], [], []]
        pq.write_table(pa.table({k: list(v) for k, v in zip(["split", "source", "lang", "text"], cols)}), args.out)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            for row in rows:
                f.write("\t".join(row) + "\n")
