"""Does a check family earn its place next to the pair model? For each (kind, severity) of the
rules' findings (scripts/rule_audit.py --out) joined with the pair model's probabilities on the
same pairs (scripts/eval_heldout.py --dump, same --n and --seed), the held-out ROC AUC and the
faithful pairs labelled drift with the family joined by noisy-OR, against the model alone.

    python scripts/family_gain.py build/audit-rules.jsonl build/heldout-learned.jsonl
"""

from __future__ import annotations

import json
import sys

import numpy as np

from drift.metrics import roc_auc
from drift.score import CHECK_CONFIDENCE


def main() -> None:
    rules = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
    model = [json.loads(x) for x in open(sys.argv[2], encoding="utf-8")]
    assert len(rules) == len(model) and all(r["label"] == m["label"] for r, m in zip(rules, model))
    y = np.array([m["label"] for m in model])
    p = np.array([m["model"] for m in model])
    fams = sorted({(k, s) for r in rules for k, s in r["findings"] if s in ("medium", "high")})
    print(f"model alone: AUC {roc_auc(y, p):.4f}, "
          f"faithful labelled drift {100 * (p[y == 0] >= 0.5).mean():.2f}%, "
          f"drift recall {100 * (p[y == 1] >= 0.5).mean():.2f}%")
    print(f"{'family':24} {'fires on faithful %':>20} {'AUC':>8} {'faithful→drift %':>17} {'recall %':>9}")
    for fam in fams:
        n = np.array([sum(1 for k, s in r["findings"] if (k, s) == fam) for r in rules])
        q = 1 - (1 - p) * (1 - CHECK_CONFIDENCE) ** n
        print(f"{fam[0] + ' ' + fam[1]:24} {100 * (n[y == 0] > 0).mean():20.2f} {roc_auc(y, q):8.4f} "
              f"{100 * (q[y == 0] >= 0.5).mean():17.2f} {100 * (q[y == 1] >= 0.5).mean():9.2f}")


if __name__ == "__main__":
    main()
