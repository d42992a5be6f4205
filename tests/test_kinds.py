"""Case tables per finding kind: tests/cases/<kind>.tsv, one row per pair (English↔English and
English↔ru/de/fr/es). Adding a case for a check is adding a row to its kind's table.

The `expect` column says what the row asserts about findings of the table's kind:
- found: one is made, the label is not `equivalent`, and the highest-severity finding covers
  one of `words` (on either side): the span is on the edit;
- high: a high one is made, and the first one's A text contains `words`;
- clean: no medium or high finding of any kind (a faithful translation);
- no-high: no high one (exonyms, translated parts of names).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"
SEVERITY = {"info": 0, "low": 1, "medium": 2, "high": 3}
EXPECTS = ("found", "high", "clean", "no-high")


def _rows() -> list:
    out = []
    for path in sorted(CASES.glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as f:
            for line, row in enumerate(csv.DictReader(f, delimiter="\t"), 2):
                assert row["expect"] in EXPECTS, f"{path.name}:{line}: expect {row['expect']!r}"
                out.append(pytest.param(path.stem, row["expect"], row["a"], row["b"],
                                        row["words"] or "", id=f"{path.stem}:{line}"))
    return out


def _covers(f, a, b, target):
    """The finding's span on either side overlaps one of the edited words."""
    spans = [a[f.a_span[0]:f.a_span[1]] if f.a_span else "", b[f.b_span[0]:f.b_span[1]] if f.b_span else ""]
    words = target.lower().split()
    return any(w in t.lower() or t.lower() in words for t in spans if t for w in words)


def test_every_kind_has_a_table_with_both_directions():
    kinds = {p.stem for p in CASES.glob("*.tsv")}
    assert {"negation", "number", "date", "entity", "omission", "addition", "substitution"} <= kinds


@pytest.mark.parametrize("kind,expect,a,b,words", _rows())
def test_case(scorer, kind, expect, a, b, words):
    r = scorer.score(a, b)
    mine = [f for f in r.findings if f.kind == kind]
    if expect == "found":
        assert mine, [(f.kind, f.a_text, f.b_text) for f in r.findings]
        assert r.label != "equivalent", r.drift
        top = max(r.findings, key=lambda f: SEVERITY[f.severity])
        assert _covers(top, a, b, words), (top, words)
    elif expect == "high":
        hits = [f for f in mine if f.severity == "high"]
        assert hits and words in hits[0].a_text, r.findings
    elif expect == "clean":
        serious = [f for f in r.findings if f.severity in ("medium", "high")]
        assert not serious, serious
    else:
        assert not [f for f in mine if f.severity == "high"], r.findings


def test_a_changed_name_is_still_found_beside_exonyms(scorer):
    r = scorer.score("The delegation flew from Sweden to Turkey on Monday.",
                     "La delegación voló de Suecia a Grecia el lunes.")
    assert any(f.kind == "entity" and "Turkey" in f.a_text for f in r.findings), r.findings
