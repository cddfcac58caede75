#!/usr/bin/env bash
# Backup and restore round trip at a realistic size (issue 5, item 6): registers N records with attachments,
# runs `chancery backup` while registrations continue, restores into a new data directory (and database),
# and compares the copy with the original row by row. Exit 1 on any difference.
#   scripts/backup-roundtrip.sh [--postgres] [--records N (2000)] [--clients C (4)] [--binary PATH]
# The small round trip runs in the test suite (BackupRestoreTests); this one is not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

ENGINE=sqlite BINARY="" DRIVER_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) ENGINE=postgres; shift ;;
        --records|--clients) DRIVER_ARGS+=("$1" "$2"); shift 2 ;;
        --binary) BINARY="$2"; shift 2 ;;
        *) echo "unknown option $1 (use --postgres, --records N, --clients C, --binary PATH)" >&2; exit 2 ;;
    esac
done
if [ -z "$BINARY" ]; then
    BINARY=.build/release/chancery
    [ -x "$BINARY" ] || swift build -c release --product chancery
fi
command -v python3 >/dev/null || ensure_apt_packages python3
WORK="$(mktemp -d "${TMPDIR:-/tmp}/chancery-backup.XXXXXX")"
mkdir "$WORK/data"
cp "$BINARY" "$WORK/chancery"
cleanup() {
    [ "$ENGINE" = postgres ] && pg_stop || true
    rm -rf "$WORK"
}
trap cleanup EXIT
if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES="chancery_live chancery_restored" pg_start --durable
    DRIVER_ARGS+=(--database-url "$PG_URL/chancery_live" --restore-database-url "$PG_URL/chancery_restored" --psql "$PG_BIN/psql")
fi
export CHANCERY_BCRYPT_COST=4
python3 scripts/harness/backup_roundtrip.py --binary "$WORK/chancery" --data-dir "$WORK/data" "${DRIVER_ARGS[@]}"
