"""Render results for people: terminal text with the drift spans marked."""

from __future__ import annotations

from drift.score import PairResult

_MARK = {"high": ("\x1b[1;31m", "\x1b[0m"), "medium": ("\x1b[33m", "\x1b[0m"),
         "low": ("\x1b[36m", "\x1b[0m"), "info": ("\x1b[2m", "\x1b[0m")}


def highlight(text: str, spans: list[tuple[tuple[int, int], str]], color: bool) -> str:
    """Wrap each span in colour codes (or ⟦…⟧ when colour is off); overlapping spans merge."""
    out, pos = [], 0
    for (s, e), sev in sorted(spans):
        if s < pos:
            continue
        open_, close = _MARK[sev] if color else ("⟦", "⟧")
        out += [text[pos:s], open_, text[s:e], close]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def pair_text(r: PairResult, color: bool = False) -> str:
    """The readable form of one pair's result."""
    a_spans = [(f.a_span, f.severity) for f in r.findings if f.a_span]
    b_spans = [(f.b_span, f.severity) for f in r.findings if f.b_span]
    lines = [
        f"A [{r.lang_a}]: {highlight(r.a, a_spans, color)}",
        f"B [{r.lang_b}]: {highlight(r.b, b_spans, color)}",
        f"label: {r.label}   drift: {r.drift:.3f}   similarity: {r.similarity:.3f}",
    ]
    if r.windows > 1:
        lines.append(f"note: a text was longer than the model window; encoded in {r.windows} "
                     "windows")
    for f in r.findings:
        lines.append(f"  - [{f.severity}] {f.kind}: {f.message}")
    if not r.findings:
        lines.append("  no findings")
    lines.append(f"signature: {r.signature}")
    return "\n".join(lines)
