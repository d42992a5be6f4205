"""Shared fixtures: one encoder/scorer per session, a private cache folder for the run."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Tests never touch the user's cache: a per-run embedding cache; the built model is shared
# (DRIFT_CACHE_DIR may be set by CI to reuse a built model).
_RUN = tempfile.mkdtemp(prefix="drift-tests-")
os.environ.setdefault("DRIFT_CACHE_DIR", str(Path(_RUN) / "cache"))
# the folder holds a built model (about 500 MB) when DRIFT_CACHE_DIR was not set: remove it
atexit.register(shutil.rmtree, _RUN, ignore_errors=True)


def pytest_sessionstart(session):
    """Build the model (and its ONNX graph) before any test: the first-run notices go to the
    terminal, not into the output of whichever CLI test happens to run first."""
    from drift.embed import Encoder

    Encoder(cache=None).encode(["build the model"])


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        for item in items:
            item.own_markers = [m for m in item.own_markers if m.name != "slow"]
        config.option.markexpr = ""


@pytest.fixture(scope="session")
def encoder():
    from drift.embed import Encoder

    return Encoder(cache=Path(_RUN) / "emb.sqlite")


@pytest.fixture(scope="session")
def scorer(encoder):
    from drift.score import Scorer

    return Scorer(encoder)


@pytest.fixture(scope="session")
def rules_scorer(encoder):
    """The former rules scorer: every finding the checks make, whatever the pair model says."""
    from drift.score import Scorer

    return Scorer(encoder, mode="rules")
