#!/usr/bin/env bash
# Builds the app and the server (release) and runs Ponte with the demo data at
# http://127.0.0.1:8080. Extra arguments go to `ponte serve` (e.g. --addr, --data-dir).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
scripts/build-app.sh
cargo build --release -p ponte-server
exec target/release/ponte serve --demo "$@"
