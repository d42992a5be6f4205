"""`drift eval`: quality of the scorer on a labelled file, with the plain-cosine baseline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
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
    # with a `kind` column: per kind of drift, how many, recall at the threshold, mean score
    by_kind: dict[str, dict] = field(default_factory=dict)
    # with a `lang` column: per language, pairs, ROC AUC of drift and of cosine
    by_lang: dict[str, dict] = field(default_factory=dict)
    # the other scorer (rules / learned) on the same pairs, side by side
    baseline: dict = field(default_factory=dict)


def evaluate(path: Path, scorer: Scorer, show_progress: bool = False,
             baseline: Scorer | None = None) -> EvalReport:
    """Score every labelled pair of `path` (TSV/JSONL with a, b, label=drift|equivalent);
    with `baseline`, that scorer's figures on the same pairs too."""
    rows = list(read_pairs(path))
    bad = next((r for r in rows if r.error is not None), None)
    if bad is not None:
        from drift.errors import InputError
        raise InputError(f"{path}:{bad.line}: {bad.error}")
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
    base = {}
    if baseline is not None:
        br = baseline.score_batch([(r.a, r.b) for r in rows], show_progress=show_progress)
        bd = np.array([x.drift for x in br])
        bp, brec, bf = prf(y, bd >= baseline.threshold)
        base = {"auc": roc_auc(y, bd), "precision": bp, "recall": brec, "f1": bf,
                "labels": dict(Counter(x.label for x in br)), "signature": baseline.signature}
    kinds_d, kinds_e = Counter(), Counter()
    for res, is_drift in zip(results, y):
        target = kinds_d if is_drift else kinds_e
        target.update({f.kind for f in res.findings if f.severity != "info"})
    return EvalReport(str(path), len(rows), int(y.sum()), roc_auc(y, d), roc_auc(y, -cos),
                      p, rec, f, scorer.threshold, dict(Counter(x.label for x in results)),
                      dict(sorted(kinds_d.items())), dict(sorted(kinds_e.items())),
                      scorer.signature, _by_kind(rows, y, d, scorer.threshold),
                      _by_lang(rows, y, d, cos), base)


def _by_kind(rows, y, d, threshold: float) -> dict[str, dict]:
    out = {}
    kinds = [str(r.fields.get("kind", "")) for r in rows]
    for kind in sorted({k for k, is_drift in zip(kinds, y) if is_drift and k}):
        sel = np.array([k == kind and bool(t) for k, t in zip(kinds, y)])
        out[kind] = {"pairs": int(sel.sum()), "recall": round(float((d[sel] >= threshold).mean()), 3),
                     "mean_drift": round(float(d[sel].mean()), 3)}
    return out


def _by_lang(rows, y, d, cos) -> dict[str, dict]:
    out = {}
    langs = [str(r.fields.get("lang", "")) for r in rows]
    for lang in sorted({x for x in langs if x}):
        sel = np.array([x == lang for x in langs])
        if 0 < y[sel].sum() < sel.sum():
            out[lang] = {"pairs": int(sel.sum()), "auc": round(roc_auc(y[sel], d[sel]), 3),
                         "cosine_auc": round(roc_auc(y[sel], -cos[sel]), 3)}
    return out
