#!/usr/bin/env bash
# The product in one command: system packages, npm packages, build, Chromium on the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
npm ci --no-audit --no-fund
npm start
