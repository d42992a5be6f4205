"""`drift eval`: quality of the scorer on a labelled file, with the plain-cosine baseline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from drift.metrics import prf, roc_auc
from drift.pairs import read_pairs
from drift.score import Scorer


@dataclass(frozen=True)
class EvalReport:
    """Figures for one labelled file."""

    path: str
    pairs: int
    drift_pairs: int
    auc: float
    cosine_auc: float
    precision: float
    recall: float
    f1: float
    threshold: float
    labels: dict[str, int]
    finding_kinds_in_drift: dict[str, int]
    finding_kinds_in_equivalent: dict[str, int]
    signature: str


def evaluate(path: Path, scorer: Scorer, show_progress: bool = False) -> EvalReport:
    """Score every labelled pair of `path` (TSV/JSONL with a, b, label=drift|equivalent)."""
    rows = [r for r in read_pairs(path) if r.error is None]
    gold = []
    for r in rows:
        label = str(r.fields.get("label", "")).strip().lower()
        if label not in ("drift", "equivalent"):
            from drift.errors import InputError
            raise InputError(f"{path}:{r.line}: label must be 'drift' or 'equivalent', "
                             f"got {label!r}")
        gold.append(label == "drift")
    y = np.array(gold)
    results = scorer.score_batch([(r.a, r.b) for r in rows], show_progress=show_progress)
    d = np.array([x.drift for x in results])
    cos = np.array([x.similarity for x in results])
    p, rec, f = prf(y, d >= scorer.threshold)
    kinds_d, kinds_e = Counter(), Counter()
    for res, is_drift in zip(results, y):
        target = kinds_d if is_drift else kinds_e
        target.update({f.kind for f in res.findings if f.severity != "info"})
    return EvalReport(str(path), len(rows), int(y.sum()), roc_auc(y, d), roc_auc(y, -cos),
                      p, rec, f, scorer.threshold, dict(Counter(x.label for x in results)),
                      dict(sorted(kinds_d.items())), dict(sorted(kinds_e.items())),
                      scorer.signature)
