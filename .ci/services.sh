#!/usr/bin/env bash
# Services the test suite needs: a throw-away redis-server, a throw-away PostgreSQL 15 (the audit trail tests),
# and chromium for the browser test.
# Sourced by .ci/run:   . .ci/services.sh; start_services; ...; stop_services
# start_services exports DIDACTICS_TEST_REDIS=127.0.0.1:PORT and DIDACTICS_TEST_POSTGRES=<Npgsql connection string>.

_didactics_apt_updated=""

_didactics_apt_install() {
  # $1 = binary to look for, $2 = Debian package providing it
  if command -v "$1" >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "services: '$1' is missing and apt-get is not available; install package '$2'." >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
  if [ -z "$_didactics_apt_updated" ]; then
    $sudo apt-get update -qq >/dev/null || { echo "services: apt-get update failed" >&2; return 1; }
    _didactics_apt_updated=1
  fi
  echo "services: installing $2" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null || { echo "services: could not install $2" >&2; return 1; }
}

_didactics_free_port() {
  # Ask the kernel for a free loopback port.
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

start_services() {
  _didactics_apt_install redis-server redis-server || return 1
  _didactics_apt_install redis-cli redis-tools || return 1
  _didactics_apt_install chromium chromium || echo "services: chromium unavailable; the browser test will fail" >&2

  DIDACTICS_REDIS_PORT="$(_didactics_free_port)"
  DIDACTICS_REDIS_DIR="$(mktemp -d /tmp/didactics-redis.XXXXXX)"
  # No persistence: nothing a test writes outlives the run.
  redis-server --bind 127.0.0.1 --port "$DIDACTICS_REDIS_PORT" --save '' --appendonly no \
    --daemonize yes --dir "$DIDACTICS_REDIS_DIR" --pidfile "$DIDACTICS_REDIS_DIR/redis.pid" \
    --logfile "$DIDACTICS_REDIS_DIR/redis.log" || { echo "services: redis-server did not start" >&2; return 1; }

  local i
  for i in $(seq 1 100); do
    if [ "$(redis-cli -h 127.0.0.1 -p "$DIDACTICS_REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; then
      export DIDACTICS_TEST_REDIS="127.0.0.1:$DIDACTICS_REDIS_PORT"
      export DIDACTICS_REDIS_PORT DIDACTICS_REDIS_DIR
      echo "services: redis ready at $DIDACTICS_TEST_REDIS" >&2
      start_postgres
      return $?
    fi
    sleep 0.1
  done
  echo "services: redis-server did not answer PING on port $DIDACTICS_REDIS_PORT; log:" >&2
  cat "$DIDACTICS_REDIS_DIR/redis.log" >&2 2>/dev/null
  return 1
}

_didactics_pg_bin="/usr/lib/postgresql/15/bin"

_didactics_as_postgres() {
  # initdb and the server refuse to run as root: run them as the postgres user then.
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  if [ ! -x "$_didactics_pg_bin/initdb" ]; then
    _didactics_apt_install "$_didactics_pg_bin/initdb" postgresql-15 || return 1
  fi

  DIDACTICS_PG_PORT="$(_didactics_free_port)"
  DIDACTICS_PG_DIR="$(mktemp -d /tmp/didactics-pg.XXXXXX)"
  if [ "$(id -u)" = "0" ]; then chown postgres "$DIDACTICS_PG_DIR"; fi
  _didactics_as_postgres "$_didactics_pg_bin/initdb" -D "$DIDACTICS_PG_DIR/data" -A trust -U postgres >/dev/null \
    || { echo "services: initdb failed" >&2; return 1; }
  # Loopback only, socket in the temp dir, no fsync: a throw-away server for tests.
  _didactics_as_postgres "$_didactics_pg_bin/pg_ctl" -D "$DIDACTICS_PG_DIR/data" -w -t 30 -l "$DIDACTICS_PG_DIR/log" \
    -o "-p $DIDACTICS_PG_PORT -k $DIDACTICS_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { echo "services: postgres did not start; log:" >&2; cat "$DIDACTICS_PG_DIR/log" >&2 2>/dev/null; return 1; }
  export DIDACTICS_TEST_POSTGRES="Host=127.0.0.1;Port=$DIDACTICS_PG_PORT;Username=postgres;Database=postgres"
  export DIDACTICS_PG_PORT DIDACTICS_PG_DIR
  echo "services: postgres ready at 127.0.0.1:$DIDACTICS_PG_PORT" >&2
}

stop_postgres() {
  if [ -n "${DIDACTICS_PG_DIR:-}" ]; then
    _didactics_as_postgres "$_didactics_pg_bin/pg_ctl" -D "$DIDACTICS_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIDACTICS_PG_DIR"
    unset DIDACTICS_TEST_POSTGRES DIDACTICS_PG_PORT DIDACTICS_PG_DIR
  fi
}

stop_services() {
  stop_postgres
  if [ -n "${DIDACTICS_REDIS_PORT:-}" ]; then
    redis-cli -h 127.0.0.1 -p "$DIDACTICS_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "${DIDACTICS_REDIS_DIR:-/nonexistent}"
    unset DIDACTICS_TEST_REDIS DIDACTICS_REDIS_PORT DIDACTICS_REDIS_DIR
  fi
}
