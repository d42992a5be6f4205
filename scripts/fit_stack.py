"""Fit the stack: the pair model's logit with cheap alignment features and the checks' finding
counts, in one logistic regression, on the validation split of scripts/make_pairs.py (never the
test split, never ../shared/dev). Writes drift/data/pairmodel/stack.json only when 5-fold
cross-validated ROC AUC on the validation pairs beats the pair model alone.

    python scripts/fit_stack.py --pairs build/pairs/val.jsonl
    python scripts/fit_stack.py --pairs build/pairs/val.jsonl build/pairs-nw/near-val.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from drift.metrics import roc_auc
from drift.pairmodel import weights_dir
from drift.score import Scorer

FEATURES = ["pair_logit", "one_minus_cos", "one_minus_min_support", "low_support_frac",
            "longest_low_run", "length_ratio", "negation", "number", "date", "entity", "antonym"]


def prior_shift(fitted: float, wanted: float) -> float:
    """What to add to a logit fitted with `fitted` positives so that it reads as a probability
    under `wanted` positives (Bayes: the log prior odds change)."""
    return float(np.log(wanted / (1 - wanted)) - np.log(fitted / (1 - fitted)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, nargs="+", default=[Path("build/pairs/val.jsonl")],
                    help="validation pairs (several files are fitted as one set)")
    ap.add_argument("--out", type=Path, default=weights_dir() / "stack.json")
    ap.add_argument("--features", default=",".join(FEATURES))
    ap.add_argument("--prior", type=float, default=0.2,
                    help="share of drift pairs the intercept is set for (the validation split "
                         "holds about half; in use most renderings are faithful)")
    args = ap.parse_args()
    missing = [str(p) for p in args.pairs if not p.is_file()]
    if missing:
        ap.error(f"no such file: {', '.join(missing)}; make it with scripts/make_pairs.py")
    feats = args.features.split(",")
    rows = [json.loads(x) for p in args.pairs for x in open(p, encoding="utf-8")]
    scorer = Scorer(mode="learned", use_stack=False)
    res = scorer.score_batch([(r["a"], r["b"]) for r in rows], langs=[(r["la"], r["lb"]) for r in rows],
                             show_progress=True)
    X = np.array([[x.features.get(k, 0.0) for k in feats] for x in res])
    y = np.array([r["label"] for r in rows])
    mean, scale = X.mean(0), X.std(0) + 1e-6
    Z = (X - mean) / scale
    cv = np.zeros(len(y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(Z, y):
        cv[te] = LogisticRegression(C=1.0, max_iter=1000).fit(Z[tr], y[tr]).decision_function(Z[te])
    alone, stacked = roc_auc(y, X[:, 0]), roc_auc(y, cv)
    fa_alone = float((X[y == 0, 0] >= 0).mean())
    fa_stack = float((cv[y == 0] >= 0).mean())
    print(f"validation pairs {len(y)}: model alone AUC {alone:.4f} (faithful labelled drift "
          f"{100 * fa_alone:.2f}%), stacked 5-fold AUC {stacked:.4f} ({100 * fa_stack:.2f}%)")
    lr = LogisticRegression(C=1.0, max_iter=1000).fit(Z, y)
    for k, w in zip(feats, lr.coef_[0]):
        print(f"  {k:24} {w:+.3f}")
    if stacked <= alone:
        print("the stack does not beat the model alone: not written")
        return
    bias = float(lr.intercept_[0]) + prior_shift(float(y.mean()), args.prior)
    args.out.write_text(json.dumps({"features": feats, "weights": [round(float(w), 6) for w in lr.coef_[0]],
                                    "bias": round(bias, 6), "prior": args.prior,
                                    "mean": [round(float(m), 6) for m in mean],
                                    "scale": [round(float(s), 6) for s in scale],
                                    "fitted_on": f"{', '.join(p.name for p in args.pairs)} ({len(y)} pairs)",
                                    "cv_auc": round(stacked, 4), "model_alone_auc": round(alone, 4)},
                                   indent=1) + "\n", "utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
