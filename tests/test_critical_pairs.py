"""The WMT21 critical-error pairs (scripts/critical_pairs.py) and the Matthews correlation of
scripts/eval_heldout.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import critical_pairs as cp  # noqa: E402
import eval_heldout as eh  # noqa: E402
import make_pairs as mp  # noqa: E402
from pair_edits import norm  # noqa: E402

HEAD = "lp\tsplit\tid\tsrc\tmt\tannotator_scores\tlabel\n"


def _tsv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / cp.FILE
    path.parent.mkdir(parents=True)
    path.write_text(HEAD + "".join(r + "\n" for r in rows), "utf-8")
    return path


def test_each_source_goes_to_make_pairs_split_and_both_labels_are_kept(tmp_path):
    sources = [f"This is talk page comment number {i}, about the article." for i in range(60)]
    rows = [f"en-de\ttrain\t{i}\t{s}\tDies ist Kommentar {i}.\t[0, 0, 1]\t{'ERR' if i % 3 == 0 else 'NOT'}"
            for i, s in enumerate(sources)]
    rows.append(rows[0])  # a repeated row is kept once
    splits = cp.critical_pairs(_tsv(tmp_path, rows))
    assert sum(len(v) for v in splits.values()) == 60
    for sp, pairs in splits.items():
        for p in pairs:
            assert mp.bucket(f"wmt21:{norm(p['a'])}") == sp
            assert (p["label"], p["kind"]) in ((1, "critical"), (0, "faithful"))
            assert (p["la"], p["lb"], p["tags_a"], p["tags_b"]) == ("en", "de", "masked", "masked")
    assert sum(p["label"] for v in splits.values() for p in v) == 20


def test_an_unknown_label_names_file_and_line(tmp_path):
    path = _tsv(tmp_path, ["en-cs\tdev\t1\tHello there.\tAhoj.\t[0, 0, 0]\tNOT",
                           "en-cs\tdev\t2\tBye.\tNashle.\t[0, 0, 0]\tMAYBE"])
    with pytest.raises(ValueError, match=r"wmt21_critical_error_detection.tsv:3: label is 'MAYBE'"):
        cp.critical_pairs(path)


def test_an_unknown_label_stops_the_script_without_a_traceback(tmp_path):
    _tsv(tmp_path, ["en-cs\tdev\t2\tBye.\tNashle.\t[0, 0, 0]\tMAYBE"])
    out = subprocess.run([sys.executable, str(ROOT / "scripts/critical_pairs.py"), "--data", str(tmp_path),
                          "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert out.returncode == 1 and ":2: label is 'MAYBE'" in out.stderr and "Traceback" not in out.stderr


def test_a_missing_data_folder_is_named(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "scripts/critical_pairs.py"), "--data", str(tmp_path),
                          "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert out.returncode == 1 and "not found" in out.stderr and "Traceback" not in out.stderr


def test_mcc_is_one_for_a_perfect_guess_minus_one_for_the_opposite_and_zero_when_constant():
    gold = np.array([True, True, False, False, False])
    assert eh.mcc(gold, gold) == 1.0
    assert eh.mcc(gold, ~gold) == -1.0
    assert eh.mcc(gold, np.ones(5, bool)) == 0.0
    # tp 1, fn 1, fp 1, tn 2: (2 - 1) / sqrt(2 * 2 * 3 * 3)
    assert eh.mcc(gold, np.array([True, False, True, False, False])) == round(1 / 6, 4)


def test_tokenized_translations_are_detokenized_per_language():
    assert mp.detok("Promiň , jsem slepý , nevidím nic .", "cs") == "Promiň, jsem slepý, nevidím nic."
    assert mp.detok("最后 的 征服者 随后 举着 剑 前进 。", "zh") == "最后的征服者随后举着剑前进。"
    assert mp.detok("あいつ は バカ だ", "ja") == "あいつはバカだ"
    assert mp.detok("Er sagte : \" Das ist ( nicht ) gut \" .", "de") == "Er sagte: \"Das ist (nicht) gut\"."
