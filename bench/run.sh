#!/usr/bin/env bash
# Contact search and get-by-id: the HTTP API (wrk) against Postgres running the same SQL (pgbench).
#
#   bench/run.sh [-n N] [-d DURATION] [-c CONNECTIONS] [--regenerate] [--no-build] [--pgbench-only]
#                [--only latency|throughput] [--floor]
#
# --floor also starts java/FloorServer.java (the fixed parts of the stack with nothing of ours:
# Grizzly alone, Jersey on Grizzly, Jersey with one JDBC read) and measures it beside the API in
# the same run: rows "floor" (see bench/README.md, "The floor").
#
# Environment (options win): N (1000000 contacts), DURATION (20s per throughput run),
# LATENCY_DURATION (10s per single-client run), CONNECTIONS (32), WARMUP (60s), PORT (18080),
# BENCH_DB (crm_bench), JAVA_HOME (temurin 25), JAVA_OPTS, DB_POOL_SIZE (= CONNECTIONS), REGENERATE=1,
# FLOOR_PORT (18180: the floor's three servers take it and the two ports after it).
# Everything runs against 127.0.0.1; every load run is time-limited. See bench/README.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"

N="${N:-1000000}"
DURATION="${DURATION:-20s}"
LATENCY_DURATION="${LATENCY_DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-60s}"
PORT="${PORT:-18080}"
BENCH_DB="${BENCH_DB:-crm_bench}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:-}"
REGENERATE="${REGENERATE:-0}"
BUILD=auto
PGBENCH_ONLY=0
ONLY=all
FLOOR=0
FLOOR_PORT="${FLOOR_PORT:-18180}"
TOKEN=bench-member-token   # bench/identity.json: a member of t-bench allowed tenant.bench.crm.contacts.*
PER_PAGE=20

# The search queries. Single client: one that matches, the short ones pg_trgm cannot index, and
# one that matches nothing. Throughput: a rotation of 4-letter queries (URL-encoded; "jörg" checks
# that an accented query folds like the stored text).
LATENCY_QUERIES=(arva a zs qxzy)
ROTATION_QUERIES=(arva mull szok gros kath odon zsof j%C3%B6rg)

usage() { sed -n '2,14p' "$0"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n) N="$2"; shift 2 ;;
        -d) DURATION="$2"; shift 2 ;;
        -c) CONNECTIONS="$2"; shift 2 ;;
        --regenerate) REGENERATE=1; shift ;;
        --no-build) BUILD=never; shift ;;
        --pgbench-only) PGBENCH_ONLY=1; shift ;;
        --only) ONLY="$2"; shift 2 ;;
        --floor) FLOOR=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
for d in "$DURATION" "$LATENCY_DURATION" "$WARMUP"; do
    [[ "$d" =~ ^[1-9][0-9]*s$ ]] || { echo "run.sh: durations are whole seconds like 20s, not '$d'" >&2; exit 2; }
done
[[ "$CONNECTIONS" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: CONNECTIONS must be a positive integer" >&2; exit 2; }
[[ "$N" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: N must be a positive integer" >&2; exit 2; }
case "$ONLY" in all|latency|throughput) ;; *) echo "run.sh: --only takes latency or throughput" >&2; exit 2 ;; esac
for tool in psql pgbench wrk curl timeout; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed" >&2; exit 1; }
done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
# The API counts matches up to one more than Page.COUNTED_UP_TO, and collects and sorts the matches
# of a search first when the count is exact (PagedSelect); sql/contact_search.sql does the same.
PAGE_JAVA="$REPO_DIR/domain/src/main/java/com/vecton/crm/domain/listing/Page.java"
COUNTED_UP_TO=$(sed -n 's/.*COUNTED_UP_TO = \([0-9_]*\);.*/\1/p' "$PAGE_JAVA" 2>/dev/null | tr -d _ | head -1)
[[ -n "$COUNTED_UP_TO" ]] || { echo "run.sh: cannot read COUNTED_UP_TO from $PAGE_JAVA; check sql/contact_search.sql against the API's SQL" >&2; exit 1; }
SCRIPT=run.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"   # scenario, side, requests/s, p50 ms, p99 ms, errors, server and Postgres CPU ms per request
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="${LOAD_BEFORE%% *}" 'BEGIN { exit !(l > 1.0) }'; then
    echo "bench: note: load average is $LOAD_BEFORE before starting; other work on this machine skews the numbers"
fi
: > "$RESULTS"

# ---------------------------------------------------------------------------------------------
# 1. The jar: built when missing or older than a source or pom file.
if [[ "$PGBENCH_ONLY" != 1 && "$BUILD" == auto ]]; then
    bench_build_jar
fi

# 2. The data.
if [[ "$PGBENCH_ONLY" == 1 ]]; then
    N="$N" REGENERATE="$REGENERATE" BENCH_DB="$BENCH_DB" MIGRATE_WITH="${MIGRATE_WITH:-psql}" "$BENCH_DIR/data.sh"
else
    N="$N" REGENERATE="$REGENERATE" BENCH_DB="$BENCH_DB" JAVA_HOME="$JAVA_HOME" MIGRATE_WITH=jar "$BENCH_DIR/data.sh"
fi

# The query as the API binds it: SearchText.normalise, whose SQL twin is f_search_normalise (the
# two agree, SearchFoldAgreementTest).
normalised() { psql -X -d "$BENCH_DB" -At -v q="$1" <<'SQL'
SELECT public.f_search_normalise(:'q');
SQL
}
# How many live contacts a query matches, as the API computes it (same fold, same escaping).
matches() { psql -X -d "$BENCH_DB" -At -v q="$1" <<'SQL'
SELECT count(*) FROM contacts WHERE deleted_at IS NULL
   AND search_text LIKE public.f_search_pattern(public.f_search_normalise(:'q')) ESCAPE '\';
SQL
}
urldecode() { printf '%b' "${1//%/\\x}"; }

# 3. The server, stopped on exit whatever happens (lib.sh).
if [[ "$PGBENCH_ONLY" != 1 ]]; then
    # The pool gets as many connections as pgbench opens: with fewer, requests queue for a
    # connection inside the JVM (HikariCP hands connections over by spinning), and the API would
    # be measured against a database side that is not the same.
    bench_start_server "$PORT" server.log . \
        DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" IDENTITY_FILE="$BENCH_DIR/identity.json" \
        DB_POOL_SIZE="${DB_POOL_SIZE:-$CONNECTIONS}"

    # The API must answer what the database holds, or the numbers mean nothing.
    expected=$(matches arva)
    (( expected > COUNTED_UP_TO )) && expected=$COUNTED_UP_TO
    body=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/contacts?search=arva&per_page=$PER_PAGE") \
        || { echo "run.sh: the search request failed:" >&2; curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/contacts?search=arva" >&2; exit 1; }
    [[ "$body" == *"\"total\":$expected"* || "$body" == *"\"total\": $expected"* ]] \
        || { echo "run.sh: the API's total for 'arva' is not $expected: ${body:0:300}" >&2; exit 1; }
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/contacts/1" \
        || { echo "run.sh: GET /api/contacts/1 failed" >&2; exit 1; }
fi

# 3b. The floor, when asked for: its own process, so that its CPU is counted apart from the API's.
FLOOR_PID=""
if [[ "$FLOOR" == 1 && "$PGBENCH_ONLY" != 1 ]]; then
    FLOOR_BASE="http://127.0.0.1:$FLOOR_PORT"
    FLOOR_JERSEY="http://127.0.0.1:$((FLOOR_PORT + 1))"
    FLOOR_DB="http://127.0.0.1:$((FLOOR_PORT + 2))"
    echo "bench: starting the floor servers on $FLOOR_BASE and the two ports after it (log: bench/out/floor.log)"
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    env DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" DB_POOL_SIZE="${DB_POOL_SIZE:-$CONNECTIONS}" \
        "$JAVA_HOME/bin/java" $JAVA_OPTS -cp "$JAR" "$BENCH_DIR/java/FloorServer.java" "$FLOOR_PORT" > "$OUT/floor.log" 2>&1 &
    FLOOR_PID=$!
    trap 'kill "$FLOOR_PID" 2>/dev/null || true; bench_stop_server' EXIT
    for i in $(seq 1 120); do
        curl -sf -o /dev/null "$FLOOR_DB/api/contacts/1" && break
        kill -0 "$FLOOR_PID" 2>/dev/null || { echo "run.sh: the floor server exited:" >&2; tail -20 "$OUT/floor.log" >&2; exit 1; }
        [[ $i == 120 ]] && { echo "run.sh: the floor server is not up after 60 s" >&2; exit 1; }
        sleep 0.5
    done
fi

# floor_run SCENARIO THREADS CONNECTIONS DURATION (URL | -s SCRIPT): wrk_run against the floor, its
# CPU counted from the floor's process, as a row of side "floor".
floor_run() {
    [[ -n "$FLOOR_PID" ]] || return 0
    (SERVER_PID="$FLOOR_PID" SIDE=floor wrk_run "$@")
}

# ---------------------------------------------------------------------------------------------
# Measuring (wrk_run and the server CPU count are in lib.sh).
# pgbench_run SCENARIO CLIENTS THREADS DURATION PROTOCOL [-D var=value | -f script@weight]...: one row.
# PROTOCOL is the one the API's driver uses for those statements: extended (unnamed statements,
# planned for their parameters every time) or prepared (server-side prepared statements).
pgbench_run() {
    local scenario="$1" clients="$2" threads="$3" duration="$4" protocol="$5"; shift 5
    local name; name="pgbench-$(echo "$scenario" | tr -c 'a-zA-Z0-9\n' '_')"
    rm -f "$OUT/$name".log*
    (cd "$OUT" && timeout $(( $(seconds "$duration") + 60 )) \
        pgbench -n -M "$protocol" -c "$clients" -j "$threads" -T "$(seconds "$duration")" \
            --log --log-prefix="$name.log" -D n="$N" -D limit="$PER_PAGE" -D offset=0 \
            -D counted_up_to="$COUNTED_UP_TO" -D count_limit="$((COUNTED_UP_TO + 1))" "$@" "$BENCH_DB") > "$OUT/$name.txt" 2>&1 \
        || { echo "run.sh: pgbench failed:" >&2; tail -5 "$OUT/$name.txt" >&2; exit 1; }
    local tps failed p50 p99
    tps=$(awk '/^tps = / { printf "%.1f", $3; exit }' "$OUT/$name.txt")
    failed=$(awk '/number of failed transactions:/ { print $5; exit }' "$OUT/$name.txt")
    # per-transaction log: client, transaction, latency in µs, ... -> nearest-rank percentiles
    read -r p50 p99 < <(cat "$OUT/$name".log* | awk '{ print $3 }' | sort -n \
        | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a n/a"; exit }
                 i50 = int(NR * 0.50); if (i50 < NR * 0.50) i50++; i99 = int(NR * 0.99); if (i99 < NR * 0.99) i99++
                 printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000 }')
    rm -f "$OUT/$name".log*
    printf '%s\tpgbench\t%s\t%s\t%s\t%s\t\n' "$scenario" "$tps" "$p50" "$p99" "${failed:-0}" >> "$RESULTS"
    printf '  %-60s pgbench  %10s tps    p50 %8s ms  p99 %8s ms\n' "$scenario" "$tps" "$p50" "$p99"
}

# The search script with its own pattern variable, so that one pgbench run can mix queries
# (one script per query, each binding a different variable).
search_script() { # VARIABLE -> path of the script
    local file="$OUT/search-$1.sql"
    sed "s/:search/:$1/g" "$BENCH_DIR/sql/contact_search.sql" > "$file"
    echo "$file"
}

describe() { # QUERY MATCHES -> scenario label
    local q; q=$(urldecode "$1")
    printf 'search "%s" (%d letter%s, %s matches)' "$q" "${#q}" "$([[ ${#q} == 1 ]] || echo s)" "$2"
}

# ---------------------------------------------------------------------------------------------
export BENCH_TOKEN="$TOKEN" BENCH_N="$N"
ROTATION_CSV=$(IFS=,; echo "${ROTATION_QUERIES[*]}")
export BENCH_QUERIES="$ROTATION_CSV"

if [[ "$PGBENCH_ONLY" != 1 ]]; then
    echo "bench: warming up the server for $WARMUP (JIT, pool, caches)"
    half="$(( $(seconds "$WARMUP") / 2 > 0 ? $(seconds "$WARMUP") / 2 : 1 ))s"
    timeout $(( $(seconds "$half") + 60 )) wrk -t2 -c8 -d"$half" --timeout 30s -s "$BENCH_DIR/lua/search.lua" "$BASE" > "$OUT/warmup-search.txt"
    timeout $(( $(seconds "$half") + 60 )) wrk -t2 -c8 -d"$half" --timeout 30s -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE" > "$OUT/warmup-get.txt"
    timeout 70 wrk -t2 -c8 -d10s --timeout 30s -s "$BENCH_DIR/lua/list.lua" "$BASE" > "$OUT/warmup-list.txt"
    if [[ -n "$FLOOR_PID" ]]; then
        for url in "$FLOOR_BASE/x" "$FLOOR_JERSEY/x" "$FLOOR_DB/api/contacts?search=arva&per_page=$PER_PAGE"; do
            timeout 70 wrk -t2 -c8 -d10s "$url" > /dev/null
        done
        timeout $(( $(seconds "$half") + 60 )) wrk -t2 -c8 -d"$half" -s "$BENCH_DIR/lua/get_by_id.lua" "$FLOOR_DB" > /dev/null
        timeout 70 wrk -t2 -c8 -d10s -s "$BENCH_DIR/lua/list.lua" "$FLOOR_DB" > /dev/null
    fi
    # Then every one-client request of the latency rows, until the JIT has compiled them (lib.sh).
    if [[ "$ONLY" == all || "$ONLY" == latency ]]; then
        targets=()
        for q in "${LATENCY_QUERIES[@]}"; do targets+=("$BASE/api/contacts?search=$q&per_page=$PER_PAGE"); done
        jit_settle "$SERVER_PID" API "${targets[@]}" "-s $BENCH_DIR/lua/get_by_id.lua $BASE"
        if [[ -n "$FLOOR_PID" ]]; then
            targets=()
            for q in "${LATENCY_QUERIES[@]}"; do
                targets+=("$FLOOR_DB/api/contacts?search=$(normalised "$(urldecode "$q")")&per_page=$PER_PAGE")
            done
            jit_settle "$FLOOR_PID" floor "${targets[@]}" "-s $BENCH_DIR/lua/get_by_id.lua $FLOOR_DB"
        fi
    fi
fi

if [[ "$ONLY" == all || "$ONLY" == latency ]]; then
    echo "bench: single client, $LATENCY_DURATION each"
    for q in "${LATENCY_QUERIES[@]}"; do
        count=$(matches "$(urldecode "$q")")
        scenario="$(describe "$q" "$count"), 1 client"
        [[ "$PGBENCH_ONLY" == 1 ]] || wrk_run "$scenario" 1 1 "$LATENCY_DURATION" "$BASE/api/contacts?search=$q&per_page=$PER_PAGE"
        floor_run "$scenario" 1 1 "$LATENCY_DURATION" "$FLOOR_DB/api/contacts?search=$(normalised "$(urldecode "$q")")&per_page=$PER_PAGE"
        pgbench_run "$scenario" 1 1 "$LATENCY_DURATION" extended -D search="$(normalised "$(urldecode "$q")")" -f "$BENCH_DIR/sql/contact_search.sql"
    done
    scenario="get by id (random live id), 1 client"
    [[ "$PGBENCH_ONLY" == 1 ]] || wrk_run "$scenario" 1 1 "$LATENCY_DURATION" -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE"
    floor_run "$scenario" 1 1 "$LATENCY_DURATION" -s "$BENCH_DIR/lua/get_by_id.lua" "$FLOOR_DB"
    pgbench_run "$scenario" 1 1 "$LATENCY_DURATION" prepared -f "$BENCH_DIR/sql/contact_get_by_id.sql"
    [[ "$PGBENCH_ONLY" == 1 ]] || wrk_run "HTTP floor: GET /health/live, 1 client" 1 1 "$LATENCY_DURATION" "$BASE/health/live"
    floor_run "HTTP floor: Grizzly alone, 1 client" 1 1 "$LATENCY_DURATION" "$FLOOR_BASE/x"
    floor_run "HTTP floor: Jersey on Grizzly, 1 client" 1 1 "$LATENCY_DURATION" "$FLOOR_JERSEY/x"
fi

if [[ "$ONLY" == all || "$ONLY" == throughput ]]; then
    echo "bench: throughput, $CONNECTIONS connections, $DURATION each"
    threads=$(( CONNECTIONS < 2 ? 1 : 2 ))
    # pgbench: one script per query, each binding its own variable, picked at random with equal
    # weights; wrk sends the same queries round-robin, so both run the same mix.
    args=(); i=0; total=0
    for q in "${ROTATION_QUERIES[@]}"; do
        i=$((i + 1)); count=$(matches "$(urldecode "$q")"); total=$((total + count))
        args+=(-D "p$i=$(normalised "$(urldecode "$q")")" -f "$(search_script "p$i")@1")
    done
    scenario="search rotation of ${#ROTATION_QUERIES[@]} 4-letter queries (avg $(( total / ${#ROTATION_QUERIES[@]} )) matches), $CONNECTIONS connections"
    [[ "$PGBENCH_ONLY" == 1 ]] || wrk_run "$scenario" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/search.lua" "$BASE"
    pgbench_run "$scenario" "$CONNECTIONS" "$threads" "$DURATION" extended "${args[@]}"

    scenario="list, a random page of the first 50 by last name, $CONNECTIONS connections"
    [[ "$PGBENCH_ONLY" == 1 ]] || wrk_run "$scenario" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/list.lua" "$BASE"
    floor_run "$scenario" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/list.lua" "$FLOOR_DB"
    pgbench_run "$scenario" "$CONNECTIONS" "$threads" "$DURATION" extended -f "$BENCH_DIR/sql/contact_list.sql"

    scenario="get by id (random live id), $CONNECTIONS connections"
    [[ "$PGBENCH_ONLY" == 1 ]] || wrk_run "$scenario" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/get_by_id.lua" "$BASE"
    floor_run "$scenario" "$threads" "$CONNECTIONS" "$DURATION" -s "$BENCH_DIR/lua/get_by_id.lua" "$FLOOR_DB"
    pgbench_run "$scenario" "$CONNECTIONS" "$threads" "$DURATION" prepared -f "$BENCH_DIR/sql/contact_get_by_id.sql"
    [[ "$PGBENCH_ONLY" == 1 ]] || wrk_run "HTTP floor: GET /health/live, $CONNECTIONS connections" "$threads" "$CONNECTIONS" "$DURATION" "$BASE/health/live"
    floor_run "HTTP floor: Grizzly alone, $CONNECTIONS connections" "$threads" "$CONNECTIONS" "$DURATION" "$FLOOR_BASE/x"
    floor_run "HTTP floor: Jersey on Grizzly, $CONNECTIONS connections" "$threads" "$CONNECTIONS" "$DURATION" "$FLOOR_JERSEY/x"
fi

# ---------------------------------------------------------------------------------------------
# The table: API and pgbench rows of a scenario side by side, the ratio on the API row.
{
    echo "N = $N contacts, $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(date -u +%Y-%m-%dT%H:%MZ);" \
         "single client $LATENCY_DURATION, throughput $DURATION at $CONNECTIONS connections; latencies in ms."
    echo
    echo "| scenario | side | requests/s | p50 | p99 | API ÷ pgbench | errors | server CPU ms/req | Postgres CPU ms/req | server ÷ Postgres CPU |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    awk -F '\t' '
        { scen[NR] = $1; side[NR] = $2; rps[NR] = $3; p50[NR] = $4; p99[NR] = $5; err[NR] = $6; cpu[NR] = $7; pgcpu[NR] = $8
          if ($2 == "pgbench") pg[$1] = $3 }
        END { for (i = 1; i <= NR; i++) {
                ratio = ""; cpuratio = ""
                if (side[i] != "pgbench" && (scen[i] in pg) && pg[scen[i]] > 0) ratio = sprintf("%.0f %%", 100 * rps[i] / pg[scen[i]])
                if (cpu[i] != "" && pgcpu[i] != "" && pgcpu[i] + 0 > 0) cpuratio = sprintf("%.1f", cpu[i] / pgcpu[i])
                printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", scen[i], side[i], rps[i], p50[i], p99[i], ratio, err[i], cpu[i], pgcpu[i], cpuratio } }' "$RESULTS"
    echo
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE (after it: $(cut -d' ' -f1-3 /proc/loadavg)," \
         "raised by the run's own connections). Client, server and database share the cores."
} > "$OUT/results.md"
echo
cat "$OUT/results.md"
