"""ONNX Runtime backend for the bundled encoder: the same BERT graph exported once from the
built sentence-transformers folder, run by onnxruntime (about twice PyTorch's CPU throughput
for this model on 2 cores, identical embeddings to 1e-4; see scripts/benchmark.py).

The graph returns the last hidden state (mean-pooled and normalised here, as the bundled model's
Pooling + Normalize modules do) and one middle layer (the token vectors drift aligns).
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from pathlib import Path

import numpy as np

_LOCK = threading.Lock()


def available() -> bool:
    """True when onnxruntime and onnx are installed (found, not imported: importing onnx takes a
    second, and only the export needs it)."""
    from importlib.util import find_spec

    return find_spec("onnx") is not None and find_spec("onnxruntime") is not None


def export(st, layer: int, path: Path) -> Path:
    """Export the sentence-transformers model's BERT to `path` (written atomically)."""
    import torch

    bert = st[0].auto_model

    class Graph(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, ids, mask):
            out = self.m(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids),
                         output_hidden_states=True)
            return out.last_hidden_state, out.hidden_states[layer]

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    ids = torch.ones((2, 16), dtype=torch.long)
    axes = {"ids": {0: "batch", 1: "tokens"}, "mask": {0: "batch", 1: "tokens"},
            "last": {0: "batch", 1: "tokens"}, "layer": {0: "batch", 1: "tokens"}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(Graph(bert).eval(), (ids, torch.ones_like(ids)), str(tmp),
                          input_names=["ids", "mask"], output_names=["last", "layer"],
                          dynamic_axes=axes, opset_version=17, dynamo=False)
    save_split(tmp, path)
    return path


def data_file(path: Path) -> Path:
    """Where the weights of the graph at `path` live (see save_split)."""
    return path.with_name(path.name + ".data")


def save_split(src: Path, out: Path) -> None:
    """Write the ONNX graph at `src` to `out` with its weights in a file beside it
    (data_file(out)): ONNX Runtime then maps the weights from disk instead of parsing half a
    gigabyte of protobuf (a session starts in 0.13 s instead of 0.88 s on this machine, with the
    same outputs). The data goes first and the graph last, so a graph always finds its data;
    `src` is removed (it may be `out` itself: a graph exported by an earlier version)."""
    import shutil
    import tempfile

    import onnx

    model = onnx.load(str(src))
    mode = src.stat().st_mode & 0o777
    tmpdir = Path(tempfile.mkdtemp(dir=out.parent, prefix=".split"))
    try:
        onnx.save_model(model, str(tmpdir / out.name), save_as_external_data=True,
                        all_tensors_to_one_file=True, location=data_file(out).name)
        for f in tmpdir.iterdir():
            f.chmod(mode)  # as the export wrote the graph (a temporary folder's files are private)
        os.replace(tmpdir / data_file(out).name, data_file(out))
        os.replace(tmpdir / out.name, out)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
        if src != out:
            src.unlink(missing_ok=True)


EMBEDDED_WEIGHTS = 64 << 20  # a graph this large still has its weights inside


def complete(path: Path) -> bool:
    """Whether the graph at `path` can run: it exists, with its weights inside or beside it
    (a graph whose data file was deleted is exported again, not a traceback)."""
    return path.is_file() and (data_file(path).is_file() or path.stat().st_size >= EMBEDDED_WEIGHTS)


def ensure_split(path: Path) -> None:
    """A graph exported with its weights inside (by an earlier version of drift) is split
    once, so that it starts fast too; left as it is when the folder is read-only."""
    if data_file(path).exists() or path.stat().st_size < EMBEDDED_WEIGHTS or not available() \
            or not os.access(path.parent, os.W_OK):
        return
    print(f"drift: moving the weights of {path.name} to a file of their own (once, a few "
          f"seconds; sessions then start in a fraction of a second)", file=sys.stderr, flush=True)
    try:
        save_split(path, path)
    except OSError:
        pass


def cpu_threads() -> int:
    """Threads for inference: OMP_NUM_THREADS where set (a Ray worker with one CPU gets 1),
    else every core."""
    given = os.environ.get("OMP_NUM_THREADS", "")
    return int(given) if given.isdigit() and int(given) > 0 else os.cpu_count() or 1


def no_spinning(opts) -> None:
    """Intra-op threads that sleep between runs instead of spinning (ONNX Runtime's
    `session.intra_op.allow_spinning`): on 2 cores a spinning thread took a core from the
    Python checks between encoder calls. Scoring pairs one at a time ran at 14.9 pairs/s with
    spinning and 35.3 without; batches of 8 at 31.6 and 40.7; bulk encoding as fast. (The key
    and its default, "1": onnxruntime.ai/docs/performance/tune-performance/threading.html)"""
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")


class OnnxRunner:
    """One onnxruntime session (thread-safe `run`)."""

    def __init__(self, path: Path, threads: int | None = None) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or cpu_threads()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        no_spinning(opts)
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])

    def run(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(sentence vectors (batch, dim), token vectors of the exported layer)."""
        last, layer = self.session.run(None, {"ids": ids.astype(np.int64),
                                              "mask": mask.astype(np.int64)})
        m = mask[..., None].astype(np.float32)
        pooled = (last * m).sum(1) / np.maximum(m.sum(1), 1.0)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32), layer.astype(np.float32)


_RUNNERS: dict[str, OnnxRunner] = {}


def runner_for(load_st, layer: int, model_dir: Path) -> OnnxRunner:
    """The ONNX runner for the built default model (exported on first use, then reused);
    `load_st()` gives the sentence-transformers model, called only to export."""
    path = model_dir / "onnx" / f"model-layer{layer}.onnx"
    with _LOCK:
        if str(path) not in _RUNNERS:
            if not complete(path):
                print(f"drift: exporting the model to ONNX in {path.parent} (first run only, "
                      f"about 10 s)", file=sys.stderr, flush=True)
                try:
                    from drift.bundled import first_run_steps
                    with first_run_steps(2, "exporting to ONNX") as step:
                        st = load_st()
                        step()
                        export(st, layer, path)
                        step()
                    from drift.bundled import drop_weights
                    drop_weights(model_dir)
                except OSError as exc:
                    from drift.errors import ModelError
                    raise ModelError(f"cannot write the ONNX model to {path.parent} "
                                     f"({exc.strerror or exc}); set DRIFT_CACHE_DIR to a writable "
                                     f"folder") from None
            ensure_split(path)
            _RUNNERS[str(path)] = OnnxRunner(path)
        return _RUNNERS[str(path)]
