"""Fit the scorer's calibration on synthetic drift made from drift/data/parallel.tsv.

The parallel file holds sentences written for this project: English with one optional phrase in
[[...]], an English paraphrase, and es/de/fr/ru translations. Drift is made by editing the English
side (drop the phrase, add a phrase, flip negation, change a number, a name, a date, an
antonym); equivalents are the translations and paraphrases as written. No evaluation set is read.

    python scripts/calibrate.py            # writes drift/data/calibration.json
    python scripts/calibrate.py --cjk      # writes drift/data/calibration-cjk.json (with the zh/ja/ko pairs)
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drift.lexicon import ANTONYMS_EN  # noqa: E402
from drift.score import FEATURES, Calibration, Scorer  # noqa: E402

ADDITIONS = ["for the first time", "in secret", "according to unnamed officials",
             "despite strong protests", "with the help of the army", "under pressure from Moscow",
             "for a second time this year", "against the advice of experts"]
NAMES = ["Madrid", "Poland", "Johnson", "Tokyo", "Hungary", "Smith", "Warsaw", "Brazil"]
MONTHS = ["January", "March", "June", "September", "November"]
DAYS = ["Monday", "Tuesday", "Friday", "Sunday"]
PRIOR = 0.2
AUX = re.compile(r"\b(is|are|was|were|will|has|have|can|would|should)\b")


def clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s+([.,;:])", r"\1", s).replace(",.", ".")


def variants(src: str, k: int) -> list[tuple[str, str]]:
    """(kind, edited English) drift variants of one source sentence."""
    base = clean(src.replace("[[", "").replace("]]", ""))
    out = [("omission", clean(re.sub(r"\[\[.*?\]\]", "", src)))]
    add = ADDITIONS[k % len(ADDITIONS)]
    out.append(("addition", clean(base[:-1] + " " + add + base[-1])))
    if re.search(r"\b(not|never|no)\b", base):
        flipped = re.sub(r"\bnot\b ?", "", base, count=1)
        flipped = re.sub(r"\bnever\b", "always", flipped, count=1)
        out.append(("negation", clean(re.sub(r"\bno\b", "some", flipped, count=1))))
    elif AUX.search(base):
        out.append(("negation", AUX.sub(lambda m: m.group(1) + " not", base, count=1)))
    m = re.search(r"\d[\d,]*", base)
    if m:
        value = int(m.group().replace(",", ""))
        out.append(("number", base[:m.start()] + f"{value * 2 + 3:,}" + base[m.end():]))
    caps = [m for m in re.finditer(r"(?<=\s)[A-Z][a-z]+", base)]
    if caps:
        m = caps[0]
        out.append(("entity", base[:m.start()] + NAMES[k % len(NAMES)] + base[m.end():]))
    for table in (MONTHS, DAYS):
        hit = next((w for w in ["January", "February", "March", "April", "June", "July",
                                "August", "September", "October", "November", "December",
                                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                "Saturday", "Sunday"] if w in base and w in str(table)), None)
        if hit:
            other = next(x for x in table if x != hit)
            out.append(("date", base.replace(hit, other, 1)))
    for x, y in ANTONYMS_EN:
        if re.search(rf"\b{x}\b", base):
            out.append(("substitution", re.sub(rf"\b{x}\b", y, base, count=1)))
            break
    return out


def build_pairs() -> list[tuple[str, str, int, str]]:
    rows = list(csv.DictReader(open(ROOT / "drift/data/parallel.tsv", encoding="utf-8"),
                               delimiter="\t"))
    pairs = []
    for k, r in enumerate(rows):
        base = clean(r["en"].replace("[[", "").replace("]]", ""))
        refs = [r["es"], r["de"], r["fr"], r["ru"], r["en_para"]]
        for ref in refs:
            pairs.append((base, ref, 0, "equivalent"))
        for ref in refs[:4]:
            pairs.append((r["en_para"], ref, 0, "equivalent"))
        for kind, text in variants(r["en"], k):
            for ref in refs:
                pairs.append((text, ref, 1, kind))
    return pairs


def build_edit_pairs(cjk: bool = False) -> list[tuple[str, str, int, str]]:
    """Hand-written minimal edits (drift/data/edits.tsv): each row has a source sentence, an
    English rewrite that keeps the meaning, an English version with one subtle change of
    meaning (a dropped or added phrase, a changed detail, quantity, actor or modality), and
    es/de/fr/ru translations of the source (with `cjk`, the zh/ja/ko ones of 120 rows too)."""
    rows = list(csv.DictReader(open(ROOT / "drift/data/edits.tsv", encoding="utf-8"),
                               delimiter="\t"))
    pairs = []
    for r in rows:
        langs = ("es", "de", "fr", "ru") + (("zh", "ja", "ko") if cjk else ())
        refs = [r[lang] for lang in langs if (r.get(lang) or "").strip()]
        for ref in refs:
            pairs.append((r["src"], ref, 0, "equivalent"))
            pairs.append((r["para"], ref, 0, "equivalent"))
            pairs.append((r["drift"], ref, 1, "edit"))
        pairs.append((r["para"], r["src"], 0, "equivalent"))
        pairs.append((r["drift"], r["para"], 1, "edit"))
    return pairs


def build_ui_pairs() -> list[tuple[str, str, int, str]]:
    """Short interface strings (drift/data/ui.tsv) with their translations: equivalents, so
    that one- and two-word texts calibrate the support cut too. (No drift is made from them:
    a string swapped for another is trivially far and would only teach the fit cosine.)"""
    rows = list(csv.DictReader(open(ROOT / "drift/data/ui.tsv", encoding="utf-8"),
                               delimiter="\t"))
    return [(r["en"], r[lang], 0, "equivalent") for r in rows for lang in ("es", "de", "fr", "ru")]


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 4000):
    """Class-balanced L2 logistic regression with non-negative weights (projected gradient
    descent); returns (weights, bias). Non-negative because each feature is oriented so that a
    larger value means more drift: a fitted negative weight would only be collinearity noise."""
    w, b = np.zeros(x.shape[1]), 0.0
    cw = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * cw
        w -= 0.1 * (x.T @ g / len(y) + l2 * w)
        w = np.maximum(w, 0.0)  # every feature is oriented "more = more drift": monotone model
        b -= 0.1 * g.mean()
    return w, b


def main() -> None:
    cjk = "--cjk" in sys.argv[1:]  # calibration-cjk.json, for pairs with zh/ja/ko
    pairs = build_pairs() + build_edit_pairs(cjk) + build_ui_pairs()
    n = len(FEATURES)
    neutral = Calibration([0.0] * n, 0.0, [0.0] * n, [1.0] * n, 0.0, 1.0, "uncalibrated")
    scorer = Scorer(calibration=neutral)
    # pass 1: the low-support cut = 5th percentile of content-word support in equivalents
    supports, raw_supports = [], []
    from drift.align import align_projected
    texts = sorted({t for a, b, _, _ in pairs for t in (a, b)})
    scorer.encoder.encode(texts, output="tokens", show_progress=True)
    from drift.align import align, words
    from drift.langid import detect
    toks = dict(zip(texts, scorer.encoder.encode(texts, output="tokens")))
    for a, b, y, _ in pairs:
        if y:
            continue
        ta, tb = toks[a], toks[b]
        la, lb = detect(a), detect(b)
        wa, wb = words(ta, la), words(tb, lb)
        al = align_projected(wa, wb, scorer.projection_for(la, lb))
        supports += [al.support_a[i] for i, w in enumerate(wa) if w.content]
        supports += [al.support_b[j] for j, w in enumerate(wb) if w.content]
        raw = align(wa, wb)
        raw_supports += [raw.support_a[i] for i, w in enumerate(wa) if w.content]
        raw_supports += [raw.support_b[j] for j, w in enumerate(wb) if w.content]
    low = float(np.percentile(supports, 5))
    raw_low = float(np.percentile(raw_supports, 5))
    strong = float(np.percentile(supports, 50))
    # pass 2: the contrast margin = 99th percentile of the contrast gain in equivalents
    cut = Calibration([0.0] * n, 0.0, [0.0] * n, [1.0] * n, low, strong, "uncalibrated", 9.0, raw_low)
    scorer = Scorer(encoder=scorer.encoder, calibration=cut)
    results = scorer.score_batch([(a, b) for a, b, _, _ in pairs])
    gains = [r.features["contrast"] for r, p in zip(results, pairs) if p[2] == 0]
    margin = max(0.005, float(np.percentile(gains, 99)))
    cut = Calibration([0.0] * n, 0.0, [0.0] * n, [1.0] * n, low, strong, "uncalibrated", margin,
                      raw_low)
    scorer = Scorer(encoder=scorer.encoder, calibration=cut, all_features=True)
    results = scorer.score_batch([(a, b) for a, b, _, _ in pairs])
    x = np.array([[r.features[k] for k in FEATURES] for r in results])
    y = np.array([p[2] for p in pairs], dtype=float)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    w, b = fit_logistic((x - mean) / scale, y)
    # The fit is class-balanced (even odds). Real pairs drift far less often than half the
    # time, so shift the intercept to a stated prior: drift = P(meaning changed) for a pair
    # drawn where one pair in five drifts (Bayes: add the log prior odds).
    b += float(np.log(PRIOR / (1 - PRIOR)))
    out = {"weights": w.round(5).tolist(), "bias": round(float(b), 5),
           "mean": mean.round(5).tolist(), "scale": scale.round(5).tolist(),
           "low_support": round(low, 5), "strong_support": round(strong, 5),
           "raw_low_support": round(raw_low, 5),
           "contrast_margin": round(margin, 5), "prior": PRIOR,
           "version": "syn2", "features": FEATURES, "pairs": len(pairs),
           "drift_pairs": int(y.sum())}
    path = ROOT / ("drift/data/calibration-cjk.json" if cjk else "drift/data/calibration.json")
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    p = 1 / (1 + np.exp(-(((x - mean) / scale) @ w + b)))
    from drift.metrics import roc_auc
    print(f"pairs={len(pairs)} drift={int(y.sum())} low_support={low:.3f} margin={margin:.4f} "
          f"train AUC={roc_auc(y, p):.3f}")
    for k, v in zip(FEATURES, w):
        print(f"  {k:24s} {v:+.3f}")


if __name__ == "__main__":
    main()
