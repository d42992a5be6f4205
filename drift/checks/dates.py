"""Dates: month and day names, numeric and relative dates, clock times, seasons, frequencies.

Catches a changed day, month, year, weekday or time of day; must not fire on the same date
written another way ("17.05.2024" / "May 17, 2024", "next week" / "la semana que viene")."""

from __future__ import annotations

import re

from drift.align import Word
from drift.checks.base import (
    _NAMES,
    Finding,
    Side,
    _cut,
    _memo,
    _sentence_initial,
    _span,
    fold_accents,
    make,
)
from drift.checks.numbers import (
    _cjk_months,
    numbers,
)
from drift.lexicon import (
    EL_MONTHS,
    EVERY,
    FREQUENCY,
    FREQUENCY_UNITS,
    LANG_DATE_NAMES,
    NUMBER_WORDS,
    ORDINALS,
    RATE_UNITS,
    RATE_WORDS,
    RELATIVE_DATE_PHRASES,
    RELATIVE_DATES,
    stop_words,
)


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
        bare = fold_accents(low)
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
    "chaque semaine", "каждый год", and rates, "per hour", "pro Tag" (single words such as
    "hourly" are in FREQUENCY)."""
    ws, out = side.words, []
    for k, w in enumerate(ws):
        low = w.text.lower()
        nxt = ws[k + 1].text.lower() if k + 1 < len(ws) else ""
        if low in RATE_WORDS.get(side.lang, ()) and nxt in RATE_UNITS.get(side.lang, ()):
            out.append((f"rate:{FREQUENCY_UNITS[nxt]}", (w.start, _span(ws[k + 1])[1])))
            continue  # "per hour", "pro Tag", "par jour", "por año" (see _rates)
        tous = (low, nxt) in _ALL_THE
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


_CJK_DAYS = {  # day, week, month and year before, this one and the next
    "zh": {"昨天": "-1", "今天": "0", "明天": "1", "后天": "2", "後天": "2", "前天": "-2",
           "上周": "week-1", "上週": "week-1", "上星期": "week-1",
           "下周": "week+1", "下週": "week+1", "下星期": "week+1", "本周": "week0", "本週": "week0",
           "这周": "week0", "這週": "week0", "上个月": "month-1", "上個月": "month-1",
           "下个月": "month+1", "下個月": "month+1", "本月": "month0", "这个月": "month0",
           "這個月": "month0", "去年": "year-1", "明年": "year+1", "今年": "year0"},  # Traditional too
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


_RELATIVE_PHRASES = [(v, re.compile(rx, re.IGNORECASE)) for v, rx in RELATIVE_DATE_PHRASES.items()]


def _relative_day_phrases(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """"the day after tomorrow" (+2), "avant-hier" (-2), Swedish "i går" (-1) …"""
    return [(f"rel:{v}", m.span()) for v, rx in _RELATIVE_PHRASES for m in rx.finditer(side.text)]


def _after_name(side: Side, k: int) -> bool:
    """Whether word `k` follows a capitalised word that is no function word and, inside a
    sentence, no month's qualifier ("Theresa May", "Mrs May"; not "Last May", "By May", "in
    May")."""
    if k == 0:
        return False
    prev = side.words[k - 1]
    low = prev.text.lower()
    return prev.text[:1].isupper() and prev.text.isalpha() and low not in stop_words("en") \
        and low not in _MONTH_QUALIFIERS


_MONTH_QUALIFIERS = {"last", "next", "early", "late", "mid", "since", "until", "till", "by",
                     "during", "before", "after", "from", "through", "throughout", "every"}


def _ro_month_mai(side: Side, k: int) -> bool:
    """Whether Romanian "mai" at `k` is May: after a day number or "luna", or before a year
    ("1 mai", "luna mai", "mai 2019"); elsewhere it is "still" or "more"."""
    prev = side.words[k - 1].text.lower() if k > 0 else ""
    nxt = side.words[k + 1].text if k + 1 < len(side.words) else ""
    return prev.isdigit() or prev == "luna" or (len(nxt) == 4 and nxt.isdigit())


def _dates_uncached(side: Side) -> list[tuple[str, tuple[int, int]]]:
    out = _frequencies(side) + _relative_periods(side) + clock_times(side) + _cjk_months(side) \
        + _cjk_relative_days(side) + _relative_day_phrases(side) + _ru_word_years(side)
    out += [("weekday:7", m.span()) for m in _FIN_DE_SEMANA.finditer(side.text)]
    out += _numeric_dates(side) + _seasons(side)
    inside = [s for _, s in out]
    for k, w in enumerate(side.words):
        low = w.text.lower()
        if side.lang == "en" and low in ("may", "march") and not w.text[0].isupper():
            continue  # the modal verb and the verb, not the months
        if side.lang == "en" and low == "may" and _after_name(side, k):
            continue  # "Theresa May", "Mrs May": a surname
        if side.lang == "ro" and low == "mai" and not _ro_month_mai(side, k):
            continue  # "nu mai", "mai mult": still, more
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
    da, db = _rates(da, db), _rates(db, da)
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


def _rates(mine: list, other: list) -> list:
    """A rate ("per hour", "pro Tag") is compared with the other side's frequency or rate, as
    one; where the other side has none it is left out: English also says a rate with "a"
    ("two tablets a day" / "deux comprimés par jour"), which no list can tell from "a day"."""
    if any(k.startswith(("every:", "rate:")) for k, _ in other):
        return [("every:" + k[5:] if k.startswith("rate:") else k, sp) for k, sp in mine]
    return [(k, sp) for k, sp in mine if not k.startswith("rate:")]


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
