"""`drift check` speed and peak memory on a generated corpus of unit pairs: cold run, warm
re-run, one change.

    .venv/bin/python scripts/bench_check.py              # 10,000 distinct units (4 PO files)
    .venv/bin/python scripts/bench_check.py --units 100000 --distinct 2000

With --distinct N the units repeat N distinct texts (told apart by msgctxt): the run holds and
reports every unit while scoring only N pairs, so the memory of a large corpus can be measured
in minutes on two cores (the warm re-run then makes one result object per unit from the cache).

Units are the project's own parallel sentences (drift/data/parallel.tsv), made distinct by a
reference number on both sides. Each run is the real CLI in a fresh process with a fresh cache
folder (the built model is reused, so "cold" means empty embedding and result caches, model load
included). Timings only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["es", "de", "fr", "ru"]


def po_quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_corpus(folder: Path, n_units: int, distinct: int | None = None) -> None:
    rows = list(csv.DictReader(open(ROOT / "drift/data/parallel.tsv", encoding="utf-8"),
                               delimiter="\t"))
    per_lang = n_units // len(LANGS)
    for lang in LANGS:
        out = [f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
               f'"Content-Type: text/plain; charset=UTF-8\\n"\n']
        for n in range(per_lang):
            k = n % (distinct // len(LANGS)) if distinct else n
            r = rows[k % len(rows)]
            src = r["en"].replace("[[", "").replace("]]", "") + f" (ref {k})"
            ctx = f"msgctxt \"u{n}\"\n" if distinct else ""
            out.append(f"\n{ctx}msgid {po_quote(src)}\nmsgstr {po_quote(r[lang] + f' (ref {k})')}\n")
        (folder / f"{lang}.po").write_text("".join(out), "utf-8")


def run(folder: Path, cache: Path, *extra: str) -> tuple[float, float]:
    """Seconds and peak resident memory (GiB) of one `drift check` in a new process."""
    env = dict(os.environ, DRIFT_CACHE_DIR=str(cache))
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(ROOT / ".venv/bin/drift"), "check", str(folder), "--fail-on",
                                 "never", "--format", "json", "-o", str(folder.parent / "r.json"),
                                 *extra], env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak, not the largest so far
        proc.returncode = os.waitstatus_to_exitcode(status)
        dt = time.perf_counter() - t0
        if proc.returncode != 0:
            err.seek(0)
            sys.exit(f"drift check failed ({proc.returncode}): {err.read()[-2000:].decode()}")
    return dt, usage.ru_maxrss / 2**20  # kB on Linux


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=10_000)
    ap.add_argument("--distinct", type=int, default=None,
                    help="distinct texts among the units (default: all distinct)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="drift-bench-check-"))
    corpus = tmp / "corpus"
    corpus.mkdir()
    make_corpus(corpus, args.units, args.distinct)
    cache = tmp / "cache"
    shared_models = Path(os.environ.get("DRIFT_CACHE_DIR", Path.home() / ".cache/drift")) / "models"
    if shared_models.exists():
        shutil.copytree(shared_models, cache / "models")  # reuse the built model, not the caches
    n = args.units // len(LANGS) * len(LANGS)
    (cold, cold_mem), (warm, warm_mem) = run(corpus, cache), run(corpus, cache)
    po = corpus / "de.po"
    po.write_text(po.read_text("utf-8").replace("(ref 7)\"\nmsgstr", "(ref 7!)\"\nmsgstr", 1), "utf-8")
    one, one_mem = run(corpus, cache)
    print(f"units: {n}  distinct: {args.distinct or n}  cores: {os.cpu_count()}")
    print(f"cold (empty caches, model load): {cold:7.1f} s  {n / cold:8.0f} units/s  "
          f"peak {cold_mem:.2f} GiB")
    print(f"warm (unchanged re-run):        {warm:7.1f} s  {n / warm:8.0f} units/s  "
          f"peak {warm_mem:.2f} GiB  speed-up x{cold / warm:.1f}")
    print(f"one unit changed:               {one:7.1f} s  peak {one_mem:.2f} GiB")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
