#!/usr/bin/env bash
# What the command-line and object-store tests need beyond cargo: util-linux `script` (a
# pseudo-terminal for the shell tests; part of every Debian/Ubuntu base system) and moto's
# S3-compatible server (PyPI `moto[server]`) for the s3:// tests. Installs only what is missing.
set -euo pipefail

if ! command -v script >/dev/null 2>&1; then
  echo "installing util-linux (script)"
  if command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -q bsdutils || { apt-get update -q && apt-get install -y -q bsdutils; }
  else
    echo "error: util-linux 'script' is missing and apt-get is not available" >&2
    exit 1
  fi
fi

if ! command -v moto_server >/dev/null 2>&1; then
  echo "installing moto[server] from PyPI"
  python3 -m pip install --quiet "moto[server]>=5,<6"
fi
