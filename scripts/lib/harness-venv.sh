#!/usr/bin/env bash
# The Python environment of the long-running harness. Source this file, then:
#
#   harness_venv            # creates or refreshes .venv-harness from scripts/requirements-harness.txt
#   "$HARNESS_PYTHON" Benchmarks/crash_loop.py …
#
# Reinstalls only when the requirements file or the Python version changed.

harness_venv() {
    local root requirements venv stamp want
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
    requirements="$root/scripts/requirements-harness.txt"
    venv="$root/.venv-harness"
    stamp="$venv/.requirements-stamp"
    if ! command -v python3 >/dev/null || ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
        # shellcheck source=scripts/lib/ensure-packages.sh
        source "$root/scripts/lib/ensure-packages.sh"
        ensure_apt_packages python3 python3-venv || return 1
    fi
    want="$(sha256sum "$requirements" | cut -d' ' -f1) $(python3 -c 'import sys; print(sys.version.split()[0])')"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! "$venv/bin/python" -c 'import sys' 2>/dev/null; then
        rm -rf "$venv"
        python3 -m venv "$venv" || return 1
        PIP_NO_INPUT=1 "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" || return 1
        echo "$want" >"$stamp"
    fi
    HARNESS_PYTHON="$venv/bin/python"
    export HARNESS_PYTHON
}
