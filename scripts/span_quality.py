"""Span quality: does the highest-severity finding of a drift pair point at the edited words?

The evaluation files in corpora/eval are built from sources: each drift pair's `a` is a minimal
edit of a rendering that also appears in the file (the `original` row with the same `b`, or,
for the English quote variants, the rendering its equivalents are compared with). The edit is
recovered with a word diff against that rendering:

- words the edit inserted or replaced: the top finding must overlap them on side A;
- a pure deletion: nothing on A is new, so the top finding must point at side B only (the
  words of B that lost their counterpart).

    .venv/bin/python scripts/span_quality.py corpora/eval/*.tsv
    .venv/bin/python scripts/span_quality.py --misses FILE   # also print each miss
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drift.pairs import read_pairs  # noqa: E402
from drift.score import Scorer  # noqa: E402

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def source_of(rows, row) -> str | None:
    """The rendering the drift row's `a` was edited from."""
    for r in rows:
        if r.fields.get("kind") == "original" and r.b == row.b:
            return r.a
    # English quote variants: the drift row pairs the edit of rendering 1 with rendering 2;
    # rendering 1 is the `b` of the equivalent row whose `a` is rendering 2
    for r in rows:
        if r.fields.get("label") == "equivalent" and r.a == row.b:
            return r.b
    return None


def edited_spans(src: str, edit: str) -> list[tuple[int, int]]:
    """Character spans of `edit` covering the words a diff against `src` inserted or replaced."""
    a = [(m.group().lower(), m.span()) for m in _WORD.finditer(src)]
    b = [(m.group().lower(), m.span()) for m in _WORD.finditer(edit)]
    sm = difflib.SequenceMatcher(None, [w for w, _ in a], [w for w, _ in b], autojunk=False)
    out = []
    for op, _, _, j1, j2 in sm.get_opcodes():
        if op in ("replace", "insert") and j2 > j1:
            out.append((b[j1][1][0], b[j2 - 1][1][1]))
    return out


def main() -> None:
    scorer = Scorer()
    total_hits = total = 0
    args = sys.argv[1:]
    misses = "--misses" in args
    for path in (a for a in args if a != "--misses"):
        rows = list(read_pairs(Path(path)))
        drift = [r for r in rows if r.fields.get("label") == "drift"]
        cases = [(r, source_of(rows, r)) for r in drift]
        cases = [(r, s) for r, s in cases if s]
        results = scorer.score_batch([(r.a, r.b) for r, _ in cases])
        hits = 0
        for (r, src), res in zip(cases, results):
            spans = edited_spans(src, r.a)
            top = next((f for f in res.findings if f.severity != "info"), None)
            if top is None:
                if misses:
                    print(f"  MISS (no finding) edit {[r.a[s:e] for s, e in spans]} | {r.a}")
                continue
            if spans:
                hit = top.a_span is not None and any(s < top.a_span[1] and top.a_span[0] < e
                                                     for s, e in spans)
            else:
                hit = top.a_span is None and top.b_span is not None
            hits += hit
            if misses and not hit:
                print(f"  MISS edit {[r.a[s:e] for s, e in spans]} top {top.kind}/{top.severity}: "
                      f"{top.message}\n       | {r.a}\n       | {r.b}")
        total_hits += hits
        total += len(cases)
        print(f"{path}: {hits}/{len(cases)} drift pairs with the top finding on the edit "
              f"({hits / max(1, len(cases)):.0%})")
    print(f"all: {total_hits}/{total} ({total_hits / max(1, total):.0%})")


if __name__ == "__main__":
    main()
