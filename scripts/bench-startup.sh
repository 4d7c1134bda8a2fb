#!/usr/bin/env bash
# Measures how long the release `ponte serve` takes, from exec to its first 200 on
# /healthz, with an empty data dir (first start: creates the redb file) and again with
# the demo data loaded. Prints one line per run; does not assert.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/ponte
[ -x "$bin" ] || cargo build --release -p ponte-server
port=18181
run() {
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  "$bin" serve --addr 127.0.0.1:$port "$@" >/dev/null 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.002; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local us=$(( (end - start) / 1000 ))
  printf "%-40s %4d.%03d ms\n" "$label" $((us / 1000)) $((us % 1000))
}
for i in 1 2 3; do
  d=$(mktemp -d)
  run "empty data dir (run $i)" --data-dir "$d/data"
  run "demo data, first load (run $i)" --data-dir "$d/demo" --demo
  run "demo data, restart (run $i)" --data-dir "$d/demo" --demo
  rm -rf "$d"
done
