"""A long fuzz run: the property tests of tests/test_robust.py (the scorer in both modes never
raises; the pair and corpus readers raise only their named errors) with many more examples
and a fresh seed per round, until the time is up.

    .venv/bin/python scripts/fuzz.py --minutes 60 --examples 400

Prints one line per round and a summary (rounds, examples per property, failures); a failing
round keeps pytest's output with Hypothesis' shrunk example in build/fuzz/round-N.log. Exit 1
if any round failed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROPERTIES = ["test_scorer_gives_a_result_or_a_row_error_for_any_two_strings",
              "test_learned_scorer_too", "test_pair_reader_raises_only_input_error",
              "test_corpus_reader_never_raises", "test_service_never_answers_500_to_any_body"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--examples", type=int, default=400, help="examples per property per round")
    ap.add_argument("--seed", type=int, default=0, help="seed of the seeds (rounds differ)")
    args = ap.parse_args()
    logs = ROOT / "build" / "fuzz"
    logs.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    end = time.time() + args.minutes * 60
    rounds = failed = 0
    sys.path.insert(0, str(ROOT))
    from drift.bundled import cache_root

    # the built models are reused from the user's cache (the tests' embedding cache stays apart)
    env = {**os.environ, "DRIFT_FUZZ_EXAMPLES": str(args.examples),
           "DRIFT_CACHE_DIR": str(cache_root())}
    while time.time() < end:
        rounds += 1
        seed = rng.randrange(2**32)
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
               f"--hypothesis-seed={seed}", str(ROOT / "tests" / "test_robust.py"),
               "-k", " or ".join(PROPERTIES)]
        start = time.time()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        ok = proc.returncode == 0
        if not ok:
            failed += 1
            (logs / f"round-{rounds}.log").write_text(proc.stdout + proc.stderr, "utf-8")
        print(f"round {rounds}: seed {seed}, {len(PROPERTIES)} properties x {args.examples} "
              f"examples, {'ok' if ok else 'FAILED'} ({time.time() - start:.0f} s)", flush=True)
    print(f"{rounds} rounds, {rounds * args.examples} examples per property "
          f"({rounds * args.examples * len(PROPERTIES)} in all), {failed} failed rounds")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
