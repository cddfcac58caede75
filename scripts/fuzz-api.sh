#!/usr/bin/env bash
# API fuzzing (issue 5, item 3): schemathesis against the served OpenAPI document, with a valid token.
#
#   scripts/fuzz-api.sh [--postgres] [--max-examples N] [--no-stateful] [--seed N] [--workers N] [--keep]
#
# Installs schemathesis in the harness venv (.venv-harness), starts `chancery serve --demo` on a scratch data
# directory (SQLite, or a throwaway PostgreSQL with --postgres), creates the fuzzing account `fuzzer` (CTS,
# every category, the roles admin, auditor, registry.clerk and registry.supervisor: no demo account has them
# all), signs it in, and runs schemathesis against http://127.0.0.1:PORT/api/v1/openapi.json with its token.
# scripts/harness/fuzz/prepare.py first gives schemathesis the ids of the demo's records, lists, copies,
# holds, attachments and folders (dictionaries, see schemathesis.toml there), so that half of the generated
# ids exist and the operations are reached beyond their 404.
#
# Checks on every answer: not_a_server_error (no 5xx), status_code_conformance (the status is documented),
# content_type_conformance, response_headers_conformance and response_schema_conformance (the body matches
# the documented schema; the document's schemas are closed, so an undocumented field fails too), and
# ignored_auth (every operation that needs a token refuses a request without one, or with a wrong one).
# Phases: examples, coverage (boundary values, missing and wrong parameters, requests without the token),
# fuzzing (N random cases per operation, valid and invalid) and stateful (chains of calls that follow the
# document's links, e.g. register → file → close → archive → dispose; --no-stateful leaves it out).
#
# Options and environment:
#   --max-examples N   (or FUZZ_MAX_EXAMPLES; alias --hypothesis-max-examples) cases per operation in the
#                      fuzzing phase, default 100
#   --seed N           reproduce a run (schemathesis prints the seed it used)
#   --workers N        concurrent workers, default 2
#   --keep             keep the scratch directory (server log, reports) and print its path
#   CHANCERY_BIN       the chancery binary to test; default: `swift build --product chancery` (debug)
#
# Prints schemathesis's report, then the figures (requests and status codes per operation, operations
# tested, failed checks, 500s in the server log). Exits non-zero on any failed check, any schemathesis
# error, any 500 in the server log, or if the server died.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
source scripts/lib/harness-venv.sh
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

ENGINE=sqlite MAX_EXAMPLES="${FUZZ_MAX_EXAMPLES:-100}" PHASES=examples,coverage,fuzzing,stateful SEED="" WORKERS=2 KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) ENGINE=postgres; shift ;;
        --max-examples|--hypothesis-max-examples) MAX_EXAMPLES="$2"; shift 2 ;;
        --no-stateful) PHASES=examples,coverage,fuzzing; shift ;;
        --seed) SEED="$2"; shift 2 ;;
        --workers) WORKERS="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
    esac
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chancery-fuzz.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    if [ "$ENGINE" = postgres ]; then pg_stop || true; fi
    if [ "$KEEP" = 1 ]; then echo "scratch directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ -z "${CHANCERY_BIN:-}" ]; then
    echo "== build (debug) =="
    swift build --product chancery
    CHANCERY_BIN=.build/debug/chancery
fi
BIN="$(cd "$(dirname "$CHANCERY_BIN")" && pwd)/$(basename "$CHANCERY_BIN")"

echo "== schemathesis =="
harness_venv
SCHEMATHESIS="$(dirname "$HARNESS_PYTHON")/schemathesis"
"$SCHEMATHESIS" --version

echo "== server ($ENGINE) =="
command -v curl >/dev/null || ensure_apt_packages curl
export CHANCERY_DATA_DIR="$WORK/data" CHANCERY_BCRYPT_COST=4
# The hooks' sign-ins name another client address (X-Forwarded-For) than the fuzzer's wrong passwords, so the
# sign-in throttle makes the fuzzer wait but never the hooks (scripts/harness/fuzz/hooks.py).
export CHANCERY_TRUSTED_PROXIES=127.0.0.1,::1
if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES=chancery_fuzz pg_start
    export CHANCERY_DATABASE_URL="$PG_URL/chancery_fuzz"
fi
PASSWORD_FILE="$WORK/password"
head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$PASSWORD_FILE"
"$BIN" user create --username fuzzer --clearance CTS --nationality BEL \
    --categories MEDICAL,STAFF,LEGAL,RECRUITMENT,INTEL --roles admin,auditor,registry.clerk,registry.supervisor \
    --units IPS,HEALTH,HR,CHR,IPU <"$PASSWORD_FILE"
# The account whose tokens DELETE /api/v1/auth/token revokes (hooks.py signs it in for each such call), and
# whose sign-in the fuzzer may get right (prepare.py): the fuzzer learns the name `fuzzer` from
# GET /api/v1/me and would lock it with wrong passwords sooner or later.
"$BIN" user create --username fuzz-signout --clearance NU --nationality BEL <"$PASSWORD_FILE"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --demo --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 300); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "$BASE/healthz" >/dev/null || { echo "the server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }
echo "serving on $BASE (log: $WORK/server.log)"

echo "== fuzzing data =="
mkdir -p "$WORK/fuzz"
cp scripts/harness/fuzz/schemathesis.toml "$WORK/fuzz/"
"$HARNESS_PYTHON" scripts/harness/fuzz/prepare.py --base "$BASE" --username fuzzer --password-file "$PASSWORD_FILE" \
    --signin-username fuzz-signout --out "$WORK/fuzz"

echo "== schemathesis run: phases $PHASES, $MAX_EXAMPLES examples per operation =="
export FUZZ_TOKEN="$(cat "$WORK/fuzz/token")" FUZZ_BASE="$BASE" FUZZ_SIGNOUT_USERNAME=fuzz-signout FUZZ_PASSWORD_FILE="$PASSWORD_FILE"
export SCHEMATHESIS_HOOKS="$ROOT/scripts/harness/fuzz/hooks.py"
ARGS=(
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,ignored_auth
    --phases "$PHASES" --max-examples "$MAX_EXAMPLES" --workers "$WORKERS"
    --report ndjson,junit --report-dir "$WORK/report" --no-color --output-truncate false
    --generation-database none
)
if [ -n "$SEED" ]; then ARGS+=(--seed "$SEED"); fi
RC=0
"$SCHEMATHESIS" --config-file "$WORK/fuzz/schemathesis.toml" run "$BASE/api/v1/openapi.json" "${ARGS[@]}" \
    2>&1 | tee "$WORK/schemathesis.log" || RC=$?

echo "== figures =="
ALIVE=1
kill -0 "$SERVER_PID" 2>/dev/null || ALIVE=0
"$HARNESS_PYTHON" scripts/harness/fuzz/summary.py --report-dir "$WORK/report" --server-log "$WORK/server.log" \
    --engine "$ENGINE" --max-examples "$MAX_EXAMPLES" --phases "$PHASES" --server-alive "$ALIVE" --schemathesis-rc "$RC"
