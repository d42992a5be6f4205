"""Figures of the scorer on the held-out test split of scripts/make_pairs.py (never trained on).

Reports ROC AUC (drift vs faithful), by edit kind and for same-language vs cross-lingual pairs;
the share of faithful pairs labelled drift and with any medium or high finding; and the
word-level F1 of the findings' spans against the edits' known spans; Matthews correlation at
the drift threshold and AUC per language pair (those with 20 pairs of each label).

    python scripts/eval_heldout.py --pairs build/pairs/test.jsonl --n 3000 --mode learned
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

import numpy as np

from drift.align import word_spans
from drift.metrics import roc_auc
from drift.score import Scorer


def words(text: str) -> list[tuple[int, int]]:
    """The words span F1 counts: runs of word characters, combining marks included (a Hindi word
    with a vowel sign is one word, not two pieces)."""
    return word_spans(text)


def hit(span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def mcc(gold: np.ndarray, pred: np.ndarray) -> float:
    """Matthews correlation of two boolean arrays (WMT21's critical-error metric); 0 when a
    row or column of the confusion matrix is empty."""
    tp, tn = int((pred & gold).sum()), int((~pred & ~gold).sum())
    fp, fn = int((pred & ~gold).sum()), int((~pred & gold).sum())
    den = float(np.sqrt(float(tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)))
    return round((tp * tn - fp * fn) / den, 4) if den else 0.0


def score_sample(path: Path, n: int, seed: int, scorer: Scorer):
    """A seeded sample of `n` pairs of a make_pairs.py split, and the scorer's results on them
    (the same seed and n give the same pairs to every script)."""
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    rows = random.Random(seed).sample(rows, min(n, len(rows)))
    return rows, scorer.score_batch([(r["a"], r["b"]) for r in rows],
                                    langs=[(r["la"], r["lb"]) for r in rows], show_progress=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/pairs/test.jsonl"))
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--mode", default="learned", choices=["learned", "rules"])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--dump", type=Path, default=None, help="write per-pair results (JSONL)")
    args = ap.parse_args()
    scorer = Scorer(mode=args.mode)
    rows, res = score_sample(args.pairs, args.n, args.seed, scorer)
    y = np.array([r["label"] for r in rows])
    d = np.array([x.drift for x in res])
    cos = np.array([x.similarity for x in res])
    same = np.array([r["la"] == r["lb"] for r in rows])
    out = {"signature": scorer.signature, "pairs": len(rows), "drift_pairs": int(y.sum()),
           "auc": round(roc_auc(y, d), 4), "cosine_auc": round(roc_auc(y, -cos), 4)}
    for name, sel in (("same_language", same), ("cross_lingual", ~same)):
        f = sel & (y == 0)
        serious = np.array([any(g.severity in ("medium", "high") for g in x.findings) for x in res])
        out[name] = {"pairs": int(sel.sum()), "auc": round(roc_auc(y[sel], d[sel]), 4),
                     "cosine_auc": round(roc_auc(y[sel], -cos[sel]), 4),
                     "faithful_labelled_drift": round(float((d[f] >= scorer.threshold).mean()), 4),
                     "faithful_with_medium_or_high": round(float(serious[f].mean()), 4),
                     "drift_recall": round(float((d[sel & (y == 1)] >= scorer.threshold).mean()), 4)}
    pred = d >= scorer.threshold
    out["mcc"] = mcc(y == 1, pred)
    lps = defaultdict(list)
    for i, r in enumerate(rows):
        lps[f"{r['la']}-{r['lb']}"].append(i)
    out["by_language_pair"] = {k: {"pairs": len(ix), "auc": round(roc_auc(y[ix], d[ix]), 4)}
                               for k, ix in sorted(lps.items())
                               if min(int(y[ix].sum()), len(ix) - int(y[ix].sum())) >= 20}
    kinds = defaultdict(list)
    for i, r in enumerate(rows):
        if r["label"]:
            kinds[r["kind"]].append(i)
    faithful = np.where(y == 0)[0]
    out["by_kind"] = {k: {"pairs": len(ix), "auc": round(roc_auc(
        np.r_[np.ones(len(ix)), np.zeros(len(faithful))], np.r_[d[ix], d[faithful]]), 4),
        "recall": round(float((d[ix] >= scorer.threshold).mean()), 4)} for k, ix in sorted(kinds.items())}
    faithful_kinds = defaultdict(list)
    for i in faithful:
        faithful_kinds[rows[i]["kind"]].append(i)
    if len(faithful_kinds) > 1:  # e.g. scripts/editorial_pairs.py: "cut" and "whole"
        out["faithful_by_kind"] = {k: {"pairs": len(ix), "labelled_drift": round(float(
            (d[ix] >= scorer.threshold).mean()), 4)} for k, ix in sorted(faithful_kinds.items())}
    tp = fp = fn = 0
    for r, x in zip(rows, res):
        for side in ("a", "b"):
            if r[f"tags_{side}"] != "known":
                continue
            text = r[side]
            pred = [f.a_span if side == "a" else f.b_span for f in x.findings if f.severity != "info"]
            pred = [p for p in pred if p]
            for w in words(text):
                g, p = hit(w, r[f"spans_{side}"]), hit(w, pred)
                tp += g and p
                fp += p and not g
                fn += g and not p
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    out["span_word_f1"] = {"precision": round(prec, 4), "recall": round(rec, 4),
                           "f1": round(2 * prec * rec / max(1e-9, prec + rec), 4)}
    print(json.dumps(out, indent=1))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for r, x in zip(rows, res):
                f.write(json.dumps({"label": r["label"], "kind": r["kind"], "la": r["la"], "lb": r["lb"],
                                    "drift": x.drift, "model": x.features.get("pair_model"),
                                    "findings": [(g.kind, g.severity) for g in x.findings]}) + "\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
