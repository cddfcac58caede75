#!/usr/bin/env bash
# Load harness (issue 5, item 2): authenticated load on loopback with wrk, on SQLite (default) or PostgreSQL.
#
#   scripts/load.sh [--duration 5m] [--postgres] [--json FILE]
#   scripts/load.sh --duration 30s                      # a quick run
#
# Starts `chancery serve --demo` (release build) on a scratch data directory (or a throwaway PostgreSQL),
# creates three more accounts, registers --records records through the API in five series, signs in seven
# users of clearances NU to CTS and lists the records each may read (scripts/harness/load/setup.py). Then:
#   mixed          wrk -c 64 -t 2 -d DURATION: 50% GET of a record, 20% lists, 20% searches, 10% registrations,
#                  each by a random user with its own token (scripts/harness/load/mixed.lua)
#   registrations  only registrations for --registrations-duration (30s): registrations per second; checks
#                  that records and their object.create audit events grew together, by at least the 201s
#   baseline       `chancery hello-world` (the framework's bare GET /) and then one record's GET with a bearer
#                  token (NR: not audited), each for --baseline-duration (30s); plus an NS record (audited read)
# During each phase it also reads where the CPU went (cpu.py: server, PostgreSQL, wrk, other jobs) and, on
# PostgreSQL, what the busy sessions wait on (pg_waits.py). Finally stops the server and runs
# `chancery audit verify`. Any non-2xx response or socket error, or a failed check, makes the script exit 1
# (after printing every figure). Prints a summary table; --json FILE writes it as JSON too. Installs wrk
# (and PostgreSQL for --postgres) when missing; builds the release binary only when it is missing
# (CHANCERY_BIN=path uses another). Other options:
#   --records N (3000)  --connections N (64)  --threads N (2)  --phases "mixed registrations baseline"
#   --mix "read=50 list=20 search=20 register=10"  --keep (keep the scratch directory and print its path)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
source scripts/lib/ensure-packages.sh
source scripts/lib/postgres.sh

DURATION=5m REG_DURATION=30s BASE_DURATION=30s CONNECTIONS=64 THREADS=2 RECORDS=3000 ENGINE=sqlite
JSON_OUT="" KEEP=0 PHASES="mixed registrations baseline" MIX="read=50 list=20 search=20 register=10"
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="$2"; shift 2 ;;
        --registrations-duration) REG_DURATION="$2"; shift 2 ;;
        --baseline-duration) BASE_DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --threads) THREADS="$2"; shift 2 ;;
        --records) RECORDS="$2"; shift 2 ;;
        --postgres) ENGINE=postgres; shift ;;
        --json) JSON_OUT="$(realpath -m "$2")"; shift 2 ;;
        --phases) PHASES="$2"; shift 2 ;;
        --mix) MIX="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage ;;
        *) echo "load.sh: unknown option $1" >&2; usage ;;
    esac
done

# wrk's durations (30s, 5m, 1h) in seconds.
seconds() {
    case "$1" in
        *h) echo $(( ${1%h} * 3600 )) ;; *m) echo $(( ${1%m} * 60 )) ;; *s) echo "${1%s}" ;; *) echo "$1" ;;
    esac
}

ensure_apt_packages wrk curl python3
if [ "$ENGINE" = postgres ]; then ensure_apt_packages postgresql; fi

if [ -n "${CHANCERY_BIN:-}" ]; then
    SOURCE_BIN="$CHANCERY_BIN"
else
    SOURCE_BIN=.build/release/chancery
    if [ ! -x "$SOURCE_BIN" ]; then
        echo "== building the release binary =="
        swift build -c release --product chancery
    fi
fi
if [ -n "$(find Sources -newer "$SOURCE_BIN" -name '*.swift' -print -quit)" ]; then
    echo "load.sh: warning: $SOURCE_BIN is older than some files in Sources/ (rebuild for current figures)" >&2
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chancery-load.XXXXXX")"
# A copy of the binary: a rebuild during the run must not change what is measured.
cp "$SOURCE_BIN" "$WORK/chancery"
BIN="$WORK/chancery"
SERVER_PID="" HELLO_PID="" WRK_PID=""
cleanup() {
    local pid
    for pid in $WRK_PID $SERVER_PID $HELLO_PID; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    if [ "$ENGINE" = postgres ]; then pg_stop; fi
    if [ "$KEEP" = 1 ]; then echo "load.sh: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() {  # URL PID: until it answers, or fail when the process died
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "$1" && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

STORAGE=(--data-dir "$WORK/data")
if [ "$ENGINE" = postgres ]; then
    PG_DATABASES=chancery_load pg_start
    STORAGE+=(--database-url "$PG_URL/chancery_load")
fi

# Counts in the database: records, audit events, object.create audit events.
db_counts() {
    local sql="SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM audit_events),
               (SELECT count(*) FROM audit_events WHERE action = 'object.create')"
    if [ "$ENGINE" = postgres ]; then
        pg_psql -d chancery_load -tA -F ' ' -c "$sql"
    else
        python3 -c 'import sqlite3, sys; print(*sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone())' \
            "$WORK/data/chancery.sqlite" "$sql"
    fi
}

# The counts once the requests still in flight when wrk stopped have committed (two equal reads 1 s apart).
settled_counts() {
    local previous="" current
    for _ in $(seq 1 60); do
        current="$(db_counts)"
        [ "$current" = "$previous" ] && break
        previous="$current"
        sleep 1
    done
    echo "$current"
}

PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
echo "== chancery serve --demo on $ENGINE, port $PORT (release build $(date -r "$SOURCE_BIN" '+%F %T')) =="
# bcrypt cost 4 only so that the set-up's sign-ins are quick; the load itself uses bearer tokens.
CHANCERY_BCRYPT_COST=4 "$BIN" serve --demo "${STORAGE[@]}" --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_http "$BASE/api/v1/openapi.json" "$SERVER_PID" || { echo "load.sh: the server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }

echo "== set-up: accounts, $RECORDS records, tokens =="
LOAD_PASSWORD="load-harness-password"
create_user() {
    printf '%s\n' "$LOAD_PASSWORD" | CHANCERY_BCRYPT_COST=4 "$BIN" user create "${STORAGE[@]}" "$@" >/dev/null
}
create_user --username loadnr --clearance NR --nationality ITA --units IPS --roles registry.clerk
create_user --username loadnc --clearance NC --nationality POL --units IPS
create_user --username loadnu --clearance NU --nationality SWE --units IPS
DEMO=chancery-demo
python3 scripts/harness/load/setup.py --base "$BASE" --records "$RECORDS" --out "$WORK" \
    --users "supervisor:$DEMO,registry:$DEMO,admin:$DEMO,auditor:$DEMO,loadnr:$LOAD_PASSWORD,loadnc:$LOAD_PASSWORD,loadnu:$LOAD_PASSWORD"

export LOAD_DIR="$ROOT/scripts/harness/load" LOAD_DATA="$WORK/data.lua"
FAILURES=()

# run_wrk PHASE DURATION URL [wrk options...] [-- script args]: wrk with common.lua's figures in $WORK/PHASE.json
# and, beside it, where the CPU went (cpu.py, over the phase's middle) in $WORK/PHASE.cpu.json.
run_wrk() {
    local phase="$1" duration="$2" url="$3" pid_args=("server=$SERVER_PID") options=()
    shift 3
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done  # what is left: -- script args
    echo "== phase $phase: $CONNECTIONS connections, $THREADS threads, $duration =="
    [ "$ENGINE" = postgres ] && pid_args+=("postgres=$(head -n 1 "$PG_DIR/data/postmaster.pid")+")
    [ -n "$CPU_PID_OVERRIDE" ] && pid_args=("$CPU_PID_OVERRIDE")
    LOAD_PHASE="$phase" LOAD_RESULT="$WORK/$phase.json" \
        wrk -c "$CONNECTIONS" -t "$THREADS" -d "$duration" --timeout 10s --latency "${options[@]}" "$url" "$@" >"$WORK/$phase.wrk.txt" &
    local wrk_pid=$! span sampler_pid="" pid
    WRK_PID=$wrk_pid
    span=$(( $(seconds "$duration") - 4 ))
    if [ "$span" -ge 3 ]; then
        (sleep 2; python3 scripts/harness/load/cpu.py --seconds "$span" --out "$WORK/$phase.cpu.json" \
            "${pid_args[@]}" "wrk=$wrk_pid") &
        sampler_pid=$!
        if [ "$ENGINE" = postgres ] && [ "$phase" != hello-world ]; then
            (sleep 2; python3 scripts/harness/load/pg_waits.py --port "$PG_PORT" --database chancery_load \
                --seconds "$span" --out "$WORK/$phase.waits.json") &
            sampler_pid="$sampler_pid $!"
        fi
    fi
    local rc=0
    wait "$wrk_pid" || rc=$?
    WRK_PID=""
    for pid in $sampler_pid; do wait "$pid" || true; done
    sed -n '/Latency Distribution/,$p' "$WORK/$phase.wrk.txt"
    if [ "$rc" -ne 0 ] || [ ! -s "$WORK/$phase.json" ]; then
        FAILURES+=("$phase: wrk failed (exit $rc)")
        cat "$WORK/$phase.wrk.txt" >&2
        return
    fi
    python3 - "$WORK/$phase.json" "$phase" >>"$WORK/failures.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
sockets = sum(r["socket_errors"].values())
if r["non2xx"] or sockets or r["wrk_status_errors"]:
    print(f"{sys.argv[2]}: {r['non2xx']} non-2xx responses {r['statuses']}, {sockets} socket errors "
          f"{r['socket_errors']}; first errors: {r['error_samples']!r}")
PY
}
CPU_PID_OVERRIDE=""

for phase in $PHASES; do
    case "$phase" in
        mixed)
            # shellcheck disable=SC2086
            run_wrk mixed "$DURATION" "$BASE" -s scripts/harness/load/mixed.lua -- $MIX
            ;;
        registrations)
            read -r records0 audit0 creates0 <<<"$(settled_counts)"
            run_wrk registrations "$REG_DURATION" "$BASE" -s scripts/harness/load/mixed.lua -- register=1
            read -r records1 audit1 creates1 <<<"$(settled_counts)"
            python3 - "$WORK/registrations.json" "$records0" "$records1" "$audit0" "$audit1" "$creates0" "$creates1" \
                "$CONNECTIONS" >>"$WORK/failures.txt" <<'PY'
import json, sys
path, r0, r1, a0, a1, c0, c1, connections = sys.argv[1], *map(int, sys.argv[2:])
try:
    r = json.load(open(path))
except (OSError, ValueError):
    sys.exit()
acknowledged = r["statuses"].get("201", 0)
r.update(acknowledged=acknowledged, records_added=r1 - r0, audit_events_added=a1 - a0, object_create_added=c1 - c0)
json.dump(r, open(path, "w"))
problems = []
if not acknowledged <= r1 - r0 <= acknowledged + connections:
    problems.append(f"{acknowledged} registrations acknowledged but {r1 - r0} records added")
if c1 - c0 != r1 - r0:
    problems.append(f"{r1 - r0} records added but {c1 - c0} object.create audit events")
if a1 - a0 < acknowledged:
    problems.append(f"{acknowledged} registrations acknowledged but only {a1 - a0} audit events added")
for p in problems:
    print("registrations: " + p)
print(f"registrations: {acknowledged} acknowledged (201), {r1 - r0} records added, {c1 - c0} object.create "
      f"and {a1 - a0} audit events in all", file=sys.stderr)
PY
            ;;
        baseline)
            HELLO_PORT="$(free_port)"
            "$BIN" hello-world --port "$HELLO_PORT" >"$WORK/hello.log" 2>&1 &
            HELLO_PID=$!
            wait_http "http://127.0.0.1:$HELLO_PORT/" "$HELLO_PID" || { echo "load.sh: hello-world did not start" >&2; exit 1; }
            CPU_PID_OVERRIDE="server=$HELLO_PID"
            run_wrk hello-world "$BASE_DURATION" "http://127.0.0.1:$HELLO_PORT/" -s scripts/harness/load/get.lua
            CPU_PID_OVERRIDE=""
            kill "$HELLO_PID" && wait "$HELLO_PID" 2>/dev/null || true
            HELLO_PID=""
            read -r RECORD SECRET READER_TOKEN < <(python3 -c '
import json, re, sys
setup = json.load(open(sys.argv[1] + "/setup.json"))
token = re.search(r"\[\"reader_token\"\]=\"([^\"]+)\"", open(sys.argv[1] + "/data.lua").read()).group(1)
print(setup["record"], setup["secret_record"], token)' "$WORK")
            run_wrk record-get "$BASE_DURATION" "$BASE/api/v1/records/$RECORD" \
                -H "Authorization: Bearer $READER_TOKEN" -s scripts/harness/load/get.lua
            run_wrk record-get-audited "$BASE_DURATION" "$BASE/api/v1/records/$SECRET" \
                -H "Authorization: Bearer $READER_TOKEN" -s scripts/harness/load/get.lua
            ;;
        *) echo "load.sh: unknown phase $phase (mixed, registrations, baseline)" >&2; exit 2 ;;
    esac
done

echo "== stopping the server; chancery audit verify =="
kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
VERIFY_START=$(date +%s.%N)
if "$BIN" audit verify "${STORAGE[@]}" >"$WORK/verify.txt" 2>&1; then VERIFY_RC=0; else VERIFY_RC=$?; fi
VERIFY_SECONDS=$(python3 -c "import sys; print(round($(date +%s.%N) - $VERIFY_START, 1))")
cat "$WORK/verify.txt"
[ "$VERIFY_RC" -eq 0 ] || FAILURES+=("chancery audit verify failed (exit $VERIFY_RC)")
if [ -s "$WORK/failures.txt" ]; then mapfile -t -O "${#FAILURES[@]}" FAILURES <"$WORK/failures.txt"; fi
if [ "${#FAILURES[@]}" -gt 0 ]; then printf '%s\n' "${FAILURES[@]}"; fi >"$WORK/failures.txt"
python3 scripts/harness/load/report.py --work "$WORK" --engine "$ENGINE" --connections "$CONNECTIONS" \
    --threads "$THREADS" --records "$RECORDS" --mix "$MIX" --verify-seconds "$VERIFY_SECONDS" \
    --binary "$SOURCE_BIN" ${JSON_OUT:+--json "$JSON_OUT"}

if [ "${#FAILURES[@]}" -gt 0 ]; then
    echo "FAILED:"
    printf '  %s\n' "${FAILURES[@]}"
    exit 1
fi
echo "PASSED: no error response, no socket error, every check held."
