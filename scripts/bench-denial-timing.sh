#!/usr/bin/env bash
# Does a refused read of an existing object take as long as a read of an id that does not exist? (issue 13, item 3)
# Starts `chancery serve --demo`, finds an object the registry clerk may read and the visitor may not, then
# alternates GETs of it and of fresh missing ids as the visitor, and prints the medians side by side.
#   scripts/bench-denial-timing.sh [--requests N] [--postgres] [--debug] [--no-build]
# Not part of scripts/test.sh (a test never asserts a time). Figures: docs/security-model.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

REQUESTS=2000 ENGINE=sqlite CONFIG=release BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --requests) REQUESTS="$2"; shift 2 ;;
        --postgres) ENGINE=postgres; shift ;;
        --debug) CONFIG=debug; shift ;;
        --no-build) BUILD=0; shift ;;
        *) echo "unknown option $1 (use --requests N, --postgres, --debug, --no-build)" >&2; exit 2 ;;
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
if [ "$BUILD" -eq 1 ]; then
    echo "== build ($CONFIG) =="
    swift build -c "$CONFIG" --product chancery
fi
BIN="$WORK/chancery"
cp ".build/$CONFIG/chancery" "$BIN"

DATABASE_ARGS=()
if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES="chancery_timing" pg_start --durable
    DATABASE_ARGS=(--database-url "$PG_URL/chancery_timing")
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env -u CHANCERY_DATABASE_URL CHANCERY_BCRYPT_COST=4 "$BIN" serve --demo --hostname 127.0.0.1 --port "$PORT" \
    --data-dir "$WORK/data" "${DATABASE_ARGS[@]}" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited:" >&2; cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.2
done

echo "== refused vs absent reads on $ENGINE ($CONFIG build), $(date -u +%Y-%m-%d) =="
python3 scripts/harness/denial_timing.py --base-url "http://127.0.0.1:$PORT" --requests "$REQUESTS"
