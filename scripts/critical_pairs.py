"""Real machine translations with and without a critical error, split like make_pairs.py.

The WMT21 critical-error data (`../shared/data/mlqe_pe/wmt21_critical_error_detection.tsv`:
English Wikipedia talk-page comments machine-translated into Czech, German, Japanese and Chinese,
each translation labelled ERR or NOT by a majority of three annotators) is the one set in
`../shared/data` of real translation errors judged by people with error-free translations of the
same kind of text beside them: the errors are real (a mistranslated name, number or negation, a
toxic word added or lost), and so are the error-free translations. Each
source sentence goes to train, validation or test by the same hash `make_pairs.py` uses (its
key, `wmt21:` and the normalised source, is the one `make_pairs.py` splits its ERR rows by), so
the validation and test files here hold no source the shipped model was trained on.

    python scripts/critical_pairs.py --out build/critical

writes critical-{train,val,test}.jsonl (pairs in make_pairs.py's format: `label` 1 for ERR,
`kind` `critical` or `faithful`, no known spans; the translations detokenized like make_pairs.py's)
for `scripts/eval_heldout.py --pairs`. NOT means "no critical error", not "faithful": a NOT
translation may still be clumsy or slightly off.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_pairs import WMT21 as FILE  # noqa: E402
from make_pairs import bucket, wmt21_pair  # noqa: E402


def critical_pairs(path: Path) -> dict[str, list[dict]]:
    """The file's rows as pairs, by split; a repeated (source, translation) keeps its first row."""
    splits: dict[str, list[dict]] = {"train": [], "val": [], "test": []}
    seen = set()
    with open(path, encoding="utf-8", newline="") as f:
        for line, r in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            if r.get("label") not in ("ERR", "NOT"):
                raise ValueError(f"{path}:{line}: label is {r.get('label')!r}, expected ERR or NOT")
            if (r["src"], r["mt"]) in seen:
                continue
            seen.add((r["src"], r["mt"]))
            key, pair = wmt21_pair(r)
            splits[bucket(key)].append(pair | {"wmt_split": r["split"], "annotators": r["annotator_scores"]})
    return splits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("build/critical"))
    args = ap.parse_args()
    path = args.data / FILE
    if not path.exists():
        sys.exit(f"error: {path} not found; give --data the folder that holds {FILE}")
    try:
        splits = critical_pairs(path)
    except ValueError as e:
        sys.exit(f"error: {e}")
    args.out.mkdir(parents=True, exist_ok=True)
    stats = {}
    for sp, pairs in splits.items():
        with open(args.out / f"critical-{sp}.jsonl", "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        counts = Counter(f"{p['la']}-{p['lb']} {'ERR' if p['label'] else 'NOT'}" for p in pairs)
        stats[sp] = {"pairs": len(pairs), **dict(sorted(counts.items()))}
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
