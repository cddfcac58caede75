#!/usr/bin/env bash
# The leak probe at scale (issue 5, item 4): for every object a principal must not see, every endpoint (API and
# web, GET and writes) answers exactly as for an id that does not exist, and no list, total, count, queue,
# search hit, facet, snippet, audit listing, page, export or error message shows or counts anything of it; a
# positive control checks that what a principal may see is seen. Same code as the test suite's small run
# (tests/python/test_leak_probe.py → tests/python/leakprobe.py), with more objects and every check made on every
# visible object too.
#
#   scripts/leak-probe.sh [--postgres] [--objects N] [--workers W] [--no-build] [--debug]
#
# Builds the release binary (skip with --no-build; --debug uses .build/debug), starts `chancery serve --demo` on a
# fresh SQLite data directory (or, with --postgres, a throwaway PostgreSQL cluster), runs the probe and prints
# the figures: principals, objects, (principal, object) pairs, probes, HTTP requests, leaks, then every kind of
# leak with an example request and response. The full report (every leak) is written to
# .test-tmp/leak-probe-<sqlite|postgres>.json. Exit 0 when nothing leaks, 1 when something does.
# Not part of scripts/test.sh (the test suite runs the small probe).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

OBJECTS=140 ENGINE=sqlite CONFIG=release BUILD=1 WORKERS=4
while [ $# -gt 0 ]; do
    case "$1" in
        --objects) OBJECTS="$2"; shift 2 ;;
        --workers) WORKERS="$2"; shift 2 ;;
        --postgres) ENGINE=postgres; shift ;;
        --debug) CONFIG=debug; shift ;;
        --no-build) BUILD=0; shift ;;
        *) echo "unknown option $1 (use --postgres, --objects N, --workers W, --no-build, --debug)" >&2; exit 2 ;;
    esac
done

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    if [ "$ENGINE" = postgres ]; then pg_stop; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v python3 >/dev/null || ensure_apt_packages python3
command -v curl >/dev/null || ensure_apt_packages curl
BIN=".build/$CONFIG/chancery"
if [ "$BUILD" -eq 1 ]; then
    echo "== build ($CONFIG) =="
    swift build -c "$CONFIG" --product chancery
fi
[ -x "$BIN" ] || { echo "$BIN not found: run without --no-build" >&2; exit 2; }

DATABASE_ARGS=()
if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES="chancery_leak" pg_start
    DATABASE_ARGS=(--database-url "$PG_URL/chancery_leak")
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "== chancery serve --demo on $ENGINE (port $PORT, $CONFIG build) =="
env -u CHANCERY_DATABASE_URL CHANCERY_BCRYPT_COST=4 "$BIN" serve --demo --hostname 127.0.0.1 --port "$PORT" \
    --data-dir "$WORK/data" "${DATABASE_ARGS[@]}" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited:" >&2; cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.2
done

echo "== leak probe: $OBJECTS objects, $WORKERS principals at a time =="
mkdir -p .test-tmp
REPORT=".test-tmp/leak-probe-$ENGINE.json"
status=0
python3 tests/python/leakprobe.py --base-url "http://127.0.0.1:$PORT" --binary "$BIN" --data-dir "$WORK/data" \
    "${DATABASE_ARGS[@]}" --objects "$OBJECTS" --workers "$WORKERS" --json "$REPORT" || status=$?
echo "date: $(date -u +%Y-%m-%d), engine: $ENGINE, build: $CONFIG; full report: $REPORT"
exit "$status"
