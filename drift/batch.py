"""`drift batch`: score a file of pairs into JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from drift.errors import InputError
from drift.pairs import PairRow, read_pairs
from drift.score import RowError, Scorer

CHUNK = 256
ENGINE_CHUNK = 100_000  # rows per distributed run (its actors load the model once per run)
RESULT_KEYS = ("similarity", "drift", "label", "lang_a", "lang_b", "findings", "signature")


def _record(fields: dict, result: dict) -> dict:
    """Input fields, then the result; an input field a result key would overwrite (a gold
    `label` column, say) is kept as `input_<name>`."""
    rec = {(f"input_{k}" if k in RESULT_KEYS else k): v for k, v in fields.items()}
    rec.update({k: result[k] for k in RESULT_KEYS})
    return rec


def run_batch(path: Path, scorer: Scorer, output: Path | None = None,
              engine=None) -> tuple[int, int]:
    """Score every row of `path` into JSONL (`output` or stdout), one line per input row in
    input order; a row that cannot be read or scored gets an `error` line in its place and
    the run goes on. `engine` (a `RayEngine`) scores in its place, in larger chunks. Returns
    (rows, failed rows)."""
    scoring = engine or scorer
    chunk_size = ENGINE_CHUNK if engine else CHUNK
    rows = list(read_pairs(path))
    parquet = output is not None and output.suffix.lower() == ".parquet"
    try:
        out = ParquetSink(output) if parquet else open(output, "w", encoding="utf-8") if output \
            else sys.stdout
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    failed = 0
    try:
        from tqdm import tqdm

        with tqdm(total=len(rows), unit="pair", file=sys.stderr, disable=len(rows) < 50) as bar:
            for start in range(0, len(rows), chunk_size):
                chunk = rows[start:start + chunk_size]
                good = [r for r in chunk if not r.error]
                scored = iter(scoring.score_each([(r.a, r.b) for r in good]))
                for r in chunk:
                    res = RowError(r.error) if r.error else next(scored)
                    if isinstance(res, RowError):
                        failed += 1
                        print(f"{path}:{r.line}: {res.error}", file=sys.stderr)
                        rec = error_record(r, res.error)
                    else:
                        rec = _record(r.fields, res.to_dict())
                    _write(out, rec, output)
                out.flush()  # written as produced: a late failure loses nothing already scored
                bar.update(len(chunk))
    finally:
        if output:
            out.close()
    return len(rows), failed


def error_record(row: PairRow, message: str) -> dict:
    """The output line of a row that failed: its input fields, its line and the error."""
    rec = {(f"input_{k}" if k in RESULT_KEYS or k in ("line", "error") else k): v
           for k, v in row.fields.items()}
    rec.update({"line": row.line, "error": message})
    return rec


class ParquetSink:
    """`-o results.parquet`: the same records as the JSONL lines, one row each; nested values
    (findings, input lists) as JSON text. Written when the run ends (pyarrow needed)."""

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError("writing Parquet needs pyarrow: pip install 'drift[ray]'") from None
        self.path, self.rows = path, []

    def record(self, rec: dict) -> None:
        self.rows.append({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                          for k, v in rec.items()})

    def flush(self) -> None:
        pass

    def close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        names = list(dict.fromkeys(k for r in self.rows for k in r))
        table = pa.Table.from_pylist(self.rows, schema=None if not self.rows else pa.schema(
            [(k, pa.infer_type([r.get(k) for r in self.rows])) for k in names]))
        try:
            pq.write_table(table, self.path)
        except OSError as exc:
            raise InputError(f"cannot write {self.path}: {exc}") from None


def _write(out, rec: dict, output: Path | None) -> None:
    if isinstance(out, ParquetSink):
        out.record(rec)
        return
    line = json.dumps(rec, ensure_ascii=False)
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:  # a lone surrogate from an input escape: keep it escaped
        out.write(json.dumps(rec) + "\n")
    except OSError as exc:
        raise InputError(f"cannot write {output or 'stdout'}: {exc.strerror or exc}") from None
