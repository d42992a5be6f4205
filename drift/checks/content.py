"""Content: omissions, additions and substitutions from the word alignment, and near-identical
texts edited in place.

Catches a dropped or added clause and a replaced phrase; must not fire on function words or on
an inflection of the same word."""

from __future__ import annotations

import difflib
import re

from drift.align import Alignment
from drift.checks.base import (
    _ANTONYMS,
    _PUNCT,
    SEVERITY_ORDER,
    Finding,
    Side,
    _cut,
    _span,
    fold_accents,
    make,
)
from drift.checks.names import (
    _country_of,
    _similar_name,
)
from drift.checks.negation import (
    negated_at,
)
from drift.lexicon import STOP, STRENGTH_EN

_STRENGTH = {frozenset(p) for p in STRENGTH_EN}  # pairs that differ in strength, not sense
STRENGTH = "differ in strength"  # how such a finding's message ends (a nuance, medium)


# -- omission / addition / substitution ------------------------------------------------------
def low_support_runs(side: Side, support, low: float, skip: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of content words whose support is under `low` (stopwords may sit inside)."""
    runs, cur = [], []
    for i, w in enumerate(side.words):
        if i in skip:
            if cur:
                runs.append((cur[0], cur[-1]))
                cur = []
            continue
        if w.content and support[i] < low:
            cur.append(i)
        elif w.content and cur:
            runs.append((cur[0], cur[-1]))
            cur = []
    if cur:
        runs.append((cur[0], cur[-1]))
    return runs


def check_content(a: Side, b: Side, al: Alignment, low: float, taken: set) -> list[Finding]:
    findings = []
    for side, support, kind, which in ((a, al.support_a, "omission", "a"),
                                       (b, al.support_b, "addition", "b")):
        skip = {i for i, w in enumerate(side.words) if (which, w.start) in taken}
        for i, j in low_support_runs(side, support, low, skip):
            span = (side.words[i].start, side.words[j].end)
            n = sum(1 for k in range(i, j + 1) if side.words[k].content)
            sev = "medium" if n >= 2 else "low"
            phrase = side.text[span[0]:span[1]]
            if which == "a":
                findings.append(make(kind, sev, a, b, span, None,
                                     f"'{phrase}' in A has no counterpart in B (omitted from B)"))
            else:
                findings.append(make(kind, sev, a, b, None, span,
                                     f"'{phrase}' in B has no counterpart in A (added in B)"))
    return findings


NEAR_IDENTICAL = 0.8  # word-sequence similarity above which two texts are one text, edited
# a changed word whose counterpart sits at least this close in context is likely a synonym
# ("comentó" / "dijo", "sustituyó" / "reemplazó"): a low finding. Chosen on 6,000 same-language
# training pairs (A's words' best match): of the 165 changes the check called high, 51 of 95 on
# faithful pairs sit this close, 2 of 27 on the edit of a drift pair (she'd / he'd, left /
# right) and 32 of 43 off it.
EDIT_SYNONYM = 0.8


def check_edits(a: Side, b: Side, taken: set, sem: Alignment | None = None) -> list[Finding]:
    """Two texts in one language that are nearly the same word for word ("the same quote as
    printed by two outlets"): every content word changed, added or dropped is an edit of the
    text, whatever the embeddings say ("students" / "artists" sit close in one context).
    Changed words are a high substitution, added or dropped ones a medium addition/omission;
    inflections ("student" / "students"), numbers, dates and names (`taken`) are left to
    their own checks."""
    if a.lang != b.lang or not a.words or not b.words:
        return []
    wa = [w.text.lower().strip(_PUNCT) for w in a.words]
    wb = [w.text.lower().strip(_PUNCT) for w in b.words]
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    if sm.ratio() < NEAR_IDENTICAL:
        return []
    findings = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        ia = [i for i in range(i1, i2) if a.words[i].content and ("a", a.words[i].start) not in taken]
        jb = [j for j in range(j1, j2) if b.words[j].content and ("b", b.words[j].start) not in taken]
        if ia and jb and len(ia) == len(jb) == 1 and _country_of(a.words[ia[0]].text) is not None \
                and _country_of(a.words[ia[0]].text) == _country_of(b.words[jb[0]].text):
            continue  # "Moscow rejected" / "Russia rejected": the capital stands for the country
        if ia and jb and not _inflections(a, ia, b, jb):
            sa, sb = _span_of_run(a, ia), _span_of_run(b, jb)
            close = sem is not None and _maybe_synonyms(a, ia, b, jb) \
                and _context_sim(sem, ia, jb) >= EDIT_SYNONYM
            findings.append(make("substitution", "low" if close else "high", a, b, sa, sb,
                                 f"'{_cut(a.text, sa)}' in A is '{_cut(b.text, sb)}' in B, in "
                                 "otherwise the same words" + (" (close in context: perhaps a synonym)"
                                                               if close else "")))
        elif ia and not jb:
            sa = _span_of_run(a, ia)
            findings.append(make("omission", "medium", a, b, sa, None,
                                 f"'{_cut(a.text, sa)}' in A is not in B, otherwise the same words"))
        elif jb and not ia:
            sb = _span_of_run(b, jb)
            findings.append(make("addition", "medium", a, b, None, sb,
                                 f"'{_cut(b.text, sb)}' in B is not in A, otherwise the same words"))
    return findings


def _maybe_synonyms(a: Side, ia: list[int], b: Side, jb: list[int]) -> bool:
    """Whether the changed words could be synonyms at all: not words with digits (ORF4 /
    ORF8), not a function word's contraction (We'd / I'd), not one word with a prefix the
    other lacks (movitostí / nemovitostí), and not words that stand elsewhere in the other
    text (two words swapped)."""
    xa = [a.words[i].text.lower().strip(_PUNCT) for i in ia]
    xb = [b.words[j].text.lower().strip(_PUNCT) for j in jb]
    rest_a = {w.text.lower().strip(_PUNCT) for k, w in enumerate(a.words) if k not in ia}
    rest_b = {w.text.lower().strip(_PUNCT) for k, w in enumerate(b.words) if k not in jb}
    stop = STOP.get(a.lang, set())
    for x, rest in [(x, rest_b) for x in xa] + [(y, rest_a) for y in xb]:
        if any(c.isdigit() for c in x) or re.split(r"['’]", x)[0] in stop or x in rest:
            return False
    return not any(_prefixed(x, y) or _prefixed(y, x) for x in xa for y in xb)


def _prefixed(x: str, y: str) -> bool:
    """Whether `y` is `x` with a short prefix (ne-, un-, non-, over-)."""
    return y.endswith(x) and 0 < len(y) - len(x) <= 4


def _context_sim(sem: Alignment, ia: list[int], jb: list[int]) -> float:
    """How close the changed words of A and those of B sit in context: each side's mean best
    match on the other, the lower of the two (a run that adds words is not close)."""
    return float(min(sum(sem.sim[i, jb].max() for i in ia) / len(ia),
                     sum(sem.sim[ia, j].max() for j in jb) / len(jb)))


def _span_of_run(side: Side, idx: list[int]) -> tuple[int, int]:
    return side.words[idx[0]].start, _span(side.words[idx[-1]])[1]


def _inflections(a: Side, ia: list[int], b: Side, jb: list[int]) -> bool:
    """Whether the changed words differ only in their endings ("student" / "students")."""
    xa = [a.words[i].text.lower().strip(_PUNCT) for i in ia]
    xb = [b.words[j].text.lower().strip(_PUNCT) for j in jb]
    if set(xa) <= _SAYING and set(xb) <= _SAYING:
        return True  # "said" / "says" / "told": the attribution, not the quote
    return len(xa) == len(xb) and all(x[:5] == y[:5] and min(len(x), len(y)) >= 4 or x == y
                                      or _spelling_variant(x, y) for x, y in zip(xa, xb))


def _spelling_variant(x: str, y: str) -> bool:
    """One word spelled two ways: accents ("dólares" / "dolares"), one letter more ("favor" /
    "favour", "traveled" / "travelled"), "-er" / "-re" ("center" / "centre"), "z" / "s"
    ("organize" / "organise"). Not a changed letter ("rise" / "rose") nor a short word
    ("lose" / "loose")."""
    x, y = fold_accents(x), fold_accents(y)
    if x == y:
        return True
    if min(len(x), len(y)) < 5:
        return False
    if x.replace("z", "s") == y.replace("z", "s"):
        return True
    if x[:-2] == y[:-2] and {x[-2:], y[-2:]} == {"er", "re"}:
        return True
    short, long_ = sorted((x, y), key=len)
    return len(long_) == len(short) + 1 and any(long_[:k] + long_[k + 1:] == short
                                                for k in range(len(long_)))


_SAYING = {"say", "says", "said", "saying", "tell", "tells", "told", "state", "states", "stated",
           "add", "adds", "added", "note", "notes", "noted", "declare", "declares", "declared",
           "explain", "explains", "explained", "insist", "insists", "insisted", "claim", "claims",
           "claimed", "remark", "remarks", "remarked", "dice", "dijo", "afirma", "afirmó", "dit",
           "déclare", "déclaré", "affirme", "sagt", "sagte", "erklärt", "erklärte", "говорит",
           "сказал", "сказала", "заявил", "заявила", "заявляет"}


def merge_replacements(findings: list[Finding], a: Side, b: Side, al: Alignment) -> list[Finding]:
    """An omission in A and an addition in B that stand in each other's place (most words of
    the A run align into the B run) are one change: a substitution with both spans ("'Amateur
    divers' in A, 'Wissenschaftler der Universität' in B"). Other findings pass unchanged."""
    omissions = [f for f in findings if f.kind == "omission"]
    additions = [f for f in findings if f.kind == "addition"]
    merged, used = [], set()
    for om in omissions:
        ia = [i for i, w in enumerate(a.words) if w.content and om.a_span[0] <= w.start < om.a_span[1]]
        if not ia or not b.words:
            continue
        for ad in additions:
            if id(ad) in used:
                continue
            lo, hi = ad.b_span
            inside = [i for i in ia if lo <= b.words[int(al.sim[i].argmax())].start < hi]
            n_b = sum(1 for w in b.words if w.content and lo <= w.start < hi)
            if 2 * len(inside) >= len(ia) and n_b <= max(GAP_WORDS, 2 * len(ia)):
                used.update({id(om), id(ad)})
                sev = max(om.severity, ad.severity, key=SEVERITY_ORDER.get)
                hedge = "may not mean" if sev == "low" else "do not mean"
                merged.append(make("substitution", sev, a, b, om.a_span, ad.b_span,
                                   f"A says '{om.a_text}' where B says '{ad.b_text}': the "
                                   f"two {hedge} the same"))
                break
    spans = [(f.a_span, f.b_span) for f in merged]
    rest = [f for f in findings if id(f) not in used and not (
        f.kind == "substitution" and f.severity == "low"
        and any(_within(f.a_span, sa) and _within(f.b_span, sb) for sa, sb in spans))]
    return rest + merged


GAP_WORDS = 3  # the most words a counterpart gap may have


def pair_lone_runs(findings: list[Finding], a: Side, b: Side, al: Alignment) -> list[Finding]:
    """An addition in B (omission in A) whose aligned neighbours enclose a short gap on the
    other side with unaligned content words stands in the place of those words: it becomes a
    substitution that points at both ("Most of the aid" / "Very little of the aid"). Severity
    is kept; additions with no such gap stay additions."""
    taken = {(w, span[0]) for f in findings if f.kind not in ("addition", "omission")
             for w, span in (("a", f.a_span), ("b", f.b_span)) if span}
    out = []
    for f in findings:
        lone = f.kind in ("addition", "omission") and (f.a_span is None) != (f.b_span is None)
        gap = _gap(f, a, b, al, taken) if lone else None
        if gap is None:
            out.append(f)
            continue
        sa, sb = (gap, f.b_span) if f.kind == "addition" else (f.a_span, gap)
        taken |= {("a", sa[0]), ("b", sb[0])}
        hedge = "may not mean" if f.severity == "low" else "do not mean"
        out.append(make("substitution", f.severity, a, b, sa, sb,
                        f"A says '{_cut(a.text, sa)}' where B says '{_cut(b.text, sb)}': the "
                        f"two {hedge} the same"))
    made = [(f.a_span, f.b_span) for f in out if f.kind == "substitution"]
    out = [f for f in out if not (  # the other half of a pair made above
        f.kind == "omission" and any(_within(f.a_span, sa) for sa, _ in made)
        or f.kind == "addition" and any(_within(f.b_span, sb) for _, sb in made))]
    out = [f for f in out if not any(_restates(f, g) for g in out)]
    seen, unique = set(), []
    for f in sorted(out, key=lambda f: -SEVERITY_ORDER[f.severity]):
        if (f.kind, f.a_span, f.b_span) not in seen:  # one finding per kind and place
            seen.add((f.kind, f.a_span, f.b_span))
            unique.append(f)
    return unique


def _restates(f: Finding, g: Finding) -> bool:
    """A content finding whose spans lie within those of a more severe finding says nothing
    more ("'начале' / 'Ende' mean opposite things" covers "A says 'начале' where B says …")."""
    if f.kind not in ("omission", "addition", "substitution") or f is g:
        return False
    same = (f.a_span, f.b_span) == (g.a_span, g.b_span)
    if SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[g.severity] or same or (
            SEVERITY_ORDER[f.severity] == SEVERITY_ORDER[g.severity] and f.kind != g.kind):
        return False  # (a finding inside another of its kind and severity says nothing more)
    return all(span is None or _within(span, outer)
               for span, outer in ((f.a_span, g.a_span), (f.b_span, g.b_span)))


def _gap(f: Finding, a: Side, b: Side, al: Alignment, taken: set):
    """The span of the unaligned content words that sit, on the other side, between the
    counterparts of the run's aligned neighbours; None when there are none or too many."""
    own, other, span, which = (b, a, f.b_span, "a") if f.kind == "addition" else (a, b, f.a_span, "b")
    pairs = dict(al.pairs) if which == "b" else {j: i for i, j in al.pairs}
    run = [k for k, w in enumerate(own.words) if span[0] <= w.start < span[1]]
    if not run or sum(own.words[k].content for k in run) > GAP_WORDS:
        return None  # a long run is an addition of its own, whatever stands beside it
    left = max((k for k in pairs if k < run[0]), default=None)
    right = min((k for k in pairs if k > run[-1]), default=None)
    lo = pairs[left] + 1 if left is not None else 0
    hi = pairs[right] if right is not None else len(other.words)
    if left is None and right is None or hi - lo > GAP_WORDS or hi <= lo:
        return None
    aligned = {v for k, v in pairs.items() if k not in run}  # aligned elsewhere
    idx = [k for k in range(lo, hi) if other.words[k].content and k not in aligned
           and (which, other.words[k].start) not in taken]
    if not idx:
        return None
    return other.words[idx[0]].start, _span(other.words[idx[-1]])[1]


def _within(span, outer) -> bool:
    return span is not None and outer is not None and outer[0] <= span[0] and span[1] <= outer[1]


def check_substitution(a: Side, b: Side, al: Alignment, low: float,
                       sem: Alignment | None = None) -> list[Finding]:
    """Antonyms (ANTONYMS_EN) among the mutual matches of `al`, or of `sem`; other mutual
    matches of `sem` (default `al`) under `low` are low-severity substitutions."""
    sem = sem or al
    findings, antonym_words = [], set()
    for i, j in sorted(set(al.pairs) | set(sem.pairs)):
        wa, wb = a.words[i], b.words[j]
        pair = frozenset((wa.text.lower(), wb.text.lower()))
        if wa.content and wb.content and len(pair) == 2 and pair in _ANTONYMS \
                and i not in antonym_words \
                and negated_at(a, _span(wa)) == negated_at(b, _span(wb)):  # "not close" = "open"
            antonym_words.add(i)
            if pair in _STRENGTH:  # "retaliatory" / "reciprocal": a nuance, not a reversal
                findings.append(make("substitution", "medium", a, b, (wa.start, wa.end),
                                     (wb.start, wb.end), f"'{wa.text}' and '{wb.text}' {STRENGTH}"))
                continue
            findings.append(make("substitution", "high", a, b, (wa.start, wa.end),
                                 (wb.start, wb.end), f"'{wa.text}' became '{wb.text}': opposite meaning"))
    for i, j in sem.pairs:
        wa, wb = a.words[i], b.words[j]
        if not (wa.content and wb.content) or i in antonym_words:
            continue
        if sem.sim[i, j] < low and not _similar_name(wa.text, wb.text):
            findings.append(make("substitution", "low", a, b, (wa.start, wa.end),
                                 (wb.start, wb.end),
                                 f"'{wa.text}' and '{wb.text}' are aligned but differ in meaning"))
    return findings
