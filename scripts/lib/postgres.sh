#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks. Source this file, then:
#
#   pg_start                 # or: pg_start --durable   (keeps fsync on, for crash-safety runs)
#   trap pg_stop EXIT        # the caller owns its traps; pg_stop is safe to call more than once
#   psql "$PG_URL/postgres" -c 'select 1'
#
# pg_start exports:
#   PG_BIN   the PostgreSQL bin directory (newest installed major version)
#   PG_DIR   the temporary directory holding the cluster (data/, log, Unix socket)
#   PG_PORT  the loopback port it listens on: $PG_PORT_START (default 55432) or the next free one
#   PG_URL   postgres://postgres@127.0.0.1:$PG_PORT  (no database; append /NAME)
# and creates each database named in $PG_DATABASES (default: none).
# Extra server settings can be given in $PG_EXTRA_OPTS, e.g. PG_EXTRA_OPTS="-c max_connections=300".
#
# As root the server runs as the `postgres` user (root may not run initdb/postgres); as any other
# user it runs as that user. Authentication is `trust` on loopback and the socket only.

_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# True when something accepts connections on 127.0.0.1:$1.
_pg_port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_start() {
    local durable=0
    if [ "${1:-}" = "--durable" ]; then durable=1; fi

    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
        return 1
    fi

    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/chancery-pg.XXXXXX")" || return 1
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR" || { _pg_remove_dir; return 1; }; fi

    # initdb/pg_ctl run from $PG_DIR: the postgres user may not be allowed into the caller's cwd.
    if ! (cd "$PG_DIR" && _pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres \
            --auth-local=trust --auth-host=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1); then
        echo "postgres.sh: initdb failed:" >&2
        cat "$PG_DIR/initdb.log" >&2
        _pg_remove_dir
        return 1
    fi

    local opts="-c listen_addresses=127.0.0.1"
    if [ "$durable" -eq 0 ]; then opts="$opts -c fsync=off"; fi
    if [ -n "${PG_EXTRA_OPTS:-}" ]; then opts="$opts $PG_EXTRA_OPTS"; fi

    local port="${PG_PORT_START:-55432}" tries=0
    while :; do
        tries=$((tries + 1))
        if [ "$tries" -gt 20 ]; then
            echo "postgres.sh: could not find a free port to start PostgreSQL on" >&2
            _pg_remove_dir
            return 1
        fi
        if _pg_port_busy "$port"; then
            port=$((port + 1))
            continue
        fi
        : >"$PG_DIR/log"
        if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR/log"; fi
        if (cd "$PG_DIR" && _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
                -o "-p $port -k $PG_DIR $opts" start >/dev/null); then
            break
        fi
        if grep -qiE 'could not bind|address already in use|could not create any TCP/IP sockets' "$PG_DIR/log"; then
            port=$((port + 1))   # lost a race for the port: try the next one
            continue
        fi
        echo "postgres.sh: PostgreSQL did not start; its log:" >&2
        cat "$PG_DIR/log" >&2
        pg_stop
        return 1
    done

    PG_PORT="$port"
    PG_URL="postgres://postgres@127.0.0.1:$PG_PORT"
    export PG_BIN PG_DIR PG_PORT PG_URL

    local db
    for db in ${PG_DATABASES:-}; do
        pg_psql -d postgres -c "CREATE DATABASE \"$db\"" >/dev/null || { pg_stop; return 1; }
    done
}

# psql against the running cluster as the postgres superuser, e.g. pg_psql -d chancery_test -c '...'
pg_psql() {
    PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"
}

_pg_remove_dir() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then rm -rf -- "$PG_DIR"; fi
    PG_DIR=""
}

# Stops the cluster (fast shutdown) and removes its directory. Idempotent.
pg_stop() {
    if [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        if ! (cd "$PG_DIR" && _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1); then
            # pg_ctl could not stop it (or it was already going down): make sure it is gone.
            local pid
            pid="$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null || true)"
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                kill -QUIT "$pid" 2>/dev/null || true
                for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            fi
        fi
    fi
    _pg_remove_dir
}
