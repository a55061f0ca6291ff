#!/usr/bin/env bash
# Third-party checks of the built CRM as a user meets it: starts `crm.jar dev` (embedded Postgres,
# sample data, sample tokens) in a fresh directory on a free port, lints its /openapi.json with
# Redocly (lint-openapi.sh: 0 errors, 0 warnings) and runs the browser test of /docs
# (docs-page.test.mjs: Debian's chromium driven by playwright-core), then stops the server.
# Exits non-zero when anything fails. Needs bootstrap/target/crm.jar (mvn -B package) and JAVA_HOME.
#   web-tests/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../bootstrap/target/crm.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$jar" ] || { echo "web-tests: $jar is missing; build it first (mvn -B package)" >&2; exit 1; }

if [ ! -x /usr/bin/chromium ]; then
  echo "web-tests: installing Debian's chromium"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

work=$(mktemp -d)
server=
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$server" 2>/dev/null && kill -KILL "$server"
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

# A directory of its own (dev keeps its database under ./data), any free port, and none of the
# variables that would point dev at another database, identity or broker.
(cd "$work" && exec env -u DATABASE_URL -u IDENTITY_URL -u IDENTITY_FILE -u AMQP_URL -u HOST PORT=0 \
  "$java" -jar "$jar" dev >"$work/dev.log" 2>&1) &
server=$!

base=
for _ in $(seq 1 240); do
  base=$(sed -n 's/^CRM dev server for tenant .* at \(http:[^ ]*\)$/\1/p' "$work/dev.log" | head -1)
  [ -n "$base" ] && break
  kill -0 "$server" 2>/dev/null || { echo "web-tests: crm dev stopped:" >&2; cat "$work/dev.log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$base" ] || { echo "web-tests: crm dev did not come up in 120 s:" >&2; tail -50 "$work/dev.log" >&2; exit 1; }
curl -fsS --max-time 10 "$base/health/ready" >/dev/null
echo "web-tests: crm dev is ready at $base"

"$here/lint-openapi.sh" "$base/openapi.json"
(cd "$here" && CRM_BASE_URL="$base" node --test docs-page.test.mjs)
