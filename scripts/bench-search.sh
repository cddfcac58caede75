#!/usr/bin/env bash
# Benchmark of full-text search on N registry records, on SQLite (default) or PostgreSQL.
#   scripts/bench-search.sh N [--postgres] [--debug] [--rounds R] [--runs R] [--no-build] [--keep DIR]
# Builds the release binary (--debug: the debug one; --no-build: use the binary already in .build), creates
# two principals, generates N records (Benchmarks/generate_registry.py) and bulk-loads them, times
# `chancery search reindex`, measures the index on disk, times the query mix (Benchmarks/search_queries.txt)
# through the API for both principals (Benchmarks/measure_search.py, R rounds, default 5) and in-process,
# trimmed and untrimmed (`chancery search bench`, R runs, default 5), then prints a summary table.
# Not part of scripts/test.sh. The data lives in a temporary directory under $TMPDIR (or /tmp), removed at
# the end unless --keep DIR names where to work and what to keep (the SQLite data, to explore it with
# `chancery search bench`). At a million records, allow about 10 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

RECORDS="" ENGINE=sqlite CONFIG=release ROUNDS=5 RUNS=5 BUILD=1 KEEP=""
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) ENGINE=postgres; shift ;;
        --debug) CONFIG=debug; shift ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --keep) KEEP="$2"; shift 2 ;;
        [0-9]*) RECORDS="$1"; shift ;;
        *) echo "unknown option $1 (use N, --postgres, --debug, --rounds R, --runs R, --no-build, --keep DIR)" >&2
           exit 2 ;;
    esac
done
if ! [[ "$RECORDS" =~ ^[0-9]+$ ]] || [ "$RECORDS" -lt 1 ]; then
    echo "usage: scripts/bench-search.sh N [--postgres] [--debug] [--rounds R] [--runs R] [--no-build] [--keep DIR]" >&2
    exit 2
fi

# --keep DIR: work in DIR and leave the SQLite data there afterwards (to explore it with `chancery search bench`).
if [ -n "$KEEP" ]; then rm -rf "$KEEP"; mkdir -p "$KEEP"; WORK="$(cd "$KEEP" && pwd)"; else WORK="$(mktemp -d)"; fi
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    [ "$ENGINE" = postgres ] && pg_stop || true
    [ -n "$KEEP" ] || rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# measured NAME COMMAND...: runs the command, writes "seconds peak-RSS-MB" of it to $WORK/NAME.time.
measured() {
    local name="$1"; shift
    python3 -c '
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[2:])
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
open(sys.argv[1], "w").write(f"{seconds:.1f} {peak_mb:.0f}\n")
sys.exit(code)
' "$WORK/$name.time" "$@"
}

if [ "$BUILD" = 1 ]; then
    echo "== build ($CONFIG) =="
    swift build -c "$CONFIG" --product chancery
fi
BIN=".build/$CONFIG/chancery"
[ -x "$BIN" ] || { echo "no $BIN: build it first (or drop --no-build)" >&2; exit 1; }
"$BIN" search --help >/dev/null 2>&1 || { echo "$BIN has no 'search' command" >&2; exit 1; }
export CHANCERY_DATA_DIR="$WORK/data" CHANCERY_BCRYPT_COST=4
if [ "$ENGINE" = postgres ]; then
    ensure_apt_packages postgresql
    PG_DATABASES="chancery_bench" pg_start --durable
    export CHANCERY_DATABASE_URL="$PG_URL/chancery_bench"
fi
DB_FILE="$CHANCERY_DATA_DIR/chancery.sqlite"

echo "== schema and principals =="
"$BIN" migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; exit 1; }
PASSWORD="benchmark-password"
# The units and categories the generator uses (those of generate_objects.py).
UNITS=$(python3 -c 'import sys; sys.path.insert(0, "Benchmarks"); import generate_objects as g; print(",".join(g.UNITS))')
CATEGORIES=$(python3 -c 'import sys; sys.path.insert(0, "Benchmarks"); import generate_objects as g; print(",".join(g.CATEGORIES))')
create() { printf '%s\n' "$PASSWORD" | "$BIN" user create --username "$1" "${@:2}" >/dev/null; }
create cleared    --clearance CTS --nationality NLD --categories "$CATEGORIES" --units "$UNITS" --roles registry.clerk
create restricted --clearance NS  --nationality FRA --units IPS --roles registry.clerk
echo "cleared: CTS, NLD, categories $CATEGORIES, units $UNITS; restricted: NS, FRA, no category, unit IPS"

echo "== generate and load $RECORDS records on $ENGINE =="
# Columns in the order of the CSV files; named, so that columns added to these tables later keep their defaults.
declare -A COLUMNS=(
    [reference_series]="code,template,title,requires_verification,checks,active,version,created_by,created_at,updated_at"
    [reference_counters]="series,year,last_seq"
    [objects]="id,kind,title,classification,releasable,categories,label_json,originator_label,owning_unit,open_to_unit,state,version,created_by,created_at,updated_at"
    [object_acl]="object_id,grantee_kind,grantee,permission,granted_by,granted_at"
    [records]="object_id,series,year,seq,reference,direction,record_type,originator,originator_reference,addressees,document_date,received_date,language,content_marking,keywords,metadata,verified_by,verified_at,folder_id,closed_on,disposal_due,review_due"
)
TABLES="reference_series reference_counters objects object_acl records"
started=$(now)
python3 Benchmarks/generate_registry.py --records "$RECORDS" --out "$WORK/csv" --expected "$WORK/expected.json" \
    2>"$WORK/generate.log" \
    || { cat "$WORK/generate.log" >&2; exit 1; }
GENERATE_S=$(since "$started")
head -n 1 "$WORK/generate.log"
started=$(now)
if [ "$ENGINE" = postgres ]; then
    copies=()
    for table in $TABLES; do
        copies+=(-c "\\copy $table (${COLUMNS[$table]}) FROM '$WORK/csv/$table.csv' WITH (FORMAT csv)")
    done
    pg_psql -d chancery_bench "${copies[@]}" -c "ANALYZE ${TABLES// /, }" >/dev/null
    counts=()
    for table in $TABLES; do counts+=("$table $(pg_psql -d chancery_bench -At -c "SELECT COUNT(*) FROM $table")"); done
    (IFS=,; echo "rows: ${counts[*]}" | sed 's/,/, /g')
else
    columns_args=()
    for table in $TABLES; do columns_args+=("$table=${COLUMNS[$table]}"); done
    python3 - "$DB_FILE" "$WORK/csv" "${columns_args[@]}" <<'PY'
import csv, sqlite3, sys
path, folder, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
# Empty fields are NULL (as PostgreSQL's CSV COPY reads them); every text the generator writes is non-empty.
nullable = {"originator_label", "originator", "originator_reference", "document_date", "language", "content_marking",
            "verified_by", "verified_at", "folder_id", "closed_on", "disposal_due", "review_due"}
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA foreign_keys = ON")
db.execute("PRAGMA cache_size = -524288")
db.execute("BEGIN")
for spec in specs:
    table, columns = spec.split("=", 1)
    names = columns.split(",")
    values = ", ".join("NULLIF(?, '')" if name in nullable else "?" for name in names)
    with open(f"{folder}/{table}.csv", newline="", encoding="utf-8") as f:
        db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({values})", csv.reader(f))
db.execute("COMMIT")
# Statistics of the loaded tables only: with a full ANALYZE, SQLite also records the still empty FTS5 tables
# (search_terms_data: 2 rows) and `search reindex` then runs about 2.5 times slower (debug build, 20,000 records).
tables = [spec.split("=", 1)[0] for spec in specs]
for table in tables:
    db.execute(f"ANALYZE {table}")
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print("rows: " + ", ".join(f"{t} {db.execute(f'SELECT COUNT(*) FROM {t}').fetchone()[0]}" for t in tables))
db.close()
PY
fi
LOAD_S=$(since "$started")
rm -rf "$WORK/csv"
echo "generated in ${GENERATE_S}s, loaded in ${LOAD_S}s"

# Size of the search index on disk, in bytes.
sqlite_file_size() {
    python3 - "$DB_FILE" <<'PY'
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.close()
print(sum(os.path.getsize(p) for p in (sys.argv[1], sys.argv[1] + "-wal") if os.path.exists(p)))
PY
}
sqlite_index_size() {  # the pages of the tables and indexes named search*, or 0 without dbstat
    python3 - "$DB_FILE" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
try:
    names = [n for (n,) in db.execute(
        "SELECT name FROM sqlite_schema WHERE rootpage > 0 AND (name LIKE 'search%' OR tbl_name LIKE 'search%')")]
    print(sum(db.execute("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = ?", (n,)).fetchone()[0]
              for n in names))
except sqlite3.Error:
    print(0)
PY
}
pg_index_size() {  # tables named search* with their indexes and TOAST, and indexes named search* elsewhere
    pg_psql -d chancery_bench -At -c "
        SELECT COALESCE(SUM(CASE WHEN c.relkind = 'i' THEN pg_relation_size(c.oid) ELSE pg_total_relation_size(c.oid) END), 0)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND c.relname LIKE 'search%'
          AND (c.relkind IN ('r', 'm', 'p')
               OR c.relkind = 'i' AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                                                  WHERE i.indexrelid = c.oid AND t.relname LIKE 'search%'))"
}
pg_database_size() { pg_psql -d chancery_bench -At -c "SELECT pg_database_size('chancery_bench')"; }

echo "== search reindex =="
if [ "$ENGINE" = postgres ]; then BEFORE=$(pg_database_size); else BEFORE=$(sqlite_file_size); fi
measured reindex "$BIN" search reindex
if [ "$ENGINE" = postgres ]; then
    pg_psql -d chancery_bench -c "VACUUM ANALYZE" >/dev/null
    AFTER=$(pg_database_size); INDEX_BYTES=$(pg_index_size); SIZE_HOW="pg_total_relation_size of search*"
else
    python3 -c 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute("ANALYZE"); db.close()' "$DB_FILE"
    AFTER=$(sqlite_file_size); INDEX_BYTES=$(sqlite_index_size); SIZE_HOW="dbstat pages of search*"
fi
GROWTH_BYTES=$((AFTER - BEFORE))
if [ "$INDEX_BYTES" -le 0 ]; then INDEX_BYTES=$GROWTH_BYTES; SIZE_HOW="growth of the database during reindex"; fi
read -r REINDEX_S REINDEX_RSS <"$WORK/reindex.time"
echo "reindexed in ${REINDEX_S}s (peak RSS ${REINDEX_RSS} MB); index $((INDEX_BYTES / 1048576)) MB ($SIZE_HOW)," \
    "database grew by $((GROWTH_BYTES / 1048576)) MB"
"$BIN" search status 2>/dev/null || true

echo "== search through the API ($ROUNDS rounds per user, after one warm-up round) =="
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "the server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }
python3 Benchmarks/measure_search.py --base "http://127.0.0.1:$PORT" --password "$PASSWORD" \
    --users cleared,restricted --queries Benchmarks/search_queries.txt --rounds "$ROUNDS" --warmup 1 \
    --pid "$SERVER_PID" --json "$WORK/http.json" || echo "(measure_search.py reported failures: see above)"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

echo "== search in-process, trimmed and untrimmed ($RUNS runs per user) =="
for user in cleared restricted; do
    "$BIN" search bench --user "$user" --queries Benchmarks/search_queries.txt --runs "$RUNS" | tee "$WORK/bench-$user.out"
done

echo "== expected matches (estimated by the generator) =="
sed -n '/^document frequency/,$p' "$WORK/generate.log"

echo
echo "== summary =="
MACHINE="$(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory"
if [ "$ENGINE" = postgres ]; then
    ENGINE_VERSION="PostgreSQL $(pg_psql -d chancery_bench -At -c 'SHOW server_version')"
else
    ENGINE_VERSION="SQLite (the server's own build; Python's is $(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)'))"
fi
python3 - "$WORK" "$ENGINE" "$RECORDS" "$CONFIG" "$GENERATE_S" "$LOAD_S" "$REINDEX_S" "$REINDEX_RSS" "$INDEX_BYTES" \
    "$SIZE_HOW" "$GROWTH_BYTES" "$MACHINE" "$ENGINE_VERSION" <<'PY'
import json, sys
(work, engine, records, config, generate_s, load_s, reindex_s, reindex_rss, index_bytes, size_how, growth_bytes,
 machine, engine_version) = sys.argv[1:]
try:
    http = json.load(open(f"{work}/http.json"))
except FileNotFoundError:
    http = {"users": {}, "failures": "all (no figures)"}
bench = {}
for user in ("cleared", "restricted"):
    lines = [l for l in open(f"{work}/bench-{user}.out") if l.strip().startswith("{")]
    bench[user] = json.loads(lines[-1]) if lines else None
print(f"machine: {machine}")
print(f"engine:  {engine_version}, {config} build")
rows = [
    ("engine", engine),
    ("records", f"{int(records):,}"),
    ("generate + load (s)", f"{float(generate_s) + float(load_s):.1f}  ({generate_s} + {load_s})"),
    ("reindex (s)", f"{reindex_s}  (peak RSS {reindex_rss} MB)"),
    ("index size (MB)", f"{int(index_bytes) / 1048576:.0f}  ({size_how}; database grew {int(growth_bytes) / 1048576:.0f} MB)"),
]
for user, r in http["users"].items():
    rows.append((f"HTTP {user} p50/p95/p99 (ms)", f"{r['p50']:.1f} / {r['p95']:.1f} / {r['p99']:.1f}  (max {r['max']:.1f}, {r['requests']} requests)"))
for user, b in bench.items():
    if b is None:
        rows.append((f"in-process {user}", "no JSON line from `search bench`"))
        continue
    t, u = b["trimmed"]["p95"], b["untrimmed"]["p95"]
    ratio = f"{t / u:.2f}x" if u else "n/a"
    rows.append((f"in-process {user} p95 trimmed / untrimmed (ms)", f"{t:.1f} / {u:.1f}  = {ratio}  "
                 f"(p50 {b['trimmed']['p50']:.1f} / {b['untrimmed']['p50']:.1f}, {b['queries']} queries x {b['runs']} runs)"))
rows.append(("server max RSS (MB)", f"{http.get('rss_max_mb', float('nan')):.0f}  (at start {http.get('rss_start_mb', float('nan')):.0f})"))
if http.get("failures"):
    rows.append(("failed HTTP requests", str(http["failures"])))
# The totals the API answered against the generator's own count of the same query for the same principal.
expected = json.load(open(f"{work}/expected.json"))["queries"]
differences = []
for user, r in http["users"].items():
    same = 0
    for query, total in r["totals"].items():
        wanted = expected.get(query, {}).get(user)
        if total is not None and wanted is not None and round(total) == wanted:
            same += 1
        else:
            differences.append(f"    {user:<10} {query:<40} API {total}  generator {wanted}")
    rows.append((f"totals equal to the generator's ({user})", f"{same} of {len(r['totals'])} queries"))
width = max(len(name) for name, _ in rows)
for name, value in rows:
    print(f"  {name:<{width}}  {value}")
if differences:
    print("  totals that differ from the generator's estimate (see its assumptions in generate_registry.py):")
    print("\n".join(differences))
PY
