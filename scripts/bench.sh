#!/usr/bin/env bash
# Benchmark of security-trimmed lists and counts through the API, on SQLite (default) or PostgreSQL.
#   scripts/bench.sh [--objects N] [--postgres] [--debug]
# Builds the release binary, generates N random labelled objects straight into the database, starts
# `chancery serve`, and prints request times per principal. Not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

OBJECTS=100000 ENGINE=sqlite CONFIG=release
while [ $# -gt 0 ]; do
    case "$1" in
        --objects) OBJECTS="$2"; shift 2 ;;
        --postgres) ENGINE=postgres; shift ;;
        --debug) CONFIG=debug; shift ;;
        *) echo "unknown option $1 (use --objects N, --postgres, --debug)" >&2; exit 2 ;;
    esac
done

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    [ "$ENGINE" = postgres ] && pg_stop || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "== build ($CONFIG) =="
swift build -c "$CONFIG" --product chancery
BIN=".build/$CONFIG/chancery"
export CHANCERY_DATA_DIR="$WORK/data" CHANCERY_BCRYPT_COST=4
if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES="chancery_bench" pg_start --durable
    export CHANCERY_DATABASE_URL="$PG_URL/chancery_bench"
fi

echo "== schema and principals =="
"$BIN" migrate >/dev/null
PASSWORD="benchmark-password"
create() { printf '%s\n' "$PASSWORD" | "$BIN" user create --username "$1" "${@:2}" >/dev/null; }
create clerk     --clearance NS  --nationality FRA --units IPS --roles registry.clerk
create clinician --clearance NS  --nationality BEL --categories MEDICAL --units HEALTH --roles health.clinician
create hrofficer --clearance NS  --nationality GBR --categories STAFF,LEGAL --units HR --groups HR-CASES --roles hr.caseofficer
create auditor   --clearance CTS --nationality NLD --categories MEDICAL,STAFF,LEGAL,RECRUITMENT,INTEL --units IPS,HEALTH,HR,CHR,IPU,JISD --roles auditor
create visitor   --clearance NU  --nationality SWE

echo "== $OBJECTS objects on $ENGINE =="
start=$(date +%s)
python3 Benchmarks/generate_objects.py --objects "$OBJECTS" --out "$WORK"
if [ "$ENGINE" = postgres ]; then
    pg_psql -d chancery_bench -c "\\copy objects FROM '$WORK/objects.csv' CSV" \
        -c "\\copy object_acl FROM '$WORK/object_acl.csv' CSV" -c "ANALYZE" >/dev/null
else
    python3 - "$WORK" <<'PY'
import csv, sqlite3, sys
work = sys.argv[1]
db = sqlite3.connect(f"{work}/data/chancery.sqlite")
with db:
    db.executemany("INSERT INTO objects VALUES (?,?,?,?,?,?,?,NULLIF(?,''),?,?,?,?,?,?,?)", csv.reader(open(f"{work}/objects.csv")))
    db.executemany("INSERT INTO object_acl VALUES (?,?,?,?,?,?)", csv.reader(open(f"{work}/object_acl.csv")))
db.execute("ANALYZE")
db.close()
PY
fi
echo "loaded in $(( $(date +%s) - start ))s"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

echo "== trimmed requests ($ENGINE, $OBJECTS objects, $CONFIG build) =="
python3 Benchmarks/measure_trimming.py --base "http://127.0.0.1:$PORT" --password "$PASSWORD" \
    --users clerk,clinician,hrofficer,auditor,visitor
