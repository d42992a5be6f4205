"""Every check over one aligned pair: the findings, merged and located, and the features the
rules scorer combines with them (drift.score calls `pair_findings` once per pair).

The checks themselves live in drift.checks, one module per kind; this module runs them in
order, lets the exact ones (numbers, dates, names) take their words before the content check
looks for unaligned runs, drops what lies inside an editor's [brackets], and turns a year or a
period on one side facing a lone figure on the other into one changed number or date.
"""

from __future__ import annotations

import re

import numpy as np

from drift.align import Alignment
from drift.checks import (
    Finding,
    Side,
    agreed_spans,
    at_ellipsis,
    check_content,
    check_countries,
    check_dates,
    check_editorial,
    check_edits,
    check_entities,
    check_hedges,
    check_negated_swap,
    check_negation,
    check_numbers,
    check_opposites,
    check_ordinals,
    check_pole_order,
    check_role_order,
    check_substitution,
    dates,
    make,
    merge_replacements,
    numbers,
    pair_lone_runs,
    qty_span,
)
from drift.checks.base import _overlaps, _span
from drift.checks.editorial import _BRACKET
from drift.lexicon import UNIT_FACTORS

# Two names aligned one-to-one count as the same name when they are spelled alike (with
# transliteration) or sit at least this close. Measured with the bundled model: Germany /
# Deutschland 0.83, Germany / Германия 0.95, Moscow / Москве 0.81; but different cities
# Geneva / Viena 0.72, Lisbon / Berlin 0.61.
NAME_SAME = 0.80
_PERIOD_SECONDS = {"year": 31536000.0, "month": 2592000.0, "week": 604800.0}


def pair_findings(a: Side, b: Side, al: Alignment, sem: Alignment, sim: float,
                  low_support: float, raw_low_support: float,
                  unread: tuple[list, list] = ([], [])) -> tuple[list[Finding], dict[str, float]]:
    """Every check over one aligned pair, and the features the rules scorer combines: rule
    findings on the plain alignment `al` (names, negation, counterparts); content findings and
    the semantic features on `sem`, the learned projection's alignment. `low_support` and
    `raw_low_support` are the calibrated support below which a word has no counterpart (on
    `sem` and on `al`). The words under `unread` (character spans of A and of B: an editor's
    work, drift.learned.editorial_spans) keep their findings but count in no feature."""
    neg = check_negation(a, b, al) + check_negated_swap(a, b, al)
    num = check_numbers(a, b) + check_ordinals(a, b)
    dat = check_dates(a, b)
    ent = check_entities(a, b, al, raw_low_support, NAME_SAME) + check_role_order(a, b, al)
    sub = check_substitution(a, b, al, low_support, sem) + check_opposites(a, b, al) \
        + check_pole_order(a, b, al) + check_hedges(a, b, al)
    ent += check_countries(a, b, ent + sub)
    agreed_a, agreed_b = agreed_spans(a, b)
    sub = [f for f in sub if not (f.severity == "low" and (  # "60-day" / "sesenta días"
        _overlaps(f.a_span or (0, 0), agreed_a) or _overlaps(f.b_span or (0, 0), agreed_b)))]
    fixed_a = {i for i, w in enumerate(a.words) if _overlaps(_span(w), agreed_a)}
    fixed_b = {j for j, w in enumerate(b.words) if _overlaps(_span(w), agreed_b)}
    taken = _covered(num + dat + ent, a, b) | {("a", a.words[i].start) for i in fixed_a} \
        | {("b", b.words[j].start) for j in fixed_b}
    content = check_content(a, b, sem, low_support, taken)
    inserted = {"a": _brackets(a.text), "b": _brackets(b.text)}  # an editor's [insertions]
    runs = [_run_len(f) for f in content if not _inside(f, inserted)
            and not _overlaps(f.a_span or (0, 0), unread[0]) and not _overlaps(f.b_span or (0, 0), unread[1])]
    edits = check_edits(a, b, taken, sem)  # one text edited: its word diff replaces the runs
    content = [f for f in content if not (_taken([f]) & _taken(edits))] + edits
    editorial = check_editorial(a, b)
    neg, num, dat, ent, sub, content = (
        [f for f in group if not _inside(f, inserted)]
        for group in (neg, num, dat, ent, sub, content))
    ca = [i for i, w in enumerate(a.words) if w.content and i not in fixed_a
          and not _overlaps(_span(w), unread[0])]
    cb = [j for j, w in enumerate(b.words) if w.content and j not in fixed_b
          and not _overlaps(_span(w), unread[1])]
    sup = np.concatenate([sem.support_a[ca], sem.support_b[cb]]) if ca or cb else np.ones(1)
    feats = {
        "one_minus_cos": 1 - sim,
        "one_minus_min_support": 1 - float(sup.min()) if sup.size else 0.0,
        "low_support_frac": float((sup < low_support).mean()) if sup.size else 0.0,
        "longest_low_run": min(max(runs, default=0), 6) / 6,
        "negation": float(len(neg)),
        "number": float(min(len(num), 3)),
        "date": float(min(len(dat), 3)),
        "entity": float(min(len(ent), 3)),
        "antonym": float(sum(1 for f in sub if f.severity == "high")),
        "length_ratio": abs(float(np.log((len(ca) + 1) / (len(cb) + 1)))),
    }
    num, dat = _year_for_count(num, dat, a, b)
    num, dat = _period_for_count(num, dat, a, b)
    found = merge_replacements(neg + num + dat + ent + sub + content, a, b, sem)
    found = at_ellipsis(pair_lone_runs(found, a, b, sem), a, b, sem)
    return found + editorial, feats


def _year_for_count(num: list[Finding], dat: list[Finding], a: Side, b: Side):
    """A four-digit figure read as a year on one side only ("2100 nouveaux logements") facing
    a lone figure on the other side ("1200 neue Wohnungen"): one changed number, not a date
    and a number each missing."""
    for f in [d for d in dat if d.severity == "medium"]:
        year_a = f.a_span is not None and f.b_span is None
        year_b = f.b_span is not None and f.a_span is None
        span, side = (f.a_span, a) if year_a else (f.b_span, b)
        text = side.text[span[0]:span[1]] if year_a or year_b else ""
        if not re.fullmatch(r"\d{4}", text):
            continue
        lone = next((n for n in num if n.severity == "medium" and (
            (year_a and n.b_span is not None and n.a_span is None)
            or (year_b and n.a_span is not None and n.b_span is None))), None)
        if lone is None:
            continue
        sa, sb = (f.a_span, lone.b_span) if year_a else (lone.a_span, f.b_span)
        other, other_span = (b, sb) if year_a else (a, sa)
        value = next((x[0] for x in numbers(other) if x[1] == other_span), None)
        if value is None or value < 1000:
            continue  # "the 1960s" / "六十年代" (the sixties): a decade, not a count
        num = [n for n in num if n is not lone]
        dat = [d for d in dat if d is not f]
        if value == int(text):
            continue  # "about 2,000 people" / "около 2000 человек": the same figure
        num.append(make("number", "high", a, b, sa, sb,
                        f"number differs: '{a.text[sa[0]:sa[1]]}' vs '{b.text[sb[0]:sb[1]]}'"))
    return num, dat


def _period_for_count(num: list[Finding], dat: list[Finding], a: Side, b: Side):
    """A period relative to now on one side only ("a year ago", "in a week") facing a lone
    span of time on the other ("six months ago"): one changed span of time, or none when
    the two are the same length."""
    for f in [d for d in dat if d.severity == "medium" and (d.a_span is None) != (d.b_span is None)]:
        side, span = (a, f.a_span) if f.a_span else (b, f.b_span)
        key = next((k for k, sp in dates(side) if sp == span), "")
        m = re.fullmatch(r"rel:(year|month|week)[+-]1", key)
        if not m:
            continue
        other = b if side is a else a
        lone = next((n for n in num if n.severity == "medium" and (
            (n.b_span if side is a else n.a_span) is not None)
            and (n.a_span if side is a else n.b_span) is None), None)
        if lone is None:
            continue
        lone_span = lone.b_span if side is a else lone.a_span
        x = next((x for x in numbers(other) if x[1] == lone_span), None)
        if x is None or not x[2] or UNIT_FACTORS.get(x[2], ("", 0))[0] != "s":
            continue
        seconds = x[0] * UNIT_FACTORS[x[2]][1]
        num = [n for n in num if n is not lone]
        dat = [d for d in dat if d is not f]
        if abs(seconds - _PERIOD_SECONDS[m.group(1)]) <= 0.03 * seconds:
            continue
        lone_span = qty_span(other.text, x)  # "six months", not "six"
        sa, sb = (span, lone_span) if side is a else (lone_span, span)
        dat.append(make("date", "high", a, b, sa, sb,
                        f"date differs: '{a.text[sa[0]:sa[1]]}' vs '{b.text[sb[0]:sb[1]]}'"))
    return num, dat


def _brackets(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BRACKET.finditer(text)]


def _inside(f: Finding, inserted: dict) -> bool:
    """A finding whose span lies within an editor's bracketed insertion ("[in Europe]"): the
    insertion is reported as editorial, its words are not drift."""
    for span, side in ((f.a_span, "a"), (f.b_span, "b")):
        if span and any(s <= span[0] and span[1] <= e for s, e in inserted[side]):
            return True
    return False


def _taken(findings: list[Finding]) -> set:
    out = set()
    for f in findings:
        if f.a_span:
            out.add(("a", f.a_span[0]))
        if f.b_span:
            out.add(("b", f.b_span[0]))
    return out


def _covered(findings: list[Finding], a: Side, b: Side) -> set:
    """("a"|"b", start) of every word under the findings' spans ("every morning": both)."""
    out = set()
    for f in findings:
        for which, side, span in (("a", a, f.a_span), ("b", b, f.b_span)):
            if span:
                out |= {(which, w.start) for w in side.words if span[0] <= w.start < span[1]}
    return out


def _run_len(f: Finding) -> int:
    text = f.a_text or f.b_text
    return len(text.split())
