"""Per-set figures over corpora/eval (and the development set): ROC AUC, recall at the
threshold on drift pairs, faithful pairs labelled drift, for one scorer mode.

    python scripts/eval_sets.py --mode learned --out build/sets-learned.json
    python scripts/eval_sets.py --compare build/sets-rules.json build/sets-learned.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from drift.metrics import roc_auc
from drift.pairs import read_pairs
from drift.score import Scorer

ROOT = Path(__file__).resolve().parents[1]


def figures(path: Path, scorer: Scorer) -> dict:
    rows = [r for r in read_pairs(path) if r.error is None]
    y = np.array([str(r.fields.get("label", "")).strip().lower() == "drift" for r in rows])
    res = scorer.score_batch([(r.a, r.b) for r in rows])
    d = np.array([x.drift for x in res])
    return {"pairs": len(rows), "drift_pairs": int(y.sum()), "auc": round(roc_auc(y, d), 4),
            "recall": round(float((d[y] >= scorer.threshold).mean()), 4),
            "faithful_drift": int((d[~y] >= scorer.threshold).sum()), "faithful": int((~y).sum())}


def compare(before: Path, after: Path) -> None:
    b, a = json.loads(before.read_text()), json.loads(after.read_text())
    print(f"{'set':34} {'AUC':>13} {'recall@0.5':>13} {'faithful→drift':>16}")
    tot = {"b": [0, 0, 0, 0], "a": [0, 0, 0, 0]}
    for name in sorted(set(b["sets"]) & set(a["sets"])):
        x, y = b["sets"][name], a["sets"][name]
        print(f"{name:34} {x['auc']:.3f}→{y['auc']:.3f}  {x['recall']:.3f}→{y['recall']:.3f}  "
              f"{x['faithful_drift']:4d}→{y['faithful_drift']:<4d} of {x['faithful']}")
        for k, v in (("b", x), ("a", y)):
            tot[k][0] += round(v["recall"] * v["drift_pairs"])
            tot[k][1] += v["drift_pairs"]
            tot[k][2] += v["faithful_drift"]
            tot[k][3] += v["faithful"]
    for k, label in (("b", before.name), ("a", after.name)):
        t = tot[k]
        print(f"{label}: drift pairs labelled drift {t[0]}/{t[1]}, faithful labelled drift {t[2]}/{t[3]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", default="learned", choices=["learned", "rules"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", type=Path, nargs=2)
    args = ap.parse_args()
    if args.compare:
        missing = [str(f) for f in args.compare if not f.is_file()]
        if missing:
            ap.error(f"no such file: {', '.join(missing)}; write it first with "
                     "scripts/eval_sets.py --mode MODE --out FILE")
        compare(*args.compare)
        return
    scorer = Scorer(mode=args.mode)
    sets = sorted((ROOT / "corpora/eval").glob("*.tsv")) + [ROOT.parent / "shared/dev/en-es-divergence.tsv"]
    out = {"signature": scorer.signature, "sets": {}}
    for p in sets:
        if p.exists():
            out["sets"][p.stem] = figures(p, scorer)
            print(p.stem, out["sets"][p.stem], flush=True)
    if args.out:
        args.out.write_text(json.dumps(out, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
