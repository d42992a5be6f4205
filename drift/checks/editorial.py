"""Editorial changes: hedges ("reportedly", "may"), conditionals, an ellipsis that cuts a quote.

Catches a hedge added or dropped and quoted text cut at an ellipsis; must not fire on a hedge
both renderings carry in their own words."""

from __future__ import annotations

import re

from drift.align import Alignment
from drift.checks.base import (
    Finding,
    Side,
    _cut,
    _span,
    _word_index,
    make,
)
from drift.checks.negation import (
    counterpart,
)
from drift.lexicon import CONDITIONAL, HEDGE_PHRASES, HEDGES

_BRACKET = re.compile(r"\[[^\]]{1,80}\]")
_ELLIPSIS = re.compile(r"\.\.\.|…")

_HEDGE_RX = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in HEDGE_PHRASES.items()}


def hedges(side: Side) -> list[tuple[int, int]]:
    """Spans of the words and phrases that present a claim as reported ("allegedly", "is said
    to", "presuntamente", "aurait tiré", "soll … haben", "якобы")."""
    words = HEDGES.get(side.lang, set())
    out = [_span(w) for w in side.words if w.text.lower() in words]
    rx = _HEDGE_RX.get(side.lang)
    return out + ([m.span() for m in rx.finditer(side.text)] if rx else [])


def check_hedges(a: Side, b: Side, al: Alignment) -> list[Finding]:
    """A hedge on one side only: the other rendering states as fact what this one reports as
    a claim ("The minister allegedly accepted bribes" / "El ministro aceptó sobornos")."""
    ha, hb = hedges(a), hedges(b)
    ha = [s for s in ha if not _shared_conditional(a, s, b)]
    hb = [s for s in hb if not _shared_conditional(b, s, a)]
    if bool(ha) == bool(hb):
        return []
    src, dst, spans, which = (a, b, ha, "a") if ha else (b, a, hb, "b")
    span = spans[0]
    there = counterpart(src, dst, span, al, which) if _word_index(src, span) is not None else None
    sa, sb = (span, there) if which == "a" else (there, span)
    side = "A" if which == "a" else "B"
    return [make("substitution", "high", a, b, sa, sb,
                 f"'{_cut(src.text, span)}' in {side} reports a claim; the other rendering "
                 "states it as a fact")]


def _shared_conditional(side: Side, span: tuple[int, int], other: Side) -> bool:
    """A hedge made of a conditional ("aurait échoué") whose other side has a conditional
    too ("would have failed"): a plain conditional, not hearsay."""
    word = _cut(side.text, span).lower().split()[0] if span else ""
    if word not in CONDITIONAL.get(side.lang, set()) and word not in ("soll", "sollen"):
        return False
    if _REPORTING.search(side.text[:span[0]]):
        return True  # "a déclaré que … serait achevée": the future of reported speech
    return any(w.text.lower() in CONDITIONAL.get(other.lang, set()) for w in other.words)


_REPORTING = re.compile(r"\b(?:que|qu['’]|dass|что)\s*(?:\S+\s+){0,12}$", re.IGNORECASE)


def at_ellipsis(findings: list[Finding], a: Side, b: Side, al: Alignment) -> list[Finding]:
    """Content on one side only that sits where the other side has an ellipsis was cut by an
    editor ("… proposals on the matter to the US in December." / "… proposals to the
    Americans…"): reported as editorial information, not as drift."""
    out = []
    for f in findings:
        one_sided = (f.a_span is None) != (f.b_span is None)
        if one_sided and f.kind in ("omission", "addition", "date", "number", "entity") \
                and f.severity != "high" and _cut_at_ellipsis(f, a, b, al):
            side = "B" if f.a_span else "A"
            what = _cut(a.text, f.a_span) if f.a_span else _cut(b.text, f.b_span)
            out.append(make("editorial", "info", a, b, f.a_span, f.b_span,
                            f"'{what}' is where {side} has an ellipsis: cut by an editor, not "
                            "counted as drift"))
        else:
            out.append(f)
    return out


def _cut_at_ellipsis(f: Finding, a: Side, b: Side, al: Alignment) -> bool:
    own, other, span = (a, b, f.a_span) if f.a_span else (b, a, f.b_span)
    marks = [m.start() for m in _ELLIPSIS.finditer(other.text)]
    if not marks:
        return False
    pairs = dict(al.pairs) if own is a else {j: i for i, j in al.pairs}
    before = [k for k in pairs if own.words[k].end <= span[0]]
    if not before:
        return False
    anchor = other.words[pairs[max(before)]]
    # the ellipsis follows the last aligned word before the cut, with no aligned word between
    aligned_other = {pairs[k] for k in pairs}
    for pos in marks:
        if anchor.end <= pos <= anchor.end + 40 and not any(
                anchor.end <= other.words[j].start < pos for j in aligned_other):
            return True
    return False


def check_editorial(a: Side, b: Side) -> list[Finding]:
    findings = []
    for side, which in ((a, "a"), (b, "b")):
        for rx, what in ((_BRACKET, "bracketed insertion"), (_ELLIPSIS, "ellipsis")):
            for m in rx.finditer(side.text):
                span = (m.start(), m.end())
                sa, sb = (span, None) if which == "a" else (None, span)
                findings.append(make("editorial", "info", a, b, sa, sb,
                                     f"{what} '{m.group()}' in {which.upper()}: an editor's mark, "
                                     "not counted as drift"))
    return findings
