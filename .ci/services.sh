#!/usr/bin/env bash
# Services the test suite needs: a throw-away redis-server (and chromium for the browser test).
# Sourced by .ci/run:   . .ci/services.sh; start_services; ...; stop_services
# start_services exports DIDACTICS_TEST_REDIS=127.0.0.1:PORT; the Redis tests use it.

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
      return 0
    fi
    sleep 0.1
  done
  echo "services: redis-server did not answer PING on port $DIDACTICS_REDIS_PORT; log:" >&2
  cat "$DIDACTICS_REDIS_DIR/redis.log" >&2 2>/dev/null
  return 1
}

stop_services() {
  if [ -n "${DIDACTICS_REDIS_PORT:-}" ]; then
    redis-cli -h 127.0.0.1 -p "$DIDACTICS_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "${DIDACTICS_REDIS_DIR:-/nonexistent}"
    unset DIDACTICS_TEST_REDIS DIDACTICS_REDIS_PORT DIDACTICS_REDIS_DIR
  fi
}
