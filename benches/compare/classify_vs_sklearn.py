#!/usr/bin/env python3
"""privsql's classify_intent beside scikit-learn and fastText: speed on one core over 1 million
synthetic messages, and macro-F1 of each on the same held-out data, in one run.

    scripts/install-python-classify.sh
    cargo build --release --bin privsql
    python3 benches/compare/classify_vs_sklearn.py [--rows 1000000] [--privsql target/release/privsql]

- Benchmark texts: `synthetic_intents(rows, 7)` (privsql's generator, default mix: three
  quarters ordinary support traffic, seven languages, chats to page-long letters), exported once
  to Parquet by the release privsql.
- Training data for the peers: what scripts/train_intent_model.py trains on with its default
  number of generated rows (synthetic_intents(SYNTHETIC_ROWS = 260000, 20261126, its options)
  minus the held-out template families, plus the hand-written phrasings and the real `none`
  texts; the shipped model used more rows, see its card), so the peers learn from the same
  kind of texts; privsql's figures are the default model's own.
- scikit-learn: HashingVectorizer with the same n-grams as privsql's default model (read from its
  sidecar: word 1-2 and character n-grams inside word boundaries, 2^17 features each, sublinear
  tf, L2) and LogisticRegression with the same C and class weights (udfs/models/metrics.json),
  predicting in chunks of 8192 texts.
- fastText (PyPI `fasttext-numpy2-wheel`/`fasttext-wheel`): supervised, word n-grams 2, the same
  character n-gram lengths, one thread.
- privsql: the release binary, `SELECT classify_intent(text) ... GROUP BY` over the Parquet file
  with `PRIVSQL_ENGINE__TARGET_PARTITIONS=1` (one core), on each backend: the sparse kernel (the
  default, `classify.backend = "auto"`), tract (`classify.backend = "tract"`) and ONNX Runtime (`classify.backend = "onnxruntime"` with the library of the PyPI `onnxruntime`
  wheel, found as tests/it/classify.rs finds it; `--onnxruntime-library` overrides, and the row
  is skipped when the wheel is missing). The time of the same query without `classify_intent`
  (process start, Parquet scan, grouping) is measured too and subtracted for the
  "classification only" rows. The timed runs of the backends alternate, so load changes on
  a shared machine hit both alike.
- Accuracy: macro-F1 of each system on the held-out synthetic families and on the hand-written
  evaluation set (tests/data/intents_eval_*.csv); privsql's figure comes from classify_intent
  itself (default threshold applied).
"""
import argparse
import json
import os
import resource
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

CHUNK = 8192
# The shipped model's featurizer and C, so the peers learn with the same n-grams and regularisation.
SIDECAR = json.loads((ROOT / "udfs/models/intent-hashed-v2.json").read_text())
CHAR_LO, CHAR_HI = SIDECAR["featurizer"]["char_ngrams"]
METRICS = json.loads((ROOT / "udfs/models/metrics.json").read_text())
C_SHIPPED = METRICS.get("C", tim.C_DEFAULT)
BOOST_SHIPPED = METRICS.get("class_weight_boost")  # the shipped model's class weights: balanced, times these


def macro_f1(y, p):
    return f1_score(y, p, labels=tim.INTENTS, average="macro", zero_division=0)


CPU = {}  # command -> CPU seconds (user + sys) of its last run


def run(privsql, *sql, env=None):
    """Run SQL statements with privsql; returns (stdout, wall seconds). The run's CPU time goes
    to CPU[sql]."""
    args = [a for q in sql for a in ("-c", q)]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    res = subprocess.run(privsql + ["-q", "--format", "csv"] + args, cwd=ROOT, capture_output=True, text=True,
                         env=dict(os.environ, **(env or {})))
    dt = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[sql] = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if res.returncode != 0:
        raise SystemExit(f"privsql failed:\n{res.stderr[-3000:]}")
    return res.stdout, dt


def privsql_labels(privsql, texts, tmp, tag, env=None):
    """classify_intent over `texts`, in order."""
    src = Path(tmp) / f"{tag}.parquet"
    dst = Path(tmp) / f"{tag}_pred.parquet"
    pq.write_table(pa.table({"id": pa.array(range(len(texts)), pa.int64()), "text": pa.array(texts, pa.string())}), src)
    run(privsql, f"COPY (SELECT id, classify_intent(text) AS p FROM '{src}' ORDER BY id) TO '{dst}'", env=env)
    return pq.read_table(dst).column("p").to_pylist()


def onnxruntime_library():
    """The ONNX Runtime shared library inside the PyPI `onnxruntime` wheel (as tests/it/classify.rs
    finds it), or None when the wheel is not installed."""
    try:
        import glob
        import onnxruntime
    except ImportError:
        return None
    libs = sorted(glob.glob(os.path.join(os.path.dirname(onnxruntime.__file__), "capi", "libonnxruntime.so*")))
    return libs[0] if libs else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--privsql", default=str(Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release" / "privsql"),
                    help="the release privsql binary")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each system (the best is reported)")
    ap.add_argument("--onnxruntime-library", default=None,
                    help="libonnxruntime.so for the ONNX Runtime row (default: the PyPI onnxruntime wheel's)")
    args = ap.parse_args()
    privsql = args.privsql.split()
    if not Path(privsql[0]).exists():
        raise SystemExit(f"{privsql[0]} not found: build it with `cargo build --release --bin privsql` or pass --privsql")

    with tempfile.TemporaryDirectory() as tmp:
        # The training data of the default model, and its held-out families.
        syn_x, syn_y, syn_fam, _, _ = tim.synthetic(privsql, tmp, tim.SYNTHETIC_ROWS, tim.SEED)
        held = tim.synthetic_held_out(set(syn_fam))
        hand_x, hand_y, _, _ = tim.hand_written(tim.DEFAULT_VARIANTS)
        tx = [x for x, f in zip(syn_x, syn_fam) if f not in held] + hand_x
        ty = [y for y, f in zip(syn_y, syn_fam) if f not in held] + hand_y
        hx = [x for x, f in zip(syn_x, syn_fam) if f in held]
        hy = [y for y, f in zip(syn_y, syn_fam) if f in held]
        ex, ey = [], []
        for f in sorted((ROOT / "tests/data").glob("intents_eval_*.csv")):
            a, b, _ = tim.read_eval(f)
            ex += a
            ey += b

        bench_path = Path(tmp) / "bench.parquet"
        run(privsql, f"COPY (SELECT text FROM synthetic_intents({args.rows}, 7)) TO '{bench_path}'")
        bench = pq.read_table(bench_path).column("text").to_pylist()
        print(f"training texts: {len(tx)}; held-out family texts: {len(hx)}; evaluation set: {len(ex)}; "
              f"benchmark: {len(bench)} synthetic messages ({len(set(bench))} distinct), "
              f"mean {np.mean([len(t) for t in bench]):.0f} characters", flush=True)
        results = []

        # scikit-learn
        vec = make_union(
            HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=1 << 17, alternate_sign=False, norm=None),
            HashingVectorizer(analyzer="char_wb", ngram_range=(CHAR_LO, CHAR_HI), n_features=1 << 17, alternate_sign=False, norm=None),
        )
        sk = make_pipeline(vec, TfidfTransformer(use_idf=False, sublinear_tf=True),
                           LogisticRegression(C=C_SHIPPED, max_iter=3000, class_weight=tim.class_weights(ty, BOOST_SHIPPED),
                                              random_state=tim.SEED, tol=1e-4))
        sk.fit(tx, ty)
        f1h, f1e = macro_f1(hy, sk.predict(hx)), macro_f1(ey, sk.predict(ex))
        best = float("inf")
        for _ in range(max(1, args.repeat - 1)):  # the slowest system: fewer repeats
            t0 = time.perf_counter()
            for i in range(0, len(bench), CHUNK):
                sk.predict(bench[i:i + CHUNK])
            best = min(best, time.perf_counter() - t0)
        results.append(("scikit-learn HashingVectorizer + LogisticRegression", len(bench) / best, f1h, f1e))
        print(results[-1], flush=True)

        # fastText
        try:
            import fasttext
        except ImportError:
            fasttext = None
            print("fastText not installed (scripts/install-python-classify.sh installs it): skipped")
        if fasttext is not None:
            path = Path(tmp) / "fasttext_train.txt"
            with open(path, "w") as f:
                for t, y in zip(tx, ty):
                    f.write(f"__label__{y} " + t.replace("\n", " ") + "\n")
            ft = fasttext.train_supervised(str(path), wordNgrams=2, minn=CHAR_LO, maxn=CHAR_HI, epoch=10, lr=0.5, dim=50,
                                           thread=1, seed=tim.SEED, verbose=0)

            def ft_predict(xs):
                return [l[0].replace("__label__", "") for l in ft.predict([t.replace("\n", " ") for t in xs])[0]]

            f1h, f1e = macro_f1(hy, ft_predict(hx)), macro_f1(ey, ft_predict(ex))
            flat = [t.replace("\n", " ") for t in bench]  # fastText reads one line per text
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                for i in range(0, len(flat), CHUNK):
                    ft.predict(flat[i:i + CHUNK])
                best = min(best, time.perf_counter() - t0)
            results.append((f"fastText supervised (wordNgrams 2, char {CHAR_LO}-{CHAR_HI}, dim 50)", len(bench) / best, f1h, f1e))
            print(results[-1], flush=True)

        # privsql, on each backend
        backends = [("sparse kernel (default)", {}), ("tract", {"PRIVSQL_CLASSIFY__BACKEND": "tract"})]
        ort_lib = args.onnxruntime_library or onnxruntime_library()
        if ort_lib:
            print(f"ONNX Runtime library: {ort_lib}", flush=True)
            backends.append(("ONNX Runtime", {"PRIVSQL_CLASSIFY__BACKEND": "onnxruntime",
                                              "PRIVSQL_CLASSIFY__ONNXRUNTIME_LIBRARY": ort_lib}))
        else:
            print("the PyPI onnxruntime wheel is missing (scripts/install-python-classify.sh installs it): "
                  "ONNX Runtime row skipped", flush=True)
        f1 = {}
        for name, env in backends:
            f1[name] = (macro_f1(hy, privsql_labels(privsql, hx, tmp, "held", env)),
                        macro_f1(ey, privsql_labels(privsql, ex, tmp, "eval", env)))
        one_core = {"PRIVSQL_ENGINE__TARGET_PARTITIONS": "1"}
        base = float("inf")
        total = {name: float("inf") for name, _ in backends}
        cpu = {name: float("inf") for name, _ in backends}
        for _ in range(args.repeat):
            out, dt = run(privsql, f"SELECT length(text) > 0 AS k, count(*) AS n FROM '{bench_path}' GROUP BY 1", env=one_core)
            base = min(base, dt)
            for name, env in backends:
                q = f"SELECT classify_intent(text) AS intent, count(*) AS n FROM '{bench_path}' GROUP BY 1 ORDER BY 1"
                out, dt = run(privsql, q, env=dict(one_core, **env))
                total[name] = min(total[name], dt)
                cpu[name] = min(cpu[name], CPU[(q,)])
                print(f"{name}:\n{out}", flush=True)
        print(f"scan and group only (no classify_intent): {base:.2f} s wall", flush=True)
        for name, _ in backends:
            print(f"privsql {name}: best whole query {total[name]:.2f} s wall, best {cpu[name]:.2f} s CPU "
                  f"(user + sys): {len(bench) / cpu[name]:,.0f} rows per CPU-second", flush=True)
        for name, _ in backends:
            f1h, f1e = f1[name]
            results.append((f"privsql classify_intent, {name} (release, 1 partition, whole query)", len(bench) / total[name], f1h, f1e))
            results.append((f"privsql classify_intent, {name} (classification only: scan/startup subtracted)",
                            len(bench) / max(total[name] - base, 1e-9), f1h, f1e))

    print(f"\n{len(bench)} synthetic messages, one core; macro-F1 on held-out synthetic families / hand-written eval set")
    print(f"{'system':75s} {'rows/s/core':>12s} {'F1 held-out':>12s} {'F1 eval':>8s}")
    for name, rps, f1h, f1e in results:
        print(f"{name:75s} {rps:12,.0f} {f1h:12.3f} {f1e:8.3f}")


if __name__ == "__main__":
    main()
