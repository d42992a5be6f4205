"""What every check shares: the Finding and Side types, spans, and word-list matching helpers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from drift.align import Word
from drift.lexicon import ANTONYMS_EN, month_day_names

SEVERITY_ORDER = {"info": 0, "low": 1, "medium": 2, "high": 3}
_NAMES = month_day_names()
_ANTONYMS = {frozenset(p) for p in ANTONYMS_EN}
_NOUN_CAPS = {"de", "lb"}
_PUNCT = "'’\".,;:!?()[]«»“”„"
RULES_VERSION = 172  # bump when a check or the scoring changes: it is part of the scorer signature


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


def fold_accents(word: str) -> str:
    """The word without its accents ("dólares" -> "dolares", "Ιουλίου" -> "Ιουλιου")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _span(w: Word) -> tuple[int, int]:
    return (w.start, w.end)


def _cut(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0]:span[1]] if span else ""


def make(kind: str, sev: str, a: Side, b: Side, sa, sb, message: str) -> Finding:
    return Finding(kind, sev, sa, sb, _cut(a.text, sa), _cut(b.text, sb), message)


def _sentence_initial(side: Side, w: Word) -> bool:
    return _initial(side.text, w.start)


def _initial(text: str, start: int, openers: str | None = None) -> bool:
    """Whether a word at `start` begins a sentence: first in the text or on its line (a UI
    string's lines, a list), or after a sentence end or an opening mark."""
    before = text[:start]
    prev = before.rstrip()
    return not prev or "\n" in before[len(prev):] or prev[-1] in (openers or _OPENERS)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _word_index(side: Side, span) -> int | None:
    for i, w in enumerate(side.words):
        if (w.start, w.end) == tuple(span):
            return i
    return None
# what may stand before a sentence's first word ("¿Guardar …?" starts a sentence too)
_OPENERS = ".!?:«“\"„(‘'—-¿¡"


def _lower_words(side: Side) -> list[str]:
    """The side's words in lower case (memoised: the opposites ask for them per group)."""
    return _memo(side, "lower", lambda s: [w.text.lower() for w in s.words])


def _pole_spans(side: Side, stems: list[str]) -> list[tuple[int, int]]:
    """Spans of the words of `side` that begin with one of `stems` ("x$": exactly x; stems
    with a space are matched in the text)."""
    out = []
    exact, begins = set(), []
    for stem in stems:
        if " " in stem or side.lang in ("zh", "ja"):  # no spaces between Chinese or Japanese words
            out += [(m.start(), m.end()) for m in re.finditer(re.escape(stem), side.text.lower())]
        elif stem.endswith("$"):
            exact.add(stem.rstrip("$"))
        else:
            begins.append(stem)
    if exact or begins:
        prefixes = tuple(begins)
        out += [_span(w) for w, low in zip(side.words, _lower_words(side))
                if low in exact or low.startswith(prefixes)]
    return sorted(set(out))


def _pole_words(side: Side, english: set[str], langs: dict, first: bool) -> list[tuple[int, int]]:
    """Spans of the words of one pole: English forms for English, word beginnings otherwise
    (memoised per text: every opposites check asks for every group)."""
    key = ("pole", id(english), id(langs), first)
    if key not in side.memo:
        if side.lang == "en":
            lows = _lower_words(side)
            present = _memo(side, "lower-set", lambda s: set(lows))
            side.memo[key] = [] if present.isdisjoint(english) else \
                [_span(w) for w, low in zip(side.words, lows) if low in english]
        else:
            side.memo[key] = _pole_spans(side, langs[side.lang][0 if first else 1])
    return side.memo[key]
