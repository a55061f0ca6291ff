#!/usr/bin/env bash
# Events: identity events consumed per second, outbox relay throughput, and the lag from a
# committed change to its event on a queue under a steady write load.
#
#   bench/events.sh [--no-build]
#
# Environment: IDENTITY_EVENTS (20000), USERS (1000), RELAY_EVENTS (50000), LAG_RATE (100 writes/s),
# LAG_SECONDS (20), PORT (18082), BENCH_DB (crm_bench_events), AMQP_URL (amqp://guest:guest@127.0.0.1:5672),
# JAVA_HOME (temurin 25), JAVA_OPTS. The database is dropped and made again on every run.
# Needs RabbitMQ and Postgres on 127.0.0.1. See bench/README.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"

IDENTITY_EVENTS="${IDENTITY_EVENTS:-20000}"
USERS="${USERS:-1000}"
RELAY_EVENTS="${RELAY_EVENTS:-50000}"
LAG_RATE="${LAG_RATE:-100}"
LAG_SECONDS="${LAG_SECONDS:-20}"
PORT="${PORT:-18082}"
BENCH_DB="${BENCH_DB:-crm_bench_events}"
AMQP_URL="${AMQP_URL:-amqp://guest:guest@127.0.0.1:5672}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:-}"
BUILD=auto
TENANT=t-bench
TOKEN=bench-events-token    # bench/identity-events.json: a member of t-bench allowed contacts.*

while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) BUILD=never; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "events.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
for n in "$IDENTITY_EVENTS" "$USERS" "$RELAY_EVENTS" "$LAG_RATE" "$LAG_SECONDS"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "events.sh: counts and rates are positive integers, not '$n'" >&2; exit 2; }
done
[[ "$BENCH_DB" =~ ^crm_bench[a-z0-9_]*$ ]] || { echo "events.sh: BENCH_DB must be a crm_bench* name (it is dropped)" >&2; exit 2; }
for tool in psql curl timeout; do
    command -v "$tool" >/dev/null || { echo "events.sh: $tool is not installed" >&2; exit 1; }
done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
SCRIPT=events.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
BASE="http://127.0.0.1:$PORT"
psql_db() { psql -X -v ON_ERROR_STOP=1 -q -At -d "$BENCH_DB" "$@"; }
now_ms() { date +%s%3N; }
mkdir -p "$OUT"
RESULTS="$OUT/events-results.txt"
: > "$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

# The broker client: a single-file Java program on amqp-client from the Maven cache.
M2="${M2_REPO:-$HOME/.m2/repository}"
AMQP_JAR=$(ls "$M2"/com/rabbitmq/amqp-client/*/amqp-client-*.jar 2>/dev/null | grep -v sources | tail -1)
SLF4J_JAR=$(ls "$M2"/org/slf4j/slf4j-api/2.0.20/slf4j-api-2.0.20.jar 2>/dev/null | head -1)
[[ -n "$AMQP_JAR" && -n "$SLF4J_JAR" ]] || { echo "events.sh: amqp-client or slf4j-api is not in $M2; run the build once" >&2; exit 1; }
bench_client() { "$JAVA_HOME/bin/java" -cp "$AMQP_JAR:$SLF4J_JAR" "$BENCH_DIR/java/EventsBench.java" "$@" 2> >(grep -v '^SLF4J' >&2); }

# 1. The jar, built when missing or stale.
[[ "$BUILD" == auto ]] && bench_build_jar
[[ -f "$JAR" ]] || { echo "events.sh: $JAR is missing" >&2; exit 1; }

# 2. A fresh database with USERS mirrored users, and no queue left by an earlier run.
echo "events: making database $BENCH_DB afresh"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql -X -q -d postgres -c "CREATE DATABASE $BENCH_DB"
DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" DB_USER=postgres \
    "$JAVA_HOME/bin/java" -jar "$JAR" migrate > "$OUT/events-migrate.log" 2>&1 \
    || { echo "events.sh: migrate failed:" >&2; tail -20 "$OUT/events-migrate.log" >&2; exit 1; }
psql_db -v users="$USERS" <<'SQL'
INSERT INTO tenant_users (id, name, email, locale, timezone, is_active)
SELECT 'u-ev-' || g, 'User ' || g, 'u' || g || '@bench.test', 'en', 'UTC', true FROM generate_series(0, :users - 1) AS g;
SQL
bench_client delete-queues "$AMQP_URL" "crm.identity-events.$TENANT" "crm.identity-events.$TENANT.dead-letter"

# 3. The server, stopped on exit whatever happens (lib.sh); ready once its broker is connected.
bench_start_server "$PORT" events-server.log '"broker":\{"status":"up"\}' \
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" IDENTITY_FILE="$BENCH_DIR/identity-events.json" \
    AMQP_URL="$AMQP_URL"

await_sql() { # await_sql "SQL returning one number" TARGET TIMEOUT_S -> echoes the epoch ms when reached
    local sql="$1" target="$2" timeout_s="$3" deadline=$(( $(date +%s) + $3 ))
    while (( $(psql_db -c "$sql") < target )); do
        (( $(date +%s) < deadline )) || { echo "events.sh: '$sql' did not reach $target within ${timeout_s}s" >&2; return 1; }
        sleep 0.05
    done
    now_ms
}

say "events: $(date -u +%FT%TZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 4. Identity events consumed per second: IDENTITY_EVENTS user.updated events for USERS users
#    (each changes the user, so each is a transaction with an audit row and an outbox event).
echo "events: publishing $IDENTITY_EVENTS identity.user.updated events"
start=$(now_ms)
bench_client publish-identity "$AMQP_URL" "$IDENTITY_EVENTS" u-ev- "$USERS" | tee -a "$RESULTS"
done_at=$(await_sql "SELECT count(*) FROM processed_events" "$IDENTITY_EVENTS" 600)
elapsed=$(( done_at - start ))
say "identity consumer: $IDENTITY_EVENTS events handled in $elapsed ms = $(( IDENTITY_EVENTS * 1000 / elapsed )) events/s (publish start to last commit; one replica, prefetch 32)"
await_sql "SELECT CASE WHEN count(*) = 0 THEN 1 ELSE 0 END FROM outbox" 1 120 > /dev/null

# 5. Relay throughput: RELAY_EVENTS events committed at once, drained by a consumer.
echo "events: relaying $RELAY_EVENTS events committed in one transaction"
bench_client drain "$AMQP_URL" "$TENANT" "$RELAY_EVENTS" 300 > "$OUT/events-drain.txt" &
DRAIN_PID=$!
for _ in $(seq 1 100); do grep -q ready "$OUT/events-drain.txt" 2>/dev/null && break; sleep 0.1; done
psql_db -v n="$RELAY_EVENTS" <<'SQL'
WITH entry AS (
    INSERT INTO activity_log (occurred_at, actor_user_id, subject_type, subject_id, event, changes)
    SELECT now(), 'u-ev-0', 'contact', g::text, 'updated', '{"phone": {"before": null, "after": "+36 1 234 5678"}}'
    FROM generate_series(1, :n) AS g
    RETURNING id)
INSERT INTO outbox (activity_id) SELECT id FROM entry;
SQL
committed=$(now_ms)
wait "$DRAIN_PID" || true
read -r received distinct last < <(awk '/^drain: received/ { print $3, $6, $NF }' "$OUT/events-drain.txt" | tr -d '(')
[[ "$received" == "$RELAY_EVENTS" ]] || { echo "events.sh: the drain got $received of $RELAY_EVENTS: $(cat "$OUT/events-drain.txt")" >&2; exit 1; }
relay_ms=$(( last - committed ))
say "outbox relay: $RELAY_EVENTS events from commit to the last one received in $relay_ms ms = $(( RELAY_EVENTS * 1000 / relay_ms )) events/s ($distinct distinct ids; batches of 500 with publisher confirms)"

# 6. Lag under a steady write load: LAG_RATE contact creates per second over HTTP.
echo "events: $LAG_RATE writes/s for $LAG_SECONDS s, measuring the lag of each event"
bench_client lag "$AMQP_URL" "$BASE" "$TOKEN" "$TENANT" "$LAG_RATE" "$LAG_SECONDS" | tee -a "$RESULTS"
say "outbox after the run: $(psql_db -c 'SELECT count(*) FROM outbox') rows waiting"
echo "events: results in bench/out/events-results.txt"
