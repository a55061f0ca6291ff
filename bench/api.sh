#!/usr/bin/env bash
# What the HTTP conventions cost (conditional requests, idempotency keys, the changes feed), each
# against the plain request in the same run, and a plain GET of this build against a GET of the
# build before them (BASELINE), the two servers taking turns on the same database.
#
#   bench/api.sh [-n N] [-d DURATION] [-c CONNECTIONS] [--baseline REF] [--rounds R] [--no-build]
#
# Environment (options win): N (1000000 contacts), DURATION (20s per throughput run),
# LATENCY_DURATION (10s per single-client run), CONNECTIONS (32), WARMUP (10s per server start),
# ROUNDS (2: baseline and current alternate this many times), BASELINE (448ef3f, the last commit
# before the conventions), SYNC_PER_PAGE (500), PORT (18082), BENCH_DB (crm_bench), JAVA_HOME,
# JAVA_OPTS. Shares crm_bench with run.sh (bench/data.sh makes it) and leaves it as it found it.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"

N="${N:-1000000}"
DURATION="${DURATION:-20s}"
LATENCY_DURATION="${LATENCY_DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-10s}"
ROUNDS="${ROUNDS:-2}"
BASELINE="${BASELINE:-448ef3f}"
SYNC_PER_PAGE="${SYNC_PER_PAGE:-500}"
PORT="${PORT:-18082}"
BENCH_DB="${BENCH_DB:-crm_bench}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:-}"
BUILD=auto
TOKEN=bench-member-token   # bench/identity.json: a member of t-bench allowed tenant.bench.crm.contacts.*

usage() { sed -n '2,12p' "$0"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n) N="$2"; shift 2 ;;
        -d) DURATION="$2"; shift 2 ;;
        -c) CONNECTIONS="$2"; shift 2 ;;
        --baseline) BASELINE="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --no-build) BUILD=never; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "api.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
for d in "$DURATION" "$LATENCY_DURATION" "$WARMUP"; do
    [[ "$d" =~ ^[1-9][0-9]*s$ ]] || { echo "api.sh: durations are whole seconds like 20s, not '$d'" >&2; exit 2; }
done
for v in "$CONNECTIONS" "$N" "$ROUNDS" "$SYNC_PER_PAGE"; do
    [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "api.sh: -c, -n, --rounds and SYNC_PER_PAGE are positive integers, not '$v'" >&2; exit 2; }
done
for tool in psql wrk curl timeout python3 git mvn; do
    command -v "$tool" >/dev/null || { echo "api.sh: $tool is not installed" >&2; exit 1; }
done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
SCRIPT=api.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
RESULTS="$OUT/api-results.tsv"   # scenario, side, requests/s, p50 ms, p99 ms, errors, server and Postgres CPU ms per request
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$RESULTS"
CURRENT_JAR="$JAR"

# ---------------------------------------------------------------------------------------------
# 1. Both jars. The baseline is built from `git archive` of its commit in bench/out/baseline/,
#    once per commit (package only: nothing is installed into the Maven repository).
[[ "$BUILD" == auto ]] && bench_build_jar
baseline_commit=$(cd "$REPO_DIR" && git rev-parse --verify "$BASELINE^{commit}") \
    || { echo "api.sh: $BASELINE is not a commit of this repository" >&2; exit 2; }
BASELINE_SRC="$OUT/baseline"
BASELINE_JAR="$BASELINE_SRC/bootstrap/target/crm.jar"
if [[ ! -f "$BASELINE_JAR" || "$(cat "$BASELINE_SRC/.commit" 2>/dev/null)" != "$baseline_commit" ]]; then
    echo "bench: building the baseline ${baseline_commit:0:10} (log: bench/out/baseline-build.log)"
    rm -rf "$BASELINE_SRC" && mkdir -p "$BASELINE_SRC"
    (cd "$REPO_DIR" && git archive "$baseline_commit") | tar -x -C "$BASELINE_SRC"
    (cd "$BASELINE_SRC" && JAVA_HOME="$JAVA_HOME" mvn -B -q -o package -DskipTests -Dspotless.check.skip=true) \
        > "$OUT/baseline-build.log" 2>&1 \
        || { echo "api.sh: the baseline build failed:" >&2; grep -E 'ERROR' "$OUT/baseline-build.log" | head -20 >&2; exit 1; }
    echo "$baseline_commit" > "$BASELINE_SRC/.commit"
fi

# 2. The data (the current jar migrates; the baseline serves with DB_MIGRATE=false and reads only
#    the columns it knows).
N="$N" BENCH_DB="$BENCH_DB" JAVA_HOME="$JAVA_HOME" MIGRATE_WITH=jar "$BENCH_DIR/data.sh"

# The contacts this script creates (ids above N) and their trail are removed again on exit, and
# the tables vacuumed, so data.sh and run.sh find the generated rows as they were.
cleanup_created() {
    psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -v n="$N" >/dev/null <<'SQL' || echo "api.sh: could not remove the contacts it created; bench/data.sh will regenerate" >&2
DELETE FROM activity_log WHERE subject_type = 'contact' AND subject_id::bigint > :n;
DELETE FROM contacts WHERE id > :n;
SELECT setval('contacts_id_seq', :n);
DELETE FROM idempotency_keys;
-- The deleted rows' dead tuples and index entries would slow the next run's searches (run.sh).
VACUUM (ANALYZE) contacts;
VACUUM (ANALYZE) activity_log;
SQL
}
trap 'bench_stop_server; cleanup_created' EXIT

export BENCH_TOKEN="$TOKEN" BENCH_N="$N"
serve() { # JAR LOG: one server on the bench database, warmed up on get-by-id
    JAR="$1"
    bench_start_server "$PORT" "$2" . DB_MIGRATE=false \
        DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" IDENTITY_FILE="$BENCH_DIR/identity.json"
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/contacts/1" \
        || { echo "api.sh: GET /api/contacts/1 failed on $1" >&2; exit 1; }
    timeout $(( $(seconds "$WARMUP") + 60 )) wrk -t2 -c8 -d"$WARMUP" --timeout 30s \
        -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE" > "$OUT/api-warmup.txt"
}
stop() { bench_stop_server; SERVER_PID=""; }
threads=$(( CONNECTIONS < 2 ? 1 : 2 ))

# ---------------------------------------------------------------------------------------------
# 3. A plain GET, baseline and current taking turns.
for round in $(seq 1 "$ROUNDS"); do
    # The side that goes first in a round meets a colder page cache and a busier JIT: take turns.
    sides=(baseline current); (( round % 2 == 0 )) && sides=(current baseline)
    for side in "${sides[@]}"; do
        jar=$CURRENT_JAR; [[ $side == baseline ]] && jar=$BASELINE_JAR
        echo "bench: round $round, $side"
        serve "$jar" "api-server-$side.log"
        wrk_run "plain GET by id, 1 client [$side]" 1 1 "$LATENCY_DURATION" -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE"
        wrk_run "plain GET by id, $CONNECTIONS connections [$side]" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE"
        stop
    done
done

# 4. The conventions, on the current build.
echo "bench: conditional GET, idempotency keys and sync on the current build"
serve "$CURRENT_JAR" api-server-current.log
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'If-None-Match: "1"' "$BASE/api/contacts/1")
[[ "$status" == 304 ]] || { echo "api.sh: a GET with If-None-Match: \"1\" answered $status, not 304" >&2; exit 1; }
wrk_run "GET by id with matching If-None-Match (304), 1 client" 1 1 "$LATENCY_DURATION" -s "$BENCH_DIR/lua/get_by_id_304.lua" "$BASE"
wrk_run "GET by id with matching If-None-Match (304), $CONNECTIONS connections" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/get_by_id_304.lua" "$BASE"
for keyed in 0 1; do
    label="POST /api/contacts without a key"; [[ $keyed == 1 ]] && label="POST /api/contacts with a fresh Idempotency-Key"
    BENCH_IDEMPOTENCY=$keyed BENCH_RUN="$keyed-$(date +%s)" \
        wrk_run "$label, 1 client" 1 1 "$LATENCY_DURATION" -s "$BENCH_DIR/lua/contact_create.lua" "$BASE"
    BENCH_IDEMPOTENCY=$keyed BENCH_RUN="$keyed-$(date +%s)-c" \
        wrk_run "$label, $CONNECTIONS connections" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/contact_create.lua" "$BASE"
done
stored=$(psql -X -d "$BENCH_DB" -At -c "SELECT count(*) FROM idempotency_keys")
echo "  (idempotency_keys holds $stored stored answers)"
cleanup_created

# The whole feed once, from the start, by one client (an app's first sync of N contacts).
live=$(psql -X -d "$BENCH_DB" -At -c "SELECT count(*) FROM contacts")
echo "bench: one client syncs the contacts feed from the start ($live contacts, per_page=$SYNC_PER_PAGE)"
sync_cpu_before=$(server_cpu_ticks)
IFS=$'\t' read -r changes distinct pages secs rate p50 p99 < <(timeout 1800 python3 "$BENCH_DIR/sync_client.py" "$BASE" "$TOKEN" "$SYNC_PER_PAGE")
sync_cpu=$(( $(server_cpu_ticks) - sync_cpu_before ))
[[ "$distinct" == "$live" ]] || { echo "api.sh: the sync saw $distinct distinct contacts, the database holds $live" >&2; exit 1; }
printf '%s\tAPI (sync client)\t%s\t%s\t%s\t0\t%s\n' "sync the contacts feed from the start, per_page=$SYNC_PER_PAGE: $changes changes in $pages pages, ${secs} s (requests/s = changes/s; latencies per page)" \
    "$rate" "$p50" "$p99" "$(awk -v t="$sync_cpu" -v hz="$CLK_TCK" -v n="$pages" 'BEGIN { printf "%.3f", 1000 * t / hz / n }')" >> "$RESULTS"
printf '  sync: %s changes (%s distinct) in %s pages, %s s, %s changes/s, page p50 %s ms p99 %s ms\n' "$changes" "$distinct" "$pages" "$secs" "$rate" "$p50" "$p99"
stop

# ---------------------------------------------------------------------------------------------
{
    echo "N = $N contacts, $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(date -u +%Y-%m-%dT%H:%MZ);" \
         "baseline ${baseline_commit:0:10}, current $(cd "$REPO_DIR" && git rev-parse --short HEAD)$(cd "$REPO_DIR" && git diff --quiet HEAD -- . ':!bench' || echo ' (with uncommitted changes)');" \
         "single client $LATENCY_DURATION, throughput $DURATION at $CONNECTIONS connections, $ROUNDS rounds; latencies in ms."
    echo
    echo "| scenario | side | requests/s | p50 | p99 | errors | server CPU ms/req | Postgres CPU ms/req |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    awk -F '\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$RESULTS"
    echo
    # Plain GET, current against baseline: the mean of the rounds of each side.
    awk -F '\t' '
        /^plain GET/ { side = ($1 ~ /\[current\]$/) ? "current" : "baseline"; key = $1; sub(/ \[[a-z]+\]$/, "", key)
                       rps[key, side] += $3; p50[key, side] += $4; n[key, side]++; keys[key] = 1 }
        END { for (k in keys) {
                rc = rps[k, "current"] / n[k, "current"]; rb = rps[k, "baseline"] / n[k, "baseline"]
                pc = p50[k, "current"] / n[k, "current"]; pb = p50[k, "baseline"] / n[k, "baseline"]
                printf "%s: current %.1f req/s, p50 %.2f ms; baseline %.1f req/s, p50 %.2f ms; throughput %+.1f %%, p50 %+.1f %%\n",
                       k, rc, pc, rb, pb, 100 * (rc - rb) / rb, 100 * (pc - pb) / pb } }' "$RESULTS" | sort
    echo
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE (after it: $(cut -d' ' -f1-3 /proc/loadavg))." \
         "Client, server and database share the cores."
} > "$OUT/api-results.md"
echo
cat "$OUT/api-results.md"
