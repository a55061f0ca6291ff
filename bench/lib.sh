# Shared by the bench scripts (sourced, not run): building the jar, running one CRM server for the
# length of a script, and reading wrk's latencies. Expects BENCH_DIR, REPO_DIR, OUT, JAVA_HOME and
# JAVA_OPTS to be set, and SCRIPT to name the caller in messages (e.g. "tasks.sh").

JAR="$REPO_DIR/bootstrap/target/crm.jar"

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
