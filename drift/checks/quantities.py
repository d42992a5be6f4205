"""Quantities: numbers compared with their units, qualifiers ("at least", "more than"),
the role of a number (raised to / by), ordinals, and years.

Catches a changed figure, unit, bound or ordinal; must not fire on a unit conversion
("5 km" / "5000 m", "two weeks" / "a fortnight") or a number written in words."""

from __future__ import annotations

import re

from drift.checks.base import (
    _PUNCT,
    Finding,
    Side,
    _cut,
    _pole_spans,
    _span,
    make,
)
from drift.checks.dates import (
    _NUMBER_LANGS,
    _day_of_month,
    _frequencies,
    _is_year,
    _numeric_dates,
    _ru_word_years,
    clock_times,
    dates,
)
from drift.checks.editorial import (
    hedges,
)
from drift.checks.names import (
    _long_form_tail,
)
from drift.checks.numbers import (
    _CJK_GAP,
    _DAY,
    _WEEK,
    _same_quantity,
    cjk_ordinals,
    converted,
    numbers,
)
from drift.lexicon import (
    NUMBER_QUALIFIERS,
    NUMBER_SCALE_LANGS,
    OPPOSITES,
    ORDINALS,
    UNIT_FACTORS,
)

# languages whose words for thousand, million, billion drift reads (a language file's
# number_multipliers, or the table in drift.checks.numbers)
_SCALE_LANGS = NUMBER_SCALE_LANGS | {"ar", "id", "ms", "zh", "ja", "ko", "hu"}


def _unread_scale(a: Side, x, y) -> bool:
    """Whether `x` of A is `y` of B without its scale word, in a language whose scale words
    drift does not read: "11 ملین" (Urdu) / "11 miljoen", "20 миллионнан" (Kazakh) / "20
    million". A scale the language's own list has ("5 people" / "5,000 people") stays a
    change."""
    if a.lang in _SCALE_LANGS or not x[0] or y[0] <= x[0]:
        return False
    ratio = y[0] / x[0]
    if not any(abs(ratio - s) <= 1e-6 * s for s in (1e3, 1e6, 1e9, 1e12)):
        return False
    nxt = a.text[x[1][1]:x[1][1] + 30].split()
    return bool(nxt) and nxt[0][:1].isalpha()


def check_numbers(a: Side, b: Side) -> list[Finding]:
    na, nb = numbers(a), numbers(b)
    na = [x for x in na if not _written_year(a.text, x) and not _in_frequency(a, x)
          and not _day_of_month(a, x[1]) and not _in_clock_time(a, x)
          and not _in_numeric_date(a, x)]
    nb = [x for x in nb if not _written_year(b.text, x) and not _in_frequency(b, x)
          and not _day_of_month(b, x[1]) and not _in_clock_time(b, x)
          and not _in_numeric_date(b, x)]
    ca, cb = clock_times(a), clock_times(b)
    if ca and not cb:  # "6時" / "at six": the hour against a number of the other side
        na += _clock_hours(ca)
    if cb and not ca:
        nb += _clock_hours(cb)
    if not na and not nb:
        return []
    left, right, _ = _match_numbers(na, nb)
    # an unmatched "one"/"eine"/"un" is as often an article as a number: never a finding;
    # nor "un siglo" where the other side says "a century" (the unit alone, same size)
    left = [x for x in left if not _soft_one(a.text, x) and not _unit_alone(b, x)
            and not _as_prefix(a, x, b)]
    right = [y for y in right if not _soft_one(b.text, y) and not _unit_alone(a, y)
             and not _as_prefix(b, y, a)]
    matched = _match_numbers(na, nb)[2]
    findings = _qualifier_findings(a, b, matched) + _role_findings(a, b, matched)
    for x, y in zip(left, right):
        if _unread_scale(a, x, y) or _unread_scale(b, y, x):
            continue
        qa, qb = _qty(a.text, x), _qty(b.text, y)
        if qa == qb:  # the same figure of another unit: "14 days" / "14 horas"
            qa, qb = _with_next_word(a.text, x[1]), _with_next_word(b.text, y[1])
        findings.append(make("number", "high", a, b, _qty_span(a.text, x), _qty_span(b.text, y),
                             f"number differs: '{qa}' vs '{qb}'"))
    if b.lang not in _NUMBER_LANGS:
        left = left[:len(right)]  # its number words are not read: a lone number proves nothing
    if a.lang not in _NUMBER_LANGS:
        right = right[:len(left)]
    for x in left[len(right):]:
        findings.append(make("number", "medium", a, b, x[1], None,
                             f"number '{_cut(a.text, x[1])}' has no counterpart in B"))
    for y in right[len(left):]:
        findings.append(make("number", "medium", a, b, None, y[1],
                             f"number '{_cut(b.text, y[1])}' has no counterpart in A"))
    return findings


# What a number's qualifier says about the true value: below it ("almost 200"), above it ("at
# least 10"), at most it ("up to 500"), near it ("about 10 %"): `[number_qualifiers]` in
# drift/lang/xx.toml, one pattern per meaning for every language at once.
_ARTICLE = r"(?:\s+(?:the|an?|la|el|las|los|le|les|l['’]|die|der|das|den))?"
_QUALIFIER_RX = {k: re.compile(rf"(?:^|\W)(?:{rx}){_ARTICLE}\s*$", re.IGNORECASE)
                 for k, rx in NUMBER_QUALIFIERS.items()}
_OPPOSED = {frozenset(("below", "above")), frozenset(("at_most", "above"))}


# Chinese and Korean say "more than" after the digits (550多万, 550多人, 550여만) or with no
# space before them (超过550万, 逾550萬)
_CJK_MORE = re.compile(r"\d\s?[" + "".join(_CJK_GAP).strip() + "]")
_CJK_ABOVE = re.compile(r"(?:超过|超過|逾)\s*$")


def _qualifier(side: Side, span: tuple[int, int]) -> str | None:
    before = side.text[max(0, span[0] - 24):span[0]]
    if side.lang in ("zh", "ko", "ja") and (_CJK_MORE.search(side.text, span[0], span[1] + 2)
                                           or _CJK_ABOVE.search(before)):
        return "above"
    return next((k for k, rx in _QUALIFIER_RX.items() if rx.search(before)), None)


def _qualifier_findings(a: Side, b: Side, matched) -> list[Finding]:
    """The same number with qualifiers that disagree: "nearly half" / "más de la mitad"
    (below / above: high), "more than 3,000" / "rund 3000" or "almost 200" / "200" (medium)."""
    out = []
    for x, y in matched:
        qa, qb = _qualifier(a, x[1]), _qualifier(b, y[1])
        if qa == qb or {qa, qb} <= {None, "about"} or {qa, qb} == {"below", "at_most"}:
            continue
        sev = "high" if frozenset((qa, qb)) in _OPPOSED else "medium"
        words = {"below": "just below", "above": "at least / above", "at_most": "at most",
                 "about": "about", None: "stated as exact"}
        out.append(make("number", sev, a, b, x[1], y[1],
                        f"'{_cut(a.text, x[1])}' is {words[qa]} in A, {words[qb]} in B"))
    return out


# What the word before a number of a change says it is: the size of the change ("fell by
# 2 %", "um", "на", "un", "del", "o") or the level reached ("fell to 2 %", "auf", "до", "al", "à")
_ROLE_MARKS = {
    "en": (r"by", r"to"), "de": (r"um", r"auf"), "fr": (r"de", r"à"),
    "es": (r"(?:en\s+)?un", r"al|hasta(?:\s+el)?"), "pt": (r"em", r"para|até"),
    "it": (r"del|dello", r"al|fino\s+al"), "ru": (r"на", r"до"), "nl": (r"met", r"tot|naar"),
    "pl": (r"o", r"do"),
}
_ROLE_RX = {lang: tuple(re.compile(rf"(?:^|\s)(?:{rx})\s*$", re.IGNORECASE) for rx in pair)
            for lang, pair in _ROLE_MARKS.items()}


def _number_role(side: Side, span: tuple[int, int]) -> str | None:
    rx = _ROLE_RX.get(side.lang)
    if not rx:
        return None
    before = side.text[max(0, span[0] - 14):span[0]]
    return "change" if rx[0].search(before) else "level" if rx[1].search(before) else None


# English verbs of change that are no opposites of each other's poles ("raised concerns")
_EN_CHANGE = set("raised raise raises lowered lower lowers cut cuts hiked slashed reduce reduces "
                 "lifted trimmed boosted".split())


def _has_change_word(side: Side) -> bool:
    """A word of rising or falling ("fell", "stieg", "снизилась", "aumentó")."""
    for left, right, langs in OPPOSITES:
        if "rise" not in left:
            continue
        if side.lang == "en":
            return any(w.text.lower() in left | right | _EN_CHANGE for w in side.words)
        stems = langs.get(side.lang)
        return bool(stems) and bool(_pole_spans(side, stems[0] + stems[1]))
    return False


def _role_findings(a: Side, b: Side, matched) -> list[Finding]:
    """The same figure as the size of a change on one side and as the level reached on the
    other: "fell to 2.1 percent" / "ist um 2,1 Prozent gesunken"."""
    if not (matched and _has_change_word(a) and _has_change_word(b)):
        return []
    out = []
    for x, y in matched:
        ra, rb = _number_role(a, x[1]), _number_role(b, y[1])
        if ra and rb and ra != rb:
            words = {"change": "the size of the change", "level": "the level reached"}
            out.append(make("number", "high", a, b, x[1], y[1],
                            f"'{_cut(a.text, x[1])}' is {words[ra]} in A, {words[rb]} in B"))
    return out


def ordinals(side: Side) -> list[tuple[int, tuple[int, int]]]:
    """(value, span) of ordinal words: "first", "deuxième", "dritten", "второй"; in Chinese,
    Japanese and Korean the written forms 第二, 2番目, 두 번째."""
    if side.lang in ("zh", "ja", "ko"):
        return cjk_ordinals(side.text)
    table = ORDINALS.get(side.lang, {})
    return [(table[w.text.lower()], _span(w)) for w in side.words if w.text.lower() in table]


def check_ordinals(a: Side, b: Side) -> list[Finding]:
    """Ordinals that differ, when both sides have ordinals: "her first novel" / "son deuxième
    roman". One side alone is no evidence ("at first" / "al principio")."""
    oa = [x for x in ordinals(a) if not _day_of_month(a, x[1])]
    ob = [x for x in ordinals(b) if not _day_of_month(b, x[1])]
    if not oa or not ob:
        return []
    left = [x for x in oa if x[0] not in [y[0] for y in ob]]
    right = [y for y in ob if y[0] not in [x[0] for x in oa]]
    return [make("number", "high", a, b, x[1], y[1],
                 f"ordinal differs: '{_cut(a.text, x[1])}' vs '{_cut(b.text, y[1])}'")
            for x, y in zip(left, right)]


def _match_numbers(na: list, nb: list) -> tuple[list, list, list]:
    """Pair equal quantities: (unmatched of A, unmatched of B, matched (x, y) pairs)."""
    left, right, matched = list(na), list(nb), []
    for first in (True, False):  # a conversion last: "3 feet" / "1 m" after "1 m" / "1 м"
        for x in list(left):
            match = next((y for y in right if _same_quantity(x, y)
                          and not (first and converted(x[2], y[2]))), None)
            if match is not None:
                left.remove(x)
                right.remove(match)
                matched.append((x, match))
    return left, right, matched


def agreed_spans(a: Side, b: Side) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of numbers and dates that the rules found on both sides with the same value: their
    words are verified counterparts, whatever their embeddings say ("600Mbit/s" / "600 Mbps").
    Also the optional "of America" of "United States of America", and hedges when both sides
    have one ("reportedly" / "auraient")."""
    left, right, matched = _match_numbers(numbers(a), numbers(b))
    sa = [x[1] for x, _ in matched]
    sb = [y[1] for _, y in matched]
    for mine, other, own, theirs, side in ((left, b, sa, sb, a), (right, a, sb, sa, b)):
        for x in mine:  # "24 hours" / "a day", "twelve months" / "a year"
            unit = _unit_word(other, x)
            if unit and not (x[0] == 1.0 and x[2] is None):
                own.append(_qty_span(side.text, x))
                theirs.append(unit)
    da, db = dates(a), dates(b)
    kb, ka = {k for k, _ in db}, {k for k, _ in da}
    sa += [s for k, s in da if k in kb]
    sb += [s for k, s in db if k in ka]
    for side, out in ((a, sa), (b, sb)):  # the optional "of America"
        out += [_span(w) for i, w in enumerate(side.words) if _long_form_tail(side, i)]
    ha, hb = hedges(a), hedges(b)
    if ha and hb:  # "reportedly fired" / "auraient tiré": both report a claim
        sa += ha
        sb += hb
    return sa, sb


def _in_frequency(side: Side, x) -> bool:
    """"two" in "every two years" is part of a frequency, compared as a date."""
    return any(s <= x[1][0] < e for _, (s, e) in _frequencies(side))


def _qty_span(text: str, x) -> tuple[int, int]:
    """The span of a number with its unit word(s), when it has one: "три месяца" / "drei
    Jahre" differ in the unit, so the unit belongs to what the finding points at."""
    start, end = x[1]
    if x[2] and x[2] != "%":
        unit = r"\s+".join(re.escape(w) for w in x[2].split())
        m = re.compile(r"[\s\-]*" + unit + r"\b", re.I).match(text, end)
        if m:
            end = m.end()
    return start, end


def qty_span(text: str, x) -> tuple[int, int]:
    """A number's span with its unit word(s) ("six months")."""
    return _qty_span(text, x)


def quantity_spans(a: Side, b: Side) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans, unit words included, of the quantities the number check found equal on both
    sides with a unit read on both ("two weeks" / "четырнадцать дней"): the contrast test
    leaves those words alone. A unit read on one side only ("eight months" / "восьми годам"
    before "годам" was listed) stays open to it."""
    left, right, matched = _match_numbers(numbers(a), numbers(b))
    pairs = [(x, y) for x, y in matched if x[2] and y[2]]
    sa, sb = [_qty_span(a.text, x) for x, _ in pairs], [_qty_span(b.text, y) for _, y in pairs]
    for mine, other, own, theirs, side in ((left, b, sa, sb, a), (right, a, sb, sa, b)):
        for x in mine:  # "huit jours" / "a week"
            unit = _unit_word(other, x)
            if unit:
                own.append(_qty_span(side.text, x))
                theirs.append(unit)
    return sa, sb


def _with_next_word(text: str, span: tuple[int, int]) -> str:
    """The number at `span` with the word after it ("14 horas")."""
    m = re.match(r"[\s-]*[^\W\d_]+", text[span[1]:])
    return text[span[0]:span[1] + (m.end() if m else 0)]


def _qty(text: str, x) -> str:
    return _cut(text, x[1]) + (f" {x[2]}" if x[2] and not _cut(text, x[1]).isdigit() else "")


_SOFT_TWO = {"both", "couple", "bilateral", "ambos", "ambas", "beide", "beiden", "entrambi",
             "entrambe", "båda", "begge", "oba", "obie", "obaj", "obě", "обидва", "обидві"}


# number prefixes of compound words: "three-dimensional" / "tridimensional" / "трёхмерное"
_NUMBER_PREFIXES = {2: ("bi", "di", "zwei", "двух", "дву"), 3: ("tri", "drei", "трёх", "трех"),
                    4: ("quadri", "cuadri", "tetra", "vier", "четырёх", "четырех"),
                    5: ("penta", "quinqu", "fünf", "пяти"), 6: ("hexa", "sex", "sechs", "шести"),
                    10: ("deca", "deka", "zehn", "десяти"), 100: ("cent", "hundert", "сто")}


def _as_prefix(side: Side, x, other: Side) -> bool:
    """A number in a hyphenated compound ("three-dimensional", "two-party") whose value the
    other side writes as the prefix of one word ("tridimensional", "zweiteilig")."""
    start, end = x[1]
    if side.text[end:end + 1] != "-" or x[0] not in _NUMBER_PREFIXES:
        return False
    prefixes = _NUMBER_PREFIXES[x[0]]
    return any(len(w.text) > 6 and w.text.lower().startswith(prefixes) for w in other.words)


def _unit_alone(other: Side, x) -> bool:
    """Whether `x` is one of a unit ("un siglo") and `other` names a unit of that size without
    a number ("a century", "a fortnight" is two weeks); or a span of time that `other` names
    as one unit without a number ("24 hours" / "a day" / "за сутки", "12 months" / "a year")."""
    return _unit_word(other, x) is not None


def _unit_word(other: Side, x) -> tuple[int, int] | None:
    """The span of the word of `other` that `_unit_alone` finds, or None."""
    if not x[2] or x[2] not in UNIT_FACTORS:
        return None
    size = UNIT_FACTORS[x[2]]
    if x[0] == 1.0:
        return next((_span(w) for w in other.words
                     if UNIT_FACTORS.get(w.text.lower().strip(_PUNCT)) == size), None)
    if size[0] != "s":
        return None
    total = x[0] * size[1]
    ends = {sp[1] for _, sp, _ in numbers(other)}
    for w in other.words:
        unit = UNIT_FACTORS.get(w.text.lower().strip(_PUNCT))
        near = unit and unit[0] == "s" and (abs(unit[1] - total) <= 0.03 * total
                                            or (total, unit[1]) == (8 * _DAY, _WEEK))  # "huit jours"
        if near and not any(w.start - 2 <= e <= w.start for e in ends):
            return _span(w)
    return None


def _soft_one(text: str, x) -> bool:
    """An unmatched "one"/"un" (often an article) or "both"/"couple"/"bilateral" (often
    emphasis or vagueness: "both Italy and Spain") is never a finding on its own."""
    word = _cut(text, x[1]).lower()
    return (x[0] == 1.0 and x[2] is None and word.isalpha()) or word in _SOFT_TWO


def _in_numeric_date(side: Side, x) -> bool:
    return any(s <= x[1][0] < e for _, (s, e) in _numeric_dates(side) + _ru_word_years(side))


def _clock_hours(times: list[tuple[str, tuple[int, int]]]) -> list[tuple[float, tuple[int, int], None]]:
    """Whole hours of clock times as numbers on a 12-hour dial ("18:00" = 6), to be matched
    with an hour the other side gives as a plain number."""
    out = []
    for key, span in times:
        hour, minute = (int(x) for x in key.split(":")[1:3])
        if minute == 0:
            out.append((float(hour % 12 or 12), span, None))
    return out


def _in_clock_time(side: Side, x) -> bool:
    return any(s <= x[1][0] < e for _, (s, e) in clock_times(side))


_YEAR_WORDS = {"года", "году", "год", "г", "jahr", "jahres", "año", "année"}
_CJK_COUNTERS = set("人名个位件台本张所间份元块吨场部篇首把双套颗枚项批명개대권")


def _written_year(text: str, x) -> bool:
    """A year is written in digits: "1999" (also "1990 года") is a date, "dos mil turistas"
    a number."""
    bare = x[2] is None or x[2] in _YEAR_WORDS
    digits = text[x[1][0]:x[1][1]].strip()
    counted = text[x[1][1]:x[1][1] + 1] in _CJK_COUNTERS  # "2000人" = 2,000 people
    return bare and _is_year((x[0], x[1], None)) and digits.isdecimal() and int(digits) == x[0] \
        and not counted
