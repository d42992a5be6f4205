"""Word alignment within a pair: group model tokens into words, align by contextual similarity."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from drift.embed import TokenEmbeddings
from drift.lexicon import stop_words

_WORDCHAR = re.compile(r"\w", re.UNICODE)


# scripts written without spaces between words, whose sub-word tokens stay apart as before
_UNSPACED = ("THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def in_word(c: str) -> bool:
    """A letter, digit or underscore, a combining mark (the vowel signs of Devanagari and other
    Indic scripts: "टॉम" is one word, not "टॉ" + "म"; Arabic harakat) or a zero-width joiner."""
    if _WORDCHAR.match(c) or c in "\u200c\u200d":
        return True
    return unicodedata.category(c)[0] == "M" and not unicodedata.name(c, "").startswith(_UNSPACED)


def word_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of word characters (`in_word`) in a text: its words with their
    vowel signs and harakat, whatever the tokenizer made of them."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, c in enumerate(text):
        if in_word(c):
            start = i if start is None else start
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class Word:
    """A word of one text: its characters, span, and mean contextual vector (unit length)."""

    text: str
    start: int
    end: int
    vector: np.ndarray
    content: bool


@dataclass(frozen=True)
class Alignment:
    """Similarities between two word lists.

    sim: (n_a, n_b) cosine matrix; support_a/support_b: each word's best similarity on the other
    side; pairs: mutual best matches (SimAlign "argmax"), sorted by (i, j).
    """

    sim: np.ndarray
    support_a: np.ndarray
    support_b: np.ndarray
    pairs: list[tuple[int, int]]


# a piece of Japanese text in hiragana alone is a particle or an ending ("は", "が", "すると")
_HIRAGANA = re.compile(r"[\u3041-\u309f]+")
_CLITICS = {"t", "s", "re", "ll", "ve", "d", "m"}  # couldn't, it's, we're: one word; l'homme: two


def _is_cjk(ch: str) -> bool:
    return "CJK" in unicodedata.name(ch, "") or "HIRAGANA" in unicodedata.name(ch, "")


def words(tokens: TokenEmbeddings, lang: str) -> list[Word]:
    """Merge sub-word tokens into words (tokens that touch, letters on both sides)."""
    text = tokens.text
    groups: list[list[int]] = []
    bounds: list[list[int]] = []
    for k, (s, e) in enumerate(tokens.spans.tolist()):
        if e <= s:
            continue
        if bounds and s < bounds[-1][1]:  # overlaps the previous token (a bare "▁" piece)
            groups[-1].append(k)
            bounds[-1][1] = max(e, bounds[-1][1])
            continue
        touches = bounds and s == bounds[-1][1]
        after_apostrophe = touches and text[s - 1] in "'’" and text[s:e].lower() in _CLITICS
        joinable = touches and in_word(text[s - 1]) and in_word(text[s])
        if after_apostrophe or (joinable and not (_is_cjk(text[s - 1]) or _is_cjk(text[s]))):
            groups[-1].append(k)
            bounds[-1][1] = e
        elif touches and text[s] in "'’" and groups:
            groups[-1].append(k)  # clitics and contractions stay with their word: don't, l'
            bounds[-1][1] = e
        else:
            groups.append([k])
            bounds.append([s, e])
    stop = stop_words(lang)
    out = []
    for ks, (s, e) in zip(groups, bounds):
        vec = tokens.vectors[ks].mean(0)
        vec = vec / max(float(np.linalg.norm(vec)), 1e-9)
        surface = text[s:e]
        bare = surface.lower().rstrip("'’")  # elided articles: "l'", "d'", "qu'"
        content = bool(_WORDCHAR.search(surface)) and bare not in stop
        content = content and not (lang == "ja" and _HIRAGANA.fullmatch(surface))
        content = content and (len(surface) > 1 or _is_cjk(surface[0]) or surface.isdigit())
        out.append(Word(surface, s, e, vec, content))
    return out


def align(a: list[Word], b: list[Word]) -> Alignment:
    """Cosine matrix between the words of two texts and their mutual best matches."""
    if not a or not b:
        empty = np.zeros((len(a), len(b)))
        return Alignment(empty, np.zeros(len(a)), np.zeros(len(b)), [])
    va = np.stack([w.vector for w in a])
    vb = np.stack([w.vector for w in b])
    sim = va @ vb.T
    fwd, bwd = sim.argmax(1), sim.argmax(0)
    pairs = [(i, int(fwd[i])) for i in range(len(a)) if bwd[fwd[i]] == i]
    return Alignment(sim, sim.max(1), sim.max(0), pairs)


_CLAUSE_MARKS = r"[,;:()«»\"“”„—–]"
_CLAUSE_WORDS = ("and but which who while because whereas although y pero que porque aunque und "
                 "aber weil obwohl während dass et mais qui parce quoique и но что который которая "
                 "которые потому хотя e ma che perché mas porque embora").split()
_CLAUSE_SPLIT = re.compile(_CLAUSE_MARKS + r"|(?<=\s)(?:" + "|".join(_CLAUSE_WORDS) + r")(?=\s)",
                           re.IGNORECASE)


def clause_spans(text: str, min_words: int = 2) -> list[tuple[int, int]]:
    """Character spans of a text's clauses: split at punctuation and clause conjunctions.

    One span (the whole stripped text) when there is nothing to split."""
    spans, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        s, e = s + lead, s + len(seg.rstrip())
        if len(text[s:e].split()) >= min_words:
            out.append((s, e))
    whole = (len(text) - len(text.lstrip()), len(text.rstrip()))
    return out if len(out) > 1 else [whole]


@dataclass(frozen=True)
class Projection:
    """A learned correction of word vectors for alignment (scripts/train_projection.py): each
    of K members maps v to normalise(v + U Vᵀ v); the projected vectors of all members are
    concatenated (scaled by 1/√K), so a cosine between them is the members' mean cosine."""

    U: np.ndarray  # (K, dim, rank)
    V: np.ndarray  # (K, dim, rank)
    version: str

    @cached_property
    def _factors(self) -> tuple[np.ndarray, np.ndarray]:
        """V as one (dim, K·rank) matrix and U as (K, rank, dim), contiguous: made once, they
        make `apply` about five times faster on a sentence's words than strided views."""
        k, dim, rank = self.U.shape
        return (np.ascontiguousarray(self.V.transpose(1, 0, 2).reshape(dim, k * rank)),
                np.ascontiguousarray(self.U.transpose(0, 2, 1)))

    def apply(self, x: np.ndarray) -> np.ndarray:
        k, dim, rank = self.U.shape
        v, u = self._factors
        y = np.einsum("nkr,krd->nkd", (x @ v).reshape(len(x), k, rank), u, optimize=True)
        y += x[:, None]
        y /= np.maximum(np.linalg.norm(y, axis=2, keepdims=True), 1e-9)
        return y.reshape(len(x), k * dim) * np.float32(1 / np.sqrt(k))

    @classmethod
    def bundled(cls, name: str = "projection.npz") -> Projection | None:
        """A projection shipped in drift/data (fitted to the bundled model's layer 8):
        projection.npz, or projection-cjk.npz, trained with the zh/ja/ko renderings too."""
        import hashlib
        import io
        from importlib import resources

        ref = resources.files("drift").joinpath(f"data/{name}")
        if not ref.is_file():
            return None
        raw = ref.read_bytes()
        data = np.load(io.BytesIO(raw))
        return cls(data["U"].astype(np.float32), data["V"].astype(np.float32),
                   hashlib.sha256(raw).hexdigest()[:8])


def align_projected(a: list[Word], b: list[Word], projection: Projection | None,
                    va: np.ndarray | None = None, vb: np.ndarray | None = None) -> Alignment:
    """align() over projected word vectors (plain align() without a projection); `va`/`vb`:
    the sides' projected vectors when the caller has them already."""
    if projection is None or not a or not b:
        return align(a, b)
    va = projection.apply(np.stack([w.vector for w in a])) if va is None else va
    vb = projection.apply(np.stack([w.vector for w in b])) if vb is None else vb
    sim = va @ vb.T
    fwd, bwd = sim.argmax(1), sim.argmax(0)
    pairs = [(i, int(fwd[i])) for i in range(len(a)) if bwd[fwd[i]] == i]
    return Alignment(sim, sim.max(1), sim.max(0), pairs)
