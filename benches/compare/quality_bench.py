#!/usr/bin/env python3
"""privsql beside DuckDB and Great Expectations on the same Parquet file of synthetic messages.

1. `cargo bench --bench quality` writes the file (10M rows of synthetic_intents, seed 42) if
   missing (PRIVSQL_QUALITY_PARQUET names another place for it) and prints privsql's rows/s for
   validation and the full report, reading the file, then on the same rows loaded into a memory
   table before the clock starts.
2. DuckDB runs the same rules written by hand in SQL: one query counting invalid rows
   (validation), one computing the report's counts (nulls per column, each rule, duplicate
   ticket ids, robust outliers, freshness).
3. Great Expectations 1.x (pandas) runs the equivalent expectations on the first --ge-rows rows
   (pandas holds them in memory; rows/s is measured on that slice).

The ratios: privsql in memory / Great Expectations in memory (both skip Parquet decoding: the
like-for-like one), privsql from the file / Great Expectations in memory, and privsql / DuckDB
both reading the file.

Usage: quality_bench.py [--rows 10000000] [--ge-rows 1000000] [--skip-privsql]
Needs scripts/install-python-quality.sh.
"""
import argparse
import os
import re
import subprocess
import sys
import time
import warnings

os.environ.setdefault("TQDM_DISABLE", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

EMAIL_RE = r"^[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+$"
TICKET_RE = r"^SR-[0-9A-F]{10}$"
CHANNELS = ["email", "chat", "web_form", "app_review", "social", "phone_transcript"]
LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt"]


def q(values):
    return ", ".join(f"'{v}'" for v in values)


# A row is invalid when it breaks any rule of the contract in benches/quality.rs.
VIOLATED = [
    "id IS NULL",
    "ticket_id IS NULL",
    "length(ticket_id) > 13",
    f"NOT regexp_full_match(ticket_id, '{TICKET_RE}')",
    f"NOT regexp_full_match(email, '{EMAIL_RE}')",
    "channel IS NULL",
    f"channel NOT IN ({q(CHANNELS)})",
    "language IS NULL",
    f"language NOT IN ({q(LANGUAGES)})",
    "received_at IS NULL",
    "received_at >= TIMESTAMP '2030-01-01 00:00:00'",
    "text IS NULL",
    "length(trim(text)) = 0",
    "order_total < 0",
    "account_age_days IS NULL",
    "account_age_days NOT BETWEEN 0 AND 36500",
]


def duckdb_validation(path):
    any_violation = " OR ".join(f"coalesce({v}, false)" for v in VIOLATED)
    return f"SELECT count(*) FROM read_parquet('{path}') WHERE {any_violation}"


def duckdb_report(path):
    cols = ["id", "ticket_id", "email", "channel", "language", "received_at", "text", "order_total", "account_age_days"]
    counts = [f"count(*) - count({c})" for c in cols]
    counts += [f"count(*) FILTER (WHERE {v})" for v in VIOLATED if "IS NULL" not in v]
    counts.append("count(*) FILTER (WHERE coalesce(" + ") OR coalesce(".join(f"{v}, false" for v in VIOLATED) + "))")
    return f"""
    WITH t AS (SELECT * FROM read_parquet('{path}')),
    s AS (SELECT median(order_total) AS med, quantile_cont(order_total, 0.25) AS q1, quantile_cont(order_total, 0.75) AS q3,
                 median(account_age_days) AS med2, quantile_cont(account_age_days, 0.25) AS q1b, quantile_cont(account_age_days, 0.75) AS q3b FROM t),
    m AS (SELECT median(abs(order_total - med)) AS mad, median(abs(account_age_days - med2)) AS mad2 FROM t, s),
    dup AS (SELECT sum(n) AS dups FROM (SELECT count(*) AS n FROM t WHERE ticket_id IS NOT NULL GROUP BY ticket_id) WHERE n > 1),
    duprows AS (SELECT sum(n) AS duprows FROM (SELECT count(*) AS n FROM t GROUP BY ALL_COLUMNS) WHERE n > 1),
    si AS (SELECT median(id) AS medi, quantile_cont(id, 0.25) AS q1i, quantile_cont(id, 0.75) AS q3i FROM t),
    mi AS (SELECT median(abs(id - medi)) AS madi FROM t, si)
    SELECT {", ".join(counts)},
           count(*) FILTER (WHERE abs(0.6745 * (order_total - med) / nullif(mad, 0)) > 3.5),
           count(*) FILTER (WHERE order_total < q1 - 1.5 * (q3 - q1) OR order_total > q3 + 1.5 * (q3 - q1)),
           count(*) FILTER (WHERE abs(0.6745 * (account_age_days - med2) / nullif(mad2, 0)) > 3.5),
           count(*) FILTER (WHERE account_age_days < q1b - 1.5 * (q3b - q1b) OR account_age_days > q3b + 1.5 * (q3b - q1b)),
           max(received_at), count(*) FILTER (WHERE received_at < CAST(now() AS TIMESTAMP) - INTERVAL 3650 DAY OR received_at > CAST(now() AS TIMESTAMP)),
           count(*) FILTER (WHERE abs(0.6745 * (id - medi) / nullif(madi, 0)) > 3.5),
           count(*) FILTER (WHERE id < q1i - 1.5 * (q3i - q1i) OR id > q3i + 1.5 * (q3i - q1i)),
           any_value(dups), any_value(duprows)
    FROM t, s, m, dup, duprows, si, mi
    """.replace("ALL_COLUMNS", ", ".join(cols))


def run_duckdb(path, rows):
    import duckdb
    con = duckdb.connect()
    out = {}
    for name, sql in [("validation", duckdb_validation(path)), ("full report", duckdb_report(path))]:
        best, best_cpu = float("inf"), float("nan")
        for _ in range(int(os.environ.get("PRIVSQL_QUALITY_RUNS", "1"))):
            t, c = time.perf_counter(), time.process_time()
            con.execute(sql).fetchall()
            wall = time.perf_counter() - t
            if wall < best:
                best, best_cpu = wall, time.process_time() - c
        out[name] = rows / best
        print(f"duckdb  {name:<28} {best:>7.2f} s  {rows / best:>12.0f} rows/s  "
              f"(CPU {best_cpu:.2f} s, {rows / best_cpu:.0f} rows per CPU-second)", flush=True)
    return out


def run_ge(path, ge_rows):
    import great_expectations as gx
    import pyarrow.parquet as pq

    warnings.filterwarnings("ignore")
    pf = pq.ParquetFile(path)
    cols = ["id", "ticket_id", "email", "channel", "language", "received_at", "text", "order_total", "account_age_days"]
    batches, n = [], 0
    for b in pf.iter_batches(batch_size=65536, columns=cols):
        batches.append(b)
        n += b.num_rows
        if n >= ge_rows:
            break
    import pyarrow as pa
    df = pa.Table.from_batches(batches).slice(0, ge_rows).to_pandas()
    n = len(df)
    ctx = gx.get_context(mode="ephemeral")
    batch = (ctx.data_sources.add_pandas("p").add_dataframe_asset("m")
             .add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": df}))
    E = gx.expectations
    validation = [
        E.ExpectColumnValuesToNotBeNull(column="id"),
        E.ExpectColumnValuesToNotBeNull(column="ticket_id"),
        E.ExpectColumnValueLengthsToBeBetween(column="ticket_id", max_value=13),
        E.ExpectColumnValuesToMatchRegex(column="ticket_id", regex=TICKET_RE),
        E.ExpectColumnValuesToMatchRegex(column="email", regex=EMAIL_RE),
        E.ExpectColumnValuesToBeInSet(column="channel", value_set=CHANNELS),
        E.ExpectColumnValuesToBeInSet(column="language", value_set=LANGUAGES),
        E.ExpectColumnValuesToNotBeNull(column="received_at"),
        E.ExpectColumnValueLengthsToBeBetween(column="text", min_value=1),
        E.ExpectColumnValuesToBeBetween(column="order_total", min_value=0),
        E.ExpectColumnValuesToBeBetween(column="account_age_days", min_value=0, max_value=36500),
    ]
    report = validation + [E.ExpectColumnValuesToNotBeNull(column=c) for c in cols] + [
        E.ExpectColumnValuesToBeUnique(column="ticket_id"),
        E.ExpectColumnMedianToBeBetween(column="order_total", min_value=0),
        E.ExpectColumnMaxToBeBetween(column="received_at"),
    ]
    out = {}
    for name, exps in [("validation", validation), ("full report", report)]:
        import copy
        suite = ctx.suites.add(gx.ExpectationSuite(name=name.replace(" ", "_"), expectations=[copy.copy(e) for e in exps]))
        t, c = time.perf_counter(), time.process_time()
        batch.validate(suite)
        secs, cpu = time.perf_counter() - t, time.process_time() - c
        out[name] = n / secs
        print(f"gx      {name:<28} {secs:>7.2f} s  {n / secs:>12.0f} rows/s  "
              f"(CPU {cpu:.2f} s, {n / cpu:.0f} rows per CPU-second; {n} rows, pandas)", flush=True)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--ge-rows", type=int, default=1_000_000)
    ap.add_argument("--skip-privsql", action="store_true")
    a = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    path = os.environ.get("PRIVSQL_QUALITY_PARQUET") or os.path.join(target, f"quality_bench_{a.rows}.parquet")
    env = dict(os.environ, PRIVSQL_QUALITY_ROWS=str(a.rows), PRIVSQL_QUALITY_PARQUET=path)
    ours = {}
    if not a.skip_privsql:
        p = subprocess.run(["cargo", "bench", "--bench", "quality"], cwd=root, env=env,
                           stdout=subprocess.PIPE, text=True)
        sys.stdout.write(p.stdout)
        if p.returncode != 0:
            sys.exit("cargo bench --bench quality failed")
        for line in p.stdout.splitlines():
            m = re.match(r"privsql (in memory: )?(validation \(is_valid\)|full report).*?([0-9]+) rows/s", line)
            if m:
                k = "validation" if m.group(2).startswith("validation") else "full report"
                ours[("memory " if m.group(1) else "file ") + k] = float(m.group(3))
    duck = run_duckdb(path, a.rows)
    ge = run_ge(path, a.ge_rows)
    print(f"load average: {os.getloadavg()}")
    for k in ["validation", "full report"]:
        if "memory " + k in ours:
            print(f"{k}, rows in memory for both: privsql / Great Expectations = "
                  f"{ours['memory ' + k] / ge[k]:.1f}x (target >= 20)")
        if "file " + k in ours:
            print(f"{k}, privsql from the Parquet file, Great Expectations in memory: "
                  f"privsql / Great Expectations = {ours['file ' + k] / ge[k]:.1f}x")
            print(f"{k}, both from the Parquet file: privsql / DuckDB = "
                  f"{ours['file ' + k] / duck[k]:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
