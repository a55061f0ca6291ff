#!/usr/bin/env bash
# File store throughput: a 1 GiB file uploaded and downloaded through the HTTP API (as a document,
# POST /api/documents and GET /api/documents/{id}/download), with the server's peak RSS during each
# transfer, against `cp` of the same file on the same disk in the same run; then the same through the
# S3 adapter when an S3-protocol server answers (S3_ENDPOINT, default http://127.0.0.1:4569, s3rver).
#
#   bench/files.sh [--no-build]
#
# Environment: SIZE_MB (1024), PORT (18091), S3_PORT_HTTP (18092), BENCH_DB (crm_bench_files),
# S3_ENDPOINT, JAVA_HOME (temurin 25), JAVA_OPTS (default -Xmx256m: the server never holds a file).
# The database is dropped and made again on every run; files go to bench/out/files-*.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out"
SIZE_MB="${SIZE_MB:-1024}"
PORT="${PORT:-18091}"
S3_PORT_HTTP="${S3_PORT_HTTP:-18092}"
BENCH_DB="${BENCH_DB:-crm_bench_files}"
S3_ENDPOINT="${S3_ENDPOINT:-http://127.0.0.1:4569}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"
BUILD=auto
TOKEN=bench-tasks-token     # bench/identity-tasks.json: a member of t-bench allowed tenant.bench.crm.*
[[ "${1:-}" == --no-build ]] && BUILD=never
[[ "$BENCH_DB" =~ ^crm_bench[a-z0-9_]*$ ]] || { echo "files.sh: BENCH_DB must be a crm_bench* name (it is dropped)" >&2; exit 2; }
for tool in psql curl; do command -v "$tool" >/dev/null || { echo "files.sh: $tool is not installed" >&2; exit 1; }; done

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
SCRIPT=files.sh
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
mkdir -p "$OUT"
[[ "$BUILD" == auto ]] && bench_build_jar

BYTES=$(( SIZE_MB * 1024 * 1024 ))
FILE="$OUT/files-input.bin"
if [[ ! -f "$FILE" || $(stat -c %s "$FILE") != "$BYTES" ]]; then
    echo "files: writing $SIZE_MB MiB of random bytes to bench/out/files-input.bin"
    head -c "$BYTES" /dev/urandom > "$FILE"
fi
STORE="$OUT/files-store"
rm -rf "$STORE" "$OUT/files-cp.bin"
mkdir -p "$STORE"

echo "files: making database $BENCH_DB afresh"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
psql -X -q -d postgres -c "CREATE DATABASE $BENCH_DB"

mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / 1048576 / s }'; }

# peak_rss PID CMD...: runs CMD while sampling PID's VmRSS every 100 ms; prints "seconds peak_MiB before_MiB".
peak_rss() {
    local pid="$1"; shift
    local peak=0 start end before
    before=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    start=$(date +%s.%N)
    "$@" &
    local job=$!
    while kill -0 "$job" 2>/dev/null; do
        local rss
        rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        (( rss > peak )) && peak=$rss
        sleep 0.1
    done
    wait "$job"
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v p="$peak" -v b="$before" 'BEGIN { printf "%.2f %.0f %.0f\n", e - s, p / 1024, b / 1024 }'
}

RESULTS="$OUT/files-results.md"
{
    echo "| transfer ($SIZE_MB MiB) | seconds | MiB/s | server RSS before → peak during |"
    echo "|---|---:|---:|---:|"
} > "$RESULTS"

# cp of the same file on the same disk, forced to disk as an upload is (the store fsyncs).
sync
start=$(date +%s.%N)
cp "$FILE" "$OUT/files-cp.bin" && sync
end=$(date +%s.%N)
secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
echo "| cp + sync, same disk | $secs | $(mbps "$BYTES" "$secs") | — |" >> "$RESULTS"
rm -f "$OUT/files-cp.bin"

# measure NAME LABEL PORT: folder, upload, download against the server on PORT.
measure() {
    local name="$1" label="$2" base="http://127.0.0.1:$3"
    local auth=(-H "Authorization: Bearer $TOKEN")
    local folder
    folder=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' \
        -d "{\"name\": \"bench $label $(date +%s%N)\"}" "$base/api/document-folders" | sed -E 's/.*"id":([0-9]+).*/\1/')
    read -r secs rss before < <(peak_rss "$SERVER_PID" curl -sf -o "$OUT/files-upload-$name.json" "${auth[@]}" \
        -F title=bench -F folder_id="$folder" -F "file=@$FILE;type=application/octet-stream" "$base/api/documents")
    local id
    id=$(sed -E 's/.*"data":\{"id":([0-9]+).*/\1/' "$OUT/files-upload-$name.json")
    echo "| upload through the API, $label | $secs | $(mbps "$BYTES" "$secs") | $before → $rss MiB |" >> "$RESULTS"
    read -r secs rss before < <(peak_rss "$SERVER_PID" curl -sf -o "$OUT/files-download-$name.bin" "${auth[@]}" "$base/api/documents/$id/download")
    cmp -s "$FILE" "$OUT/files-download-$name.bin" || { echo "files.sh: the $label download differs from the upload" >&2; exit 1; }
    rm -f "$OUT/files-download-$name.bin"
    echo "| download through the API, $label | $secs | $(mbps "$BYTES" "$secs") | $before → $rss MiB |" >> "$RESULTS"
}

bench_start_server "$PORT" files-server-local.log . \
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" IDENTITY_FILE="$BENCH_DIR/identity-tasks.json" \
    FILES_STORE=local FILES_DIR="$STORE"
measure local local "$PORT"
bench_stop_server

if curl -s -o /dev/null "$S3_ENDPOINT/"; then
    bucket="crm-bench-$(date +%s)"
    curl -s -X PUT -o /dev/null "$S3_ENDPOINT/$bucket"  # s3rver accepts an unsigned bucket create
    bench_start_server "$S3_PORT_HTTP" files-server-s3.log . \
        DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" DB_MIGRATE=false \
        IDENTITY_FILE="$BENCH_DIR/identity-tasks.json" FILES_STORE=s3 S3_ENDPOINT="$S3_ENDPOINT" \
        S3_BUCKET="$bucket" S3_ACCESS_KEY_ID=S3RVER S3_SECRET_ACCESS_KEY=S3RVER
    measure s3 "s3 (s3rver, $S3_ENDPOINT)" "$S3_PORT_HTTP"
    bench_stop_server
else
    echo "| S3 | no S3 server at $S3_ENDPOINT | | |" >> "$RESULTS"
fi

echo
cat "$RESULTS"
