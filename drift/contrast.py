"""Contrastive substitution test: does the other rendering read as the English text with one
word swapped for its opposite?

For each English word with mutually exclusive alternatives (`contrasts` in drift/lang/en.toml: won/lost,
all/half, weekly/daily, before/after …) the English text is rewritten with each alternative and
embedded. If the other side — in any language — is closer to a rewrite than to the text as
written, by at least the calibrated margin, the word is reported as a substitution. This asks
the sentence encoder a comparative question it answers well, where an absolute similarity could
not tell "won" from "lost".
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass

import numpy as np

from drift.bundled import cache_root
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


# Fixed phrases whose words are not the contrast words they look like: "above all" (= most of
# all) is no place for "below", "at last" none for "first", "sold out" (= none left) none
# for "bought".
_IDIOMS = re.compile(r"\b(?:above\s+all|after\s+all|at\s+all|first\s+of\s+all|all\s+in\s+all|"
                     r"all\s+but|all\s+the\s+same|at\s+first|at\s+last|more\s+or\s+less|"
                     r"sooner\s+or\s+later|once\s+and\s+for\s+all|last\s+but\s+not\s+least|"
                     r"before\s+long|no\s+longer|sold\s+out|sells\s+out)\b", re.IGNORECASE)


def variants(text: str) -> list[Variant]:
    """Every single-word contrast rewrite of an English text (at most MAX_VARIANTS)."""
    out = []
    idioms = [m.span() for m in _IDIOMS.finditer(text)]
    for m in _WORD.finditer(text):
        word = m.group()
        if any(s <= m.start() < e for s, e in idioms):
            continue
        for alt in _ALTS.get(word.lower(), ()):
            rep = alt.capitalize() if word[0].isupper() else alt
            out.append(Variant((m.start(), m.end()), word, alt, text[:m.start()] + rep + text[m.end():]))
            if len(out) >= MAX_VARIANTS:
                return out
    return out


# The gate before any rewrite is encoded: a swap is tested only when the isolated words point
# towards the other side, `(v(alternative) - v(word)) . v(other side)`, by more than
# GATE_SUPPORT times the word's alignment support minus GATE_MIN (a word the other side already
# matches well is seldom the swapped one). Both vectors cost a word, once per model. Chosen on
# 2,985 rewrites of 4,000 validation pairs (scripts/make_pairs.py) at -0.07: it kept all 56 that
# fired on a planted edit and 24 % of all rewrites (encoding them was most of a cold batch's
# time). Raised to -0.06 on 4,000 training pairs (rules 133): of the 728 rewrites the old gate
# let through, 522 pass; of the 64 that fired on an edit 62, of the 13 on faithful pairs 11.
GATE_SUPPORT = 0.1
GATE_MIN = -0.06


def gate(word_gain: float, support: float) -> bool:
    """Whether a rewrite is worth encoding: `word_gain` is the isolated words' pull towards
    the other side, `support` the word's best similarity there (drift.align)."""
    return word_gain - GATE_SUPPORT * support >= GATE_MIN


# Texts of MAX_WORDS words or more get no contrast test: one swapped word moves the vector of a
# long text too little. On 600 long pairs joined from the training split (496 with one planted
# edit, 104 faithful; English side of 40 words or more) the test fired on 2 pairs, 1 on its
# edit, and switching it off there changed 2 labels and ROC AUC 0.5358 -> 0.5344; its rewrites
# were the larger part of what scoring a long text costs over encoding it.
MAX_WORDS = 40


def testable(text: str) -> bool:
    """Whether an English text is short enough for the contrast test."""
    return len(text.split()) < MAX_WORDS


def word_vectors(encoder) -> dict[str, np.ndarray]:
    """Every contrast word's vector as an isolated word (for the gate), made once per model and
    lexicon and kept beside the built models: 0.3 s the first time, where a cold batch of short
    English texts spent a tenth of its time encoding the words it met. The folder not being
    writable only costs that time again."""
    words = sorted(_ALTS)
    key = hashlib.sha256("\n".join([encoder.signature, *words]).encode()).hexdigest()[:16]
    path = cache_root() / "lexicon" / f"contrast-{key}.npy"
    try:
        vectors = np.load(path)
        if vectors.shape[0] == len(words):
            return dict(zip(words, vectors))
    except (OSError, ValueError):
        pass
    vectors = np.asarray(encoder.encode(words), dtype=np.float32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npy", delete=False) as f:
            np.save(f, vectors)
        os.replace(f.name, path)
    except OSError:
        pass
    return dict(zip(words, vectors))
