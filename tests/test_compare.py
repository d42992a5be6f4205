"""drift compare on the seed articles and on small articles written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from drift.cli import app
from drift.compare import compare_paths
from drift.quotes import Document, extract_quotes, read_document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpora/articles"


def test_quote_marks_and_interrupted_quotes():
    doc = Document("t", "«Мы не будем закрывать глаза», — сказал Путин. "
                        "“We are open to dialogue,” Putin said, “and we sent proposals in December.”\n"
                        "READ MORE: “This is a headline quote here”\n"
                        "„Wir sind offen für Gespräche“, sagte Scholz.")
    qs = extract_quotes(doc)
    texts = [q.text for q in qs]
    assert any(t.startswith("Мы не будем") for t in texts)
    joined = next(q for q in qs if q.text.startswith("We are open"))
    assert joined.parts == 2 and "December" in joined.text and joined.speaker == "Putin"
    assert not any("headline" in t for t in texts)
    assert any(q.speaker == "Scholz" for q in qs)


def test_seed_articles_match_idiom_and_leave_serbia_unmatched(scorer):
    rep = compare_paths([SEEDS / "001_820135be989c6f66.txt", SEEDS / "003_55299bb3ac03fd44.txt"],
                        scorer)
    pairs = [(m.a.text, m.b.text) for m in rep.matches]
    assert any("close our eyes" in a and "blind eye" in b for a, b in pairs)
    only = " ".join(q.text for q in rep.unmatched)
    assert "Serbian government to join the EU" in only
    for m in rep.matches:
        assert "Serbia" not in m.a.text or "Serbia" in m.b.text


def test_cross_lingual_article_pair(scorer, tmp_path):
    en = tmp_path / "en.txt"
    ru = tmp_path / "ru.txt"
    en.write_text("The minister spoke on Monday. “We will not raise taxes next year,” he said. "
                  "“The budget will grow by five percent,” he added.", encoding="utf-8")
    ru.write_text("Министр выступил в понедельник. «Мы повысим налоги в следующем году», — "
                  "сказал он. «Погода сегодня хорошая», — добавил министр.", encoding="utf-8")
    rep = compare_paths([en, ru], scorer)
    assert len(rep.matches) == 1
    m = rep.matches[0]
    assert "taxes" in m.a.text and m.result.label == "drift"
    assert any(f.kind == "negation" for f in m.result.findings)


def test_cli_compare_bad_documents(tmp_path):
    good = SEEDS / "003_55299bb3ac03fd44.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    runner = CliRunner()
    res = runner.invoke(app, ["compare", str(good), str(empty), str(binary), "--json"])
    assert res.exit_code == 0, res.output
    assert "empty" in res.output and "binary" in res.output
    res = runner.invoke(app, ["compare", str(empty), str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_cli_compare_json_schema():
    res = CliRunner().invoke(app, ["compare", str(SEEDS), "--json"])
    assert res.exit_code == 0
    start = res.output.index("{")
    data = json.loads(res.output[start:])
    assert data["schema"] == "drift.compare/1" and len(data["documents"]) == 3
    assert data["matches"] and all("findings" in m for m in data["matches"])


def _docs():
    from drift.quotes import Document

    a = Document("a.txt", 'The minister spoke on Monday. "We will open the new bridge in March. It will '
                          'carry four lanes of traffic. Nobody will pay a toll," she said.')
    b = Document("b.txt", 'The minister said: "We will open the new bridge in March." The project '
                          'has been debated for years and critics say it is too expensive for the '
                          'region. Asked about fees, she was clear. "Nobody will pay a toll." Later, '
                          'Smith said that the city would also build a new tram line next year.')
    c = Document("c.txt", 'Officials were upbeat. "We will open the new bridge in June," the minister '
                          'said. Mr Smith said that the city would build a tram line next year.')
    return a, b, c


def test_split_partial_and_reported_speech(scorer):
    from drift.compare import compare_documents

    rep = compare_documents(list(_docs()), scorer)
    by = {(m.a.doc, m.b.doc): m for m in rep.matches}
    ab = by[("a.txt", "b.txt")]
    assert ab.kind == "split" and "toll" in ab.b.text and "March" in ab.b.text
    assert ab.a_beyond == ("It will carry four lanes of traffic.",)
    ac = by[("a.txt", "c.txt")]
    assert ac.kind == "partial" and any(f.kind == "date" for f in ac.result.findings)
    date = next(f for f in ac.result.findings if f.kind == "date")
    assert ac.a.text[date.a_span[0]:date.a_span[1]] == "March"  # spans map onto the whole quote
    reported = [m for m in rep.matches if m.confidence == "low"]
    assert [(m.a.doc, m.b.doc) for m in reported] == [("b.txt", "c.txt")]
    assert "tram" in reported[0].a.text and reported[0].a.kind == "reported"
    assert not rep.unmatched  # the split half is joined, not left over; reported never listed


def test_reported_speech_before_a_direct_quote_and_without_that():
    from drift.quotes import reported_speech
    doc = Document("t", "He said Washington's plans to leave the treaty were another step in a "
                        "long series of decisions and that “the consequences would be grave”. "
                        "She said the ministry was trying to “stop the talks at any cost”.")
    direct = extract_quotes(doc)
    reported = [q.text for q in reported_speech(doc, direct)]
    assert reported == ["Washington's plans to leave the treaty were another step in a long "
                        "series of decisions"]  # the lead-in "was trying to" is not a claim


def test_one_topic_two_statements_in_one_language_are_not_matched(scorer):
    """The seed articles: 001's quote on the INF announcement and 003's quote on the
    consequences of US policy sit at cosine 0.85 but share no content word; 003 renders the
    first statement in reported speech instead."""
    rep = compare_paths([SEEDS / "001_820135be989c6f66.txt", SEEDS / "003_55299bb3ac03fd44.txt"],
                        scorer)
    for m in rep.matches:
        assert not ("chain of events" in m.a.text and "consequences" in m.b.text)
    inf = [m for m in rep.matches if "chain of events" in m.a.text]
    assert inf and "series of similar decisions" in inf[0].b.text and inf[0].confidence == "low"


def test_what_an_ellipsis_cut_is_editorial(scorer):
    """001 and 003 render one statement; 003 cuts "on the matter to the US in December" with
    an ellipsis: the missing date is the editor's cut, reported as information."""
    rep = compare_paths([SEEDS / "001_820135be989c6f66.txt", SEEDS / "003_55299bb3ac03fd44.txt"],
                        scorer)
    m = next(m for m in rep.matches if "December" in m.a.text and "Americans" in m.b.text)
    about = [f for f in m.result.findings if "December" in (f.a_text or "")]
    assert about and all(f.kind == "editorial" and f.severity == "info" for f in about)


def test_a_missing_date_without_an_ellipsis_is_still_a_finding(scorer):
    r = scorer.score("We sent proposals to the US in December.", "We sent proposals to the US.")
    assert any(f.kind == "date" and f.severity == "medium" for f in r.findings), r.findings


VOGEL = ROOT / "tests/data/articles-vogel"


def test_fresh_articles_split_quote_swap_and_german_marks(scorer):
    """Three articles written after rules 103 (two English, one German) quoting one interview:
    the German „…" quotes with a straight closing mark are read; a statement quoted whole in
    one article and split by "she said" in another is joined, and its swapped "right … wrong"
    is a high finding; "March" / "May" is a changed date; two sentences against one German
    sentence are matched whole, not as a partial quote; "she said" is Vogel."""
    rep = compare_paths(sorted(VOGEL.glob("*.txt")), scorer)
    assert len(rep.quotes[str(VOGEL / "a3_de.txt")]) == 4
    split = [m for m in rep.matches if m.split and "Extending coal" in m.a.text + m.b.text]
    assert split and all(any("opposite order" in f.message and f.severity == "high"
                             for f in m.result.findings) for m in split)
    assert all(m.result.label == "drift" for m in split)
    norway = next(m for m in rep.matches if "May" in m.b.text and "March" in m.a.text)
    assert any(f.kind == "date" and f.severity == "high" for f in norway.result.findings)
    buffer = next(m for m in rep.matches if "buffer" in m.a.text and "Puffer" in m.b.text)
    assert buffer.kind == "full" and buffer.result.label == "equivalent"
    cushion = next(m for m in rep.matches if "cushion" in m.a.text and "buffer" in m.b.text)
    assert cushion.result.label == "equivalent"
    assert {q.speaker for q in rep.quotes[str(VOGEL / "a2_daily.txt")][1:]} == {"Vogel"}
    # the German article quotes only "Norwegen ist ein verlässlicher Partner": a quote cut
    # short inside a sentence is partial, and what the other goes on with is listed
    norwegen = [m for m in rep.matches if m.b.text.startswith("Norwegen")]
    assert norwegen and all(m.kind == "partial" and m.result.label == "equivalent"
                            and "sign a new agreement" in " ".join(m.a_beyond) for m in norwegen)


def test_a_clause_dropped_inside_a_quote_is_no_truncation(scorer):
    """Only a tail (or head) beyond a clause boundary is a cut quote; a clause dropped from the
    middle ("mostly in sales") stays drift."""
    from drift.compare import compare_documents
    a = Document("a", "“We will cut 300 jobs in France, mostly in sales, by the end of the year,” "
                      "Dupont said.")
    b = Document("b", "« Nous allons supprimer 300 emplois en France d'ici la fin de l'année », "
                      "a déclaré Dupont.")
    rep = compare_documents([a, b], scorer)
    assert len(rep.matches) == 1 and rep.matches[0].kind == "full"
    assert rep.matches[0].result.label == "drift"


def test_speakers_in_spanish_and_italian_and_according_to():
    """"», añadió." and "ha aggiunto la ministra" take the speaker named before ("dijo Ortega",
    "ha detto Ortega"); "According to the president, NATO is …" does not make NATO a speaker."""
    for name in ("c1_es.txt", "c3_it.txt"):
        qs = extract_quotes(read_document(ORTEGA / name))
        assert [q.speaker for q in qs[:3]] == ["Ortega"] * 3, name
    doc = Document("t", "He called it “a Cold War relic of the past”. According to the president, "
                        "NATO is trying to expand.")
    assert extract_quotes(doc)[0].speaker is None


def test_pronoun_attribution_takes_the_speaker_named_before():
    doc = Document("t", "Asked about the budget, Senator Jane Miller said taxes would stay. "
                        "“We will not raise taxes,” she said. Reuters asked the office again.\n"
                        "“The economy is strong,” said a spokesman.")
    qs = extract_quotes(doc)
    assert qs[0].speaker == "Jane Miller"
    assert qs[1].speaker is None  # "a spokesman" is no one named


GRAIN = ROOT / "tests/data/articles-grain"


def test_fresh_articles_in_russian_html_and_french_markdown(scorer):
    """Three articles written after rules 104 (Russian text, English HTML, French Markdown)
    quoting one briefing: French "mais pas" / "non pas" are negations without "ne"; the French
    "Nous prolongerons" against "will not extend" / "не будем продлевать" is a flip; "Western
    partners" / "западные партнёры" is no name; feminine Russian and French attributions
    ("подчеркнула дипломат", "a-t-elle souligné") take the speaker named before."""
    rep = compare_paths(sorted(GRAIN.glob("*")), scorer)
    assert all(sum(q.kind == "direct" for q in qs) == 3 for qs in rep.quotes.values())
    for m in rep.matches:
        flip = "prolongerons" in m.a.text + m.b.text
        kinds = {f.kind for f in m.result.findings if f.severity in ("high", "medium")}
        assert (m.result.label == "drift") == flip, (m.a.text, m.b.text, m.result.findings)
        assert kinds == ({"negation"} if flip else set()), (m.a.text, m.b.text, kinds)
    assert all(q.speaker for qs in rep.quotes.values() for q in qs if q.kind == "direct")


ORTEGA = ROOT / "tests/data/articles-ortega"


def test_fresh_articles_spanish_json_italian(scorer):
    """Three articles written after rules 115 (Spanish text, English JSON, Italian text): the
    Italian one changes 60 days to 90 and swaps "not an election promise, a commitment" into
    "an election promise, not a commitment". The first run had read Italian "nessun" as no
    negation (a false high finding) and the swap as equivalent."""
    rep = compare_paths(sorted(ORTEGA.glob("*")), scorer)
    for m in rep.matches:
        italian = m.b.doc.endswith("c3_it.txt")
        kinds = {f.kind for f in m.result.findings if f.severity == "high"}
        if italian and "90 giorni" in m.b.text:
            assert kinds == {"number"}, m.result.findings
        elif italian and "impegno" in m.b.text:
            assert kinds == {"negation"} and m.result.label == "drift", m.result.findings
        else:
            assert not kinds and m.result.label != "drift", (m.a.text, m.b.text, m.result.findings)


LAVROV = ROOT / "tests/data/articles-lavrov"


def test_fresh_articles_russian_original_two_english_renderings(scorer):
    """The seeds' situation, written after rules 116: a Russian article and two English ones.
    The first English rendering is faithful; its first run had four false high findings
    ("Ни ответа, ни … не получили" counted twice, "пока не определены" read as "until",
    "отказывались" not read as a refusal, "полгода" not read as six months). The second
    changes "six months ago" to "a year ago", "never refused" to "always refused" and "no dates
    set yet" to "dates agreed"."""
    rep = compare_paths(sorted(LAVROV.glob("*")), scorer)
    faithful = [m for m in rep.matches if {m.a.doc[-9:], m.b.doc[-9:]} == {"d1_ru.txt", "d2_en.txt"}]
    assert len(faithful) >= 4
    for m in faithful:
        assert not [f for f in m.result.findings if f.severity == "high"], m.result.findings
        assert m.result.label != "drift"
    edited = [m for m in rep.matches if m.b.doc.endswith("d3_en.txt") and m.a.kind == "direct"]
    found = {f.message.split(":")[0] for m in edited for f in m.result.findings if f.severity == "high"}
    assert any("'never' and 'always'" in f for m in edited for f in (x.message for x in m.result.findings))
    assert any("a year ago" in f.message for m in edited for f in m.result.findings if f.severity == "high")
    assert found


def test_report_starts_with_an_overview_and_shows_a_shared_rendering_once(scorer, tmp_path):
    from drift.report import compare_html, compare_overview, compare_text

    rep = compare_paths([SEEDS], scorer)
    ov = compare_overview(rep)
    assert ov["matched"] == len(rep.matches) == sum(ov["labels"].values())
    assert ov["identical"] >= 1  # 000 and 001 carry the same wire copy
    assert [w["severity"] for w in ov["worst"]] == sorted(
        (w["severity"] for w in ov["worst"]), key=["high", "medium"].index)
    text = compare_text(rep)
    head = text.split("\n== ", 1)[0]
    assert "summary:" in head and "worst:" in head
    blocks = text.count("\n== ")
    distinct = {(" ".join(m.a.text.split()), " ".join(m.b.text.split())) for m in rep.matches
                if " ".join(m.a.text.split()) != " ".join(m.b.text.split())}
    assert blocks == len(distinct) < len(rep.matches)  # one block per pair of renderings
    page = compare_html(rep)
    assert page.index('id="overview"') < page.index('id="results"')


# who may speak in each article: people and the institutions that issue statements, never an
# outlet ("Serbia's Politika"), an addressee ("He warned Brussels"), a weekday or a possessive
SPEAKERS = {
    "000_4e15199ded729a62.txt": {"Putin", "Vladimir Putin", "Jens Stoltenberg",
                                 "Russian Foreign Ministry"},
    "001_820135be989c6f66.txt": {"Putin", "Jens Stoltenberg", "Russian Foreign Ministry"},
    "003_55299bb3ac03fd44.txt": {"Putin", "Pompeo", "Russian President"},
    "a1_wire.txt": {"Vogel"}, "a2_daily.txt": {"Vogel"}, "a3_de.txt": {"Vogel"},
    "b1_ru.txt": {"Ирина Соловьёва", "Соловьёва"}, "b2_en.html": {"Irina Solovyova", "Solovyova"},
    "b3_fr.md": {"Irina Soloviova"}, "c1_es.txt": {"Ortega"}, "c2_en.json": {"Ortega"},
    "c3_it.txt": {"Ortega"}, "d2_en.txt": {"Lavrov", "Sergei Lavrov"}, "d3_en.txt": {"Lavrov"},
}


def test_quotes_are_attributed_to_who_said_them_not_to_an_outlet():
    from drift.quotes import reported_speech

    files = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests/data").glob("articles-*/*"))
    for path in files:
        if path.name not in SPEAKERS:
            continue
        doc = read_document(path)
        quotes = extract_quotes(doc)
        quotes += reported_speech(doc, quotes)
        found = {q.speaker for q in quotes} - {None}
        assert found <= SPEAKERS[path.name], (path.name, found - SPEAKERS[path.name])
    doc = read_document(SEEDS / "003_55299bb3ac03fd44.txt")
    politika = [q for q in extract_quotes(doc) if q.text.startswith("Despite the US")]
    # "Speaking to Serbia's Politika newspaper, Putin said: …"
    assert politika and politika[0].speaker == "Putin"
