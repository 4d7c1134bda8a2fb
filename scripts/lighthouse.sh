#!/usr/bin/env bash
# Lighthouse 12.8 (mobile, simulated slow 4G, 4x CPU slowdown: its defaults) on the
# pages a citizen opens first: the centre page a poster's QR leads to, and its sign-up
# page. Runs against the release server with the demo data and Debian's Chromium;
# prints each category's score and the timings. A measurement, not yet a gate (issue
# 17 sets the goals: performance >= 0.9, accessibility 1.0, best practices >= 0.95).
# Expects the built app in dist/ (scripts/build-app.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x tools/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd tools/lighthouse && npm ci --no-fund --no-audit --loglevel=error)
fi
cargo build --release -p ponte-server
data="$(mktemp -d)"
port=18$((RANDOM % 900 + 100))
target/release/ponte serve --demo --addr "127.0.0.1:$port" --data-dir "$data/data" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
for page in /c/TOS-001 /c/TOS-001/register; do
  report="$data/report.json"
  CHROME_PATH=/usr/bin/chromium tools/lighthouse/node_modules/.bin/lighthouse \
    "http://127.0.0.1:$port$page" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --user-data-dir=$data/chrome" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories, a = r.audits;
    const ms = (k) => Math.round(a[k].numericValue) + " ms";
    console.log(process.argv[2] + ": performance " + c.performance.score +
      ", accessibility " + c.accessibility.score + ", best practices " + c["best-practices"].score);
    console.log("  FCP " + ms("first-contentful-paint") + ", LCP " + ms("largest-contentful-paint") +
      ", TBT " + ms("total-blocking-time") + ", CLS " + a["cumulative-layout-shift"].numericValue.toFixed(3) +
      ", TTI " + ms("interactive") + ", bytes " + a["total-byte-weight"].numericValue);
  ' "$report" "$page"
  cp "$report" "${LIGHTHOUSE_KEEP:-/dev/null}" 2>/dev/null || true
  rm -rf "$data/chrome"
done
