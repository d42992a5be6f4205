"""The STS Benchmark pair builder (scripts/make_sts.py), on 113 real rows of the corpus
(tests/data/stsb: rows whose captions recur in other rows and random rows; CC BY-SA, see its
SOURCE.md): labels follow the human scores, rows of other sources are left out, and no text of a
validation or test row reaches training in any language."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
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


ROOT = Path(__file__).resolve().parents[1]


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / script), *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_make_sts_without_the_corpus_says_where_it_looked(tmp_path):
    r = _run("make_sts.py", "--data", str(tmp_path), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert ms.FILE in r.stderr and "--data" in r.stderr and not (tmp_path / "out").exists()


def test_eval_sts_refuses_a_missing_file_and_a_file_of_other_pairs(tmp_path):
    r = _run("eval_sts.py", "--pairs", str(tmp_path / "none.jsonl"))
    assert r.returncode == 2 and "not found" in r.stderr and "Traceback" not in r.stderr
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"a": "x", "b": "y", "la": "en", "lb": "en", "label": 0,
                                 "kind": "faithful"}) + "\n", "utf-8")
    r = _run("eval_sts.py", "--pairs", str(other))
    assert r.returncode == 2 and f"{other}:1: no score" in r.stderr and "Traceback" not in r.stderr


def test_train_model_refuses_a_missing_extra_file_before_any_work(tmp_path):
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    for sp in ("train", "val"):
        (pairs / f"{sp}.jsonl").write_text("", "utf-8")
    r = _run("train_model.py", "--pairs", str(pairs), "--extra", str(tmp_path / "none.jsonl"),
             "--work", str(tmp_path / "work"))
    assert r.returncode == 2 and "none.jsonl not found" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "work").exists()


def test_training_pairs_sample_the_main_file_then_add_every_extra_pair(built, tmp_path):
    import train_model as tm
    _, pairs, _ = built
    main = tmp_path / "train.jsonl"
    main.write_text("".join(json.dumps(p) + "\n" for p in pairs["val"]), "utf-8")
    extra = tmp_path / "extra.jsonl"
    extra.write_text("".join(json.dumps(p) + "\n" for p in pairs["train"][:5]), "utf-8")
    got = tm.training_pairs(main, 7, [extra, extra], seed=3)
    assert len(got) == 7 + 10 and got[7:] == pairs["train"][:5] * 2
    assert all(p in pairs["val"] for p in got[:7])
    assert got == tm.training_pairs(main, 7, [extra, extra], seed=3)
    assert tm.training_pairs(main, 0, [], seed=3) == pairs["val"]


def test_sts_figures_report_translations_apart_and_groups_by_language():
    import eval_sts as es
    rows = [dict(la="en", lb="en", label=1, score=2.0, kind="sts"),
            dict(la="en", lb="en", label=0, score=5.0, kind="sts"),
            dict(la="de", lb="de", label=1, score=3.0, kind="sts"),
            dict(la="de", lb="de", label=0, score=4.8, kind="sts"),
            dict(la="en", lb="ru", label=1, score=3.5, kind="sts"),
            dict(la="en", lb="ru", label=0, score=4.6, kind="sts"),
            dict(la="fr", lb="ja", label=0, score=None, kind="sts-translation")]
    drift = np.array([0.9, 0.1, 0.2, 0.8, 0.7, 0.3, 0.6])
    cos = np.array([0.8, 0.95, 0.9, 0.85, 0.7, 0.9, 0.9])
    labels = ["drift" if d >= 0.5 else "equivalent" for d in drift]
    out = es.figures(rows, drift, cos, labels)
    assert out["translations"] == {"pairs": 1, "faithful_labelled_drift": 1.0, "mean_drift": 0.6}
    assert out["all"]["pairs"] == 6 and out["all"]["drift_pairs"] == 3
    assert out["en-en"]["auc"] == 1.0 and out["same"]["auc"] == 0.0 and out["cross"]["auc"] == 1.0
    assert out["same"]["faithful_labelled_drift"] == 1.0 and out["en-en"]["drift_found"] == 1.0
