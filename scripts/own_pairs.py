"""False alarms and recall on the project's own renderings (drift/data/edits.tsv).

Each row of edits.tsv holds one English source sentence, an English paraphrase, its es/de/fr/ru
translations (120 rows zh/ja/ko too, reported apart) and a minimally edited English version with
another meaning. Every pair of the
faithful renderings of a row (source, paraphrase, translations; each pair once) should read as
equivalent; the edited version against each of the row's other renderings (paraphrase,
translations) should read as drift. These rows also train the projection and the calibration,
so the figures show how the rules behave on known data, not how the scorer generalises.

    .venv/bin/python scripts/own_pairs.py
"""

from __future__ import annotations

import csv
import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drift.score import Scorer  # noqa: E402

RENDERINGS = ("src", "para", "es", "de", "fr", "ru")
CJK = ("zh", "ja", "ko")


def main() -> None:
    rows = list(csv.DictReader(open(ROOT / "drift/data/edits.tsv", encoding="utf-8"), delimiter="\t"))
    faithful, drift = [], []
    for r in rows:
        texts = [r[k] for k in RENDERINGS if r.get(k)]
        faithful += list(itertools.combinations(texts, 2))
        if r.get("drift"):
            drift += [(r["drift"], t) for t in texts[1:]]
    scorer = Scorer()
    res = scorer.score_batch(faithful, show_progress=True)
    high = Counter(f.kind for x in res for f in x.findings if f.severity == "high")
    print(f"faithful pairs: {len(faithful)}; labelled drift {sum(x.label == 'drift' for x in res)}; "
          f"high-severity findings {sum(high.values())} {dict(sorted(high.items()))}")
    medium = Counter(f.kind for x in res for f in x.findings if f.severity == "medium")
    swaps = sum(1 for x in res for f in x.findings if "opposite order" in f.message)
    print(f"  medium findings {sum(medium.values())} {dict(sorted(medium.items()))}; "
          f"role-order findings {swaps}")
    res = scorer.score_batch(drift, show_progress=True)
    print(f"drift pairs: {len(drift)}; labelled drift {sum(x.label == 'drift' for x in res)}")
    for lang in CJK:  # 120 rows also have Chinese, Japanese and Korean renderings
        ref = [r for r in rows if (r.get(lang) or "").strip()]
        res = scorer.score_batch([(r[k], r[lang]) for r in ref for k in ("src", "para")])
        high = sum(any(f.severity == "high" for f in x.findings) for x in res)
        hit = sum(x.label == "drift" for x in scorer.score_batch([(r["drift"], r[lang]) for r in ref]))
        print(f"{lang}: faithful pairs {len(res)}, labelled drift {sum(x.label == 'drift' for x in res)}"
              f", with a high finding {high}; drift pairs {len(ref)}, labelled drift {hit}")
    print(f"signature: {scorer.signature}")


if __name__ == "__main__":
    main()
