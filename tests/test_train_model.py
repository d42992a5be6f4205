"""The training script's twin loss (scripts/train_model.py --rank-weight): an edited pair meets
its unedited twin, and the loss is small only when the edit scores above the twin."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_model as tm  # noqa: E402

EDIT = {"a": "The council approved three schools.", "b": "Der Rat genehmigte keine Schulen.",
        "la": "en", "lb": "de", "label": 1, "kind": "negation", "spans_a": [], "spans_b": [[19, 24]],
        "tags_a": "masked", "tags_b": "known",
        "orig_a": "The council approved three schools.", "orig_b": "Der Rat genehmigte drei Schulen."}
FAITHFUL = {"a": "It rained on Monday.", "b": "Am Montag regnete es.", "la": "en", "lb": "de",
            "label": 0, "kind": "faithful", "spans_a": [], "spans_b": [], "tags_a": "known",
            "tags_b": "known"}


@pytest.fixture(scope="module")
def tok():
    from transformers import AutoTokenizer

    from drift.bundled import ensure_default_model
    return AutoTokenizer.from_pretrained(str(ensure_default_model(weights=True)))


def test_the_twin_is_encoded_only_when_asked_and_only_for_an_edit(tok):
    assert tm.encode(tok, EDIT)[3] is None
    twin = tm.encode(tok, EDIT, twins=True)[3]
    assert twin == tm.pair_ids(tok, EDIT["orig_a"], EDIT["orig_b"], tm.MAX_SIDE)[0]
    assert twin != tm.encode(tok, EDIT)[0]
    assert tm.encode(tok, FAITHFUL, twins=True)[3] is None


class Length(torch.nn.Module):
    """Scores a pair by its token count, so that the loss can be worked out by hand."""

    def forward(self, ids, mask):
        return mask.sum(1).float(), None


def test_rank_loss_is_softplus_of_twin_minus_edit_over_edits_with_a_twin(tok):
    b = [tm.encode(tok, p, twins=True) for p in (FAITHFUL, EDIT)]
    s = torch.tensor([0.0, float(len(b[1][0]))])
    got = tm.rank_loss(Length(), b, s, "cpu").item()
    diff = len(b[1][3]) - len(b[1][0])
    assert got == pytest.approx(math.log1p(math.exp(diff)), abs=1e-5)
    assert tm.rank_loss(Length(), b[:1], s[:1], "cpu") is None


def _run(*args):
    import subprocess
    script = Path(tm.__file__)
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True)


@pytest.mark.parametrize("weight,message", [("1", "no pair of"), ("-1", "--rank-weight is a weight")])
def test_a_twin_loss_without_twins_or_below_zero_is_refused_before_any_work(tmp_path, weight, message):
    import json
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    (pairs / "train.jsonl").write_text(json.dumps(FAITHFUL) + "\n", "utf-8")
    (pairs / "val.jsonl").write_text(json.dumps(FAITHFUL) + "\n", "utf-8")
    r = _run("--pairs", str(pairs), "--rank-weight", weight, "--work", str(tmp_path / "work"))
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "work").exists()
