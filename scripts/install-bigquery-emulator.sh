#!/usr/bin/env bash
# The BigQuery emulator of the BigQuery tests and benchmark (tests/it/bigquery.rs,
# benches/compare/bigquery_read.py): bqemulator 1.4.0 (REST + Storage Read gRPC over DuckDB) with
# the Python Storage Read client, in its own virtual environment $BQEMU_VENV (default
# ~/.cache/privsql/bqemu-venv). Idempotent: creates the environment only when it is missing.
#
# DuckDB's spatial extension is installed from the duckdb-extension-spatial wheel so that the
# emulator never downloads it at start (there is no network at test time).
set -euo pipefail
VENV=${BQEMU_VENV:-$HOME/.cache/privsql/bqemu-venv}
PY=${PYTHON:-python3}
pins=(
  "bqemulator==1.4.0"
  "duckdb==1.5.5"
  "duckdb-extension-spatial==1.5.5"
  "numpy"
  "pyarrow"
  "google-cloud-bigquery"
  "google-cloud-bigquery-storage"
)
if ! "$VENV/bin/python" -c "import bqemulator, duckdb, duckdb_extension_spatial, google.cloud.bigquery_storage_v1, pyarrow" 2>/dev/null \
   || [ "$("$VENV/bin/python" -c 'import duckdb; print(duckdb.__version__)' 2>/dev/null)" != "1.5.5" ]; then
  echo "installing the BigQuery emulator into $VENV"
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet "${pins[@]}"
fi
# Install the spatial extension into DuckDB's extension directory (once; cheap to repeat).
"$VENV/bin/python" - <<'PYEOF'
import glob, os, duckdb, duckdb_extension_spatial
base = os.path.dirname(duckdb_extension_spatial.__file__)
found = glob.glob(os.path.join(base, "extensions", "v*", "spatial.duckdb_extension"))
if not found:
    raise SystemExit(f"no spatial.duckdb_extension under {base}")
con = duckdb.connect()
loaded = con.sql("SELECT installed FROM duckdb_extensions() WHERE extension_name = 'spatial'").fetchone()
if not (loaded and loaded[0]):
    con.sql(f"INSTALL '{found[0]}'")
    print("installed DuckDB's spatial extension from", found[0])
PYEOF
