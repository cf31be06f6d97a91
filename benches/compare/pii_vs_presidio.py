#!/usr/bin/env python3
"""privsql's find_pii against Microsoft Presidio's analyzer: precision, recall and F1 per kind
on two labelled sets, and rows per second on one core.

Sets:
  * synthetic: privsql's synthetic_pii(ROWS, SEED), messages in en, de, fr, es, it, nl, pt with
    planted PII at known character offsets;
  * hand-written: tests/data/pii/handwritten.jsonl (written by hand, offsets from marked spans by
    scripts/pii_handwritten.py), to check the detector was not tuned to the generator.

Presidio (presidio-analyzer from PyPI, scripts/install-python-pii.sh): its spaCy models come
from a model hub, not from PyPI, so Presidio runs on a *blank* spaCy pipeline: only its pattern
and checksum recognizers work (no NER: no PERSON, LOCATION, so no addresses). Every predefined
recognizer is registered for language "en" (the texts are analysed as "en"; the recognizers are
regular expressions and checksums, the context words English), the country ones too (ES_NIF,
ES_NIE, IT_FISCAL_CODE, ...), and the phone recognizer gets the regions of our seven languages.
Presidio's default score threshold (0) is kept. Entities without a privsql kind are ignored.

A finding counts when a labelled span of the same kind overlaps it by at least half of their
union (one finding per label); tests/it/privacy.rs scores the same way.

Speed: each side on one core (taskset -c 0; privsql with PRIVSQL_ENGINE__TARGET_PARTITIONS=1),
over the same synthetic texts; privsql's time is the difference between a run that scans
(sum(cardinality(find_pii(text)))) and one that only reads the texts (sum(length(text))), both
over a table in memory, so start-up and generation are not counted.

Usage: pii_vs_presidio.py --privsql target/release/privsql [--rows 5000] [--speed-rows 200000]
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

ROOT = Path(__file__).resolve().parents[2]
KINDS = ["email", "phone", "iban", "card", "ip", "ssn", "national_id", "date_of_birth", "address"]
PRESIDIO_KIND = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "IBAN_CODE": "iban",
    "CREDIT_CARD": "card",
    "IP_ADDRESS": "ip",
    "US_SSN": "ssn",
    "DATE_TIME": "date_of_birth",
    "ES_NIF": "national_id",
    "ES_NIE": "national_id",
    "IT_FISCAL_CODE": "national_id",
    "NL_BSN": "national_id",
    "FR_NIR": "national_id",
    "DE_TAX_ID": "national_id",
    "PT_NIF": "national_id",
    "LOCATION": "address",
}


def privsql(binary, sql, cpu0=False, env_extra=None):
    env = dict(os.environ, PRIVSQL_ENGINE__TARGET_PARTITIONS="1", **(env_extra or {}))
    cmd = (["taskset", "-c", "0"] if cpu0 else []) + [binary, "-q", "-c", sql]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"privsql failed: {r.stderr}")
    return r.stdout, elapsed


def synthetic_set(binary, rows, seed, out):
    privsql(binary, f"COPY (SELECT id, language, text, pii FROM synthetic_pii({rows}, {seed}) ORDER BY id) "
                    f"TO '{out}' STORED AS JSON")
    return [json.loads(l) for l in Path(out).read_text(encoding="utf-8").splitlines() if l]


def privsql_find(binary, texts, work):
    src = Path(work) / "texts.jsonl"
    src.write_text("".join(json.dumps({"i": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                   encoding="utf-8")
    out = Path(work) / "found.jsonl"
    privsql(binary, f"CREATE EXTERNAL TABLE t STORED AS JSON LOCATION '{src}'; "
                    f"COPY (SELECT i, find_pii(text) AS f FROM t ORDER BY i) TO '{out}' STORED AS JSON")
    found = [[] for _ in texts]
    for l in out.read_text(encoding="utf-8").splitlines():
        r = json.loads(l)
        found[r["i"]] = [(f["kind"], f["start"], f["end"]) for f in (r.get("f") or [])]
    return found


def presidio_engine():
    # Presidio's e-mail recognizer asks tldextract for the public suffix list, which it fetches
    # from the network; use the snapshot tldextract ships instead.
    import tldextract
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer import predefined_recognizers as pr

    blank = Path(tempfile.mkdtemp()) / "blank_en"
    spacy.blank("en").to_disk(blank)
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": str(blank)}])
    registry = RecognizerRegistry(supported_languages=["en"])
    names = []
    for name in dir(pr):
        cls = getattr(pr, name)
        if not (isinstance(cls, type) and name.endswith("Recognizer")):
            continue
        if name in ("SpacyRecognizer", "TransformersRecognizer", "StanzaRecognizer", "GLiNERRecognizer",
                    "AzureAILanguageRecognizer", "PhoneRecognizer") or "Ner" in name:
            continue
        try:
            rec = cls(supported_language="en")
        except Exception:
            continue
        registry.add_recognizer(rec)
        names.append(name)
    registry.add_recognizer(pr.PhoneRecognizer(supported_language="en",
                                               supported_regions=("US", "GB", "DE", "FR", "ES", "IT", "NL", "PT")))
    names.append("PhoneRecognizer")
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])
    return engine, names


def presidio_find(engine, texts):
    found = []
    for t in texts:
        res = engine.analyze(text=t, language="en")
        found.append([(PRESIDIO_KIND[r.entity_type], r.start, r.end) for r in res if r.entity_type in PRESIDIO_KIND])
    return found


def score(truth, found):
    s = defaultdict(lambda: [0, 0, 0])
    for t, f in zip(truth, found):
        used = [False] * len(t)
        for kind, fs, fe in f:
            hit = None
            for i, (k, ts, te) in enumerate(t):
                inter = max(0, min(fe, te) - max(fs, ts))
                union = max(fe, te) - min(fs, ts)
                if not used[i] and k == kind and inter * 2 >= union:
                    hit = i
                    break
            if hit is None:
                s[kind][1] += 1
            else:
                used[hit] = True
                s[kind][0] += 1
        for i, (k, _, _) in enumerate(t):
            if not used[i]:
                s[k][2] += 1
    return s


def prf(c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(name, truth, ours, theirs):
    a, b = score(truth, ours), score(truth, theirs)
    print(f"\n{name}: {len(truth)} messages, {sum(len(t) for t in truth)} labelled spans")
    print(f"{'kind':<14} {'n':>5}   {'privsql P':>9} {'R':>6} {'F1':>6}   {'Presidio P':>10} {'R':>6} {'F1':>6}")
    worse = []
    for k in KINDS:
        n = a[k][0] + a[k][2]
        pa, ra, fa = prf(a[k])
        pb, rb, fb = prf(b[k])
        if fa < fb:
            worse.append(k)
        print(f"{k:<14} {n:>5}   {pa:>9.3f} {ra:>6.3f} {fa:>6.3f}   {pb:>10.3f} {rb:>6.3f} {fb:>6.3f}")
    return worse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--privsql", default=str(ROOT / "target/release/privsql"))
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--speed-rows", type=int, default=200000)
    ap.add_argument("--presidio-speed-rows", type=int, default=2000)
    args = ap.parse_args()

    work = tempfile.mkdtemp()
    syn = synthetic_set(args.privsql, args.rows, args.seed, f"{work}/synthetic.jsonl")
    hand = [json.loads(l) for l in (ROOT / "tests/data/pii/handwritten.jsonl").read_text(encoding="utf-8").splitlines()]
    engine, names = presidio_engine()
    print(f"Presidio recognizers (blank spaCy pipeline, language en): {', '.join(sorted(names))}")

    worse = []
    for name, rows in (("synthetic_pii", syn), ("hand-written", hand)):
        texts = [r["text"] for r in rows]
        truth = [[(p["kind"], p["start"], p["end"]) for p in r["pii"]] for r in rows]
        worse += [f"{name}:{k}" for k in table(name, truth, privsql_find(args.privsql, texts, work), presidio_find(engine, texts))]

    # Speed, one core each.
    texts = [r["text"] for r in syn]
    n = args.presidio_speed_rows
    sample = (texts * (n // len(texts) + 1))[:n]
    os.sched_setaffinity(0, {0})
    t = time.perf_counter()
    presidio_find(engine, sample)
    presidio_rps = n / (time.perf_counter() - t)
    m = args.speed_rows
    setup = f"CREATE TABLE t AS SELECT text FROM synthetic_pii({m}, {args.seed}); "
    _, base = privsql(args.privsql, setup + "SELECT sum(length(text)) FROM t", cpu0=True)
    _, scan = privsql(args.privsql, setup + "SELECT sum(cardinality(find_pii(text))) FROM t", cpu0=True)
    privsql_rps = m / max(scan - base, 1e-9)
    print(f"\nspeed, one core: privsql {privsql_rps:,.0f} rows/s ({m} rows), Presidio {presidio_rps:,.0f} rows/s "
          f"({n} rows): {privsql_rps / presidio_rps:.0f}x")
    if worse:
        print("privsql's F1 is below Presidio's on: " + ", ".join(worse))


if __name__ == "__main__":
    main()
