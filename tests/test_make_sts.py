"""The STS Benchmark pair builder (scripts/make_sts.py), on 113 real rows of the corpus
(tests/data/stsb: rows whose captions recur in other rows and random rows; CC BY-SA, see its
SOURCE.md): labels follow the human scores, rows of other sources are left out, and no text of a
validation or test row reaches training in any language."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import make_sts as ms  # noqa: E402

SAMPLE = Path(__file__).resolve().parent / "data" / "stsb"
FORUM = "Written for this test: a row of a source whose terms the data cannot meet."


@pytest.mark.parametrize("score,label", [(5.0, 0), (4.6, 0), (4.4, None), (4.0, 1), (0.2, 1)])
def test_a_score_gives_faithful_drift_or_nothing(score, label):
    assert ms.label_of(score, 4.6, 4.0) == label


def test_combos_start_with_english_then_one_language_then_cross_lingual():
    c = ms.combos(random.Random(3), 5)
    assert c[0] == ("en", "en") and c[1][0] == c[1][1] != "en"
    assert all(x != y for x, y in c[2:]) and len(set(c)) == 5


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    (data / ms.FILE).parent.mkdir()
    rows = (SAMPLE / ms.FILE).read_text("utf-8").splitlines()
    forum = dict(json.loads(rows[0]), file="answers-forums", row=9999, score=5.0,
                 **{f"{lg}_s{i}": f"{FORUM} ({lg} {i})" for lg in ms.LANGS for i in (1, 2)})
    (data / ms.FILE).write_text("\n".join(rows + [json.dumps(forum)]) + "\n", "utf-8")
    out = tmp_path_factory.mktemp("sts")
    stats = ms.build(data, out, seed=31, per_row=4, eval_per_row=3, faithful=4.6, drift=4.0,
                     val=0.2, test=0.3, dev=None, faithful_repeat=2)
    pairs = {sp: [json.loads(x) for x in open(out / f"{sp}.jsonl", encoding="utf-8")]
             for sp in ("train", "val", "test")}
    return stats, pairs, data


def test_training_shares_no_text_with_validation_or_test(built):
    stats, pairs, data = built
    rows = [json.loads(x) for x in open(data / ms.FILE, encoding="utf-8")]
    held_rows = {r["row"] for r in rows if ms.split_of("sts:" + ms.norm(r["en_s1"]), 0.2, 0.3) != "train"}
    held = {ms.norm(r[f"{lg}_s{i}"]) for r in rows if r["row"] in held_rows and r["file"] in ms.KEEP_FILES
            for lg in ms.LANGS for i in (1, 2)}
    seen = {ms.norm(p[k]) for p in pairs["train"] for k in ("a", "b")}
    assert pairs["train"] and not seen & held
    assert stats["train_dropped_rows"] > 0  # captions recur across rows: the drop is real


def test_labels_follow_the_scores_and_only_licensed_rows_are_used(built):
    _, pairs, _ = built
    for sp, ps in pairs.items():
        for p in ps:
            assert p["label"] == (0 if p["score"] >= 4.6 else 1 if p["score"] <= 4.0 else -1)
            assert p["tags_a"] == p["tags_b"] == "masked"
        if sp == "train":
            assert all(p["label"] >= 0 for p in ps)
    assert not any(FORUM in p["a"] or FORUM in p["b"] for ps in pairs.values() for p in ps)


def test_faithful_training_pairs_are_repeated_as_asked(built):
    stats, pairs, _ = built
    faithful = [json.dumps(p, sort_keys=True) for p in pairs["train"] if p["label"] == 0]
    assert len(faithful) == stats["train_faithful"] and len(set(faithful)) * 2 == len(faithful)


def test_translations_are_one_sentence_in_two_languages_after_unchanged_graded_pairs(built, tmp_path):
    _, pairs, data = built
    stats = ms.build(data, tmp_path, seed=31, per_row=4, eval_per_row=3, faithful=4.6, drift=4.0,
                     val=0.2, test=0.3, dev=None, faithful_repeat=2, n_translations=2)
    rows = [json.loads(x) for x in open(data / ms.FILE, encoding="utf-8")]
    for sp in ("train", "val", "test"):
        got = [json.loads(x) for x in open(tmp_path / f"{sp}.jsonl", encoding="utf-8")]
        graded, extra = got[:len(pairs[sp])], got[len(pairs[sp]):]
        assert graded == pairs[sp]
        assert extra and len(extra) == stats[f"{sp}_translations"]
        for p in extra:
            assert p["kind"] == "sts-translation" and p["label"] == 0 and p["la"] != p["lb"]
            assert any(r[f"{p['la']}_s{i}"] == p["a"] and r[f"{p['lb']}_s{i}"] == p["b"]
                       for r in rows for i in (1, 2))
