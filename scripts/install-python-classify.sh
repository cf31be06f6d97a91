#!/usr/bin/env bash
# Installs the Python packages the intent classifier's training script and its side-by-side
# benchmark need, pinned, and only those that are missing (idempotent; PyPI only). The real
# text tests/it/classify.rs evaluates on (the ChatterBot corpus wheel) is downloaded into
# ~/.cache/privsql/real-text when missing; the training script's real text (Debian fortunes,
# Django) is downloaded by scripts/intent_training/real_text.py on first use.
#   scripts/install-python-classify.sh
set -euo pipefail
PY=${PYTHON:-python3}
pins=(
  "numpy==2.4.6"
  "scipy"
  "pyyaml"
  "scikit-learn==1.9.1"
  "onnx==1.23.2"
  "onnxruntime==1.32.0"
  "pyarrow==26.0.1"
  "fasttext-numpy2-wheel==0.9.2"
  "tokenizers==0.23.3"
)
missing=()
for pin in "${pins[@]}"; do
  name=${pin%%==*}
  want=${pin#*==}
  have=$("$PY" -m pip show "$name" 2>/dev/null | awk '/^Version:/{print $2}') || true
  if [[ -z "$have" || ( "$want" != "$pin" && "$have" != "$want" ) ]]; then
    missing+=("$pin")
  fi
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  "$PY" -m pip install --quiet "${missing[@]}"
else
  echo "python packages for classify: all present"
fi
"$PY" "$(dirname "$0")/intent_training/real_text.py" --fetch-evaluation
