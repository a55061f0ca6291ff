#!/usr/bin/env bash
# The company timeline: GET /api/companies/{id}/timeline of a company with 5,000 log entries, half
# linked to the company itself and half to its 50 contacts only, among 20,000 entries of 40 other
# companies; the first page and a deep one, one client each.
#
#   bench/timeline.sh [--no-build]
#
# Environment: LATENCY_DURATION (10s per run), WARMUP (5s), TIMELINE_LOGS (5000), PORT (18082),
# BENCH_DB (crm_bench_timeline), JAVA_HOME (temurin 25), JAVA_OPTS.
# The database is dropped and made again on every run (it only ever holds generated data).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"

LATENCY_DURATION="${LATENCY_DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
TIMELINE_LOGS="${TIMELINE_LOGS:-5000}"
PORT="${PORT:-18082}"
BENCH_DB="${BENCH_DB:-crm_bench_timeline}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:-}"
BUILD=auto
TOKEN=bench-tasks-token     # bench/identity-tasks.json: a member of t-bench allowed tenant.bench.crm.*
USER_ID=u-bench-tasks

while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) BUILD=never; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "timeline.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
[[ "$BENCH_DB" =~ ^crm_bench[a-z0-9_]*$ ]] || { echo "timeline.sh: BENCH_DB must be a crm_bench* name (it is dropped)" >&2; exit 2; }
for tool in psql wrk curl timeout; do
    command -v "$tool" >/dev/null || { echo "timeline.sh: $tool is not installed" >&2; exit 1; }
done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
SCRIPT=timeline.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
BASE="http://127.0.0.1:$PORT"
psql_db() { psql -X -v ON_ERROR_STOP=1 -q -d "$BENCH_DB" "$@"; }
mkdir -p "$OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

[[ "$BUILD" == auto ]] && bench_build_jar
[[ -f "$JAR" ]] || { echo "timeline.sh: $JAR is missing" >&2; exit 1; }

echo "timeline: making database $BENCH_DB afresh"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql -X -q -d postgres -c "CREATE DATABASE $BENCH_DB"
DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" DB_USER=postgres \
    "$JAVA_HOME/bin/java" -jar "$JAR" migrate > "$OUT/timeline-migrate.log" 2>&1 \
    || { echo "timeline.sh: migrate failed:" >&2; tail -20 "$OUT/timeline-migrate.log" >&2; exit 1; }

COMPANY=$(psql_db -At -v user_id="$USER_ID" -v n="$TIMELINE_LOGS" <<'SQL' | tail -1
INSERT INTO tenant_users (id, name, email, is_active) VALUES (:'user_id', 'Zsófia Oláh', 'zsofia@bench.test', true);
-- Company 1 is the measured one; 40 others hold 500 entries each.
INSERT INTO companies (name, created_by, created_at, updated_at)
SELECT 'Company ' || g, :'user_id', now(), now() FROM generate_series(1, 41) AS g;
-- 50 contacts per company.
INSERT INTO contacts (first_name, last_name, company_id, created_by, created_at, updated_at)
SELECT 'Anna', 'Kovács ' || g, c.id, :'user_id', now(), now()
FROM companies c CROSS JOIN generate_series(1, 50) AS g;
-- Company 1: n/2 entries on the company, n/2 on its contacts only (so the contacts' path is real).
INSERT INTO communication_logs (type, direction, subject, body, occurred_at, company_id, created_by, created_at, updated_at)
SELECT 'call', 'outbound', 'Call ' || g, 'Talked about order ' || g, now() - g * interval '1 minute', 1,
       :'user_id', now(), now()
FROM generate_series(1, :n / 2) AS g;
INSERT INTO communication_logs (type, subject, body, occurred_at, contact_id, created_by, created_at, updated_at)
SELECT 'note', 'Note ' || g, 'About the contact', now() - g * interval '1 minute' - interval '30 seconds',
       (SELECT array_agg(id ORDER BY id) FROM contacts WHERE company_id = 1)[1 + g % 50], :'user_id', now(), now()
FROM generate_series(1, :n - :n / 2) AS g;
-- The others: 500 each, on the company.
INSERT INTO communication_logs (type, subject, occurred_at, company_id, created_by, created_at, updated_at)
SELECT 'email', 'Mail ' || g, now() - g * interval '1 minute', c.id, :'user_id', now(), now()
FROM companies c CROSS JOIN generate_series(1, 500) AS g WHERE c.id > 1;
ANALYZE;
SELECT 1;
SQL
)
[[ "$COMPANY" == 1 ]] || { echo "timeline.sh: the data was not made" >&2; exit 1; }
through_contacts=$(psql_db -At -c "SELECT count(*) FROM communication_logs l JOIN contacts c ON c.id = l.contact_id WHERE c.company_id = 1")
[[ "$through_contacts" == $(( TIMELINE_LOGS - TIMELINE_LOGS / 2 )) ]] \
    || { echo "timeline.sh: $through_contacts entries on company 1's contacts, expected $(( TIMELINE_LOGS - TIMELINE_LOGS / 2 ))" >&2; exit 1; }

bench_start_server "$PORT" timeline-server.log . \
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" IDENTITY_FILE="$BENCH_DIR/identity-tasks.json"
AUTH=(-H "Authorization: Bearer $TOKEN" -H "Accept: application/json")
FIRST="$BASE/api/companies/1/timeline?per_page=25"
DEEP="$BASE/api/companies/1/timeline?per_page=25&page=150"
total=$(curl -s "${AUTH[@]}" "$FIRST" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2)
[[ "$total" == 1000 ]] || { echo "timeline.sh: the timeline's total is '$total', expected the capped 1000" >&2; exit 1; }

measure() {
    local name="$1" url="$2" file="$OUT/timeline-wrk-$1.txt"
    timeout $(( $(seconds "$LATENCY_DURATION") + 60 )) \
        wrk -t1 -c1 -d"$LATENCY_DURATION" --timeout 30s --latency "${AUTH[@]}" "$url" > "$file"
    RPS=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$file")
    P50=$(awk '$1 == "50%" { print $2 }' "$file" | to_ms)
    P99=$(awk '$1 == "99%" { print $2 }' "$file" | to_ms)
    NON2XX=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file"); NON2XX=${NON2XX:-0}
}
echo "timeline: warming up for $WARMUP"
timeout $(( $(seconds "$WARMUP") + 60 )) wrk -t1 -c1 -d"$WARMUP" "${AUTH[@]}" "$FIRST" > "$OUT/timeline-warmup.txt"
measure first "$FIRST"; F="| first page (25 of $TIMELINE_LOGS) | $RPS | $P50 | $P99 | $NON2XX |"
measure deep "$DEEP"; D="| page 150 (entries 3,726-3,750) | $RPS | $P50 | $P99 | $NON2XX |"
{
    echo "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); one client; latencies in ms; $TIMELINE_LOGS entries of the company among $(( TIMELINE_LOGS + 20000 ))."
    echo
    echo "| GET /api/companies/{id}/timeline | requests/s | p50 | p99 | non-2xx |"
    echo "|---|---:|---:|---:|---:|"
    echo "$F"
    echo "$D"
    echo
    echo "Load average before: $LOAD_BEFORE (after: $(cut -d' ' -f1-3 /proc/loadavg))."
} > "$OUT/timeline-results.md"
cat "$OUT/timeline-results.md"
