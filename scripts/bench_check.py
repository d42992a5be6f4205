"""`drift check` speed on a generated corpus of unit pairs: cold run, warm re-run, one change.

    .venv/bin/python scripts/bench_check.py              # 10,000 units (4 PO files)
    .venv/bin/python scripts/bench_check.py --units 2000

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


def make_corpus(folder: Path, n_units: int) -> None:
    rows = list(csv.DictReader(open(ROOT / "drift/data/parallel.tsv", encoding="utf-8"),
                               delimiter="\t"))
    per_lang = n_units // len(LANGS)
    for lang in LANGS:
        out = [f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n'
               f'"Content-Type: text/plain; charset=UTF-8\\n"\n']
        for k in range(per_lang):
            r = rows[k % len(rows)]
            src = r["en"].replace("[[", "").replace("]]", "") + f" (ref {k})"
            out.append(f"\nmsgid {po_quote(src)}\nmsgstr {po_quote(r[lang] + f' (ref {k})')}\n")
        (folder / f"{lang}.po").write_text("".join(out), "utf-8")


def run(folder: Path, cache: Path, *extra: str) -> float:
    env = dict(os.environ, DRIFT_CACHE_DIR=str(cache))
    t0 = time.perf_counter()
    proc = subprocess.run([str(ROOT / ".venv/bin/drift"), "check", str(folder), "--fail-on",
                           "never", "--format", "json", "-o", str(folder.parent / "r.json"), *extra],
                          env=env, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"drift check failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=10_000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="drift-bench-check-"))
    corpus = tmp / "corpus"
    corpus.mkdir()
    make_corpus(corpus, args.units)
    cache = tmp / "cache"
    shared_models = Path(os.environ.get("DRIFT_CACHE_DIR", Path.home() / ".cache/drift")) / "models"
    if shared_models.exists():
        shutil.copytree(shared_models, cache / "models")  # reuse the built model, not the caches
    n = args.units // len(LANGS) * len(LANGS)
    cold = run(corpus, cache)
    warm = run(corpus, cache)
    po = corpus / "de.po"
    po.write_text(po.read_text("utf-8").replace("(ref 7)\"\nmsgstr", "(ref 7!)\"\nmsgstr", 1), "utf-8")
    one = run(corpus, cache)
    print(f"units: {n}  cores: {os.cpu_count()}")
    print(f"cold (empty caches, model load): {cold:7.1f} s  {n / cold:8.0f} units/s")
    print(f"warm (unchanged re-run):        {warm:7.1f} s  {n / warm:8.0f} units/s  "
          f"speed-up x{cold / warm:.1f}")
    print(f"one unit changed:               {one:7.1f} s")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
