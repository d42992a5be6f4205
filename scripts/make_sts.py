"""Pairs from the multilingual STS Benchmark: fluent, human-written near paraphrases with a graded
similarity (0–5), in the pairs format of scripts/make_pairs.py.

STS-B's two sentences were written independently (two captions of one image, an SNLI premise and
hypothesis); a pair scored 4 "mostly equivalent, some unimportant details differ" ("A woman jumps
and poses for the camera." / "A woman poses for the camera.") is the kind of divergence the
generated edits of make_pairs.py lack: fluent on both sides. The 11 languages are DeepL
translations of the English rows (stsb-multi-mt), so one row gives same-language pairs in any of
them and cross-lingual pairs between any two.

Labels: faithful for a score of at least --faithful (4.6), drift for at most --drift (4.0); rows
in between are left out. Only the `images` and `track5.en-en` rows are used: the Stack Exchange
rows carry attribution terms the data cannot meet (see the corpus's SOURCE.md). Rows are split by
their first English sentence (--val and --test shares); a training row that shares any text, in
any language, with a validation or test row or with ../shared/dev is dropped. No word spans are
known: both sides' tags are "masked".

    python scripts/make_sts.py --out build/sts
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
from pathlib import Path

from pair_edits import norm  # the same normalisation as the other pair sets

LANGS = ("en", "de", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru", "zh")
FILE = "stsb_multi_mt_permissive/stsb_multi_mt.permissive_subset.multiway.jsonl"
KEEP_FILES = {"images", "track5.en-en"}


def split_of(key: str, val: float, test: float) -> str:
    h = int(hashlib.md5(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < test else "val" if h < test + val else "train"


def label_of(score: float, faithful: float, drift: float) -> int | None:
    if score >= faithful:
        return 0
    if score <= drift:
        return 1
    return None


def combos(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """English–English first, then a same-language pair in another language, then cross-lingual
    pairs (two different languages, either one English or not)."""
    out = [("en", "en")]
    lg = rng.choice(LANGS[1:])
    out.append((lg, lg))
    while len(out) < n:
        x, y = rng.sample(LANGS, 2)
        if (x, y) not in out:
            out.append((x, y))
    return out


def pair(r: dict, la: str, lb: str, label: int, rng: random.Random) -> dict:
    a, b = r[f"{la}_s1"], r[f"{lb}_s2"]
    if rng.random() < 0.5:
        a, b, la, lb = b, a, lb, la
    return dict(a=a, b=b, la=la, lb=lb, label=label, kind="sts", src="stsb",
                score=r["score"], spans_a=[], spans_b=[], tags_a="masked", tags_b="masked")


def translations(r: dict, rng: random.Random, n: int) -> list[dict]:
    """`n` faithful pairs of one sentence of a row in two languages (the corpus's translations of
    it): short captions whose wording matches, so that the style of STS-B is not itself a cue."""
    out = []
    for _ in range(n):
        i = rng.choice((1, 2))
        la, lb = rng.sample(LANGS, 2)
        out.append(dict(a=r[f"{la}_s{i}"], b=r[f"{lb}_s{i}"], la=la, lb=lb, label=0,
                        kind="sts-translation", src="stsb", score=None, spans_a=[], spans_b=[],
                        tags_a="masked", tags_b="masked"))
    return out


def build(data: Path, out: Path, seed: int, per_row: int, eval_per_row: int, faithful: float,
          drift: float, val: float, test: float, dev: Path | None, faithful_repeat: int = 1,
          n_translations: int = 0) -> dict:
    rows = [json.loads(x) for x in open(data / FILE, encoding="utf-8")]
    rows = [r for r in rows if r["file"] in KEEP_FILES]
    by_split: dict[str, list] = {"train": [], "val": [], "test": []}
    for r in rows:
        by_split[split_of("sts:" + norm(r["en_s1"]), val, test)].append(r)
    held = {norm(r[f"{lg}_s{i}"]) for sp in ("val", "test") for r in by_split[sp]
            for lg in LANGS for i in (1, 2)}
    if dev and dev.exists():
        with open(dev, encoding="utf-8") as f:
            for d in csv.DictReader(f, delimiter="\t"):
                held |= {norm(d["a"]), norm(d["b"])}
    rng, trng = random.Random(seed), random.Random(seed + 1)
    stats: dict = {}
    out.mkdir(parents=True, exist_ok=True)
    for sp in ("train", "val", "test"):
        pairs, more, dropped = [], [], 0
        for r in by_split[sp]:
            if sp == "train" and any(norm(r[f"{lg}_s{i}"]) in held for lg in LANGS for i in (1, 2)):
                dropped += 1
                continue
            lab = label_of(r["score"], faithful, drift)
            k = per_row if sp == "train" else eval_per_row
            for la, lb in combos(rng, k):
                p = pair(r, la, lb, -1 if lab is None else lab, rng)
                if lab is not None or sp != "train":
                    pairs += [p] * (faithful_repeat if sp == "train" and lab == 0 else 1)
            more += translations(r, trng, n_translations)
        pairs += more
        with open(out / f"{sp}.jsonl", "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        stats[sp] = len(pairs)
        stats[f"{sp}_drift"] = sum(p["label"] == 1 for p in pairs)
        stats[f"{sp}_faithful"] = sum(p["label"] == 0 for p in pairs)
        stats[f"{sp}_translations"] = len(more)
        stats[f"{sp}_dropped_rows"] = dropped
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--dev", type=Path, default=Path("../shared/dev/en-es-divergence.tsv"))
    ap.add_argument("--out", type=Path, default=Path("build/sts"))
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--per-row", type=int, default=8, help="language pairs per training row")
    ap.add_argument("--eval-per-row", type=int, default=3,
                    help="language pairs per validation or test row (en–en, xx–xx, one cross-lingual)")
    ap.add_argument("--faithful", type=float, default=4.6, help="lowest score labelled faithful")
    ap.add_argument("--drift", type=float, default=4.0, help="highest score labelled drift")
    ap.add_argument("--faithful-repeat", type=int, default=1,
                    help="write each faithful training pair this many times (STS-B has few)")
    ap.add_argument("--translations", type=int, default=0,
                    help="faithful pairs per row made of one sentence in two of its languages "
                         "(kind sts-translation; written after the graded pairs)")
    ap.add_argument("--val", type=float, default=0.2, help="share of rows for validation")
    ap.add_argument("--test", type=float, default=0.3, help="share of rows for test")
    args = ap.parse_args()
    if not args.drift < args.faithful:
        ap.error(f"--drift ({args.drift}) must be below --faithful ({args.faithful})")
    if not (0 <= args.val and 0 <= args.test and args.val + args.test < 1):
        ap.error("--val and --test are shares of the rows: each 0 or more, together below 1")
    if not (args.data / FILE).is_file():
        ap.error(f"{args.data / FILE} not found: --data is the folder holding "
                 f"{FILE.split('/')[0]}/ (../shared/data)")
    stats = build(args.data, args.out, args.seed, args.per_row, args.eval_per_row, args.faithful,
                  args.drift, args.val, args.test, args.dev,
                  args.faithful_repeat, args.translations)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
