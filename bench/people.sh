#!/usr/bin/env bash
# People and service levels (issue 12): the SLA breach job over many open tasks, and leave
# submissions of 16 concurrent clients for one user.
#
#   bench/people.sh [--no-build]
#
# Environment: LEAVE_ONLY=1 (skip the breach job), SLA_TASKS (100000), DURATION (10s per leave run), CONNECTIONS (16), PORT (18083),
# BENCH_DB (crm_bench_people), JAVA_HOME (temurin 25), JAVA_OPTS.
# The database is dropped and made again on every run (it only ever holds generated data).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"
SLA_TASKS="${SLA_TASKS:-100000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT="${PORT:-18083}"
BENCH_DB="${BENCH_DB:-crm_bench_people}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:-}"
BUILD=auto
TOKEN=bench-tasks-token
USER_ID=u-bench-tasks
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) BUILD=never; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "people.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
[[ "$SLA_TASKS" =~ ^[1-9][0-9]*$ ]] || { echo "people.sh: SLA_TASKS must be a positive integer" >&2; exit 2; }
[[ "$BENCH_DB" =~ ^crm_bench[a-z0-9_]*$ ]] || { echo "people.sh: BENCH_DB must be a crm_bench* name (it is dropped)" >&2; exit 2; }
for tool in psql wrk curl timeout; do
    command -v "$tool" >/dev/null || { echo "people.sh: $tool is not installed" >&2; exit 1; }
done
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
SCRIPT=people.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
BASE="http://127.0.0.1:$PORT"
psql_db() { psql -X -v ON_ERROR_STOP=1 -q -d "$BENCH_DB" "$@"; }
mkdir -p "$OUT"
[[ "$BUILD" == auto ]] && bench_build_jar
[[ -f "$JAR" ]] || { echo "people.sh: $JAR is missing" >&2; exit 1; }

echo "people: making database $BENCH_DB afresh"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql -X -q -d postgres -c "CREATE DATABASE $BENCH_DB"
export DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB"
DB_USER=postgres "$JAVA_HOME/bin/java" -jar "$JAR" migrate > "$OUT/people-migrate.log" 2>&1 \
    || { echo "people.sh: migrate failed:" >&2; tail -20 "$OUT/people-migrate.log" >&2; exit 1; }

if [[ "${LEAVE_ONLY:-0}" != 1 ]]; then
# 1. The breach job. SLA_TASKS open tasks in todo (both targets open), the first tenth urgent;
#    an office calendar (Budapest, Monday to Friday 09:00-17:00) and two policies.
psql_db -v user_id="$USER_ID" -v n="$SLA_TASKS" <<'SQL'
INSERT INTO tenant_users (id, name, email, is_active) VALUES (:'user_id', 'Zsófia Oláh', 'zsofia.olah@bench.test', true);
INSERT INTO projects (name, status, owner_id, created_by, created_at, updated_at)
VALUES ('SLA project', 'active', :'user_id', :'user_id', now(), now());
INSERT INTO tasks (project_id, title, priority, position, created_at, updated_at)
SELECT (SELECT id FROM projects), 'SLA task ' || g, CASE WHEN g < :n / 10 THEN 'urgent' ELSE 'normal' END, g,
       now() - interval '1 day', now() - interval '1 day'
FROM generate_series(0, :n - 1) AS g;
INSERT INTO business_calendars (name, timezone, hours, created_at, updated_at)
VALUES ('Office', 'Europe/Budapest', '{"monday": [["09:00", "17:00"]], "tuesday": [["09:00", "17:00"]],
        "wednesday": [["09:00", "17:00"]], "thursday": [["09:00", "17:00"]], "friday": [["09:00", "17:00"]]}', now(), now());
-- Urgent tasks: an hour to respond, two to resolve (inactive until step c).
INSERT INTO sla_policies (name, calendar_id, priorities, first_response_minutes, resolution_minutes, active, position,
                          created_at, updated_at)
VALUES ('Urgent', (SELECT id FROM business_calendars), '{urgent}', 60, 120, false, 0, now(), now());
-- Everything: three working days (1,440 business minutes), not due for any task here.
INSERT INTO sla_policies (name, calendar_id, first_response_minutes, resolution_minutes, position, created_at, updated_at)
VALUES ('Everything', (SELECT id FROM business_calendars), 1440, 1440, 1, now(), now());
ANALYZE;
SQL
sla_bench() { "$JAVA_HOME/bin/java" $JAVA_OPTS -cp "$JAR" "$BENCH_DIR/java/SlaBench.java" "$@" 2> "$OUT/people-sla.err"; }
echo "people: (a) $SLA_TASKS open tasks a day old, 1,440-minute targets: every one scanned (cold, then warm), none due"
sla_bench 2 | tee "$OUT/people-sla-a.txt"
psql_db -c "UPDATE tasks SET created_at = now() - interval '2 days'" -c "UPDATE task_status_history SET entered_at = now() - interval '2 days'" -c "VACUUM ANALYZE tasks, task_status_history"
echo "people: (b) the same tasks two days old: every one scanned, none due in business minutes"
sla_bench 2 | tee "$OUT/people-sla-b.txt"
psql_db -c "UPDATE sla_policies SET active = true"
echo "people: (c) the urgent tenth overdue: the run that writes their breaches, then runs with nothing new"
sla_bench 3 | tee "$OUT/people-sla-c.txt"
psql_db -At -c "SELECT target, count(*) FROM sla_breaches GROUP BY target ORDER BY target" | tee "$OUT/people-sla-counts.txt"

else
    psql_db -c "INSERT INTO tenant_users (id, name, email, is_active) VALUES ('$USER_ID', 'Zsófia Oláh', 'zsofia.olah@bench.test', true)"
fi

# 2. Leave: 16 clients submitting for one user, first all the same period, then each its own day.
LEAVE_TYPE=$(psql_db -At -c "INSERT INTO leave_types (name, created_at, updated_at) VALUES ('Annual', now(), now()) RETURNING id")
bench_start_server "$PORT" people-server.log . IDENTITY_FILE="$BENCH_DIR/identity-tasks.json"
export BENCH_TOKEN="$TOKEN" LEAVE_TYPE
for overlap in 1 0; do
    file="$OUT/people-wrk-leave-overlap$overlap.txt"
    OVERLAP=$overlap timeout 120 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency \
        -s "$BENCH_DIR/lua/leave_submit.lua" "$BASE" > "$file"
    rps=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$file")
    p50=$(awk '$1 == "50%" { print $2 }' "$file" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$file" | to_ms)
    statuses=$(awk '$1 == "status" { s[$2] += $3 } END { for (k in s) printf "%s:%d ", k, s[k] }' "$file")
    echo "people: leave submissions, overlap=$overlap, $CONNECTIONS connections: $rps req/s, p50 $p50 ms, p99 $p99 ms, statuses $statuses"
done
psql_db -At -c "SELECT 'held requests: ' || count(*) FROM leave_requests WHERE status = 'pending' AND start_date = '2030-01-07' AND end_date = '2030-01-09'"
psql_db -At -c "SELECT 'overlapping pairs: ' || count(*) FROM leave_requests a JOIN leave_requests b ON a.id < b.id AND a.user_id = b.user_id
                 AND int4range(a.first_slot, a.last_slot, '[]') && int4range(b.first_slot, b.last_slot, '[]')
                 WHERE a.status IN ('pending', 'approved') AND b.status IN ('pending', 'approved')"
grep -c 'ERROR\|deadlock' "$OUT/people-server.log" | sed 's/^/server log errors or deadlocks: /' || true
