#!/usr/bin/env bash
# Create .venv if missing and install drift into it; quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.drift-installed
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setting up .venv (first run takes a few minutes)..." >&2
  .venv/bin/python -m pip install -q --upgrade pip >&2
  # torch 2.13.0 is the CPU build; an unpinned torch would pull a multi-GB CUDA build.
  .venv/bin/python -m pip install -q "torch==2.13.0" >&2
  .venv/bin/python -m pip install -q -e ".[test,ray,train]" >&2
  echo "$want" > "$stamp"
fi
