#!/usr/bin/env bash
# The whole test suite, from a fresh clone:
#   1. tools: PostgreSQL server binaries, Chromium and chromedriver (Debian packages, installed if missing)
#   2. Python virtual environment .venv with scripts/requirements-test.txt (reinstalled only when changed)
#   3. swift format lint --strict (the toolchain's formatter, configured by .swift-format), then
#      swift build --build-tests (once, for both databases)
#   4. a throwaway PostgreSQL cluster on a free loopback port (stopped and deleted on exit)
#   5. swift test on SQLite, then on PostgreSQL (CHANCERY_TEST_DATABASE_URL)
#   6. pytest tests/python: the real server (SQLite and PostgreSQL) seen through HTTP and a real browser
# Every phase runs even when an earlier one failed (unless it cannot: no build, no tests);
# the exit status is non-zero when any phase failed.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"

# shellcheck source=scripts/lib/ensure-packages.sh
source scripts/lib/ensure-packages.sh
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

PHASE_NAMES=()
PHASE_RESULTS=()
PHASE_SECONDS=()

now_ms() { date +%s%3N; }
fmt_ms() { printf '%d.%01ds' "$(($1 / 1000))" "$((($1 % 1000) / 100))"; }

# record NAME RESULT START_MS
record() {
    PHASE_NAMES+=("$1")
    PHASE_RESULTS+=("$2")
    PHASE_SECONDS+=("$(fmt_ms $(($(now_ms) - $3)))")
}

# run_phase NAME FUNCTION: runs FUNCTION with errexit on (in a subshell), records ok/FAILED and time,
# and leaves its exit status in PHASE_RC. Always returns 0: never call it in a condition (`if`, `||`),
# where bash would ignore errexit inside FUNCTION.
run_phase() {
    local name="$1" fn="$2" start rc
    start="$(now_ms)"
    set +e
    (set -e; "$fn")
    rc=$?
    set -e
    if [ "$rc" -eq 0 ]; then record "$name" ok "$start"; else record "$name" "FAILED (exit $rc)" "$start"; fi
    PHASE_RC="$rc"
}

skip_phase() { # NAME REASON
    echo "== $1: skipped ($2) =="
    PHASE_NAMES+=("$1"); PHASE_RESULTS+=("skipped: $2"); PHASE_SECONDS+=("-")
}

cleanup() {
    local rc=$?
    pg_stop || true
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

SUITE_START="$(now_ms)"

# ------------------------------------------------------------------------------------------ tools
phase_tools() {
    local -a need=()
    if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || ! command -v psql >/dev/null; then
        need+=(postgresql)
    fi
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        need+=(chromium chromium-driver)
    fi
    # Attachment text extraction (the search index): PDF and office files.
    command -v pdftotext >/dev/null || need+=(poppler-utils)
    command -v unzip >/dev/null || need+=(unzip)
    # OCR of scanned attachments (the job queue): ocrmypdf with Tesseract's English and French; the tests make
    # their scanned pages with pdftoppm (poppler-utils, above).
    command -v ocrmypdf >/dev/null || need+=(ocrmypdf)
    local lang
    for lang in eng fra; do _ensure_apt_is_installed "tesseract-ocr-$lang" || need+=("tesseract-ocr-$lang"); done
    if ! command -v python3 >/dev/null; then
        need+=(python3 python3-venv)
    elif ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
        need+=(python3-venv)
    fi
    if [ "${#need[@]}" -gt 0 ]; then
        ensure_apt_packages "${need[@]}"
    fi
    echo "tools: $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1), $(command -v chromium), $(command -v chromedriver), $(python3 --version)"
}
echo "== Tools =="
run_phase "tools" phase_tools

# ------------------------------------------------------------------------------------------ venv
VENV="$ROOT/.venv"
REQUIREMENTS="scripts/requirements-test.txt"
phase_venv() {
    local stamp want
    want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1) $(python3 -c 'import sys; print(sys.executable, sys.version.split()[0])')"
    stamp="$VENV/.requirements-stamp"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
        echo "venv: up to date ($VENV)"
        return 0
    fi
    if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null || [ -f "$stamp" ]; then
        rm -rf "$VENV"   # broken, or made from other requirements/python: start clean
    fi
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    rm -f "$stamp"
    PIP_NO_INPUT=1 "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    echo "$want" >"$stamp"
    echo "venv: installed $REQUIREMENTS into $VENV"
}
echo "== Python environment =="
run_phase "python venv" phase_venv
VENV_OK=$((PHASE_RC == 0))

# ------------------------------------------------------------------------------------------ format
# The tree is formatted by `swift format` (.swift-format); a file that is not fails here with the lines
# to change. `swift format format --in-place --recursive --parallel Sources Tests Package.swift` fixes them.
phase_format() {
    swift format lint --strict --recursive --parallel Sources Tests Package.swift
}
echo "== Swift format (lint) =="
run_phase "swift format" phase_format

# ------------------------------------------------------------------------------------------ build
phase_build() {
    local start
    start="$(now_ms)"
    swift build --build-tests
    echo "Build took $(fmt_ms $(($(now_ms) - start)))"
}
echo "== Swift build (with tests) =="
run_phase "swift build" phase_build
BUILD_OK=$((PHASE_RC == 0))

# ------------------------------------------------------------------------------------------ postgres
PG_OK=0
pg_rc=1
pg_started="$(now_ms)"
if [ "$BUILD_OK" -eq 1 ]; then
    echo "== PostgreSQL =="
    set +e
    PG_DATABASES=chancery_test PG_EXTRA_OPTS="${PG_EXTRA_OPTS:--c max_connections=300}" pg_start
    pg_rc=$?
    set -e
fi
if [ "$BUILD_OK" -ne 1 ]; then
    skip_phase "postgres start" "build failed"
elif [ "$pg_rc" -eq 0 ]; then
    PG_OK=1
    TEST_PG_URL="$PG_URL/chancery_test"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR), started in $(fmt_ms $(($(now_ms) - pg_started)))"
    record "postgres start" ok "$pg_started"
else
    record "postgres start" "FAILED (exit $pg_rc)" "$pg_started"
fi

# ------------------------------------------------------------------------------------------ swift tests
phase_swift_sqlite() {
    env -u CHANCERY_TEST_DATABASE_URL swift test --skip-build
}
phase_swift_postgres() {
    CHANCERY_TEST_DATABASE_URL="$TEST_PG_URL" swift test --skip-build
}

if [ "$BUILD_OK" -eq 1 ]; then
    echo "== Swift tests on SQLite =="
    run_phase "swift tests (SQLite)" phase_swift_sqlite
    if [ "$PG_OK" -eq 1 ]; then
        echo "== Swift tests on PostgreSQL =="
        run_phase "swift tests (PostgreSQL)" phase_swift_postgres
    else
        skip_phase "swift tests (PostgreSQL)" "PostgreSQL did not start"
    fi
else
    skip_phase "swift tests (SQLite)" "build failed"
    skip_phase "swift tests (PostgreSQL)" "build failed"
fi

# ------------------------------------------------------------------------------------------ python
phase_python() {
    if [ "$PG_OK" -eq 1 ]; then
        export CHANCERY_TEST_DATABASE_URL="$TEST_PG_URL"
    else
        unset CHANCERY_TEST_DATABASE_URL
        echo "(PostgreSQL is not running: the Python checks run on SQLite only)"
    fi
    export CHANCERY_BIN="$ROOT/.build/debug/chancery"
    "$VENV/bin/python" -m pytest tests/python -q --durations=12
}
if [ "$BUILD_OK" -eq 1 ] && [ "$VENV_OK" -eq 1 ]; then
    if [ "$PG_OK" -eq 1 ]; then
        echo "== Python checks (HTTP and browser) on SQLite and PostgreSQL =="
    else
        echo "== Python checks (HTTP and browser) on SQLite =="
    fi
    run_phase "python checks" phase_python
else
    skip_phase "python checks" "$([ "$BUILD_OK" -eq 1 ] && echo "no Python environment" || echo "build failed")"
fi

pg_stop

# ------------------------------------------------------------------------------------------ summary
echo
echo "== Summary =="
failed=0
for i in "${!PHASE_NAMES[@]}"; do
    printf '  %-26s %-9s %s\n' "${PHASE_NAMES[$i]}" "${PHASE_SECONDS[$i]}" "${PHASE_RESULTS[$i]}"
    case "${PHASE_RESULTS[$i]}" in ok) ;; *) failed=$((failed + 1)) ;; esac
done
printf '  %-26s %s\n' "total" "$(fmt_ms $(($(now_ms) - SUITE_START)))"
if [ "$failed" -gt 0 ]; then
    echo "test.sh: FAILED ($failed of ${#PHASE_NAMES[@]} phases did not succeed)"
    exit 1
fi
echo "test.sh: OK (every phase succeeded)"
