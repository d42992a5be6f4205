"""Throughput of the local engine and of `--engine ray` with 1 and 2 actors, in one run.

    .venv/bin/python scripts/bench_scale.py --pairs 400

Each engine scores the same pairs (sentences of tests/data, a distinct tag per run so that
nothing is answered from the embedding cache, which starts empty in a temporary folder;
the built models are reused). Ray runs locally with one CPU per actor. A Ray run is timed on
N and on 2N pairs: the steady rate (N over the extra time) apart from the start of a run,
where the actors load the model. Prints pairs/s per engine, the per-actor rate and what it
projects for a million segments on a cluster. Timings only, nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pairs(n: int, tag: str) -> list[tuple[str, str]]:
    out = []
    for f in sorted((ROOT / "tests/data").glob("*.tsv")):
        with open(f, encoding="utf-8") as fh:
            out += [(r["a"], r["b"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                    if r.get("a") and r.get("b") and len(r["a"]) < 1000]
    return [(f"{a} ({tag} {k})", f"{b} ({tag} {k})") for k, (a, b) in enumerate((out * 10)[:n])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=400)
    ap.add_argument("--actors", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--nodes", type=int, default=16, help="cluster size for the projection")
    ap.add_argument("--cpus-per-node", type=int, default=16)
    args = ap.parse_args()
    from drift.bundled import cache_root

    tmp = Path(tempfile.mkdtemp(prefix="drift-bench-scale-"))
    for item in cache_root().glob("models"):
        shutil.copytree(item, tmp / "models", symlinks=True)
    for item in cache_root().glob("pairmodel-*.onnx"):
        shutil.copy(item, tmp / item.name)
    os.environ["DRIFT_CACHE_DIR"] = str(tmp)  # set before Ray starts: its workers inherit it

    import ray

    from drift.engine_ray import RayEngine
    from drift.score import Scorer

    scorer = Scorer()
    scorer.score("Warm up the model.", "Das Modell aufwärmen.")
    rates = {}
    times = []
    for size in (args.pairs, 2 * args.pairs):  # the same steady rate as for Ray below
        t = time.perf_counter()
        scorer.score_each(pairs(size, f"local-{size}"))
        times.append(time.perf_counter() - t)
    rates["local (one process, all cores)"] = args.pairs / (times[1] - times[0])
    t = time.perf_counter()
    ray.init(num_cpus=os.cpu_count(), include_dashboard=False, log_to_driver=False)
    start = time.perf_counter() - t
    loads = {}
    for n in args.actors:
        # each run starts its actors (they load the model): a run of N and one of 2N pairs
        # give the steady rate (N / the time the extra N took) and the start-up apart
        engine = RayEngine(scorer.signature, concurrency=n, batch_size=args.batch_size)
        times = []
        for size in (args.pairs, 2 * args.pairs):
            t = time.perf_counter()
            engine.score_each(pairs(size, f"ray{n}-{size}"))
            times.append(time.perf_counter() - t)
        rate = args.pairs / (times[1] - times[0])
        rates[f"ray, {n} actor{'s' if n > 1 else ''}"] = rate
        loads[n] = times[0] - args.pairs / rate
    ray.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{args.pairs} pairs, {os.cpu_count()} cores; Ray start-up {start:.1f} s (not counted)")
    for name, rate in rates.items():
        print(f"  {name:34s} {rate:6.2f} pairs/s")
    for n, load in loads.items():
        print(f"  ray, {n} actor(s): start of a run (actors load the model) about {load:.1f} s")
    one = rates.get("ray, 1 actor")
    if one:
        cluster = args.nodes * args.cpus_per_node
        hours = 1_000_000 / (one * cluster) / 3600
        print(f"per actor (1 CPU): {one:.2f} pairs/s -> 1,000,000 segments on {args.nodes} nodes x "
              f"{args.cpus_per_node} CPUs ({cluster} actors, if scaling stays linear): {hours:.2f} h")
    print(f"signature: {scorer.signature}")


if __name__ == "__main__":
    main()
