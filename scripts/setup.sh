#!/usr/bin/env bash
# Installs what Ponte needs to build (and, with --browser, to test) and is missing;
# skips whatever is already there. Sourced by run.sh and test.sh, or run on its own.
# Never downloads binaries at build time: trunk runs offline with the tools below.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_browser=0
for a in "$@"; do [ "$a" = "--browser" ] && want_browser=1; done

say() { printf '[setup] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# trunk 0.22 needs a newer rustc than the machine's 1.95; 0.21.14 is the tested one.
if ! trunk --version 2>/dev/null | grep -q 'trunk 0.21.14'; then
  say "installing trunk 0.21.14 (about 9 minutes, once)"
  cargo install --locked trunk@0.21.14
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock. Not --locked: the
# registry here lacks one of its locked dependencies (see shared/toolchain.md).
wb_version="$(grep -A1 '^name = "wasm-bindgen"$' "$root/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb_version\$"; then
  say "installing wasm-bindgen-cli $wb_version (about 4 minutes, once)"
  cargo install wasm-bindgen-cli@"$wb_version"
fi

# Node and npm run the pinned npm tools below; install Debian's if the machine has none.
if ! command -v npm >/dev/null; then
  say "installing nodejs and npm from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm
fi

# wasm-opt from npm binaryen 132: Debian's binaryen 108 cannot read current Rust wasm.
if [ ! -x "$root/tools/wasm-opt/node_modules/.bin/wasm-opt" ]; then
  say "installing wasm-opt (npm binaryen, pinned by tools/wasm-opt/package-lock.json)"
  (cd "$root/tools/wasm-opt" && npm ci --no-fund --no-audit --loglevel=error)
fi
export PATH="$root/tools/wasm-opt/node_modules/.bin:$PATH"

# terser from npm (pinned): minifies wasm-bindgen's JS glue after trunk.
if [ ! -x "$root/tools/terser/node_modules/.bin/terser" ]; then
  say "installing terser (npm, pinned by tools/terser/package-lock.json)"
  (cd "$root/tools/terser" && npm ci --no-fund --no-audit --loglevel=error)
fi

# cargo-fuzz for the fuzz targets (fuzz/): runs on stable without a sanitizer.
if ! cargo fuzz --version 2>/dev/null | grep -q 'cargo-fuzz 0.13.2'; then
  say "installing cargo-fuzz 0.13.2 (about a minute, once)"
  cargo install --locked cargo-fuzz@0.13.2
fi

if [ "$want_browser" = 1 ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v brotli >/dev/null || missing+=(brotli)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
  # Lighthouse (pinned by tools/lighthouse/package-lock.json): the suite's page goals.
  if [ ! -x "$root/tools/lighthouse/node_modules/.bin/lighthouse" ]; then
    say "installing Lighthouse 12.8.2 (npm)"
    (cd "$root/tools/lighthouse" && npm ci --no-fund --no-audit --loglevel=error)
  fi
  command -v curl >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq curl; }
  # axe-core (pinned by tools/axe/package-lock.json), injected by the browser tests.
  if [ ! -f "$root/tools/axe/node_modules/axe-core/axe.min.js" ]; then
    say "installing axe-core (npm)"
    (cd "$root/tools/axe" && npm ci --no-fund --no-audit --loglevel=error)
  fi
fi
