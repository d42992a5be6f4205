"""Readers for pair files (`drift batch`, `drift eval`): TSV with a header, or JSONL."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from drift.errors import InputError


@dataclass(frozen=True)
class PairRow:
    """One input row: its line number, texts, every field it had, or the error that stopped it."""

    line: int
    a: str
    b: str
    fields: dict = field(default_factory=dict)
    error: str | None = None


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not valid UTF-8 (byte {exc.start}); "
                         "re-save the file as UTF-8") from exc


def read_pairs(path: Path) -> Iterator[PairRow]:
    """Rows of a .tsv (header with columns a and b) or .jsonl/.json-lines file."""
    text = _read_text(path)
    if not text.strip():
        raise InputError(f"{path}: file is empty; expected a TSV with columns a, b or JSONL")
    if path.suffix.lower() in (".jsonl", ".ndjson") or text.lstrip().startswith("{"):
        yield from _jsonl(text)
    else:
        yield from _tsv(path, text)


def _check(line: int, rec: dict) -> PairRow:
    a, b = rec.get("a"), rec.get("b")
    if not isinstance(a, str) or not isinstance(b, str):
        return PairRow(line, "", "", rec, "fields 'a' and 'b' must both be present as text")
    if not a.strip() or not b.strip():
        return PairRow(line, a, b, rec, "text 'a' or 'b' is empty")
    return PairRow(line, a, b, rec)


def _jsonl(text: str) -> Iterator[PairRow]:
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield PairRow(n, "", "", {}, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield PairRow(n, "", "", {}, "each line must be a JSON object with 'a' and 'b'")
            continue
        yield _check(n, rec)


def _tsv(path: Path, text: str) -> Iterator[PairRow]:
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if "a" not in header or "b" not in header:
        raise InputError(f"{path}:1: header must name columns 'a' and 'b' (found: "
                         f"{', '.join(header)})")
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            yield PairRow(line, "", "", {}, f"expected {len(header)} tab-separated columns, "
                          f"found {len(cells)}")
            continue
        yield _check(line, dict(zip(header, cells)))
