#!/usr/bin/env python3
"""Rows/s reading one BigQuery table through the Storage Read API (Arrow): privsql beside the
Python `google-cloud-bigquery-storage` client, same emulator, same table, same run.

    scripts/install-bigquery-emulator.sh
    cargo build --bin privsql            # or --release; pass the binary with --privsql
    python3 benches/compare/bigquery_read.py [--rows 5000000] [--streams 4] [--runs 3]

- The table: `id INT64, bucket INT64, label STRING, amount FLOAT64`, made by a CREATE TABLE AS
  SELECT in the emulator (bqemulator over DuckDB, started here on free loopback ports).
- Python: `BigQueryReadClient` on an insecure channel, one read session with --streams streams,
  every stream read in its own thread into a pyarrow Table (`reader.to_arrow`), all columns.
- privsql: `privsql --config ... -c "CREATE EXTERNAL TABLE ...; SELECT sum(id), sum(bucket),
  sum(length(label)), sum(amount) FROM big"` (all four columns read, sums so that the output is
  one row), `engine.target_partitions` = --streams; the time includes process start and the
  table's schema request (about 0.1 s), measured the same way on the Python side (session
  creation included).
- The emulator does the heavy part of both (it materialises the table in DuckDB at session
  creation and serialises Arrow batches of 65,536 rows in Python), so it is the ceiling: the
  "emulator only" row reads the streams' raw bytes with no decoding at all.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import json
import urllib.request

VENV = os.environ.get("BQEMU_VENV", os.path.expanduser("~/.cache/privsql/bqemu-venv"))
PROJECT = "bench"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rest(port, method, path, body=None):
    url = f"http://127.0.0.1:{port}/bigquery/v2/projects/{PROJECT}{path}"
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, method=method, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as f:
        return json.loads(f.read() or b"{}")


def start_emulator(tmp):
    rest_port, grpc_port = free_port(), free_port()
    log = open(os.path.join(tmp, "emulator.log"), "w")
    proc = subprocess.Popen(
        [os.path.join(VENV, "bin/bqemulator"), "start", "--rest-port", str(rest_port), "--grpc-port", str(grpc_port),
         "--project", PROJECT, "--log-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            rest(rest_port, "GET", "/datasets")
            return proc, rest_port, grpc_port
        except Exception:
            time.sleep(0.3)
    proc.kill()
    sys.exit("the emulator did not start within 90 s")


def python_read(grpc_port, streams, decode=True):
    import grpc
    from google.cloud.bigquery_storage_v1 import BigQueryReadClient, types
    from google.cloud.bigquery_storage_v1.services.big_query_read.transports import BigQueryReadGrpcTransport

    start = time.perf_counter()
    channel = grpc.insecure_channel(f"127.0.0.1:{grpc_port}", options=[("grpc.max_receive_message_length", 256 << 20)])
    client = BigQueryReadClient(transport=BigQueryReadGrpcTransport(channel=channel))
    session = client.create_read_session(
        parent=f"projects/{PROJECT}",
        read_session=types.ReadSession(table=f"projects/{PROJECT}/datasets/d/tables/big", data_format=types.DataFormat.ARROW),
        max_stream_count=streams)
    rows = [0] * len(session.streams)

    def read(i, stream):
        reader = client.read_rows(stream.name)
        if decode:
            rows[i] = reader.to_arrow(session).num_rows
        else:
            rows[i] = sum(r.row_count for r in reader)

    threads = [threading.Thread(target=read, args=(i, s)) for i, s in enumerate(session.streams)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(rows), time.perf_counter() - start, len(session.streams)


def privsql_read(binary, tmp, rest_port, grpc_port, streams):
    cfg = os.path.join(tmp, "bq.toml")
    with open(cfg, "w") as f:
        f.write(f'[engine]\ntarget_partitions = {streams}\n[bigquery]\nauth = "none"\n'
                f'endpoint = "http://127.0.0.1:{rest_port}"\nstorage_endpoint = "http://127.0.0.1:{grpc_port}"\n')
    sql = (f"CREATE EXTERNAL TABLE big STORED AS BIGQUERY LOCATION 'bigquery://{PROJECT}/d/big'; "
           "SELECT count(*) AS n, sum(id), sum(bucket), sum(length(label)), sum(amount) FROM big")
    start = time.perf_counter()
    out = subprocess.run([binary, "--config", cfg, "--format", "csv", "-q", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - start
    n = int(out.splitlines()[1].split(",")[0])
    return n, elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5_000_000)
    ap.add_argument("--streams", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/privsql/target"))
    ap.add_argument("--privsql", default=os.path.join(target, "debug/privsql"))
    a = ap.parse_args()
    if not os.path.exists(a.privsql):
        sys.exit(f"{a.privsql} not found: cargo build --bin privsql, or pass --privsql")
    tmp = tempfile.mkdtemp()
    proc, rest_port, grpc_port = start_emulator(tmp)
    try:
        rest(rest_port, "POST", "/datasets", {"datasetReference": {"projectId": PROJECT, "datasetId": "d"}})
        t = time.perf_counter()
        rest(rest_port, "POST", "/queries", {"useLegacySql": False, "timeoutMs": 600000, "query":
             "CREATE TABLE d.big AS SELECT x AS id, MOD(x, 10) AS bucket, CONCAT('label-', CAST(x AS STRING)) AS label, "
             f"x * 0.5 AS amount FROM UNNEST(GENERATE_ARRAY(1, {a.rows})) AS x"})
        print(f"table of {a.rows:,} rows made in {time.perf_counter() - t:.1f} s; privsql binary {a.privsql}")
        results = {"privsql": [], "python (google-cloud-bigquery-storage, to_arrow)": [], "emulator only (no decoding)": []}
        for run in range(a.runs):
            # Alternate the order so that load changes hit every reader alike.
            n, s = privsql_read(a.privsql, tmp, rest_port, grpc_port, a.streams)
            assert n == a.rows, (n, a.rows)
            results["privsql"].append(s)
            n, s, got_streams = python_read(grpc_port, a.streams)
            assert n == a.rows, (n, a.rows)
            results["python (google-cloud-bigquery-storage, to_arrow)"].append(s)
            n, s, _ = python_read(grpc_port, a.streams, decode=False)
            results["emulator only (no decoding)"].append(s)
        print(f"{a.streams} streams asked, {got_streams} given; best of {a.runs} runs; load {os.getloadavg()[0]:.1f}")
        print(f"{'reader':52} {'seconds':>8} {'rows/s':>12}")
        for name, times in results.items():
            best = min(times)
            print(f"{name:52} {best:8.2f} {a.rows / best:12,.0f}")
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
