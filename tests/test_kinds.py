"""Every finding kind, English↔English and English↔ru/de/fr/es, with the words the drift is in.

Span quality: the highest-severity finding must overlap the edited words (on either side)."""

from __future__ import annotations

import pytest

# (kind, A, B, words of the edit in A or B)
KINDS = [
    ("negation", "The company does not plan to close the plant.",
     "The company plans to close the plant.", "not"),
    ("negation", "The company does not plan to close the plant.",
     "La empresa planea cerrar la planta.", "not"),
    ("negation", "The company does not plan to close the plant.",
     "L'entreprise prévoit de fermer l'usine.", "not"),
    ("negation", "The company plans to close the plant.",
     "Компания не планирует закрывать завод.", "не"),
    ("negation", "The company plans to close the plant.",
     "Das Unternehmen plant nicht, das Werk zu schließen.", "nicht"),
    ("number", "The storm killed 12 people.", "The storm killed 21 people.", "12"),
    ("number", "The storm killed 12 people.", "Der Sturm tötete 21 Menschen.", "12"),
    ("number", "The storm killed 12 people.", "La tempête a fait 15 morts.", "12"),
    ("number", "The storm killed 12 people.", "Шторм унёс жизни 20 человек.", "12"),
    ("number", "Prices rose by 3.5% last year.", "Los precios subieron un 5,3 % el año pasado.", "3.5"),
    ("date", "The summit will take place in October.", "The summit will take place in November.",
     "October"),
    ("date", "The summit will take place in October.", "La cumbre se celebrará en noviembre.",
     "October"),
    ("date", "The summit will take place in October.", "Le sommet aura lieu en septembre.",
     "October"),
    ("date", "The summit will take place in October.", "Саммит пройдёт в декабре.", "October"),
    ("date", "The vote was held in 2019.", "Die Abstimmung fand 2021 statt.", "2019"),
    ("entity", "The prize went to Nadia Petrova.", "The prize went to Olga Ivanova.",
     "Nadia Petrova Olga Ivanova"),
    ("entity", "The prize went to Nadia Petrova.", "Премию получила Ольга Иванова.",
     "Nadia Petrova Ольга Иванова"),
    ("entity", "The talks were held in Geneva.", "Die Gespräche fanden in Wien statt.", "Geneva Wien"),
    ("entity", "The talks were held in Geneva.", "Las conversaciones se celebraron en Viena.",
     "Geneva Viena"),
    ("omission", "The minister resigned on Friday after a long scandal over illegal party funding.",
     "The minister resigned on Friday.", "illegal party funding"),
    ("omission", "The minister resigned on Friday after a long scandal over illegal party funding.",
     "Le ministre a démissionné vendredi.", "illegal party funding"),
    ("addition", "The minister resigned on Friday.",
     "El ministro dimitió el viernes tras un largo escándalo por financiación ilegal del partido.",
     "financiación ilegal"),
    ("addition", "The minister resigned on Friday.",
     "Министр ушёл в отставку в пятницу после долгого скандала с незаконным финансированием партии.",
     "незаконным финансированием"),
    ("substitution", "Our team won the final.", "Our team lost the final.", "won"),
    ("substitution", "Our team won the final.", "Nuestro equipo perdió la final.", "won"),
    ("substitution", "Unemployment rose sharply in the spring.",
     "Die Arbeitslosigkeit ist im Frühjahr leicht gestiegen.", "sharply"),
    ("substitution", "All of the passengers were rescued.", "La moitié des passagers ont été secourus.",
     "All moitié"),
]

SEVERITY = {"info": 0, "low": 1, "medium": 2, "high": 3}


def _covers(f, a, b, target):
    """The finding's span on either side overlaps one of the edited words."""
    spans = [a[f.a_span[0]:f.a_span[1]] if f.a_span else "", b[f.b_span[0]:f.b_span[1]] if f.b_span else ""]
    words = target.lower().split()
    return any(w in t.lower() or t.lower() in words for t in spans if t for w in words)


@pytest.mark.parametrize("kind,a,b,target", KINDS, ids=[f"{k}-{b[:18]}" for k, a, b, _ in KINDS])
def test_kind_found_and_top_finding_on_the_edit(scorer, kind, a, b, target):
    r = scorer.score(a, b)
    assert kind in {f.kind for f in r.findings}, [(f.kind, f.a_text, f.b_text) for f in r.findings]
    assert r.label != "equivalent", r.drift
    top = max(r.findings, key=lambda f: SEVERITY[f.severity])
    assert _covers(top, a, b, target), (top, target)


EQUIVALENT = [
    ("The company does not plan to close the plant.", "La empresa no tiene previsto cerrar la planta."),
    ("The storm killed 12 people.", "Der Sturm forderte zwölf Todesopfer."),
    ("The summit will take place in October.", "Le sommet se tiendra en octobre."),
    ("The prize went to Nadia Petrova.", "Премию получила Надя Петрова."),
    ("Our team won the final.", "Nuestro equipo ganó la final."),
    ("The talks were held in Geneva.", "Die Gespräche fanden in Genf statt."),
    ("Germany signed the treaty in Moscow.", "Германия подписала договор в Москве."),
    ("All of the passengers were rescued.", "Tous les passagers ont été secourus."),
]

# exonyms and translated parts of names: never a changed name (high)
EXONYMS = [
    ("The delegation flew from Sweden to Turkey on Monday.",
     "La delegación voló de Suecia a Turquía el lunes."),
    ("Tourists queue for hours to see the Sphinx.",
     "Los turistas hacen cola durante horas para ver la Esfinge."),
    ("The tombs lie in the Valley of the Kings near Luxor.",
     "Las tumbas se encuentran en el Valle de los Reyes, cerca de Luxor."),
    ("Queen Elizabeth opened the new wing of the museum.",
     "La reina Isabel inauguró la nueva ala del museo."),
]


@pytest.mark.parametrize("a,b", EXONYMS)
def test_exonyms_are_not_changed_names(scorer, a, b):
    r = scorer.score(a, b)
    assert not [f for f in r.findings if f.kind == "entity" and f.severity == "high"], r.findings


def test_a_changed_name_is_still_found_beside_exonyms(scorer):
    r = scorer.score("The delegation flew from Sweden to Turkey on Monday.",
                     "La delegación voló de Suecia a Grecia el lunes.")
    assert any(f.kind == "entity" and "Turkey" in f.a_text for f in r.findings), r.findings


@pytest.mark.parametrize("a,b", EQUIVALENT)
def test_faithful_translations_have_no_serious_finding(scorer, a, b):
    r = scorer.score(a, b)
    serious = [f for f in r.findings if f.severity in ("medium", "high")]
    assert not serious, serious
