#!/usr/bin/env bash
# Work management: task creates into one hot project, and reading a 5,000-task board.
#
#   bench/tasks.sh [-d DURATION] [-c CONNECTIONS] [--no-build]
#
# Environment (options win): DURATION (15s create run), LATENCY_DURATION (10s board run),
# CONNECTIONS (32), BOARD_TASKS (5000), WARMUP (10s), PORT (18081), BENCH_DB (crm_bench_tasks),
# JAVA_HOME (temurin 25), JAVA_OPTS.
# The database is dropped and made again on every run (it only ever holds generated data).
# Everything runs against 127.0.0.1; every load run is time-limited. See bench/README.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"

DURATION="${DURATION:-15s}"
LATENCY_DURATION="${LATENCY_DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
BOARD_TASKS="${BOARD_TASKS:-5000}"
WARMUP="${WARMUP:-10s}"
PORT="${PORT:-18081}"
BENCH_DB="${BENCH_DB:-crm_bench_tasks}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:-}"
BUILD=auto
TOKEN=bench-tasks-token     # bench/identity-tasks.json: a member of t-bench allowed tenant.bench.crm.*
USER_ID=u-bench-tasks       # that token's user

usage() { sed -n '2,10p' "$0"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        -d) DURATION="$2"; shift 2 ;;
        -c) CONNECTIONS="$2"; shift 2 ;;
        --no-build) BUILD=never; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "tasks.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
for d in "$DURATION" "$LATENCY_DURATION" "$WARMUP"; do
    [[ "$d" =~ ^[1-9][0-9]*s$ ]] || { echo "tasks.sh: durations are whole seconds like 15s, not '$d'" >&2; exit 2; }
done
[[ "$CONNECTIONS" =~ ^[1-9][0-9]*$ ]] || { echo "tasks.sh: CONNECTIONS must be a positive integer" >&2; exit 2; }
[[ "$BOARD_TASKS" =~ ^[1-9][0-9]*$ ]] || { echo "tasks.sh: BOARD_TASKS must be a positive integer" >&2; exit 2; }
[[ "$BENCH_DB" =~ ^crm_bench[a-z0-9_]*$ ]] || { echo "tasks.sh: BENCH_DB must be a crm_bench* name (it is dropped)" >&2; exit 2; }
for tool in psql wrk curl timeout; do
    command -v "$tool" >/dev/null || { echo "tasks.sh: $tool is not installed" >&2; exit 1; }
done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
SCRIPT=tasks.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
BASE="http://127.0.0.1:$PORT"
psql_db() { psql -X -v ON_ERROR_STOP=1 -q -d "$BENCH_DB" "$@"; }
mkdir -p "$OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# 1. The jar: built when missing or older than a source or pom file.
[[ "$BUILD" == auto ]] && bench_build_jar
[[ -f "$JAR" ]] || { echo "tasks.sh: $JAR is missing" >&2; exit 1; }

# 2. The data: a fresh database, migrated by the jar; the user of the token; an empty "hot"
#    project for the creates and a board project with BOARD_TASKS tasks spread over the four
#    columns, at positions 0..k-1 in each (V9__tasks.sql).
echo "tasks: making database $BENCH_DB afresh"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql -X -q -d postgres -c "CREATE DATABASE $BENCH_DB"
DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" DB_USER=postgres \
    "$JAVA_HOME/bin/java" -jar "$JAR" migrate > "$OUT/tasks-migrate.log" 2>&1 \
    || { echo "tasks.sh: migrate failed:" >&2; tail -20 "$OUT/tasks-migrate.log" >&2; exit 1; }

read -r HOT_PROJECT BOARD_PROJECT < <(psql_db -At -F ' ' -v user_id="$USER_ID" -v n="$BOARD_TASKS" <<'SQL'
INSERT INTO tenant_users (id, name, email, locale, timezone, is_active)
VALUES (:'user_id', 'Zsófia Oláh', 'zsofia.olah@bench.test', 'hu', 'Europe/Budapest', true);

INSERT INTO projects (name, status, owner_id, created_by, created_at, updated_at)
VALUES ('Hot project (creates)', 'active', :'user_id', :'user_id', now(), now()),
       ('Board project', 'active', :'user_id', :'user_id', now(), now());

INSERT INTO project_members (project_id, user_id, role, added_at)
SELECT id, :'user_id', 'manager', now() FROM projects;

-- Task i goes to column i % 4; within a column, positions follow the ids from 0.
INSERT INTO tasks (project_id, title, status, priority, position, completed_at, created_by, created_at, updated_at)
SELECT p.id,
       'Board task ' || g.i,
       s.status,
       (ARRAY['low', 'normal', 'high', 'urgent'])[1 + g.i % 4],
       (g.i / 4)::integer,
       CASE WHEN s.status = 'done' THEN now() END,
       :'user_id', now(), now()
FROM generate_series(0, :n - 1) AS g(i)
CROSS JOIN (SELECT id FROM projects WHERE name = 'Board project') AS p
CROSS JOIN LATERAL (SELECT (ARRAY['todo', 'in_progress', 'review', 'done'])[1 + g.i % 4] AS status) AS s
ORDER BY g.i;

ANALYZE;

SELECT (SELECT id FROM projects WHERE name = 'Hot project (creates)'),
       (SELECT id FROM projects WHERE name = 'Board project');
SQL
)
[[ -n "$HOT_PROJECT" && -n "$BOARD_PROJECT" ]] || { echo "tasks.sh: the projects were not made" >&2; exit 1; }
echo "tasks: hot project $HOT_PROJECT (empty), board project $BOARD_PROJECT ($BOARD_TASKS tasks)"

# 3. The server, stopped on exit whatever happens (lib.sh).
bench_start_server "$PORT" tasks-server.log . \
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" IDENTITY_FILE="$BENCH_DIR/identity-tasks.json"

AUTH=(-H "Authorization: Bearer $TOKEN" -H "Accept: application/json")
# The routes must work before they are measured.
board_status=$(curl -s -o "$OUT/tasks-board.json" -w '%{http_code}' "${AUTH[@]}" "$BASE/api/projects/$BOARD_PROJECT/board")
[[ "$board_status" == 200 ]] || { echo "tasks.sh: GET board answered $board_status: $(head -c 300 "$OUT/tasks-board.json")" >&2; exit 1; }
board_ids=$(grep -o '"id" *: *[0-9]*' "$OUT/tasks-board.json" | wc -l)
(( board_ids >= BOARD_TASKS )) || { echo "tasks.sh: the board shows $board_ids ids, expected $BOARD_TASKS tasks" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# wrk_measure NAME THREADS CONNECTIONS DURATION ARGS... -> sets RPS P50 P99 NON2XX SOCK REQUESTS
wrk_measure() {
    local name="$1" threads="$2" conns="$3" duration="$4"; shift 4
    local file="$OUT/tasks-wrk-$name.txt"
    timeout $(( $(seconds "$duration") + 60 )) \
        wrk -t"$threads" -c"$conns" -d"$duration" --timeout 30s --latency "${AUTH[@]}" "$@" > "$file"
    RPS=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$file")
    P50=$(awk '$1 == "50%" { print $2 }' "$file" | to_ms)
    P99=$(awk '$1 == "99%" { print $2 }' "$file" | to_ms)
    NON2XX=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file"); NON2XX=${NON2XX:-0}
    SOCK=$(awk '/Socket errors:/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' "$file"); SOCK=${SOCK:-0}
    REQUESTS=$(awk '/requests in/ { print $1 }' "$file")
}

export BENCH_TOKEN="$TOKEN"
threads=$(( CONNECTIONS < 2 ? 1 : 2 ))

# Warm-up: board reads and creates into a third project, so the hot column starts empty.
WARM_PROJECT=$(psql_db -At -v user_id="$USER_ID" <<'SQL'
INSERT INTO projects (name, status, owner_id, created_by, created_at, updated_at)
VALUES ('Warm-up project', 'active', :'user_id', :'user_id', now(), now()) RETURNING id;
SQL
)
WARM_PROJECT=$(head -1 <<< "$WARM_PROJECT")
echo "tasks: warming up for $WARMUP (board reads, then creates into project $WARM_PROJECT)"
half="$(( $(seconds "$WARMUP") / 2 > 0 ? $(seconds "$WARMUP") / 2 : 1 ))s"
timeout $(( $(seconds "$half") + 60 )) wrk -t1 -c2 -d"$half" --timeout 30s "${AUTH[@]}" "$BASE/api/projects/$BOARD_PROJECT/board" > "$OUT/tasks-warmup-board.txt"
BENCH_PROJECT_ID="$WARM_PROJECT" timeout $(( $(seconds "$half") + 60 )) \
    wrk -t2 -c8 -d"$half" --timeout 30s -s "$BENCH_DIR/lua/task_create.lua" "$BASE" > "$OUT/tasks-warmup-create.txt"
grep -q 'Non-2xx' "$OUT/tasks-warmup-create.txt" \
    && { echo "tasks.sh: creates fail during warm-up: $(grep 'Non-2xx' "$OUT/tasks-warmup-create.txt")" >&2
         curl -s "${AUTH[@]}" -H 'Content-Type: application/json' -d "{\"title\": \"probe\", \"project_id\": $WARM_PROJECT}" "$BASE/api/tasks" | head -c 400 >&2; echo >&2; exit 1; }

# 1. Creates into one hot column.
echo "tasks: creates into project $HOT_PROJECT, $CONNECTIONS connections, $DURATION"
BENCH_PROJECT_ID="$HOT_PROJECT" wrk_measure create "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/task_create.lua" "$BASE"
C_RPS=$RPS C_P50=$P50 C_P99=$P99 C_NON2XX=$NON2XX C_SOCK=$SOCK C_REQUESTS=$REQUESTS
sleep 1   # requests wrk cut off at the end finish on the server

# The column must hold positions 0..n-1, each once.
read -r rows distinct min_pos max_pos columns < <(psql_db -At -F ' ' -v p="$HOT_PROJECT" <<'SQL'
SELECT count(*), count(DISTINCT position), coalesce(min(position), -1), coalesce(max(position), -1),
       count(DISTINCT status)
FROM tasks
WHERE project_id = :p AND deleted_at IS NULL;
SQL
)
if [[ "$rows" == "$distinct" && "$min_pos" == 0 && "$max_pos" == $(( rows - 1 )) && "$columns" == 1 ]]; then
    POSITIONS_OK="yes: $rows tasks in column todo at positions 0..$max_pos, no duplicate, no gap"
else
    POSITIONS_OK="NO: $rows tasks, $distinct distinct positions, min $min_pos, max $max_pos, $columns column(s)"
fi
CREATED_2XX=$(( C_REQUESTS - C_NON2XX ))
echo "  creates/s $C_RPS  p50 $C_P50 ms  p99 $C_P99 ms  non-2xx $C_NON2XX  socket errors $C_SOCK"
echo "  position check: $POSITIONS_OK (wrk saw $CREATED_2XX 2xx answers; rows may exceed that by the requests cut off at the end)"

# 2. The board, single client.
BOARD_BYTES=$(curl -s -o /dev/null -w '%{size_download}' "${AUTH[@]}" "$BASE/api/projects/$BOARD_PROJECT/board")
BOARD_GZIP=$(curl -s -o /dev/null -w '%{size_download}' --compressed "${AUTH[@]}" "$BASE/api/projects/$BOARD_PROJECT/board")
echo "tasks: board of project $BOARD_PROJECT ($BOARD_TASKS tasks, $BOARD_BYTES bytes), 1 client, $LATENCY_DURATION"
wrk_measure board 1 1 "$LATENCY_DURATION" "$BASE/api/projects/$BOARD_PROJECT/board"
B_RPS=$RPS B_P50=$P50 B_P99=$P99 B_ERR=$(( NON2XX + SOCK ))
echo "  req/s $B_RPS  p50 $B_P50 ms  p99 $B_P99 ms  errors $B_ERR"

# ---------------------------------------------------------------------------------------------
{
    echo "$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(date -u +%Y-%m-%dT%H:%MZ); latencies in ms."
    echo
    echo "| scenario | requests/s | p50 | p99 | non-2xx | socket errors | notes |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    echo "| POST /api/tasks into one project (one column), $CONNECTIONS connections, $DURATION | $C_RPS | $C_P50 | $C_P99 | $C_NON2XX | $C_SOCK | positions: $POSITIONS_OK |"
    echo "| GET /api/projects/{id}/board, $BOARD_TASKS tasks, 1 client, $LATENCY_DURATION | $B_RPS | $B_P50 | $B_P99 | $(( B_ERR - SOCK )) | $SOCK | response $BOARD_BYTES bytes ($BOARD_GZIP with --compressed) |"
    echo
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE (after it: $(cut -d' ' -f1-3 /proc/loadavg))." \
         "Client, server and database share the cores."
} > "$OUT/tasks-results.md"
echo
cat "$OUT/tasks-results.md"
