"""Language-aware checks over an aligned pair. Each returns findings (and counts for the score)."""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

from drift.align import Alignment, Word
from drift.lexicon import (
    AFFIRMING_AFTER_NEGATION,
    ANTONYMS_EN,
    CAPITALS,
    CJK_COUNTRIES,
    CJK_NEG_LEXICAL,
    CJK_NEGATION,
    CONCORD,
    CONDITIONAL,
    CONTRACTION_NEG,
    COUNTRIES,
    COUNTRY_PHRASES,
    CS_SK_NEGATED_PAST,
    EL_MONTHS,
    EVERY,
    FREQUENCY,
    FREQUENCY_UNITS,
    HEDGE_PHRASES,
    HEDGES,
    JA_NEGATION,
    KO_NEGATION,
    LANG_DATE_NAMES,
    NAME_GROUPS,
    NAME_HEADS,
    NEG_LEXICAL,
    NEGATING_PHRASES,
    NEGATION,
    NUMBER_MULTIPLIERS,
    NUMBER_WORDS,
    OPPOSITE_LANGS,
    OPPOSITES,
    ORDINALS,
    RELATIVE_DATE_PHRASES,
    RELATIVE_DATES,
    STOP,
    STRENGTH_EN,
    SUPERLATIVE_EVER,
    TR_NEGATION,
    UNIT_FACTORS,
    month_day_names,
)

SEVERITY_ORDER = {"info": 0, "low": 1, "medium": 2, "high": 3}
_CJK_CHAR = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CJK_MULT = {"千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "천": 1e3, "만": 1e4, "억": 1e8}
_NUM = re.compile(rf"(?<![.,])(?<!(?![{_CJK_CHAR}])\w)\d+(?:[.,\u00a0\u202f ]\d{{3}})*(?:[.,]\d+)?(?!\d)")
_MULT = {"thousand": 1e3, "mil": 1e3, "tausend": 1e3, "mille": 1e3, "тысяч": 1e3,
         "тысячи": 1e3, "million": 1e6, "millions": 1e6, "millones": 1e6, "millón": 1e6,
         "millionen": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
         "billion": 1e9, "billions": 1e9, "milliarden": 1e9, "milliards": 1e9,
         "миллиард": 1e9, "миллиардов": 1e9, "mil millones": 1e9, "млрд": 1e9, "млн": 1e6,
         "тыс": 1e3, "mrd": 1e9, "mio": 1e6, "md": 1e9, "bn": 1e9, "m": 1e6,
         "milioni": 1e6, "milione": 1e6, "miliardi": 1e9, "miliardo": 1e9, "mila": 1e3,
         "milhões": 1e6, "milhão": 1e6, "bilhões": 1e9, "bilhão": 1e9, "miljoen": 1e6,
         "miljard": 1e9, "duizend": 1e3, "milion": 1e6, "miliony": 1e6, "milionów": 1e6,
         "miliard": 1e9, "miliardów": 1e9, "tys.": 1e3, "mln": 1e6, "mld": 1e9,
         "мільйонів": 1e6, "мільйони": 1e6, "мільярдів": 1e9, "тисяч": 1e3, "tysięcy": 1e3,
         "tysiące": 1e3, "tysiąc": 1e3, "тисячі": 1e3, "tisíc": 1e3}
_NAMES = month_day_names()
_ANTONYMS = {frozenset(p) for p in ANTONYMS_EN}
_STRENGTH = {frozenset(p) for p in STRENGTH_EN}
_BRACKET = re.compile(r"\[[^\]]{1,80}\]")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_NOUN_CAPS = {"de", "lb"}
_PUNCT = "'’\".,;:!?()[]«»“”„"
RULES_VERSION = 126  # bump when a check changes: it is part of the scorer signature


@dataclass(frozen=True)
class Finding:
    """One located divergence. Spans are (start, end) character offsets, or None."""

    kind: str
    severity: str
    a_span: tuple[int, int] | None
    b_span: tuple[int, int] | None
    a_text: str
    b_text: str
    message: str


@dataclass(frozen=True)
class Side:
    """One text of a pair with its language and words (`memo`: what the checks found in it,
    computed once per text)."""

    text: str
    lang: str
    words: list[Word]
    memo: dict = field(default_factory=dict, compare=False, repr=False)


def _memo(side: Side, key: str, compute):
    """`compute(side)`, once per Side; callers must not change the list it returns."""
    if key not in side.memo:
        side.memo[key] = compute(side)
    return side.memo[key]


def _span(w: Word) -> tuple[int, int]:
    return (w.start, w.end)


def _cut(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0]:span[1]] if span else ""


def make(kind: str, sev: str, a: Side, b: Side, sa, sb, message: str) -> Finding:
    return Finding(kind, sev, sa, sb, _cut(a.text, sa), _cut(b.text, sb), message)


# -- numbers -------------------------------------------------------------------------------
def _parse_number(raw: str) -> float:
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    m = re.fullmatch(r"(\d+)((?:[., ]\d{3})*)([.,]\d+)?", s)
    if m and m.group(2):
        whole = m.group(1) + re.sub(r"[., ]", "", m.group(2))
        frac = m.group(3)
        return float(whole + ("." + frac[1:] if frac else ""))
    return float(s.replace(",", ".").replace(" ", ""))


def numbers(side: Side) -> list[tuple[float, tuple[int, int], str | None]]:
    return _memo(side, "numbers", _numbers_uncached)


def _numbers_uncached(side: Side) -> list[tuple[float, tuple[int, int], str | None]]:
    """(value, span, unit) for digit numbers (with multipliers and units) and number words."""
    text, out = side.text, []
    for m in _NUM.finditer(text):
        value = _parse_number(m.group())
        if not math.isfinite(value):
            continue
        # "12 million", and "12-million-euro" with hyphens
        after = re.sub(r"^-(?=[^\W\d_])", " ", text[m.end():m.end() + 14].lower()).split()
        after = after[:2] and [after[0].split("-")[0]] + after[1:2]
        if len(after) == 2 and " ".join(after) in _MULT:  # "2 mil millones"
            after = [" ".join(after)]
        if after and after[0].strip(".,;:") in _MULT and not _AREA.match(text, m.end()):
            value *= _MULT[after[0].strip(".,;:")]
        end = m.end()
        if text[end:end + 1] in _CJK_MULT and not (after and after[0].strip(".,;:") in _MULT):
            value *= _CJK_MULT[text[end]]  # "4万人", "2천 명": 40,000, 2,000
            end += 1
        out.append((value, (m.start(), end), None))
    out = _symbol_numbers(text, out)
    out += [(2.0, (m.start(), m.end()), "weeks") for m in _FORTNIGHT.finditer(text)]
    halves = [(0.5 * _HALF_OF_BIG[m.group(1).lower()], m.span(), None)
              for m in _HALF_A_MILLION.finditer(text)]
    out += _roman_centuries(text) + _ordinal_centuries(text)
    out = [_hundreds_as_century(text, x) for x in out]
    out += [(1.5, (m.start(), m.end()), m.group(1).lower()) for m in _UNIT_AND_A_HALF.finditer(text)]
    out += [(0.5, m.span(), _RU_HALF_UNIT[m.group(1).lower()]) for m in _RU_HALF.finditer(text)]
    fractions = _fractions(side)
    spans = [f[1] for f in fractions] + [c[1] for c in _ordinal_centuries(text)]
    months = [sp for _, sp in _cjk_months(side)]  # "3月" is March, not the number 3
    out = [x for x in out if not any(s <= x[1][0] < e for s, e in months)]
    out = [x for x in out + _word_numbers(side) + fractions + _cjk_numbers(side)
           if not any(s <= x[1][0] < e for _, (s, e), _ in halves)] + halves
    # a figure past float range ("9" * 400, "1e308 billion") is refused, not compared
    return [_with_half_and_unit(text, x) for x in out if math.isfinite(x[0])
            and not _is_half_of(text, x) and not _inside_fraction(spans, x)]


_AREA = re.compile(r"\s?[mM]\s?[²³]")  # "1978 m ²" is square metres, not 1978 million
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# "1e10", "2.5E-3"; "3 × 10⁶", "3x10^6"; "10⁶", "10^6"
_SCIENTIFIC = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,3})(?!\w)"
                         r"|(?<![\w.,])(?:(\d+(?:[.,]\d+)?)\s?[×x·]\s?)?10(?:\^(-?\d{1,3})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?!\d)")


def _symbol_numbers(text: str, found: list) -> list:
    """Numbers written with symbols, merged into the digit numbers `found`: scientific
    notation ("1e10", "3 × 10⁶", "10^6"), vulgar fractions ("½", "1½" = 1.5) and circled or
    parenthesised digits ("①"). A superscript elsewhere (a footnote mark "¹") is no number."""
    out = list(found)
    for m in _SCIENTIFIC.finditer(text):
        if m.group(1):
            value = float(m.group(1).replace(",", ".")) * 10.0 ** int(m.group(2))
        else:
            power = m.group(4) or m.group(5).translate(_SUPERSCRIPT)
            value = float((m.group(3) or "1").replace(",", ".")) * 10.0 ** int(power)
        s, e = m.span()
        out = [x for x in out if not (s <= x[1][0] < e)] + [(value, (s, e), None)]
    for k, ch in enumerate(text):
        if unicodedata.category(ch) != "No" or any(s <= k < e for _, (s, e), _ in out):
            continue
        name = unicodedata.name(ch, "")
        value = unicodedata.numeric(ch, None)
        if value is None or not ("FRACTION" in name or "CIRCLED" in name or "PARENTHESIZED" in name
                                 or "DINGBAT" in name or "FULL STOP" in name):
            continue
        if k and text[k - 1].isalpha() and not text[k - 1].isnumeric():
            continue  # glued to a word: mojibake ("Å¾" for "ž"), not a figure
        # "14½", "14 ½", and "½14" in right-to-left text: one figure, 14.5
        joined = "FRACTION" in name and next(
            (x for x in out if x[2] is None and (0 <= k - x[1][1] <= 1 and not text[x[1][1]:k].strip()
                                                 or x[1][0] == k + 1)), None)
        after = re.match(r"\d+", text[k + 1:]) if "FRACTION" in name and not joined else None
        if joined:
            span = (min(joined[1][0], k), max(joined[1][1], k + 1))
            out = [x for x in out if x is not joined] + [(joined[0] + value, span, None)]
        elif after:  # "½14": digits right after a fraction are not read as a number of their own
            out.append((float(after.group()) + value, (k, k + 1 + after.end()), None))
        else:
            out.append((float(value), (k, k + 1), None))
    return out


# Chinese numerals before a measure word ("三名男子" = three men, "两千人" = 2,000 people) or
# a unit ("二十分钟" = twenty minutes; not a bare 分: "十分" = very); not before 月/日, where
# they name a month or a day
_CJK_NUMBER = re.compile(r"[零一二两三四五六七八九十百千万亿]+"
                         r"(?=多?[名个位人年天次家座条件辆架艘只头岁周倍棵本张所间台份元块吨场部篇首把双套"
                         r"颗枚项批袋箱瓶杯户代]|分钟|小时|公里|公斤|星期|个月|秒钟)")
_CJK_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_BIG = {"万": 1e4, "亿": 1e8}


# Korean native numerals before a counter ("세 명" = three people, "두 번" = twice)
_KO_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
              "열": 10, "스무": 20}
_KO_NUMBER = re.compile(r"(?<![가-힣])(" + "|".join(sorted(_KO_NATIVE, key=len, reverse=True))
                        + r")\s*(?=(?:명|개|마리|권|대|살|번|시간|달|잔|병|장|채|곳|가지|주|그루)"
                        r"(?:[가-힣]{0,2})(?![가-힣]))")


_HALF = {"ko": re.compile(r"절반"), "zh": re.compile(r"一半")}  # half


def _cjk_numbers(side: Side) -> list[tuple[float, tuple[int, int], str | None]]:
    halves = [(0.5, m.span(), None) for m in _HALF[side.lang].finditer(side.text)] \
        if side.lang in _HALF else []
    if side.lang == "ko":
        return halves + [(float(_KO_NATIVE[m.group(1)]), m.span(1), None)
                         for m in _KO_NUMBER.finditer(side.text)]
    if side.lang != "zh":
        return []
    out = halves
    for m in _CJK_NUMBER.finditer(side.text):
        total = section = num = 0.0
        for ch in m.group():
            if ch in _CJK_DIGITS:
                num = _CJK_DIGITS[ch]
            elif ch in _CJK_UNITS:
                section += (num or 1) * _CJK_UNITS[ch]
                num = 0
            else:
                total += (section + num) * _CJK_BIG[ch]
                section = num = 0
        value = total + section + num
        if value:
            out.append((float(value), m.span(), None))
    return out


_ROMAN = re.compile(r"\b(X{0,2}(?:IX|IV|V?I{0,3}))(?:e|er|ème)?\b")
_CENTURY = re.compile(r"\b(?:siglo|siglos|siècle|siècles|век|века|веке|jahrhundert|jahrhunderts)\b",
                      re.IGNORECASE)
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10}


# a Roman numeral after a word that numbers parts: "chapter IV" is chapter 4
_NUMBERED_PART = re.compile(r"\b(?:chapter|part|section|volume|book|article|act|phase|stage|"
                            r"round|world war|kapitel|teil|band|artikel|chapitre|partie|tome|"
                            r"capítulo|parte|tomo|artículo|capitolo|глава|главе|главы|часть|"
                            r"части|том|статья|статьи)\s+(?-i:([IVXLC]{1,7}))\b(?![-–/.]\w)", re.IGNORECASE)


def _roman_value(roman: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for k, ch in enumerate(roman):
        v, nxt = values[ch], values.get(roman[k + 1], 0) if k + 1 < len(roman) else 0
        total += -v if nxt > v else v
    return total


def _roman_centuries(text: str) -> list[tuple[float, tuple[int, int], str | None]]:
    """A Roman numeral next to a word for century ("siglo XIX", "XIXe siècle", "XIX век") is
    the century's number, compared with "19th century"."""
    out = []
    for m in _ROMAN.finditer(text):
        roman = m.group(1)
        if not roman or not _CENTURY.search(text[max(0, m.start() - 12):m.end() + 12]):
            continue
        value = 0
        for k, ch in enumerate(roman):
            v = _ROMAN_VALUE[ch]
            nxt = _ROMAN_VALUE.get(roman[k + 1]) if k + 1 < len(roman) else 0
            value += -v if nxt and nxt > v else v
        if 1 <= value <= 21:
            out.append((float(value), (m.start(), m.start() + len(roman)), None))
    taken = {x[1][0] for x in out}
    out += [(float(_roman_value(m.group(1))), m.span(1), None) for m in _NUMBERED_PART.finditer(text)
            if m.start(1) not in taken]
    return out


_ORDINAL_STEMS = [  # 11th to 21st: en, fr, de, ru
    "eleventh onzième elft одиннадцат", "twelfth douzième zwölft двенадцат",
    "thirteenth treizième dreizehnt тринадцат", "fourteenth quatorzième vierzehnt четырнадцат",
    "fifteenth quinzième fünfzehnt пятнадцат", "sixteenth seizième sechzehnt шестнадцат",
    "seventeenth dix-septième siebzehnt семнадцат", "eighteenth dix-huitième achtzehnt восемнадцат",
    "nineteenth dix-neuvième neunzehnt девятнадцат", "twentieth vingtième zwanzigst двадцат",
    r"twenty-first vingt\s+et\s+unième einundzwanzigst"]
_ORDINAL_CENTURY = [
    (11 + k, re.compile(rf"\b(?:{'|'.join(stems.split())})\w*(?=[\s-]+(?:centur|siècle|jahrhundert|век))",
                        re.IGNORECASE))
    for k, stems in enumerate(_ORDINAL_STEMS)]


def _ordinal_centuries(text: str) -> list[tuple[float, tuple[int, int], str | None]]:
    """"eighteenth-century", "dix-huitième siècle", "achtzehnten Jahrhundert", "восемнадцатого
    века": the century's number, as "18th century" and "siglo XVIII" give it."""
    return [(float(v), m.span(), None) for v, rx in _ORDINAL_CENTURY for m in rx.finditer(text)
            if not (v == 20 and re.match(r"\w*\s+(?:et|first)", text[m.end():]))]


def _hundreds_as_century(text: str, x):
    """"the 1700s" is the eighteenth century (18), not the year 1700."""
    value, span, unit = x
    if text[span[1]:span[1] + 1] == "s" and value in {float(c * 100) for c in range(11, 20)} \
            and not text[span[1] + 1:span[1] + 2].isalnum():
        return value / 100 + 1, (span[0], span[1] + 1), unit
    return x


_FORTNIGHT = re.compile(r"\bfortnight\b", re.IGNORECASE)  # two weeks
# Russian "полгода" (half a year), "полчаса", "полмесяца", "полдня", "полвека", "полугода"
_RU_HALF = re.compile(r"\bпол(?:у)?(года|часа|месяца|дня|суток|века)\b", re.IGNORECASE)
_RU_HALF_UNIT = {"года": "года", "часа": "часа", "месяца": "месяца", "дня": "дня", "суток": "суток",
                 "века": "века"}
# "half a million", "een half miljoen", "eine halbe Million", "un demi-million", "medio millón",
# "mezzo milione", "meio milhão", "полмиллиона" = 500,000
_HALF_A_MILLION = re.compile(
    r"\b(?:half\s+an?|a\s+half|een\s+half|eine?\s+halbe|un\s+demi-?|medio|mezzo|meio|пол-?)\s*"
    r"(million|miljoen|millionen|millón|milione|milhão|миллиона|billion|miljard|milliarde|"
    r"milliard|millardo|miliardo|bilhão|миллиарда)\b", re.IGNORECASE)
_HALF_OF_BIG = {**dict.fromkeys(("million", "miljoen", "millionen", "millón", "milione", "milhão",
                                  "миллиона"), 1e6),
                **dict.fromkeys(("billion", "miljard", "milliarde", "milliard", "millardo", "miliardo",
                                  "bilhão", "миллиарда"), 1e9)}
# "an hour and a half", "a day and a half" = 1.5 of the unit
_UNIT_AND_A_HALF = re.compile(r"\b(?:an?|one)\s+(hour|day|week|month|year)\s+and\s+a\s+half\b",
                              re.IGNORECASE)
_FRACTIONS = re.compile(
    r"\b(?:(a|one|two|three|un|una|dos|tres|une|deux|trois|ein|eine|zwei|drei|одна|две|три|"
    r"uno|due|tre|um|uma|dois|duas|três|een|twee|drie|jedna|dwie|trzy)"
    r"[\s-]+)?"
    r"(thirds?|quarters?|tercios?|cuartas? partes?|tiers|quarts?|dritteln?|vierteln?|трет[ьи]|"
    r"четверт[ьи]|terz[oi]|quarti|terços?|derde|kwart|trzecie|trzecia|ćwierć)\b", re.I)
_FRACTION_VALUE = {"thi": 1 / 3, "ter": 1 / 3, "tie": 1 / 3, "dri": 1 / 3, "тре": 1 / 3,
                   "qua": 0.25, "cua": 0.25, "vie": 0.25, "чет": 0.25, "der": 1 / 3, "kwa": 0.25,
                   "trz": 1 / 3, "ćwi": 0.25}
_COUNTS = {"two": 2, "dos": 2, "deux": 2, "zwei": 2, "две": 2, "three": 3, "tres": 3, "trois": 3,
           "drei": 3, "три": 3, "due": 2, "tre": 3, "dois": 2, "duas": 2, "três": 3, "twee": 2,
           "drie": 3, "dwie": 2, "trzy": 3}
# "two out of (every) three", "one in three", "dos de cada tres", "deux sur trois",
# "zwei von drei", "двое из трёх"
_OUT_OF = {"en": r"(?:out\s+of(?:\s+every)?|in)", "es": r"de\s+cada", "fr": r"sur", "de": r"von",
           "ru": r"из"}


def _fractions(side: Side) -> list[tuple[float, tuple[int, int], str | None]]:
    """"a third", "two thirds", "un tercio", "deux tiers", "ein Drittel", "треть"; a bare
    "third"/"quarter" needs a count before it (not "the third largest city")."""
    out = []
    for m in _FRACTIONS.finditer(side.text):
        count, word = m.group(1), m.group(2).lower()
        if not count and not word.startswith(("трет", "четверт")):
            continue
        value = _FRACTION_VALUE[word[:3]] * _COUNTS.get((count or "").lower(), 1)
        out.append((value, (m.start(), m.end()), None))
    ords = ORDINALS.get(side.lang, {})
    for k, w in enumerate(side.words[:-1]):  # "jeder zehnte", "каждый третий" = one in n
        nxt = side.words[k + 1]
        if w.text.lower() in EVERY and ords.get(nxt.text.lower(), 0) >= 2:
            out.append((1 / ords[nxt.text.lower()], (w.start, _span(nxt)[1]), None))
    link = _OUT_OF.get(side.lang)
    table = NUMBER_WORDS.get(side.lang, {})
    if link:
        for m in re.finditer(rf"\b(\w+)\s+{link}\s+(\w+)\b", side.text, re.I):
            n, d = (_small_number(x, table) for x in (m.group(1), m.group(2)))
            if n and d and n < d and not 1500 <= d <= 2200:  # not "one in 2020"
                out.append((n / d, (m.start(), m.end()), None))
    return out


def _small_number(word: str, table: dict) -> float | None:
    """The value of one digit group or number word, if it is one."""
    low = word.lower()
    if low.isdecimal():
        return float(low)
    return float(table[low]) if low in table and table[low] >= 1 else None


def _inside_fraction(spans: list[tuple[int, int]], x) -> bool:
    """A number word that is the count of a fraction: "two" in "two thirds"."""
    return any(s <= x[1][0] and x[1][1] <= e and x[1] != (s, e) for s, e in spans)


_SMALLER = r"\s+(?:меньш|ниже|сниз|сократ|уменьш|дешевл|короч|медленн)"
_AND_A_HALF = re.compile(r"\s*(?:and a half|y medio|y media|et demie?|с половиной)\b", re.I)
_HALF_WORDS = re.compile(r"(?:and a half|y medio|y media|et demie?|с половиной)$", re.I)


def _with_half_and_unit(text: str, x):
    """"seven and a half" = 7.5; then the unit after the number, if any: "%", "percent",
    "por ciento", "km"."""
    value, (start, end), given = x
    if given:
        return x  # the unit came with the number ("a fortnight", "an hour and a half")
    if text[start:end].lower() == "вдвое" and re.match(_SMALLER, text[end:].lower()):
        value = 0.5  # "вдвое меньше" = half, "вдвое больше" = twice
    m = _AND_A_HALF.match(text, end)
    if m:
        value, end = value + 0.5, m.end()
    rest = text[end:end + 24].lower()
    if value == 0.5 and rest.startswith(" a "):
        rest = rest[2:]  # "half a percentage point"
    unit = None
    for n in (2, 1):
        head = " ".join(w.strip(".,;:()'’") for w in rest.split()[:n])
        if rest[:1] == "%":
            unit = "%"
        elif head in UNIT_FACTORS and len(rest.split()) >= n:
            unit = head
        if unit:
            break
    return value, (start, end), unit


def _is_half_of(text: str, x) -> bool:
    """"half" in "seven and a half", "ciento" in "por ciento": part of a number or unit."""
    before = text[:x[1][0]].lower()
    word = text[x[1][0]:x[1][1]].lower()
    if word == "half" and re.search(r"\b(?:first|second)\s+$", before):
        return True  # "in the second half": a period of a match
    if word in ("half", "medio", "media", "demi", "demie") and _HALF_WORDS.search(before + word):
        return bool(re.search(r"\w+\s+(?:and a|y|et)\s+$", before))
    return word in ("ciento", "cent", "cento") and bool(re.search(r"\b(?:por|pour|per)\s+$", before))


_NUM_LINKS = {"and", "y", "und", "et", "и"}  # "two hundred and fifty", "cent et un"


def _word_numbers(side: Side) -> list[tuple[float, tuple[int, int], str | None]]:
    """Runs of number words, composed: "four hundred" = 400, "dix-sept" = 17, "две тысячи" =
    2000. A multiplier right after digits ("5 million") belongs to the digits."""
    table = NUMBER_WORDS.get(side.lang, {})
    if side.lang in _COMPOUND_LINK:  # "dreihunderttausend", "tweehonderd": one word
        table = dict(table)
        for w in side.words:
            low = w.text.lower()
            if low not in table and (value := _compound_number(low, side.lang)) is not None:
                table[low] = value
    ws, out, k = side.words, [], 0
    if side.lang == "de":
        out += _de_duration_adjectives(side, table)
    while k < len(ws):
        low = ws[k].text.lower()
        prev = ws[k - 1].text if k > 0 else ""
        before_prev = ws[k - 2].text if k > 1 else ""
        after_digits = low in NUMBER_MULTIPLIERS and (
            prev[-1:].isdigit()
            or (prev.lower() in NUMBER_MULTIPLIERS and before_prev[-1:].isdigit())  # 2 mil millones
            or (prev[-1:] == "-" and prev[:-1][-1:].isdigit()
                and ws[k - 1].end == ws[k].start))  # "12-million-euro"
        if low not in table or _in_name(side, k) or after_digits:
            k += 1
            continue
        run, j = [k], k + 1
        while j < len(ws):
            nxt = ws[j].text.lower()
            if nxt in table and table[nxt] >= 1 and table[ws[run[-1]].text.lower()] >= 1:
                run.append(j)
            elif not (j + 1 < len(ws) and ws[j + 1].text.lower() in table
                      and ws[j + 1].text.lower() != ws[run[-1]].text.lower()  # millions and millions
                      and (nxt == "-" and ws[j].start == ws[j - 1].end
                           or nxt in _NUM_LINKS and ws[run[-1]].text.lower() in NUMBER_MULTIPLIERS)):
                break
            j += 1
        if len(run) > 1 and table[ws[run[0]].text.lower()] == 1 \
                and ws[run[1]].text.lower() not in NUMBER_MULTIPLIERS:
            run = run[1:]  # "un cinco por ciento": an article, not "one"
        value = _compose([ws[i].text.lower() for i in run], table)
        span = (ws[run[0]].start, _span(ws[run[-1]])[1])
        out.append((value, span, None))
        k = run[-1] + 1
    return out


_DE_DURATION = re.compile(r"(\w+?)(stündig|tägig|wöchig|monatig|jährig|minütig)(?:e|er|en|es|em)?$")
_DE_DURATION_UNIT = {"stündig": "stunden", "tägig": "tage", "wöchig": "wochen",
                     "monatig": "monate", "jährig": "jahre", "minütig": "minuten"}


def _de_duration_adjectives(side: Side, table: dict) -> list[tuple[float, tuple[int, int], str]]:
    """"dreistündiger" = three hours, "zweiwöchige" = two weeks: a number and its unit in one
    German adjective."""
    out = []
    for w in side.words:
        m = _DE_DURATION.match(w.text.lower())
        if m and m.group(1) in table and table[m.group(1)] >= 1:
            out.append((float(table[m.group(1)]), _span(w), _DE_DURATION_UNIT[m.group(2)]))
    return out


# numbers written as one word: German "dreihunderttausend", Dutch "tweehonderd",
# "drieëntwintig", Swedish "tvåhundra", "tjugoett", Danish "enogtyve"; the link word between
# units and tens
_COMPOUND_LINK = {"de": ("und",), "nl": ("ën", "en"), "sv": (), "da": ("og",)}
_PARTS = {lang: {k: v for k, v in NUMBER_WORDS[lang].items() if v >= 1 and k.isalpha()}
          for lang in _COMPOUND_LINK}
_PARTS_LONGEST = {lang: sorted(parts, key=len, reverse=True) for lang, parts in _PARTS.items()}
_PART_STARTS = {lang: {k[:2] for k in parts} for lang, parts in _PARTS.items()}


def _compound_number(word: str, lang: str) -> float | None:
    """A number written as one word, split into number words (longest first) and composed:
    "dreihunderttausend" = 300000, "zweiundzwanzig" = 22, "tweehonderd" = 200; None if it
    is not one."""
    table = _PARTS[lang]
    if word[:2] not in _PART_STARTS[lang]:
        return None
    parts, rest = [], word
    while rest:
        head = next((k for k in _PARTS_LONGEST[lang] if rest.startswith(k)), None)
        link = next((x for x in _COMPOUND_LINK[lang] if rest.startswith(x)), None)
        if head is None and link and parts:
            rest = rest[len(link):]
            continue
        if head is None:
            return None
        parts.append(head)
        rest = rest[len(head):]
    if len(parts) < 2:
        return None
    if len(parts) == 2 and table[parts[0]] < 10 and 20 <= table[parts[1]] < 100:
        return float(table[parts[0]] + table[parts[1]])  # "zweiundzwanzig", "drieëntwintig"
    return _compose(parts, table)


def _compose(words: list[str], table: dict) -> float:
    total, cur, largest = 0.0, 0.0, 0.0
    for i, w in enumerate(words):
        v = float(table[w])
        if w in ("vingt", "vingts") and i and table[words[i - 1]] == 4:
            cur = cur - 4 + 80  # quatre-vingts
        elif w in NUMBER_MULTIPLIERS and v < 1000:
            cur = (cur or 1) * v
        elif w in NUMBER_MULTIPLIERS and v > largest and total and not cur:
            total *= v  # "dos mil millones" = 2,000 × 1,000,000
            largest = v
        elif w in NUMBER_MULTIPLIERS:
            total += (cur or 1) * v
            cur, largest = 0.0, max(largest, v)
        else:
            cur += v
    return total + cur


def _in_name(side: Side, k: int) -> bool:
    """A capitalised number word inside a sentence is part of a name: "Tres Naciones" (not
    in German, which capitalises nouns: "die Hälfte")."""
    if side.lang in _NOUN_CAPS:
        return False
    w = side.words[k]
    return w.text[:1].isupper() and not _initial(side.text, w.start)


def _same_quantity(x, y) -> bool:
    (va, _, ua), (vb, _, ub) = x, y
    kinds = {UNIT_FACTORS[u][0] for u in (ua, ub) if u}
    if kinds == {"m²", "m³"}:  # an area is not a volume, whatever the figure
        return False
    if ua and ub and kinds == {"°F", "°C"}:  # 104 °F = 40 °C
        fa, fb = ((va - 32) * 5 / 9 if UNIT_FACTORS[u][0] == "°F" else va for va, u in ((va, ua), (vb, ub)))
        return abs(fa - fb) <= 1.0
    if ua and ub and UNIT_FACTORS[ua][0] == UNIT_FACTORS[ub][0]:
        ba, bb = va * UNIT_FACTORS[ua][1], vb * UNIT_FACTORS[ub][1]
        if _days_for_weeks(ba, bb, ua, ub) or _days_for_weeks(bb, ba, ub, ua):
            return True
        return abs(ba - bb) <= 0.03 * max(ba, bb)  # 311 miles = 500 km; one hour != one day
    for (v1, u1), (v2, u2) in (((va, ua), (vb, ub)), ((vb, ub), (va, ua))):
        if u1 and UNIT_FACTORS[u1][0] == "ratio" and not u2 and 0 < v2 < 1:
            return abs(v1 * 0.01 - v2) <= 1e-6  # fifty percent = half
    return abs(va - vb) <= 1e-6 * max(1.0, abs(va))


_DAY, _WEEK = 86400.0, 604800.0


def _days_for_weeks(x: float, y: float, ux: str, uy: str) -> bool:
    """"quince días" / "quinze jours" / "quindici giorni" (15 days) and "huit jours" (8 days)
    are how Spanish, French, Italian and Portuguese say two weeks and a week."""
    return UNIT_FACTORS[ux][1] == _DAY and UNIT_FACTORS[uy][1] == _WEEK \
        and (x, y) in ((15 * _DAY, 2 * _WEEK), (8 * _DAY, _WEEK))


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
# least 10"), at most it ("up to 500"), near it ("about 10 %"). Phrases end right before the
# number; the lists of all five languages are searched together.
_QUALIFIERS = {
    "below": r"almost|nearly|just\s+under|close\s+to|casi|presque|près\s+de|fast|beinahe|"
             r"knapp|почти|чуть\s+меньше|quasi|quase|prawie|niemal|bijna|nästan",
    "above": r"(?<!no )(?<!not )more\s+than|older\s+than|mayores\s+de|älter\s+als|старше|over|"
             r"above|exceeds?|exceeded|exceeding|surpass\w*|"
             r"at\s+least|upwards\s+of|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|"
             r"not\s+fewer\s+than|"
             r"por\s+encima\s+de|supera\w*|au-dessus\s+de|dépass\w*|oberhalb|übersteig\w*|"
             r"выше|превыша\w*|(?<!no )más\s+de|al\s+menos|por\s+lo\s+menos|no\s+menos\s+de|"
             r"(?<!pas )plus\s+de|au\s+moins|pas\s+moins\s+de|(?<!nicht )mehr\s+als|"
             r"nicht\s+weniger\s+als|über|mindestens|(?<!не )более|(?<!не )больше|не\s+менее|"
             r"не\s+меньше|свыше|как\s+минимум|"
             r"più\s+di|almeno|oltre|mais\s+de|pelo\s+menos|ao\s+menos|acima\s+de|"
             r"co\s+najmniej|przynajmniej|ponad|powyżej|meer\s+dan|minstens|ten\s+minste|ruim|"
             r"mer\s+än|minst",
    "at_most": r"up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|fewer\s+than|"
               r"under|below|beneath|younger\s+than|menores\s+de|jünger\s+als|младше|"
               r"as\s+many\s+as|as\s+much\s+as|por\s+debajo\s+de|en\s+dessous\s+de|"
               r"unterhalb|ниже|hasta|no\s+más\s+de|pas\s+plus\s+de|nicht\s+mehr\s+als|"
               r"como\s+máximo|menos\s+de|jusqu['’]à|au\s+plus|moins\s+de|bis\s+zu|höchstens|"
               r"weniger\s+als|unter|не\s+более|не\s+больше|(?<!не )менее|(?<!не )меньше|"
               r"fino\s+a|meno\s+di|al\s+massimo|menos\s+de|no\s+máximo|mniej\s+niż|"
               r"najwyżej|maksymalnie|minder\s+dan|hoogstens|maximaal|upp\s+till|högst|"
               r"mindre\s+än",
    "about": r"about|around|roughly|approximately|some|circa|alrededor\s+de|cerca\s+de|unos|unas|"
             r"aproximadamente|environ|quelque|etwa|rund|ungefähr|около|примерно|порядка|"
             r"intorno\s+a|circa|cerca\s+de|około|ongeveer|zo['’]n|omkring|ungefär|cirka",
}
_ARTICLE = r"(?:\s+(?:the|an?|la|el|las|los|le|les|l['’]|die|der|das|den))?"
_QUALIFIER_RX = {k: re.compile(rf"(?:^|\W)(?:{rx}){_ARTICLE}\s*$", re.IGNORECASE)
                 for k, rx in _QUALIFIERS.items()}
_OPPOSED = {frozenset(("below", "above")), frozenset(("at_most", "above"))}


def _qualifier(side: Side, span: tuple[int, int]) -> str | None:
    before = side.text[max(0, span[0] - 24):span[0]]
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
    """(value, span) of ordinal words: "first", "deuxième", "dritten", "второй"."""
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
    for x in list(left):
        match = next((y for y in right if _same_quantity(x, y)), None)
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


def _day_of_month(side: Side, span) -> int | None:
    """The day a number or ordinal next to a month name gives ("April 1", "the first of
    April", "1er avril", "1. April", "1 апреля", "1 de abril"), compared as a date; else None."""
    if side.lang in ("zh", "ja", "ko"):  # "3月15日", "3월 15일"
        m = re.match(r"\d{1,2}", side.text[span[0]:span[1]])  # a Korean word holds "2일"
        digits = m.group() if m else ""
        before = side.text[:span[0]].rstrip()[-1:]
        after = side.text[span[0] + len(digits):span[0] + len(digits) + 1]
        ok = digits.isdecimal() and before in ("月", "월") and after in ("日", "号", "일")
        return int(digits) if ok and 1 <= int(digits) <= 31 else None
    k = next((i for i, w in enumerate(side.words) if w.start == span[0]), None)
    if k is None:
        return None
    raw = side.words[k].text.lower().rstrip(".").lstrip("-–—")  # "12–18 March": "–18"
    raw = re.sub(r"(?:st|nd|rd|th|er|re|e)$", "", raw) if raw[:1].isdecimal() else raw
    value = int(raw) if raw.isdecimal() else ORDINALS.get(side.lang, {}).get(raw)
    if not value or not 1 <= value <= 31:
        return None
    near = [j for j in range(k - 5, k + 6) if 0 <= j < len(side.words) and j != k]
    between = {"of", "de", "del", "the", ".", ","}
    for j in near:
        key = _date_name(side.words[j].text.lower(), side.lang)
        if key and key[0] == "month":
            lo, hi = sorted((j, k))
            inside = [side.words[i].text.lower() for i in range(lo + 1, hi)]
            if inside and side.words[k].text[:1] in "-–—":
                inside.append("-")  # "March 12 -18": the dash links this day to the first
            if all(t in between for t in inside) or _day_range(inside, between):
                return value
    return None


# "from 12 to 18 March", "с 12 по 18 марта", "vom 12. bis 18. März", "du 12 au 18 mars",
# "del 12 al 18 de marzo", "12 and 13 May": the month belongs to both days of a range
_RANGE_WORDS = {"to", "through", "till", "until", "and", "-", "–", "—", "по", "до", "и", "bis",
                "und", "au", "et", "al", "a", "y", "e", "tot", "en", "do", "i", "och", "og"}
_DAY_TOKEN = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|e)?\.?$")


def _day_range(inside: list[str], between: set[str]) -> bool:
    """Whether the words between a day and its month are the rest of a range of days: one
    range word and one more day, with at most the usual "of" / "de" / "." around them."""
    dashed = [t for t in inside if re.fullmatch(r"[-–—]\d{1,2}", t)]  # "12 -18 March"
    days = [t for t in inside if _DAY_TOKEN.match(t.lstrip("-–—"))
            and 1 <= int(re.search(r"\d+", t).group()) <= 31]
    links = [t for t in inside if t in _RANGE_WORDS] + dashed
    rest = [t for t in inside if t not in between and t not in _RANGE_WORDS and t not in days]
    return len(days) == 1 and len(links) == 1 and not rest


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


# Russian years in words: "в две тысячи четырнадцатом году" = in 2014 (the last word an
# ordinal, tens before it a cardinal: "тысяча девятьсот девяносто восьмого года")
_RU_YEAR_BASE = {"две тысячи": 2000, "тысяча девятьсот": 1900, "тысяча восемьсот": 1800}
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
            "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
_RU_ORD_STEMS = sorted({
    "перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13,
    "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18,
    "девятнадцат": 19, "двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50,
    "шестидесят": 60, "семидесят": 70, "восьмидесят": 80, "девяност": 90}.items(),
    key=lambda kv: -len(kv[0]))
_RU_WORD_YEAR = re.compile(r"\b(две\s+тысячи|тысяча\s+девятьсот|тысяча\s+восемьсот)"
                           r"(?:\s+(" + "|".join(_RU_TENS) + r"))?\s+([а-яё]+)\s+год\w*"
                           r"|\b(двухтысячн)\w*\s+год\w*", re.IGNORECASE)


def _ru_word_years(side: Side) -> list[tuple[str, tuple[int, int]]]:
    if side.lang not in ("ru", "uk"):
        return []
    out = []
    for m in _RU_WORD_YEAR.finditer(side.text):
        if m.group(4):
            out.append(("year:2000", m.span()))
            continue
        base = _RU_YEAR_BASE[" ".join(m.group(1).lower().split())]
        last = m.group(3).lower()
        ordinal = next((v for stem, v in _RU_ORD_STEMS if last.startswith(stem)), None)
        if ordinal is None:
            continue
        out.append((f"year:{base + _RU_TENS.get((m.group(2) or '').lower(), 0) + ordinal}", m.span()))
    return out


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


def _is_year(x) -> bool:
    return x[0] == int(x[0]) and 1500 <= x[0] <= 2200 and x[2] is None


# -- dates ---------------------------------------------------------------------------------
_RU_MAY = {"май", "мая", "мае", "маю", "маем"}
_RU_WEDNESDAY = {"среда", "среду", "среды", "среде", "средой", "средам", "средами", "средах"}


def _date_name(low: str, lang: str) -> tuple[str, int] | None:
    """Month or weekday of a lower-case word: inflected Russian forms ("июля", "среду") and
    plural weekdays ("on Mondays", "lundis", "montags") included."""
    low = re.sub(r"['’]s$", "", low)  # "Saturday's"
    if low in LANG_DATE_NAMES.get(lang, {}):
        return LANG_DATE_NAMES[lang][low]
    if lang == "el":
        bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        return next((("month", i) for i, stem in enumerate(EL_MONTHS.split())
                     if bare.startswith(stem) and len(bare) - len(stem) <= 3), None)
    if low in _NAMES:
        return _NAMES[low]
    if lang == "ru":
        if low in _RU_MAY:
            return _NAMES["ма"]
        if low.startswith("сред") and low not in _RU_WEDNESDAY:
            return None  # "среди" (among), "средний" (average) are no Wednesday
        return next((_NAMES[s] for s in _NAMES if len(s) >= 3 and low.startswith(s)
                     and len(low) - len(s) <= 3 and s != "ма"), None)
    if low.endswith("s") and _NAMES.get(low[:-1], ("",))[0] == "weekday":
        return _NAMES[low[:-1]]
    m = _DE_DAY_PART.fullmatch(low) if lang == "de" else None
    if m and _NAMES.get(m.group(1), ("",))[0] == "weekday":
        return _NAMES[m.group(1)]  # "Sonntagabend", "Montagmorgen": the weekday
    return None


_PT_FEIRA = {"segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4}


def _pt_feira(side: Side, w: Word) -> tuple[str, int] | None:
    """Portuguese weekdays written with a hyphen ("quinta-feira"), which the word splitter
    cuts in three: "quinta" alone is "fifth"."""
    low = w.text.lower()
    if side.lang != "pt" or low not in _PT_FEIRA:
        return None
    rest = side.text[w.end:w.end + 8].lower()
    return ("weekday", _PT_FEIRA[low]) if re.match(r"-feiras?\b", rest) else None


_DE_DAY_PART = re.compile(r"(\w+tag|mittwoch)(?:abend|morgen|nachmittag|vormittag|mittag|nacht)s?")


_ALL_THE = {("tous", "les"), ("toutes", "les"), ("todos", "los"), ("todas", "las")}


def _frequencies(side: Side) -> list[tuple[str, tuple[int, int]]]:
    return _memo(side, "_frequencies", _frequencies_uncached)


def _frequencies_uncached(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """Multi-word frequencies: "every hour", "every two years", "cada año", "jeden Tag",
    "chaque semaine", "каждый год" (single words such as "hourly" are in FREQUENCY)."""
    ws, out = side.words, []
    for k, w in enumerate(ws):
        low = w.text.lower()
        tous = k + 1 < len(ws) and (low, ws[k + 1].text.lower()) in _ALL_THE
        if low not in EVERY and not tous:
            continue  # "every", "cada", "alle", "tous les", "todos los"
        j, times = (k + 2 if tous else k + 1), 1.0
        if j < len(ws) and ws[j].text.lower() in NUMBER_WORDS.get(side.lang, {}):
            times = float(NUMBER_WORDS[side.lang][ws[j].text.lower()])
            j += 1
        elif j < len(ws) and ws[j].text.isdecimal():
            times, j = float(ws[j].text), j + 1
        unit = FREQUENCY_UNITS.get(ws[j].text.lower()) if j < len(ws) else None
        if unit:
            key = f"every:{unit}" + (f"x{times:g}" if times != 1 else "")
            out.append((key, (w.start, _span(ws[j])[1])))
    return out


def _sentence_initial(side: Side, w: Word) -> bool:
    return _initial(side.text, w.start)


def _initial(text: str, start: int, openers: str | None = None) -> bool:
    """Whether a word at `start` begins a sentence: first in the text or on its line (a UI
    string's lines, a list), or after a sentence end or an opening mark."""
    before = text[:start]
    prev = before.rstrip()
    return not prev or "\n" in before[len(prev):] or prev[-1] in (openers or _OPENERS)


_PERIOD_UNIT = {"week": "week", "semana": "week", "woche": "week", "semaine": "week",
                "неделе": "week", "недели": "week", "неделю": "week", "месяца": "month",
                "года": "year", "month": "month", "mes": "month", "monat": "month",
                "monats": "month", "mois": "month", "месяце": "month", "year": "year",
                "año": "year", "jahr": "year", "jahres": "year", "année": "year", "an": "year",
                "году": "year", "mês": "month", "mese": "month", "settimana": "week",
                "ano": "year", "anno": "year", "maand": "month", "jaar": "year", "roku": "year",
                "tygodniu": "week", "miesiącu": "month"}
_PERIOD_WHEN = [(r"next|coming|próxim[oa]|que\s+viene|nächste[nrms]?|kommende[nrms]?|prochaine?|"
                 r"следующ(?:ем|ей|его|ую)|будущ(?:ем|его)|prossim[oa]|que\s+vem|volgende?|"
                 r"przyszłym", "+1"),
                (r"last|past|pasad[oa]|letzte[nrms]?|vergangene[nrms]?|derni(?:er|ère)|passée?|"
                 r"прошл(?:ом|ой|ого|ую)|scors[oa]|passad[oa]|vorige?|afgelopen|zeszłym|ubiegłym",
                 "-1"),
                (r"this|este|esta|diese[nrms]?|cette|ce|этом|этой|questo|questa|deze|dit|neste|nesta|"
                 r"tym", "0")]
_WHEN = "|".join(f"(?:{w})" for w, _ in _PERIOD_WHEN)
_UNIT = "|".join(sorted(_PERIOD_UNIT, key=len, reverse=True))
# "next year", "el año que viene", "la semana pasada", "nächste Woche", "l'an dernier",
# "в прошлом году": a period relative to now
_PERIOD = re.compile(rf"\b(?:(?P<w1>{_WHEN})\s+(?P<u1>{_UNIT})|(?P<u2>{_UNIT})\s+(?P<w2>{_WHEN}))\b",
                     re.IGNORECASE)


# "in a week", "через неделю", "dans une semaine", "en una semana", "in einer Woche" = next week;
# "next Monday" is in the coming week too
_IN_A = re.compile(r"\b(?:in\s+a\s+(?P<u1>week|month|year)|через\s+(?P<u2>неделю|месяц|год)"
                   r"|dans\s+une?\s+(?P<u3>semaine|mois|an)|en\s+una?\s+(?P<u4>semana|mes|año)"
                   r"|in\s+einem?\s+(?P<u5>woche|monat|jahr)"
                   r"|next\s+(?P<u6>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                   # "in a year" is also "over a year": "en un an", "за год"
                   r"|en\s+une?\s+(?P<u7>semaine|mois|an)|за\s+(?P<u8>неделю|месяц|год))\b",
                   re.IGNORECASE)
# "a year ago", "hace un año", "vor einem Jahr", "il y a un an", "год назад" = last year
_AGO = re.compile(r"\b(?:(?:a|one)\s+(?P<u1>year|month|week)\s+ago|hace\s+un[ao]?\s+(?P<u2>año|mes|semana)"
                  r"|vor\s+einem?\s+(?P<u3>jahr|monat|woche)|il\s+y\s+a\s+une?\s+(?P<u4>an|année|mois|semaine)"
                  r"|(?P<u5>год|месяц|неделю)\s+назад)\b", re.IGNORECASE)
_AGO_UNIT = {"year": "year", "año": "year", "jahr": "year", "an": "year", "année": "year",
             "год": "year", "month": "month", "mes": "month", "monat": "month", "mois": "month",
             "месяц": "month", "week": "week", "semana": "week", "woche": "week",
             "semaine": "week", "неделю": "week"}


def _relative_periods(side: Side) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for m in _AGO.finditer(side.text):
        unit = next(g for g in m.groups() if g)
        out.append((f"rel:{_AGO_UNIT[unit.lower()]}-1", (m.start(), m.end())))
    for m in _IN_A.finditer(side.text):
        unit = next(g for g in m.groups() if g).lower()
        out.append((f"rel:{_AGO_UNIT.get(unit, 'week')}+1", (m.start(), m.end())))
        if m.group("u6"):  # "next Monday": the weekday too
            day = _date_name(unit, side.lang)
            out.append((f"{day[0]}:{day[1]}", m.span("u6")))
    for m in _PERIOD.finditer(side.text):
        when, unit = (m.group("w1"), m.group("u1")) if m.group("w1") else (m.group("w2"), m.group("u2"))
        if unit.lower() == "an" and side.lang != "fr":
            continue
        sign = next(v for w, v in _PERIOD_WHEN if re.fullmatch(w, when, re.IGNORECASE))
        out.append((f"rel:{_PERIOD_UNIT[unit.lower()]}{sign}", (m.start(), m.end())))
    return out


_PL_HOURS = {"pierwszej": 1, "drugiej": 2, "trzeciej": 3, "czwartej": 4, "piątej": 5, "szóstej": 6,
             "siódmej": 7, "ósmej": 8, "dziewiątej": 9, "dziesiątej": 10, "jedenastej": 11,
             "dwunastej": 12}
_EN_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_CLOCK = [
    # 3 p.m., 11:30am
    (re.compile(r"(?<![\d:.,])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.I), "ampm"),
    # 15:00, 15h00, 15h, 15 h 30, 15.30 Uhr, 15 Uhr
    (re.compile(r"(?<![\d:.,])(\d{1,2})(?::(\d{2})|h(\d{2})?|\s?h\s?(\d{2})|(?:[.:](\d{2}))?\s*Uhr)"
                r"(?![\d\w])", re.I), "24h"),
    # "à 10 heures", "a las 10", "às 10", "alle 10", "в 10 часов" (and "from": "de 9 h", "desde
    # las 9", "dalle 9"): a number after the word for
    # "at" is an hour in these languages (each its own: German "alle 15 Minuten" = every 15)
    (re.compile(r"\b(?:à|vers|de)\s+(\d{1,2})\s*(?:heures?|h)(?:\s*(\d{2}))?(?![\d:])", re.I), "at:fr"),
    (re.compile(r"\b(?:a|desde)\s+las?\s+(\d{1,2})(?:[:.](\d{2}))?(?![\d:])", re.I), "at:es"),
    (re.compile(r"\bàs\s+(\d{1,2})(?:[:h](\d{2}))?(?:\s*horas?)?(?![\d:])", re.I), "at:pt"),
    (re.compile(r"\b(?:alle|dalle)\s+(\d{1,2})(?:[:.](\d{2}))?(?![\d:])", re.I), "at:it"),
    (re.compile(r"\bв\s+(\d{1,2})(?:[:.](\d{2}))?\s*час\w*", re.I), "at:ru"),
    # Polish hours are ordinals: "o szóstej" (at six), "o godzinie ósmej"
    (re.compile(r"\bo\s+(?:godzinie\s+)?(" + "|".join(_PL_HOURS) + r")\b", re.I), "pl"),
    # "six o'clock", "at six.", "at 6 in the evening": English hours without a.m./p.m.
    (re.compile(r"\b(?:(\d{1,2}|" + "|".join(_EN_HOURS) + r")\s+o['’]clock"
                r"|at\s+(\d{1,2}|" + "|".join(_EN_HOURS) + r")(?=\s*(?:[.,;!?](?!\d)|$|sharp\b|"
                r"in\s+the\s+(?:morning|afternoon|evening)\b|tonight\b)))"
                r"(?:\s+in\s+the\s+(morning|afternoon|evening))?", re.I), "en"),
    # "上午9点", "午後3時", "오후 3시": the hour in Chinese, Japanese and Korean (not "3時間",
    # "3시간": hours of duration)
    (re.compile(r"(上午|早上|凌晨|中午|下午|晚上|午前|午後|오전|오후)?\s*(\d{1,2})\s*[点點時시](?![間间간])"
                r"(?:\s*(\d{1,2})\s*[分분])?"), "cjk"),
]


def clock_times(side: Side) -> list[tuple[str, tuple[int, int]]]:
    return _memo(side, "clock_times", _clock_times_uncached)


def _clock_times_uncached(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """Times of day, 12- or 24-hour: "3 p.m." = "15:00" = "15 Uhr" = "15h"."""
    out, taken = [], []
    for rx, kind in _CLOCK:
        if kind.startswith("at:") and kind[3:] != side.lang:
            continue
        for m in rx.finditer(side.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind.startswith("at:"):
                hour, minute = int(m.group(1)), int(m.group(2) or 0)
            elif kind == "en":
                if side.lang != "en":
                    continue
                word = (m.group(1) or m.group(2)).lower()
                hour, minute = int(_EN_HOURS.get(word, word) or 0), 0
                if m.group(3) and m.group(3).lower() != "morning" and hour < 12:
                    hour += 12
            elif kind == "pl":
                if side.lang != "pl":
                    continue
                hour, minute = _PL_HOURS[m.group(1).lower()], 0
            elif kind == "cjk":
                hour, minute = int(m.group(2)), int(m.group(3) or 0)
                if m.group(1) in ("下午", "晚上", "午後", "오후") and hour < 12:
                    hour += 12
            elif kind == "ampm":
                hour = int(m.group(1))
                minute = int(m.group(2) or 0)
                hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
            else:
                hour = int(m.group(1))
                minute = int(next((g for g in m.groups()[1:] if g), 0))
            if hour > 23 or minute > 59:
                continue
            taken.append((m.start(), m.end()))
            out.append((f"time:{hour:02d}:{minute:02d}", (m.start(), m.end())))
    return out


_MORNING_ES = re.compile(r"\b(?:la|esta|esa|cada|una|toda|media)\s*$", re.IGNORECASE)
_FIN_DE_SEMANA = re.compile(r"\bfin(?:es)?\s+de\s+semana\b", re.IGNORECASE)  # the weekend
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")  # 17.05.2024, day first
_SEASONS = [
    r"spring|springtime|primavera|frühling|frühjahr|printemps|весн\w*",
    r"summer|verano|sommer|(?<=en )été|(?<=l')été|(?<=cet )été|лет(?:о|ом|а)(?=\W)",
    r"autumn|(?<=the )fall|(?<=this )fall|(?<=last )fall|(?<=next )fall|fall(?= \d{4})|otoño|herbst|"
    r"automne|осен\w*",
    r"winter|invierno|hiver|зим(?:а|ой|ы|у)(?=\W)",
]
_SEASON = [re.compile(rf"\b(?:{rx})", re.IGNORECASE) for rx in _SEASONS]


def _numeric_dates(side: Side) -> list[tuple[str, tuple[int, int]]]:
    return _memo(side, "_numeric_dates", _numeric_dates_uncached)


def _numeric_dates_uncached(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """"2024-05-17" and "17.05.2024" as a year, a month and a day."""
    out = []
    for rx, order in ((_ISO_DATE, (1, 2, 3)), (_DOTTED_DATE, (3, 2, 1))):
        for m in rx.finditer(side.text):
            year, month, day = (int(m.group(k)) for k in order)
            if 1 <= month <= 12 and 1 <= day <= 31:
                out += [(f"year:{year}", m.span()), (f"month:{month - 1}", m.span()),
                        (f"day:{day}", m.span())]
    return out


def _seasons(side: Side) -> list[tuple[str, tuple[int, int]]]:
    return [(f"season:{k}", m.span()) for k, rx in enumerate(_SEASON) for m in rx.finditer(side.text)]


def dates(side: Side) -> list[tuple[str, tuple[int, int]]]:
    return _memo(side, "dates", _dates_uncached)


# "3月", "三月", "3월": a month in Chinese, Japanese and Korean (not "三个月", three months)
_CJK_MONTH = re.compile(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*[月월]")
_CJK_MONTH_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                  "十": 10, "十一": 11, "十二": 12}


# weekdays: "周日" / "星期天" (zh), "日曜日" (ja), "일요일" (ko); Monday is 0
_CJK_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])|([月火水木金土日])曜日?"
                          r"|([월화수목금토일])요일")
_CJK_WEEKDAY_NUM = {**{c: k for k, c in enumerate("一二三四五六")}, "日": 6, "天": 6,
                    **{c: k for k, c in enumerate("月火水木金土")},
                    **{c: k for k, c in enumerate("월화수목금토일")}}


_CJK_DAYS = {  # day, week, month and year before, this one and the next
    "zh": {"昨天": "-1", "今天": "0", "明天": "1", "后天": "2", "前天": "-2", "上周": "week-1",
           "上星期": "week-1",
           "下周": "week+1", "下星期": "week+1", "本周": "week0", "这周": "week0",
           "上个月": "month-1", "下个月": "month+1", "本月": "month0", "这个月": "month0",
           "去年": "year-1", "明年": "year+1", "今年": "year0"},
    "ja": {"昨日": "-1", "今日": "0", "明日": "1", "明後日": "2", "あさって": "2", "一昨日": "-2",
           "おととい": "-2", "先週": "week-1", "来週": "week+1",
           "今週": "week0", "先月": "month-1", "来月": "month+1", "今月": "month0",
           "去年": "year-1", "昨年": "year-1", "来年": "year+1", "今年": "year0"},
    "ko": {"어제": "-1", "오늘": "0", "내일": "1", "모레": "2", "그저께": "-2", "그제": "-2",
           "지난주": "week-1", "지난 주": "week-1",
           "다음 주": "week+1", "다음주": "week+1", "이번 주": "week0", "이번주": "week0",
           "지난달": "month-1", "지난 달": "month-1", "다음 달": "month+1", "다음달": "month+1",
           "이번 달": "month0", "작년": "year-1", "지난해": "year-1", "내년": "year+1",
           "올해": "year0"}}


_CJK_SEASON = re.compile(r"[春夏秋冬]|봄|여름|가을|겨울")  # "明年春天" = next spring: a season


def _cjk_relative_days(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """Yesterday, today and tomorrow in Chinese, Japanese and Korean ("今日" = today)."""
    days = _CJK_DAYS.get(side.lang, {})
    out: list[tuple[str, tuple[int, int]]] = []
    for k in sorted(days, key=len, reverse=True):  # "一昨日" (two days ago) holds "昨日"
        v = days[k]
        for m in re.finditer(k, side.text):
            if any(s < m.end() and m.start() < e for _, (s, e) in out):
                continue
            if not (v.startswith("year") and _CJK_SEASON.search(side.text[m.end():m.end() + 4])):
                out.append((f"rel:{v}", (m.start(), m.end())))
    return out


def _cjk_months(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """Months and weekdays of a Chinese, Japanese or Korean text."""
    if side.lang not in ("zh", "ja", "ko"):
        return []
    out = []
    for m in _CJK_MONTH.finditer(side.text):
        g = m.group(1)
        month = int(g) if g.isdecimal() else _CJK_MONTH_NUM.get(g, 0)
        if 1 <= month <= 12:
            out.append((f"month:{month - 1}", m.span()))
    for m in _CJK_WEEKDAY.finditer(side.text):
        ch = m.group(1) or m.group(2) or m.group(3)
        if side.lang == "zh" and m.group(2) or side.lang == "ja" and not m.group(2):
            continue  # each language its own form
        out.append((f"weekday:{_CJK_WEEKDAY_NUM[ch]}", m.span()))
    return out


_RELATIVE_PHRASES = [(v, re.compile(rx, re.IGNORECASE)) for v, rx in RELATIVE_DATE_PHRASES.items()]


def _relative_day_phrases(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """"the day after tomorrow" (+2), "avant-hier" (-2), Swedish "i går" (-1) …"""
    return [(f"rel:{v}", m.span()) for v, rx in _RELATIVE_PHRASES for m in rx.finditer(side.text)]


def _dates_uncached(side: Side) -> list[tuple[str, tuple[int, int]]]:
    out = _frequencies(side) + _relative_periods(side) + clock_times(side) + _cjk_months(side) \
        + _cjk_relative_days(side) + _relative_day_phrases(side) + _ru_word_years(side)
    out += [("weekday:7", m.span()) for m in _FIN_DE_SEMANA.finditer(side.text)]
    out += _numeric_dates(side) + _seasons(side)
    inside = [s for _, s in out]
    for w in side.words:
        low = w.text.lower()
        if side.lang == "en" and low in ("may", "march") and not w.text[0].isupper():
            continue  # the modal verb and the verb, not the months
        if side.lang == "de" and w.text == "Morgen" and not _sentence_initial(side, w):
            continue  # the noun "morning" ("am Morgen"), not "morgen" (tomorrow)
        if side.lang == "es" and low == "mañana" and _MORNING_ES.search(side.text[:w.start]):
            continue  # "esta mañana", "por la mañana": the morning, not tomorrow
        key = _date_name(low, side.lang) or _pt_feira(side, w)
        if any(s <= w.start < e for s, e in inside) and not (
                key and key[0] == "weekday" and f"weekday:{key[1]}" not in {k for k, _ in out}):
            continue  # inside a frequency or period, but "every Sunday" keeps its weekday (once:
            # "next Monday" has it already)
        if key:
            out.append((f"{key[0]}:{key[1]}", _span(w)))
        elif low in RELATIVE_DATES and not (low == "hier" and side.lang != "fr"):
            out.append((f"rel:{RELATIVE_DATES[low]}", _span(w)))  # Dutch/German "hier" = here
        elif low in FREQUENCY:
            out.append((f"every:{FREQUENCY[low]}", _span(w)))
    for value, span, _ in numbers(side):
        if _is_year((value, span, None)) and span[1] - span[0] == 4:
            out.append((f"year:{int(value)}", span))
    for w in side.words:
        day = _day_of_month(side, _span(w))
        if day:
            out.append((f"day:{day}", _span(w)))
    return out


def _pair_by_kind(xs: list, ys: list) -> tuple[list, list]:
    """Dates on one side only, reordered so that those of one kind face each other first (a
    year against a year, a weekday against a weekday: "every day except Sunday … since 2012" /
    "tutti i giorni tranne il lunedì … depuis 2021"), the rest after them in their order."""
    kind = lambda item: item[0].split(":")[0]  # noqa: E731
    px, py, rest_y = [], [], list(ys)
    rest_x = []
    for x in xs:
        y = next((y for y in rest_y if kind(y) == kind(x)), None)
        if y is None:
            rest_x.append(x)
            continue
        rest_y.remove(y)
        px.append(x)
        py.append(y)
    n = min(len(rest_x), len(rest_y))
    return px + rest_x[:n] + rest_x[n:], py + rest_y[:n] + rest_y[n:]


def check_dates(a: Side, b: Side) -> list[Finding]:
    da, db = dates(a), dates(b)
    # a time of day on one side only, where the other side has none, is left to the number
    # check ("at six" / "a las seis": the Spanish hour in words is read as a number)
    if not any(k.startswith("time:") for k, _ in db):
        da = [(k, sp) for k, sp in da if not k.startswith("time:")]
    if not any(k.startswith("time:") for k, _ in da):
        db = [(k, sp) for k, sp in db if not k.startswith("time:")]
    if not da and not db:
        return []
    ka = {k for k, _ in da}
    kb = {k for k, _ in db}
    only_a = [(k, s) for k, s in da if k not in kb]
    only_b = [(k, s) for k, s in db if k not in ka]
    only_a, only_b = _pair_by_kind(only_a, only_b)
    findings = []
    for (_, sa), (_, sb) in zip(only_a, only_b):
        findings.append(make("date", "high", a, b, sa, sb,
                             f"date differs: '{_cut(a.text, sa)}' vs '{_cut(b.text, sb)}'"))
    # a dropped "currently" / "now" is vague present time, rarely a changed fact: low; a date
    # of a kind the other language's rules cannot read ("next year" / "l'anno prossimo") is
    # no evidence either way
    for k, sa in only_a[len(only_b):]:
        if _date_readable(k, b.lang):
            findings.append(make("date", "low" if _vague(k, kb) else "medium", a, b, sa, None,
                                 f"date '{_cut(a.text, sa)}' is missing from B"))
    for k, sb in only_b[len(only_a):]:
        if _date_readable(k, a.lang):
            findings.append(make("date", "low" if _vague(k, ka) else "medium", a, b, None, sb,
                                 f"date '{_cut(b.text, sb)}' is missing from A"))
    return findings


# Languages whose words for numbers, dates and polarity drift reads in full; for the others
# only digits, months (and weekdays) where listed, and explicit negation
FULL_RULES = {"en", "es", "de", "fr", "ru"}
_NUMBER_LANGS = set(NUMBER_WORDS) | {"zh", "ko"}  # languages whose number words are read
_DATE_LANGS = {"month": FULL_RULES | {"it", "pt", "nl", "pl", "uk", "tr", "ar", "el", "zh", "ja", "ko",
                                      "sv", "da", "no", "cs", "ro"},
               "weekday": FULL_RULES | {"it", "nl", "tr", "zh", "ja", "ko", "sv", "da", "no", "pl",
                                        "cs", "uk", "pt", "ro"}, "year": None, "time": None,
               "day": None, "rel": FULL_RULES | {"it", "pt", "nl", "zh", "ja", "ko"}}


def _date_readable(key: str, lang: str) -> bool:
    """Whether a date of this kind would be found in a text of `lang` (years, clock times and
    days of the month are digits, readable in any language)."""
    langs = _DATE_LANGS.get(key.split(":")[0], FULL_RULES)
    return langs is None or lang in langs


def _vague(key: str, other_keys: set) -> bool:
    """Present time ("now", "this year") is often left implicit: dropping it is low; so is
    "next week" beside a weekday the other side names ("next Monday" / "am Montag")."""
    anchored = key in ("rel:week+1", "rel:week-1") and any(k.startswith("weekday:") for k in other_keys)
    return anchored or key in ("rel:0", "rel:week0", "rel:month0", "rel:year0")


# -- negation ------------------------------------------------------------------------------
def negations(side: Side) -> list[tuple[int, int]]:
    return _memo(side, "negations", _negations_uncached)


def _negations_uncached(side: Side) -> list[tuple[int, int]]:
    """Spans of negations, one per negated clause (concord words after a cue do not count)."""
    if side.lang in ("zh", "ja", "ko"):
        rx = {"zh": CJK_NEGATION, "ja": JA_NEGATION, "ko": KO_NEGATION}[side.lang]
        return [m.span() for m in re.finditer(rx, side.text)]
    if side.lang == "tr":
        return [_span(w) for w in side.words if len(w.text) > 3 and re.search(TR_NEGATION, w.text.lower())]
    cues = NEGATION.get(side.lang, NEGATION["en"])
    concord = CONCORD.get(side.lang, set())
    ever, superl = SUPERLATIVE_EVER.get(side.lang, (set(), set()))
    spans, last_cue, last_concord = [], -99, False
    for k, w in enumerate(side.words):
        low = w.text.lower().replace("’", "'")
        is_cue = low in cues or low.endswith(CONTRACTION_NEG) or (side.lang == "fr" and low in ("ne", "n'")) \
            or (side.lang in ("cs", "sk") and re.match(CS_SK_NEGATED_PAST, low) is not None)
        if side.lang == "fr" and low == "pas" and (_clause_start(side, k) or not _ne_before(side, k)):
            is_cue = True  # "Pas de connexion", "mais pas aux ultimatums", "non pas aux pays
            # pauvres": a negation without "ne"
        reach = 2 if last_cue >= 0 and side.words[last_cue].text.lower() in _PREP_NEG else 8
        new_clause = low == "nor" and k > 0 and side.words[k - 1].text in ",;"
        if low in concord and k - last_cue <= reach and _same_clause(side, last_cue, k) \
                and not new_clause:  # ", nor will they …" negates a second clause
            last_cue, last_concord = k, True
            continue  # "no … nada", "sin nada"; not "sin director, algo que nunca …"
        if is_cue and side.lang == "fr" and low in ("ne", "n'") and _lone_ne(side, k):
            continue  # "ne … que" = only; "avant qu'elle ne disparaisse": no negation
        if is_cue and last_concord and low in _PARTICLE_NEG \
                and k - last_cue <= (10 if side.lang == "ru" else 6) \
                and _same_clause(side, last_cue, k) and not new_clause:  # "Ни ответа, ни … мы до
            # сих пор не получили": one negation
            last_cue, last_concord = k, False  # once: "никогда не угрожали и не собираемся"
            continue  # "никогда не", "nadie no": the verb's negation repeats the pronoun's
        if is_cue and low == "не" and _after_poka(side, k):
            continue  # "пока … не обнаружили" = until they found: no negation
        if is_cue and side.text[w.end:w.end + 1] == "-":
            continue  # part of a compound noun: "sans-abri", "sin-sentido"
        if low in ever and any(x.text.lower() in superl for x in side.words[max(0, k - 3):k]):
            continue
        nxt = side.words[k + 1].text.lower() if k + 1 < len(side.words) else ""
        if is_cue and nxt.startswith(AFFIRMING_AFTER_NEGATION):
            continue  # "sin duda", "without delay", "sans doute", "без сомнения" = certainly
        if is_cue and nxt in ("choice", "alternative") and k + 2 < len(side.words) \
                and side.words[k + 2].text.lower() == "but":
            continue  # "no choice but to respond" = must respond ("we had no choice" stays)
        if is_cue and _negative_prefix(side, k + 1):
            continue  # "not unlimited", "nicht ungewöhnlich", "не невозможно": two negations
        if is_cue and _negated_comparative(side, k):
            continue  # "не меньше двух часов" = at least two hours: a qualifier of the number
        is_cue = is_cue or _ends_negating_phrase(side, k)
        if is_cue:
            spans.append(_span(w))
            last_cue, last_concord = k, low in concord
    return spans


_PREP_NEG = {"sin", "sans", "without", "ohne", "без", "senza", "sem"}
_AMOUNT_COMPARATIVES = {"more", "less", "fewer", "más", "menos", "mehr", "weniger", "больше",
                        "меньше", "более", "менее", "plus", "moins"}


# the negation particles a concord word repeats ("никогда не", "nadie no"); a verb of refusal
# after one is a negation of its own ("n'avons jamais refusé" = have always accepted)
_PARTICLE_NEG = {"не", "no", "not", "ne", "n'", "n", "nicht", "non", "nie", "niet", "inte", "ikke",
                 "nu", "não", "ni", "ні", "nem", "ei", "δεν", "μην"}


def _negated_comparative(side: Side, k: int) -> bool:
    """Whether the negation at word `k` negates a comparative of amount before a number: "not
    more than 10", "no menos de diez", "nicht weniger als zehn", "не меньше двух", "n'y a pas
    moins de dix" (French: the comparative after "pas", up to four words on)."""
    words = side.words
    reach = 4 if side.lang == "fr" else 1
    for j in range(k + 1, min(k + 1 + reach, len(words))):
        low = words[j].text.lower()
        if low in _AMOUNT_COMPARATIVES and (j == k + 1 or words[j - 1].text.lower() == "pas"):
            end = words[min(j + 3, len(words) - 1)].end
            return any(words[j].end <= s < end + 1 for _, (s, _e), _u in numbers(side))
    return False


def _ne_before(side: Side, k: int) -> bool:
    """Whether a French "ne" / "n'" stands before word `k` in its clause, within eight words
    (the "ne" of "ne … pas", so "pas" is no negation of its own)."""
    for j in range(k - 1, max(-1, k - 9), -1):
        if side.text[side.words[j].end:side.words[j + 1].start].strip(" ") and \
                re.search(r"[,.;:!?]", side.text[side.words[j].end:side.words[j + 1].start]):
            return False
        if side.words[j].text.lower().replace("’", "'") in ("ne", "n'", "n") or side.words[j].text in ",;":
            return side.words[j].text not in ",;"
    return False


def _clause_start(side: Side, k: int) -> bool:
    return _initial(side.text, side.words[k].start, _OPENERS + ",;")
_FR_NEG_PARTS = {"pas", "jamais", "rien", "plus", "personne", "aucun", "aucune", "nullement",
                 "point", "guère", "ni", "nul", "nulle", "nulle part"}


def _lone_ne(side: Side, k: int) -> bool:
    """French "ne" without "pas", "jamais", "rien" … in the next six words of its clause: "ne …
    que" (only) or the expletive "ne" ("avant qu'elle ne parte"), neither a negation."""
    for j in range(k + 1, min(len(side.words), k + 7)):
        if not _same_clause(side, k, j):
            break
        if side.words[j].text.lower() in _FR_NEG_PARTS:
            return False
    before = side.words[max(0, k - 3):k]  # "personne n'a été blessé", "rien n'a changé"
    return not any(w.text.lower() in _FR_NEG_PARTS for w in before)


def _after_poka(side: Side, k: int) -> bool:
    """Whether "не" at `k` follows "пока" in its clause (expletive negation: "until"), "пока"
    opening that clause ("подождём, пока не получим"); mid-clause it is "not yet" ("сроки пока
    не определены")."""
    return any(side.words[i].text.lower() == "пока" and _same_clause(side, i, k)
               and (i == 0 or side.words[i - 1].text in (",", ";", "—", "–", ":"))
               for i in range(max(0, k - 8), k))


def _ends_negating_phrase(side: Side, k: int) -> bool:
    """Whether word `k` ends "rather than", "instead of", "en lugar de", "statt" …"""
    for phrase in NEGATING_PHRASES.get(side.lang, ()):
        n = len(phrase)
        got = tuple(w.text.lower() for w in side.words[max(0, k - n + 1):k + 1])
        if k - n + 1 >= 0 and got == phrase:
            # a word must follow in the clause: "fand 2021 statt." is the verb stattfinden
            return (k + 1 < len(side.words) and side.words[k + 1].text[:1].isalnum()
                    and _same_clause(side, k, k + 1))
    return False


def negated_at(side: Side, span: tuple[int, int]) -> bool:
    """Whether a negation cue stands within the three words before `span` in its clause:
    "will not open" reads as "closed", so a contrast test on "open" there is meaningless."""
    idx = _word_index(side, span)
    if idx is None:
        idx = next((i for i, w in enumerate(side.words) if w.start >= span[0]), len(side.words))
    starts = {s for s, _ in negations(side)}
    return any(side.words[i].start in starts and _same_clause(side, i, idx)
               for i in range(max(0, idx - 3), idx))


def _same_clause(side: Side, i: int, j: int) -> bool:
    if i < 0:
        return False
    between = side.text[side.words[i].end:side.words[j].start]
    return not re.search(r"[.;:!?]", between)


_TURN_DOWN = re.compile(r"\b(?:turn(?:s|ed|ing)?\b(?:\s+[\w'’]+){0,3}?\s+down"
                        r"|rul(?:e|es|ed|ing)\b(?:\s+[\w'’]+){0,3}?\s+out"
                        r"|call(?:s|ed|ing)?\b(?:\s+[\w'’]+){0,3}?\s+off"
                        r"|out(?=\s+of\s+(?:stock|order|service|range|date|memory|space|reach|"
                        r"print|office|work|sync)))\b", re.I)
_DISMISSED_CLAIMS = re.compile(r"\b(dismiss(?:ed|es|ing)?)\s+(?:the\s+|these\s+|those\s+|such\s+|all\s+)?"
                               r"(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|accusations?|"
                               r"speculation)\b", re.I)
_WAS_DECLINED = re.compile(r"\b(?:was|were|been|is|are|be|being|gets|got)\s+(declined)\b", re.I)
# "schloss … aus" (= rule out), "fällt … aus" (= is cancelled): German separable verbs
_DE_RULE_OUT = re.compile(r"\b(?:schl(?:oss|ossen|ießt|ießen|ieße)|f(?:ällt|allen|iel|ielen))\b"
                          r"(?:\s+[\w'’]+){0,6}?\s+aus\b"
                          r"|\b(?:wies|wiesen|weist|weisen)\b(?:\s+[\w'’]+){0,6}?\s+zurück\b", re.I)


def lexical_negatives(side: Side) -> list[tuple[int, int]]:
    return _memo(side, "lexical_negatives", _lexical_negatives_uncached)


def _lexical_negatives_uncached(side: Side) -> list[tuple[int, int]]:
    """Words of negative polarity (NEG_LEXICAL), and phrases such as "turned … down"."""
    table = NEG_LEXICAL.get(side.lang, set())
    out = [_span(w) for w in side.words if w.text.lower() in table]
    if side.lang in CJK_NEG_LEXICAL:
        out += [m.span() for m in re.finditer(CJK_NEG_LEXICAL[side.lang], side.text)]
    phrase = {"en": _TURN_DOWN, "de": _DE_RULE_OUT}.get(side.lang)
    if phrase:  # "turned … down" (= rejected), "ruled … out", "schloss … aus" (= excluded)
        out += [(m.start(), m.start() + len(m.group().split()[0])) for m in phrase.finditer(side.text)]
    if side.lang == "en":  # "your card was declined" = rejected ("prices declined" = fell);
        # "dismissed the reports" = denied them ("dismissed the minister" = fired him)
        out += [m.span(1) for m in _WAS_DECLINED.finditer(side.text)]
        out += [m.span(1) for m in _DISMISSED_CLAIMS.finditer(side.text)]
    short = _NOT_ENOUGH.get(side.lang)
    if short:  # "too little" = "not enough", "privées de", "gave up", "pushed … back", "dejó de"
        out += [next(m.span(k) for k in range(1, m.re.groups + 1) if m.group(k))
                for m in short.finditer(side.text)]
    vote = _VOTED_AGAINST.get(side.lang)
    if vote:  # "voted against" = "voted no"
        out += [m.span(1) for m in vote.finditer(side.text)]
    return out


# Phrases of negative polarity: too little (= not enough), deprived of (= without), stop
# doing (= no longer), pushed back / put off (= postponed). Group 1 is the word reported.
_NOT_ENOUGH = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in {
    "en": r"\b(too)\s+(?:little|few)\b"
          r"|\b(declin(?:e|ed|es|ing))\s+to\s+\w+"  # "declined to comment" = refused
          r"|\b(cut|cuts|knocked\s+out|lost|loses|lose)\s+(?:the\s+|their\s+|its\s+)?"
          r"(?:power|electricity|water|gas|heating)\b"  # = left without power
          r"|\b(sold)\s+out\b"  # = none left
          r"|\b(push(?:ed|es|ing)?)\s+(?:[\w'’]+\s+){0,3}?back\b(?!\s+(?:against|at|on)\b)"
          r"|\b(put(?:s|ting)?)\s+(?:[\w'’]+\s+){0,3}?off\b"
          r"|\b(stop(?:s|ped|ping)?|quit(?:s|ting)?)\s+\w+ing\b",
    "es": r"\b(demasiado)\s+poc[oa]s?\b"
          r"|(?<!colección )(?<!empresa )(?<!escuela )(?<!universidad )(?<!clínica )"
          r"(?<!propiedad )(?<!vida )(?<!compañía )(?<!cuenta )(?<!fiesta )(?<!reunión )"
          r"\b(privad[oa]s?)\s+de(?:l|\s+la|\s+los|\s+las)?\s+(?!(?-i:[A-ZÁÉÍÓÚÑ]))"
          r"|\b(dej(?:a|an|ó|aron|ará|arán|ar|ado))\s+de\s+\w+(?:ar|er|ir)\b",
    "fr": r"\b(trop)\s+peu\b"
          r"|(?<!collection )(?<!entreprise )(?<!école )(?<!université )(?<!clinique )"
          r"(?<!propriété )(?<!vie )(?<!société )(?<!fête )(?<!réunion )(?<!compagnie )"
          r"\b(priv[ée]e?s?)\s+(?:de\s+|d['’])(?:la\s+|l['’]|les\s+)?(?!(?-i:[A-ZÀÂÉÈÊÎÔÛ]))"
          r"|\b(arr[êe]t\w*)\s+de\s+\w+(?:er|ir|re)\b",
    "de": r"\b(zu)\s+wenige?n?\b|\b(h(?:ört|örte|örten|ören))\s+(?:[\w'’]+\s+){0,4}?auf\b"
          r"|\b(aufzuhören|aufgehört)\b",
    "ru": r"\b(слишком)\s+мало\b|\b(переста(?:л|ла|ли|нет|нут|ть))\b",
}.items()}


_VOTED_AGAINST = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in {
    "en": r"\bvot\w*\s+(against)\b", "es": r"\bvot\w*\s+(en\s+contra)\b",
    "fr": r"\bvot\w*\s+(contre)\b", "de": r"\bstimmt\w*\s+(gegen)\b",
    "ru": r"\bпроголосова\w*\s+(против)\b"}.items()}


def check_negation(a: Side, b: Side, al: Alignment) -> list[Finding]:
    """Polarity parity: explicit cues plus inherently negative words on each side."""
    na, nb = negations(a), negations(b)
    # a word listed both as a cue and as a polarity word ("rifiutato") counts once
    la = [sp for sp in lexical_negatives(a) if not _overlaps(sp, na)]
    lb = [sp for sp in lexical_negatives(b) if not _overlaps(sp, nb)]
    if a.lang not in NEG_LEXICAL or b.lang not in NEG_LEXICAL:
        if (la or lb) and len(na) != len(nb):
            return []  # "was absent" / "出席しなかった": the listed side's polarity word may be
            # the other side's explicit negation, whose language's polarity words are not listed
        la, lb = [], []  # "closed" / "chiuso" … "stängt": one side's polarity words are not listed
    if (len(na) + len(la)) % 2 == (len(nb) + len(lb)) % 2:
        return []
    if _negated_opposite(a, b) or _negated_opposite(b, a):
        return []  # "will not close" / "will remain open": two flips, one meaning
    if _until_vs_only_after(a, b) or _until_vs_only_after(b, a):
        return []  # "закрыт до воскресенья" / "erst nach Sonntag geöffnet"
    if _prefix_negated(a, b, al, "a") or _prefix_negated(b, a, al, "b"):
        return []  # "not serious" / "несерьёзная", "no luck" / "unlucky"
    sev = "high" if len(la) == len(lb) else "medium"  # the flip is an explicit negation's
    if len(na) + len(la) > len(nb) + len(lb):
        sa = _weakest(a, na or la, al.support_a)
        sb = counterpart(a, b, sa, al, "a")
        msg = f"negation '{_cut(a.text, sa)}' in A has no counterpart in B (polarity flips)"
    else:
        sb = _weakest(b, nb or lb, al.support_b)
        sa = counterpart(b, a, sb, al, "b")
        msg = f"negation '{_cut(b.text, sb)}' in B has no counterpart in A (polarity flips)"
    return [make("negation", sev, a, b, sa, sb, msg)]


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _negated_opposite(x: Side, y: Side) -> bool:
    """Whether a negated word of `x` has its opposite, not negated, in `y`: "not close" /
    "open", "not before" / "only after", "no subió" / "fell"."""
    negated = [i for i, w in enumerate(x.words) if negated_at(x, _span(w))]
    if not negated:
        return False
    if x.lang == "en" and y.lang == "en":
        for i in negated:
            low = x.words[i].text.lower()
            for w in y.words:
                if frozenset((low, w.text.lower())) in _ANTONYMS and not negated_at(y, _span(w)):
                    return True
    for left, right, langs in OPPOSITES:
        if any(side.lang != "en" and side.lang not in langs for side in (x, y)):
            continue
        for first in (True, False):
            pole, opp = (left, right) if first else (right, left)
            mine = {sp for sp in _pole_words(x, pole, langs, first)}
            if not any(_span(x.words[i]) in mine for i in negated):
                continue
            theirs = [sp for sp in _pole_words(y, opp, langs, not first) if not negated_at(y, sp)]
            if theirs:
                return True
    return False


# Negative prefixes ("unlucky", "unwichtig", "несерьёзная") and the words that only look so.
_NEG_PREFIX = {"en": ("un", ("under", "understand", "union", "unit", "univers", "until", "unique",
                             "unless", "unemploy")),
               "de": ("un", ("unter", "univers", "union", "unfall", "ungefähr", "uns", "und")),
               "ru": ("не", ("несколько", "немного", "недавн", "недел", "некотор", "нельзя",
                             "нерв", "нефт", "небо", "небес"))}


def _negative_prefix(side: Side, k: int) -> bool:
    """Whether word `k` carries a negative prefix of its language ("unlimited", "unwichtig",
    "невозможно"), not a look-alike ("under", "Unternehmen", "несколько")."""
    if side.lang not in _NEG_PREFIX or not 0 <= k < len(side.words):
        return False
    prefix, looks_alike = _NEG_PREFIX[side.lang]
    low = side.words[k].text.lower()
    return low.startswith(prefix) and len(low) >= len(prefix) + 4 and not low.startswith(looks_alike)


def _prefix_negated(x: Side, y: Side, al: Alignment, which: str) -> bool:
    """Whether a negated word of `x` is rendered in `y` by one word with a negative prefix
    that carries no negation of its own there: "not serious" / "несерьёзная"."""
    if y.lang not in _NEG_PREFIX or not y.words:
        return False
    for i, w in enumerate(x.words):
        if not (w.content and negated_at(x, _span(w))):
            continue
        j = int(al.sim[i].argmax()) if which == "a" else int(al.sim[:, i].argmax())
        before = y.words[j - 1].text.lower() if j > 0 else ""
        if _negative_prefix(y, j) and not negated_at(y, _span(y.words[j])) \
                and before not in NEGATION.get(y.lang, set()):  # not "not unlimited"
            return True
        without = any(v.text.lower() in _PREP_NEG for v in x.words[max(0, i - 2):i])
        low = y.words[j].text.lower()
        if without and y.lang == "ru" and low.startswith(("без", "бес")) and len(low) >= 7:
            return True  # "without result" / "безрезультатно", "without charge" / "бесплатно"
    return False


def _word_index(side: Side, span) -> int | None:
    for i, w in enumerate(side.words):
        if (w.start, w.end) == tuple(span):
            return i
    return None


def _weakest(side: Side, spans, support) -> tuple[int, int]:
    """The cue whose word is least supported by the other side (the likely extra one)."""
    def score(span):
        i = _word_index(side, span)
        return support[i] if i is not None else 0.0
    return min(spans, key=score)


def counterpart(src: Side, dst: Side, span, al: Alignment, which: str):
    """Span in `dst` of the word best aligned to the word at `span` in `src`, or None."""
    i = _word_index(src, span)
    if i is None or not dst.words:
        return None
    j = int(al.sim[i].argmax()) if which == "a" else int(al.sim[:, i].argmax())
    w = dst.words[j]
    return (w.start, w.end)


# -- entities ------------------------------------------------------------------------------
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ђ": "dj", "ћ": "c", "џ": "dz",
    "љ": "lj", "њ": "nj", "ј": "j", "ь": "", "ъ": "",
})


_SCALES = {"celsius", "fahrenheit", "цельсия", "фаренгейта", "kelvin"}
# what may stand before a sentence's first word ("¿Guardar …?" starts a sentence too)
_OPENERS = ".!?:«“\"„(‘'—-¿¡"
# all-caps words that are not names: interface words and labels ("OK", "SALE: 50% OFF")
_CAPS_WORDS = {"ok", "off", "on", "new", "sale", "free", "note", "warning", "error", "info",
               "todo", "faq", "am", "pm", "yes", "no", "beta", "top", "hot", "stop", "go"}


_COMPASS = {"western", "eastern", "northern", "southern"}
_TITLES = {("secretary", "of", "state"), ("head", "of", "state"), ("secretary", "of", "defense"),
           ("secretary", "of", "defence"), ("minister", "of", "state"), ("head", "of", "government"),
           ("chief", "of", "staff"), ("secretary", "general")}


def _in_title(side: Side, i: int) -> bool:
    """Whether word `i` is part of a title written with capitals in English ("Secretary of
    State", "Secretary-General", "Head of State"), which other languages write in lower case."""
    low = [w.text.lower() for w in side.words]
    for title in _TITLES:
        n = len(title)
        for start in range(max(0, i - n + 1), i + 1):
            if tuple(low[start:start + n]) == title:
                return True
    return False


def country_mentions(side: Side) -> dict[str, tuple[int, int]]:
    """Countries a text names, by name or by the adjective of their people, with the first
    span of each ("Chinese", "chinois", "Китая" -> china)."""
    return _memo(side, "countries", _country_mentions_uncached)


def _country_mentions_uncached(side: Side) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    if side.lang in ("zh", "ja", "ko"):
        for name, key in CJK_COUNTRIES.items():
            at = side.text.find(name)
            if at >= 0 and (key not in out or at < out[key][0]):
                out[key] = (at, at + len(name))
        return out
    for k, w in enumerate(side.words):
        low = w.text.lower()
        if side.lang == "en" and not w.text[:1].isupper():
            continue  # "turkey", "polish", "china" as common words
        key = _COUNTRY_EXACT.get(low) or next(
            (c for stem, c in _COUNTRY_PREFIX.get(low[:3], ()) if low.startswith(stem)), None)
        if key and key not in out and not _language_use(side, k):
            out[key] = _span(w)  # not "translated into German": a language (the contrast test)
    return out


_COUNTRY_EXACT = {s[:-1]: c for c, stems in COUNTRIES.items() for s in stems if s.endswith("$")}
_COUNTRY_PREFIX: dict[str, list[tuple[str, str]]] = {}
for _c, _stems in COUNTRIES.items():
    for _s in _stems:
        if not _s.endswith("$"):
            _COUNTRY_PREFIX.setdefault(_s[:3], []).append((_s, _c))


_INTO = {"into", "in", "from", "en", "al", "del", "ins", "auf", "на", "с", "em", "para", "dall"}


def _language_use(side: Side, k: int) -> bool:
    """A word after "into" / "en" / "на" with no noun after it: the name of a language."""
    nxt = side.words[k + 1] if k + 1 < len(side.words) else None
    return k > 0 and side.words[k - 1].text.lower() in _INTO and (nxt is None or not nxt.content)


def _country_of(word: str) -> str | None:
    low = word.lower()
    return CAPITALS.get(low) or _COUNTRY_EXACT.get(low) or next(
        (c for stem, c in _COUNTRY_PREFIX.get(low[:3], ()) if low.startswith(stem)), None)


def _countries_with_capitals(side: Side) -> set[str]:
    return set(country_mentions(side)) | {CAPITALS[w.text.lower()] for w in side.words
                                          if w.text.lower() in CAPITALS} \
        | {key for key, _ in _country_phrases(side)}


def _country_phrases(side: Side) -> list[tuple[str, tuple[int, int]]]:
    return [(key, m.span()) for key, rx in _COUNTRY_PHRASE_RX.items() for m in rx.finditer(side.text)]


def _country_at(side: Side, lone) -> str | None:
    """The country a lone name stands for: itself, or the several-word name it is part of
    ("States" of "United States")."""
    _, span, name = lone
    inside = next((key for key, (s, e) in _country_phrases(side) if s <= span[0] < e), None)
    return inside or _country_of(name)


_COUNTRY_PHRASE_RX = {key: re.compile(rx) for key, rx in COUNTRY_PHRASES.items()}


def check_countries(a: Side, b: Side, taken: list[Finding]) -> list[Finding]:
    """A country named on one side only, facing another country named on the other side only:
    "The Chinese president" / "le président japonais", "Iranian" / "Турции". (One side naming
    a country the other leaves out is left to the name and content checks.)"""
    ca, cb = country_mentions(a), country_mentions(b)
    only_a = [k for k in ca if k not in cb]
    only_b = [k for k in cb if k not in ca]
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    sa, sb = ca[only_a[0]], cb[only_b[0]]
    if any(f.a_span and _overlaps(f.a_span, [sa]) or f.b_span and _overlaps(f.b_span, [sb])
           for f in taken if f.severity == "high"):
        return []  # already a high finding on these words ("French" / "Alemania")
    return [make("entity", "high", a, b, sa, sb,
                 f"'{_cut(a.text, sa)}' in A and '{_cut(b.text, sb)}' in B name different countries")]


def entities(side: Side) -> list[int]:
    """Indices of words that look like names: capitalised, not sentence-initial, or acronyms
    (not in a text that is mostly capitals: a shouted label has no acronyms to tell apart)."""
    out = []
    letters = [ch for ch in side.text if ch.isalpha()]
    shouting = len(letters) >= 4 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
    for i, w in enumerate(side.words):
        t = w.text
        if len(t) < 2 or not t[0].isupper() or not w.content:
            continue
        if t.isupper() and (shouting or t.lower() in _CAPS_WORDS):
            continue
        if side.lang == "en" and t.lower() in _COMPASS:
            continue  # "our Western partners" / "западные партнёры": an adjective, lower case there
        if side.lang == "en" and _in_title(side, i):
            continue  # "Secretary of State" / "госсекретарь": a title, no name
        initial = _initial(side.text, w.start)
        if t.lower() in UNIT_FACTORS and prev_is_number(side, i) or t.lower() in _SCALES:
            continue  # "5 GB" / "5 Go": a unit, not a name; "degrees Celsius"
        if side.lang not in ("en", "es", "de", "fr", "ru") and _date_name(t.lower(), side.lang):
            continue  # "Μάρτιο": a month, compared by the date check
        acronym = t.isupper() and len(t) <= 5 and sum(ch.isalpha() for ch in t) >= 2  # not "L'"
        if (initial or side.lang in _NOUN_CAPS) and not acronym:
            continue  # German capitalises every noun: only acronyms are name candidates there
        out.append(i)
    return out


def prev_is_number(side: Side, i: int) -> bool:
    return i > 0 and any(c.isdigit() for c in side.words[i - 1].text)


def _name_key(s: str) -> str:
    key = s.lower().translate(_TRANSLIT)
    return "eu" + key[2:] if key.startswith("ev") else key  # Европа / Evropa = Europa


# spelling conventions that differ between languages for the same sound, so that exonyms
# compare alike: Turkey/Turquía, Sphinx/Esfinge, Elizabeth/Isabel, Sweden/Suecia
_SOUNDS = [(r"ph", "f"), (r"th", "t"), (r"qu", "k"), (r"ck", "k"), (r"c(?=[eiy])", "s"),
           (r"c", "k"), (r"z", "s"), (r"w", "u"), (r"y", "i"), (r"x", "ks"), (r"sh|sch", "s"),
           (r"(\w)\1", r"\1"), (r"^e(?=s[^aeiou])", ""), (r"(?<=\w\w\w)[aeiou]+$", "")]


def _sound_key(s: str) -> str:
    key = unicodedata.normalize("NFKD", _name_key(s))
    key = "".join(ch for ch in key if ch.isalnum())
    for rx, rep in _SOUNDS:
        key = re.sub(rx, rep, key)
    return key


def _similar_name(x: str, y: str) -> bool:
    kx, ky = _name_key(x), _name_key(y)
    if kx[:4] == ky[:4] and len(kx) >= 4:
        return True
    ratio = difflib.SequenceMatcher(None, kx, ky).ratio()
    if ratio >= 0.75 or (ratio >= 0.6 and kx[:1] == ky[:1]):
        return True  # not Geneva / Вене ("geneva" / "vene": 0.6, different first letter)
    sx, sy = _sound_key(x), _sound_key(y)
    return sx[:4] == sy[:4] and len(sx) >= 4


def _sound_alike(x: str, y: str) -> bool:
    """Looser than _similar_name; only for words that are also aligned to each other."""
    return difflib.SequenceMatcher(None, _sound_key(x), _sound_key(y)).ratio() >= 0.6


EXONYM_CUT = 0.65  # Lisbon/Berlin align at about 0.6, Sweden/Suecia 0.78


def check_entities(a: Side, b: Side, al: Alignment, low: float, name_cut: float) -> list[Finding]:
    """Names on one side with no counterpart: neither spelled alike (transliteration allowed)
    nor aligned one-to-one and closely to a word on the other side. A name whose best match is
    itself an unmatched name on the other side was swapped (high); otherwise it was dropped or
    added (medium)."""
    lone = {"a": _lone_names(a, b, al, low, name_cut, "a"), "b": _lone_names(b, a, al, low, name_cut, "b")}
    # a capital or a country's people standing for a country the other side names ("Berlin" /
    # "the German government") has its counterpart
    lone["a"] = [x for x in lone["a"] if _country_at(a, x) not in _countries_with_capitals(b)]
    lone["b"] = [x for x in lone["b"] if _country_at(b, x) not in _countries_with_capitals(a)]
    lone["b"] += _noun_caps_partners(lone["a"], b, al, "a", {x[0] for x in lone["b"]})
    lone["a"] += _noun_caps_partners(lone["b"], a, al, "b", {x[0] for x in lone["a"]})
    findings, used_b = [], set()
    for i, span, name in lone["a"]:
        j = int(al.sim[i].argmax()) if b.words else -1
        other = next((x for x in lone["b"] if x[0] == j), None)
        if other is None and len(lone["a"]) == 1 and len(lone["b"]) == 1:
            other = lone["b"][0]  # one name gone, one new: "Italy and Greece" / "Italy and Spain"
            j = other[0]
        if other is not None and j not in used_b:
            used_b.add(j)
            # a lone capitalised word swapped for another is a changed name (high); inside a run
            # of capitalised words it may be a descriptive part of a longer name ("Early Middle
            # Ages" / "Temprana Edad Media"), so only medium, unless both texts are in one
            # language, where no translation explains the change ("Defence" / "Foreign Ministry")
            single = not (_in_caps_run(a, i) or _in_caps_run(b, j)) or a.lang == b.lang
            findings.append(make("entity", "high" if single else "medium", a, b, span, other[1],
                                 f"name '{name}' in A became '{other[2]}' in B"))
        else:
            findings.append(make("entity", "medium", a, b, span, None,
                                 f"name '{name}' in A has no counterpart in B"))
    for j, span, name in lone["b"]:
        if j not in used_b:
            findings.append(make("entity", "medium", a, b, None, span,
                                 f"name '{name}' in B has no counterpart in A"))
    return findings


# words between two names that make their order free ("France and Germany", "by")
_ORDER_FREE = {"and", "or", "y", "o", "et", "ou", "und", "oder", "и", "или", ",", "by", "por",
               "par", "von", "durch", "with", "con", "avec", "mit", "с", "со", "between", "entre",
               "zwischen", "между", "against", "contra", "contre", "gegen", "против", "vs", "-", "–"}


def check_role_order(a: Side, b: Side, al: Alignment | None = None) -> list[Finding]:
    """Two names found on both sides in opposite orders, with nothing between them that makes
    the order free (a conjunction, "by" of a passive, "against"): "Russia accused Ukraine" /
    "Ucrania acusó a Rusia". Also two aligned words in opposite orders around a third aligned
    pair (the verb): "the police arrested two protesters" / "deux manifestants ont arrêté la
    police". Medium: symmetric verbs ("met") and free word order leave it a question for the
    reader."""
    pairs = _name_pairs(a, b)
    for (i1, j1), (i2, j2) in zip(pairs, pairs[1:]):
        if j1 > j2 and not _order_free(a, i1, i2) and not _order_free(b, j2, j1):
            return [_role_finding(a, b, i1, i2, j1, j2)]
    swap = _swapped_around_pivot(a, b, al) if al is not None else None
    return [_role_finding(a, b, *swap)] if swap else []


def _role_finding(a: Side, b: Side, i1: int, i2: int, j1: int, j2: int) -> Finding:
    n1, n2 = _bare_name(a.words[i1].text), _bare_name(a.words[i2].text)
    return make("entity", "medium", a, b, (a.words[i1].start, _span(a.words[i2])[1]),
                (b.words[j2].start, _span(b.words[j1])[1]),
                f"'{n1}' and '{n2}' appear in the opposite order in B: who did what to "
                "whom may have changed")


# two words aligned one-to-one this close are taken as the same word for the role-order test
ROLE_SAME = 0.70
_PASSIVE_AUX = {"был", "была", "было", "были", "будет", "будут", "wurde", "wurden", "worden", "werden",
               "wird", "was", "were", "been", "being", "fue", "fueron", "sido", "été",
               "se", "sich"}  # passive and reflexive: "se permite", "sich … erholt"


def _swapped_around_pivot(a: Side, b: Side, al: Alignment) -> tuple[int, int, int, int] | None:
    """(i1, i2, j1, j2): content words i1 < i2 of A aligned one-to-one with j1 > j2 of B, with
    one aligned pair between them on both sides (the verb), no passive on either side, no
    genitive between them, and not one run of three words on both sides ("inner solar
    system" / "sistema solar interior" is a noun phrase, not a role swap)."""
    if a.lang == b.lang or not a.words or not b.words or not {a.lang, b.lang} <= set(_PREPOSITIONS):
        return None  # word order is compared only between the languages whose prepositions it knows
    if any(w.text.lower() in _PASSIVE_AUX for side in (a, b) for w in side.words):
        return None
    pairs = [(i, j) for i, j in al.pairs if a.words[i].content and b.words[j].content
             and al.sim[i, j] >= ROLE_SAME]
    # German writes every noun with a capital: there, roles are capitalised words
    nouns = [(i, j) for i, j in pairs if _noun_like(a, i) and _noun_like(b, j)]
    for n, (i1, j1) in enumerate(nouns):
        for i2, j2 in reversed(nouns[n + 1:]):  # the farthest first
            if j2 >= j1 or i2 - i1 > 4 or j1 - j2 > 4 or i2 - i1 == j1 - j2 == 2:
                continue
            pivots = [(k, m) for k, m in pairs if i1 < k < i2 and j2 < m < j1]
            if len(pivots) != 1 or _genitive_between(a, i1, i2) or _genitive_between(b, j2, j1):
                continue
            # other words between them are modifiers that travel with their noun ("two
            # protesters" / "deux manifestants"): unaligned, or aligned next to it
            k, m = pivots[0]
            links = dict(pairs)
            if any(abs(links[x] - j2) > 2 for x in range(i1 + 1, i2) if x != k and x in links):
                continue
            if not _order_free(a, i1, i2) and not _order_free(b, j2, j1):
                return i1, i2, j1, j2
    return None


_GENITIVE = {"of", "de", "del", "d'", "d’", "from"}


# Prepositions: a noun right after one ("на собрание", "for three months") is not a bare
# subject or object. Spanish "a" / "al" are left out: they mark a person as the object
# ("acusó a Rusia").
_PREPOSITIONS = {
    "en": {"in", "on", "at", "to", "from", "for", "with", "by", "of", "about", "into", "over",
           "under", "after", "before", "during"},
    "es": {"en", "de", "del", "con", "por", "para", "sobre", "desde", "hasta", "entre"},
    "fr": {"à", "au", "aux", "de", "du", "en", "dans", "sur", "sous", "par", "pour", "avec",
           "vers", "chez"},
    "de": {"in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum",
           "zur", "über", "unter", "für", "gegen"},
    "ru": {"в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "до", "из", "у", "за",
           "для", "при", "через"},
}


def _noun_like(side: Side, i: int) -> bool:
    """Whether word `i` may be a bare subject or object: not after a preposition (within two
    words), capitalised in German (every German noun is), not a Russian infinitive."""
    text = side.words[i].text
    before = {w.text.lower() for w in side.words[max(0, i - 2):i]}
    if before & _PREPOSITIONS.get(side.lang, set()):
        return False
    if side.lang == "de":
        return text[:1].isupper()
    return not (side.lang == "ru" and text.lower().endswith(("ть", "ться", "ти")))


def _genitive_between(side: Side, i: int, j: int) -> bool:
    """'season of rains' / 'temporada de lluvias': two nouns of one phrase, not two roles;
    'won praise from critics' / 'critics praised': the agent after 'from'."""
    return any(w.text.lower() in _GENITIVE for w in side.words[i + 1:j])


def _name_pairs(a: Side, b: Side) -> list[tuple[int, int]]:
    """(index in A, index in B) of capitalised words (sentence-initial ones too) that have one
    look-alike capitalised word on the other side, in A's order."""
    out, used = [], set()
    if a.lang == b.lang:
        return out  # one language: the word diff of near-identical texts covers a swap
    for i, w in enumerate(a.words):
        name = _bare_name(w.text)
        if len(name) < 3 or not name[:1].isupper() or name.lower() in STOP.get(a.lang, set()) \
                or name.lower() in _NAMES:
            continue
        hits = [j for j, d in enumerate(b.words) if j not in used and d.text[:1].isupper()
                and len(_bare_name(d.text)) >= 3
                and (_similar_name(name, _bare_name(d.text)) or _same_group(name, a, i, b)
                     and _group_of(_bare_name(d.text)) == _group_of(name))]
        if len(hits) == 1:
            used.add(hits[0])
            out.append((i, hits[0]))
    return out


_CLAUSE_LINKS = {"after", "before", "when", "while", "because", "since", "although", "if", "that",
                 "which", "who", "where", "después", "antes", "cuando", "mientras", "porque", "que",
                 "donde", "après", "avant", "quand", "lorsque", "pendant", "parce", "qui", "où",
                 "nach", "nachdem", "vor", "bevor", "wenn", "als", "während", "weil", "dass", "wo",
                 "после", "когда", "пока", "потому", "что", "который", "которая", "где", "in",
                 "en", "dans", "im", "в", "at", "on", "to", "à", "au"}


def _order_free(side: Side, i: int, j: int) -> bool:
    """Whether two names' order says nothing about their roles: parts of one name ("Pacific
    Ocean", "Bush's New Orleans Deal"), far apart, or with a conjunction, a preposition of
    place or a clause boundary between them."""
    inner = side.words[min(i, j) + 1:max(i, j)]
    between = {w.text.lower() for w in inner}
    one_name = all(w.text[:1].isupper() or w.text.lower() in _NAME_LINKS for w in inner)
    return one_name or bool(between & (_ORDER_FREE | _CLAUSE_LINKS)) or not 2 <= abs(i - j) <= 6


def _noun_caps_partners(lone: list, dst: Side, al: Alignment, which: str, have: set) -> list:
    """German capitalises every noun, so its names are not found on their own; the word a lone
    name of the other side aligns to one-to-one, when capitalised, is the name it became there
    ("Poland" / "Indien")."""
    if dst.lang not in _NOUN_CAPS:
        return []
    mutual, out = set(al.pairs), []
    for i, _, _ in lone:
        j = int(al.sim[i].argmax()) if which == "a" else int(al.sim[:, i].argmax())
        pair = (i, j) if which == "a" else (j, i)
        w = dst.words[j]
        if pair in mutual and j not in have and w.text[:1].isupper() and not _sentence_initial(dst, w):
            out.append((j, (w.start, w.start + len(w.text.rstrip(_PUNCT))), _bare_name(w.text)))
    return out


_NAME_STEMS = [(g, stem.replace("_", " ")) for g, stems in enumerate(NAME_GROUPS) for stem in stems]
# the stems by what they match (a whole word with "$", else a beginning), each with its place
# in _NAME_STEMS: the first stem in that order that matches names the group
_WHOLE: dict[str, int] = {}
_BEGINNING: dict[str, int] = {}
for _k, (_g, _stem) in enumerate(_NAME_STEMS):
    if _stem.endswith("$"):
        _WHOLE.setdefault(_stem[:-1], _k)
    else:
        _BEGINNING.setdefault(_stem, _k)


@functools.lru_cache(maxsize=1 << 16)
def _group_of(text: str) -> int | None:
    """Index of the NAME_GROUPS entry that `text` (one or two words) begins, if any (the same
    words recur across a batch: memoised)."""
    low = text.lower()
    places = [_BEGINNING.get(low[:n]) for n in range(len(low) + 1)] + [_WHOLE.get(low)]
    places = [k for k in places if k is not None]
    return _NAME_STEMS[min(places)][0] if places else None


def _same_group(name: str, src: Side, i: int, dst: Side) -> bool:
    """Whether the name at `i` (alone or with the next word) and some word or word pair of
    `dst` are forms of one country or organisation (lexicon.NAME_GROUPS)."""
    nxt = _bare_name(src.words[i + 1].text) if i + 1 < len(src.words) else ""
    prev = _bare_name(src.words[i - 1].text) if i > 0 else ""
    groups = {_group_of(name), _group_of(f"{name} {nxt}"), _group_of(f"{prev} {name}")} - {None}
    if not groups:
        return False
    ws = [_bare_name(w.text) for w in dst.words]
    found = {_group_of(x) for x in ws} | {_group_of(f"{x} {y}") for x, y in zip(ws, ws[1:])}
    return bool(groups & found)


_AMERICA = {"america", "américa", "amérique", "amerika", "америки"}
_UNITED = {"states", "unidos", "unis", "staaten", "штаты", "штатов", "штатах", "штатам"}


def _long_form_tail(side: Side, i: int) -> bool:
    """Whether word `i` is the optional "of America" of the United States' long form."""
    name = _bare_name(side.words[i].text).lower().removeprefix("d'").removeprefix("d’")
    before = {w.text.lower().strip(_PUNCT) for w in side.words[max(0, i - 3):i]}
    return name in _AMERICA and bool(before & _UNITED)


def _bare_name(text: str) -> str:
    """A name without surrounding punctuation or a possessive ending: "II's" -> "II"."""
    return re.sub(r"['’]s$", "", text.strip(_PUNCT)).strip(_PUNCT) or text.strip(_PUNCT)


def _in_caps_run(side: Side, i: int) -> bool:
    """Whether the word at `i` has a capitalised neighbour (part of a multi-word name), also
    across linking words: "Valley of the Dead", "Valle de los Muertos"."""
    ws = side.words
    if side.lang in _NOUN_CAPS:
        return False  # German capitalises every noun: a run of capitals says nothing there
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(ws) and abs(k - i) <= 3 and ws[k].text.lower() in _NAME_LINKS:
            k += step
        if 0 < k < len(ws) and ws[k].text[:1].isupper():
            return True
    return False


_NAME_LINKS = {"of", "the", "de", "del", "la", "las", "los", "el", "des", "du", "le", "les",
               "von", "der", "den", "di", "da", "do", "dos", "das"}


def _acronym_anagram(name: str, dst: Side) -> bool:
    if not (name.isupper() and 2 <= len(name) <= 5):
        return False
    return any(sorted(_bare_name(d.text)) == sorted(name) and _bare_name(d.text).isupper()
               for d in dst.words)


# name words that many different names share: their look-alike says nothing about the rest
_GENERIC_NAME_PARTS = {"new", "north", "south", "east", "west", "saint", "san", "santa", "great",
                       "united", "national", "international", "central", "federal", "state",
                       "republic", "city", "bank", "union", "royal", "general", "prime"}


def _partner_in_run(src: Side, i: int, dst: Side) -> bool:
    """Whether another capitalised word next to word `i` (one multi-word name) has a
    look-alike on the other side."""
    ws = src.words
    for k in (i - 2, i - 1, i + 1, i + 2):
        if k == i or not 0 <= k < len(ws) or not ws[k].text[:1].isupper():
            continue
        if abs(k - i) == 2 and ws[(k + i) // 2].text.lower() not in _NAME_LINKS:
            continue
        other = _bare_name(ws[k].text)
        generic = other.lower() in NAME_HEADS or other.lower() in _GENERIC_NAME_PARTS
        if len(other) >= 3 and other.lower() not in _NAMES and not generic and any(
                _similar_name(other, _bare_name(d.text)) for d in dst.words
                if d.text[:1].isupper() and len(_bare_name(d.text)) >= 3):
            return True
    return False


def _lone_names(src: Side, dst: Side, al: Alignment, low: float, name_cut: float, which: str):
    """(word index, span, name) of the names of `src` with no counterpart in `dst`."""
    out = []
    mutual = set(al.pairs)
    for i in entities(src):
        w = src.words[i]
        sims = al.sim[i] if which == "a" else al.sim[:, i]
        if sims.size == 0:
            continue
        j = int(sims.argmax())
        pair = (i, j) if which == "a" else (j, i)
        if pair in mutual and sims[j] >= name_cut:
            continue  # aligned one-to-one and close: the same name in another language
        if pair in mutual and sims[j] >= EXONYM_CUT and _sound_alike(w.text.strip(_PUNCT),
                                                                    dst.words[j].text.strip(_PUNCT)):
            continue  # an exonym: Sweden / Suecia
        # (two different names of one type align too, less closely: Lisbon/Berlin ≈ 0.6,
        # Vienna/Wien ≈ 0.85, Moscow/Москве ≈ 0.8)
        if sims[j] >= low and not dst.words[j].text[:1].isupper():
            continue  # part of a name rendered as a common word: North Korea -> norcoreano
        name = _bare_name(w.text)
        if any(sp[0] <= w.start < sp[1] for _, sp, _u in numbers(src)):
            continue  # "siglo XVIII": a number, compared by the number check
        if _long_form_tail(src, i):
            continue  # "Estados Unidos de América" / "United States": the same country
        if _same_group(name, src, i, dst):
            continue  # "the US" / "the Americans", "Russia" / "российский"
        if name.lower() in NAME_HEADS and _in_caps_run(src, i):
            continue  # "INF Treaty" / "INF": the rest of the name carries it
        if _acronym_anagram(name, dst):
            continue  # "IMF" / "FMI": one organisation, its words in another order
        if _partner_in_run(src, i, dst):
            continue  # "Gaza Strip" / "Gazastreifen": the name is there, its other word translated
        if name.lower() in _NAMES or any(_similar_name(name, _bare_name(d.text))
                                        for k, d in enumerate(dst.words)
                                        if len(_bare_name(d.text)) >= min(3, len(name))
                                        and (d.text[:1].isupper() or sims[k] >= low)):
            continue  # a lower-case look-alike must also align: "French" / "francés", not
            # "Poland" / "plant"
        out.append((i, (w.start, w.start + len(w.text.rstrip(_PUNCT))), name))
    return out


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


def check_edits(a: Side, b: Side, taken: set) -> list[Finding]:
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
            findings.append(make("substitution", "high", a, b, sa, sb,
                                 f"'{_cut(a.text, sa)}' in A is '{_cut(b.text, sb)}' in B, in "
                                 "otherwise the same words"))
        elif ia and not jb:
            sa = _span_of_run(a, ia)
            findings.append(make("omission", "medium", a, b, sa, None,
                                 f"'{_cut(a.text, sa)}' in A is not in B, otherwise the same words"))
        elif jb and not ia:
            sb = _span_of_run(b, jb)
            findings.append(make("addition", "medium", a, b, None, sb,
                                 f"'{_cut(b.text, sb)}' in B is not in A, otherwise the same words"))
    return findings


def _span_of_run(side: Side, idx: list[int]) -> tuple[int, int]:
    return side.words[idx[0]].start, _span(side.words[idx[-1]])[1]


def _inflections(a: Side, ia: list[int], b: Side, jb: list[int]) -> bool:
    """Whether the changed words differ only in their endings ("student" / "students")."""
    xa = [a.words[i].text.lower().strip(_PUNCT) for i in ia]
    xb = [b.words[j].text.lower().strip(_PUNCT) for j in jb]
    if set(xa) <= _SAYING and set(xb) <= _SAYING:
        return True  # "said" / "says" / "told": the attribution, not the quote
    return len(xa) == len(xb) and all(x[:5] == y[:5] and min(len(x), len(y)) >= 4 or x == y
                                      for x, y in zip(xa, xb))


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
                                     (wb.start, wb.end), f"'{wa.text}' and '{wb.text}' differ in strength"))
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


def _pole_spans(side: Side, stems: list[str]) -> list[tuple[int, int]]:
    """Spans of the words of `side` that begin with one of `stems` ("x$": exactly x; stems
    with a space are matched in the text)."""
    out = []
    for stem in stems:
        if " " in stem or side.lang in ("zh", "ja"):  # no spaces between Chinese or Japanese words
            out += [(m.start(), m.end()) for m in re.finditer(re.escape(stem), side.text.lower())]
            continue
        exact = stem.endswith("$")
        stem = stem.rstrip("$")
        out += [_span(w) for w in side.words
                if (w.text.lower() == stem if exact else w.text.lower().startswith(stem))]
    return sorted(set(out))


def _pole_words(side: Side, english: set[str], langs: dict, first: bool) -> list[tuple[int, int]]:
    """Spans of the words of one pole: English forms for English, word beginnings otherwise
    (memoised per text: every opposites check asks for every group)."""
    key = ("pole", id(english), id(langs), first)
    if key not in side.memo:
        if side.lang == "en":
            side.memo[key] = [_span(w) for w in side.words if w.text.lower() in english]
        else:
            side.memo[key] = _pole_spans(side, langs[side.lang][0 if first else 1])
    return side.memo[key]


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


def _double_negation(side: Side, span: tuple[int, int], other: Side) -> bool:
    """"never refused" (= always open): a negation word of a pole followed in its clause by a
    polarity word, where the other text has none ("always been open")."""
    if span not in negations(side):
        return False
    k = _word_index(side, span)
    later = [sp for sp in negations(side) + lexical_negatives(side) if sp[0] > span[0]
             and _same_clause(side, k, _word_index(side, sp) or k)]
    return bool(later) and len(negations(other) + lexical_negatives(other)) == 0


_UNTIL = re.compile(r"(?:^|\W)(?:until|till|hasta|bis|jusqu['’]|до)(?=\W)", re.IGNORECASE)
_ONLY_AFTER = re.compile(r"\b(?:only after|not before|erst nach|nicht vor|seulement après|"
                         r"qu['’]après|pas avant|solo después|sólo después|no antes|только после|"
                         r"не раньше)\b", re.IGNORECASE)


def _until_vs_only_after(x: Side, y: Side) -> bool:
    return bool(_UNTIL.search(x.text)) and bool(_ONLY_AFTER.search(y.text))


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
