/* drift result rendering, shared by the service page and `drift compare --html`.
   Every piece of user text goes through textContent: nothing is parsed as HTML. */
"use strict";

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/* text with the findings' spans on one side ("a" or "b") highlighted */
function highlighted(text, findings, side, onPick) {
  const box = el("div", "text");
  const spans = [];
  findings.forEach((f, i) => {
    const s = f[side + "_span"];
    if (s && s[1] > s[0]) spans.push({start: s[0], end: s[1], f: f, i: i});
  });
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;  // overlapping spans: the first one wins
    box.appendChild(document.createTextNode(text.slice(pos, s.start)));
    const m = el("mark", "sev-" + s.f.severity + " kind-" + s.f.kind, text.slice(s.start, s.end));
    m.title = s.f.kind + ": " + s.f.message;
    m.tabIndex = 0;
    m.dataset.finding = String(s.i);
    m.addEventListener("click", () => onPick(s.f));
    m.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onPick(s.f); });
    box.appendChild(m);
    pos = s.end;
  }
  box.appendChild(document.createTextNode(text.slice(pos)));
  return box;
}

const SEVERITY = {high: 3, medium: 2, low: 1, info: 0};

/* the most severe finding's rank (0 without findings), for sorting results worst first */
function worst(findings) {
  return Math.max(0, ...(findings || []).map((f) => SEVERITY[f.severity] || 0));
}

/* medium and high findings listed, most severe first; low-severity ones folded, as in the CLI */
function findingList(findings) {
  const box = el("div", "findinglist");
  const sorted = findings.slice().sort((x, y) => SEVERITY[y.severity] - SEVERITY[x.severity]);
  const item = (f) => {
    const li = el("li", "sev-" + f.severity);
    li.appendChild(el("b", null, f.kind));
    li.appendChild(document.createTextNode(" (" + f.severity + "): " + f.message));
    return li;
  };
  const main = el("ul", "findings");
  sorted.filter((f) => SEVERITY[f.severity] >= 2).forEach((f) => main.appendChild(item(f)));
  box.appendChild(main);
  const minor = sorted.filter((f) => SEVERITY[f.severity] < 2);
  if (minor.length) {
    const more = el("details", "minor");
    more.appendChild(el("summary", null, minor.length + " low-severity or editorial finding" + (minor.length > 1 ? "s" : "")));
    const ul = el("ul", "findings");
    minor.forEach((f) => ul.appendChild(item(f)));
    more.appendChild(ul);
    box.appendChild(more);
  }
  return box;
}

function sideBySide(aTitle, aText, bTitle, bText, findings, verdict) {
  const card = el("section", "card label-" + verdict.label);
  const head = el("div", "verdict");
  head.appendChild(el("span", "badge " + verdict.label, verdict.label));
  head.appendChild(el("span", null, " drift " + verdict.drift.toFixed(2) +
                      (verdict.similarity !== undefined ? " · similarity " + verdict.similarity.toFixed(2) : "")));
  card.appendChild(head);
  const detail = el("div", "detail", "Click a highlighted span for its explanation.");
  const pick = (f) => { detail.textContent = f.kind + " (" + f.severity + "): " + f.message; };
  const row = el("div", "row");
  for (const [title, text, side] of [[aTitle, aText, "a"], [bTitle, bText, "b"]]) {
    const col = el("div", "col");
    col.appendChild(el("div", "doc", title));
    col.appendChild(highlighted(text, findings, side, pick));
    row.appendChild(col);
  }
  card.appendChild(row);
  card.appendChild(detail);
  if (findings.length) card.appendChild(findingList(findings));
  return card;
}

function renderPair(r, root) {
  root.replaceChildren();
  root.appendChild(sideBySide("A (" + r.lang_a + ")", r.a, "B (" + r.lang_b + ")", r.b, r.findings, r));
  root.appendChild(el("p", "signature", r.signature));
}

/* several renderings of one statement: one card per scored pair, worst first */
function renderRenderings(r, root) {
  root.replaceChildren();
  root.appendChild(el("h2", null, r.renderings.length + " comparisons"));
  const order = {drift: 0, nuance: 1, equivalent: 2};
  const cards = r.renderings.slice().sort((x, y) => {
    if (x.result.error || y.result.error) return x.result.error ? 1 : -1;
    return worst(y.result.findings) - worst(x.result.findings) || order[x.result.label] - order[y.result.label] ||
      y.result.drift - x.result.drift;
  });
  for (const c of cards) {
    if (c.result.error) { root.appendChild(el("p", "error", c.a_name + " ↔ " + c.b_name + ": " + c.result.error)); continue; }
    const res = c.result;
    root.appendChild(sideBySide(c.a_name + " (" + res.lang_a + ")", res.a, c.b_name + " (" + res.lang_b + ")", res.b,
                                res.findings, res));
  }
  root.appendChild(el("p", "signature", r.signature));
}

function quoteTitle(q) {
  return q.doc + (q.speaker ? " — " + q.speaker : "");
}

function renderCompare(r, root) {
  root.replaceChildren();
  const errs = Object.entries(r.errors || {});
  for (const [doc, msg] of errs) root.appendChild(el("p", "error", doc + ": " + msg));
  root.appendChild(el("h2", null, r.matches.length + " matched quotes across " + r.documents.length + " documents"));
  const order = {drift: 0, nuance: 1, equivalent: 2};
  const matches = r.matches.slice().sort((x, y) => worst(y.findings) - worst(x.findings) ||
                                         order[x.label] - order[y.label] || y.drift - x.drift);
  for (const m of matches) {
    const card = sideBySide(quoteTitle(m.a), m.a.text, quoteTitle(m.b), m.b.text, m.findings, m);
    const notes = [];
    if (m.kind === "partial") notes.push("partial overlap: findings cover the shared part");
    if (m.kind === "split") notes.push("one side is split into two quotes, joined here");
    if (m.confidence === "low") notes.push("reported speech involved: lower confidence");
    if (notes.length) card.querySelector(".verdict").appendChild(el("span", "note", " · " + notes.join(" · ")));
    const beyond = m.beyond || {a: [], b: []};
    for (const [side, doc] of [["a", m.a.doc], ["b", m.b.doc]]) {
      for (const sent of beyond[side] || []) card.appendChild(el("p", "beyond", "Only " + doc + " goes on: " + sent));
    }
    root.appendChild(card);
  }
  const only = r.only_in_one_document || [];
  root.appendChild(el("h2", null, only.length + " quotes found in one document only"));
  const ul = el("ul", "only");
  for (const q of only) {
    const li = el("li");
    li.appendChild(el("span", "doc", quoteTitle(q) + ": "));
    li.appendChild(el("q", null, q.text));
    ul.appendChild(li);
  }
  root.appendChild(ul);
  root.appendChild(el("p", "signature", r.signature));
}

/* plain-text summary for a fact-check note */
function summaryText(r) {
  const lines = [];
  if (r.renderings) {
    for (const c of r.renderings) {
      const x = c.result;
      if (x.error) { lines.push("- " + c.a_name + " vs " + c.b_name + ": not scored (" + x.error + ")"); continue; }
      lines.push("- " + c.a_name + " vs " + c.b_name + ": " + x.label + " (score " + x.drift.toFixed(2) + ")");
      for (const f of x.findings) if (SEVERITY[f.severity] >= 2) lines.push("    * " + f.kind + ": " + f.message);
    }
  } else if (r.matches) {
    lines.push("drift compare: " + r.matches.length + " matched quotes, " +
               (r.only_in_one_document || []).length + " in one document only");
    for (const m of r.matches) {
      lines.push("- " + m.label + " (" + m.drift.toFixed(2) + (m.kind && m.kind !== "full" ? ", " + m.kind : "") +
                 (m.confidence === "low" ? ", reported speech" : "") + "): \"" + m.a.text + "\" [" + m.a.doc +
                 "] vs \"" + m.b.text + "\" [" + m.b.doc + "]");
      for (const f of m.findings) if (f.severity !== "info") lines.push("    * " + f.kind + ": " + f.message);
    }
    for (const q of r.only_in_one_document || []) lines.push("- only in " + q.doc + ": \"" + q.text + "\"");
  } else {
    lines.push("drift: " + r.label + " (score " + r.drift.toFixed(2) + ", similarity " + r.similarity.toFixed(2) + ")");
    for (const f of r.findings) if (f.severity !== "info") lines.push("- " + f.kind + ": " + f.message);
  }
  lines.push("(" + r.signature + ")");
  return lines.join("\n");
}
