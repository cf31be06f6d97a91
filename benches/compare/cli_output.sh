#!/usr/bin/env bash
# Output throughput of the privsql binary per --format: rows per second and peak memory when
# writing ROWS generated rows (three columns: two integers and a short string) to /dev/null.
# Peak memory stays flat as ROWS grows: csv, json and ndjson stream batch by batch, and a table
# keeps only --max-rows rows.
#
#   bash benches/compare/cli_output.sh            # builds the release binary once, 10M rows
#   ROWS=2000000 BIN=path/to/privsql bash benches/compare/cli_output.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

ROWS="${ROWS:-10000000}"
if [[ -z "${BIN:-}" ]]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/privsql/target}"
  cargo build --release --quiet --bin privsql
  BIN="$CARGO_TARGET_DIR/release/privsql"
fi
query="SELECT v, v * 2 AS w, 'text ' || v AS s FROM generate_series(1, $ROWS) t(v)"

printf '%-8s %12s %14s %12s\n' format seconds rows/s "peak RSS"
for format in csv json ndjson table; do
  stats=$( { /usr/bin/time -f '%e %M' "$BIN" -q --format "$format" -c "$query" > /dev/null; } 2>&1 | tail -1 )
  secs=${stats% *}
  kb=${stats#* }
  rate=$(awk -v r="$ROWS" -v s="$secs" 'BEGIN { if (s > 0) printf "%d", r / s; else print "-" }')
  printf '%-8s %12s %14s %9s MiB\n' "$format" "$secs" "$rate" "$((kb / 1024))"
done
