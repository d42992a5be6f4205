"""Pairs with an editor's cut: a held-out split of scripts/make_pairs.py made into quotes of two
or three sentences where one rendering leaves a sentence out, with an ellipsis or without.

drift's contract (docs/reference.md, editorial findings): words that sit where the other text has
an ellipsis were cut by an editor and are not drift; a sentence left out with no mark is an
omission. Each written pair is a JSON line in make_pairs.py's format, with `kind`:

- "cut" (label 0): two faithful pairs joined; one side keeps the first sentence only and ends
  with "…", or (three pairs) keeps the first and last with "…" between them;
- "omitted" (label 1): the same texts with no ellipsis;
- "whole" (label 0): the same faithful pairs joined on both sides, nothing left out;
- "edit and cut" (label 1): as "cut", but the first pair is a drift pair (its edit is kept);
- "edit" (label 1): the same edited texts joined on both sides, nothing left out.

"whole" and "edit" are the controls: what the scorer reads in the joined texts with no cut.

The joined pairs share a language pair and a corpus and come from the same split, so nothing
in them was trained on. The side that loses the sentence alternates.

    python scripts/editorial_pairs.py --pairs build/pairs/test.jsonl --out build/editorial-test.jsonl
    python scripts/eval_heldout.py --pairs build/editorial-test.jsonl --n 100000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from jsonl_rows import read_rows

NO_SPACE = {"zh", "ja", "th", "lo", "km", "my"}  # written without spaces between sentences


def join(parts: list[str], lang: str) -> str:
    sep = "" if lang in NO_SPACE else " "
    return sep.join(p.strip() for p in parts)


def shifted(spans: list, by: int) -> list:
    return [[s + by, e + by] for s, e in spans]


def build(first: dict, rest: list[dict], kind: str, cut_side: str) -> dict:
    """One pair: `first` and the faithful pairs `rest` joined on the full side; on the cut
    side the second of them is left out (with "…" unless kind is "omitted"; nothing is left
    out in "whole" and "edit")."""
    full, cut = ("b", "a") if cut_side == "a" else ("a", "b")
    lang = {s: first[f"l{s}"] for s in "ab"}
    texts = {full: join([first[full]] + [r[full] for r in rest], lang[full])}
    kept = [first[cut]] + ([rest[1][cut]] if len(rest) > 1 else [])
    mark = "" if kind == "omitted" else "…"
    if kind in ("whole", "edit"):
        texts[cut] = join([first[cut]] + [r[cut] for r in rest], lang[cut])
    elif len(kept) == 1:
        texts[cut] = kept[0].strip() + (" " + mark if mark and lang[cut] not in NO_SPACE else mark)
    else:
        texts[cut] = join([kept[0], mark, kept[1]] if mark else kept, lang[cut])
    row = {"a": texts["a"], "b": texts["b"], "la": lang["a"], "lb": lang["b"],
           "label": 0 if kind in ("cut", "whole") else 1, "kind": kind, "src": first.get("src", ""),
           "spans_a": first["spans_a"], "spans_b": first["spans_b"],
           "tags_a": first["tags_a"], "tags_b": first["tags_b"]}
    if kind == "omitted":  # the left-out sentence is the drift: its words on the full side
        sep = 0 if lang[full] in NO_SPACE else 1
        start = len(first[full].strip()) + sep
        end = start + len(rest[0][full].strip())
        row[f"spans_{full}"] = [[start, end]]
        row[f"spans_{cut}"] = []
        row["tags_a"] = row["tags_b"] = "known"
    return row


FIELDS = ("a", "b", "la", "lb", "label", "src", "spans_a", "spans_b", "tags_a", "tags_b")


def draws(pool: list[dict], faithful: dict, n: int, rng: random.Random):
    """`n` (first pair, faithful pairs to join, side to cut): one pair to join and two in
    turn, the cut side alternating every two."""
    made = 0
    for first in rng.sample(pool, len(pool)):
        mates = [r for r in faithful[(first["la"], first["lb"])]
                 if r["src"] == first["src"] and r["a"] != first["a"]]
        k = 1 + made % 2
        if len(mates) < k:
            continue
        yield first, rng.sample(mates, k), "ab"[made // 2 % 2]
        made += 1
        if made == n:
            return


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/pairs/test.jsonl"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--n", type=int, default=300, help="pairs of each kind")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rows = read_rows(args.pairs, FIELDS, "scripts/make_pairs.py", lambda m: sys.exit(f"editorial_pairs: {m}"))
    rng = random.Random(args.seed)
    faithful, edited = defaultdict(list), []
    for r in rows:
        if r["label"] == 0:
            faithful[(r["la"], r["lb"])].append(r)
        elif r.get("orig_a") is not None:
            edited.append(r)
    out = []
    pool = [r for v in faithful.values() for r in v]
    for first, rest, side in draws(pool, faithful, args.n, rng):  # the same texts, with and without "…"
        out += [build(first, rest, kind, side) for kind in ("cut", "omitted", "whole")]
    for first, rest, side in draws(edited, faithful, args.n, rng):
        out += [build(first, rest, kind, side) for kind in ("edit and cut", "edit")]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = defaultdict(int)
    for r in out:
        counts[r["kind"]] += 1
    print(json.dumps({"out": str(args.out), **counts}))


if __name__ == "__main__":
    main()
