#!/usr/bin/env bash
# The region's reads at national size: builds (once) a data dir of two million
# citizens, five million services and 3,500 sites with `ponte demo generate`, then runs
# bench/src/dashboard_load.rs against it: p50/p95/max of every dashboard question, the
# server's memory while answering, and the time to export a million rows of the
# national file. DATA_DIR defaults to target/national (about 10 GB), generated only
# when it holds no database; the other arguments go to the load generator.
#   scripts/bench-dashboard.sh [DATA_DIR] [--requests N] [--rows N]
set -euo pipefail
cd "$(dirname "$0")/.."
data="target/national"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then data="$1"; shift; fi
cargo build --release -p ponte-server -p ponte-bench
if [ ! -f "$data/ponte.redb" ]; then
  mkdir -p "$data"
  target/release/ponte demo generate --data-dir "$data"
fi
# Every request comes from 127.0.0.1: the per-client limits would refuse most of it.
export PONTE_RATE_LIMITS=off
exec target/release/dashboard-load target/release/ponte "$data" "$@"
