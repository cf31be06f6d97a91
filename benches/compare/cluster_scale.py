#!/usr/bin/env python3
"""How privsql's Ballista cluster scales on one machine: one executor pinned to one core against
two executors pinned to one core each (taskset), and a local one-core run for the overhead.

Queries (same data on local disk, written once under --data):
  classify  classify_intent over --classify-rows messages read from Parquet
  quality   quality_report over --quality-rows rows read from Parquet
  sample    a stratified sample (10%) of --sample-rows rows read from Parquet

Each is run --repeat times per setup; the best wall time counts. Printed: rows/s per setup, the
ratio of two executors to one (target 1.7x on classify), and the one-executor cluster against
the local one-core run (target: no more than 15% slower). The scheduler runs on core 0 beside
executor 0 (it is idle while tasks run); the client runs unpinned.

Usage: cluster_scale.py [--privsql target/release/privsql] [--classify-rows 4000000]
                        [--quality-rows 10000000] [--sample-rows 50000000] [--repeat 3]
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_sql(privsql, cwd, sql, cluster=None, cores=None):
    cmd = [privsql, "--format", "csv", "-q", "-c", sql]
    if cluster:
        cmd[1:1] = ["--cluster", cluster]
    if cores is not None:
        cmd = ["taskset", "-c", cores] + cmd
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"failed: {sql}\n{out.stderr}")
    return elapsed


class Cluster:
    """A scheduler and one executor per core in `cores`, each pinned to its core."""

    def __init__(self, privsql, cwd, cores):
        self.procs = []
        self.port = free_port()
        env = dict(os.environ, PRIVSQL_LOG="warn")
        self.procs.append(subprocess.Popen(
            ["taskset", "-c", cores[0], privsql, "cluster", "scheduler", "--bind", f"127.0.0.1:{self.port}"],
            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self.wait(lambda: self.executors() is not None)
        for core in cores:
            work = os.path.join(cwd, f"work-{core}-{self.port}")
            self.procs.append(subprocess.Popen(
                ["taskset", "-c", core, privsql, "cluster", "executor", "--scheduler", f"127.0.0.1:{self.port}",
                 "--bind", f"127.0.0.1:{free_port()}", "--grpc-port", str(free_port()),
                 "--concurrent-tasks", "1", "--work-dir", work],
                cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self.wait(lambda: self.executors() == len(cores))
        self.url = f"df://127.0.0.1:{self.port}"

    def executors(self):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/executors", timeout=2) as r:
                import json
                return len(json.load(r))
        except OSError:
            return None

    def wait(self, ready):
        deadline = time.time() + 60
        while not ready():
            if time.time() > deadline:
                self.stop()
                sys.exit("the cluster did not start")
            time.sleep(0.2)

    def stop(self):
        for p in self.procs:
            p.kill()
            p.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--privsql", default=os.path.expanduser("~/.cache/privsql/target/release/privsql"))
    ap.add_argument("--classify-rows", type=int, default=4_000_000)
    ap.add_argument("--quality-rows", type=int, default=10_000_000)
    ap.add_argument("--sample-rows", type=int, default=50_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--data", default=os.path.join(tempfile.gettempdir(), "privsql-cluster-scale"))
    args = ap.parse_args()
    if shutil.which("taskset") is None:
        sys.exit("taskset (util-linux) is needed")
    if (os.cpu_count() or 1) < 2:
        sys.exit("two cores are needed")
    os.makedirs(args.data, exist_ok=True)
    # Several files per data set, so that the scans split between executors.
    sets = {"classify": args.classify_rows, "quality": args.quality_rows, "sample": args.sample_rows}
    for name, rows in sets.items():
        path = os.path.join(args.data, f"{name}-{rows}")
        if not os.path.isdir(path):
            print(f"writing {rows:,} rows to {path}/ ...", flush=True)
            run_sql(args.privsql, args.data,
                    f"COPY (SELECT * FROM synthetic_intents({rows}, 42)) TO '{path}/' STORED AS PARQUET "
                    f"OPTIONS ('execution.minimum_parallel_output_files' '8')")
    queries = {
        "classify": f"CREATE EXTERNAL TABLE t STORED AS PARQUET LOCATION 'classify-{args.classify_rows}/'; "
                    "SELECT classify_intent(text) AS i, count(*) FROM t GROUP BY 1",
        "quality": f"CREATE EXTERNAL TABLE t STORED AS PARQUET LOCATION 'quality-{args.quality_rows}/'; "
                   "SELECT count(*) FROM quality_report('t')",
        "sample": f"CREATE EXTERNAL TABLE t STORED AS PARQUET LOCATION 'sample-{args.sample_rows}/'; "
                  "SELECT intent, count(*) FROM stratified_sample('t', 'intent', 0.1, 42) GROUP BY 1",
    }

    def best(fn):
        return min(fn() for _ in range(args.repeat))

    results = {}
    for name, sql in queries.items():
        rows = sets[name]
        local = best(lambda: run_sql(args.privsql, args.data, sql, cores="0"))
        c1 = Cluster(args.privsql, args.data, ["0"])
        try:
            one = best(lambda: run_sql(args.privsql, args.data, sql, cluster=c1.url))
        finally:
            c1.stop()
        c2 = Cluster(args.privsql, args.data, ["0", "1"])
        try:
            two = best(lambda: run_sql(args.privsql, args.data, sql, cluster=c2.url))
        finally:
            c2.stop()
        results[name] = (rows, local, one, two)
        print(f"{name:9} {rows:>11,} rows  local 1 core {rows / local / 1e6:7.2f} M rows/s  "
              f"1 executor {rows / one / 1e6:7.2f} M rows/s  2 executors {rows / two / 1e6:7.2f} M rows/s  "
              f"2/1 {one / two:4.2f}x  1-executor overhead {100 * (one / local - 1):+5.1f}%", flush=True)


if __name__ == "__main__":
    main()
