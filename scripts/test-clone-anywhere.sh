#!/usr/bin/env bash
# A user's clone has no ../shared beside it: clone HEAD into an empty temporary folder and run the
# README's test command there (set-up, unit, both builds, Chromium and Firefox e2e). Suites over
# material that may not be vendored must report themselves skipped, not fail.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone --quiet . "$tmp/leadclip"
cd "$tmp/leadclip"
if [ -e ../shared ]; then
  echo "$tmp/shared exists: this check needs a folder without it" >&2
  exit 1
fi
env -u LEADCLIP_SHARED_FIXTURES bash scripts/test.sh
