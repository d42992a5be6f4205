"""Figures of the scorer on the STS Benchmark pairs of scripts/make_sts.py (a split never trained on).

Reports ROC AUC of the drift score (drift: similarity at most 4.0; faithful: at least 4.6) for
English–English, same-language non-English and cross-lingual pairs, the plain cosine's AUC of the
same run, the share of faithful pairs labelled drift, and the rank correlation (Spearman) of the
drift score with the human dissimilarity (5 − score) over the pairs scored 2 or more (the near
paraphrases; rows in between the two labels count here too). Pairs of kind `sts-translation`
(one sentence in two languages, `make_sts.py --translations`) are faithful and reported apart.

    python scripts/eval_sts.py --pairs build/sts/test.jsonl --mode learned
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from jsonl_rows import read_rows
from scipy.stats import spearmanr

from drift.metrics import roc_auc
from drift.score import Scorer


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    return float(spearmanr(x, y).statistic)


def figures(rows: list[dict], drift: np.ndarray, cos: np.ndarray, labels: list[str]) -> dict:
    tr = np.array([r["kind"] == "sts-translation" for r in rows])
    out: dict = {}
    if tr.any():
        out["translations"] = {
            "pairs": int(tr.sum()),
            "faithful_labelled_drift": round(float(np.mean([labels[i] == "drift"
                                                            for i in np.where(tr)[0]])), 4),
            "mean_drift": round(float(drift[tr].mean()), 4)}
        keep = np.where(~tr)[0]
        rows, drift, cos, labels = [rows[i] for i in keep], drift[keep], cos[keep], [labels[i] for i in keep]
    y = np.array([r["label"] for r in rows])
    score = np.array([r["score"] for r in rows])
    group = np.array(["en-en" if r["la"] == r["lb"] == "en" else "same" if r["la"] == r["lb"]
                      else "cross" for r in rows])
    for name, sel in (("all", np.ones(len(rows), bool)), ("en-en", group == "en-en"),
                      ("same", group == "same"), ("cross", group == "cross")):
        lab = sel & (y >= 0)
        near = sel & (score >= 2)
        faithful = sel & (y == 0)
        out[name] = {
            "pairs": int(lab.sum()), "drift_pairs": int((lab & (y == 1)).sum()),
            "auc": round(roc_auc(y[lab], drift[lab]), 4),
            "cosine_auc": round(roc_auc(y[lab], -cos[lab]), 4),
            "faithful_labelled_drift": round(float(np.mean([labels[i] == "drift"
                                                            for i in np.where(faithful)[0]])), 4),
            "drift_found": round(float(np.mean([labels[i] == "drift"
                                                for i in np.where(lab & (y == 1))[0]])), 4),
            "spearman_near": round(spearman(drift[near], 5 - score[near]), 4),
            "cosine_spearman_near": round(spearman(-cos[near], 5 - score[near]), 4),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/sts/test.jsonl"))
    ap.add_argument("--mode", default="learned", choices=["learned", "rules"])
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--dump", type=Path, default=None, help="write per-pair results (JSONL)")
    args = ap.parse_args()
    rows = read_rows(args.pairs, ("a", "b", "la", "lb", "label", "kind", "score"),
                     "scripts/make_sts.py (build/sts/test.jsonl)", ap.error)
    scorer = Scorer(mode=args.mode)
    res = scorer.score_batch([(r["a"], r["b"]) for r in rows],
                             langs=[(r["la"], r["lb"]) for r in rows], show_progress=True)
    drift = np.array([x.drift for x in res])
    cos = np.array([x.similarity for x in res])
    out = {"signature": scorer.signature, "pairs_file": str(args.pairs),
           **figures(rows, drift, cos, [x.label for x in res])}
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for r, x in zip(rows, res):
                f.write(json.dumps({**r, "drift": x.drift, "similarity": x.similarity,
                                    "verdict": x.label}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
