"""scripts/editorial_pairs.py: quotes with an editor's cut built from a make_pairs.py split."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts/editorial_pairs.py"


def pair(a: str, b: str, label: int = 0, **extra) -> dict:
    return {"a": a, "b": b, "la": "en", "lb": "de", "label": label, "kind": "faithful", "src": "ntrex",
            "spans_a": [], "spans_b": [], "tags_a": "known", "tags_b": "known", **extra}


def run(tmp_path: Path, rows: list, n: int = 2):
    src = tmp_path / "test.jsonl"
    src.write_text("".join(r if isinstance(r, str) else json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, str(SCRIPT), "--pairs", str(src), "--out", str(out),
                           "--n", str(n)], capture_output=True, text=True)
    return done, [json.loads(x) for x in out.read_text("utf-8").splitlines()] if out.exists() else []


def test_a_cut_side_keeps_the_first_sentence_and_an_ellipsis_and_the_controls_keep_all(tmp_path):
    rows = [pair("The bridge opens in May.", "Die Brücke öffnet im Mai."),
            pair("Tickets cost ten euros.", "Karten kosten zehn Euro."),
            pair("The mayor will speak.", "Der Bürgermeister wird sprechen."),
            pair("The bridge opens in June.", "Die Brücke öffnet im Mai.", label=1, spans_a=[[20, 24]],
                 orig_a="The bridge opens in May.", orig_b="Die Brücke öffnet im Mai.")]
    done, out = run(tmp_path, rows, n=1)
    assert done.returncode == 0, done.stderr
    kinds = {r["kind"]: r for r in out}
    assert set(kinds) == {"cut", "omitted", "whole", "edit and cut", "edit"}
    cut, omitted, whole = kinds["cut"], kinds["omitted"], kinds["whole"]
    assert cut["label"] == 0 and omitted["label"] == 1 and whole["label"] == 0
    short = "a" if cut["a"] != whole["a"] else "b"  # the side that leaves a sentence out
    full = "b" if short == "a" else "a"
    assert cut[full] == omitted[full] == whole[full]
    assert cut[short] == omitted[short] + " …" and whole[short].startswith(omitted[short] + " ")
    assert [omitted[full][s:e] for s, e in omitted[f"spans_{full}"]] == [whole[full].split(". ", 1)[1]]
    edit = kinds["edit and cut"]
    assert edit["label"] == 1 and edit["a"][20:24] == "June" and edit["spans_a"] == [[20, 24]]


def test_a_missing_file_and_a_bad_line_are_named(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), "--pairs", str(tmp_path / "no.jsonl"),
                           "--out", str(tmp_path / "o.jsonl")], capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "no.jsonl not found: make it with scripts/make_pairs.py" in done.stderr
    done, _ = run(tmp_path, [pair("A b.", "C d."), "{not json\n"])
    assert done.returncode == 1 and "test.jsonl:2: not JSON" in done.stderr
    done, _ = run(tmp_path, [{"a": "x"}])
    assert done.returncode == 1 and "test.jsonl:1: no b, la" in done.stderr
