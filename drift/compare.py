"""`drift compare`: match the quotes several articles share and score how their renderings drift."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path

import numpy as np

from drift.errors import InputError
from drift.quotes import Document, Quote, extract_quotes, read_document
from drift.score import PairResult, Scorer, finding_dict

MATCH_THRESHOLD = 0.84  # e5 cosine; unrelated sentences on one topic sit around 0.75-0.82


@dataclass(frozen=True)
class QuoteMatch:
    """Two quotes from two documents judged to render the same statement, with the verdict."""

    a: Quote
    b: Quote
    similarity: float
    result: PairResult


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
                "drift": m.result.drift, "label": m.result.label,
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
    """Quotes per document, one-to-one matches between each pair of documents, drift per match."""
    from scipy.optimize import linear_sum_assignment

    quotes = {d.name: extract_quotes(d) for d in docs}
    every = [q for qs in quotes.values() for q in qs]
    vecs = scorer.encoder.encode([q.text for q in every]) if every else np.zeros((0, 1))
    index = {id(q): k for k, q in enumerate(every)}
    pairs = []
    for da, db in combinations(docs, 2):
        qa, qb = quotes[da.name], quotes[db.name]
        if not qa or not qb:
            continue
        sim = vecs[[index[id(q)] for q in qa]] @ vecs[[index[id(q)] for q in qb]].T
        rows, cols = linear_sum_assignment(-sim)
        for i, j in zip(rows, cols):
            if sim[i, j] >= MATCH_THRESHOLD:
                pairs.append((qa[i], qb[j], float(sim[i, j])))
    results = scorer.score_batch([(a.text, b.text) for a, b, _ in pairs])
    matches = [QuoteMatch(a, b, s, r) for (a, b, s), r in zip(pairs, results)]
    matched = {id(q) for m in matches for q in (m.a, m.b)}
    unmatched = [q for q in every if id(q) not in matched] if len(docs) > 1 else []
    return CompareReport([d.name for d in docs], quotes, matches, unmatched,
                         signature=scorer.signature)
