#!/usr/bin/env bash
# `npm test`: unit tests, then the extension builds and the real-browser tests (Chromium's, then
# Firefox's), one suite at a time (two cores: a browser and the unit workers would fight). Ends
# with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest-*.json
status=0
run() {
  local project=$1
  npx vitest run --project "$project" --reporter=default --reporter=json \
    --outputFile="test-results/vitest-$project.json" || status=1
}
run unit
if npm run --silent build:all >/dev/null && npm run --silent build:firefox-e2e >/dev/null; then
  run e2e
  run e2e-firefox
else
  echo "The extension build failed: e2e tests not run" >&2
  status=1
fi
node scripts/print-test-summary.mjs test-results/vitest-*.json || status=1
exit $status
