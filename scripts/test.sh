#!/usr/bin/env bash
# The tests in one command: system packages, npm packages, then every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
bash scripts/ensure-postgres.sh
npm ci --no-audit --no-fund
npm test
