"""Contrastive substitution test: does the other rendering read as the English text with one
word swapped for its opposite?

For each English word with mutually exclusive alternatives (lexicon.CONTRASTS: won/lost,
all/half, weekly/daily, before/after …) the English text is rewritten with each alternative and
embedded. If the other side — in any language — is closer to a rewrite than to the text as
written, by at least the calibrated margin, the word is reported as a substitution. This asks
the sentence encoder a comparative question it answers well, where an absolute similarity could
not tell "won" from "lost".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drift.lexicon import CONTRASTS

MAX_VARIANTS = 16
_ALTS: dict[str, list[str]] = {}
for _group in CONTRASTS:
    for _w in _group:
        _ALTS.setdefault(_w, [])
        _ALTS[_w].extend(x for x in _group if x != _w and x not in _ALTS[_w])
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Variant:
    """The English text with one word (at `span`) replaced by `alternative`."""

    span: tuple[int, int]
    word: str
    alternative: str
    text: str


def variants(text: str) -> list[Variant]:
    """Every single-word contrast rewrite of an English text (at most MAX_VARIANTS)."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        for alt in _ALTS.get(word.lower(), ()):
            rep = alt.capitalize() if word[0].isupper() else alt
            out.append(Variant((m.start(), m.end()), word, alt, text[:m.start()] + rep + text[m.end():]))
            if len(out) >= MAX_VARIANTS:
                return out
    return out
