"""Render results for people: terminal text with the drift spans marked."""

from __future__ import annotations

import json
from collections import Counter

from drift.checks import SEVERITY_ORDER
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


def pair_text(r: PairResult, color: bool = False, show_all: bool = False) -> str:
    """The readable form of one pair's result. Low-severity findings (single words with a weak
    counterpart, common in free translations) are counted, and listed and marked only with
    `show_all`; the JSON output always has every finding."""
    shown = [f for f in r.findings if show_all or f.severity != "low"]
    low = [f for f in r.findings if f.severity == "low"]
    a_spans = [(f.a_span, f.severity) for f in shown if f.a_span]
    b_spans = [(f.b_span, f.severity) for f in shown if f.b_span]
    lines = [
        f"A [{r.lang_a}]: {highlight(r.a, a_spans, color)}",
        f"B [{r.lang_b}]: {highlight(r.b, b_spans, color)}",
        f"label: {r.label}   drift: {r.drift:.3f}   similarity: {r.similarity:.3f}",
    ]
    if r.windows > 1:
        lines.append(f"note: a text was longer than the model window; encoded in {r.windows} "
                     "windows")
    for f in shown:
        lines.append(f"  - [{f.severity}] {f.kind}: {f.message}")
    if low and not show_all:
        words = ", ".join(repr(f.a_text or f.b_text) for f in low[:6]) + (", …" if len(low) > 6 else "")
        lines.append(f"  ({len(low)} low-severity: {words}; --all lists them)")
    if not r.findings:
        lines.append("  no findings")
    lines.append(f"signature: {r.signature}")
    return "\n".join(lines)


def compare_overview(rep) -> dict:
    """What a reader needs first: how many quotes matched, how many drift, which renderings are
    identical, and the worst findings (medium/high, most severe and highest drift first)."""
    from pathlib import Path

    short = {d: Path(d).name for d in rep.documents}
    labels = Counter(m.result.label for m in rep.matches)
    identical = [m for m in rep.matches if _same(m.a.text, m.b.text)]
    worst = sorted(((SEVERITY_ORDER[f.severity], m.result.drift, m, f) for m in rep.matches
                    for f in m.result.findings if f.severity in ("medium", "high")),
                   key=lambda x: (-x[0], -x[1]))
    top: dict[str, dict] = {}  # one line per finding, with every pair of documents showing it
    for _, _, m, f in worst:
        entry = top.setdefault(" ".join(f.message.split()), {"severity": f.severity, "kind": f.kind,
                                           "message": f.message, "documents": [],
                                           "drift": m.result.drift})
        pair = f"{short[m.a.doc]} ↔ {short[m.b.doc]}"
        if pair not in entry["documents"]:
            entry["documents"].append(pair)
    return {"documents": len(rep.documents), "matched": len(rep.matches),
            "labels": {k: labels.get(k, 0) for k in ("drift", "nuance", "equivalent")},
            "identical": len(identical), "only_in_one_document": len(rep.unmatched),
            "worst": list(top.values())[:5]}


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def compare_text(rep, color: bool = False, show_all: bool = False) -> str:
    """Readable report of `drift compare`: an overview, then matched quotes worst first (the
    same pair of renderings quoted by several documents once, identical renderings counted
    only), then unmatched ones."""
    from pathlib import Path

    short = {d: Path(d).name for d in rep.documents}
    ov = compare_overview(rep)
    lines = [f"documents: {', '.join(short.values())}"]
    for d, qs in rep.quotes.items():
        reported = sum(1 for q in qs if q.kind == "reported")
        lines.append(f"  {short[d]}: {len(qs) - reported} quotes"
                     + (f" (+{reported} reported-speech candidates)" if reported else ""))
    lines.append(f"summary: {ov['matched']} matched quote pairs: {ov['labels']['drift']} drift, "
                 f"{ov['labels']['nuance']} nuance, {ov['labels']['equivalent']} equivalent "
                 f"({ov['identical']} identical renderings); {ov['only_in_one_document']} quotes "
                 f"in one document only")
    for w in ov["worst"]:
        lines.append(f"  worst: [{w['severity']}] {w['kind']}: {w['message']} "
                     f"({'; '.join(w['documents'])})")
    lines.append("")
    groups: dict[tuple, list] = {}
    for m in sorted(rep.matches, key=lambda m: -m.result.drift):
        if not _same(m.a.text, m.b.text):
            groups.setdefault((" ".join(m.a.text.split()), " ".join(m.b.text.split())), []).append(m)
    for ms in groups.values():
        m = ms[0]
        extra = "" if m.kind == "full" else f", {m.kind} quote"
        extra += ", reported speech: lower confidence" if m.confidence == "low" else ""
        left = ", ".join(dict.fromkeys(short[x.a.doc] for x in ms))
        right = ", ".join(dict.fromkeys(short[x.b.doc] for x in ms))
        lines.append(f"== {left} ↔ {right}  (match {m.similarity:.2f}, "
                     f"speaker: {m.a.speaker or m.b.speaker or 'unknown'}{extra})")
        lines.append(pair_text(m.result, color, show_all).rsplit("\nsignature:", 1)[0])
        for side, doc, beyond in (("A", m.a.doc, m.a_beyond), ("B", m.b.doc, m.b_beyond)):
            for sent in beyond:
                lines.append(f"  + only {side} ({short[doc]}) goes on: {sent}")
        lines.append("")
    if rep.unmatched:
        lines.append("quotes found in only one document:")
        for q in rep.unmatched:
            lines.append(f"  [{short[q.doc]}] {q.text[:100]}{'…' if len(q.text) > 100 else ''}")
    lines.append(f"signature: {rep.signature}")
    return "\n".join(lines)


def compare_html(rep) -> str:
    """One self-contained page (no external resources): aligned quotes side by side, drift spans
    highlighted, each finding explained on hover and on click. Data is embedded as JSON and
    rendered with textContent only, so article text can never inject markup."""
    from importlib import resources

    web = resources.files("drift").joinpath("web")
    data = json.dumps(rep.to_dict(), ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>drift compare report</title>"
        f"<style>{web.joinpath('style.css').read_text('utf-8')}</style></head><body>"
        f"<h1>drift compare</h1>{_overview_html(compare_overview(rep))}<div id=\"results\"></div>"
        f"<script type=\"application/json\" id=\"data\">{data}</script>"
        f"<script>{web.joinpath('render.js').read_text('utf-8')}\n"
        "renderCompare(JSON.parse(document.getElementById('data').textContent),"
        " document.getElementById('results'));</script></body></html>\n")


def _overview_html(ov: dict) -> str:
    """The overview at the top of the HTML report (every text escaped)."""
    from html import escape

    counts = ov["labels"]
    items = "".join(f"<li><b>{escape(w['severity'])}</b> {escape(w['kind'])}: {escape(w['message'])}"
                    f" ({escape('; '.join(w['documents']))})</li>" for w in ov["worst"])
    return (f"<section id=\"overview\"><p>{ov['matched']} matched quote pairs in {ov['documents']} "
            f"documents: <b>{counts['drift']} drift</b>, {counts['nuance']} nuance, "
            f"{counts['equivalent']} equivalent ({ov['identical']} identical renderings); "
            f"{ov['only_in_one_document']} quotes in one document only.</p>"
            + (f"<p>Worst findings:</p><ol>{items}</ol>" if items else "") + "</section>")
