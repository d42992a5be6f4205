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
docs/evaluation.md, not used for the shipped model.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

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
NO_SPACE = {"zh", "ja", "th", "ko"}  # ko has spaces, but words are long; edits go by characters too

# English edits with known meaning changes: groups of mutually exclusive words
CONTRAST_GROUPS = [g.split() for g in """
all some | all most | every some | most few | many few | always never | always sometimes |
will might | must may | should may | certainly possibly | slightly sharply | small large |
short long | young old | high low | higher lower | more less | early late | earlier later |
first last | before after | above below | north south | east west | northern southern |
eastern western | inside outside | public private | local foreign | free paid | cheap expensive |
rich poor | hot cold | open closed | increase decrease | increased decreased | rise fall |
rose fell | won lost | win lose | accept reject | accepted rejected | allowed banned |
support oppose | supported opposed | bought sold | buy sell | began ended | man woman |
men women | son daughter | husband wife | father mother | brother sister | boy girl |
day night | morning evening | spring autumn | summer winter | yesterday tomorrow | today yesterday |
daily weekly monthly | minutes hours days | weeks months years | hundreds thousands millions |
confirmed denied | partly fully | easy difficult | safe dangerous | legal illegal | true false |
strong weak | quickly slowly | best worst | better worse | success failure | killed injured |
arrested released | increase cut | raised lowered | approve reject | approved rejected |
friend enemy | peace war | agreed refused | likely unlikely | possible impossible |
new old | big small | largest smallest | highest lowest | positive negative | win loss |
republicans democrats | left right | up down | in out | south north | city country |
January March | February April | May June | July August | September November | October December |
Monday Wednesday | Tuesday Thursday | Friday Sunday | Saturday Friday
""".replace("\n", " ").split("|") if g.strip()]
PRONOUNS = {"he": "she", "she": "he", "his": "her", "him": "her", "himself": "herself",
            "herself": "himself", "we": "they", "they": "we", "our": "their", "their": "our",
            "i": "we", "you": "they"}
AUX = r"\b(is|are|was|were|will|would|can|could|should|has|have|had|does|do|did|must|may|might)\b"
HEDGES = ["reportedly", "allegedly", "possibly", "probably", "apparently"]
VAGUE = ["several", "some", "many", "a few", "dozens of"]
TENSE = {"is": "was", "are": "were", "was": "is", "were": "are", "has": "had", "will": "would"}
# negation words removable without breaking the sentence, per language (cue, what remains)
NEG_DROP = {"en": r"\b(not |n't|never )", "es": r"\b(no |nunca )", "de": r"\b(nicht |nie )",
            "fr": r"\b(ne |n')(\w+)( pas| jamais)", "ru": r"(?<!\w)(не |никогда не )",
            "it": r"\b(non )", "pt": r"\b(não )", "nl": r"\b(niet |nooit )", "pl": r"(?<!\w)(nie )",
            "uk": r"(?<!\w)(не )", "sv": r"\b(inte |aldrig )", "cs": r"(?<!\w)(ne)(?=[a-zá-ž]{3})"}
NEG_ADD = {"es": ("no ", r"\b(es|son|está|están|fue|fueron|será|ha|han|puede|pueden|tiene|tienen)\b"),
           "it": ("non ", r"\b(è|sono|era|erano|sarà|ha|hanno|può|possono)\b"),
           "pt": ("não ", r"\b(é|são|foi|foram|será|tem|têm|pode|podem)\b"),
           "ru": ("не ", r"(?<!\w)(будет|может|могут|был|была|были|является|есть|хотят|хочет)(?!\w)"),
           "uk": ("не ", r"(?<!\w)(буде|може|можуть|був|була|були|є)(?!\w)"),
           "pl": ("nie ", r"(?<!\w)(jest|są|był|była|było|będzie|może|mogą|ma|mają)(?!\w)")}
NEG_AFTER = {"de": (" nicht", r"\b(ist|sind|war|waren|wird|werden|hat|haben|kann|können)\b"),
             "nl": (" niet", r"\b(is|zijn|was|waren|wordt|worden|heeft|hebben|kan|kunnen)\b"),
             "sv": (" inte", r"\b(är|var|blir|har|kan|ska|kommer)\b"),
             "fr": (" pas", r"\b(est|sont|était|sera|a|ont|peut|peuvent)\b")}


def norm(t: str) -> str:
    return re.sub(r"\W+", " ", t.lower()).strip()


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



# ---------------------------------------------------------------- edits

def words(text: str):
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def core(text: str, s: int, e: int) -> tuple[int, int]:
    """A word's span without surrounding punctuation."""
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return s, e


def replace(text: str, s: int, e: int, new: str):
    return text[:s] + new + text[e:], [(s, s + len(new))]


def match_case(src: str, new: str) -> str:
    if src[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _cap(t: str) -> str:
    return t[:1].upper() + t[1:]


def edit_number(text, lang, rng, other, pool):
    ms = list(re.finditer(r"\d+(?:[.,]\d+)?", text))
    ms = [m for m in ms if not re.fullmatch(r"(19|20)\d\d", m.group())] or ms
    if not ms:
        return None
    m = rng.choice(ms)
    digits = m.group()
    if re.fullmatch(r"(19|20)\d\d", digits):
        new = str(int(digits) + rng.choice([-3, -2, -1, 1, 2, 5, 10]))
    else:
        v = int(re.sub(r"\D", "", digits) or 0)
        choice = rng.random()
        if choice < 0.4:
            new = str(v + rng.choice([1, 2, 3, 5, 10, 20, 100]))
        elif choice < 0.7:
            new = str(max(0, v * rng.choice([2, 3, 10]) if v else rng.randint(2, 9)))
        else:
            new = str(v // 2 if v > 3 else v + 7)
        if "." in digits or "," in digits:
            sep = "." if "." in digits else ","
            new = new + sep + digits.split(sep)[1]
    if new == digits:
        return None
    t, sp = replace(text, m.start(), m.end(), new)
    counter = [(k.start(), k.end()) for k in re.finditer(re.escape(digits), other)]
    return t, sp, "number", counter if len(counter) == 1 else None


def edit_name(text, lang, rng, other, pool):
    ws = words(text)
    cands = []
    for i, (s, e) in enumerate(ws):
        s, e = core(text, s, e)
        w = text[s:e]
        if i > 0 and len(w) >= 3 and w[:1].isupper() and w.isalpha() and other.count(w) == 1:
            cands.append((s, e, w))
    if not cands:
        return None
    s, e, w = rng.choice(cands)
    names = [x for x in pool.get("names", []) if x != w and x not in text and x not in other]
    if not names:
        return None
    new = rng.choice(names)
    t, sp = replace(text, s, e, new)
    k = other.index(w)
    return t, sp, "entity", [(k, k + len(w))]


def edit_contrast(text, lang, rng, other, pool):
    if lang != "en":
        return None
    hits = []
    for g in CONTRAST_GROUPS:
        for w in g:
            for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I if w.islower() else 0):
                hits.append((m.start(), m.end(), w, g))
    if not hits:
        return None
    s, e, w, g = rng.choice(hits)
    new = rng.choice([x for x in g if x != w])
    t, sp = replace(text, s, e, match_case(text[s:e], new))
    return t, sp, "substitution", None


def edit_pronoun(text, lang, rng, other, pool):
    if lang != "en":
        return None
    ms = [m for m in re.finditer(r"\b(\w+)\b", text) if m.group().lower() in PRONOUNS]
    if not ms:
        return None
    m = rng.choice(ms)
    new = PRONOUNS[m.group().lower()]
    new = "I" if new == "i" else match_case(m.group(), new)
    t, sp = replace(text, m.start(), m.end(), new)
    return t, sp, "entity", None


def edit_negation(text, lang, rng, other, pool):
    """Add or drop a negation: the span is the negated verb (added cue included)."""
    if lang == "en":
        drops = list(re.finditer(r"\b(\w+)(n't| not| never)\b", text))
        adds = [m for m in re.finditer(AUX, text)
                if not re.match(r"\s*(not|n't|never|no)\b", text[m.end():])]
        if drops and (not adds or rng.random() < 0.5):
            m = rng.choice(drops)
            word = m.group(1)
            if m.group(2) == "n't":
                word = {"won": "will", "can": "can", "don": "do", "didn": "did", "doesn": "does",
                        "isn": "is", "aren": "are", "wasn": "was", "weren": "were", "hasn": "has",
                        "haven": "have", "couldn": "could", "wouldn": "would", "shouldn": "should"
                        }.get(word.lower(), None)
                if word is None:
                    return None
                word = match_case(m.group(1), word)
            t, sp = replace(text, m.start(), m.end(), word)
            return t, sp, "negation", None
        if not adds:
            return None
        m = rng.choice(adds)
        new = m.group() + (" not" if m.group().lower() != "can" else "not")
        t, sp = replace(text, m.start(), m.end(), new)
        return t, sp, "negation", None
    if lang in NEG_DROP and (rng.random() < 0.5 or (lang not in NEG_ADD and lang not in NEG_AFTER)):
        ms = list(re.finditer(NEG_DROP[lang], text))
        if ms:
            m = rng.choice(ms)
            if lang == "fr":
                new = m.group(2)
            elif lang == "cs":
                new = ""
            else:
                new = ""
            t = text[:m.start()] + new + text[m.end():]
            # the span: the word now standing where the cue was
            ws = [(s, e) for s, e in words(t) if e > m.start()]
            if not ws:
                return None
            return t, [ws[0]], "negation", None
    if lang in NEG_ADD:
        cue, verbs = NEG_ADD[lang]
        ms = [m for m in re.finditer(verbs, text) if not text[:m.start()].rstrip().endswith(cue.strip())]
        if ms:
            m = rng.choice(ms)
            t, sp = replace(text, m.start(), m.end(), cue + m.group())
            return t, sp, "negation", None
    if lang in NEG_AFTER:
        cue, verbs = NEG_AFTER[lang]
        ms = [m for m in re.finditer(verbs, text) if not text[m.end():].startswith(cue)]
        if ms:
            m = rng.choice(ms)
            if lang == "fr":
                new = ("n'" if m.group()[0] in "aeé" else "ne ") + m.group() + cue
            else:
                new = m.group() + cue
            t, sp = replace(text, m.start(), m.end(), new)
            return t, sp, "negation", None
    return None


def edit_hedge(text, lang, rng, other, pool):
    if lang != "en":
        return None
    ms = list(re.finditer(AUX, text))
    if not ms:
        return None
    m = rng.choice(ms)
    h = rng.choice(HEDGES)
    t = text[:m.end()] + " " + h + text[m.end():]
    return t, [(m.end() + 1, m.end() + 1 + len(h))], "hedge", None


def edit_tense(text, lang, rng, other, pool):
    if lang != "en":
        return None
    ms = [m for m in re.finditer(r"\b(\w+)\b", text) if m.group() in TENSE]
    if not ms:
        return None
    m = rng.choice(ms)
    t, sp = replace(text, m.start(), m.end(), TENSE[m.group()])
    return t, sp, "tense", None


def edit_vague(text, lang, rng, other, pool):
    if lang != "en":
        return None
    ms = [m for m in re.finditer(r"\b\d[\d,]*\b(?= [a-z])", text)
          if not re.fullmatch(r"(19|20)\d\d", m.group())]
    if not ms:
        return None
    m = rng.choice(ms)
    t, sp = replace(text, m.start(), m.end(), rng.choice(VAGUE))
    counter = [(k.start(), k.end()) for k in re.finditer(re.escape(m.group()), other)]
    return t, sp, "vaguer", counter if len(counter) == 1 else None


def _units(text, lang):
    """Edit units: words, or runs of characters for languages written without spaces."""
    if lang in NO_SPACE and len(words(text)) < 4:
        return [(i, i + 1) for i, c in enumerate(text) if c.isalnum()]
    return [core(text, s, e) for s, e in words(text)]


def _content(text, lang, s, e):
    w = text[s:e]
    return len(w) >= (1 if lang in NO_SPACE else 4) and any(c.isalpha() for c in w)


def edit_delete(text, lang, rng, other, pool):
    """Drop a clause between commas or a run of 1-4 words with a content word."""
    clauses = [m for m in re.finditer(r"(?<=[,;]) [^,;.]{12,}?(?=[,;])", text)]
    if clauses and rng.random() < 0.5:
        m = rng.choice(clauses)
        t = text[:m.start() - 1] + text[m.end():]
        if len(t) < 0.4 * len(text):
            return None
        return t, [], "omission", None
    us = _units(text, lang)
    if len(us) < 5:
        return None
    n = min(rng.randint(1, 4 if lang not in NO_SPACE else 6), len(us) - 3)
    i = rng.randrange(0, len(us) - n)  # never the last unit
    s, e = us[i][0], us[i + n - 1][1]
    if not any(_content(text, lang, a, b) for a, b in us[i:i + n]):
        return None
    t = (text[:s] + text[e:]).replace("  ", " ")
    if i == 0:
        t = _cap(t.lstrip())
    return t, [], "omission", None


def _chunk(pool, lang, rng, lo, hi):
    sents = pool.get(lang) or []
    if not sents:
        return None
    s = rng.choice(sents)
    us = _units(s, lang)
    if len(us) < hi + 1:
        return None
    n = rng.randint(lo, hi)
    i = rng.randrange(0, len(us) - n)
    c = s[us[i][0]:us[i + n - 1][1]]
    return c if any(ch.isalpha() for ch in c) else None


def edit_insert(text, lang, rng, other, pool):
    c = _chunk(pool, lang, rng, 2, 6)
    if not c:
        return None
    us = _units(text, lang)
    if len(us) < 3:
        return None
    i = rng.randrange(1, len(us))
    pos = us[i][0]
    sep = "" if lang in NO_SPACE and " " not in text else " "
    if rng.random() < 0.3 and lang not in NO_SPACE:
        new = ", " + c.lower() + ","
        pos = us[i - 1][1]
        t = text[:pos] + new + text[pos:]
        return t, [(pos + 2, pos + 2 + len(c))], "addition", None
    t = text[:pos] + c + sep + text[pos:]
    return t, [(pos, pos + len(c))], "addition", None


def edit_phrase(text, lang, rng, other, pool):
    c = _chunk(pool, lang, rng, 1, 4)
    us = _units(text, lang)
    if not c or len(us) < 4:
        return None
    n = rng.randint(1, 3)
    i = rng.randrange(0, len(us) - n + 1)
    s, e = us[i][0], us[i + n - 1][1]
    if not any(_content(text, lang, a, b) for a, b in us[i:i + n]) or norm(text[s:e]) == norm(c):
        return None
    t, sp = replace(text, s, e, match_case(text[s:e], c) if i == 0 else c)
    return t, sp, "substitution", None


def edit_swap(text, lang, rng, other, pool):
    """Two content words trade places (who did what to whom)."""
    us = [u for u in _units(text, lang) if _content(text, lang, *u)]
    if len(us) < 4:
        return None
    i, j = sorted(rng.sample(range(len(us)), 2))
    (s1, e1), (s2, e2) = us[i], us[j]
    w1, w2 = text[s1:e1], text[s2:e2]
    if w1.lower() == w2.lower() or j - i < 2:
        return None
    t = text[:s1] + w2 + text[e1:s2] + w1 + text[e2:]
    d = len(w2) - len(w1)
    return t, [(s1, s1 + len(w2)), (s2 + d, s2 + d + len(w1))], "role", None


# fluent edits: the edited sentence still reads as well formed, so the model cannot tell an edit by
# its broken grammar (dropped openers and tails, list items, brackets, sentences; English adjuncts)
LIST_AND = {"en": "and|or", "es": "y|o|e", "de": "und|oder", "fr": "et|ou", "it": "e|o|ed",
            "pt": "e|ou", "nl": "en|of", "ru": "и|или", "uk": "і|та|або", "pl": "i|oraz|lub",
            "sv": "och|eller", "da": "og|eller", "no": "og|eller", "cs": "a|nebo", "ro": "și|sau",
            "ca": "i|o", "fi": "ja|tai", "tr": "ve|veya"}
ADJUNCTS = ["last year", "for the first time", "in the north", "at night", "on Monday",
            "according to officials", "in most cases", "without warning", "for a short time",
            "in secret", "by mistake", "every year", "in the capital", "after the war",
            "under pressure", "despite the protests", "with the army's help", "at a loss",
            "for the third time", "before the election", "in two stages", "on a trial basis",
            "at the request of the government", "in exchange for money", "without permission"]


def edit_drop_lead(text, lang, rng, other, pool):
    """Drop an opening phrase before the first comma ("Like some experts, he ..." -> "He ...")."""
    m = re.match(r"([^,;:\"«»()]{6,70}), (?=\w)", text)
    if not m or lang in NO_SPACE or len(m.group()) > 0.45 * len(text):
        return None
    return _cap(text[m.end():]), [], "fluent omission", None


def edit_drop_tail(text, lang, rng, other, pool):
    """Drop a closing phrase after the last comma ("..., usually with practice." -> "...")."""
    m = re.search(r", ([^,;:\"«»()]{8,90}?)([.!?。]?)$", text)
    if not m or lang in NO_SPACE or len(m.group()) > 0.45 * len(text) or (
            lang in LIST_AND and re.match(rf"(?:{LIST_AND[lang]}) ", m.group(1))):
        return None
    return text[:m.start()] + m.group(2), [], "fluent omission", None


def edit_drop_item(text, lang, rng, other, pool):
    """Drop one item of a list ("A, B and C" -> "A and C")."""
    if lang not in LIST_AND:
        return None
    item = r"[^\W\d][\w'-]*(?: [^\W\d][\w'-]*){0,2}"
    ms = list(re.finditer(rf"({item}), ({item}),? (?:{LIST_AND[lang]}) ({item})", text))
    if not ms:
        return None
    m = rng.choice(ms)  # the middle item goes, and a serial comma before the conjunction
    t = text[:m.start(2) - 2] + re.sub(r"^,(?= )", "", text[m.end(2):])
    return t, [], "fluent omission", None


def edit_drop_paren(text, lang, rng, other, pool):
    ms = list(re.finditer(r" ?[(（][^()（）]{2,60}[)）]", text))
    if not ms:
        return None
    m = rng.choice(ms)
    return text[:m.start()] + text[m.end():], [], "fluent omission", None


def edit_drop_sentence(text, lang, rng, other, pool):
    parts = re.split(r"(?<=[.!?。])\s+(?=\W?[^\W\d_])", text)
    if len(parts) < 2:
        return None
    i = rng.randrange(len(parts))
    t = " ".join(parts[:i] + parts[i + 1:])
    if len(t) < 0.4 * len(text):
        return None
    return t, [], "fluent omission", None


def edit_add_adjunct(text, lang, rng, other, pool):
    """Add an English adjunct before the final full stop ("... the plan." -> "... the plan last year.")."""
    if lang != "en" or not re.search(r"\w[.!]$", text):
        return None
    adj = rng.choice(ADJUNCTS)
    if adj.lower() in text.lower():
        return None
    pos = len(text) - 1
    return text[:pos] + " " + adj + text[pos:], [(pos + 1, pos + 1 + len(adj))], "fluent addition", None


EDITS = [(edit_number, 2.0), (edit_name, 1.5), (edit_contrast, 3.0), (edit_pronoun, 1.0),
         (edit_negation, 3.0), (edit_hedge, 0.7), (edit_tense, 0.5), (edit_vague, 0.7),
         (edit_delete, 3.0), (edit_insert, 2.5), (edit_phrase, 2.5), (edit_swap, 1.0)]
FLUENT = [(edit_drop_lead, 2.0), (edit_drop_tail, 2.0), (edit_drop_item, 1.5),
          (edit_drop_paren, 1.0), (edit_drop_sentence, 1.0), (edit_add_adjunct, 1.5)]


def make_drift(a, la, b, lb, rng, pool, edits=EDITS):
    """Edit one side of the faithful pair (a, b): (a', b', spans_a, spans_b, tags, kind)."""
    side = rng.random() < 0.5
    if la == "en" and lb != "en" and rng.random() < 0.6:
        side = True  # English-only edits have the widest range
    if lb == "en" and la != "en" and rng.random() < 0.6:
        side = False
    text, lang, other = (a, la, b) if side else (b, lb, a)
    fns, ws = zip(*edits)
    for _ in range(6):
        fn = rng.choices(fns, ws)[0]
        out = fn(text, lang, rng, other, pool)
        if out is None or norm(out[0]) == norm(text):
            continue
        t, spans, kind, counter = out
        own_tags = "known"
        other_tags = "known" if counter else "masked"
        counter = counter or []
        if side:
            return t, b, spans, counter, own_tags, other_tags, kind
        return a, t, counter, spans, other_tags, own_tags, kind
    return None


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
    with open(data / "mlqe_pe/wmt21_critical_error_detection.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["label"] == "ERR":
                la, lb = r["lp"].split("-")
                yield f"wmt21:{norm(r['src'])}", dict(
                    a=r["src"], b=r["mt"], la=la, lb=lb, label=1, kind="critical", src="wmt21",
                    tags_a="masked", tags_b="masked")
    with open(data / "mlqe_pe/mlqe_pe.wordlevel_da.jsonl", encoding="utf-8") as f:
        for x in f:
            r = json.loads(x)
            la, lb = r["lp"].split("-")
            pe = _detok(r.get("pe_tok") or "")
            if pe:
                yield f"mlqe:{norm(r['src'])}", dict(a=r["src"], b=pe, la=la, lb=lb, label=0,
                                                     kind="faithful", src="mlqe_pe")


def _spans(spans: list) -> tuple[list, str]:
    """A side's annotated spans and whether its word tags are known: 7 of MT-GenEval's 12,000
    records give a span with no start ([null, 88]); that side's words are then left untagged."""
    if any(None in sp for sp in spans):
        return [], "masked"
    return spans, "known"


def _detok(t: str) -> str:
    t = re.sub(r" ([.,!?;:%)\]])", r"\1", t)
    return re.sub(r"([(\[]) ", r"\1", t)


# ---------------------------------------------------------------- assembly

def build(data: Path, out: Path, n_train: int, seed: int, dev: Path | None,
          fluent: float = 0.0, by_source: bool = False, paraphrases: bool = False,
          free: int = 0) -> dict:
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
        stats.update(_write_free(out, splits, free, seed, held))
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


def _write_free(out: Path, splits: dict, n: int, seed: int, held: set) -> dict:
    """free-{train,val,test}.jsonl: `free_pairs` drawn n, n / 5 and n / 3 times; the held-out
    files without repeats, the training file without held-out text."""
    stats = {}
    for sp, k in (("train", n), ("val", n // 5), ("test", n // 3)):
        pairs = free_pairs(splits[sp], k, random.Random(seed + 18), _pool(splits[sp]))
        if sp == "train":
            pairs = _without_held(pairs, held)
        else:
            pairs = _first_of_each(pairs)
        with open(out / f"free-{sp}.jsonl", "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        stats[f"free_{sp}"] = len(pairs)
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
    args = ap.parse_args()
    if args.free and not args.paraphrases:
        ap.error("--free draws on the free renderings that --paraphrases adds: give both")
    if args.free < 0:
        ap.error(f"--free is a number of draws, 0 or more, got {args.free}")
    if args.fluent < 0:
        ap.error(f"--fluent is a weight: 0 (no fluent edits) or more, got {args.fluent}")
    stats = build(args.data, args.out, args.train, args.seed, args.dev, args.fluent, args.by_source,
                  args.paraphrases, args.free)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
