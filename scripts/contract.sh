#!/usr/bin/env bash
# The API against its own contract: starts the built `ponte` on a fresh data dir with the
# demo data, and lets schemathesis (pinned in tools/schemathesis/requirements.txt) send
# every operation of /api/openapi.json generated requests — valid, invalid and
# out-of-method — first as a stranger, then signed in as a coordinator and as a region.
# Fails on any server error, any reply outside the document (status, content type,
# headers, body), a 405 without Allow, or a request outside the schema accepted.
#
#   scripts/contract.sh [EXAMPLES]     (default 25 generated cases per operation)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
examples="${1:-25}"

st="$root/tools/schemathesis/venv/bin/schemathesis"
if [ ! -x "$st" ]; then
  echo "[contract] installing schemathesis (PyPI, pinned)" >&2
  python3 -m venv "$root/tools/schemathesis/venv"
  "$root/tools/schemathesis/venv/bin/pip" install -q -r "$root/tools/schemathesis/requirements.txt"
fi

cargo build -q -p ponte-server --bin ponte
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
PONTE_RATE_LIMITS=off "$root/target/debug/ponte" serve --addr "127.0.0.1:$port" \
  --data-dir "$work/data" --dist-dir "$work/no-app" --demo >"$work/server.log" 2>&1 &
server=$!
cleanup() {
  local status=$?
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  # A failed run keeps what the server said (a panic's backtrace) on the screen.
  [ "$status" = 0 ] || tail -n 40 "$work/server.log" >&2 || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
  kill -0 "$server" 2>/dev/null || { echo "[contract] ponte did not start" >&2; exit 1; }
  curl -fs "$base/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$base/healthz" >/dev/null || { cat "$work/server.log" >&2; exit 1; }

# Meeting a business rule the schema cannot say (a codice fiscale's check letter, a
# day that exists) is not asked of generated "valid" data: positive_data_acceptance
# is left out. Every other check runs. The session cookie is sent as a header, so
# schemathesis is told not to vary it (it would "remove" a cookie it cannot remove).
run() {
  local name="$1"; shift
  echo "[contract] $name" >&2
  "$st" run "$base/api/openapi.json" -n "$examples" --seed 1 --no-color \
    --generation-database none --checks all --exclude-checks positive_data_acceptance \
    --request-timeout 10 --generation-with-security-parameters false "$@"
}

sign_in() {
  local email="$1" password
  password="$(awk -v e="$email" '$1 == e { print $3 }' "$work/data/demo-accounts.txt")"
  curl -fs -c - -H 'content-type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/session" |
    awk '$6 == "ponte_staff" { print $7 }'
}

# A sign-in that failed would turn a staff run into a stranger's, passing unseen.
signed_in() {
  [ -n "$1" ] && curl -fs -H "Cookie: ponte_staff=$1" "$base/api/v1/session" >/dev/null ||
    { echo "[contract] the demo $2 could not sign in" >&2; exit 1; }
}

run "as a stranger"
# Signed in, the run leaves out signing out (it would end its own session).
coordinator="$(sign_in coordinatore@demo.ponte.it)"
signed_in "$coordinator" coordinator
run "as a coordinator" -H "Cookie: ponte_staff=$coordinator" --exclude-operation-id delete_session
region="$(sign_in toscana@demo.ponte.it)"
signed_in "$region" region
run "as a region" -H "Cookie: ponte_staff=$region" --exclude-operation-id delete_session
if grep -qi 'panicked' "$work/server.log"; then
  echo "[contract] the server panicked:" >&2
  grep -i -A5 'panicked' "$work/server.log" >&2
  exit 1
fi
echo "[contract] every operation answered within its contract" >&2
