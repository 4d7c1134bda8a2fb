#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 30; `scripts/fuzz.sh 600` for ten
# minutes), from the committed seeds in fuzz/seeds/ into a scratch corpus, on the
# stable toolchain (cargo-fuzz without a sanitizer: libFuzzer's coverage and Rust's own
# checks, debug assertions on). A crash fails the run and leaves its input in
# fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd fuzz && cargo fuzz build -s none)
for target in codice_fiscale request_bodies survey_answers centres_csv; do
  mkdir -p "$scratch/$target"
  if (cd fuzz && cargo fuzz run -s none "$target" "$scratch/$target" "seeds/$target" -- \
        -max_total_time="$seconds" >"$scratch/$target.log" 2>&1); then
    printf '[fuzz] %-15s %s\n' "$target" "$(grep -E '^Done' "$scratch/$target.log" | tail -1)" >&2
  else
    tail -40 "$scratch/$target.log" >&2
    printf '[fuzz] %s FAILED: the input is in fuzz/artifacts/%s/\n' "$target" "$target" >&2
    exit 1
  fi
done
