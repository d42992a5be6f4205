"""Span quality: does the highest-severity finding of a drift pair point at the edited words?

The evaluation files in corpora/eval are built from sources: each drift pair's `a` is a minimal
edit of a rendering that also appears in the file (the `original` row with the same `b`, or,
for the English quote variants, the rendering its equivalents are compared with). The edit is
recovered with a word diff against that rendering:

- words the edit inserted or replaced: the top finding must overlap them on side A;
- a pure deletion: nothing on A is new, so the top finding must point at side B only (the
  words of B that lost their counterpart).

Where the edit is in the translation instead (heldout27-ui: the `original` row with the same
`a` holds the faithful `b`), the same is asked of side B.

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


def source_of(rows, row) -> tuple[str, str] | None:
    """("a", the rendering the drift row's `a` was edited from), or ("b", the faithful `b`
    the row's `b` was edited from)."""
    for r in rows:
        if r.fields.get("kind") == "original" and r.b == row.b:
            return "a", r.a
    # English quote variants: the drift row pairs the edit of rendering 1 with rendering 2;
    # rendering 1 is the `b` of the equivalent row whose `a` is rendering 2
    for r in rows:
        if r.fields.get("label") == "equivalent" and r.a == row.b:
            return "a", r.b
    for r in rows:  # an error in the translation: the faithful translation of the same `a`
        if r.fields.get("kind") == "original" and r.a == row.a and r.b != row.b:
            return "b", r.b
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
        for (r, (side, src)), res in zip(cases, results):
            edited = r.a if side == "a" else r.b
            spans = edited_spans(src, edited)
            top = next((f for f in res.findings if f.severity != "info"), None)
            if top is None:
                if misses:
                    print(f"  MISS (no finding) edit {[edited[s:e] for s, e in spans]} | {edited}")
                continue
            own, other = (top.a_span, top.b_span) if side == "a" else (top.b_span, top.a_span)
            if spans:
                hit = own is not None and any(s < own[1] and own[0] < e for s, e in spans)
            else:
                hit = own is None and other is not None
            hits += hit
            if misses and not hit:
                print(f"  MISS edit {[edited[s:e] for s, e in spans]} top {top.kind}/{top.severity}: "
                      f"{top.message}\n       | {r.a}\n       | {r.b}")
        total_hits += hits
        total += len(cases)
        print(f"{path}: {hits}/{len(cases)} drift pairs with the top finding on the edit "
              f"({hits / max(1, len(cases)):.0%})")
    print(f"all: {total_hits}/{total} ({total_hits / max(1, total):.0%})")


if __name__ == "__main__":
    main()
