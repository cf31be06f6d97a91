#!/usr/bin/env bash
# Installs what the text functions' tests and their side-by-side benchmark need, only when
# missing (idempotent; PyPI and Debian only): langdetect (the peer of detect_language in
# benches/compare/language_vs_peers.py), pyarrow (the lines are handed over as Parquet), and the
# real text both read (Debian fortunes, Django's translations, the ChatterBot corpus) downloaded
# into ~/.cache/privsql/real-text by scripts/intent_training/real_text.py.
#   scripts/install-python-text.sh
set -euo pipefail
PY=${PYTHON:-python3}
pins=("langdetect==1.0.9" "pyarrow==26.0.1" "pyyaml")
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
  echo "python packages for text: all present"
fi
"$PY" - "$(cd "$(dirname "$0")" && pwd)/intent_training" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import real_text
real_text.fetch()
print("real text: present")
PY
