#!/usr/bin/env bash
# Prints the size of what a phone downloads for each app (fonts and icons apart): the
# visitor app is the first load of /c/{code}; the citizen app loads on sign-up or
# check-in.
set -euo pipefail
report() {
  local title=$1 dir=$2 total_raw=0 total_br=0
  echo "$title"
  for f in "$dir"/index.html "$dir"/ponte-*.js "$dir"/ponte-*_bg.wasm "$dir"/*.css; do
    raw=$(stat -c%s "$f"); br=$(brotli -c -q 11 "$f" | wc -c)
    printf '  %-52s %9d B raw %9d B brotli\n' "${f#"$dir"/}" "$raw" "$br"
    total_raw=$((total_raw + raw)); total_br=$((total_br + br))
  done
  printf '  %-52s %9d B raw %9d B brotli (%d KiB)\n' "total" "$total_raw" "$total_br" $((total_br / 1024))
}
cd "$(dirname "$0")/../dist"
report "visitor app: first load of /c/{code}" .
report "citizen app: /c/{code}/register, /checkin, /survey, /experience, /feedback; /feedback" citizen
