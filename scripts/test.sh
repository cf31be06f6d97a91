#!/usr/bin/env bash
# Runs every privsql test: the README's test command, and what CI runs (.ci/run).
#
#   bash scripts/test.sh [extra cargo test arguments]
#
# 1. Installs what the tests need and is missing: every scripts/install-*.sh runs in turn
#    (each is idempotent and installs only what is absent: a broker, Python peers, ...).
# 2. Runs `cargo test --workspace`: unit tests, the integration tests (tests/it) and the
#    sqllogictest files (tests/sql). Exits non-zero when anything fails.
#
# The cargo target dir defaults to $HOME/.cache/privsql/target (set CARGO_TARGET_DIR to change).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/privsql/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

shopt -s nullglob
for installer in scripts/install-*.sh; do
  echo "==> $installer"
  bash "$installer"
done
shopt -u nullglob

if ! command -v cargo >/dev/null 2>&1; then
  echo "error: cargo not found; install Rust (https://rustup.rs) first" >&2
  exit 1
fi

echo "==> cargo test --workspace (target dir $CARGO_TARGET_DIR)"
cargo test --workspace --no-fail-fast "$@"
echo "==> all tests passed"
