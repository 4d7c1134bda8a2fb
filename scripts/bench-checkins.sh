#!/usr/bin/env bash
# Load benchmark of durable check-ins against the release server on this machine:
# distinct passes, 64 concurrent connections, 30 s. Prints throughput, latency
# percentiles and the server's memory. Extra arguments go to the load generator
# (bench/src/checkin_load.rs), e.g. --seconds 10.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p ponte-server -p ponte-bench
exec target/release/checkin-load target/release/ponte --connections 64 --seconds 30 --citizens 2000 "$@"
