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

function findingList(findings) {
  const ul = el("ul", "findings");
  for (const f of findings) {
    const li = el("li", "sev-" + f.severity);
    li.appendChild(el("b", null, f.kind));
    li.appendChild(document.createTextNode(" (" + f.severity + "): " + f.message));
    ul.appendChild(li);
  }
  return ul;
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

function quoteTitle(q) {
  return q.doc + (q.speaker ? " — " + q.speaker : "");
}

function renderCompare(r, root) {
  root.replaceChildren();
  const errs = Object.entries(r.errors || {});
  for (const [doc, msg] of errs) root.appendChild(el("p", "error", doc + ": " + msg));
  root.appendChild(el("h2", null, r.matches.length + " matched quotes across " + r.documents.length + " documents"));
  const order = {drift: 0, nuance: 1, equivalent: 2};
  const matches = r.matches.slice().sort((x, y) => order[x.label] - order[y.label] || y.drift - x.drift);
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
  if (r.matches) {
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
