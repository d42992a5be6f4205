#!/usr/bin/env bash
# The README's demo: set up if needed, then run drift on the bundled default model over corpora/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== drift pair: a faithful Russian rendering, then an English one with a dropped 'not' =="
.venv/bin/drift pair \
  "We will not close our eyes to the attempts to interfere in our elections." \
  "Мы не будем закрывать глаза на попытки вмешаться в наши выборы."
.venv/bin/drift pair \
  "We will not close our eyes to the attempts to interfere in our elections." \
  "We will close our eyes to the attempts to interfere in our elections in 2024."
echo "== drift compare: three articles quoting the same interview =="
.venv/bin/drift compare corpora/articles --html drift-compare.html
echo "== drift check: a localised app with planted drift (exit 1 = drift found) =="
.venv/bin/drift check corpora/l10n || [ $? -eq 1 ]
