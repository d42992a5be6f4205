"""Scorer cases: each finding kind mono- and cross-lingual, and equivalents that must stay clean."""

from __future__ import annotations

import pytest

from drift.errors import InputError

DRIFT_KINDS = {"negation", "number", "date", "entity", "omission", "addition", "substitution"}

CASES = [
    # (kind expected among findings, A, B, words that the kind's span must cover in A or B)
    ("negation", "The president is not interested in a meeting.",
     "The president is interested in a meeting.", "not"),
    ("negation", "The president is not interested in a meeting.",
     "Der Präsident ist an einem Treffen interessiert.", "not"),
    ("negation", "We will not close our eyes to this.",
     "Мы закроем на это глаза.", "not"),
    ("number", "The factory will cut 500 jobs.", "The factory will cut 800 jobs.", "500"),
    ("number", "The factory will cut 500 jobs.", "La fábrica recortará 800 empleos.", "500"),
    ("number", "About 40,000 people live there.", "Environ 60 000 personnes y vivent.", "40,000"),
    ("date", "The bridge will open in March.", "The bridge will open in June.", "March"),
    ("date", "The minister resigned on Tuesday.", "Der Minister trat am Freitag zurück.", "Tuesday"),
    ("entity", "Merkel met Macron in Paris.", "Merkel met Johnson in Paris.", "Macron"),
    ("entity", "Merkel met Macron in Paris.", "Меркель встретилась с Джонсоном в Париже.", "Macron"),
    ("substitution", "Our response will be retaliatory.", "Our response will be reciprocal.",
     "retaliatory"),
    ("substitution", "The talks were destructive.", "The talks were constructive.", "destructive"),
]


@pytest.mark.parametrize("kind,a,b,target", CASES)
def test_drift_is_found_and_located(scorer, kind, a, b, target):
    r = scorer.score(a, b)
    kinds = {f.kind for f in r.findings}
    assert kind in kinds, (kind, r.findings)
    f = next(f for f in r.findings if f.kind == kind)
    assert target in f.a_text or target in f.b_text, f
    assert r.label in ("drift", "nuance")


@pytest.mark.parametrize("a,b", [
    ("We will not close our eyes to the attempts to interfere in our elections.",
     "We are not going to turn a blind eye to attempts to meddle in our elections."),
    ("The library lends books for up to 60 days.",
     "The library lends books for up to sixty days."),
    ("Police arrested three men near the station on Friday.",
     "Three men were arrested by police near the station on Friday."),
    ("Serbia wants to join the European Union.", "Србија жели да уђе у Европску унију."),
    ("The museum will be closed until the end of the year.",
     "Das Museum bleibt bis zum Jahresende geschlossen."),
])
def test_equivalents_raise_no_drift_finding(scorer, a, b):
    r = scorer.score(a, b)
    serious = [f for f in r.findings if f.kind in DRIFT_KINDS and f.severity in ("medium", "high")]
    assert not serious, serious
    assert r.label != "drift", r


def test_clause_only_in_b_is_an_addition_on_b_side(scorer):
    a = "Serbia wants to join the EU."
    b = "Serbia wants to join the EU but will not impose sanctions on Russia under any pressure."
    r = scorer.score(a, b)
    assert r.label == "drift"
    assert any(f.kind in ("addition", "negation", "entity") and f.b_span for f in r.findings)


def test_editorial_marks_are_information(scorer):
    r = scorer.score("We will protect our interests [in Europe] … and beyond.",
                     "We will protect our interests and beyond.")
    ed = [f for f in r.findings if f.kind == "editorial"]
    assert len(ed) == 2 and all(f.severity == "info" for f in ed)


def test_distance_in_other_units_is_not_drift(scorer):
    r = scorer.score("The border is 311 miles away.", "The border is 500 km away.")
    assert not [f for f in r.findings if f.kind == "number"]


def test_result_contract_and_determinism(scorer):
    a, b = "He is not interested.", "Er ist interessiert."
    one, two = scorer.score(a, b).to_dict(), scorer.score(a, b).to_dict()
    assert one == two
    for key in ("similarity", "drift", "label", "lang_a", "lang_b", "signature", "findings"):
        assert key in one
    assert one["lang_a"] == "en" and one["lang_b"] == "de"
    assert "model:intfloat/multilingual-e5-small" in one["signature"]
    assert 0.0 <= one["drift"] <= 1.0


def test_language_override(scorer):
    r = scorer.score("Hola", "Hello", lang_a="es", lang_b="en")
    assert (r.lang_a, r.lang_b) == ("es", "en")


@pytest.mark.parametrize("a,b", [("", "text"), ("text", "   ")])
def test_empty_text_is_a_clear_error(scorer, a, b):
    with pytest.raises(InputError, match="empty"):
        scorer.score(a, b)


def test_learned_projection_is_bundled_and_signed(encoder):
    """The former rules scorer (mode="rules", kept for side-by-side figures) signs its projection."""
    import numpy as np

    from drift.score import Scorer

    scorer = Scorer(encoder, mode="rules")
    assert scorer.projection is not None
    assert f"+p{scorer.projection.version}" in scorer.signature
    x = np.random.default_rng(0).normal(size=(3, scorer.projection.U.shape[1])).astype(np.float32)
    y = scorer.projection.apply(x / np.linalg.norm(x, axis=1, keepdims=True))
    assert y.shape == (3, x.shape[1] * len(scorer.projection.U))
    assert np.allclose(np.linalg.norm(y, axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize("a,b", [
    ("Favorites", "Favoritos"), ("Calendar", "Календарь"), ("Open settings", "Einstellungen öffnen"),
    ("Mark as read", "Marquer comme lu"), ("Your cart is empty", "Tu carrito está vacío"),
    ("Clear history", "Effacer l'historique"),  # a known weakness until the elided "l'" stopped
    # counting as a content word (rules 24)
])
def test_short_interface_strings_are_not_drift(scorer, a, b):
    r = scorer.score(a, b)
    assert r.label != "drift", (r.drift, r.findings)


def test_one_finding_per_kind_and_place_and_none_on_agreed_numbers(scorer):
    r = scorer.score("We will not close our eyes to the attempts to interfere in our elections.",
                     "We will not open our eyes to the attempts to interfere in our elections.")
    places = [(f.kind, f.a_span, f.b_span) for f in r.findings]
    assert len(places) == len(set(places)) and r.findings[0].a_text == "close"
    r = scorer.score("He gave them a 60-day grace period.", "Les dio un plazo de sesenta días.")
    assert not [f for f in r.findings if f.a_text and "60" in f.a_text], r.findings


def test_pair_model_is_bundled_signed_and_the_same_on_onnx_and_torch(encoder):
    """The learned pair model ships in the package, names itself in the signature, and its ONNX
    graph gives PyTorch's outputs (padding included: the pairs differ in length)."""
    from drift.pairmodel import PairModel
    from drift.score import Scorer

    scorer = Scorer(encoder, mode="learned")
    assert f"scorer:{scorer.pair_model.name}" in scorer.signature
    pairs = [("The bridge will open in March.", "Die Brücke wird im Juni eröffnet."),
             ("Hi", "Hallo"), ("We will not close our eyes to it.", "Мы закроем на это глаза.")]
    onnx, torch = PairModel(backend="onnx").predict(pairs), PairModel(backend="torch").predict(pairs)
    for x, y in zip(onnx, torch):
        assert abs(x.prob - y.prob) < 1e-4
        assert [t[:2] for t in x.tokens_a] == [t[:2] for t in y.tokens_a]
        assert max(abs(p[2] - q[2]) for p, q in zip(x.tokens_b, y.tokens_b)) < 1e-4
    assert onnx[0].prob > onnx[1].prob  # a changed month reads as more divergent than a greeting


@pytest.mark.parametrize("a,b", [("See footnote ¹ for 10⁶ cases.", "Siehe Fußnote ² für 10⁶ Fälle."),
                                 ("Step ① of ③", "Schritt ① von ③"), ("H₂O at ₂5 °C", "H₂O à ₂5 °C")])
def test_superscript_and_circled_digits_are_scored(scorer, a, b):
    """Superscript, subscript and circled digits are digits to isdigit() but not to int(): the
    checks read only decimal digits as numbers (they had crashed the scorer)."""
    r = scorer.score(a, b)
    assert 0.0 <= r.drift <= 1.0 and r.label in ("equivalent", "nuance", "drift")


def test_learned_scorer_keeps_a_changed_figure_and_reads_an_idiom_as_faithful(encoder):
    """In learned mode a number/high finding joins the model by noisy-OR (a changed figure is
    drift whatever the model says), and findings the model does not bear out are not shown."""
    from drift.score import Scorer

    scorer = Scorer(encoder, mode="learned")
    r = scorer.score("The factory will cut 500 jobs.", "La fábrica recortará 800 empleos.")
    assert r.label == "drift" and [f.kind for f in r.findings if f.severity == "high"] == ["number"]
    r = scorer.score("We will not close our eyes to the attempts to interfere in our elections.",
                     "We are not going to turn a blind eye to attempts to meddle in our elections.")
    assert r.label == "equivalent" and not r.findings
    assert "pair_model" in r.features and "pair_logit" in r.features


def test_learned_scorer_does_not_count_an_editors_cut_or_insertion(encoder):
    """Words cut where the other rendering has an ellipsis, and a bracketed insertion, are an
    editor's work (the report says so): the pair model reads the texts without them. Left out
    with no mark, the same clause is an omission."""
    from drift.score import Scorer

    scorer = Scorer(encoder, mode="learned")
    a = ("The museum will reopen in May, the director said, after repairs to the roof that "
         "cost two million euros.")
    cut = scorer.score(a, "El museo reabrirá en mayo, dijo el director …")
    dropped = scorer.score(a, "El museo reabrirá en mayo, dijo el director.")
    assert dropped.label == "drift" and cut.label == "equivalent", (dropped.drift, cut.drift)
    assert [f.kind for f in cut.findings if f.severity != "info"] == []
    assert any(f.kind == "editorial" and f.a_text for f in cut.findings)
    b = "Elle a dit que les négociations avaient échoué."
    inserted = scorer.score("She said the talks [with Iran] had failed.", b)
    plain = scorer.score("She said the talks had failed.", b)
    assert inserted.label == "equivalent" and abs(inserted.drift - plain.drift) < 0.01


def test_learned_scorer_shows_a_difference_in_strength(encoder):
    """Two words of a strength pair ("always" / "sometimes") are a nuance the learned scorer
    shows as medium without the model's say; it does not raise the score."""
    from drift.score import Scorer

    scorer = Scorer(encoder, mode="learned")
    r = scorer.score("The trains are always late in winter.", "In winter, the trains are sometimes late.")
    notes = [f for f in r.findings if f.message.endswith("differ in strength")]
    assert [(f.severity, f.a_text, f.b_text) for f in notes] == [("medium", "always", "sometimes")]
    assert r.label in ("nuance", "drift")


def test_rules_scorer_does_not_count_an_editors_cut_either(rules_scorer):
    """The default scorer leaves the words cut at an ellipsis out of its features too; left
    out with no mark, the clause is still an omission."""
    a = ("The museum will reopen in May, the director said, after repairs to the roof that "
         "cost two million euros.")
    cut = rules_scorer.score(a, "El museo reabrirá en mayo, dijo el director …")
    dropped = rules_scorer.score(a, "El museo reabrirá en mayo, dijo el director.")
    assert cut.label == "equivalent" and dropped.label == "drift", (cut.drift, dropped.drift)


def test_a_closing_ellipsis_after_words_of_its_own_cuts_nothing(rules_scorer):
    """A user interface's closing "…" follows words that text has and the other lacks: it is
    no editor's cut, and the missing sentence stays an omission."""
    r = rules_scorer.score("Connection lost. Trying to reconnect…", "Connessione persa.")
    assert r.label == "drift", r.drift
    assert not [f for f in r.findings if f.kind == "editorial" and f.b_text]


def test_text_without_spans_maps_model_offsets_back():
    """The shortened text a pair model reads, and its token offsets back in the full text."""
    from drift.learned import remapped, without
    from drift.pairmodel import PairPrediction

    text = "sent to the US in December. We are open"
    short, index = without(text, [(15, 26)])
    assert short == "sent to the US. We are open"
    pred = PairPrediction(0.5, 0.0, [(12, 14, 0.9), (14, 15, 0.1), (16, 18, 0.2)], [])
    back = remapped(pred, index, list(range(10)))
    assert [text[s:e] for s, e, _ in back.tokens_a] == ["US", ".", "We"]
    text = "We will, if necessary, respond; and, at once."
    assert without(text, [(9, 21)])[0] == "We will respond; and, at once."
    assert without(text, [(37, 44)])[0] == "We will, if necessary, respond; and."


def test_a_batch_past_one_context_scores_each_pair_as_alone(scorer, monkeypatch):
    """Pairs are prepared in contexts of PREPARE_CHUNK (memory bound): results, languages and
    order must not depend on where a chunk ends."""
    import drift.score

    pairs = [("The shop does not open on Sunday.", "La tienda abre el domingo."),
             ("The bridge opens in March.", "Die Brücke öffnet im März."),
             ("Prices rose by 5%.", "Les prix ont baissé de 5 %."),
             ("We will meet in Berlin.", "Мы встретимся в Берлине."),
             ("The shop does not open on Sunday.", "The shop is closed on Sundays.")]
    alone = [scorer.score(a, b).to_dict(features=True) for a, b in pairs]
    monkeypatch.setattr(drift.score, "PREPARE_CHUNK", 2)
    assert [r.to_dict(features=True) for r in scorer.score_batch(pairs)] == alone


LONG_A = ("The city council met to discuss the new library, the budget for the schools and the "
          "repairs of the old bridge over the river, which have been delayed for two years. "
          "It was the first meeting of the year, and most residents supported the plan.")
LONG_B = ("El ayuntamiento se reunió para hablar de la nueva biblioteca, del presupuesto de las "
          "escuelas y de las reparaciones del viejo puente sobre el río, que llevan dos años de "
          "retraso. Fue la última reunión del año, y pocos vecinos apoyaron el plan.")


def _encoded_texts(encoder, monkeypatch) -> list[str]:
    """Every text the encoder is asked for from now on, in order (a spy on `encode`)."""
    seen: list[str] = []
    real = encoder.encode

    def spy(texts, *args, **kwargs):
        seen.extend(texts)
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(encoder, "encode", spy)
    return seen


def test_long_texts_get_no_contrast_rewrite(encoder, monkeypatch):
    """A text of MAX_WORDS words or more is not rewritten for the contrast test (one swapped
    word barely moves its vector); a short one is."""
    from drift.contrast import MAX_WORDS, testable
    from drift.score import Scorer

    assert len(LONG_A.split()) >= MAX_WORDS and not testable(LONG_A)
    seen = _encoded_texts(encoder, monkeypatch)
    Scorer(encoder, mode="rules").score(LONG_A, LONG_B)
    assert not [t for t in seen if len(t.split()) >= 10 and t not in (LONG_A, LONG_B)
                and "last meeting" in t]
    short = "It was the first meeting of the year."
    seen.clear()
    Scorer(encoder, mode="rules").score(short, "Fue la última reunión del año.")
    assert "It was the last meeting of the year." in seen


def test_the_contrast_gate_encodes_fewer_rewrites_and_keeps_a_swap(encoder, monkeypatch):
    """Rewrites whose isolated words do not pull towards the other side are not encoded; a
    swapped word the test is for is still found."""
    import drift.score
    from drift.contrast import variants
    from drift.score import Scorer

    a, b = "All the shops will close before noon.", "Todas las tiendas cerrarán después del mediodía."
    seen = _encoded_texts(encoder, monkeypatch)
    gated = Scorer(encoder, mode="rules").score(a, b)
    rewrites = {v.text for v in variants(a)}
    encoded = rewrites & set(seen)
    assert 0 < len(encoded) < len(rewrites)
    assert any(f.kind == "substitution" and f.a_text == "before" for f in gated.findings)
    seen.clear()
    monkeypatch.setattr(drift.score, "gate", lambda *args: True)
    Scorer(encoder, mode="rules").score(a, b)
    assert len(rewrites & set(seen)) > len(encoded)


def test_occlusion_deletes_a_span_and_closes_the_gap():
    from drift.occlusion import without

    text = "We fixed a bug that duplicated notes."
    assert without(text, (3, 14)) == "We that duplicated notes."
    assert without(text, (0, 2)) == "fixed a bug that duplicated notes."


def test_a_medium_omission_that_deleting_its_words_does_not_bear_out_is_low(encoder, monkeypatch):
    """A faithful rendering not labelled drift: the words the alignment leaves unsupported are
    said on the other side, so deleting them moves the texts apart; the finding is kept at low
    severity and the pair is no longer a nuance."""
    import drift.occlusion
    from drift.score import Scorer

    a = "Bars are no longer living rooms where people go every day."
    b = "Bars sind nicht mehr die Wohnzimmer, in die man jeden Tag geht."
    tested = Scorer(encoder, mode="rules").score(a, b)
    assert [f for f in tested.findings if f.kind == "omission" and f.severity == "low"]
    assert not [f for f in tested.findings if f.severity in ("medium", "high")]
    assert tested.label == "equivalent"
    monkeypatch.setattr(drift.occlusion, "MIN_GAIN", float("-inf"))  # the test switched off
    untested = Scorer(encoder, mode="rules").score(a, b)
    assert [f for f in untested.findings if f.kind == "omission" and f.severity == "medium"]
    assert untested.label == "nuance"


@pytest.mark.parametrize("a,b,low", [
    ("The researchers extracted immune cells from each patient.",
     "De onderzoekers haalden immuuncellen uit elke patiënt.", "immune cells"),
    ("The city council approved a new bike lane on Main Street.",
     "Der Stadtrat genehmigte einen neuen Radweg in der Hauptstraße.", "Main"),
])
def test_substitutions_and_names_under_the_threshold_are_low(encoder, a, b, low):
    """Faithful renderings: a substitution or a name the alignment cannot match is shown at
    low severity in a pair the score does not call drift, and the pair is equivalent."""
    from drift.score import Scorer

    r = Scorer(encoder, mode="rules").score(a, b)
    assert [f for f in r.findings if f.a_text == low and f.severity == "low"]
    assert not [f for f in r.findings if f.severity in ("medium", "high")]
    assert r.label == "equivalent"


def test_lowered_keeps_omissions_high_findings_and_strength_pairs():
    from drift.checks.base import Finding
    from drift.occlusion import lowered

    sub = Finding("substitution", "medium", (0, 5), (0, 4), "fixed", "error",
                  "A says 'fixed' where B says 'error': the two do not mean the same")
    strength = Finding("substitution", "medium", (13, 24), (13, 24), "retaliatory", "reciprocal",
                       "'retaliatory' and 'reciprocal' differ in strength")
    omitted = Finding("omission", "medium", (34, 41), None, "at once", "", "omitted")
    number = Finding("number", "high", (0, 1), (0, 1), "5", "6", "5 / 6")
    out = lowered([sub, strength, omitted, number])
    assert out[0].severity == "low" and "may not mean" in out[0].message
    assert out[1:] == [strength, omitted, number]


def test_a_real_omission_survives_the_occlusion_test(scorer):
    """Words really missing from B: deleting them from A brings the texts closer, so a pair
    that is not labelled drift keeps its medium finding and stays a nuance."""
    r = scorer.score("Free accounts include 5 GB of storage and priority support.",
                     "Les comptes gratuits incluent 5 Go de stockage.")
    assert r.label == "nuance"
    assert [f for f in r.findings if f.kind == "omission" and f.severity == "medium"
            and f.a_text == "priority support"]


def test_a_dropped_clause_read_as_a_substitution_is_listed_at_low(scorer):
    """The alignment reads "finish the update" / "neu" as a substitution, which under the
    threshold is shown at low (rules 132): the words are still listed, and the score alone
    keeps the pair a nuance."""
    r = scorer.score("Please restart the app to finish the update.", "Bitte starte die App neu.")
    assert r.label == "nuance" and r.drift >= 0.3
    assert [f for f in r.findings if f.severity == "low" and f.a_text == "finish the update"]


def test_only_medium_omissions_and_additions_are_put_to_the_deletion_test():
    """A medium omission is tested on a short side; a strength-lexicon pair ("retaliatory" /
    "reciprocal") and a high finding are not; nor is a side over MAX_WORDS words."""
    from drift.checks.base import Finding, Side
    from drift.occlusion import MAX_WORDS, tests

    a = Side("We will take retaliatory measures at once.", "en", [])
    b = Side("Nous prendrons des mesures réciproques.", "fr", [])
    omitted = Finding("omission", "medium", (34, 41), None, "at once", "", "omitted")
    strength = Finding("substitution", "medium", (13, 24), (13, 24), "retaliatory", "reciprocal",
                       "'retaliatory' and 'reciprocal' differ in strength")
    high = Finding("omission", "high", (34, 41), None, "at once", "", "omitted")
    assert tests([omitted, strength, high], a, b) == [(0, "We will take retaliatory measures .", None)]
    long_a = Side(a.text, "en", [None] * (MAX_WORDS + 1))
    assert tests([omitted], long_a, b) == []


def test_contrast_word_vectors_are_made_once_per_model(encoder, monkeypatch, tmp_path):
    """The contrast lexicon's words are encoded on first use and read back from the cache
    folder afterwards, equal to a fresh encoding."""
    import numpy as np

    from drift.contrast import word_vectors

    monkeypatch.setenv("DRIFT_CACHE_DIR", str(tmp_path))
    seen = _encoded_texts(encoder, monkeypatch)
    first = word_vectors(encoder)
    assert "before" in first and "after" in seen and list(tmp_path.glob("lexicon/contrast-*.npy"))
    seen.clear()
    again = word_vectors(encoder)
    assert seen == [] and again.keys() == first.keys()
    fresh = encoder.encode(["before"])[0]
    assert np.allclose(again["before"], fresh, atol=1e-4)


def test_projection_apply_is_each_members_correction_averaged(encoder):
    """`apply` (contiguous factors, one einsum) equals the definition: for each member k,
    normalise(v + U_k V_kᵀ v), concatenated and scaled by 1/√K."""
    import numpy as np

    from drift.align import Projection

    p = Projection.bundled()
    x = np.random.default_rng(1).normal(size=(5, p.U.shape[1])).astype(np.float32)
    members = [v + p.U[k] @ (p.V[k].T @ v) for v in x for k in range(len(p.U))]
    ref = np.stack([m / np.linalg.norm(m) for m in members]).reshape(5, -1) / np.sqrt(len(p.U))
    assert np.allclose(p.apply(x), ref, atol=1e-5)


def test_onnx_sessions_do_not_spin_between_runs(encoder):
    """The encoder's ONNX Runtime session is made with intra-op spinning off (spinning took a
    core from the checks on a 2-core machine)."""
    from drift import onnx_backend

    encoder.encode(["A sentence to make sure the session exists."])
    runners = list(onnx_backend._RUNNERS.values())
    assert runners
    for r in runners:
        opts = r.session.get_session_options()
        assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"
