#!/usr/bin/env bash
# The README's test command: set up if needed, then run the test suite (slow tests: --runslow).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q "$@"
