"""The word lists as data: one file per language in drift/lang/, checked when loaded."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import drift.lexicon as lexicon

LANG = Path(lexicon.__file__).with_name("lang")


def test_every_language_file_has_its_lists_in_the_tables():
    files = sorted(p.stem for p in LANG.glob("*.toml") if p.stem not in ("xx", "units"))
    assert len(files) >= 30
    assert set(lexicon.NEGATION) <= set(files)
    for lang, table in lexicon.LANG_DATE_NAMES.items():  # every month and weekday has a form
        assert {v for v in table.values()} == {("month", i) for i in range(12)} | {
            ("weekday", i) for i in range(7)}, lang


def test_every_key_is_documented():
    readme = (LANG / "README.md").read_text("utf-8")
    missing = [k for k in lexicon.LANG_KEYS if f"`{k}`" not in readme and f"`[{k}]`" not in readme]
    assert missing == []


def test_a_misspelt_key_names_file_and_key(tmp_path):
    (tmp_path / "xy.toml").write_text("negatoin = '''nope'''\n", "utf-8")
    with pytest.raises(lexicon.LexiconError, match=r"xy\.toml: unknown key 'negatoin'"):
        lexicon._lang_files(tmp_path)


def test_a_phrase_list_written_as_one_string_names_file_and_key(tmp_path):
    (tmp_path / "xy.toml").write_text("not_negations = '''hàng không'''\n", "utf-8")
    with pytest.raises(lexicon.LexiconError, match=r"xy\.toml: not_negations must be a list"):
        lexicon._lang_files(tmp_path)


def test_a_broken_file_names_itself(tmp_path):
    (tmp_path / "xy.toml").write_text("negation = '''nope\n", "utf-8")
    with pytest.raises(lexicon.LexiconError, match=r"xy\.toml"):
        lexicon._lang_files(tmp_path)


def _copy_lexicon(tmp_path: Path) -> Path:
    pkg = tmp_path / "drift"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", "utf-8")
    shutil.copy(lexicon.__file__, pkg / "lexicon.py")
    shutil.copytree(LANG, pkg / "lang")
    return pkg


def _run(tmp_path: Path, code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})


def test_a_new_language_is_a_new_file(tmp_path):
    pkg = _copy_lexicon(tmp_path)
    (pkg / "lang" / "eo.toml").write_text(
        "negation = '''ne neniam nenio'''\n"
        "number_words = '''unu=1 du=2 dek=10 cent=100'''\n"
        "number_multipliers = '''cent'''\n"
        "[opposites]\nwon-lost = ['''venk''', '''malvenk''']\n", "utf-8")
    out = _run(tmp_path, "import drift.lexicon as L; print(sorted(L.NEGATION['eo']), "
                         "L.NUMBER_WORDS['eo']['du'], 'cent' in L.NUMBER_MULTIPLIERS, "
                         "[d['eo'] for _, _, d in L.OPPOSITES if 'eo' in d])")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['ne', 'neniam', 'nenio'] 2.0 True [(['venk'], ['malvenk'])]"


def test_an_opposite_pair_english_lacks_is_an_error(tmp_path):
    pkg = _copy_lexicon(tmp_path)
    (pkg / "lang" / "eo.toml").write_text("[opposites]\nwin-loose = ['''venk''', '''malvenk''']\n",
                                          "utf-8")
    out = _run(tmp_path, "import drift.lexicon")
    assert "eo.toml: opposite pair 'win-loose' is not in en.toml" in out.stderr


@pytest.mark.parametrize("key", ["negated_verbs_are_cues", "until_negation_mid_clause"])
def test_a_flag_that_is_not_true_or_false_names_file_and_key(tmp_path, key):
    (tmp_path / "xy.toml").write_text(f"{key} = 'yes'\n", "utf-8")
    with pytest.raises(lexicon.LexiconError, match=rf"xy\.toml: {key} must be true or false"):
        lexicon._lang_files(tmp_path)
