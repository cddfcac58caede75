#!/usr/bin/env bash
# Crash-safety harness (issue 5, item 1): concurrent registrations with attachments through the API while
# the server is killed with SIGKILL at random moments and restarted; then checks that every acknowledged
# registration is present with its attachment byte-identical, that no reference is duplicated and no series
# has a gap, and that `chancery audit verify` and `chancery verify-blobs` pass. Exit 1 on any failure.
#
#   scripts/crash-loop.sh [--postgres] [--kills N (8)] [--clients C (16)] [--seconds-between LOW HIGH (3 12)]
#                         [--binary PATH (.build/release/chancery)] [--seed S] [--keep]
#
# Uses a scratch data directory (removed at the end unless --keep or a failure); with --postgres a
# throwaway PostgreSQL cluster with fsync on (pg_start --durable). The driver is
# scripts/harness/crash_loop.py (Python standard library only). Not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

ENGINE=sqlite KEEP=0 BINARY="" DRIVER_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) ENGINE=postgres; shift ;;
        --kills|--clients|--seed) DRIVER_ARGS+=("$1" "$2"); shift 2 ;;
        --seconds-between) DRIVER_ARGS+=("$1" "$2" "$3"); shift 3 ;;
        --binary) BINARY="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "unknown option $1 (use --postgres, --kills N, --clients C, --seconds-between LOW HIGH, --binary PATH, --seed S, --keep)" >&2
           exit 2 ;;
    esac
done

if [ -z "$BINARY" ]; then
    BINARY=.build/release/chancery
    if [ ! -x "$BINARY" ]; then
        echo "== building the release binary =="
        swift build -c release --product chancery
    fi
fi
[ -x "$BINARY" ] || { echo "no executable at $BINARY" >&2; exit 2; }
BINARY="$(cd "$(dirname "$BINARY")" && pwd)/$(basename "$BINARY")"
command -v python3 >/dev/null || ensure_apt_packages python3

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chancery-crash.XXXXXX")"
mkdir "$WORK/data"
# The binary under test is copied: a rebuild during the run must not change what is restarted.
cp "$BINARY" "$WORK/chancery"
RESULT=1
cleanup() {
    [ "$ENGINE" = postgres ] && pg_stop || true
    if [ "$KEEP" = 1 ] || [ "$RESULT" != 0 ]; then
        echo "(scratch directory kept: $WORK; server log: $WORK/data/server.log)"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES="chancery_crash" pg_start --durable
    DRIVER_ARGS+=(--database-url "$PG_URL/chancery_crash" --psql "$PG_BIN/psql")
fi

export CHANCERY_BCRYPT_COST=4
set +e
echo "binary under test: $BINARY (copied to $WORK/chancery)"
python3 scripts/harness/crash_loop.py --binary "$WORK/chancery" --data-dir "$WORK/data" "${DRIVER_ARGS[@]}"
RESULT=$?
set -e
exit "$RESULT"
