#!/usr/bin/env bash
# Installs (if needed) and starts a throwaway PostgreSQL 15 on a loopback port, as the postgres user, with a
# fresh data directory under /tmp; creates a database and prints its connection string on stdout (only that).
#   export WIRECHECK_TEST_PG="$(.ci/postgres.sh)"      # then: dotnet test tests/Wirecheck.Store.Tests
# Environment: PGPORT_WC (default 55432), PGDATA_WC (default /tmp/wirecheck-pg-$PORT), WC_DB (default wirecheck_test).
# Stop it with: su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D $PGDATA_WC stop -m fast"
set -euo pipefail
PORT="${PGPORT_WC:-55432}"
DATA="${PGDATA_WC:-/tmp/wirecheck-pg-$PORT}"
DB="${WC_DB:-wirecheck_test}"
BIN=/usr/lib/postgresql/15/bin
log() { echo "postgres.sh: $*" >&2; }

if [ ! -x "$BIN/postgres" ]; then
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
if [ ! -x "$BIN/postgres" ]; then log "PostgreSQL 15 binaries not found in $BIN"; exit 1; fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres

as_pg() { if [ "$(id -un)" = postgres ]; then bash -c "$1"; else su postgres -s /bin/bash -c "$1"; fi; }

if as_pg "$BIN/pg_ctl -D '$DATA' status" >/dev/null 2>&1; then
  log "already running on port $PORT ($DATA)"
else
  rm -rf "$DATA"
  mkdir -p "$DATA"
  chown postgres:postgres "$DATA"
  chmod 700 "$DATA"
  as_pg "$BIN/initdb -D '$DATA' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null" >&2 \
    || as_pg "$BIN/initdb -D '$DATA' -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null" >&2
  as_pg "$BIN/pg_ctl -D '$DATA' -l '$DATA/server.log' -w -t 60 \
    -o \"-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=/tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50 -c shared_buffers=64MB\" start" >&2
fi

if ! as_pg "$BIN/psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1; then
  as_pg "$BIN/createdb -h 127.0.0.1 -p $PORT -U postgres '$DB'" >&2
fi
echo "postgres://postgres@127.0.0.1:$PORT/$DB"
