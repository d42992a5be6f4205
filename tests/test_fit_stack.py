"""scripts/fit_stack.py refuses a missing pairs file before it loads a model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fit_stack.py"


def test_a_missing_pairs_file_is_named_with_exit_2(tmp_path):
    out = tmp_path / "stack.json"
    r = subprocess.run([sys.executable, str(SCRIPT), "--pairs", str(tmp_path / "nope.jsonl"),
                        "--out", str(out)], capture_output=True, text=True)
    assert r.returncode == 2 and "no such file" in r.stderr and "nope.jsonl" in r.stderr
    assert not out.exists()
