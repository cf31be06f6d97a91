#!/usr/bin/env bash
# Python peers of the data-quality tests and benchmarks: Great Expectations 1.x, Pydantic 2
# (with email-validator), DuckDB, pandas and pyarrow. Idempotent: installs only what is missing.
set -euo pipefail
PY=${PYTHON:-python3}
need=()
have() { "$PY" - "$1" "$2" <<'PYEOF'
import sys
from importlib.metadata import version, PackageNotFoundError
name, major = sys.argv[1], sys.argv[2]
try:
    v = version(name)
except PackageNotFoundError:
    sys.exit(1)
sys.exit(0 if v.split(".")[0] == major else 1)
PYEOF
}
have great-expectations 1 || need+=("great-expectations==1.24.1")
have pydantic 2 || need+=("pydantic==2.13.4")
"$PY" -c "import email_validator" 2>/dev/null || need+=("email-validator==2.4.0")
"$PY" -c "import duckdb" 2>/dev/null || need+=("duckdb==2.0.1")
"$PY" -c "import pandas" 2>/dev/null || need+=("pandas")
"$PY" -c "import pyarrow" 2>/dev/null || need+=("pyarrow")
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  "$PY" -m pip install --quiet "${need[@]}"
fi
