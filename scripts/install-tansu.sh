#!/usr/bin/env bash
# Installs the tansu Kafka-compatible broker used by the Kafka integration tests and benchmark.
# Idempotent: does nothing when a `tansu` binary is already on PATH (or in ~/.cargo/bin).
# Storage `memory://` needs the `dynostore` feature.
set -euo pipefail
TANSU_VERSION="${TANSU_VERSION:-0.6.0}"
export PATH="$HOME/.cargo/bin:$PATH"
if command -v tansu >/dev/null 2>&1; then
  echo "tansu already installed: $(command -v tansu)"
  exit 0
fi
export CARGO_TARGET_DIR="${TANSU_TARGET_DIR:-$HOME/.cache/tansu-build}"
exec cargo install tansu --version "=${TANSU_VERSION}" --locked --features dynostore
