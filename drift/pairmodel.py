"""The learned pair model: a cross-encoder on the bundled multilingual-e5-small weights.

Both texts go through the model jointly (`<s> a </s></s> b </s>`); a sentence head gives the
drift logit of the pair and a token head a divergence logit per sub-word token of either side.
Only the upper layers and the heads are trained (scripts/train_model.py); they ship in
`drift/data/pairmodel/` and load on top of the bundled base, offline.

Like sentence-transformers' `CrossEncoder`: one object, `predict(pairs)`, batching inside.
Inference runs on ONNX Runtime when it is installed (the graph is exported once, on first use,
into the model cache), else on PyTorch.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from drift.errors import ModelError

MAX_SIDE_TOKENS = 200  # per text; longer texts are cut for the pair model (reported in `windows`)


@dataclass(frozen=True)
class PairPrediction:
    """The pair model's output for one pair: drift probability and per-token divergence."""

    prob: float
    logit: float
    # (start, end, probability) of each sub-word token of each side, in character offsets
    tokens_a: list[tuple[int, int, float]]
    tokens_b: list[tuple[int, int, float]]
    truncated: bool = False


def weights_dir() -> Path:
    return Path(str(resources.files("drift").joinpath("data/pairmodel")))


def model_config(path: Path | None = None) -> dict:
    p = (path or weights_dir()) / "config.json"
    if not p.is_file():
        raise ModelError(f"pair model missing: {p}; reinstall drift or run scripts/train_model.py")
    return json.loads(p.read_text("utf-8"))


def weights_version(path: Path | None = None) -> str:
    """Short hash of the shipped weights and their config (names the model in signatures)."""
    d = path or weights_dir()
    h = hashlib.sha256()
    for name in ("config.json", "weights.safetensors"):
        f = d / name
        if f.is_file():
            h.update(f.read_bytes())
    return h.hexdigest()[:8]


def build_torch(base_dir: Path, cfg: dict):
    """The cross-encoder as a torch module: the base BERT plus the two heads."""
    import torch
    from transformers import BertModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()  # the unused pooler is no news
    hf_logging.disable_progress_bar()

    class PairNet(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(str(base_dir), add_pooling_layer=False)
            h = self.bert.config.hidden_size
            self.seq_head = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(2 * h, 1))
            self.tok_head = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(h, 1))

        def forward(self, ids, mask):
            x = self.bert(input_ids=ids, attention_mask=mask,
                          token_type_ids=torch.zeros_like(ids)).last_hidden_state
            m = mask.unsqueeze(-1).to(x.dtype)
            mean = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
            seq = self.seq_head(torch.cat([x[:, 0], mean], -1)).squeeze(-1)
            tok = self.tok_head(x).squeeze(-1)
            return seq, tok

    net = PairNet()
    net.eval()
    return net


def trainable_names(net, frozen_layers: int) -> list[str]:
    """Parameters trained (and shipped): the layers above `frozen_layers` and the heads."""
    keep = []
    for name, _ in net.named_parameters():
        if name.startswith(("seq_head", "tok_head")):
            keep.append(name)
        elif name.startswith("bert.encoder.layer."):
            if int(name.split(".")[3]) >= frozen_layers:
                keep.append(name)
    return keep


def pair_ids(tok, a: str, b: str, max_side: int = MAX_SIDE_TOKENS):
    """Token ids of the pair and each token's (side, start, end); side -1 for special tokens."""
    ea = tok(a, add_special_tokens=False, return_offsets_mapping=True)
    eb = tok(b, add_special_tokens=False, return_offsets_mapping=True)
    ia, oa = ea["input_ids"][:max_side], ea["offset_mapping"][:max_side]
    ib, ob = eb["input_ids"][:max_side], eb["offset_mapping"][:max_side]
    cut = len(ea["input_ids"]) > max_side or len(eb["input_ids"]) > max_side
    cls, sep = tok.cls_token_id, tok.sep_token_id
    ids = [cls] + ia + [sep, sep] + ib + [sep]
    where = [(-1, 0, 0)] + [(0, s, e) for s, e in oa] + [(-1, 0, 0)] * 2 \
        + [(1, s, e) for s, e in ob] + [(-1, 0, 0)]
    return ids, where, cut


class PairModel:
    """The learned pair model: `predict(pairs)` -> one PairPrediction per pair."""

    def __init__(self, path: Path | None = None, backend: str = "auto", batch_tokens: int = 4096) -> None:
        self.path = path or weights_dir()
        self.cfg = model_config(self.path)
        self.version = weights_version(self.path)
        self.backend = backend
        self.batch_tokens = batch_tokens
        self._lock = threading.Lock()
        self._run = None
        self._tok = None

    @property
    def name(self) -> str:
        return f"pair-e5s-{self.version}"

    def tokenizer(self):
        """The bundled model's tokenizer through `tokenizers` alone, shared with the encoder
        (drift.embed.FastTokenizer: transformers' ids and offsets without importing it)."""
        if self._tok is None:
            from drift.bundled import ensure_default_model
            from drift.embed import _tokenizer_only
            self._tok = _tokenizer_only(str(ensure_default_model()))
        return self._tok

    def _runner(self):
        with self._lock:
            if self._run is None:
                self._run = _make_runner(self.path, self.cfg, self.version, self.backend)
        return self._run

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[PairPrediction]:
        tok = self.tokenizer()
        enc = [pair_ids(tok, a, b) for a, b in pairs]
        order = sorted(range(len(enc)), key=lambda i: len(enc[i][0]))
        out: list[PairPrediction | None] = [None] * len(enc)
        run = self._runner() if enc else None
        i = 0
        while i < len(order):
            j = i
            width = 0
            while j < len(order) and max(width, len(enc[order[j]][0])) * (j - i + 1) <= self.batch_tokens:
                width = max(width, len(enc[order[j]][0]))
                j += 1
            j = max(j, i + 1)
            idx = order[i:j]
            width = max(len(enc[k][0]) for k in idx)
            ids = np.full((len(idx), width), 1, dtype=np.int64)  # pad id 1
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, k in enumerate(idx):
                ids[r, :len(enc[k][0])] = enc[k][0]
                mask[r, :len(enc[k][0])] = 1
            seq, tokl = run(ids, mask)
            for r, k in enumerate(idx):
                out[k] = _prediction(seq[r], tokl[r], enc[k][1], enc[k][2], self.cfg)
            i = j
        return out  # type: ignore[return-value]


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _prediction(seq: float, tokl: np.ndarray, where, cut: bool, cfg: dict) -> PairPrediction:
    t = cfg.get("temperature", 1.0)
    bias = cfg.get("bias", 0.0)
    logit = float(seq) / t + bias
    probs = _sigmoid(tokl[:len(where)])
    ta = [(s, e, float(p)) for (side, s, e), p in zip(where, probs) if side == 0 and e > s]
    tb = [(s, e, float(p)) for (side, s, e), p in zip(where, probs) if side == 1 and e > s]
    return PairPrediction(float(_sigmoid(logit)), logit, ta, tb, cut)


_RUNNERS: dict[str, object] = {}


def _make_runner(path: Path, cfg: dict, version: str, backend: str):
    """A function (ids, mask) -> (sequence logits, token logits) as numpy arrays."""
    key = f"{path}:{version}:{backend}"
    if key in _RUNNERS:
        return _RUNNERS[key]
    use_onnx = backend == "onnx" or (backend == "auto" and _onnx_available())
    run = _onnx_runner(path, cfg, version) if use_onnx else _torch_runner(path, cfg)
    _RUNNERS[key] = run
    return run


def _onnx_available() -> bool:
    try:
        import onnxruntime  # noqa: F401
        return True
    except ImportError:
        return False


def load_net(path: Path, cfg: dict):
    """The torch module with the shipped layers and heads loaded over the bundled base."""
    import torch
    from safetensors.torch import load_file

    from drift.bundled import ensure_default_model
    net = build_torch(ensure_default_model(weights=True), cfg)
    state = load_file(str(path / "weights.safetensors"))
    missing = set(trainable_names(net, cfg["frozen_layers"])) - set(state)
    if missing:
        raise ModelError(f"pair model weights incomplete ({len(missing)} tensors missing) in {path}")
    net.load_state_dict({k: v.float() for k, v in state.items()}, strict=False)
    net.eval()
    torch.set_grad_enabled(False)
    return net


def _torch_runner(path: Path, cfg: dict):
    import torch
    net = load_net(path, cfg)

    def run(ids, mask):
        with torch.inference_mode():
            s, t = net(torch.from_numpy(ids), torch.from_numpy(mask))
        return s.numpy(), t.numpy()
    return run


def onnx_graph(version: str) -> Path:
    """Where the ONNX graph exported for the weights `version` lives (the model cache)."""
    from drift.bundled import cache_root
    return cache_root() / "models" / f"pairmodel-{version}.onnx"


def _onnx_runner(path: Path, cfg: dict, version: str):
    import onnxruntime as ort

    from drift.onnx_backend import complete, cpu_threads, ensure_split, no_spinning
    out = onnx_graph(version)
    if not complete(out):
        try:
            _export(path, cfg, out)
        except OSError as exc:
            from drift.errors import ModelError
            raise ModelError(f"cannot write the pair model's ONNX graph to {out.parent} "
                             f"({exc.strerror or exc}); set DRIFT_CACHE_DIR to a writable "
                             f"folder") from None
    ensure_split(out)
    _drop_stale(out)
    so = ort.SessionOptions()
    so.log_severity_level = 3
    so.intra_op_num_threads = cpu_threads()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    no_spinning(so)
    sess = ort.InferenceSession(str(out), so, providers=["CPUExecutionProvider"])

    def run(ids, mask):
        s, t = sess.run(None, {"ids": ids, "mask": mask})
        return s, t
    return run


def _export(path: Path, cfg: dict, out: Path) -> None:
    import os
    import sys
    import tempfile
    import warnings

    import torch
    print("drift: exporting the pair model to ONNX (once; about a minute)...", file=sys.stderr)
    net = load_net(path, cfg)
    out.parent.mkdir(parents=True, exist_ok=True)
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    fd, tmp = tempfile.mkstemp(suffix=".onnx", dir=out.parent)
    os.close(fd)
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(net, (ids, mask), tmp, input_names=["ids", "mask"],
                          output_names=["seq", "tok"], opset_version=17, dynamo=False,
                          dynamic_axes={"ids": {0: "b", 1: "n"}, "mask": {0: "b", 1: "n"},
                                        "seq": {0: "b"}, "tok": {0: "b", 1: "n"}})
    from drift.onnx_backend import save_split
    save_split(Path(tmp), out)


def _drop_stale(out: Path) -> None:
    """Remove the graphs of earlier pair-model weights (0.5 GB each) beside `out`."""
    from drift.onnx_backend import data_file

    for old in out.parent.glob("pairmodel-*.onnx"):
        if old != out:
            old.unlink(missing_ok=True)
            data_file(old).unlink(missing_ok=True)
