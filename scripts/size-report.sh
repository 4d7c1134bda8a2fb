#!/usr/bin/env bash
# Prints the size of what a phone downloads on its first visit (fonts and icons apart).
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0; total_br=0
for f in index.html *.js *_bg.wasm *.css; do
  raw=$(stat -c%s "$f"); br=$(brotli -c -q 11 "$f" | wc -c)
  printf '%-48s %9d B raw %9d B brotli\n' "$f" "$raw" "$br"
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
done
printf '%-48s %9d B raw %9d B brotli (%d KB)\n' "total" "$total_raw" "$total_br" $((total_br / 1024))
