"""`drift batch`: score a file of pairs into JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from drift.errors import InputError
from drift.pairs import read_pairs
from drift.score import Scorer

CHUNK = 256
RESULT_KEYS = ("similarity", "drift", "label", "lang_a", "lang_b", "findings", "signature")


def _record(fields: dict, result: dict) -> dict:
    """Input fields, then the result; an input field a result key would overwrite (a gold
    `label` column, say) is kept as `input_<name>`."""
    rec = {(f"input_{k}" if k in RESULT_KEYS else k): v for k, v in fields.items()}
    rec.update({k: result[k] for k in RESULT_KEYS})
    return rec


def run_batch(path: Path, scorer: Scorer, output: Path | None = None) -> int:
    """Score every good row of `path`; write JSONL to `output` or stdout; return the bad count."""
    rows = list(read_pairs(path))
    bad = [r for r in rows if r.error]
    for r in bad:
        print(f"{path}:{r.line}: {r.error}", file=sys.stderr)
    good = [r for r in rows if not r.error]
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    try:
        from tqdm import tqdm

        with tqdm(total=len(good), unit="pair", file=sys.stderr, disable=len(good) < 50) as bar:
            for start in range(0, len(good), CHUNK):
                chunk = good[start:start + CHUNK]
                results = scorer.score_batch([(r.a, r.b) for r in chunk])
                for r, res in zip(chunk, results):
                    rec = _record(r.fields, res.to_dict())
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                bar.update(len(chunk))
    finally:
        if output:
            out.close()
    return len(bad)
