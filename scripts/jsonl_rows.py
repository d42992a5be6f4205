"""Reading a JSON-lines file that a script of this folder wrote, for the scripts that read one."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn


def read_rows(path: Path, fields: Sequence[str], made_by: str,
              fail: Callable[[str], NoReturn]) -> list[dict]:
    """The rows of `path`, each a JSON object with `fields`; a missing file or a bad line calls
    `fail` with what is wrong and where (the line number), instead of a traceback."""
    if not path.is_file():
        fail(f"{path} not found: make it with {made_by}")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(f"{path}:{n}: not JSON ({exc.msg})")
            missing = [k for k in fields if k not in row] if isinstance(row, dict) else list(fields)
            if missing:
                fail(f"{path}:{n}: no {', '.join(missing)}: not a pair of {made_by}")
            rows.append(row)
    return rows
