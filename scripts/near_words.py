"""Fluent one-word substitutions for scripts/make_pairs.py (`--near N`): a content word swapped
for one of its nearest neighbours in the bundled model's own space ("schools" -> "universities",
"rain" -> "snow", "coffee" -> "beer"). The edited sentence reads as well as the original, and the
two differ in one word that the model places close by: the edit the pair model misses most often
on text written by others ("renovate the schools" / "renovar las bibliotecas").

The word lists come from the training split's sentences only, per language: the most frequent
alphabetic words after the commonest ones (function words), without names. A word's neighbours
leave out its own inflections and derivations (a shared start of four letters, or one word
inside the other) and spelling variants (cosine 0.97 or more). Synonyms are not excluded (the
space cannot tell "strong" / "powerful" from "rain" / "snow"); that noise is measured, like every
other edit, by the faithful pairs' false alarms after training.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
from pair_edits import match_case, replace

# languages written without spaces get no list: their words are not split out here
NO_LIST = {"zh", "ja", "th", "ko"}
# languages whose nouns are written with a capital: capitalised words are not taken for names
CAPITAL_NOUNS = {"de", "lb"}
WORD = re.compile(r"\w+")


def vocabulary(texts: list[str], lang: str, size: int = 4000, skip: int = 150) -> list[str]:
    """The `size` most frequent lower-cased words of `texts` after the `skip` commonest, of four
    letters or more, seen twice or more and (except in CAPITAL_NOUNS) mostly written in lower case
    inside a sentence."""
    total: Counter = Counter()
    capital: Counter = Counter()  # written with a capital inside a sentence
    for t in texts:
        end = None  # where the previous word ended
        for m in WORD.finditer(t):
            w = m.group()
            if w.isalpha():
                starts = end is None or any(c in ".!?:" for c in t[end:m.start()])
                total[w.lower()] += 1
                capital[w.lower()] += w[0].isupper() and not starts
            end = m.end()
    ranked = [w for w, _ in total.most_common()]
    keep = [w for w in ranked[skip:] if len(w) >= 4 and total[w] >= 2
            and (lang in CAPITAL_NOUNS or capital[w] * 2 < total[w])]
    return keep[:size]


def related(w: str, v: str) -> bool:
    """True when `v` looks like a form of `w`: the same first four letters, or one inside the other."""
    return w[:4] == v[:4] or w in v or v in w


def neighbours(words: list[str], vecs: np.ndarray, k: int = 8, ceiling: float = 0.97) -> dict[str, list[str]]:
    """Each word's `k` nearest other words (rows of `vecs` are L2-normalised), forms of the same
    word and spelling variants left out."""
    sims = vecs @ vecs.T
    out = {}
    for i, w in enumerate(words):
        near = []
        for j in np.argsort(-sims[i])[: 4 * k + 8]:
            v = words[j]
            if j != i and sims[i, j] < ceiling and not related(w, v):
                near.append(v)
            if len(near) == k:
                break
        if near:
            out[w] = near
    return out


def lexicon(texts_by_lang: dict[str, list[str]], encode, size: int = 4000) -> dict[str, dict]:
    """{language: {word: neighbours}} for every spaced language with 200 words or more; `encode`
    maps a list of words to L2-normalised vectors."""
    out = {}
    for lang in sorted(texts_by_lang):
        if lang in NO_LIST:
            continue
        words = vocabulary(texts_by_lang[lang], lang, size)
        if len(words) >= 200:
            out[lang] = neighbours(words, np.asarray(encode(words), dtype=np.float32))
    return out


def edit_near(text, lang, rng, other, pool):
    """One content word swapped for a near neighbour, in the word's own capitalisation; a
    neighbour with the same last letter (often the same inflection) is preferred. Words that
    the other side also holds as they are (names, loans) are left alone."""
    lex = pool.get("near", {}).get(lang)
    if not lex:
        return None
    seen = Counter(m.group().lower() for m in WORD.finditer(text))
    low = other.lower()
    cands = [m for m in WORD.finditer(text) if m.group().lower() in lex
             and seen[m.group().lower()] == 1 and m.group().lower() not in low]
    if not cands:
        return None
    m = rng.choice(cands)
    w = m.group()
    near = lex[w.lower()]
    same_end = [v for v in near if v[-1] == w[-1].lower()]
    new = rng.choice(same_end if same_end and rng.random() < 0.7 else near)
    t, spans = replace(text, m.start(), m.end(), match_case(w, new))
    return t, spans, "near word", None
