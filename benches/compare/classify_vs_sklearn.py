#!/usr/bin/env python3
"""privsql's classify_intent beside scikit-learn and fastText, on one core, on the same 1M texts.

    scripts/install-python-classify.sh
    python3 benches/compare/classify_vs_sklearn.py [--rows 1000000]

- The texts: the same generator as udfs/benches/classify.rs (a template line from intent_texts.txt
  and a seeded order number, so every text is distinct).
- scikit-learn: HashingVectorizer with the same n-grams as privsql's featurizer (word 1-2 and
  character 2-5 inside word boundaries, 2^17 features each, sublinear tf, L2) and
  LogisticRegression, trained on the same training texts as the default model
  (scripts/train_intent_model.py's families).
- fastText (PyPI): supervised, word n-grams 2, character n-grams 2-5, trained on the same texts.
- privsql: `SELECT classify_intent(text) ... GROUP BY` over a Parquet file of the texts, release
  build, one partition (`TARGET_PARTITIONS=1`), timed inside the process.
Each model's macro-F1 on tests/data/intents_eval_*.csv is printed beside its speed.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline, make_union

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import train_intent_model as tim  # noqa: E402

M64 = (1 << 64) - 1


def texts(rows):
    templates = [l for l in (ROOT / "benches/compare/intent_texts.txt").read_text().splitlines() if l]
    state = 0x2545F4914F6CDD1D
    out = []
    for _ in range(rows):
        state ^= (state << 13) & M64
        state ^= state >> 7
        state ^= (state << 17) & M64
        out.append(f"{templates[state % len(templates)]} #{(state >> 20) % 1_000_000}")
    return out


def training_texts():
    rng = random.Random(tim.SEED)
    x, y = [], []
    for family, lang, intent, phrase in tim.phrase_families():
        v = tim.variants(rng, lang, phrase, 24)
        if not tim.held_out(family):
            x += v
            y += [intent] * len(v)
    for lang, t in tim.neutral_letters(rng, 1500):
        x.append(t)
        y.append("none")
    return x, y


def eval_set():
    x, y = [], []
    for f in sorted((ROOT / "tests/data").glob("intents_eval_*.csv")):
        a, b, _ = tim.read_eval(f)
        x += a
        y += b
    return x, y


def macro_f1(y, p):
    return f1_score(y, p, labels=tim.INTENTS, average="macro", zero_division=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--skip-privsql", action="store_true")
    args = ap.parse_args()
    bench = texts(args.rows)
    tx, ty = training_texts()
    ex, ey = eval_set()
    results = []

    # scikit-learn
    vec = make_union(
        HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=1 << 17, alternate_sign=False, norm=None),
        HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=1 << 17, alternate_sign=False, norm=None),
    )
    sk = make_pipeline(vec, TfidfTransformer(use_idf=False, sublinear_tf=True),
                       LogisticRegression(C=20.0, max_iter=2000, class_weight="balanced", random_state=tim.SEED))
    sk.fit(tx, ty)
    f1 = macro_f1(ey, sk.predict(ex))
    t0 = time.perf_counter()
    for i in range(0, len(bench), 8192):
        sk.predict(bench[i:i + 8192])
    dt = time.perf_counter() - t0
    results.append(("scikit-learn HashingVectorizer+LogisticRegression", len(bench) / dt, f1))

    # fastText
    try:
        import fasttext
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            for t, y in zip(tx, ty):
                f.write(f"__label__{y} " + t.replace("\n", " ") + "\n")
            path = f.name
        ft = fasttext.train_supervised(path, wordNgrams=2, minn=2, maxn=5, epoch=25, lr=0.5, dim=50, thread=1, seed=tim.SEED, verbose=0)
        os.unlink(path)
        pred = lambda xs: [l[0].replace("__label__", "") for l in ft.predict([t.replace("\n", " ") for t in xs])[0]]
        f1 = macro_f1(ey, pred(ex))
        t0 = time.perf_counter()
        for i in range(0, len(bench), 8192):
            ft.predict(bench[i:i + 8192])
        dt = time.perf_counter() - t0
        results.append(("fastText (supervised, wordNgrams 2, char 2-5)", len(bench) / dt, f1))
    except ImportError:
        print("fastText not installed (scripts/install-python-classify.sh): skipped")

    # privsql
    if not args.skip_privsql:
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "bench.parquet"
            pq.write_table(pa.table({"text": pa.array(bench, pa.string())}), p)
            env = dict(os.environ, TARGET_PARTITIONS="1")
            cmd = ["cargo", "run", "-q", "--release", "-p", "privsql-udfs", "--example", "run_sql", "--",
                   f"SELECT count(length(text)) FROM '{p}'",
                   f"SELECT classify_intent(text) AS intent, count(*) AS n FROM '{p}' GROUP BY 1 ORDER BY 1"]
            res = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
            if res.returncode != 0:
                raise SystemExit(res.stderr[-3000:])
            times = [float(x) for x in re.findall(r"elapsed: ([0-9.]+) s", res.stderr)]
            scan, total = times[-2], times[-1]
            print(res.stdout)
            res = subprocess.run(["cargo", "run", "-q", "--release", "-p", "privsql-udfs", "--example", "run_sql", "--", "-f", "sql/evaluate_intents.sql"],
                                 cwd=ROOT, capture_output=True, text=True)
            m = re.search(r"\|\s*\d+\s*\|\s*([0-9.]+)\s*\|\s*([0-9.]+)\s*\|", res.stdout)
            f1 = float(m.group(2)) if m else float("nan")
            results.append(("privsql classify_intent (release, 1 partition, incl. Parquet scan)", len(bench) / total, f1))
            results.append(("privsql classify_intent (scan time subtracted)", len(bench) / max(total - scan, 1e-9), f1))

    print(f"\n{len(bench)} messages, one core")
    print(f"{'system':75s} {'rows/s/core':>12s} {'macro-F1 (eval set)':>20s}")
    for name, rps, f1 in results:
        print(f"{name:75s} {rps:12,.0f} {f1:20.3f}")


if __name__ == "__main__":
    main()
