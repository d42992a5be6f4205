"""Reading numbers: digits, number words in many languages, fractions, Roman numerals, CJK numerals
and numbers written with symbols. Catches nothing by itself; the quantity check compares them."""

from __future__ import annotations

import math
import re
import unicodedata

from drift.checks.base import (
    _NOUN_CAPS,
    Side,
    _initial,
    _memo,
    _span,
)
from drift.lexicon import (
    EVERY,
    IMPERIAL_UNITS,
    NUMBER_MULTIPLIERS,
    NUMBER_WORDS,
    ORDINALS,
    RATIO_LINK,
    UNIT_FACTORS,
)

_CJK_CHAR = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CJK_MULT = {"千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "천": 1e3, "만": 1e4, "억": 1e8}
# what may stand between the digits and their multiplier: a space, or "more than" (550多万 over
# 5.5 million, 550餘萬, 550여만)
_CJK_GAP = (" ", "多", "余", "餘", "여")
# hundred thousand, million and ten million: "3백만" (3 million), "3百万", "5千萬"
_CJK_MULT2 = {"十万": 1e5, "十萬": 1e5, "百万": 1e6, "百萬": 1e6, "千万": 1e7, "千萬": 1e7,
              "십만": 1e5, "백만": 1e6, "천만": 1e7}
# "and a half" after a count and its unit: 1年半, 一年半 (a year and a half), 2个半小时
_CJK_AND_A_HALF = re.compile(r"\s*(?:年|[个個]月|か月|ヶ月|カ月|[个個]小[时時]|[个個]?星期|天|日|[周週]|時間"
                             r"|[个個])?半(?!ば)")  # not 2014年半ば, mid-2014


# unit names of Chinese, Japanese and Korean, read right after the digits (550ポンド, 5 公里)
_CJK_UNITS_NAMED = sorted((u for u in UNIT_FACTORS if re.search(f"[{_CJK_CHAR}]", u)), key=len, reverse=True)
_CJK_UNIT = re.compile(r"\s?(" + "|".join(map(re.escape, _CJK_UNITS_NAMED)) + ")")


def _cjk_multiplier(text: str, pos: int) -> tuple[int, float] | None:
    """(length, factor) of the multiplier written at `pos`, if any ("万", "백만")."""
    if text[pos:pos + 2] in _CJK_MULT2:
        return 2, _CJK_MULT2[text[pos:pos + 2]]
    return (1, _CJK_MULT[text[pos]]) if text[pos:pos + 1] in _CJK_MULT else None


_NUM = re.compile(rf"(?<![.,])(?<!(?![{_CJK_CHAR}])\w)\d+(?:[.,\u00a0\u202f ]\d{{3}})*(?:[.,]\d+)?(?!\d)")
_MULT = {"thousand": 1e3, "mil": 1e3, "tausend": 1e3, "mille": 1e3, "тысяч": 1e3,
         "тысячи": 1e3, "million": 1e6, "millions": 1e6, "millones": 1e6, "millón": 1e6,
         "millionen": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
         "billion": 1e9, "billions": 1e9, "milliarden": 1e9, "milliards": 1e9,
         "миллиард": 1e9, "миллиардов": 1e9, "mil millones": 1e9, "mil milhões": 1e9, "млрд": 1e9, "млн": 1e6,
         "тыс": 1e3, "mrd": 1e9, "mio": 1e6, "md": 1e9, "bn": 1e9, "m": 1e6,
         "milioni": 1e6, "milione": 1e6, "miliardi": 1e9, "miliardo": 1e9, "mila": 1e3,
         "milhões": 1e6, "milhão": 1e6, "bilhões": 1e9, "bilhão": 1e9, "miljoen": 1e6,
         "miljard": 1e9, "duizend": 1e3, "milion": 1e6, "miliony": 1e6, "milionów": 1e6,
         "miliard": 1e9, "miliardów": 1e9, "tys.": 1e3, "mln": 1e6, "mld": 1e9,
         "мільйонів": 1e6, "мільйони": 1e6, "мільярдів": 1e9, "тисяч": 1e3, "tysięcy": 1e3,
         "tysiące": 1e3, "tysiąc": 1e3, "тисячі": 1e3, "tisíc": 1e3, "millió": 1e6,
         "milliárd": 1e9, "ezer": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9,
         "مليارات": 1e9, "ألف": 1e3, "آلاف": 1e3, "ribu": 1e3, "juta": 1e6, "miliar": 1e9}
# and every language file's multipliers of a thousand or more ("5,5 miljoner", "3 milyon");
# not Turkish "bin" (thousand), an English word after a number too ("5 bin bags")
_MULT.update({w: v for lang, table in NUMBER_WORDS.items() for w, v in table.items()
              if w in NUMBER_MULTIPLIERS and v >= 1000 and w not in _MULT and w != "bin"})
_CLOSING = ".,;:)]}»”’\"'"  # "($3.6bn)": the multiplier before a closing mark


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
        word = after[0].strip(_CLOSING) if after else ""
        if word in _MULT and not _AREA.match(text, m.end()):
            value *= _MULT[word]
        end = m.end()
        gap = 1 if text[end:end + 1] in _CJK_GAP and _cjk_multiplier(text, end + 1) else 0
        mult = _cjk_multiplier(text, end + gap)
        if mult and word not in _MULT:
            value *= mult[1]  # "4万人", "2천 명", "1.2 億", "3백만": 40,000, 2,000, 3 million
            end += gap + mult[0]
        half = _CJK_AND_A_HALF.match(text, end)
        if half:  # "1年半", "2个半小时": and a half
            value, end = value + 0.5, half.end()
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
    return _range_units(text, [_with_half_and_unit(text, x) for x in out if math.isfinite(x[0])
                               and not _is_half_of(text, x) and not _inside_fraction(spans, x)])


# what joins the two ends of a range ("1 to 4 inches", "entre 7 y 15 cm", "5–10 km")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|a|y|e|and|et|und|bis|à|до|и|tot|till|och|og|do|až|až\s+do|ila|"
                         r"și|ja|és|עד)\s*",
                         re.IGNORECASE)


def _range_units(text: str, found: list) -> list:
    """The first end of a range takes the unit written after the second: "1 to 4 inches" is
    1 inch to 4 inches, comparable with "25 a 100 mm"."""
    found = sorted(found, key=lambda x: x[1])
    out = list(found)
    for k in range(len(found) - 1):
        (v, span, unit), (_, nspan, nunit) = found[k], found[k + 1]
        if unit is None and nunit and _RANGE_JOIN.fullmatch(text[span[1]:nspan[0]]):
            out[k] = (v, span, nunit)
    return out


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
# they name a month or a day. Traditional forms too ("三萬人", "兩個", "五億", "十分鐘").
_CJK_NUMBER = re.compile(r"[零一二两兩三四五六七八九十百千万萬亿億]+"
                         r"(?=多?[名个個位人年天次家座条條件辆輛架艘只隻头頭岁歲周週倍棵本张張所间間台臺份元块塊"
                         r"吨噸场場部篇首把双雙套颗顆枚项項批袋箱瓶杯户戶代]|分钟|分鐘|小时|小時|公里|公斤|星期"
                         r"|个月|個月|秒钟|秒鐘)")
_CJK_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
               "七": 7, "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}


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
        value = _cjk_value(m.group())
        half = _CJK_AND_A_HALF.match(side.text, m.end())
        if value:
            end = half.end() if half else m.end()
            out.append((float(value) + (0.5 if half else 0), (m.start(), end), None))
    return out


# ordinals written with a numeral: 第二 (zh, ja), 제2 (ko), 2番目, 두 번째 (the second)
_CJK_ORDINAL = re.compile(r"(?:第|(?<![가-힣])제)\s*(\d+|[一二两兩三四五六七八九十百]+)"  # not 문제 2
                          r"|(\d+|[一二两兩三四五六七八九十百]+)\s*番目"
                          r"|(?<![가-힣])(\d+|첫|두|세|네|다섯)\s*번째")
_KO_ORDINAL = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5}


def cjk_ordinals(text: str) -> list[tuple[int, tuple[int, int]]]:
    """(value, span) of the ordinals of a Chinese, Japanese or Korean text."""
    out = []
    for m in _CJK_ORDINAL.finditer(text):
        word = m.group(1) or m.group(2) or m.group(3)
        out.append((int(_KO_ORDINAL.get(word) or _cjk_value(word)), m.span()))
    return out


def _cjk_value(s: str) -> float:
    """The value of digits or of a Chinese numeral ("3", "三", "十二", "三百万")."""
    if s.isdecimal():
        return float(s)
    total = section = num = 0.0
    for ch in s:
        if ch in _CJK_DIGITS:
            num = _CJK_DIGITS[ch]
        elif ch in _CJK_UNITS:
            section += (num or 1) * _CJK_UNITS[ch]
            num = 0
        elif ch in _CJK_BIG:
            total += (section + num) * _CJK_BIG[ch]
            section = num = 0
    return total + section + num


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
_CJK_FRACTION = re.compile(r"(\d+|[一二两兩三四五六七八九十]+)\s*(?:分の|분의|分之)\s*"
                           r"(\d+|[一二两兩三四五六七八九十]+)(?![决決][赛賽])")  # not 四分之一决赛


def _fractions(side: Side) -> list[tuple[float, tuple[int, int], str | None]]:
    """"a third", "two thirds", "un tercio", "deux tiers", "ein Drittel", "треть"; a bare
    "third"/"quarter" needs a count before it (not "the third largest city")."""
    out = []
    for m in _FRACTIONS.finditer(side.text):
        count, word = m.group(1), m.group(2).lower()
        if not count and not word.startswith(("трет", "четверт")):
            continue
        if (count or "").lower() in ("a", "un") and word in ("third", "terzo", "terza") \
                and _ordinal_third(side.text, m.end()):
            continue  # "a third term", "un terzo mandato": the third one, not a fraction
        value = _FRACTION_VALUE[word[:3]] * _COUNTS.get((count or "").lower(), 1)
        out.append((value, (m.start(), m.end()), None))
    ords = ORDINALS.get(side.lang, {})
    for k, w in enumerate(side.words[:-1]):  # "jeder zehnte", "каждый третий" = one in n
        nxt = side.words[k + 1]
        if w.text.lower() in EVERY and ords.get(nxt.text.lower(), 0) >= 2:
            out.append((1 / ords[nxt.text.lower()], (w.start, _span(nxt)[1]), None))
    if side.lang in ("zh", "ja", "ko"):  # 三分之一, 3分の1, 3분의 1: one third
        for m in _CJK_FRACTION.finditer(side.text):
            d, n = _cjk_value(m.group(1)), _cjk_value(m.group(2))
            if 0 < n < d:
                out.append((n / d, m.span(), None))
    link = RATIO_LINK.get(side.lang)
    table = NUMBER_WORDS.get(side.lang, {})
    if link:
        for m in re.finditer(rf"\b(\w+)\s+{link}\s+(\w+)\b", side.text, re.I):
            n, d = (_small_number(x, table) for x in (m.group(1), m.group(2)))
            if n and d and n < d and not 1500 <= d <= 2200:  # not "one in 2020"
                out.append((n / d, (m.start(), m.end()), None))
    return out


# what may follow the fraction "a third" / "un terzo": "of", or a verb ("a third said")
_AFTER_A_THIRD = {"of", "are", "were", "is", "was", "have", "had", "has", "said", "say", "says",
                  "left", "voted", "think", "thought", "believe", "believed", "agree", "agreed",
                  "do", "did", "will", "would", "could", "may", "might", "can", "now", "more", "less",
                  "di", "del", "della", "dello", "dei", "degli", "delle", "è", "sono", "era", "erano",
                  "ha", "hanno", "in", "per"}


def _ordinal_third(text: str, end: int) -> bool:
    """Whether "a third" ending at `end` is the ordinal before a noun ("a third term") rather
    than the fraction ("a third of", "a third said", "about a third.")."""
    m = re.match(r"\s+([^\W\d_]+)", text[end:])
    return bool(m) and m.group(1).lower() not in _AFTER_A_THIRD


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
        head = " ".join(w.strip(".,;:()'’\"“”«»") for w in rest.split()[:n])
        if rest[:1] == "%":
            unit = "%"
        elif head in UNIT_FACTORS and len(rest.split()) >= n:
            unit = head
        if unit:
            break
    cjk = _CJK_UNIT.match(text, end) if unit is None else None
    return value, (start, end), cjk.group(1) if cjk else unit


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
        # 311 miles = 500 km; one hour != one day; a conversion rounded: 3 inches / 7 cm
        return abs(ba - bb) <= (0.1 if converted(ua, ub) else 0.03) * max(ba, bb)
    for (v1, u1), (v2, u2) in (((va, ua), (vb, ub)), ((vb, ub), (va, ua))):
        if u1 and UNIT_FACTORS[u1][0] == "ratio" and not u2 and 0 < v2 < 1:
            return abs(v1 * 0.01 - v2) <= 1e-6  # fifty percent = half
    return abs(va - vb) <= 1e-6 * max(1.0, abs(va))


def converted(ua: str | None, ub: str | None) -> bool:
    """Whether one unit is imperial and the other metric (3 inches / 7 cm): a translator's
    conversion, rounded."""
    return bool(ua and ub) and (ua in IMPERIAL_UNITS) != (ub in IMPERIAL_UNITS)


_DAY, _WEEK = 86400.0, 604800.0


def _days_for_weeks(x: float, y: float, ux: str, uy: str) -> bool:
    """"quince días" / "quinze jours" / "quindici giorni" (15 days) and "huit jours" (8 days)
    are how Spanish, French, Italian and Portuguese say two weeks and a week."""
    return UNIT_FACTORS[ux][1] == _DAY and UNIT_FACTORS[uy][1] == _WEEK \
        and (x, y) in ((15 * _DAY, 2 * _WEEK), (8 * _DAY, _WEEK))


# "3月", "三月", "3월": a month in Chinese, Japanese and Korean (not "三个月", three months)
_CJK_MONTH = re.compile(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*[月월]")
_CJK_MONTH_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                  "十": 10, "十一": 11, "十二": 12}


# weekdays: "周日" / "星期天" (zh, Traditional "週日", "禮拜天"), "日曜日" (ja), "일요일" (ko);
# Monday is 0
_CJK_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])|([月火水木金土日])曜日?"
                          r"|([월화수목금토일])요일")
_CJK_WEEKDAY_NUM = {**{c: k for k, c in enumerate("一二三四五六")}, "日": 6, "天": 6,
                    **{c: k for k, c in enumerate("月火水木金土")},
                    **{c: k for k, c in enumerate("월화수목금토일")}}


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
