#!/usr/bin/env bash
# Start a throw-away PostgreSQL server (Debian's postgresql package, installed beforehand)
# in a temp dir, listening on 127.0.0.1 only, and print its URL.
#
#   eval "$(scripts/start-postgres.sh)"      # exports POLEMOS_TEST_PG_URL and PGDATA_DIR
#   source scripts/start-postgres.sh         # same
#   pg_ctl -D "$PGDATA_DIR" stop             # (as the postgres user) to stop it
#
# Installs nothing. Runs the server as the `postgres` user when started as root (PostgreSQL
# refuses to run as root), else as the current user. Prints `export VAR=...` lines.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "${bindir}" ] || [ ! -x "${bindir}/initdb" ]; then
  echo "start-postgres.sh: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 2
fi

run_as=""
if [ "$(id -u)" = "0" ]; then
  run_as="postgres"
  id postgres >/dev/null 2>&1 || { echo "start-postgres.sh: no 'postgres' user" >&2; exit 2; }
fi
as_pg() {  # run a command as the server's user
  if [ -n "${run_as}" ]; then su -s /bin/sh "${run_as}" -c "$*"; else sh -c "$*"; fi
}

dir=$(mktemp -d /tmp/polemos-pg.XXXXXX)
chmod 755 "${dir}"
[ -n "${run_as}" ] && chown "${run_as}" "${dir}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

as_pg "'${bindir}/initdb' -D '${dir}/data' -U postgres -A trust -E UTF8 --no-locale" >"${dir}/initdb.log" 2>&1 \
  || { cat "${dir}/initdb.log" >&2; exit 1; }
as_pg "'${bindir}/pg_ctl' -D '${dir}/data' -l '${dir}/server.log' -w -t 60 \
  -o \"-h 127.0.0.1 -p ${port} -k '${dir}' -c fsync=off -c full_page_writes=off\" start" >/dev/null \
  || { cat "${dir}/server.log" >&2; exit 1; }
as_pg "'${bindir}/createdb' -h 127.0.0.1 -p ${port} -U postgres polemos_test"

url="postgresql://postgres@127.0.0.1:${port}/polemos_test"
export POLEMOS_TEST_PG_URL="${url}"
export PGDATA_DIR="${dir}/data"
echo "export POLEMOS_TEST_PG_URL=${url}"
echo "export PGDATA_DIR=${dir}/data"
