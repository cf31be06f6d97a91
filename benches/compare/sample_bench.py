#!/usr/bin/env python3
"""The peers of `cargo bench --bench sample`, on the same data (the Parquet files it writes with
--dir): scikit-learn's StratifiedShuffleSplit for stratified_sample and imbalanced-learn's SMOTE
for smote. Prints rows per second.

Usage: sample_bench.py DIR
"""
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd


def main(d):
    from imblearn.over_sampling import SMOTE
    from sklearn.model_selection import StratifiedShuffleSplit

    strata = d / "strata.parquet"
    if strata.exists():
        y = pd.read_parquet(strata, columns=["stratum"])["stratum"].to_numpy()
        t, cpu = time.perf_counter(), time.process_time()
        _, test = next(StratifiedShuffleSplit(n_splits=1, test_size=0.01, random_state=42).split(np.zeros(len(y)), y))
        secs, cpu = time.perf_counter() - t, time.process_time() - cpu
        print(f"scikit-learn StratifiedShuffleSplit: {len(y)} rows, 1%: {secs:.2f} s, {len(y) / secs:.0f} rows/s (CPU {cpu:.2f} s, {len(y) / cpu:.0f} rows per CPU-second; {len(test)} drawn; labels only, rows not materialised)")
    smote_in = d / "smote_in.parquet"
    if smote_in.exists():
        df = pd.read_parquet(smote_in)
        feats = [c for c in df.columns if c.startswith("f")]
        x, y = df[feats].to_numpy(), df["label"].to_numpy()
        t, cpu = time.perf_counter(), time.process_time()
        xr, _ = SMOTE(k_neighbors=5, random_state=42).fit_resample(x, y)
        secs, cpu = time.perf_counter() - t, time.process_time() - cpu
        print(f"imbalanced-learn SMOTE: {len(y)} rows x {len(feats)} features: {secs:.2f} s, {len(y) / secs:.0f} rows/s (CPU {cpu:.2f} s, {len(y) / cpu:.0f} rows per CPU-second; {len(xr) - len(y)} synthetic)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
