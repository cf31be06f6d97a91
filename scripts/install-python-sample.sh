#!/usr/bin/env bash
# Installs the Python packages the sampling comparisons need (tests/compare/sample_vs_imblearn.py,
# benches/compare/sample_bench.py), only those missing. Idempotent.
set -euo pipefail
PY=${PYTHON:-python3}
missing=()
for spec in "sklearn:scikit-learn" "imblearn:imbalanced-learn" "pandas:pandas" "pyarrow:pyarrow" "numpy:numpy"; do
  module=${spec%%:*}
  package=${spec#*:}
  "$PY" -c "import $module" 2>/dev/null || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  "$PY" -m pip install --quiet "${missing[@]}" || "$PY" -m pip install --quiet --break-system-packages "${missing[@]}"
else
  echo "python packages for the sampling comparisons are present"
fi
