#!/usr/bin/env bash
# Deals: the board and the forecast of one pipeline with 20,000 deals (p50/p99, one client).
#
#   bench/deals.sh [-d DURATION] [--no-build]
#
# Environment (options win): DURATION (10s per scenario), DEALS (20000), WARMUP (10s),
# PORT (18082), BENCH_DB (crm_bench_deals), JAVA_HOME (temurin 25), JAVA_OPTS.
# The database is dropped and made again on every run (it only ever holds generated data).
# Everything runs against 127.0.0.1; every load run is time-limited. See bench/README.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"

DURATION="${DURATION:-10s}"
DEALS="${DEALS:-20000}"
WARMUP="${WARMUP:-10s}"
PORT="${PORT:-18082}"
BENCH_DB="${BENCH_DB:-crm_bench_deals}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:-}"
BUILD=auto
TOKEN=bench-tasks-token     # bench/identity-tasks.json: a member of t-bench allowed tenant.bench.crm.*
USER_ID=u-bench-tasks       # that token's user

usage() { sed -n '2,9p' "$0"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        -d) DURATION="$2"; shift 2 ;;
        --no-build) BUILD=never; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "deals.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
for d in "$DURATION" "$WARMUP"; do
    [[ "$d" =~ ^[1-9][0-9]*s$ ]] || { echo "deals.sh: durations are whole seconds like 10s, not '$d'" >&2; exit 2; }
done
[[ "$DEALS" =~ ^[1-9][0-9]*$ ]] || { echo "deals.sh: DEALS must be a positive integer" >&2; exit 2; }
[[ "$BENCH_DB" =~ ^crm_bench[a-z0-9_]*$ ]] || { echo "deals.sh: BENCH_DB must be a crm_bench* name (it is dropped)" >&2; exit 2; }
for tool in psql wrk curl timeout; do
    command -v "$tool" >/dev/null || { echo "deals.sh: $tool is not installed" >&2; exit 1; }
done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
SCRIPT=deals.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
BASE="http://127.0.0.1:$PORT"
psql_db() { psql -X -v ON_ERROR_STOP=1 -q -d "$BENCH_DB" "$@"; }
mkdir -p "$OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. The jar: built when missing or older than a source or pom file.
[[ "$BUILD" == auto ]] && bench_build_jar
[[ -f "$JAR" ]] || { echo "deals.sh: $JAR is missing" >&2; exit 1; }

# 2. The data: a fresh database, migrated by the jar; the token's user; 200 companies; one pipeline
#    with the sample stages (four open, won, lost) and DEALS deals spread over them, at positions
#    0..k-1 in each stage (V19__deals.sql), in EUR and HUF, with expected close dates over 18 months
#    and one owner in three; each deal's creation row of stage history; and a second revision of
#    every fifth deal dated 30 days later (an amount change), so that ?as_of= reads a real history.
echo "deals: making database $BENCH_DB afresh"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql -X -q -d postgres -c "CREATE DATABASE $BENCH_DB"
DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" DB_USER=postgres \
    "$JAVA_HOME/bin/java" -jar "$JAR" migrate > "$OUT/deals-migrate.log" 2>&1 \
    || { echo "deals.sh: migrate failed:" >&2; tail -20 "$OUT/deals-migrate.log" >&2; exit 1; }

PIPELINE=$(psql_db -At -v user_id="$USER_ID" -v n="$DEALS" <<'SQL' | tail -1
INSERT INTO tenant_users (id, name, email, locale, timezone, is_active)
VALUES (:'user_id', 'Zsófia Oláh', 'zsofia.olah@bench.test', 'hu', 'Europe/Budapest', true),
       ('u-bench-2', 'Bench Two', 'two@bench.test', 'de', 'Europe/Berlin', true),
       ('u-bench-3', 'Bench Three', 'three@bench.test', 'de', 'Europe/Berlin', true);

INSERT INTO companies (name, created_by, created_at, updated_at)
SELECT 'Bench Company ' || g, :'user_id', now(), now() FROM generate_series(1, 200) AS g;

INSERT INTO pipelines (name, is_default, currency, created_by, created_at, updated_at)
VALUES ('Vertrieb', true, 'EUR', :'user_id', now(), now());

INSERT INTO pipeline_stages (pipeline_id, name, kind, probability, position)
SELECT p.id, s.name, s.kind, s.probability, s.position
FROM pipelines p,
     (VALUES ('Lead', 'open', 10, 0), ('Qualified', 'open', 25, 1), ('Proposal', 'open', 50, 2),
             ('Negotiation', 'open', 75, 3), ('Won', 'won', 100, 4), ('Lost', 'lost', 0, 5))
         AS s (name, kind, probability, position);

-- Deal i goes to stage i % 6 at position i / 6; created 90 days ago, so that as_of has a past.
INSERT INTO deals (title, company_id, pipeline_id, stage_id, status, position, amount, currency, probability,
                   probability_source, expected_close_date, owner_id, won_at, lost_at, lost_reason,
                   created_by, created_at, updated_at)
SELECT 'Bench deal ' || g.i,
       1 + g.i % 200,
       s.pipeline_id,
       s.id,
       s.kind,
       (g.i / 6)::integer,
       round((100 + (g.i * 7919) % 100000)::numeric + (g.i % 100) / 100.0, 2),
       CASE WHEN g.i % 4 = 0 THEN 'HUF' ELSE 'EUR' END,
       s.probability,
       'stage',
       (current_date - 90 + (g.i % 540))::date,
       (ARRAY[:'user_id', 'u-bench-2', 'u-bench-3'])[1 + g.i % 3],
       CASE WHEN s.kind = 'won' THEN now() - (g.i % 90) * interval '1 day' END,
       CASE WHEN s.kind = 'lost' THEN now() - (g.i % 90) * interval '1 day' END,
       CASE WHEN s.kind = 'lost' THEN 'Bench' END,
       :'user_id', now() - interval '90 days', now() - interval '90 days'
FROM generate_series(0, :n - 1) AS g(i)
JOIN pipeline_stages s ON s.position = g.i % 6
ORDER BY g.i;

INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, changed_by, probability)
SELECT id, NULL, stage_id, created_at, created_by, probability FROM deals;

-- Every fifth deal changed its amount 60 days ago (a second revision, by the trigger).
UPDATE deals SET amount = amount + 100, updated_at = now() - interval '60 days' WHERE id % 5 = 0;

ANALYZE;

SELECT id FROM pipelines;
SQL
)
[[ "$PIPELINE" =~ ^[0-9]+$ ]] || { echo "deals.sh: the pipeline was not made: $PIPELINE" >&2; exit 1; }
REVISIONS=$(psql_db -At -c "SELECT count(*) FROM deal_revisions")
echo "deals: pipeline $PIPELINE with $DEALS deals ($REVISIONS revisions)"

# 3. The server, stopped on exit whatever happens (lib.sh).
bench_start_server "$PORT" deals-server.log . \
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" IDENTITY_FILE="$BENCH_DIR/identity-tasks.json"

AUTH=(-H "Authorization: Bearer $TOKEN" -H "Accept: application/json")
AS_OF=$(date -u -d '75 days ago' +%Y-%m-%d)
FROM=$(date -u +%Y-%m-01)
TO=$(date -u -d '+12 months' +%Y-%m-%d)
declare -A PATHS=(
    [board]="/api/pipelines/$PIPELINE/board"
    [forecast]="/api/pipelines/$PIPELINE/forecast"
    [forecast_range_owner]="/api/pipelines/$PIPELINE/forecast?group=owner&from=$FROM&to=$TO"
    [forecast_as_of]="/api/pipelines/$PIPELINE/forecast?as_of=$AS_OF"
)
ORDER=(board forecast forecast_range_owner forecast_as_of)
# The routes must work before they are measured.
for name in "${ORDER[@]}"; do
    status=$(curl -s -o "$OUT/deals-$name.json" -w '%{http_code}' "${AUTH[@]}" "$BASE${PATHS[$name]}")
    [[ "$status" == 200 ]] || { echo "deals.sh: GET ${PATHS[$name]} answered $status: $(head -c 300 "$OUT/deals-$name.json")" >&2; exit 1; }
done
board_deals=$(grep -o '"title" *: *"Bench deal' "$OUT/deals-board.json" | wc -l)
(( board_deals == DEALS )) || { echo "deals.sh: the board shows $board_deals deals, expected $DEALS" >&2; exit 1; }
grep -q '"groups":\[{' "$OUT/deals-forecast_as_of.json" || { echo "deals.sh: the as-of forecast is empty" >&2; exit 1; }

# wrk_measure NAME DURATION URL -> sets RPS P50 P99 ERRORS (one client)
wrk_measure() {
    local name="$1" duration="$2" url="$3"
    local file="$OUT/deals-wrk-$name.txt"
    timeout $(( $(seconds "$duration") + 60 )) \
        wrk -t1 -c1 -d"$duration" --timeout 30s --latency "${AUTH[@]}" "$url" > "$file"
    RPS=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$file")
    P50=$(awk '$1 == "50%" { print $2 }' "$file" | to_ms)
    P99=$(awk '$1 == "99%" { print $2 }' "$file" | to_ms)
    local non2xx sock
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
    sock=$(awk '/Socket errors:/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' "$file")
    ERRORS=$(( ${non2xx:-0} + ${sock:-0} ))
}

echo "deals: warming up for $WARMUP"
for name in "${ORDER[@]}"; do
    per="$(( $(seconds "$WARMUP") / ${#ORDER[@]} > 0 ? $(seconds "$WARMUP") / ${#ORDER[@]} : 1 ))s"
    timeout $(( $(seconds "$per") + 60 )) wrk -t1 -c1 -d"$per" --timeout 30s "${AUTH[@]}" "$BASE${PATHS[$name]}" > "$OUT/deals-warmup-$name.txt"
done

ROWS=()
for name in "${ORDER[@]}"; do
    bytes=$(curl -s -o /dev/null -w '%{size_download}' "${AUTH[@]}" "$BASE${PATHS[$name]}")
    echo "deals: $name (${PATHS[$name]}, $bytes bytes), 1 client, $DURATION"
    wrk_measure "$name" "$DURATION" "$BASE${PATHS[$name]}"
    echo "  req/s $RPS  p50 $P50 ms  p99 $P99 ms  errors $ERRORS"
    shown="${PATHS[$name]/\/pipelines\/$PIPELINE\//\/pipelines\/\{id\}\/}"
    ROWS+=("| GET $shown | $RPS | $P50 | $P99 | $ERRORS | $bytes |")
done

{
    echo "$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(date -u +%Y-%m-%dT%H:%MZ); one pipeline with $DEALS deals ($REVISIONS revisions); one client; latencies in ms."
    echo
    echo "| scenario | requests/s | p50 | p99 | errors | response bytes |"
    echo "|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE (after it: $(cut -d' ' -f1-3 /proc/loadavg))." \
         "Client, server and database share the cores."
} > "$OUT/deals-results.md"
echo
cat "$OUT/deals-results.md"
