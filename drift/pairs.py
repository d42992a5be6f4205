"""Readers for pair files (`drift batch`, `drift eval`): TSV with a header, or JSONL."""

from __future__ import annotations

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
    """Rows of a .tsv (header with columns a and b), .jsonl/.json-lines or .parquet file
    (columns a and b; its rows numbered from 1 as lines)."""
    if path.suffix.lower() == ".parquet":
        yield from _parquet(path)
        return
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
    # lines end at "\n" only: U+2028 and U+0085 are valid inside a JSON string
    for n, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=no_json_constant)
        except json.JSONDecodeError as exc:
            yield PairRow(n, "", "", {}, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        except (ValueError, RecursionError) as exc:
            yield PairRow(n, "", "", {}, f"invalid JSON ({str(exc)[:200] or 'nested too deep'})")
            continue
        if not isinstance(rec, dict):
            yield PairRow(n, "", "", {}, "each line must be a JSON object with 'a' and 'b'")
            continue
        yield _check(n, rec)


def _no_duplicates(items: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in items]
    twice = next((k for k in keys if keys.count(k) > 1), None)
    if twice is not None:
        raise ValueError(f"key {twice[:50]!r} appears twice in one object")
    return dict(items)


def no_json_constant(name: str):
    """`parse_constant` for strict JSON: NaN and Infinity are no JSON values."""
    raise ValueError(f"{name} is not a JSON value")


def _tsv(path: Path, text: str) -> Iterator[PairRow]:
    # no quoting: a line is its cells split at tabs (a carriage return before the newline is
    # dropped; one inside a line is text), so no line can make the reader fail
    lines = [raw.removesuffix("\r") for raw in text.split("\n")]
    header = lines[0].split("\t")
    if "a" not in header or "b" not in header:
        raise InputError(f"{path}:1: header must name columns 'a' and 'b' (found: "
                         f"{', '.join(h[:50] for h in header)})")
    twice = next((h for h in header if header.count(h) > 1), None)
    if twice is not None:
        raise InputError(f"{path}:1: column {twice[:50]!r} is named twice in the header; "
                         f"rename one of them")
    for line, raw in enumerate(lines[1:], 2):
        if not raw:
            continue  # an empty line holds no row (a row of blank cells is reported below)
        cells = raw.split("\t")
        if len(cells) != len(header):
            yield PairRow(line, "", "", {}, f"expected {len(header)} tab-separated columns, "
                          f"found {len(cells)}")
            continue
        yield _check(line, dict(zip(header, cells)))


def _parquet(path: Path) -> Iterator[PairRow]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"{path}: reading Parquet needs pyarrow: pip install 'drift[ray]'") from None
    try:
        pf = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise InputError(f"{path}: not a readable Parquet file ({str(exc)[:200]})") from None
    names = pf.schema_arrow.names
    if "a" not in names or "b" not in names:
        raise InputError(f"{path}: columns must include 'a' and 'b' (found: {', '.join(names[:20])})")
    n = 0
    for batch in pf.iter_batches(batch_size=4096):
        for rec in batch.to_pylist():
            n += 1
            yield _check(n, {k: _plain(v) for k, v in rec.items()})


def _plain(v):
    """A Parquet value as JSON can hold it (a date as its ISO text, NaN as null)."""
    if isinstance(v, float) and v != v:
        return None
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    return v.isoformat() if hasattr(v, "isoformat") else str(v)
