"""`drift compare`: match the quotes several articles share and score how their renderings drift."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from itertools import combinations
from pathlib import Path

import numpy as np

from drift.checks import SEVERITY_ORDER
from drift.errors import InputError
from drift.quotes import Document, Quote, extract_quotes, read_document, reported_speech
from drift.score import PairResult, Scorer, finding_dict

MATCH_THRESHOLD = 0.84  # e5 cosine; unrelated sentences on one topic sit around 0.75-0.82
PART_THRESHOLD = 0.88   # one sentence of a quote rendering one sentence of the other
REPORTED_LIFT = 0.05    # reported speech ("he said that …") must match that much more closely
SURE_MATCH = 0.90       # under this, two quotes in one language must share a content word
BETTER_BY = 0.05        # a leftover quote renders a sentence this much better than its match
_SENT = re.compile(r"[^.!?]+(?:[.!?]+[»”\"’)]*|$)")  # an ellipsis in a quote is an editor's cut


@dataclass(frozen=True)
class QuoteMatch:
    """Two quotes from two documents judged to render the same statement, with the verdict.

    The result is for the overlapping parts (`a_overlap`/`b_overlap`, offsets into the quote
    texts); `a_beyond`/`b_beyond` hold the sentences one side has beyond the other (a truncated
    or partly overlapping quote). `split` says one side was joined from two quotes; `confidence`
    is "low" when reported speech ("he said that …") is involved."""

    a: Quote
    b: Quote
    similarity: float
    result: PairResult
    a_overlap: tuple[int, int] = (0, 0)
    b_overlap: tuple[int, int] = (0, 0)
    a_beyond: tuple[str, ...] = ()
    b_beyond: tuple[str, ...] = ()
    split: bool = False
    confidence: str = "high"

    @property
    def kind(self) -> str:
        if self.split:
            return "split"
        return "partial" if self.a_beyond or self.b_beyond else "full"


@dataclass(frozen=True)
class CompareReport:
    """Every document's quotes, the matches between them, and quotes found in one place only."""

    documents: list[str]
    quotes: dict[str, list[Quote]]
    matches: list[QuoteMatch]
    unmatched: list[Quote]
    errors: dict[str, str] = field(default_factory=dict)
    signature: str = ""

    def to_dict(self) -> dict:
        return {
            "schema": "drift.compare/1",
            "signature": self.signature,
            "documents": self.documents,
            "errors": self.errors,
            "quotes": {d: [asdict(q) for q in qs] for d, qs in self.quotes.items()},
            "matches": [{
                "a": asdict(m.a), "b": asdict(m.b), "similarity": round(m.similarity, 4),
                "drift": m.result.drift, "label": m.result.label, "kind": m.kind,
                "confidence": m.confidence,
                "overlap": {"a": list(m.a_overlap), "b": list(m.b_overlap)},
                "beyond": {"a": list(m.a_beyond), "b": list(m.b_beyond)},
                "findings": [finding_dict(f) for f in m.result.findings],
            } for m in self.matches],
            "only_in_one_document": [asdict(q) for q in self.unmatched],
        }


def collect(paths: list[Path]) -> list[Path]:
    """Files named, with folders expanded to their files (sorted, hidden files skipped)."""
    out = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith("."))
        else:
            out.append(p)
    return out


def compare_paths(paths: list[Path], scorer: Scorer) -> CompareReport:
    """Read each document (errors kept per document) and compare those that could be read."""
    docs, errors = [], {}
    for p in collect(paths):
        try:
            docs.append(read_document(p))
        except InputError as exc:
            errors[str(p)] = str(exc)
    if not docs:
        raise InputError("no document could be read: " + "; ".join(errors.values()))
    report = compare_documents(docs, scorer)
    return CompareReport(report.documents, report.quotes, report.matches, report.unmatched,
                         errors, report.signature)


def compare_documents(docs: list[Document], scorer: Scorer) -> CompareReport:
    """Quotes per document (direct, plus reported speech as lower-confidence candidates),
    one-to-one matches between each pair of documents (whole quotes or single sentences of
    them), split quotes joined, drift scored on the overlapping parts."""
    seen: set[str] = set()
    for d in docs:
        if d.name in seen:
            raise InputError(f"document '{d.name}' is given twice: give each document once, "
                             "under a name of its own")
        seen.add(d.name)
    quotes = {}
    for d in docs:
        direct = extract_quotes(d)
        quotes[d.name] = direct + reported_speech(d, direct)
    every = [q for qs in quotes.values() for q in qs]
    sents = {id(q): _sentences(q.text) for q in every}
    texts = sorted({q.text for q in every} | {q.text[a:b] for q in every for a, b in sents[id(q)]})
    vec = dict(zip(texts, scorer.encoder.encode(texts))) if texts else {}
    planned = []
    for da, db in combinations(docs, 2):
        planned += _match_pair(quotes[da.name], quotes[db.name], sents, vec)
    overlaps = [_overlap(a, b, sents, vec) for a, b, _, _ in planned]
    # a "quote" past the scorer's budget (an unclosed mark runs to the paragraph's end) is
    # not scored: it stays listed among the quotes found in one document only
    fits = [max(oa[1] - oa[0], ob[1] - ob[0]) <= scorer.max_chars for oa, ob, _, _ in overlaps]
    planned = [p for p, ok in zip(planned, fits) if ok]
    overlaps = [o for o, ok in zip(overlaps, fits) if ok]
    results = scorer.score_batch([(a.text[oa[0]:oa[1]], b.text[ob[0]:ob[1]])
                                  for (a, b, _, _), (oa, ob, _, _) in zip(planned, overlaps)])
    overlaps, results = _truncations(planned, overlaps, results, scorer)
    matches = []
    for (a, b, sim, split), (oa, ob, ba, bb), r in zip(planned, overlaps, results):
        conf = "low" if "reported" in (a.kind, b.kind) else "high"
        matches.append(QuoteMatch(a, b, sim, _shift(r, oa[0], ob[0], a.text, b.text), oa, ob,
                                  ba, bb, split, conf))
    used = {(q.doc, q.start) for m in matches for q in (m.a, m.b)}
    used |= {(q.doc, p.start) for m in matches for q in (m.a, m.b) for p in every
             if p.doc == q.doc and q.start <= p.start < q.end}
    unmatched = [q for q in every if q.kind == "direct" and (q.doc, q.start) not in used]
    return CompareReport([d.name for d in docs], quotes, matches,
                         unmatched if len(docs) > 1 else [], signature=scorer.signature)


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SENT.finditer(text):
        seg = m.group()
        if len(seg.split()) >= 3:
            lead = len(seg) - len(seg.lstrip())
            out.append((m.start() + lead, m.start() + len(seg.rstrip())))
    return out or [(0, len(text))]


def _sent_sim(qa: Quote, qb: Quote, sents, vec) -> np.ndarray:
    va = np.stack([vec[qa.text[s:e]] for s, e in sents[id(qa)]])
    vb = np.stack([vec[qb.text[s:e]] for s, e in sents[id(qb)]])
    return va @ vb.T


def _match_pair(qa: list[Quote], qb: list[Quote], sents, vec) -> list[tuple]:
    """(quote a, quote b, similarity, split) one-to-one between two documents' quotes: direct
    quotes first; reported speech only for what is left, and it must match more closely."""
    direct = _assign([q for q in qa if q.kind == "direct"], [q for q in qb if q.kind == "direct"],
                     sents, vec, 0.0)
    used = {id(q) for a, b, _ in direct for q in (a, b)}
    rest = _assign([q for q in qa if id(q) not in used], [q for q in qb if id(q) not in used],
                   sents, vec, REPORTED_LIFT)
    rest = [(a, b, s) for a, b, s in rest if "reported" in (a.kind, b.kind)]
    return _join_splits([(a, b, s, False) for a, b, s in direct + rest], qa, qb, sents, vec)


def _assign(qa: list[Quote], qb: list[Quote], sents, vec, lift: float) -> list[tuple]:
    from scipy.optimize import linear_sum_assignment

    if not qa or not qb:
        return []
    full = np.stack([vec[q.text] for q in qa]) @ np.stack([vec[q.text] for q in qb]).T
    part = np.array([[_sent_sim(x, y, sents, vec).max() for y in qb] for x in qa])
    ok = (full >= MATCH_THRESHOLD + lift) | (part >= PART_THRESHOLD + lift)
    for i, j in zip(*np.nonzero(ok & (full < SURE_MATCH) & (part < SURE_MATCH))):
        ok[i, j] = _share_words(qa[i].text, qb[j].text)
    score = np.where(ok, np.maximum(full, np.where(part >= PART_THRESHOLD, part, 0.0)), 0.0)
    rows, cols = linear_sum_assignment(-score)
    return [(qa[i], qb[j], float(score[i, j])) for i, j in zip(rows, cols) if ok[i, j]]


_STEM = re.compile(r"\w{4,}")


def _share_words(x: str, y: str) -> bool:
    """Two renderings of one statement in one language share some content word ("INF",
    "security"); two statements on one topic (cosine 0.85) may share none. Pairs in two
    languages pass: their words differ anyway."""
    from drift.langid import detect
    from drift.lexicon import stop_words

    lang = detect(x)
    if lang != detect(y):
        return True
    stop = stop_words(lang)
    stems = [{w.lower()[:5] for w in _STEM.findall(t) if w.lower() not in stop} for t in (x, y)]
    return bool(stems[0] & stems[1])


def _join_splits(pairs, qa, qb, sents, vec) -> list[tuple]:
    """A direct quote left over on one side that renders sentences of a matched quote which its
    partner does not cover: the statement was split in two there, so join the two."""
    taken = {id(q) for a, b, _, _ in pairs for q in (a, b)}
    out = []
    for a, b, sim, _ in pairs:
        joined_b = _absorb(a, b, qb, taken, sents, vec)
        joined_a = None if joined_b else _absorb(b, a, qa, taken, sents, vec)
        if joined_b:
            out.append((a, joined_b, sim, True))
        elif joined_a:
            out.append((joined_a, b, sim, True))
        else:
            out.append((a, b, sim, False))
    return out


def _absorb(other: Quote, mine: Quote, pool: list[Quote], taken: set, sents, vec) -> Quote | None:
    cover = _sent_sim(other, mine, sents, vec).max(1)
    for q in pool:
        if id(q) in taken or q.kind != "direct":
            continue
        sim = _sent_sim(other, q, sents, vec).max(1)
        # a sentence that `q` renders and `mine` does not, or only as a sentence on the same
        # topic does ("We need more wind and solar" reads 0.85 against "Extending coal is …"
        # and 0.96 against its own rendering)
        if ((sim >= PART_THRESHOLD) & ((cover < MATCH_THRESHOLD) | (sim > cover + BETTER_BY))).any():
            first, second = sorted((mine, q), key=lambda x: x.start)
            # '"… the wrong question," she said. "We need …"': the comma ended a sentence
            sep = ". " if second.text[:1].isupper() and first.text[-1:].isalnum() else " "
            joined = replace(first, text=first.text + sep + second.text, end=second.end,
                             parts=first.parts + second.parts)
            shift = len(first.text) + len(sep)
            sents[id(joined)] = [*sents[id(first)],
                                 *[(s + shift, e + shift) for s, e in sents[id(second)]]]
            taken.add(id(q))
            return joined
    return None


def _truncations(planned, overlaps, results, scorer: Scorer):
    """Whole quotes of which one stops short inside a sentence ("Norway is a reliable partner"
    / "Norway is a reliable partner, and we intend to sign a new agreement in March"): every
    medium or high finding lies in the longer one's tail (or head) beyond a clause boundary, so
    the shorter one quotes part of the statement. Score the part both render; list the rest."""
    cuts = {}
    for k, ((a, b, _, _), (oa, ob, ba, bb), r) in enumerate(zip(planned, overlaps, results)):
        if ba or bb or oa != (0, len(a.text)) or ob != (0, len(b.text)):
            continue
        cut = _tail_cut(r)
        if cut is not None:
            cuts[k] = cut
    if not cuts:
        return overlaps, results
    pairs = []
    for k, (which, keep) in cuts.items():
        a, b = planned[k][0], planned[k][1]
        pairs.append((a.text[keep[0]:keep[1]], b.text) if which == "a" else (a.text, b.text[keep[0]:keep[1]]))
    rescored = scorer.score_batch(pairs)
    overlaps, results = list(overlaps), list(results)
    for (k, (which, keep)), r in zip(cuts.items(), rescored):
        a, b = planned[k][0], planned[k][1]
        text = a.text if which == "a" else b.text
        rest = (text[keep[1]:] if keep[0] == 0 else text[:keep[0]]).strip(" ,;:—–-")
        whole_a, whole_b = (0, len(a.text)), (0, len(b.text))
        if which == "a":
            overlaps[k] = (keep, whole_b, (rest,), ())
        else:
            overlaps[k] = (whole_a, keep, (), (rest,))
        results[k] = r
    return overlaps, results


_CLAUSE_CUT = re.compile(r"[,;:—–]\s*")


def _tail_cut(r: PairResult):
    """("a" | "b", (start, end) to keep) when one text goes on beyond a clause boundary with
    everything the other lacks; else None."""
    serious = [f for f in r.findings if SEVERITY_ORDER[f.severity] >= 2]
    if not serious:
        return None
    for which, text, other in (("a", r.a, r.b), ("b", r.b, r.a)):
        spans = [f.a_span if which == "a" else f.b_span for f in serious]
        others = [f.b_span if which == "a" else f.a_span for f in serious]
        if any(s is None for s in spans) or any(o is not None for o in others):
            continue  # every finding must point at this side only (what it has beyond)
        if len(text.split()) < 1.4 * len(other.split()):
            continue
        first, last = min(s[0] for s in spans), max(s[1] for s in spans)
        cut = max((m.start() for m in _CLAUSE_CUT.finditer(text, 0, first)), default=None)
        if cut is not None and not text[last:].strip(" .!?\"'”»"):
            return which, (0, cut)
        after = next((m.end() for m in _CLAUSE_CUT.finditer(text, last)), None)
        if after is not None and not text[:first].strip() and after < len(text):
            return which, (after, len(text))
    return None


def _overlap(a: Quote, b: Quote, sents, vec):
    """Spans of the parts of `a` and `b` that render each other, and what lies beyond them."""
    sa, sb = sents[id(a)], sents[id(b)]
    usable = all(a.text[s:e] in vec for s, e in sa) and all(b.text[s:e] in vec for s, e in sb)
    if not usable or (len(sa) == 1 and len(sb) == 1):
        return (0, len(a.text)), (0, len(b.text)), (), ()
    sim = _sent_sim(a, b, sents, vec)
    ca, cb = sim.max(1) >= MATCH_THRESHOLD, sim.max(0) >= MATCH_THRESHOLD
    if not ca.any() or not cb.any():
        return (0, len(a.text)), (0, len(b.text)), (), ()
    if not ca.all() or not cb.all():  # the whole quotes render each other at least as well as
        # their closest sentences do: two sentences against one ("This gives us a buffer. But
        # it's no guarantee" / "Das gibt uns einen Puffer, aber es ist keine Garantie")
        whole = float(vec[a.text] @ vec[b.text]) if a.text in vec and b.text in vec else -1.0
        if whole >= float(sim[np.ix_(ca, cb)].max()):
            return (0, len(a.text)), (0, len(b.text)), (), ()
    return (_span(sa, ca), _span(sb, cb), tuple(a.text[s:e] for (s, e), c in zip(sa, ca) if not c),
            tuple(b.text[s:e] for (s, e), c in zip(sb, cb) if not c))


def _span(spans, covered) -> tuple[int, int]:
    idx = [k for k, c in enumerate(covered) if c]
    return spans[idx[0]][0], spans[idx[-1]][1]


def _shift(r: PairResult, da: int, db: int, a_text: str, b_text: str) -> PairResult:
    """Findings of the overlapping parts, with spans moved onto the whole quote texts."""
    def mv(span, d):
        return (span[0] + d, span[1] + d) if span else None
    findings = [replace(f, a_span=mv(f.a_span, da), b_span=mv(f.b_span, db)) for f in r.findings]
    return replace(r, a=a_text, b=b_text, findings=findings)
