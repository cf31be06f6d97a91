#!/usr/bin/env bash
# The real components of the observability tests (tests/it/observe.rs): Debian's Prometheus
# server and Pushgateway, and MLflow 3.17.2 from PyPI in its own virtualenv
# ($PRIVSQL_MLFLOW_VENV, default ~/.cache/privsql/mlflow-venv; 3.18.0 does not install here).
# Idempotent: installs only what is missing.
set -euo pipefail
need=()
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v prometheus-pushgateway >/dev/null 2>&1 || need+=(prometheus-pushgateway)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # --no-install-recommends: no node_exporter and friends; the packages' own services are not
  # started in containers without systemd, and the tests start their own on free ports.
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
venv="${PRIVSQL_MLFLOW_VENV:-$HOME/.cache/privsql/mlflow-venv}"
if ! "$venv/bin/mlflow" --version 2>/dev/null | grep -q '3\.17\.2'; then
  echo "installing mlflow==3.17.2 into $venv"
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/pip" install --quiet "mlflow==3.17.2"
fi
