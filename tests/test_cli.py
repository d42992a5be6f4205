"""CLI through typer's runner: help everywhere, exit codes, JSON output, bad rows."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from drift.cli import app

runner = CliRunner()


def commands(group=app, prefix=()):
    for cmd in group.registered_commands:
        yield (*prefix, cmd.name or cmd.callback.__name__)
    for sub in group.registered_groups:
        yield from commands(sub.typer_instance, (*prefix, sub.name))


@pytest.mark.parametrize("cmd", list(commands()))
def test_every_command_has_help(cmd):
    result = runner.invoke(app, [*cmd, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output and len(result.output) > 100


def test_pair_json_contract():
    result = runner.invoke(app, ["pair", "He is not interested.", "He is interested.", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["label"] == "drift"
    assert any(f["kind"] == "negation" and f["a_span"] for f in data["findings"])


def test_version():
    from drift import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"drift {__version__}"


@pytest.mark.parametrize("args, env, coloured", [
    ([], {}, False),                                  # not a terminal: marks, no colour codes
    (["--color"], {}, True),
    (["--color"], {"NO_COLOR": "1"}, True),           # the explicit flag wins
    (["--no-color"], {}, False),
])
def test_pair_colour_follows_flag_and_no_color(args, env, coloured):
    result = runner.invoke(app, [*args, "pair", "He is not interested.", "He is interested."], env=env)
    assert result.exit_code == 0, result.output
    assert ("\x1b[" in result.output) is coloured
    assert ("⟦" in result.output) is not coloured


def test_no_color_env_turns_colour_off_on_a_terminal(monkeypatch):
    import drift.cli

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(drift.cli.sys.stdout, "isatty", lambda: True, raising=False)
    result = runner.invoke(app, ["pair", "He is not interested.", "He is interested."])
    assert result.exit_code == 0 and "\x1b[" not in result.output


def test_pair_empty_text_exit_2():
    result = runner.invoke(app, ["pair", "", "x"])
    assert result.exit_code == 2
    assert "empty" in result.output


def test_pair_unknown_language_exit_2_names_it():
    result = runner.invoke(app, ["pair", "We will not go.", "Nous irons.", "--lang-a", "klingon"])
    assert result.exit_code == 2
    assert "unknown language code 'klingon'" in result.output


def test_batch_keeps_fields_and_reports_bad_line(tmp_path):
    src = tmp_path / "pairs.tsv"
    src.write_text("id\ta\tb\n1\tThe bridge opens in March.\tThe bridge opens in June.\n"
                   "2\tonly one column\n3\tHello there.\tHello there.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{src}:3:" in result.output
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    # one output line per input row, in order: the bad row is an error record in its place
    assert [r.get("id") for r in rows] == ["1", None, "3"]
    assert rows[1]["line"] == 3 and "columns" in rows[1]["error"] and "label" not in rows[1]
    assert rows[0]["label"] in ("drift", "nuance") and "findings" in rows[0]
    assert "3 rows: 2 scored, 1 failed" in result.output


def test_batch_keeps_a_gold_label_column_apart(tmp_path):
    src = tmp_path / "gold.tsv"
    src.write_text("a\tb\tlabel\nThe bridge opens in March.\tThe bridge opens in June.\tgold-x\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    row = json.loads(out.read_text())
    assert row["input_label"] == "gold-x"
    assert row["label"] in ("equivalent", "nuance", "drift")


def test_batch_invalid_utf8_names_file(tmp_path):
    src = tmp_path / "bad.tsv"
    src.write_bytes(b"a\tb\n\xff\xfe\tx\n")
    result = runner.invoke(app, ["batch", str(src)])
    assert result.exit_code == 2 and "UTF-8" in result.output and "Traceback" not in result.output


def test_eval_reports_auc_and_baseline(tmp_path):
    src = tmp_path / "lab.tsv"
    src.write_text(
        "a\tb\tlabel\n"
        "The bridge opens in March.\tEl puente abre en marzo.\tequivalent\n"
        "The bridge opens in June.\tEl puente abre en marzo.\tdrift\n"
        "He is not interested.\tNo está interesado.\tequivalent\n"
        "He is interested.\tNo está interesado.\tdrift\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(src), "--json"])
    assert result.exit_code == 0, result.output
    rep = json.loads(result.stdout)  # diagnostics (a first ONNX export) go to stderr
    assert rep["pairs"] == 4 and 0 <= rep["auc"] <= 1 and 0 <= rep["cosine_auc"] <= 1
    # the other scorer (the learned pair model) side by side, named by its signature
    assert "scorer:pair-e5s-" in rep["baseline"]["signature"] and 0 <= rep["baseline"]["auc"] <= 1


def test_eval_breaks_down_by_kind_and_language(tmp_path):
    src = tmp_path / "lab.tsv"
    src.write_text(
        "a\tb\tlabel\tkind\tlang\n"
        "The bridge opens in March.\tEl puente abre en marzo.\tequivalent\toriginal\tes\n"
        "The bridge opens in June.\tEl puente abre en marzo.\tdrift\tdate\tes\n"
        "He is not interested.\tIl n'est pas intéressé.\tequivalent\toriginal\tfr\n"
        "He is interested.\tIl n'est pas intéressé.\tdrift\tnegation\tfr\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(src), "--json"])
    rep = json.loads(result.output)
    assert set(rep["by_kind"]) == {"date", "negation"} and rep["by_kind"]["date"]["pairs"] == 1
    assert set(rep["by_lang"]) == {"es", "fr"} and rep["by_lang"]["fr"]["pairs"] == 2
    text = runner.invoke(app, ["eval", str(src)]).output
    assert "drift kind date" in text and "language fr" in text


def test_eval_bad_row_names_the_line(tmp_path):
    src = tmp_path / "lab.tsv"
    src.write_text("a\tb\tlabel\nOne\tUno\tequivalent\nonly one column\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(src)])
    assert result.exit_code == 2 and "lab.tsv:3" in result.output, result.output


@pytest.mark.parametrize("args", [
    ["batch", "{pairs}", "-o", "/nonexistent-dir/out.jsonl"],
    ["compare", "corpora/articles", "--html", "/nonexistent-dir/r.html"],
    ["check", "corpora/l10n/po", "--format", "json", "-o", "/nonexistent-dir/r.json"],
    ["check", "corpora/l10n/po", "--baseline", "/nonexistent-dir/b.json", "--update-baseline"],
])
def test_unwritable_output_is_a_clear_error(tmp_path, args):
    pairs = tmp_path / "p.tsv"
    pairs.write_text("a\tb\nOne\tUno\n", "utf-8")
    result = runner.invoke(app, [a.replace("{pairs}", str(pairs)) for a in args])
    assert result.exit_code == 2
    assert "cannot write" in result.output and "Traceback" not in result.output


def test_unknown_scorer_is_a_clear_error():
    result = runner.invoke(app, ["pair", "a", "b", "--scorer", "bogus"])
    assert result.exit_code == 2 and "--scorer must be one of learned, rules" in result.output
