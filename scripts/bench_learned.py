"""Speed of the learned scorer against bare e5 cosine on the same pairs, cold (no cache).

    .venv/bin/python scripts/bench_learned.py --n 400      # timings only, no asserts

Pairs come from the held-out test split of scripts/make_pairs.py (or --pairs). Each figure is
measured after a warm-up call (models loaded, ONNX graphs exported), with the embedding cache off.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from drift.embed import Encoder
from drift.pairmodel import PairModel
from drift.score import Scorer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/pairs/test.jsonl"))
    ap.add_argument("--n", type=int, default=400)
    args = ap.parse_args()
    rows = [json.loads(x) for x in open(args.pairs, encoding="utf-8")]
    rows = random.Random(3).sample(rows, min(args.n, len(rows)))
    pairs = [(r["a"], r["b"]) for r in rows]
    langs = [(r["la"], r["lb"]) for r in rows]
    enc = Encoder(cache=None)
    enc.encode(["warm up"])
    pm = PairModel()
    pm.predict([("warm", "up")])
    scorer = Scorer(enc, pair_model=pm, mode="learned")
    scorer.score("warm up", "warm up")

    t0 = time.perf_counter()
    texts = sorted({t for p in pairs for t in p})
    vecs = dict(zip(texts, enc.encode(texts)))
    _ = [float(np.dot(vecs[a], vecs[b])) for a, b in pairs]
    cos_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pm.predict(pairs)
    pm_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    scorer.score_batch(pairs, langs=langs)
    full_s = time.perf_counter() - t0
    n = len(pairs)
    print(f"{n} pairs, cold (embedding cache off)")
    print(f"bare e5 cosine (sentence vectors):  {n / cos_s:7.1f} pairs/s")
    print(f"pair model alone:                   {n / pm_s:7.1f} pairs/s")
    print(f"full learned scoring:               {n / full_s:7.1f} pairs/s  "
          f"({cos_s / full_s:.2f}x the cosine's throughput)")
    print(f"signature: {scorer.signature}")


if __name__ == "__main__":
    main()
