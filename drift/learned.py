"""Findings from the pair model's token tags: divergent words on each side become spans.

A word's divergence is the highest probability among its sub-word tokens. Runs of tagged words
(with content) become findings: tagged on both sides and aligned to each other, a substitution
pointing at both; tagged on one side only, an omission (words of A missing from B) or an
addition (words of B not in A). The explicit checks name what they recognise (a number, a date,
a negation, a name); a model span under one of their findings is left to them.
"""

from __future__ import annotations

from drift.align import Alignment
from drift.checks import Finding, Side, make

TOKEN_THRESHOLD = 0.5  # a word is tagged when one of its tokens reads at least this divergent
MIN_PAIR_DRIFT = 0.3  # below this pair probability the tags are not reported (no nuance)
VERIFY_THRESHOLD = 0.2  # a check finding is shown when the model reads its words this divergent


def word_probs(side: Side, tokens: list[tuple[int, int, float]]) -> list[float]:
    """Each word's divergence: the highest of the tokens overlapping it."""
    out = []
    k = 0
    toks = sorted(tokens)
    for w in side.words:
        best = 0.0
        while k < len(toks) and toks[k][1] <= w.start:
            k += 1
        j = k
        while j < len(toks) and toks[j][0] < w.end:
            best = max(best, toks[j][2])
            j += 1
        out.append(best)
    return out


def runs(side: Side, probs: list[float], cut: float) -> list[tuple[int, int]]:
    """(first, last) word indices of maximal runs of tagged words holding a content word."""
    out, start = [], None
    for i, p in enumerate(probs + [0.0]):
        if i < len(probs) and p >= cut:
            start = i if start is None else start
            continue
        if start is not None:
            if any(side.words[k].content for k in range(start, i)):
                out.append((start, i - 1))
            start = None
    return out


def _span(side: Side, run: tuple[int, int]) -> tuple[int, int]:
    return side.words[run[0]].start, side.words[run[1]].end


def span_prob(side: Side, probs: list[float], span: tuple[int, int] | None) -> float:
    """The highest divergence of the words under `span` (0 without a span)."""
    if not span:
        return 0.0
    return max((p for w, p in zip(side.words, probs) if w.start < span[1] and span[0] < w.end),
               default=0.0)


def verified(findings: list[Finding], a: Side, b: Side, probs: tuple[list[float], list[float]],
             drift: float, cut: float = VERIFY_THRESHOLD) -> list[Finding]:
    """The check findings that the model bears out: the pair reads as diverging and the model
    finds some divergence (`probs`: each side's word_probs) on the words of the finding (either
    side). Editorial notes stay."""
    if drift < MIN_PAIR_DRIFT:
        return [f for f in findings if f.severity == "info"]
    pa, pb = probs
    return [f for f in findings if f.severity == "info"
            or max(span_prob(a, pa, f.a_span), span_prob(b, pb, f.b_span)) >= cut]


def span_findings(a: Side, b: Side, probs: tuple[list[float], list[float]], drift: float,
                  al: Alignment, taken: list[Finding], cut: float = TOKEN_THRESHOLD) -> list[Finding]:
    """The model's tagged runs (`probs`: each side's word_probs) as findings (none when the
    pair reads as equivalent)."""
    if drift < MIN_PAIR_DRIFT or not a.words or not b.words:
        return []
    ra, rb = runs(a, probs[0], cut), runs(b, probs[1], cut)
    sev = "medium" if drift >= 0.5 else "low"
    used_b: set[int] = set()
    out = []
    for x in ra:
        partner = None
        for i, j in al.pairs:
            if x[0] <= i <= x[1]:
                partner = next((n for n, y in enumerate(rb) if y[0] <= j <= y[1] and n not in used_b), None)
                if partner is not None:
                    break
        if partner is None and len(ra) == 1 and len(rb) == 1:
            partner = 0
        sa = _span(a, x)
        if partner is not None:
            used_b.add(partner)
            sb = _span(b, rb[partner])
            out.append(make("substitution", sev, a, b, sa, sb,
                            f"'{a.text[sa[0]:sa[1]]}' and '{b.text[sb[0]:sb[1]]}' differ in meaning"))
        else:
            out.append(make("omission", sev, a, b, sa, None,
                            f"'{a.text[sa[0]:sa[1]]}' in A has no counterpart in B"))
    for n, y in enumerate(rb):
        if n not in used_b:
            sb = _span(b, y)
            out.append(make("addition", sev, a, b, None, sb,
                            f"'{b.text[sb[0]:sb[1]]}' in B has no counterpart in A"))
    return [f for f in out if not _under(f, taken)]


def _under(f: Finding, taken: list[Finding]) -> bool:
    """Whether an explicit check already reports these words."""
    for t in taken:
        for x, y in ((f.a_span, t.a_span), (f.b_span, t.b_span)):
            if x and y and x[0] < y[1] and y[0] < x[1]:
                return True
    return False
