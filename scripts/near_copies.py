"""Same-language near-copy pairs for the pair model: a sentence against its own edited copy
(drift; both sides' divergent words known from a character diff) or against a copy changed
only in form (faithful: contractions, number formatting, punctuation).

    python scripts/near_copies.py --pairs build/pairs --out build/pairs-near --n 12000
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
from pathlib import Path

import pair_edits as pe

FORM = [(r"\bdo not\b", "don't"), (r"\bdoes not\b", "doesn't"), (r"\bdid not\b", "didn't"),
        (r"\bwill not\b", "won't"), (r"\bis not\b", "isn't"), (r"\bare not\b", "aren't"),
        (r"\bcannot\b", "can't"), (r"\bit is\b", "it's"), (r"\bpercent\b", "%"),
        (r"(\d),(\d{3})\b", r"\1\2"), (r"\bapproximately\b", "about"), (r"\bSt\.", "Street"),
        (r", and\b", " and"), (r"\"", "'")]


def form_change(text: str, rng: random.Random) -> str | None:
    hits = [(p, r) for p, r in FORM if re.search(p, text)]
    if hits:
        p, r = rng.choice(hits)
        return re.sub(p, r, text, count=1)
    if text.endswith("."):
        return text[:-1]
    return None


def diff_spans(old: str, new: str) -> tuple[list, list]:
    """Character spans that differ, on each side, widened to whole words."""
    sa, sb = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op != "equal":
            if i2 > i1:
                sa.append(_word(old, i1, i2))
            if j2 > j1:
                sb.append(_word(new, j1, j2))
    return sa, sb


def _word(t: str, s: int, e: int) -> tuple[int, int]:
    while s > 0 and t[s - 1].isalnum():
        s -= 1
    while e < len(t) and t[e].isalnum():
        e += 1
    return s, e


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/pairs"))
    ap.add_argument("--out", type=Path, default=Path("build/pairs-near"))
    ap.add_argument("--n", type=int, default=12000)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for split, n in (("train", args.n), ("val", 1000), ("test", 2000)):
        rows = [json.loads(x) for x in open(args.pairs / f"{split}.jsonl", encoding="utf-8")]
        texts = [(r["a"], r["la"]) for r in rows if r["label"] == 0] + \
                [(r["b"], r["lb"]) for r in rows if r["label"] == 0]
        pool = {"cur": {}}
        for t, lg in texts:
            pool["cur"].setdefault(lg, []).append(t)
        pool["cur"]["names"] = sorted({w for t, lg in texts if lg == "en"
                                       for w in re.findall(r"(?<=\w )([A-Z][a-z]{2,})\b", t)})
        out = []
        while len(out) < n:
            t, lg = rng.choice(texts)
            r = rng.random()
            if r < 0.5:
                d = pe.make_drift(t, lg, t, lg, rng, pool)
                if d is None:
                    continue
                a, b = d[0], d[1]
                sa, sb = diff_spans(a, b)
                if not sa and not sb or a == b:
                    continue
                p = dict(a=a, b=b, la=lg, lb=lg, label=1, kind=d[6], src="near-copy",
                         spans_a=sa, spans_b=sb, tags_a="known", tags_b="known")
            else:
                b = form_change(t, rng) if r < 0.9 else t
                if b is None:
                    continue
                p = dict(a=t, b=b, la=lg, lb=lg, label=0, kind="faithful", src="near-copy",
                         spans_a=[], spans_b=[], tags_a="known", tags_b="known")
            if rng.random() < 0.5:
                p = dict(p, a=p["b"], b=p["a"], spans_a=p["spans_b"], spans_b=p["spans_a"])
            out.append(p)
        with open(args.out / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for p in out:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        print(split, len(out), sum(p["label"] for p in out))


if __name__ == "__main__":
    main()
