#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo need when they are missing:
# Chromium (Chromium e2e tests, `npm start`) and Firefox ESR (Firefox e2e tests). Never
# downloads a browser from anywhere else.
set -euo pipefail

need=()
if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ]; then need+=(firefox-esr); fi

if [ ${#need[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Missing: ${need[*]}. Install with: apt-get install -y ${need[*]} (as root)" >&2
  exit 1
fi
echo "Installing ${need[*]} with apt-get…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
