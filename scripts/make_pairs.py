"""Build the learned pair model's training, validation and test pairs from ../shared/data.

Every pair is a JSON line: {"a", "b", "label" (0 faithful / 1 drift), "kind", "src",
"spans_a", "spans_b" (character spans of divergent words), "tags_a", "tags_b" ("known": the
spans are the whole truth for that side; "masked": unknown, no token loss on that side)}; a
drift pair made by an edit also holds "orig_a", "orig_b": the faithful pair before the edit (its
twin, for scripts/train_model.py --rank-weight).

Splits are by sentence: every multi-way row (all its languages), every Tatoeba English sentence,
every MLQE / MuCoW / MT-GenEval source goes to one split by a hash of its key, and a training pair
that shares any text (normalised) with a validation or test pair, or with ../shared/dev, is dropped.
Drift pairs are made by editing one side of a faithful pair (the edit's span is known), plus the
corpora's own contrastive annotations (MT-GenEval gender, MuCoW wrong sense, WMT21 critical errors).

    python scripts/make_pairs.py --data ../shared/data --out build/pairs --train 400000

`--fluent W` adds edits that leave a well-formed sentence (FLUENT, kinds "fluent omission" and
"fluent addition") at W times their listed weights; measured in docs/evaluation.md, not used
for the shipped model. `--paraphrases` adds freely worded German and Spanish renderings to the
NTREX rows, and `--free N` writes pairs with one freely worded side (free-{train,val,test}.jsonl;
the held-out ones measure how a scorer reads translations that are not literal); both measured in
docs/evaluation.md, not used for the shipped model. `--near N` writes pairs half of which have one
content word swapped for a near neighbour (near-{train,val,test}.jsonl; scripts/near_words.py).
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import random
import re
import sys
from pathlib import Path

# scripts/ is on the path when this runs as a script
from near_words import edit_near, lexicon
from pair_edits import EDITS, FLUENT, make_drift, norm
from sacremoses import MosesDetokenizer

csv.field_size_limit(sys.maxsize)

# NTREX / TICO / PUD column -> ISO 639-1 (only the languages we sample; others are skipped)
NTREX = {"eng": "en", "deu": "de", "fra": "fr", "spa": "es", "rus": "ru", "ita": "it", "por": "pt",
         "nld": "nl", "pol": "pl", "ukr": "uk", "ces": "cs", "slk": "sk", "swe": "sv", "dan": "da",
         "nob": "no", "fin": "fi", "hun": "hu", "ron": "ro", "ell": "el", "tur": "tr", "bul": "bg",
         "hrv": "hr", "slv": "sl", "lit": "lt", "lav": "lv", "est": "et", "cat": "ca", "arb": "ar",
         "heb": "he", "fas": "fa", "hin": "hi", "ben": "bn", "urd": "ur", "ind": "id", "msa": "ms",
         "vie": "vi", "tha": "th", "jpn": "ja", "kor": "ko", "zho-CN": "zh", "srp-Latn": "sr",
         "kat": "ka", "hye": "hy", "aze-Latn": "az", "kaz": "kk", "swa": "sw", "tam": "ta",
         "tel": "te", "mar": "mr", "isl": "is", "mkd": "mk", "sqi": "sq", "eus": "eu", "glg": "gl",
         "afr": "af", "fil": "tl"}
# same-language renderings in NTREX (independent or localised translations of one sentence)
NTREX_SAME = [("spa", "spa#ref2"), ("spa", "spa-MX"), ("spa#ref2", "spa-MX"), ("fra", "fra-CA"),
              ("por", "por-BR"), ("eng", "eng-GB"), ("eng", "eng-IN"), ("eng-US", "eng-IN"),
              ("zho-CN", "zho-TW"), ("nob", "nno")]
# WMT19's German references paraphrased "as much as possible" (Freitag et al. 2020): ARp from the
# AR reference, WMTp from the original WMT one (the HQ columns only repeat other columns)
DE_PARAPHRASED = ["deu_ARp", "deu_WMTp"]


def bucket(key: str) -> str:
    h = int(hashlib.md5(key.encode()).hexdigest()[:8], 16) % 20
    return "test" if h < 2 else "val" if h == 2 else "train"


# ---------------------------------------------------------------- faithful sources

def faithful_rows(data: Path, paraphrases: bool = False):
    """Yield (split key, [(lang, text), ...] renderings of one sentence, same-language pairs).

    `paraphrases`: NTREX rows also hold a second, freely worded rendering in German (one of
    WMT19's paraphrased references, chosen by the line's hash) and Spanish (NTREX's independent
    `spa#ref2`), so that cross-lingual faithful pairs and the bases of edits are not all literal
    translations; the German references also pair with each other as same-language renderings."""
    rows = []
    with open(data / "ntrex128/ntrex128.multiway.jsonl", encoding="utf-8") as f:
        ntrex = [json.loads(x) for x in f]
    de_refs, de_para = {}, {}
    with open(data / "wmt19_paraphrased_refs_de/newstest2019.en-de.multiref.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            de_refs[int(r["line"])] = r["deu_AR"]
            de_para[int(r["line"])] = _distinct([r.get(c) or "" for c in DE_PARAPHRASED])
    for r in ntrex:
        langs = [(iso, r[k]) for k, iso in NTREX.items() if r.get(k)]
        same = [(NTREX.get(x, x[:2] if x != "nno" else "no"), r[x], r[y]) for x, y in NTREX_SAME
                if r.get(x) and r.get(y) and norm(r[x]) != norm(r[y])]
        same = [(("es" if lg.startswith("sp") else "fr" if lg.startswith("fr") else
                  "pt" if lg.startswith("po") else "en" if lg.startswith("en") else
                  "zh" if lg.startswith("zh") else lg), x, y) for lg, x, y in same]
        if de_refs.get(r["line"]) and r.get("deu"):
            same.append(("de", r["deu"], de_refs[r["line"]]))
        if paraphrases:
            langs, same = _with_paraphrases(r, langs, same, de_refs.get(r["line"]),
                                            de_para.get(r["line"], []))
        rows.append((f"ntrex:{r['line']}", langs, same))
    with open(data / "tico19_test/tico19.test.multiway.jsonl", encoding="utf-8") as f:
        for x in f:
            r = json.loads(x)
            langs = [(k.split("_")[0], v) for k, v in r.items()
                     if isinstance(v, str) and re.fullmatch(r"[a-z]{2}(_[A-Z]{2})?", k) and v.strip()]
            rows.append((f"tico:{r['line']}", langs, []))
    with open(data / "ud_pud/pud.multiway.jsonl", encoding="utf-8") as f:
        for x in f:
            r = json.loads(x)
            langs = [(k, v) for k, v in r.items() if re.fullmatch(r"[a-z]{2}", k) and v]
            rows.append((f"pud:{r['sent_id']}", langs, []))
    with open(data / "tatoeba_laser/tatoeba_laser.xx-eng.tsv", encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(head, line.rstrip("\n").split("\t")))
            lang = _tatoeba_lang(r)
            if lang and r.get("text_eng") and r.get("text_xx"):
                rows.append((f"tatoeba:{norm(r['text_eng'])}",
                             [("en", r["text_eng"]), (lang, r["text_xx"])], []))
    with open(data / "mlqe_pe/multiref_et-en.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            src, refs = r["src_et"], [r["ref1_en"], r["ref2_en"]]
            if src and all(refs):
                rows.append((f"mlqe:{norm(src)}", [("et", src), ("en", refs[0])],
                             [("en", refs[0], refs[1])]))
    return rows


def _distinct(texts: list[str]) -> list[str]:
    out: list[str] = []
    for t in texts:
        if t.strip() and norm(t) not in {norm(x) for x in out}:
            out.append(t)
    return out


def _with_paraphrases(r: dict, langs: list, same: list, de_ref: str | None, de_para: list[str]):
    """An NTREX row's renderings and same-language pairs with the free renderings added."""
    langs, same = list(langs), list(same)
    seen = {norm(t) for _, t in langs}
    para = [t for t in de_para if norm(t) not in seen and norm(t) != norm(de_ref or "")]
    if para:
        pick = para[int(hashlib.md5(str(r["line"]).encode()).hexdigest()[:8], 16) % len(para)]
        langs.append(("de", pick))
        same += [("de", x, pick) for x in _distinct([r.get("deu") or "", de_ref or ""])]
    if r.get("spa#ref2") and norm(r["spa#ref2"]) not in seen:
        langs.append(("es", r["spa#ref2"]))
    return langs, same


def _tatoeba_lang(r: dict) -> str | None:
    code = r.get("lang") or ""
    iso = {v: v for v in NTREX.values()}
    three = {k: v for k, v in NTREX.items()}
    three.update({"cmn": "zh", "spa": "es", "ara": "ar", "zsm": "ms", "tgl": "tl", "nob": "no"})
    return three.get(code) or iso.get(code)




# ---------------------------------------------------------------- corpora's own annotations

def annotated(data: Path):
    """(split key, pair dict) from MT-GenEval, MuCoW, WMT21 critical errors, MLQE post-edits."""
    with open(data / "mt_geneval/mt_geneval.counterfactual.jsonl", encoding="utf-8") as f:
        for x in f:
            r = json.loads(x)
            lang = r["lp"].split("-")[1]
            key = f"geneval:{norm(r['en_masc'])}"
            for g, o in (("fem", "masc"), ("masc", "fem")):
                yield key, dict(a=r[f"en_{g}"], b=r[f"tgt_{g}"], la="en", lb=lang, label=0,
                                kind="faithful", src="mt_geneval")
                (sa, ta), (sb, tb) = _spans(r[f"en_{g}_spans"]), _spans(r[f"tgt_{o}_spans"])
                yield key, dict(a=r[f"en_{g}"], b=r[f"tgt_{o}"], la="en", lb=lang, label=1,
                                kind="gender", src="mt_geneval", spans_a=sa, spans_b=sb,
                                tags_a=ta, tags_b=tb)
    with open(data / "mucow_wsd_contrastive/mucow.scoring.jsonl", encoding="utf-8") as f:
        for x in f:
            r = json.loads(x)
            lang = r["lp"].split("-")[0]
            key = f"mucow:{norm(r['source'])}"
            yield key, dict(a=r["source"], b=r["reference"], la=lang, lb="en", label=0,
                            kind="faithful", src="mucow")
            yield key, dict(a=r["source"], b=r["contrastive"], la=lang, lb="en", label=1,
                            kind="sense", src="mucow", spans_a=[], spans_b=[r["contrastive_span"]],
                            tags_a="masked", tags_b="known")
    with open(data / WMT21, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["label"] == "ERR":
                yield wmt21_pair(r)
    with open(data / "mlqe_pe/mlqe_pe.wordlevel_da.jsonl", encoding="utf-8") as f:
        for x in f:
            r = json.loads(x)
            la, lb = r["lp"].split("-")
            pe = detok(r.get("pe_tok") or "", lb)
            if pe:
                yield f"mlqe:{norm(r['src'])}", dict(a=r["src"], b=pe, la=la, lb=lb, label=0,
                                                     kind="faithful", src="mlqe_pe")


WMT21 = "mlqe_pe/wmt21_critical_error_detection.tsv"


def wmt21_pair(r: dict) -> tuple[str, dict]:
    """(split key, pair) of one row of WMT21's critical-error file: label 1 for ERR, 0 for NOT
    (scripts/critical_pairs.py reads both; the training pairs here only ERR)."""
    la, lb = r["lp"].split("-")
    err = r["label"] == "ERR"
    return f"wmt21:{norm(r['src'])}", dict(
        a=r["src"], b=detok(r["mt"], lb), la=la, lb=lb, label=int(err),
        kind="critical" if err else "faithful", src="wmt21", tags_a="masked", tags_b="masked")


def _spans(spans: list) -> tuple[list, str]:
    """A side's annotated spans and whether its word tags are known: 7 of MT-GenEval's 12,000
    records give a span with no start ([null, 88]); that side's words are then left untagged."""
    if any(None in sp for sp in spans):
        return [], "masked"
    return spans, "known"


def detok(text: str, lang: str) -> str:
    """MLQE-PE's post-edits and WMT21's translations come tokenized ("nevidím nic ." , Chinese and
    Japanese with a space between words); a user's text does not. Left so, the spaces were a cue
    of their source: WMT21's rows are all drift here, MLQE-PE's all faithful. Moses' detokenizer
    (sacremoses, a kept library rather than more regexes) undoes it per language."""
    return _moses(lang).detokenize(text.split())


@functools.cache
def _moses(lang: str) -> MosesDetokenizer:
    return MosesDetokenizer(lang=lang)


# ---------------------------------------------------------------- assembly

def build(data: Path, out: Path, n_train: int, seed: int, dev: Path | None,
          fluent: float = 0.0, by_source: bool = False, paraphrases: bool = False,
          free: int = 0, near: int = 0) -> dict:
    rng = random.Random(seed)
    rows = faithful_rows(data, paraphrases)
    splits: dict[str, list] = {"train": [], "val": [], "test": []}
    for key, langs, same in rows:
        splits[bucket(key)].append((key, langs, same))
    ann: dict[str, list] = {"train": [], "val": [], "test": []}
    for key, p in annotated(data):
        ann[bucket(key)].append(p)
    held = set()
    for sp in ("val", "test"):
        for _, langs, same in splits[sp]:
            held |= {norm(t) for _, t in langs} | {norm(t) for _, x, y in same for t in (x, y)}
        held |= {norm(p[k]) for p in ann[sp] for k in ("a", "b")}
    if dev and dev.exists():
        with open(dev, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                held |= {norm(r["a"]), norm(r["b"])}
    sizes = {"train": n_train, "val": max(4000, n_train // 50), "test": max(8000, n_train // 40)}
    stats = {}
    out.mkdir(parents=True, exist_ok=True)
    for sp in ("train", "val", "test"):
        edits = EDITS + [(fn, w * fluent) for fn, w in FLUENT] if fluent else EDITS
        pairs = _sample(splits[sp], ann[sp], sizes[sp], rng, _pool(splits[sp]), edits, by_source)
        if sp == "train":
            before = len(pairs)
            pairs = _without_held(pairs, held)
            stats["train_dropped_overlap"] = before - len(pairs)
        with open(out / f"{sp}.jsonl", "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        stats[sp] = len(pairs)
        stats[f"{sp}_drift"] = sum(p["label"] for p in pairs)
    if free:
        stats.update(_write_extra(out, "free", splits, free, seed + 18, held, free_pairs))
    if near:
        lex = _near_lexicon(splits["train"])
        (out / "near-words.json").write_text(json.dumps(lex, ensure_ascii=False, sort_keys=True), "utf-8")
        stats.update(_write_extra(out, "near", splits, near, seed + 19, held, near_pairs, {"near": lex}))
    return stats


def _without_held(pairs: list[dict], held: set) -> list[dict]:
    """The pairs none of whose texts (the unedited twin's included) is held out."""
    sides = ("a", "b", "orig_a", "orig_b")
    return [p for p in pairs if not any(norm(p[k]) in held for k in sides if k in p)]


def _first_of_each(pairs: list[dict]) -> list[dict]:
    """The pairs without repeats of the same two texts, in their order."""
    seen, kept = set(), []
    for p in pairs:
        if (p["a"], p["b"]) not in seen:
            seen.add((p["a"], p["b"]))
            kept.append(p)
    return kept


def _write_extra(out: Path, name: str, splits: dict, n: int, seed: int, held: set, draw,
                 extra_pool: dict | None = None) -> dict:
    """{name}-{train,val,test}.jsonl: `draw` (free_pairs, near_pairs) drawn n, n / 5 and n / 3
    times; the held-out files without repeats, the training file without held-out text."""
    stats = {}
    for sp, k in (("train", n), ("val", n // 5), ("test", n // 3)):
        pairs = draw(splits[sp], k, random.Random(seed), _pool(splits[sp]) | (extra_pool or {}))
        if sp == "train":
            pairs = _without_held(pairs, held)
        else:
            pairs = _first_of_each(pairs)
        with open(out / f"{name}-{sp}.jsonl", "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        stats[f"{name}_{sp}"] = len(pairs)
    return stats


def _pool(rows) -> dict:
    by_lang: dict[str, list] = {}
    names: list[str] = []
    for _, langs, _ in rows:
        for lg, t in langs:
            by_lang.setdefault(lg, []).append(t)
            if lg == "en":
                names += [w for w in re.findall(r"(?<=\w )([A-Z][a-z]{2,})\b", t)]
    by_lang["names"] = sorted(set(names))
    return by_lang


def _sample(rows, ann, n, rng, pool, edits=EDITS, by_source=False):
    """Half faithful, half drift; faithful from multi-way and same-language renderings and the
    annotations; drift by editing faithful pairs, plus the annotations' own drift. The
    annotations are drawn half faithful, half drift, or (`by_source`) each at its corpus's own
    ratio, so that no corpus's style says which label to expect (MuCoW and MT-GenEval hold one
    faithful pair for each drift pair)."""
    out = []
    ann_f = [p for p in ann if p["label"] == 0]
    ann_d = [p for p in ann if p["label"] == 1]
    rows = _by_source(rows)
    while len(out) < n:
        r = rng.random()
        if r < 0.15 and ann:
            if by_source:
                p = dict(rng.choice(ann))
            else:
                p = dict(rng.choice(ann_f if rng.random() < 0.5 else ann_d))
            p.setdefault("spans_a", [])
            p.setdefault("spans_b", [])
            p.setdefault("tags_a", "known")
            p.setdefault("tags_b", "known")
        else:
            base = _faithful(rows, rng)
            if base is None:
                continue
            p = _faithful_or_edited(*base, rng, pool, edits)
            if p is None:
                continue
        out.append(_swapped(p) if rng.random() < 0.5 else p)  # either order
    return out


FREE_OTHER = ("en", "en", "en", "es", "fr", "ru", "it", "pt", "pl", "nl", "zh", "ja", "ar", "tr",
              "de", "uk")


def free_pairs(rows, n: int, rng, pool) -> list[dict]:
    """`n` draws of a cross-lingual pair with one freely worded side (a `--paraphrases`
    rendering of an NTREX row, against a plain translation of the row in another language, most
    often English), half faithful, half with an edit: held out, they measure how a scorer reads
    translations that are not literal; in training, they teach it that free wording is not drift."""
    ntrex = [langs for k, langs, _ in rows if k.startswith("ntrex:")]
    out = []
    for _ in range(n):
        plain, free = _plain_and_free(rng.choice(ntrex))
        if not free:
            continue
        lb, b = rng.choice(free)
        want = rng.choice(FREE_OTHER)
        cand = ([(lg, t) for lg, t in plain if lg == want and lg != lb]
                or [(lg, t) for lg, t in plain if lg == "en"])
        if not cand:
            continue
        p = _faithful_or_edited(cand[0][1], cand[0][0], b, lb, "ntrex-free", rng, pool)
        if p is not None:
            out.append(_swapped(p) if rng.random() < 0.5 else p)
    return out


def near_pairs(rows, n: int, rng, pool) -> list[dict]:
    """`n` draws of a faithful pair as `_sample` draws them, half left as they are and half with
    one content word swapped for a near neighbour (`near_words.edit_near`)."""
    by_source, out = _by_source(rows), []
    for _ in range(n):
        base = _faithful(by_source, rng)
        p = base and _faithful_or_edited(*base, rng, pool, [(edit_near, 1.0)])
        if p:
            out.append(_swapped(p) if rng.random() < 0.5 else p)
    return out


def _near_lexicon(rows) -> dict:
    """near_words.lexicon over the training rows' texts, embedded by the bundled model."""
    from drift.embed import Encoder

    texts: dict[str, list] = {}
    for _, langs, _same in rows:
        for lg, t in langs:
            texts.setdefault(lg, []).append(t)
    return lexicon(texts, Encoder().encode)


def _plain_and_free(langs: list) -> tuple[list, list]:
    """An NTREX row's renderings split into the plain ones (one per language) and the free ones
    that `_with_paraphrases` added after them (a second rendering in a language)."""
    plain, free, seen = [], [], set()
    for lg, t in langs:
        (free if lg in seen else plain).append((lg, t))
        seen.add(lg)
    return plain, free


def _faithful_or_edited(a, la, b, lb, src, rng, pool, edits=EDITS) -> dict | None:
    """The faithful pair (a, b) as it is, or (half the time) with one side edited (None when
    no edit applies)."""
    if rng.random() < 0.5:
        return dict(a=a, b=b, la=la, lb=lb, label=0, kind="faithful", src=src,
                    spans_a=[], spans_b=[], tags_a="known", tags_b="known")
    d = make_drift(a, la, b, lb, rng, pool, edits)
    if d is None:
        return None
    a2, b2, sa, sb, ta, tb, kind = d
    return dict(a=a2, b=b2, la=la, lb=lb, label=1, kind=kind, src=src,
                spans_a=sa, spans_b=sb, tags_a=ta, tags_b=tb, orig_a=a, orig_b=b)


def _swapped(p: dict) -> dict:
    """The pair with its sides swapped, the unedited twin's too."""
    q = dict(p, a=p["b"], b=p["a"], la=p["lb"], lb=p["la"], spans_a=p["spans_b"],
             spans_b=p["spans_a"], tags_a=p["tags_b"], tags_b=p["tags_a"])
    if "orig_a" in p:
        q["orig_a"], q["orig_b"] = p["orig_b"], p["orig_a"]
    return q


SOURCE_WEIGHTS = {"ntrex": 0.35, "tico": 0.15, "pud": 0.15, "tatoeba": 0.3, "mlqe": 0.05}


def _by_source(rows) -> dict:
    out: dict[str, list] = {}
    for r in rows:
        out.setdefault(r[0].split(":")[0], []).append(r)
    return out


def _faithful(rows, rng):
    names = [k for k in SOURCE_WEIGHTS if rows.get(k)]
    src = rng.choices(names, [SOURCE_WEIGHTS[k] for k in names])[0]
    key, langs, same = rng.choice(rows[src])
    if same and rng.random() < 0.3:
        lg, x, y = rng.choice(same)
        return x, lg, y, lg, "same:" + key.split(":")[0]
    if len(langs) < 2:
        return None
    en = [x for x in langs if x[0] == "en"]
    top = [x for x in langs if x[0] in ("de", "fr", "es", "ru", "it", "pt", "zh", "ja", "ko", "pl",
                                         "nl", "uk", "ar", "tr")]
    r = rng.random()
    if en and r < 0.55:
        x = en[0] if len(en) == 1 else rng.choice(en)
        y = rng.choice([t for t in (top if top and rng.random() < 0.6 else langs) if t[0] != "en"] or [x])
    else:
        x, y = rng.sample(top if len(top) >= 2 and rng.random() < 0.5 else langs, 2)
    if x is y or not x[1].strip() or not y[1].strip():
        return None
    return x[1], x[0], y[1], y[0], key.split(":")[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--dev", type=Path, default=Path("../shared/dev/en-es-divergence.tsv"))
    ap.add_argument("--out", type=Path, default=Path("build/pairs"))
    ap.add_argument("--train", type=int, default=400000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--fluent", type=float, default=0.0,
                    help="weight of the fluent edits (FLUENT) against the others; 0: none")
    ap.add_argument("--by-source", action="store_true",
                    help="draw the annotated pairs at each corpus's own faithful/drift ratio "
                         "instead of half and half over all of them (measured in docs/evaluation.md)")
    ap.add_argument("--paraphrases", action="store_true",
                    help="add freely worded German and Spanish renderings to the NTREX rows "
                         "(faithful pairs and bases of edits that are not literal translations)")
    ap.add_argument("--free", type=int, default=0, metavar="N",
                    help="with --paraphrases: also write free-{train,val,test}.jsonl, pairs with "
                         "one freely worded side (N draws for training, N/5 and N/3 held out)")
    ap.add_argument("--near", type=int, default=0, metavar="N",
                    help="also write near-{train,val,test}.jsonl: faithful pairs, half of them with "
                         "one content word swapped for a near neighbour (N draws for training, N/5 "
                         "and N/3 held out; the word lists embed the training split's words)")
    args = ap.parse_args()
    if args.near < 0:
        ap.error(f"--near is a number of draws, 0 or more, got {args.near}")
    if args.free and not args.paraphrases:
        ap.error("--free draws on the free renderings that --paraphrases adds: give both")
    if args.free < 0:
        ap.error(f"--free is a number of draws, 0 or more, got {args.free}")
    if args.fluent < 0:
        ap.error(f"--fluent is a weight: 0 (no fluent edits) or more, got {args.fluent}")
    stats = build(args.data, args.out, args.train, args.seed, args.dev, args.fluent, args.by_source,
                  args.paraphrases, args.free, args.near)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
