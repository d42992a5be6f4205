#!/usr/bin/env bash
# The README's test command: set up if needed, then run the test suite (slow tests: --runslow).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The web page is tested in a real headless browser: Debian's chromium + chromedriver.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing chromium and chromium-driver for the browser test..." >&2
    (apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 ||
      (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium chromium-driver >/dev/null 2>&1)) ||
      echo "could not install chromium; tests/test_web.py will fail and say why" >&2
  else
    echo "chromium/chromedriver missing: install them (apt-get install chromium chromium-driver)" >&2
  fi
fi
.venv/bin/python -m pytest -q "$@"
