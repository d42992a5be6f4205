"""Findings from the pair model's token tags: divergent words on each side become spans.

A word's divergence is the highest probability among its sub-word tokens. Runs of tagged words
(with content) become findings: tagged on both sides and aligned to each other, a substitution
pointing at both; tagged on one side only, an omission (words of A missing from B) or an
addition (words of B not in A). The explicit checks name what they recognise (a number, a date,
a negation, a name); a model span under one of their findings is left to them.

What the report calls an editor's work (a bracketed insertion, words cut at an ellipsis) is
not drift, so the pair model reads the texts without it (editorial_spans, without, remapped).
"""

from __future__ import annotations

import re
from dataclasses import replace

from drift.align import Alignment
from drift.checks import Finding, Side, make
from drift.checks.base import _overlaps
from drift.checks.editorial import _BRACKET, _ELLIPSIS
from drift.pairmodel import PairPrediction

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


def editorial_spans(a: Side, b: Side, al: Alignment) -> tuple[list, list]:
    """What the pair model should not read in each text, as the report does not count it as
    drift: an editor's bracketed insertions (insertions), and the words cut where the other
    text has an ellipsis (ellipsis_cuts); `al` matches the words of the two texts."""
    back = [(j, i) for i, j in al.pairs]
    return (insertions(a, al.pairs) + ellipsis_cuts(a, b, al.pairs),
            insertions(b, back) + ellipsis_cuts(b, a, back))


def insertions(own: Side, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An editor's bracketed insertions in `own` whose words have no match in the other text
    (`pairs`: own word, other word): "[in Europe]", not "[d’Inrupt]" where the other text
    names Inrupt too."""
    matched = {i for i, _ in pairs}
    return [m.span() for m in _BRACKET.finditer(own.text)
            if not any(m.start() <= w.start < m.end() and w.content and k in matched
                       for k, w in enumerate(own.words))]


def cut_notes(a: Side, b: Side, unread: tuple[list, list], found: list[Finding]) -> list[Finding]:
    """An editorial note for each cut in `unread` that no editorial finding in `found` covers
    yet (the rules note a cut only where they found an omission)."""
    out = []
    for k, (side, spans) in enumerate(((a, unread[0]), (b, unread[1]))):
        taken = [t for f in found if f.kind == "editorial" and (t := f.a_span if k == 0 else f.b_span)]
        for span in spans:
            if side.text.startswith("[", span[0]) or _overlaps(span, taken):
                continue
            sa, sb = (span, None) if k == 0 else (None, span)
            out.append(make("editorial", "info", a, b, sa, sb,
                            f"'{side.text[span[0]:span[1]]}' is where {'BA'[k]} has an ellipsis: "
                            "cut by an editor, not counted as drift"))
    return out


def ellipsis_cuts(own: Side, other: Side, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of `own` that `other` leaves out at an ellipsis: the words after the last one
    matched (`pairs`: own word, other word; content words only) to a word before the ellipsis,
    up to the first one matched to a word after it, where they hold a content word ("… to the
    US in December. We are open …" / "… to the Americans… We are also ready …": "in
    December"). A cut that starts a sentence takes the sentence to its end. An ellipsis that
    ends the other text cuts nothing where unmatched words of that text come before it."""
    out = []
    pairs = [(i, j) for i, j in pairs if own.words[i].content and other.words[j].content]
    for m in _ELLIPSIS.finditer(other.text):
        last = max((i for i, j in pairs if other.words[j].end <= m.start()), default=-1)
        first = min((i for i, j in pairs if other.words[j].start >= m.end() and i > last),
                    default=len(own.words))
        cut = [k for k in range(last + 1, first) if own.words[k].content]
        if not cut:
            continue
        if not other.text[m.end():].strip(_CLOSING) and _open_before(other, pairs, m.start()):
            continue  # "Connection lost. Trying to reconnect…" / "Connessione persa.": no cut
        lo = _lead(own, cut[0])
        hi = own.words[cut[-1]].end
        limit = own.words[first].start if first < len(own.words) else len(own.text)
        end = _SENTENCE_END.search(own.text, hi, limit)
        if _starts_sentence(own.text, lo) and end:
            hi = end.end()
        out.append((lo, hi))
    return out


def _open_before(other: Side, pairs: list[tuple[int, int]], pos: int) -> bool:
    """Whether `other` has content words of its own, matched to nothing, between its last
    matched word and `pos`: then a closing ellipsis there ends that text, it cuts nothing."""
    last = max((j for _, j in pairs if other.words[j].end <= pos), default=-1)
    return any(w.content and w.end <= pos for w in other.words[last + 1:])


_SENTENCE_END = re.compile(r"[.!?。！？]+")
_CLOSING = " \t\n\"'”’»」』)]"  # what may follow a text's last mark


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?。！？…"


def _lead(side: Side, k: int) -> int:
    """Where the words before word `k` that go with it begin: function words in lower case
    ("in December") or opening a sentence ("L’Organisation")."""
    start = side.words[k].start
    for w in reversed(side.words[:k]):
        if w.content or side.text[w.end:start].strip() or not (
                w.text.islower() or _starts_sentence(side.text, w.start)):
            break
        start = w.start
    return start


def without(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """`text` with `spans` (and the blanks before each) deleted, and the index in `text` of
    each character kept. A span between commas goes with them ("We will, if necessary,
    respond" → "We will respond"), as a stray mark reads as a divergence to the model."""
    drop = set()
    for s, e in spans:
        while s > 0 and text[s - 1].isspace():
            s -= 1
        if s > 0 and text[s - 1] in ",;:" and e < len(text) and text[e] in ",;:.!?":
            s -= 1
            e += text[e] in ",;"
        drop.update(range(s, e))
    keep = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in keep), keep


def remapped(pred: PairPrediction, index_a: list[int], index_b: list[int]) -> PairPrediction:
    """A prediction on shortened texts with its token offsets back in the full texts."""
    def back(tokens, index):
        return [(index[s], index[e - 1] + 1, p) for s, e, p in tokens if e > s]
    return replace(pred, tokens_a=back(pred.tokens_a, index_a), tokens_b=back(pred.tokens_b, index_b))
