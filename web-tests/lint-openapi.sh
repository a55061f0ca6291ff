#!/usr/bin/env bash
# Lints the CRM's OpenAPI document with Redocly CLI's recommended ruleset (redocly.yaml) and fails
# unless it finds 0 errors and 0 warnings (and ignores nothing). Redocly itself exits 0 on
# warnings, so the totals of its JSON report decide.
#   web-tests/lint-openapi.sh [URL or file]     default: http://127.0.0.1:8080/openapi.json
# Installs the pinned CLI (package-lock.json) with `npm ci` when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
source=${1:-http://127.0.0.1:8080/openapi.json}

[ -x node_modules/.bin/redocly ] || npm ci --no-audit --no-fund

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$source" in
  http://* | https://*) curl -fsS --max-time 30 "$source" -o "$work/openapi.json" ;;
  *) cp "$source" "$work/openapi.json" ;;
esac

# The readable report first, for whoever has to fix something; then the totals that decide.
node_modules/.bin/redocly lint --config redocly.yaml --format=stylish "$work/openapi.json" 2>&1 \
  | grep -v -e 'Node.js 20 support is ending' -e '^ *║' -e '^ *╔' -e '^ *╚' || true
node_modules/.bin/redocly lint --config redocly.yaml --format=json "$work/openapi.json" 2>/dev/null >"$work/report.json" || true
node -e '
  const totals = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).totals;
  console.log(`lint-openapi: ${totals.errors} errors, ${totals.warnings} warnings, ${totals.ignored} ignored`);
  process.exit(totals.errors + totals.warnings + totals.ignored === 0 ? 0 : 1);
' "$work/report.json"
