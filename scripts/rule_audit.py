"""Each check family's false-alarm rate on faithful pairs and its hit rate on drift pairs.

Reads the held-out test split made by scripts/make_pairs.py (never trained on) and scores a sample
with the scorer; per finding kind and severity it counts the faithful pairs with such a finding
(false alarms) and the drift pairs with one (hits), overall and by the edit's kind.

    python scripts/rule_audit.py --pairs build/pairs/test.jsonl --n 4000 --mode rules
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from eval_heldout import score_sample  # scripts/ is on the path when run as a script

from drift.score import Scorer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/pairs/test.jsonl"))
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--mode", default="rules", choices=["rules", "learned"])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="write per-pair findings (JSONL)")
    args = ap.parse_args()
    scorer = Scorer(mode=args.mode)
    rows, res = score_sample(args.pairs, args.n, args.seed, scorer)
    fa: Counter = Counter()
    hit: Counter = Counter()
    by_edit: dict = defaultdict(Counter)
    n_f = sum(1 for r in rows if not r["label"])
    n_d = len(rows) - n_f
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        f = open(args.out, "w", encoding="utf-8")
    for r, x in zip(rows, res):
        fams = {(f.kind, f.severity) for f in x.findings if f.severity in ("medium", "high")}
        fams |= {(k, "any") for k, s in fams}
        (hit if r["label"] else fa).update(fams)
        if r["label"]:
            by_edit[r["kind"]].update(k for k, s in fams if s == "high")
        if args.out:
            f.write(json.dumps({"label": r["label"], "kind": r["kind"], "drift": x.drift,
                                "findings": [(g.kind, g.severity) for g in x.findings]}) + "\n")
    print(f"{scorer.signature}\nfaithful {n_f}, drift {n_d}")
    print(f"{'family':28} {'faithful %':>10} {'drift %':>8}")
    for k in sorted(set(fa) | set(hit)):
        print(f"{k[0] + ' ' + k[1]:28} {100 * fa[k] / max(1, n_f):10.2f} {100 * hit[k] / max(1, n_d):8.2f}")
    lab = Counter((r["label"], x.label) for r, x in zip(rows, res))
    print(f"faithful labelled drift {100 * lab[(0, 'drift')] / max(1, n_f):.2f}%; "
          f"drift pairs labelled drift {100 * lab[(1, 'drift')] / max(1, n_d):.2f}%")
    print("high findings on drift pairs by edit kind:")
    for kind, c in sorted(by_edit.items()):
        print(f"  {kind:14} {dict(c.most_common(4))}")


if __name__ == "__main__":
    main()
