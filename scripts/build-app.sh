#!/usr/bin/env bash
# Builds the two app bundles (release, wasm-opt) into dist/: the visitor app
# (frontend/index.html: find a centre, its page, the poster) at the root, and the
# citizen app (frontend/citizen.html: sign-up, pass, check-in, outbox) in dist/citizen/.
# Expects the tools of scripts/setup.sh on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
trunk build frontend/citizen.html --release --dist dist/citizen --public-url /citizen/
