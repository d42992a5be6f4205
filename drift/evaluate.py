"""`drift eval`: quality of the scorer on a labelled file, with the plain-cosine baseline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from drift.errors import InputError
from drift.metrics import prf, roc_auc
from drift.pairs import read_pairs
from drift.score import RowError, Scorer


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
    # rows that could not be read or scored (line, error): left out of every figure above
    failed: list[dict] = field(default_factory=list)


def evaluate(path: Path, scorer: Scorer, show_progress: bool = False,
             baseline: Scorer | None = None) -> EvalReport:
    """Score every labelled pair of `path` (TSV/JSONL with a, b, label=drift|equivalent);
    with `baseline`, that scorer's figures on the same pairs too."""
    rows, gold, failed = [], [], []
    for r in read_pairs(path):
        label = str(r.fields.get("label", "")).strip().lower()
        if r.error is None and label not in ("drift", "equivalent"):
            r = replace(r, error=f"label must be 'drift' or 'equivalent', got {label[:50]!r}")
        if r.error is not None:
            failed.append({"line": r.line, "error": r.error})
            continue
        rows.append(r)
        gold.append(label == "drift")
    scored = scorer.score_each([(r.a, r.b) for r in rows], show_progress=show_progress)
    keep = [k for k, x in enumerate(scored) if not isinstance(x, RowError)]
    failed += [{"line": rows[k].line, "error": x.error} for k, x in enumerate(scored)
               if isinstance(x, RowError)]
    failed.sort(key=lambda e: e["line"])
    if not keep:
        raise InputError(f"{path}: no row could be scored"
                         + (f" (line {failed[0]['line']}: {failed[0]['error']})" if failed else ""))
    rows, gold, results = [rows[k] for k in keep], [gold[k] for k in keep], [scored[k] for k in keep]
    y = np.array(gold)
    d = np.array([x.drift for x in results])
    cos = np.array([x.similarity for x in results])
    p, rec, f = prf(y, d >= scorer.threshold)
    base = {}
    if baseline is not None:
        br = baseline.score_each([(r.a, r.b) for r in rows], show_progress=show_progress)
        bd = np.array([np.nan if isinstance(x, RowError) else x.drift for x in br])
        bp, brec, bf = prf(y, bd >= baseline.threshold)
        base = {"auc": _finite(roc_auc(y, bd)), "precision": bp, "recall": brec, "f1": bf,
                "labels": dict(Counter(getattr(x, "label", "error") for x in br)),
                "signature": baseline.signature}
    kinds_d, kinds_e = Counter(), Counter()
    for res, is_drift in zip(results, y):
        target = kinds_d if is_drift else kinds_e
        target.update({f.kind for f in res.findings if f.severity != "info"})
    return EvalReport(str(path), len(rows), int(y.sum()), _finite(roc_auc(y, d)),
                      _finite(roc_auc(y, -cos)),
                      p, rec, f, scorer.threshold, dict(Counter(x.label for x in results)),
                      dict(sorted(kinds_d.items())), dict(sorted(kinds_e.items())),
                      scorer.signature, _by_kind(rows, y, d, scorer.threshold),
                      _by_lang(rows, y, d, cos), base, failed)


def _finite(x: float) -> float | None:
    """None where a figure is undefined (AUC of one class only): JSON has no NaN."""
    return float(x) if np.isfinite(x) else None


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
