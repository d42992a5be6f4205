"""False alarms and hits of the number check on held-out pairs whose texts hold numbers written
with symbols (scientific notation, vulgar fractions, circled digits, superscript powers, Roman
numerals after chapter words, areas and volumes): the only pairs the symbol reading changes.

    python scripts/number_symbols_audit.py --pairs build/pairs/test.jsonl [--val build/pairs/val.jsonl]

Prints, for faithful and drift pairs, how many hold such a number and how many get a medium or
high number finding.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

from drift.score import Scorer

_SYMBOLS = re.compile(r"\d[eE][+-]?\d|10\^|×\s?10|\b(?:chapter|part|article|section|volume|book|"
                      r"kapitel|teil|chapitre|capítulo|глава|часть)\s+[IVXLC]+\b|[a-zµ][²³]",
                      re.IGNORECASE)


def has_symbol_number(text: str) -> bool:
    return bool(_SYMBOLS.search(text)) or any(
        unicodedata.category(c) == "No" and unicodedata.numeric(c, None) is not None for c in text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=Path, nargs="+", default=[Path("build/pairs/test.jsonl")])
    args = ap.parse_args()
    rows = [json.loads(x) for p in args.pairs for x in p.read_text("utf-8").splitlines()]
    picked = [r for r in rows if has_symbol_number(r["a"]) or has_symbol_number(r["b"])]
    scorer = Scorer()
    results = scorer.score_each([(r["a"], r["b"]) for r in picked],
                                langs=[(r.get("la"), r.get("lb")) for r in picked])
    for label, name in ((0, "faithful"), (1, "drift")):
        sel = [(r, x) for r, x in zip(picked, results) if r["label"] == label]
        flagged = [(r, x) for r, x in sel if any(f.kind == "number" and f.severity in ("medium", "high")
                                                 for f in getattr(x, "findings", []))]
        total = sum(1 for r in rows if r["label"] == label)
        print(f"{name}: {total} pairs, {len(sel)} with a number written with symbols, "
              f"{len(flagged)} of them with a medium/high number finding")
        for r, x in flagged:
            f = next(f for f in x.findings if f.kind == "number")
            print(f"   {f.severity}: {f.a_text!r} / {f.b_text!r}   | {r['a'][:70]!r} / {r['b'][:70]!r}")
    print(f"signature: {scorer.signature}")


if __name__ == "__main__":
    main()
