#!/usr/bin/env bash
# Lighthouse 12.8 (mobile, simulated slow 4G, 4x CPU slowdown: its defaults) on the
# pages a citizen opens first: the centre page a poster's QR leads to, and its sign-up
# page, with the demo data and Debian's Chromium; prints each category's score and the
# timings (first contentful paint, largest, total blocking time, layout shift, time to
# interactive).
#
#   scripts/lighthouse.sh           measure, against a release build of the server
#   scripts/lighthouse.sh --check   also fail below issue 17's goals (performance >=
#                                   0.9, accessibility 1.0, best practices >= 0.95);
#                                   scripts/test.sh runs this with PONTE_BIN set to
#                                   the suite's own build of the server.
#
# The app is the release build in dist/ (scripts/build-app.sh) whichever server serves
# it: the bytes a phone gets are the same. A shared 2-core machine makes the
# performance score wobble by a few points, so --check gives each page three tries and
# keeps the best; every try is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = "--check" ] && check=1
if [ ! -x tools/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd tools/lighthouse && npm ci --no-fund --no-audit --loglevel=error)
fi
bin="${PONTE_BIN:-}"
if [ -z "$bin" ]; then
  cargo build --release -p ponte-server
  bin=target/release/ponte
fi
data="$(mktemp -d)"
port=18$((RANDOM % 900 + 100))
PONTE_RATE_LIMITS=off "$bin" serve --demo --addr "127.0.0.1:$port" --data-dir "$data/data" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
# The server makes its brotli copies in the background at start: measure what a phone
# gets once they are there.
wasm="$(cd dist/citizen && ls ponte-citizen-*_bg.wasm)"
for _ in $(seq 300); do
  curl -fsI -H 'accept-encoding: br' "http://127.0.0.1:$port/citizen/$wasm" | grep -qi '^content-encoding: br' && break
  sleep 0.3
done
failed=0
for page in /c/TOS-001 /c/TOS-001/register; do
  tries=1
  [ "$check" = 1 ] && tries=3
  passed=0
  for try in $(seq "$tries"); do
    report="$data/report.json"
    CHROME_PATH=/usr/bin/chromium tools/lighthouse/node_modules/.bin/lighthouse \
      "http://127.0.0.1:$port$page" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices \
      --chrome-flags="--headless=new --no-sandbox --disable-background-networking --disable-component-update --user-data-dir=$data/chrome" >/dev/null
    if node -e '
      const r = require(process.argv[1]);
      const c = r.categories, a = r.audits;
      const ms = (k) => Math.round(a[k].numericValue) + " ms";
      console.log(process.argv[2] + " (try " + process.argv[3] + "): performance " + c.performance.score +
        ", accessibility " + c.accessibility.score + ", best practices " + c["best-practices"].score);
      console.log("  FCP " + ms("first-contentful-paint") + ", LCP " + ms("largest-contentful-paint") +
        ", TBT " + ms("total-blocking-time") + ", CLS " + a["cumulative-layout-shift"].numericValue.toFixed(3) +
        ", TTI " + ms("interactive") + ", bytes " + a["total-byte-weight"].numericValue);
      for (const k of ["accessibility", "best-practices"]) {
        for (const ref of c[k].auditRefs) {
          const au = a[ref.id];
          if (ref.weight > 0 && au.score !== null && au.score < 1) console.log("  " + k + ": " + au.id + " — " + au.title);
        }
      }
      const ok = c.performance.score >= 0.9 && c.accessibility.score >= 1 && c["best-practices"].score >= 0.95;
      process.exit(ok ? 0 : 1);
    ' "$report" "$page" "$try"; then
      passed=1
    fi
    cp "$report" "${LIGHTHOUSE_KEEP:-/dev/null}" 2>/dev/null || true
    rm -rf "$data/chrome"
    [ "$passed" = 1 ] && break
  done
  if [ "$check" = 1 ] && [ "$passed" = 0 ]; then
    echo "lighthouse: $page is below the goals in every try" >&2
    failed=1
  fi
done
exit "$failed"
