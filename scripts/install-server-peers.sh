#!/usr/bin/env bash
# Install what the `privsql serve` tests and benchmark drive, only when it is missing:
#   psql (postgresql-client), openssl (TLS test certificates), Java + Debian's PostgreSQL JDBC
#   driver, psycopg 3, pyarrow (examples/dbt/make_data.py), dbt-postgres (dbt-core 1.11),
#   SQLAlchemy 2 with psycopg2 and pandas, asyncpg from PyPI, Node.js and node-postgres (npm `pg`,
#   into tests/clients/node/node_modules), and, with --bench, the
#   PostgreSQL 15 server for benches/compare/serve_vs_postgres.sh.
# Idempotent: running it again installs nothing.
set -euo pipefail

bench=0
[[ "${1:-}" == "--bench" ]] && bench=1

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi

apt_missing=()
command -v psql >/dev/null 2>&1 || apt_missing+=(postgresql-client)
command -v openssl >/dev/null 2>&1 || apt_missing+=(openssl)
command -v java >/dev/null 2>&1 || apt_missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || apt_missing+=(nodejs npm)
[[ -f /usr/share/java/postgresql.jar ]] || apt_missing+=(libpostgresql-jdbc-java)
if [[ $bench -eq 1 ]] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt_missing+=(postgresql)
fi
if [[ ${#apt_missing[@]} -gt 0 ]]; then
  echo "install-server-peers: apt-get install ${apt_missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

py_missing=()
python3 -c "import psycopg" >/dev/null 2>&1 || py_missing+=("psycopg[binary]>=3.1")
python3 -c "import pyarrow" >/dev/null 2>&1 || py_missing+=("pyarrow")
python3 -c "import sqlalchemy, psycopg2" >/dev/null 2>&1 || py_missing+=("sqlalchemy>=2" "psycopg2-binary")
python3 -c "import pandas" >/dev/null 2>&1 || py_missing+=("pandas")
python3 -c "import asyncpg" >/dev/null 2>&1 || py_missing+=("asyncpg")
if ! python3 -c "import dbt.adapters.postgres" >/dev/null 2>&1 || ! command -v dbt >/dev/null 2>&1; then
  py_missing+=("dbt-core~=1.11.0" "dbt-postgres")
fi
if [[ ${#py_missing[@]} -gt 0 ]]; then
  echo "install-server-peers: pip install ${py_missing[*]}"
  python3 -m pip install -q "${py_missing[@]}"
fi
node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/clients/node"
if [[ ! -d "$node_dir/node_modules/pg" ]]; then
  echo "install-server-peers: npm install (node-postgres) in $node_dir"
  (cd "$node_dir" && npm install --no-audit --no-fund --silent)
fi
echo "install-server-peers: ready"
