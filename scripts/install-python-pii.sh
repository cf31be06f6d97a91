#!/usr/bin/env bash
# The peer of the PII benchmark (benches/compare/pii_vs_presidio.py): Microsoft Presidio's
# analyzer (presidio-analyzer, with spaCy and phonenumbers as its dependencies). Its spaCy
# language models come from a model hub, not from PyPI, so none is installed: the benchmark runs
# Presidio's pattern recognizers on a blank spaCy pipeline. Idempotent: installs only when missing.
set -euo pipefail
PY=${PYTHON:-python3}
if ! "$PY" -c "import presidio_analyzer" 2>/dev/null; then
  echo "installing: presidio-analyzer==2.2.366"
  "$PY" -m pip install --quiet "presidio-analyzer==2.2.366"
fi
