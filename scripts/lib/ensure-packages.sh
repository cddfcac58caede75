#!/usr/bin/env bash
# Installs Debian packages that are missing. Source this file, then:
#
#   ensure_apt_packages postgresql chromium chromium-driver
#
# Only packages that are not installed are installed. `apt-get update` runs once (per shell) before
# the first install. While another apt/dpkg holds its lock (e.g. an unattended install started at
# boot), it waits and retries for up to ENSURE_APT_LOCK_WAIT seconds (default 300).
# Runs apt-get as root; as another user through sudo if available; otherwise it prints which
# packages are needed and exits 1.

_ENSURE_APT_UPDATED="${_ENSURE_APT_UPDATED:-0}"

_ensure_apt_is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Runs "$@" (an apt-get command line) as root, retrying while the dpkg/apt lock is held.
_ensure_apt_run() {
    local deadline=$(( SECONDS + ${ENSURE_APT_LOCK_WAIT:-300} ))
    local out rc
    local -a prefix=()
    if [ "$(id -u)" -ne 0 ]; then prefix=(sudo); fi
    out="$(mktemp)"
    while :; do
        rc=0
        "${prefix[@]}" env DEBIAN_FRONTEND=noninteractive "$@" >"$out" 2>&1 || rc=$?
        if [ "$rc" -eq 0 ]; then
            rm -f "$out"
            return 0
        fi
        if grep -qiE 'could not get lock|unable to acquire the dpkg frontend lock|unable to lock|is another process using it|dpkg was interrupted' "$out" \
            && [ "$SECONDS" -lt "$deadline" ]; then
            if grep -qi 'dpkg was interrupted' "$out"; then
                # A previous install died half-way; finishing it is what dpkg itself asks for.
                "${prefix[@]}" env DEBIAN_FRONTEND=noninteractive dpkg --configure -a >/dev/null 2>&1 || true
            else
                echo "ensure-packages: the apt/dpkg lock is held by another process; waiting..." >&2
            fi
            sleep 5
            continue
        fi
        tail -n 30 "$out" >&2
        rm -f "$out"
        return "$rc"
    done
}

ensure_apt_packages() {
    local -a missing=()
    local pkg
    for pkg in "$@"; do
        _ensure_apt_is_installed "$pkg" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0

    if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
        echo "ensure-packages: missing Debian packages: ${missing[*]}" >&2
        echo "ensure-packages: run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi

    echo "ensure-packages: installing ${missing[*]} ..." >&2
    if [ "$_ENSURE_APT_UPDATED" != 1 ]; then
        _ensure_apt_run apt-get -o DPkg::Lock::Timeout=60 update -q || {
            echo "ensure-packages: apt-get update failed" >&2
            return 1
        }
        _ENSURE_APT_UPDATED=1
    fi
    _ensure_apt_run apt-get -o DPkg::Lock::Timeout=60 install -y -q "${missing[@]}" || {
        echo "ensure-packages: could not install ${missing[*]}" >&2
        return 1
    }
}
