#!/usr/bin/env bash
# One build's get-by-id and floor on crm_bench, with the JVM's and Postgres's CPU per request:
# the quick A/B of the hot-path work (one server at a time; run it for each jar, in turns).
#
#   bench/ab.sh JAR LABEL
#
# Environment: PORT (18082), WARM (30, seconds of get-by-id at 8 connections first), DUR (20,
# seconds at 32 connections), DB_POOL_SIZE and JAVA_OPTS (passed to the server), JAVA_HOME.
# Needs the data of bench/run.sh (crm_bench), wrk, curl.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR=$1; LABEL=$2; PORT=${PORT:-18082}
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT="$BENCH_DIR/out"; mkdir -p "$OUT"
curl -s -o /dev/null "http://127.0.0.1:$PORT/health/live" && { echo "ab.sh: port $PORT is taken; set PORT" >&2; exit 1; }
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
env TENANT_ID=t-bench TENANT_NAME=bench HOST=127.0.0.1 PORT="$PORT" DB_USER=postgres \
    DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/crm_bench IDENTITY_FILE="$BENCH_DIR/identity.json" \
    "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$JAR" serve > "$OUT/ab-$LABEL.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for i in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" > /dev/null && break; sleep 0.5; done
export BENCH_TOKEN=bench-member-token BENCH_N=1000000 BENCH_QUERIES=arva,mull,szok,gros
wrk -t2 -c8 -d"${WARM:-30}s" -s "$BENCH_DIR/lua/get_by_id.lua" "http://127.0.0.1:$PORT" > /dev/null
wrk -t2 -c8 -d10s -s "$BENCH_DIR/lua/search.lua" "http://127.0.0.1:$PORT" > /dev/null

postgres_ticks() { local s=0 p; for p in $(pgrep -u postgres); do s=$((s + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$s"; }
run() { # CONNECTIONS THREADS DURATION WHAT wrk-arguments...
    local c=$1 t=$2 d=$3 what=$4; shift 4
    local j0 p0 j1 p1 out
    j0=$(awk '{print $14+$15}' "/proc/$PID/stat"); p0=$(postgres_ticks)
    out=$(wrk -t"$t" -c"$c" -d"$d" --latency "$@")
    j1=$(awk '{print $14+$15}' "/proc/$PID/stat"); p1=$(postgres_ticks)
    awk -v l="$LABEL" -v c="$c" -v what="$what" -v j=$((j1 - j0)) -v p=$((p1 - p0)) \
        -v rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
        -v req="$(echo "$out" | awk '/requests in/ {print $1}')" \
        -v p50="$(echo "$out" | awk '$1 == "50%" {print $2}')" \
        -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%-12s %2s conn  %-45s %8.0f req/s  p50 %8s  JVM %.3f ms/req  Postgres %.3f ms/req\n",
                 l, c, substr(what, 1, 45), rps, p50, j * 1000 / hz / req, p * 1000 / hz / req }'
}
BASE="http://127.0.0.1:$PORT"
run 32 2 "${DUR:-20}s" "get by id" -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE"
run 1 1 10s "get by id" -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE"
run 1 1 10s 'search "arva"' -H "Authorization: Bearer bench-member-token" "$BASE/api/contacts?search=arva&per_page=20"
run 32 2 10s "/health/live" "$BASE/health/live"
