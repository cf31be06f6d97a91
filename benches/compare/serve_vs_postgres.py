#!/usr/bin/env python3
"""Stream the same rows from `privsql serve` and from PostgreSQL 15 to psql and psycopg, with
`SELECT *` and `COPY (...) TO STDOUT`, and print rows per second, the ratio and the time to the
first row.

Both servers run on loopback, started by this script: privsql from target/release (build it with
`cargo build --release --bin privsql`), PostgreSQL from Debian's `postgresql` package (install with
`scripts/install-server-peers.sh --bench`), as the `postgres` OS user when run as root.

    python3 benches/compare/serve_vs_postgres.py [--rows 2000000] [--runs 1] [--table messages]

`--table messages` (the default) is issue 20's realistic table: id bigint, user_id bigint,
channel text, created_at timestamp, text (~120 bytes), intent text; `--table requests` the
older four-column one (id, intent, message, score float8). privsql reads the Parquet file under
`[server.files]` roots set to the benchmark's directory.
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on {port}")


def as_postgres(cmd):
    """Run a PostgreSQL server command as the `postgres` user when we are root."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--"] + cmd
    return cmd


def pg_bin(name):
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    raise SystemExit("PostgreSQL server not found: run scripts/install-server-peers.sh --bench")


def psql(conninfo, *args, stdout=subprocess.DEVNULL):
    return subprocess.run(["psql", conninfo, "-X", "-v", "ON_ERROR_STOP=1", *args], stdout=stdout, check=True)


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def first_row_ms(conninfo, sql):
    """Time from sending the query to receiving the first row, in single-row (streaming) mode."""
    with psycopg.connect(conninfo) as conn:
        t = time.perf_counter()
        for _ in conn.cursor().stream(sql):
            return (time.perf_counter() - t) * 1000
    return float("nan")


def psycopg_select(conninfo, sql):
    n = 0
    with psycopg.connect(conninfo) as conn:
        cur = conn.cursor()
        cur.execute(sql)
        while True:
            rows = cur.fetchmany(100_000)
            if not rows:
                break
            n += len(rows)
    return n


def psycopg_extended(conninfo, sql, binary):
    """The extended protocol (Parse/Bind/Execute), results in binary or text format."""
    n = 0
    with psycopg.connect(conninfo) as conn:
        cur = conn.cursor(binary=binary)
        cur.execute(sql, prepare=True)
        while True:
            rows = cur.fetchmany(100_000)
            if not rows:
                break
            n += len(rows)
    return n


def asyncpg_fetch(conninfo, sql):
    """asyncpg: the extended protocol with binary results, as its users run it."""
    import asyncio

    import asyncpg

    kw = dict(part.split("=", 1) for part in conninfo.split())

    async def run():
        conn = await asyncpg.connect(host=kw["host"], port=int(kw["port"]), user=kw["user"],
                                     database=kw["dbname"], ssl=False)
        try:
            n = 0
            async with conn.transaction():
                async for _ in conn.cursor(sql, prefetch=10_000):
                    n += 1
            return n
        finally:
            await conn.close()

    return asyncio.run(run())


def psycopg_copy(conninfo, sql):
    size = 0
    with psycopg.connect(conninfo) as conn:
        with conn.cursor().copy(sql) as copy:
            for block in copy:
                size += len(block)
    return size


# The generating SELECT (in privsql) and PostgreSQL's column list of each benchmark table.
TABLES = {
    "requests": ("""SELECT value AS id,
                   CASE value % 4 WHEN 0 THEN 'delete' WHEN 1 THEN 'access' WHEN 2 THEN 'rectify' ELSE 'none' END AS intent,
                   concat('request number ', CAST(value AS VARCHAR), ' about my account') AS message,
                   CAST(value % 1000 AS DOUBLE) / 10.0 AS score
                   FROM generate_series(1, {rows})""",
                 "id BIGINT, intent TEXT, message TEXT, score DOUBLE PRECISION"),
    "messages": ("""SELECT value AS id, value % 50000 AS user_id,
                   CASE value % 3 WHEN 0 THEN 'email' WHEN 1 THEN 'chat' ELSE 'web' END AS channel,
                   CAST(to_timestamp_micros(1700000000000000 + value * 1234567) AS TIMESTAMP) AS created_at,
                   concat('Hello, this is message ', CAST(value AS VARCHAR),
                          ': please delete every record you hold about my account and confirm by email.') AS text,
                   CASE value % 4 WHEN 0 THEN 'delete' WHEN 1 THEN 'access' WHEN 2 THEN 'rectify' ELSE 'none' END AS intent
                   FROM generate_series(1, {rows})""",
                 "id BIGINT, user_id BIGINT, channel TEXT, created_at TIMESTAMP, text TEXT, intent TEXT"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--table", choices=sorted(TABLES), default="messages")
    ap.add_argument("--runs", type=int, default=1, help="best of N for each measurement")
    ap.add_argument("--binary", help="privsql binary (default: the release build)")
    args = ap.parse_args()
    binary = ROOT / "target" / "release" / "privsql"
    target = os.environ.get("CARGO_TARGET_DIR")
    if target:
        binary = Path(target) / "release" / "privsql"
    if args.binary:
        binary = Path(args.binary)
    if not binary.exists():
        raise SystemExit(f"{binary} not found: cargo build --release --bin privsql")
    print(f"privsql binary: {binary}")

    work = Path(tempfile.mkdtemp(prefix="privsql-bench-"))
    os.chmod(work, 0o777)
    procs = []
    try:
        # privsql serve (trust on loopback).
        p_port = free_port()
        config = work / "privsql.toml"
        config.write_text(f'[server.files]\nread = ["{work}"]\nwrite = ["{work}"]\n')
        procs.append(subprocess.Popen(
            [str(binary), "--config", str(config), "serve", "--listen", f"127.0.0.1:{p_port}", "--data-dir", str(work / "privsql")],
            stderr=open(work / "privsql.log", "w"), env={**os.environ, "PRIVSQL_LOG": "warn"}))
        wait_port(p_port)
        privsql = f"host=127.0.0.1 port={p_port} user=postgres dbname=datafusion sslmode=disable"

        # The data: a Parquet file written by privsql itself.
        parquet = work / "requests.parquet"
        generate, columns = TABLES[args.table]
        psql(privsql, "-c", f"COPY ({generate.format(rows=args.rows)}) TO '{parquet}' STORED AS PARQUET")
        os.chmod(parquet, 0o644)
        psql(privsql, "-c", f"CREATE EXTERNAL TABLE requests STORED AS PARQUET LOCATION '{parquet}'")

        # PostgreSQL 15, loaded with the same rows.
        pgdata = work / "pgdata"
        pgdata.mkdir()
        shutil.chown(pgdata, "postgres") if os.geteuid() == 0 else None
        subprocess.run(as_postgres([pg_bin("initdb"), "-D", str(pgdata), "-A", "trust", "-U", "postgres"]),
                       check=True, stdout=subprocess.DEVNULL)
        g_port = free_port()
        procs.append(subprocess.Popen(as_postgres([pg_bin("postgres"), "-D", str(pgdata), "-p", str(g_port),
                                                   "-c", "listen_addresses=127.0.0.1", "-k", str(work),
                                                   "-c", "shared_buffers=1GB"]),
                                      stderr=open(work / "postgres.log", "w")))
        wait_port(g_port)
        pg = f"host=127.0.0.1 port={g_port} user=postgres dbname=postgres sslmode=disable"
        psql(pg, "-c", f"CREATE TABLE requests ({columns})")
        dump = subprocess.Popen(["psql", privsql, "-X", "-c", "COPY (SELECT * FROM requests) TO STDOUT"],
                                stdout=subprocess.PIPE)
        subprocess.run(["psql", pg, "-X", "-c", "COPY requests FROM STDIN"], stdin=dump.stdout, check=True,
                       stdout=subprocess.DEVNULL)
        dump.wait()
        psql(pg, "-c", "VACUUM ANALYZE requests")
        # Warm both caches once.
        for c in (privsql, pg):
            psql(c, "-At", "-c", "SELECT count(*) FROM requests")

        select = "SELECT * FROM requests"
        copy = "COPY (SELECT * FROM requests) TO STDOUT"
        cases = [
            ("psql -At SELECT *", lambda c: psql(c, "-At", "-c", select)),
            ("psql COPY TO STDOUT", lambda c: psql(c, "-c", copy)),
            ("psycopg SELECT * (fetchmany)", lambda c: psycopg_select(c, select)),
            ("psycopg COPY TO STDOUT", lambda c: psycopg_copy(c, copy)),
            # The extended protocol: arrow-pg's encoder on privsql's side.
            ("psycopg extended, text", lambda c: psycopg_extended(c, select, False)),
            ("psycopg extended, binary", lambda c: psycopg_extended(c, select, True)),
        ]
        try:
            import asyncpg  # noqa: F401

            cases.append(("asyncpg cursor (binary)", lambda c: asyncpg_fetch(c, select)))
        except ImportError:
            print("asyncpg not installed: its case is left out", file=sys.stderr)
        print(f"{args.rows:,} rows ({columns.lower()}), loopback, "
              f"best of {args.runs}")
        print(f"{'client / statement':32} {'privsql rows/s':>15} {'postgres rows/s':>16} {'ratio':>6}")
        for name, run in cases:
            best = {}
            for label, conninfo in (("privsql", privsql), ("postgres", pg)):
                best[label] = min(timed(lambda: run(conninfo)) for _ in range(args.runs))
            rp, rg = args.rows / best["privsql"], args.rows / best["postgres"]
            print(f"{name:32} {rp:15,.0f} {rg:16,.0f} {rp / rg:6.2f}")
        ft_p = min(first_row_ms(privsql, select) for _ in range(3))
        ft_g = min(first_row_ms(pg, select) for _ in range(3))
        print(f"{'time to first row (psycopg stream)':32} {ft_p:13.1f}ms {ft_g:14.1f}ms")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
