#!/usr/bin/env bash
# Makes sure the benchmark database holds N generated contacts (and N/50 companies).
#
#   bench/data.sh [-n N] [--regenerate] [--migrate-with jar|psql]
#
# Creates the database if it is missing, migrates it, and loads bench/generate.sql unless the
# database already holds exactly the N contacts that the generator makes (reruns are quick).
# --regenerate drops and recreates the database first. A database that Flyway refuses because the
# migrations changed since it was made is also started over (it only ever holds generated data).
# Environment: N, REGENERATE=1, BENCH_DB (crm_bench), JAVA_HOME, MIGRATE_WITH (jar).
# Postgres is 127.0.0.1:5432, user postgres (trust), as on the development machines.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"

N="${N:-1000000}"
REGENERATE="${REGENERATE:-0}"
BENCH_DB="${BENCH_DB:-crm_bench}"
MIGRATE_WITH="${MIGRATE_WITH:-jar}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="$REPO_DIR/bootstrap/target/crm.jar"

while [[ $# -gt 0 ]]; do
    case "$1" in
        -n) N="$2"; shift 2 ;;
        --regenerate) REGENERATE=1; shift ;;
        --migrate-with) MIGRATE_WITH="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "data.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
[[ "$N" =~ ^[1-9][0-9]*$ ]] || { echo "data.sh: N must be a positive integer, not '$N'" >&2; exit 2; }
[[ "$BENCH_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "data.sh: BENCH_DB must be a plain name" >&2; exit 2; }

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
psql_db() { psql -X -v ON_ERROR_STOP=1 -q -d "$BENCH_DB" "$@"; }

# Only a database of the benchmark's own is ever dropped.
drop_database() {
    [[ "$BENCH_DB" == crm_bench* ]] || { echo "data.sh: will not drop $BENCH_DB (not a crm_bench* database)" >&2; exit 1; }
    echo "data: dropping database $BENCH_DB"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
}
create_database() {
    if [[ -z "$(psql -X -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'")" ]]; then
        echo "data: creating database $BENCH_DB"
        psql -X -q -d postgres -c "CREATE DATABASE $BENCH_DB"
    fi
}

# --regenerate starts from an empty database, so that the schema is the migrations' of today.
[[ "$REGENERATE" == 1 ]] && drop_database
create_database

case "$MIGRATE_WITH" in
    jar)
        [[ -f "$JAR" ]] || { echo "data.sh: $JAR is missing (build it, or --migrate-with psql for a throwaway database)" >&2; exit 1; }
        migrate() {
            DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" DB_USER=postgres \
                "$JAVA_HOME/bin/java" -jar "$JAR" migrate > "$BENCH_DIR/out/migrate.log" 2>&1
        }
        mkdir -p "$BENCH_DIR/out"
        echo "data: migrating $BENCH_DB (crm.jar migrate)"
        if ! migrate; then
            # While the migrations are still being edited in place, Flyway refuses a database
            # migrated by an older version of them: start that database over.
            if grep -qi 'validate failed\|checksum mismatch\|detected applied migration not resolved\|detected resolved migration not applied' "$BENCH_DIR/out/migrate.log"; then
                echo "data: $BENCH_DB was migrated by other versions of the migrations; starting it over"
                drop_database; create_database
                migrate || { tail -20 "$BENCH_DIR/out/migrate.log" >&2; exit 1; }
            else
                tail -20 "$BENCH_DIR/out/migrate.log" >&2; exit 1
            fi
        fi
        ;;
    psql)
        # Only for trying the generator before the jar builds: Flyway will later refuse this
        # database (no schema history), so use a throwaway BENCH_DB.
        if [[ -z "$(psql_db -Atc "SELECT to_regclass('public.contacts')")" ]]; then
            echo "data: applying the migrations with psql (no Flyway history)"
            while read -r migration; do
                psql_db -f "$migration"
            done < <(ls "$REPO_DIR"/adapters-persistence/src/main/resources/db/migration/V*.sql | sort -V)
        fi
        ;;
    *) echo "data.sh: --migrate-with is jar or psql, not '$MIGRATE_WITH'" >&2; exit 2 ;;
esac

# The generator makes ids 1..N and N/50 companies: a database with exactly that is reused.
read -r contacts max_id companies < <(psql_db -AtF ' ' -c \
    "SELECT (SELECT count(*) FROM contacts), (SELECT coalesce(max(id), 0) FROM contacts), (SELECT count(*) FROM companies)")
expected_companies=$(( N / 50 > 0 ? N / 50 : 1 ))
if [[ "$REGENERATE" != 1 && "$contacts" == "$N" && "$max_id" == "$N" && "$companies" == "$expected_companies" ]]; then
    echo "data: $BENCH_DB already holds $N contacts and $companies companies (--regenerate to rebuild)"
    exit 0
fi

echo "data: generating $N contacts and $expected_companies companies in $BENCH_DB (had $contacts contacts)"
started=$(date +%s)
psql_db -v n="$N" -f "$BENCH_DIR/generate.sql"
echo "data: loaded, indexed and analysed in $(( $(date +%s) - started )) s"
