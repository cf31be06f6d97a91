#!/usr/bin/env bash
# First set-up: builds privsql and everything its tests need. Idempotent; a second run only
# checks that all is built.
#
#   bash scripts/setup.sh
#
# Then run the main job with `cargo run --release -- -f sql/pipeline.sql` and every test with
# `bash scripts/test.sh`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/privsql/target}"

shopt -s nullglob
for installer in scripts/install-*.sh; do
  echo "==> $installer"
  bash "$installer"
done
shopt -u nullglob

echo "==> cargo build --release (the privsql binary)"
cargo build --release --bin privsql
echo "==> cargo test --workspace --no-run (the tests)"
cargo test --workspace --no-run
echo "==> ready: $CARGO_TARGET_DIR/release/privsql"
