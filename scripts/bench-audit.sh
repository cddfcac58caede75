#!/usr/bin/env bash
# The audit chain at scale: fills a new installation's chain with N events (default 1,000,000) through the
# real AuditLog.append, times `chancery audit verify` over all of them, and compares it with the raw
# SHA-256 speed of this machine over the same canonical bytes (in process, and `openssl speed` for reference).
#   scripts/bench-audit.sh [--events N] [--runs R] [--postgres] [--no-build]
# Not part of scripts/test.sh. Figures: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

EVENTS=1000000 RUNS=3 ENGINE=sqlite BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --events) EVENTS="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --postgres) ENGINE=postgres; shift ;;
        --no-build) BUILD=0; shift ;;
        *) echo "unknown option $1 (use --events N, --runs R, --postgres, --no-build)" >&2; exit 2 ;;
    esac
done

WORK="$(mktemp -d)"
cleanup() {
    [ "$ENGINE" = postgres ] && pg_stop || true
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ "$BUILD" -eq 1 ] || [ ! -x .build/release/chancery ]; then
    echo "== build (release) =="
    swift build -c release --product chancery
fi
BIN="$WORK/chancery"
cp .build/release/chancery "$BIN"   # a rebuild during the run does not change what runs
export CHANCERY_DATA_DIR="$WORK/data"
if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES="chancery_audit" pg_start --durable
    export CHANCERY_DATABASE_URL="$PG_URL/chancery_audit"
fi

echo "== $EVENTS events on $ENGINE, verified $RUNS times =="
"$BIN" audit bench --fill "$EVENTS" --runs "$RUNS"
if [ "$ENGINE" = sqlite ]; then
    echo "database file: $(du -h "$CHANCERY_DATA_DIR/chancery.sqlite" | cut -f1)"
fi
if command -v openssl >/dev/null; then
    echo "== openssl speed -evp sha256 (this machine's SHA-256, for reference) =="
    openssl speed -seconds 2 -evp sha256 2>/dev/null | tail -n 2
fi
