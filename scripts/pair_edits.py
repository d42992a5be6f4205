"""The edits that make drift pairs for scripts/make_pairs.py: each takes a text, its language, a
random generator, the other side of the pair and a pool of sentences and names, and returns the
edited text, the character spans of what it changed, the kind of change and, where the change is
also visible on the other side (a number or name copied there), the other side's spans; or None
when it does not apply. `make_drift` picks one by weight and edits one side of a faithful pair.
"""

from __future__ import annotations

import re

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
