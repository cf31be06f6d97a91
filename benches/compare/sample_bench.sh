#!/usr/bin/env bash
# privsql's sampling family beside scikit-learn / imbalanced-learn on the same data.
# Usage: benches/compare/sample_bench.sh [STRATIFIED_ROWS [SMOTE_ROWS [FEATURES]]]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/install-python-sample.sh
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo bench --bench sample -- --stratified-rows "${1:-50000000}" --smote-rows "${2:-1000000}" --features "${3:-16}" --dir "$dir"
python3 benches/compare/sample_bench.py "$dir"
