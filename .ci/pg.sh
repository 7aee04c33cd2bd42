#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server for the tests (as the postgres user: it refuses to run as root).
# Usage: source .ci/pg.sh start|stop   — prints the DATABASE_URL to use on start.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
PGDIR=${PGDIR:-/tmp/qd-pg-data}
PGPORT=${PGPORT:-55432}
case "${1:-start}" in
  start)
    if [ ! -x "$PGBIN/initdb" ]; then apt-get install -y -q postgresql-15 >/dev/null; fi
    rm -rf "$PGDIR"; mkdir -p "$PGDIR"; chown postgres:postgres "$PGDIR"
    su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGDIR -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null"
    su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDIR -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on' -l $PGDIR/server.log -w start >/dev/null"
    echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
    ;;
  stop)
    su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDIR -m fast -w stop >/dev/null" || true
    ;;
esac
