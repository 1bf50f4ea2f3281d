#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL server (Debian's postgresql package): initdb into
# a temporary directory as an unprivileged user (PostgreSQL refuses to run as root), password
# authentication (scram-sha-256) on a free loopback port, stopped and removed when the command
# ends. The command finds the server in INSIGHTS_TEST_POSTGRES_URL, a superuser's URL whose
# database is `postgres`; tests create their own databases and roles in it.
# Never touches a server of the machine's own: nothing listens beyond 127.0.0.1, and the socket
# lives in the temporary directory.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "PostgreSQL's server is not installed (Debian package postgresql): scripts/install-deps.sh installs it." >&2
  exit 1
fi

root=$(mktemp -d /tmp/insights-pg-XXXXXX)
chmod 755 "$root"
run_as=()
if [[ $(id -u) -eq 0 ]]; then
  # A user of its own, made once: the server's files belong to nobody else's account.
  id insights-test-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin insights-test-pg
  chown insights-test-pg "$root"
  run_as=(runuser -u insights-test-pg --)
fi

password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
printf '%s\n' "$password" > "$root/pwfile"
[[ ${#run_as[@]} -eq 0 ]] || chown insights-test-pg "$root/pwfile"
chmod 600 "$root/pwfile"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

stop() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$root"
}
trap stop EXIT

# Its databases sort text as an American server does (ICU's en-US: "/api" < "/b" < "/Docs"), not
# by bytes as C.UTF-8 would: Insights' own columns compare bytes (schema 13), and a query that
# sorts anything else by the server's locale shows up against SQLite in the tests.
"${run_as[@]}" "$bindir/initdb" -D "$root/data" -U insights_admin --pwfile="$root/pwfile" \
  --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --locale-provider=icu --icu-locale=en-US >"$root/initdb.log" 2>&1 \
  || { cat "$root/initdb.log" >&2; exit 1; }
rm -f "$root/pwfile"
# Durability is not what the tests check (they kill clients, not the server): fsync off keeps a
# busy 2-core machine quick. The benchmark starts its own server with the defaults.
"${run_as[@]}" "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root -c fsync=${INSIGHTS_TEST_PG_FSYNC:-off} -c max_connections=200" \
  start >/dev/null || { cat "$root/server.log" >&2; exit 1; }

export INSIGHTS_TEST_POSTGRES_URL="postgresql://insights_admin:$password@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit $status
