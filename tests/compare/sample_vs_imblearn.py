#!/usr/bin/env python3
"""Check privsql's sampling family against imbalanced-learn and scikit-learn.

Usage: sample_vs_imblearn.py DIR, where DIR holds the Parquet files `tests/it/sample.rs` writes.

- smote: class counts after resampling equal SMOTE(k_neighbors=k, sampling_strategy=s)
  .fit_resample's for every strategy; every synthetic row lies on the segment between its seed
  row (identified by the copied `id`) and one of that row's k nearest same-class neighbours
  (scikit-learn's NearestNeighbors).
- adasyn: class counts equal ADASYN(n_neighbors=k, sampling_strategy=s).fit_resample's, each
  row makes the number of synthetic rows imbalanced-learn's rule gives it (its share of
  other-class rows among its k nearest of any class, by scikit-learn's NearestNeighbors), and every
  synthetic row lies on a segment to one of its seed's k nearest same-class neighbours.
- borderline_smote (kinds 1 and 2), random_oversample, random_undersample: class counts equal
  imbalanced-learn's; kind 2's synthetic rows lie on segments to one of their seed's k nearest
  rows of any class (within the first half toward another class).
- stratified_split / stratified_sample: stratum sizes equal StratifiedShuffleSplit's.
"""
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from imblearn.over_sampling import ADASYN, SMOTE, BorderlineSMOTE, RandomOverSampler
from imblearn.under_sampling import RandomUnderSampler
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import StandardScaler

FEATURES = ["f0", "f1", "f2", "f3"]
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL", msg)


def counts(df):
    return dict(Counter(df["label"].tolist()))


def read(d, name):
    return pd.read_parquet(d / f"{name}.parquet")


def smote_counts(train, k, strategy):
    _, y = SMOTE(k_neighbors=k, sampling_strategy=strategy, random_state=0).fit_resample(train[FEATURES].to_numpy(), train["label"].to_numpy())
    return dict(Counter(y.tolist()))


def on_segments(name, train, out, k, features, scaled=None):
    """Every synthetic row lies on a segment from its seed row to one of the seed's k nearest
    same-class neighbours (in `scaled` space when given, for the neighbour search)."""
    synth = out[out["is_synthetic"]]
    by_id = train.set_index("id")
    bad = 0
    for label, group in synth.groupby("label"):
        cls = train[train["label"] == label]
        x = np.stack(cls[features].apply(lambda r: np.concatenate([np.atleast_1d(np.asarray(v, dtype=float)) for v in r]), axis=1).to_numpy())
        space = x if scaled is None else scaled(x, cls)
        nn = NearestNeighbors(n_neighbors=k + 1).fit(space)
        _, idx = nn.kneighbors(space)
        pos = {i: p for p, i in enumerate(cls["id"].tolist())}
        for _, row in group.iterrows():
            p = pos[row["id"]]
            a = x[p]
            s = np.concatenate([np.atleast_1d(np.asarray(row[f], dtype=float)) for f in features])
            ok = False
            for j in idx[p][1:]:
                b = x[j]
                ab = b - a
                denom = float(ab @ ab)
                t = float((s - a) @ ab / denom) if denom > 0 else 0.0
                if -1e-9 <= t <= 1 + 1e-9 and np.linalg.norm(a + t * ab - s) <= 1e-6 * (1 + np.linalg.norm(ab)):
                    ok = True
                    break
            bad += not ok
    check(bad == 0, f"{name}: {bad} of {len(synth)} synthetic rows are not on a segment to one of their seed's {k} nearest neighbours")
    print(f"{name}: {len(synth)} synthetic rows checked against NearestNeighbors(k={k})")


def on_segments_any_class(name, train, out, k, features):
    """Borderline-SMOTE 2: every synthetic row lies on a segment from its seed row to one of the
    seed's k nearest rows of any class, within the first half when that row is of another class."""
    synth = out[out["is_synthetic"]]
    x = train[features].to_numpy(dtype=float)
    labels = train["label"].to_numpy()
    _, idx = NearestNeighbors(n_neighbors=k + 1).fit(x).kneighbors(x)
    pos = {i: p for p, i in enumerate(train["id"].tolist())}
    bad = toward_other = 0
    for _, row in synth.iterrows():
        p = pos[row["id"]]
        a, s = x[p], row[features].to_numpy(dtype=float)
        ok = False
        for j in idx[p][1:]:
            ab = x[j] - a
            denom = float(ab @ ab)
            t = float((s - a) @ ab / denom) if denom > 0 else 0.0
            limit = 0.5 if labels[j] != labels[p] else 1.0
            if -1e-9 <= t <= limit + 1e-9 and np.linalg.norm(a + t * ab - s) <= 1e-6 * (1 + np.linalg.norm(ab)):
                ok = True
                toward_other += labels[j] != labels[p]
                break
        bad += not ok
    check(bad == 0, f"{name}: {bad} of {len(synth)} synthetic rows are not on a segment to one of their seed's {k} nearest rows of any class (first half toward another class)")
    check(toward_other > 0, f"{name}: no synthetic row toward a row of another class")
    print(f"{name}: {len(synth)} synthetic rows checked against NearestNeighbors(k={k}) over every class ({toward_other} toward another class)")


def main(d):
    train = read(d, "train")
    strategies = {
        "auto": "auto",
        "minority": "minority",
        "not_minority": "not minority",
        "not_majority": "not majority",
        "all": "all",
        "dict": {"a": 500, "b": 400},
    }
    for name, strategy in strategies.items():
        out = read(d, f"smote_{name}")
        want = smote_counts(train, 5, strategy)
        check(counts(out) == want, f"smote {name}: counts {counts(out)} != imblearn {want}")
        check(len(out) - int(out["is_synthetic"].sum()) == len(train), f"smote {name}: the original rows are not all kept")
        on_segments(f"smote {name}", train, out, 5, FEATURES)
    binary = read(d, "binary_train")
    out = read(d, "smote_ratio")
    want = smote_counts(binary, 3, 0.5)
    check(counts(out) == want, f"smote ratio 0.5: counts {counts(out)} != imblearn {want}")
    on_segments("smote ratio", binary, out, 3, FEATURES)

    scaler = StandardScaler().fit(train[FEATURES].to_numpy())
    out = read(d, "smote_std")
    check(counts(out) == smote_counts(train, 5, "auto"), "smote standardize: counts differ from imblearn")
    on_segments("smote standardize", train, out, 5, FEATURES, scaled=lambda x, _cls: scaler.transform(x))

    vectors = read(d, "vectors")
    out = read(d, "smote_vectors")
    xv = np.stack(vectors["embedding"].to_numpy())
    _, y = SMOTE(k_neighbors=4, random_state=0).fit_resample(xv, vectors["label"].to_numpy())
    check(counts(out) == dict(Counter(y.tolist())), "smote on a vector column: counts differ from imblearn")
    on_segments("smote vectors", vectors, out, 4, ["embedding"])

    out = read(d, "borderline")
    _, y = BorderlineSMOTE(k_neighbors=5, m_neighbors=10, random_state=0).fit_resample(train[FEATURES].to_numpy(), train["label"].to_numpy())
    check(counts(out) == dict(Counter(y.tolist())), f"borderline_smote: counts {counts(out)} != imblearn {dict(Counter(y.tolist()))}")
    out = read(d, "borderline2")
    _, y = BorderlineSMOTE(k_neighbors=5, m_neighbors=10, kind="borderline-2", random_state=0).fit_resample(train[FEATURES].to_numpy(), train["label"].to_numpy())
    check(counts(out) == dict(Counter(y.tolist())), f"borderline_smote kind 2: counts {counts(out)} != imblearn {dict(Counter(y.tolist()))}")
    on_segments_any_class("borderline_smote kind 2", train, out, 5, FEATURES)

    x_all, y_all = train[FEATURES].to_numpy(), train["label"].to_numpy()
    nn = NearestNeighbors(n_neighbors=6).fit(x_all)
    for name, strategy in {"auto": "auto", "dict": {"a": 300, "b": 900}}.items():
        out = read(d, f"adasyn_{name}")
        adasyn = ADASYN(n_neighbors=5, sampling_strategy=strategy, random_state=0)
        _, y = adasyn.fit_resample(x_all, y_all)
        want = dict(Counter(y.tolist()))
        check(counts(out) == want, f"adasyn {name}: counts {counts(out)} != imblearn {want}")
        on_segments(f"adasyn {name}", train, out, 5, FEATURES)
        # Per seed row: rint(r_i / sum(r) x n), r_i the share of other-class rows among the row's
        # 5 nearest of any class, n the rows imbalanced-learn's strategy asks for the class.
        synth = out[out["is_synthetic"]]
        for label, n in adasyn.sampling_strategy_.items():
            cls = train[train["label"] == label]
            idx = nn.kneighbors(cls[FEATURES].to_numpy(), return_distance=False)[:, 1:]
            ratio = np.sum(y_all[idx] != label, axis=1) / 5
            ratio /= np.sum(ratio)
            expected = np.rint(ratio * n).astype(int)
            got = Counter(synth[synth["label"] == label]["id"].tolist())
            diff = sum(1 for i, g in zip(cls["id"].tolist(), expected.tolist()) if got.get(i, 0) != g)
            check(diff == 0, f"adasyn {name} class {label}: {diff} rows make a different number of synthetic rows than imbalanced-learn's rule")
        print(f"adasyn {name}: {len(synth)} synthetic rows, counts per seed row checked")

    out = read(d, "oversample")
    _, y = RandomOverSampler(random_state=0).fit_resample(train[FEATURES].to_numpy(), train["label"].to_numpy())
    check(counts(out) == dict(Counter(y.tolist())), "random_oversample: counts differ from imblearn")
    out = read(d, "undersample")
    _, y = RandomUnderSampler(random_state=0).fit_resample(train[FEATURES].to_numpy(), train["label"].to_numpy())
    check(counts(out) == dict(Counter(y.tolist())), "random_undersample: counts differ from imblearn")
    check(out["id"].is_unique and set(out["id"]) <= set(train["id"]), "random_undersample: rows are not distinct rows of the input")

    y = train["label"].to_numpy()
    split = read(d, "split")
    sss = StratifiedShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
    _, test = next(sss.split(np.zeros(len(y)), y))
    want = dict(Counter(y[test].tolist()))
    got = counts(split[split["split"] == "test"])
    check(got == want, f"stratified_split 0.25: test sizes {got} != StratifiedShuffleSplit {want}")
    check(len(split) == len(train), "stratified_split: rows were dropped")

    sample = read(d, "sample")
    n = int(round(0.1 * len(y)))
    _, test = next(StratifiedShuffleSplit(n_splits=1, test_size=n, random_state=0).split(np.zeros(len(y)), y))
    want = dict(Counter(y[test].tolist()))
    check(counts(sample) == want, f"stratified_sample 0.1: sizes {counts(sample)} != StratifiedShuffleSplit {want}")
    check(sample["id"].is_unique, "stratified_sample: a row was drawn twice")

    if failures:
        print(f"{len(failures)} checks failed")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
