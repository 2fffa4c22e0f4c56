#!/usr/bin/env bash
# Install what the tests need on a fresh Debian machine, then run the whole suite.
# Browser tests drive Debian's chromium headless; set RASID_SKIP_BROWSER=1 to skip them on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${RASID_SKIP_BROWSER:-0}" != "1" ] && ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
mkdir -p build
.venv/bin/pytest -q
