"""The training-pair generator (scripts/make_pairs.py): edits point at what they changed, and
the split keeps every sentence in one split."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import make_pairs as mp  # noqa: E402
import pair_edits as pe  # noqa: E402

POOL = {"en": ["The committee met in Geneva on Monday to discuss the budget for next year."],
        "de": ["Der Ausschuss traf sich am Montag in Genf, um den Haushalt zu besprechen."],
        "names": ["Lisbon", "Warsaw"]}


@pytest.mark.parametrize("fn,text,lang,other,changed", [
    (pe.edit_number, "The factory will cut 500 jobs.", "en", "La fábrica recortará 500 empleos.", True),
    (pe.edit_name, "Merkel met Macron in Paris.", "en", "Меркель встретилась с Macron в Париже.", True),
    (pe.edit_negation, "The bridge will open in March.", "en", "Die Brücke öffnet im März.", False),
    (pe.edit_negation, "Die Brücke ist nicht geöffnet.", "de", "The bridge is not open.", False),
    (pe.edit_contrast, "Prices rose sharply in March.", "en", "Los precios subieron en marzo.", False),
    (pe.edit_insert, "The minister said the bridge will open soon.", "en", "", False),
])
def test_an_edit_changes_the_text_and_points_at_its_words(fn, text, lang, other, changed):
    out = None
    for seed in range(20):
        out = fn(text, lang, random.Random(seed), other, POOL)
        if out:
            break
    assert out is not None
    new, spans, kind, counter = out
    assert new != text and spans
    for s, e in spans:
        assert new[s:e].strip() and new[s:e] not in ("", " ")
        assert new[s:e] not in text or kind in ("negation", "addition")
    if changed:  # a number or name copied on the other side: its counterpart is tagged too
        assert counter and all(other[s:e] in text for s, e in counter)


def test_dropped_words_leave_no_span_on_the_edited_side():
    text = "The committee, after a long debate, approved the new budget on Friday."
    for seed in range(10):
        out = pe.edit_delete(text, "en", random.Random(seed), "", POOL)
        if out:
            new, spans, kind, _ = out
            assert kind == "omission" and spans == [] and len(new) < len(text)


def test_a_sentence_goes_to_one_split_whatever_the_language():
    assert len({mp.bucket("ntrex:17") for _ in range(3)}) == 1
    splits = [mp.bucket(f"ntrex:{i}") for i in range(2000)]
    assert 0.05 < splits.count("test") / 2000 < 0.15 and 0.02 < splits.count("val") / 2000 < 0.08


@pytest.mark.parametrize("fn,text,lang,expected", [
    (pe.edit_drop_lead, "Like some other experts, he is skeptical about the cure.", "en",
     "He is skeptical about the cure."),
    (pe.edit_drop_tail, "A course will cover all the issues discussed here in far greater detail, "
     "usually with practical experience.", "en",
     "A course will cover all the issues discussed here in far greater detail."),
    (pe.edit_drop_item, "Er kaufte Äpfel, Birnen und Bananen.", "de", "Er kaufte Äpfel und Bananen."),
    (pe.edit_drop_item, "They are egocentric, rude, and arrogant.", "en",
     "They are egocentric and arrogant."),
    (pe.edit_drop_paren, "North Shore beaches (in North Harbour) face the Pacific.", "en",
     "North Shore beaches face the Pacific."),
])
def test_a_fluent_omission_leaves_a_well_formed_sentence(fn, text, lang, expected):
    new, spans, kind, counter = fn(text, lang, random.Random(0), "", POOL)
    assert (new, spans, kind, counter) == (expected, [], "fluent omission", None)


def test_a_tail_that_is_the_last_list_item_is_not_dropped():
    text = "They are egocentric, rude, and arrogant."
    assert pe.edit_drop_tail(text, "en", random.Random(0), "", POOL) is None


def test_an_added_adjunct_is_tagged_where_it_stands():
    new, spans, kind, _ = pe.edit_add_adjunct("She was alone in the house.", "en", random.Random(0), "", POOL)
    (s, e), = spans
    assert kind == "fluent addition" and new[s:e] in pe.ADJUNCTS
    assert new[:s] == "She was alone in the house " and new[e:] == "."


def test_fluent_edits_are_off_unless_asked_for():
    assert all(fn not in dict(pe.EDITS) for fn, _ in pe.FLUENT)


def test_a_negative_fluent_weight_is_refused_before_any_work(tmp_path):
    import subprocess
    script = Path(mp.__file__)
    r = subprocess.run([sys.executable, str(script), "--out", str(tmp_path / "p"), "--fluent", "-1"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "--fluent is a weight" in r.stderr
    assert not (tmp_path / "p").exists()


def test_the_edit_list_given_is_the_one_drawn_from():
    a = "Like some other experts, he is skeptical, noting that the findings, the data and the trials differ."
    b = "Al igual que otros especialistas, es escéptico."
    kinds = set()
    for seed in range(20):
        out = pe.make_drift(a, "en", b, "es", random.Random(seed), POOL, pe.FLUENT)
        if out:
            kinds.add(out[-1])
    assert kinds and kinds <= {"fluent omission", "fluent addition"}


def test_an_edited_pair_holds_its_unedited_twin_in_the_same_order():
    rows = [(f"ntrex:{i}", [("en", f"The council approved {i + 3} new schools in Lisbon on Monday."),
                            ("de", f"Der Rat genehmigte am Montag {i + 3} neue Schulen in Lissabon.")], [])
            for i in range(30)]
    pairs = mp._sample(rows, [], 200, random.Random(5), mp._pool(rows))
    edited = [p for p in pairs if p["label"] == 1]
    assert edited and all("orig_a" not in p for p in pairs if p["label"] == 0)
    for p in edited:
        assert {p["la"], p["lb"]} == {"en", "de"}
        # one side is the twin's, word for word; the other is the edit of the twin's
        same = [k for k in ("a", "b") if p[k] == p[f"orig_{k}"]]
        assert len(same) == 1
        k = "b" if same == ["a"] else "a"
        assert pe.norm(p[k]) != pe.norm(p[f"orig_{k}"])
        assert ("Der Rat" in p["orig_a"]) == (p["la"] == "de")


def test_by_source_draws_each_corpus_at_its_own_ratio():
    rows = [(f"ntrex:{i}", [("en", f"The council approved {i + 3} new schools in Lisbon on Monday."),
                            ("de", f"Der Rat genehmigte am Montag {i + 3} neue Schulen in Lissabon.")], [])
            for i in range(30)]
    # one corpus with a faithful pair for each drift pair, one with faithful pairs only
    ann = [dict(a=f"x{i}", b=f"y{i}", la="en", lb="de", label=i % 2, kind="k", src="pairs")
           for i in range(20)] + [dict(a=f"u{i}", b=f"v{i}", la="en", lb="de", label=0, kind="k",
                                       src="faithful only") for i in range(60)]

    def drift_share(by_source):
        out = mp._sample(rows, ann, 4000, random.Random(3), mp._pool(rows), by_source=by_source)
        got = [p["label"] for p in out if p["src"] == "pairs"]
        return sum(got) / len(got)
    # half and half over all annotations: the even corpus supplies most of the drift pairs
    assert drift_share(False) > 0.7
    assert 0.4 < drift_share(True) < 0.6


def test_paraphrases_add_free_renderings_but_not_copies():
    r = {"line": 7, "deu": "Der Zug kam spät an.", "spa#ref2": "El tren llegó con retraso."}
    langs = [("en", "The train arrived late."), ("de", r["deu"]), ("es", "El tren llegó tarde.")]
    ref = "Der Zug hatte Verspätung."
    para = ["Der Zug ist spät angekommen.", "der Zug kam spät an"]  # the second repeats NTREX's
    new_langs, same = mp._with_paraphrases(r, langs, [], ref, para)
    assert new_langs[:3] == langs and langs == new_langs[:3]
    assert ("de", "Der Zug ist spät angekommen.") in new_langs
    assert ("es", "El tren llegó con retraso.") in new_langs
    assert not any(t == "der Zug kam spät an" for _, t in new_langs)
    assert sorted(same) == [("de", "Der Zug hatte Verspätung.", "Der Zug ist spät angekommen."),
                            ("de", "Der Zug kam spät an.", "Der Zug ist spät angekommen.")]
    # nothing free to add: the row is as it was
    plain = {"line": 8, "deu": r["deu"]}
    assert mp._with_paraphrases(plain, langs, [], None, [r["deu"]]) == (langs, [])


def test_free_pairs_put_a_free_rendering_against_a_plain_one():
    plain = [("en", "The committee approved the new budget on Friday after a long debate."),
             ("de", "Der Ausschuss billigte am Freitag nach langer Debatte den neuen Haushalt.")]
    free = "Nach einer langen Aussprache hat der Ausschuss am Freitag den Etat verabschiedet."
    rows = [("ntrex:5", plain + [("de", free)], []), ("tico:9", plain, [])]
    pairs = mp.free_pairs(rows, 60, random.Random(2), POOL)
    assert pairs and {p["label"] for p in pairs} == {0, 1}
    for p in pairs:
        before = (p.get("orig_a", p["a"]), p.get("orig_b", p["b"]))
        assert free in before and before[1 - before.index(free)] == plain[0][1]
        assert p["src"] == "ntrex-free" and (p["label"] == 0) == ((p["a"], p["b"]) == before)
        if p["label"]:  # the unedited side is its own twin, whichever way round the pair is
            assert p["a"] == p["orig_a"] or p["b"] == p["orig_b"]


@pytest.mark.parametrize("args,message", [
    (["--free", "10"], "--free draws on the free renderings that --paraphrases adds"),
    (["--paraphrases", "--free", "-3"], "--free is a number of draws"),
    (["--near", "-1"], "--near is a number of draws"),
])
def test_free_without_paraphrases_or_below_zero_is_refused_before_any_work(tmp_path, args, message):
    import subprocess
    r = subprocess.run([sys.executable, str(Path(mp.__file__)), "--out", str(tmp_path / "p"), *args],
                       capture_output=True, text=True)
    assert r.returncode == 2 and message in r.stderr
    assert not (tmp_path / "p").exists()


def test_near_word_lists_keep_content_words_and_leave_out_forms_of_the_same_word():
    import near_words as nw
    texts = ["The rain stopped.", "The snow fell.", "Heavy rain and snow.", "Rains came. rains went.",
             "We saw London. It was London again.", "the the the of of of"]
    vocab = nw.vocabulary(texts, "en", skip=2)
    assert "rain" in vocab and "snow" in vocab and "rains" in vocab
    assert "london" not in vocab  # a name: always written with a capital
    assert "the" not in vocab and "of" not in vocab
    assert "london" in nw.vocabulary(texts, "de", skip=2)  # German nouns are capitalised
    words = ["rain", "rains", "snow", "rainfall", "storm"]
    vecs = np.array([[1, 0.0], [1, 0.01], [0.95, 0.3], [1, 0.05], [0.7, 0.7]])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    near = nw.neighbours(words, vecs, k=2)
    assert near["rain"] == ["snow", "storm"]  # rains and rainfall are forms of rain


def test_a_near_word_edit_swaps_one_word_in_its_capitalisation_and_points_at_it():
    import near_words as nw
    pool = {"near": {"en": {"schools": ["libraries", "churches"], "rain": ["snow"]},
                     "de": {"schulen": ["bibliotheken"]}}}
    text = "Schools in the city will close because of the rain."
    seen = set()
    for seed in range(30):
        new, spans, kind, counter = nw.edit_near(text, "en", random.Random(seed), "", pool)
        (s, e), = spans
        assert kind == "near word" and counter is None
        assert new[:s] + "X" + new[e:] in {text.replace("Schools", "X"), text.replace("rain", "X")}
        seen.add(new[s:e])
    assert seen == {"Libraries", "Churches", "snow"}
    de = nw.edit_near("Die Schulen bleiben zu.", "de", random.Random(0), "The schools stay shut.", pool)
    assert de[0] == "Die Bibliotheken bleiben zu."
    # a word the other side holds as it is (a loan, a name) is left alone; no list, no edit
    assert nw.edit_near("Die Schulen bleiben zu.", "de", random.Random(0), "Die Schulen", pool) is None
    assert nw.edit_near("Schools close.", "fr", random.Random(0), "", pool) is None


def test_near_pairs_are_faithful_pairs_half_of_them_with_one_word_swapped():
    rows = [("ntrex:5", [("en", "The schools in the city will close because of the rain."),
                         ("de", "Die Schulen der Stadt schließen wegen des Regens.")], [])]
    pool = {"near": {"en": {"schools": ["libraries"], "rain": ["snow"]},
                     "de": {"schulen": ["bibliotheken"], "regens": ["schnees"]}}}
    pairs = mp.near_pairs(rows, 80, random.Random(3), pool)
    assert pairs and {p["label"] for p in pairs} == {0, 1}
    for p in pairs:
        if p["label"]:
            assert p["kind"] == "near word" and len(p["spans_a"] + p["spans_b"]) == 1
            assert p["a"] == p["orig_a"] or p["b"] == p["orig_b"]
        else:
            assert {p["a"], p["b"]} == {t for _, t in rows[0][1]}
