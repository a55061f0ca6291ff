# Shared by the bench scripts (sourced, not run): building the jar, running one CRM server for the
# length of a script, one wrk run as a row of results with the server's CPU per request, and reading
# wrk's latencies. Expects BENCH_DIR, REPO_DIR, OUT, JAVA_HOME and JAVA_OPTS to be set, SCRIPT to
# name the caller in messages (e.g. "tasks.sh"), and for wrk_run TOKEN and RESULTS.

JAR="$REPO_DIR/bootstrap/target/crm.jar"
CLK_TCK=$(getconf CLK_TCK)

# bench_build_jar: builds bootstrap/target/crm.jar when it is missing or older than a source or pom file.
bench_build_jar() {
    if [[ ! -f "$JAR" ]] || [[ -n "$(cd "$REPO_DIR" && find . -path ./bench -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$JAR" -type f -print -quit)" ]]; then
        echo "bench: building bootstrap/target/crm.jar (log: bench/out/build.log)"
        (cd "$REPO_DIR" && JAVA_HOME="$JAVA_HOME" mvn -B -q -o package -DskipTests) > "$OUT/build.log" 2>&1 \
            || { echo "$SCRIPT: the build failed:" >&2; grep -E 'ERROR|FAIL' "$OUT/build.log" | head -20 >&2; exit 1; }
    fi
    [[ -f "$JAR" ]] || { echo "$SCRIPT: $JAR is missing" >&2; exit 1; }
}

# The server of this script, stopped on exit whatever happens (SIGTERM, then SIGKILL after 15 s).
SERVER_PID=""
bench_stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}
trap bench_stop_server EXIT
trap 'exit 130' INT TERM

# bench_start_server PORT LOG READY_PATTERN [VAR=value ...]: `crm.jar serve` for tenant t-bench on
# 127.0.0.1:PORT with the given settings, logging to bench/out/LOG; returns once /health/ready
# answers 200 with a body matching READY_PATTERN (a grep -E pattern; "." for any).
bench_start_server() {
    local port="$1" log="$2" ready="$3"; shift 3
    local base="http://127.0.0.1:$port"
    if curl -s -o /dev/null "$base/health/live"; then
        echo "$SCRIPT: something already listens on 127.0.0.1:$port; set PORT" >&2; exit 1
    fi
    echo "bench: starting the server on $base (log: bench/out/$log)"
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    env TENANT_ID=t-bench TENANT_NAME=bench HOST=127.0.0.1 PORT="$port" DB_USER=postgres "$@" \
        "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$JAR" serve > "$OUT/$log" 2>&1 &
    SERVER_PID=$!
    for i in $(seq 1 120); do
        if curl -sf "$base/health/ready" 2>/dev/null | grep -Eq "$ready"; then return 0; fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "$SCRIPT: the server exited; bench/out/$log says:" >&2; tail -20 "$OUT/$log" >&2; exit 1
        fi
        [[ $i == 120 ]] && { echo "$SCRIPT: the server is not ready after 60 s" >&2; exit 1; }
        sleep 0.5
    done
}

# to_ms: wrk's 850.00us, 1.23ms, 2.01s, 1.50m on stdin, as milliseconds.
to_ms() {
    awk '{ v = $1
           if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 }
           else if (v ~ /ms$/) { sub(/ms$/, "", v) }
           else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }
           else if (v ~ /m$/) { sub(/m$/, "", v); v = v * 60000 }
           printf "%.2f", v }'
}

# seconds 20s -> 20
seconds() { echo "${1%s}"; }

# CPU time every Postgres process on this machine has used so far, in clock ticks (utime + stime
# of the backends, the server's pool among them, and of the background processes): what the
# database spent on a run is the difference, on a machine where nothing else uses Postgres. Pool
# connections live through a run; a backend that starts and ends inside it is not counted.
postgres_cpu_ticks() {
    awk '$2 == "(postgres)" { t += $14 + $15 } END { print t + 0 }' /proc/[0-9]*/stat 2>/dev/null || echo 0
}

# CPU time the server process has used so far, in clock ticks (utime + stime).
server_cpu_ticks() {
    if [[ -n "$SERVER_PID" && -r "/proc/$SERVER_PID/stat" ]]; then
        awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$SERVER_PID/stat"
    else
        echo 0
    fi
}

# CPU time the JIT compiler threads of process $1 have used so far, in clock ticks.
jit_cpu_ticks() {
    local t total=0
    for t in /proc/"$1"/task/*; do
        case "$(cat "$t/comm" 2>/dev/null)" in
            C1\ Compiler*|C2\ Compiler*) total=$(( total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$t/stat" 2>/dev/null || echo 0) )) ;;
        esac
    done
    echo "$total"
}

# jit_settle PID LABEL TARGET...: sends each TARGET (a URL, or "-s SCRIPT URL") from one client
# for 3 s, round after round, until a whole round costs the JIT compilers of PID at most 5 ticks
# (50 ms at 100 Hz), or for at most 8 rounds. A warm-up of a fixed length is not enough: after 60 s
# of mixed load, the first one-client runs still paid for C2 compiling (0.6-0.7 s of compiler CPU
# in a 10 s "arva" run, 2 cores shared with Postgres and wrk), and measured the JIT, not the path.
jit_settle() {
    local pid="$1" label="$2"; shift 2
    local round before spent target
    for round in 1 2 3 4 5 6 7 8; do
        before=$(jit_cpu_ticks "$pid")
        for target in "$@"; do
            # shellcheck disable=SC2086 # a target is a URL or "-s SCRIPT URL"
            timeout 60 wrk -t1 -c1 -d3s -H "Authorization: Bearer $TOKEN" -H "Accept: application/json" $target > /dev/null
        done
        spent=$(( $(jit_cpu_ticks "$pid") - before ))
        echo "bench: $label: settling round $round, JIT compilers used $spent ticks"
        (( spent <= 5 )) && return 0
    done
    echo "bench: $label: the JIT was still compiling after 8 rounds; its runs include that" >&2
}

# wrk_run SCENARIO THREADS CONNECTIONS DURATION (URL | -s SCRIPT): one row of results, of side
# SIDE ("API (wrk)" unless set), with the CPU of the process SERVER_PID.
wrk_run() {
    local scenario="$1" threads="$2" conns="$3" duration="$4"; shift 4
    local file; file="$OUT/wrk-$(echo "$scenario" | tr -c 'a-zA-Z0-9\n' '_').txt"
    local cpu_before pg_before; cpu_before=$(server_cpu_ticks); pg_before=$(postgres_cpu_ticks)
    timeout $(( $(seconds "$duration") + 60 )) \
        wrk -t"$threads" -c"$conns" -d"$duration" --timeout 30s --latency \
            -H "Authorization: Bearer $TOKEN" -H "Accept: application/json" "$@" > "$file"
    local cpu_ticks=$(( $(server_cpu_ticks) - cpu_before )) pg_ticks=$(( $(postgres_cpu_ticks) - pg_before ))
    local rps p50 p99 non2xx sock requests cpu_per_request pg_per_request
    rps=$(awk '/^Requests\/sec:/ { printf "%.1f", $2 }' "$file")
    p50=$(awk '$1 == "50%" { print $2 }' "$file" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$file" | to_ms)
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
    sock=$(awk '/Socket errors:/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' "$file")
    requests=$(awk '/requests in/ { print $1 }' "$file")
    cpu_per_request=$(awk -v t="$cpu_ticks" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print "n/a" }')
    pg_per_request=$(awk -v t="$pg_ticks" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print "n/a" }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "${SIDE:-API (wrk)}" "$rps" "$p50" "$p99" "$(( ${non2xx:-0} + ${sock:-0} ))" "$cpu_per_request" "$pg_per_request" >> "$RESULTS"
    printf '  %-60s %-8s %10s req/s  p50 %8s ms  p99 %8s ms  CPU/req: server %s ms, Postgres %s ms\n' "$scenario" "${SIDE:-API}" "$rps" "$p50" "$p99" "$cpu_per_request" "$pg_per_request"
}
