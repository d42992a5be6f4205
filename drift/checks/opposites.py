"""Opposites: antonyms and words of opposite pole across languages ("rose" / "a baissé"),
poles swapped between two words, negated swaps, and the lexicon's agreement for the contrast test.

Catches a reversed meaning; must not fire where the other side negates the opposite
("remain open" / "will not close") or where both words belong to one idiom."""

from __future__ import annotations

from drift.align import Alignment
from drift.checks.base import (
    Finding,
    Side,
    _cut,
    _pole_spans,
    _pole_words,
    _span,
    _word_index,
    make,
)
from drift.checks.negation import (
    _double_negation,
    _until_vs_only_after,
    negated_at,
    negations,
)
from drift.lexicon import NEGATION, OPPOSITE_LANGS, OPPOSITES


def check_opposites(a: Side, b: Side, al: Alignment) -> list[Finding]:
    """A word on one side, a word of the opposite meaning on the other, and nothing of the same
    meaning there: "rose" / "a baissé", "cheap" / "teuer", "gratuita" / "платный" (English or
    es/de/fr/ru on the first side, es/de/fr/ru on the other). Words under a negation are left
    out ("pas cher" = cheap)."""
    if _until_vs_only_after(a, b) or _until_vs_only_after(b, a):
        return []  # "closed until Sunday" = "opened only after Sunday": two flips, one meaning
    if a.lang == "en" and b.lang == "en":
        return _english_opposites(a, b)
    findings = []
    for en, other, which in ((a, b, "a"), (b, a, "b")):
        if other.lang not in OPPOSITE_LANGS or (en.lang != "en" and which == "b"):
            continue  # English against a language of the table, or two languages of the table
        for left, right, langs in OPPOSITES:
            if other.lang not in langs or (en.lang != "en" and en.lang not in langs):
                continue
            for pole, opp_pole, (own, opp) in ((left, right, langs[other.lang]),
                                               (right, left, langs[other.lang][::-1])):
                modal = bool(left & _MODAL_GROUPS)  # "certainly not" / "probablement pas"
                mine = [(sp, not modal and negated_at(en, sp))
                        for sp in _pole_words(en, pole, langs, first=pole is left) if not _after_no(en, sp)]
                if not mine or _pole_words(en, opp_pole, langs, first=pole is not left):
                    continue
                theirs = [(sp, not modal and negated_at(other, sp)) for sp in _pole_spans(other, opp)
                          if not _after_no(other, sp)]
                if not theirs or _pole_spans(other, own):
                    continue
                # under a negation on both sides the two still differ ("do not rule out a cut" /
                # "не исключаем повышения"); under one only they agree ("pas cher" = cheap)
                both = [(x, y) for x, nx in mine for y, ny in theirs if nx == ny and not (
                    "always" in left and (_double_negation(en, x, other) or _double_negation(other, y, en)))]
                if not both:
                    continue
                sa, sb = both[0] if which == "a" else both[0][::-1]
                wa, wb = _cut(a.text, sa), _cut(b.text, sb)
                findings.append(make("substitution", "high", a, b, sa, sb, _opposite_message(wa, wb, left)))
    return findings


# adverbs of certainty: a negation does not turn them over ("certainly not" / "probably not")
_MODAL_GROUPS = {"certainly"}
# groups whose two poles differ in strength rather than mean opposite things
_STRENGTH_GROUPS = {"slightly", "certainly", "partially", "proved", "unacceptable"}


def _opposite_message(wa: str, wb: str, left: set[str]) -> str:
    if left & _STRENGTH_GROUPS:
        return f"'{wa}' and '{wb}' differ in strength"
    return f"'{wa}' and '{wb}' mean opposite things"


def check_pole_order(a: Side, b: Side, al: Alignment) -> list[Finding]:
    """One word of each pole of an opposites group on both sides, each standing by the
    counterpart of the words the other pole stands by on the other side: "the wrong answer to
    the right question" / "the right answer to the wrong question" (or "die falsche Antwort auf
    die richtige Frage"). What is said of which thing is swapped. Reordered clauses ("rose in
    March and fell in April" / "in April fell, after rising in March") keep their neighbours."""
    findings = []
    for left, right, langs in OPPOSITES:
        pa, pb = _one_of_each(a, left, right, langs), _one_of_each(b, left, right, langs)
        negated = _other_pole_negated(a, b, pa, pb) if pa and pb else None
        if negated:
            sa, sb = negated
            findings.append(make("substitution", "high", a, b, sa, sb,
                                 f"A negates '{_cut(a.text, sa)}' where B negates its opposite "
                                 f"'{_cut(b.text, sb)}'"))
            continue
        if pa and pb and _swapped(a, b, al, pa, pb):
            first_a, second_a = sorted(pa)
            first_b, second_b = sorted(pb)
            wa = f"{_cut(a.text, first_a)} … {_cut(a.text, second_a)}"
            wb = f"{_cut(b.text, first_b)} … {_cut(b.text, second_b)}"
            findings.append(make("substitution", "high", a, b, (first_a[0], second_a[1]),
                                 (first_b[0], second_b[1]),
                                 f"'{wa}' in A come in the opposite order in B ('{wb}'): "
                                 "what is said of which is swapped"))
    return findings


def _other_pole_negated(a: Side, b: Side, pa, pb):
    """"We will not expand aid, but cut it" / "nicht kürzen, sondern ausbauen": each side negates
    one pole of the pair, and not the same one: the two negated words' spans, else None."""
    na = [negated_at(a, sp) for sp in pa]
    nb = [negated_at(b, sp) for sp in pb]
    if sum(na) != 1 or sum(nb) != 1 or na == nb:
        return None
    return pa[na.index(True)], pb[nb.index(True)]


def _swapped(a: Side, b: Side, al: Alignment, pa, pb) -> bool:
    """Whether each pole word of `b` is nearer the counterparts of the other pole's neighbours
    in `a` (the aligned content words beside it, else one word further) than to its own's."""
    ia = [_word_index(a, sp) for sp in pa]
    ib = [_word_index(b, sp) for sp in pb]
    if None in ia or None in ib or _passive_between(a, ia) or _passive_between(b, ib):
        return False  # "the government was accused by the opposition" / "la oposición acusó
        # al gobierno": a change of voice, not of roles
    to_b = dict(al.pairs)

    def anchors(i: int) -> list[int]:  # the aligned content words right beside, else one further
        for reach in (1, 2):
            near = [k for k in (i - reach, i + reach) if 0 <= k < len(a.words)
                    and a.words[k].content and k not in ia and k in to_b]
            if near:
                return [to_b[k] for k in near]
        return []

    def dist(j: int, targets: list[int]) -> int:
        return min(abs(j - t) for t in targets)
    left_anchors, right_anchors = anchors(ia[0]), anchors(ia[1])
    if not left_anchors or not right_anchors:
        return False
    return dist(ib[1], left_anchors) < dist(ib[0], left_anchors) \
        and dist(ib[0], right_anchors) < dist(ib[1], right_anchors)


_PASSIVE_BY = {"by", "por", "par", "von", "durch", "от", "da", "door", "przez"}


def _passive_between(side: Side, idx: list[int]) -> bool:
    return any(w.text.lower() in _PASSIVE_BY for w in side.words[min(idx) + 1:max(idx)])


def _one_of_each(side: Side, left: set[str], right: set[str], langs: dict):
    """The spans of the one word of each pole in `side` (left pole first), or None."""
    if side.lang != "en" and side.lang not in langs:
        return None
    xs, ys = _pole_words(side, left, langs, first=True), _pole_words(side, right, langs, first=False)
    return (xs[0], ys[0]) if len(xs) == 1 and len(ys) == 1 else None


_COPULA = {"is", "are", "was", "were", "be", "es", "son", "era", "fue", "è", "sono", "est", "sont",
           "était", "ist", "sind", "war", "é", "são", "foi"}
_ARTICLES = {"a", "an", "the", "un", "una", "uno", "une", "le", "la", "el", "il", "lo", "los", "las",
             "les", "ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den", "um", "uma",
             "o", "os", "as", "de", "du", "des"}


_CONTRASTIVE = {",", "а", "but", "mais", "pero", "ma", "aber", "mas"}


def _negated_heads(side: Side) -> list[int]:
    """Word indices of what a negation denies when it denies a noun phrase: "is not an election
    promise", "no es una promesa", "non un impegno", "n'est pas une promesse", "keine
    Versprechen" (an article, after at most a copula, must follow the cue)."""
    heads = []
    for span in negations(side):
        k = _word_index(side, span)
        if k is None:
            continue
        j = k + 1
        if j < len(side.words) and side.words[j].text.lower() in _COPULA:
            j += 1
        if j < len(side.words) and side.words[j].text.lower() == "pas":
            j += 1  # "n'est pas une crise"
        if j < len(side.words) and side.words[j].text.lower() in _ARTICLES:
            j += 1
        elif not (side.words[k].text.lower().startswith("kein")
                  or k > 0 and side.words[k - 1].text.lower() in _CONTRASTIVE):
            continue  # without an article only in "X, not Y" / "X, а не Y"
        if j < len(side.words) and side.words[j].content:
            heads.append(j)
    return heads


def check_negated_swap(a: Side, b: Side, al: Alignment) -> list[Finding]:
    """One noun phrase denied on each side, and each one's counterpart is the other side's
    affirmed one: "No es una promesa electoral, es un compromiso" / "È una promessa elettorale,
    non un impegno". What is denied and what is affirmed are swapped."""
    ha, hb = _negated_heads(a), _negated_heads(b)
    if len(ha) != 1 or len(hb) != 1 or len(negations(a)) != 1 or len(negations(b)) != 1:
        return []
    i, j = ha[0], hb[0]
    bi, aj = int(al.sim[i].argmax()), int(al.sim[:, j].argmax())  # each head's best match
    if abs(bi - j) <= 1 or abs(aj - i) <= 1:
        return []  # the same phrase, or one word off ("election promise" / "promessa elettorale")
    if not (b.words[bi].content and a.words[aj].content):
        return []
    wa, wb = a.words[i], b.words[j]
    return [make("negation", "high", a, b, _span(wa), _span(wb),
                 f"A denies '{wa.text}' and B denies '{wb.text}', each affirmed on the other side: "
                 "what is denied and what is affirmed are swapped")]


def _after_no(side: Side, span: tuple[int, int]) -> bool:
    """Whether the word right before `span` is a negation, counted or not: "no fewer than" (=
    at least) is no "fewer", although its "no" is no negation of the sentence."""
    k = _word_index(side, span)
    cues = NEGATION.get(side.lang, set()) | {"no", "not"}
    return bool(k) and side.words[k - 1].text.lower() in cues


def lexicon_agrees(src: Side, dst: Side, word: str) -> bool:
    """Whether the opposites lexicon finds the English `word`'s own pole, and not the other,
    in `dst` ("fewer" / "färre"): the encoder's contrast judgement is then not trusted."""
    for left, right, langs in OPPOSITES:
        if dst.lang not in langs:
            continue
        for pole, first in ((left, True), (right, False)):
            if word.lower() in pole:
                own, opp = langs[dst.lang] if first else langs[dst.lang][::-1]
                return bool(_pole_spans(dst, own)) and not _pole_spans(dst, opp)
    return False


# English pole words too common in other senses to compare two English texts by
# ("over the weekend", "still", "last week", "free time")
_EN_LOOSE = {"over", "under", "still", "last", "late", "free", "more", "less", "first", "fall",
             "falls", "fell", "cut", "cuts", "public", "show", "shows", "keep", "keeps", "kept",
             "hard", "simple", "new", "old", "older", "most", "few"}


def _english_opposites(a: Side, b: Side) -> list[Finding]:
    """Two English texts: a word of one pole of OPPOSITES on one side, of the other pole on
    the other, and neither side with a word of the other's pole ("at the beginning of next
    year" / "at the end of next year")."""
    def words_of(side: Side, pole: set[str]) -> list[tuple[int, int]]:
        return [_span(w) for w in side.words if w.text.lower() in pole
                and w.text.lower() not in _EN_LOOSE and not negated_at(side, _span(w))
                and not _after_no(side, _span(w))]
    for left, right, _ in OPPOSITES:
        for pa, pb in ((left, right), (right, left)):
            xa, xb = words_of(a, pa), words_of(b, pb)
            never = "always" in left  # "never refused" = "always open"
            if xa and xb and not words_of(a, pb) and not words_of(b, pa) \
                    and not (never and (_double_negation(a, xa[0], b) or _double_negation(b, xb[0], a))):
                wa, wb = _cut(a.text, xa[0]), _cut(b.text, xb[0])
                return [make("substitution", "high", a, b, xa[0], xb[0], _opposite_message(wa, wb, left))]
    return []
