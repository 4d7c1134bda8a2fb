#!/usr/bin/env bash
# Runs every test: formatting, lints, the shared crate, the server (unit, warp harness,
# black-box binary) and the app in headless Chromium. What CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser

step() { printf '\n==> %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "build the app (release, wasm-opt)"
scripts/build-app.sh

step "lint (native and wasm)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p ponte-frontend --target wasm32-unknown-unknown --bins -- -D warnings

step "tests"
cargo test --workspace

step "the API against its OpenAPI contract (schemathesis: a stranger, a coordinator, a region)"
scripts/contract.sh 25

step "shared rules compiled to wasm: the scoring fixtures give the same numbers (node)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p ponte-domain --target wasm32-unknown-unknown --test scoring_parity

step "fuzzing: every target for 30 s from the committed seeds"
scripts/fuzz.sh 30

step "Lighthouse on the centre page and its sign-up (mobile, slow 4G, 4x CPU): the goals of issue 17"
PONTE_BIN=target/debug/ponte scripts/lighthouse.sh --check

step "sizes: the path from the poster to the pass (tests/path.rs), then each app (brotli -q 11)"
scripts/size-report.sh
