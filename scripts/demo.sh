#!/usr/bin/env bash
# The README's demo: set up if needed, then run drift on the bundled default model over corpora/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/drift pair \
  "We will not close our eyes to the attempts to interfere in our elections." \
  "Мы не будем закрывать глаза на попытки вмешаться в наши выборы."
.venv/bin/drift pair \
  "We will not close our eyes to the attempts to interfere in our elections." \
  "We will close our eyes to the attempts to interfere in our elections in 2024."
if [ -d corpora/articles ] && .venv/bin/drift --help | grep -q compare; then
  .venv/bin/drift compare corpora/articles
fi
