"""Negation: negation words, particles and concord per language, lexical negatives ("refused",
"denied") and negated comparatives.

Catches a dropped or added "not"; must not fire on double negation that affirms, negative
concord ("ni ... ni ... no") or an idiom whose negation is the same in both renderings."""

from __future__ import annotations

import re

from drift.align import Alignment
from drift.checks.base import (
    _ANTONYMS,
    _OPENERS,
    Finding,
    Side,
    _cut,
    _initial,
    _memo,
    _overlaps,
    _pole_words,
    _span,
    _word_index,
    make,
)
from drift.checks.numbers import (
    numbers,
)
from drift.lexicon import (
    AFFIRMING_AFTER_NEGATION,
    AFFIRMING_AFTER_WITHOUT,
    AFFIRMING_FILLERS,
    CJK_NEG_LEXICAL,
    CJK_NEGATION,
    CONCORD,
    CONTRACTION_NEG,
    CS_SK_NEGATED_PAST,
    EXCEPTIVES,
    JA_NEGATION,
    KO_NEGATION,
    NEG_LEXICAL,
    NEG_PREFIX,
    NEGATED_VERBS_ARE_CUES,
    NEGATING_PHRASES,
    NEGATION,
    NEGATION_BEFORE_HYPHEN,
    NEGATION_CLIPPED_BY,
    NEGATION_PARTICLES,
    NOT_NEGATIONS,
    OPPOSITES,
    OPTIONAL_NEGATING_PHRASES,
    SUPERLATIVE_EVER,
    TR_NEGATION,
    UNTIL_NEGATION,
    UNTIL_NEGATION_MID_CLAUSE,
)


# -- negation ------------------------------------------------------------------------------
def reads_negation(lang: str) -> bool:
    """Whether drift has the negation cues of `lang` (drift/lang/<lang>.toml, or the patterns
    of Chinese, Japanese, Korean and Turkish). `negations` reads any other language with the
    English cues (a quoted English "not" still counts), but its parity is not compared."""
    return lang in NEGATION or lang in ("zh", "ja", "ko", "tr")


def negations(side: Side) -> list[tuple[int, int]]:
    return _memo(side, "negations", _negations_uncached)


def _negations_uncached(side: Side) -> list[tuple[int, int]]:
    """Spans of negations, one per negated clause (concord words after a cue do not count)."""
    if side.lang in ("zh", "ja", "ko"):
        rx = {"zh": CJK_NEGATION, "ja": JA_NEGATION, "ko": KO_NEGATION}[side.lang]
        return [m.span() for m in re.finditer(rx, side.text)]
    if side.lang == "tr":
        return [_span(w) for k, w in enumerate(side.words) if len(w.text) >= 3  # "yok" too
                and re.search(TR_NEGATION, w.text.lower()) and not _tr_or(side, k)
                and not _tr_yok_verb(side, k)]
    cues = NEGATION.get(side.lang, NEGATION["en"])
    concord = CONCORD.get(side.lang, set())
    particles = NEGATION_PARTICLES.get(side.lang if side.lang in NEGATION else "en", set())
    clipped_by = NEGATION_CLIPPED_BY.get(side.lang, ())
    hyphened = NEGATION_BEFORE_HYPHEN.get(side.lang, set())
    ever, superl = SUPERLATIVE_EVER.get(side.lang, (set(), set()))
    spans, last_cue, last_concord = [], -99, False
    for k, w in enumerate(side.words):
        low = w.text.lower().replace("’", "'")
        is_cue = low in cues or low.endswith(CONTRACTION_NEG) or (side.lang == "fr" and low in ("ne", "n'")) \
            or (side.lang in ("cs", "sk") and re.match(CS_SK_NEGATED_PAST, low) is not None)
        if side.lang == "fr" and low == "pas" and (_clause_start(side, k) or not _ne_before(side, k)):
            is_cue = True  # "Pas de connexion", "mais pas aux ultimatums", "non pas aux pays
            # pauvres": a negation without "ne"
        reach = 2 if last_cue >= 0 and side.words[last_cue].text.lower() in _PREP_NEG else 8
        new_clause = low == "nor" and k > 0 and side.words[k - 1].text in ",;"
        if low in concord and k - last_cue <= reach and _same_clause(side, last_cue, k) \
                and not new_clause:  # ", nor will they …" negates a second clause
            last_cue, last_concord = k, True
            continue  # "no … nada", "sin nada"; not "sin director, algo que nunca …"
        if is_cue and side.lang == "fr" and low in ("ne", "n'") and _lone_ne(side, k):
            continue  # "ne … que" = only; "avant qu'elle ne disparaisse": no negation
        if is_cue and last_concord and (low in particles or side.lang in NEGATED_VERBS_ARE_CUES) \
                and k - last_cue <= (10 if side.lang == "ru" else 6) \
                and _same_clause(side, last_cue, k) and not new_clause:  # "Ни ответа, ни … мы до
            # сих пор не получили": one negation
            last_cue, last_concord = k, False  # once: "никогда не угрожали и не собираемся"
            continue  # "никогда не", "nadie no", "nikdy jsi nevěřila": the verb's negation
            # repeats the pronoun's
        if is_cue and low == "n" and side.text[w.end:w.end + 1] not in clipped_by:
            continue  # a letter ("terminaison N", "N-terminal"), not "n'" nor Romanian "n-a"
        if is_cue and (low in particles or side.lang in NEGATED_VERBS_ARE_CUES) and _after_until(side, k):
            continue  # "пока … не обнаружили" = until they found: no negation
        if is_cue and _not_a_negation(side, k):
            continue
        if is_cue and _fixed_phrase(side, k):
            continue  # "hàng không" (aviation), "không khí" (air)
        if is_cue and side.text[w.end:w.end + 1] == "-" and low not in hyphened:
            continue  # part of a compound noun: "sans-abri", "sin-sentido" (Tagalog "di-" negates)
        if low in ever and any(x.text.lower() in superl for x in side.words[max(0, k - 3):k]):
            continue
        nxt = side.words[k + 1].text.lower() if k + 1 < len(side.words) else ""
        if is_cue and _affirming_next(side, k):
            continue  # "sin duda", "without a doubt", "sans doute", "sin embargo": no negation
        if is_cue and nxt in ("choice", "alternative") and k + 2 < len(side.words) \
                and side.words[k + 2].text.lower() == "but":
            continue  # "no choice but to respond" = must respond ("we had no choice" stays)
        if is_cue and _negative_prefix(side, k + 1):
            continue  # "not unlimited", "nicht ungewöhnlich", "не невозможно": two negations
        if is_cue and _negated_comparative(side, k):
            continue  # "не меньше двух часов" = at least two hours: a qualifier of the number
        is_cue = is_cue or _ends_negating_phrase(side, k)
        if is_cue:
            spans.append(_span(w))
            last_cue, last_concord = k, low in concord
    return spans


def _phrase_at(side: Side, start: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words of `side` from `start` on are `phrase` (lower case)."""
    return start >= 0 and tuple(w.text.lower() for w in side.words[start:start + len(phrase)]) == phrase


def _fixed_phrase(side: Side, k: int) -> bool:
    """Whether the cue at word `k` stands inside one of its language's phrases that negate
    nothing (`not_negations` in the language file: Vietnamese "hàng không", aviation)."""
    low = side.words[k].text.lower()
    return any(_phrase_at(side, k - at, phrase) for phrase in NOT_NEGATIONS.get(side.lang, ())
               for at, word in enumerate(phrase) if word == low)


# "or" before a negation that closes its clause: "if it helped or not" asks, it negates nothing
# ("whether or not it agrees" stays: dropping it makes a condition)
_OR = {"or", "o", "u", "ou", "oder", "или", "либо", "чи", "або", "czy", "lub", "albo", "of",
       "eller", "nebo", "alebo", "sau", "vagy", "tai", "ή", "veya"}


def _not_a_negation(side: Side, k: int) -> bool:
    """Cue words that negate nothing where they stand: "No. 4" and "No 4" (number); "… or
    not." closing a clause (an alternative); Estonian "ära" inside a clause (a verb particle:
    "ära kasutama"; the prohibitive opens its clause: "Ära mine!"); a negative pronoun before
    an exceptive ("nothing but", "nichts außer": only)."""
    low = side.words[k].text.lower()
    after = side.text[side.words[k].end:side.words[k].end + 3]
    if low == "no" and re.match(r"\.?\s?\d", after):
        return True
    last = k + 1 >= len(side.words) or not _same_clause(side, k, k + 1) \
        or not side.words[k + 1].text[:1].isalnum()
    if k > 0 and side.words[k - 1].text.lower() in _OR and last:
        return True
    pronouns, exceptives = EXCEPTIVES.get(side.lang, (set(), set()))
    if low in pronouns:  # "nothing but wait", "nobody came except John": only
        for j in range(k + 1, min(k + 4, len(side.words))):
            if not side.words[j].text[:1].isalnum() or not _same_clause(side, k, j):
                break
            if side.words[j].text.lower() in exceptives:
                return True
    if side.lang == "et" and low == "ära":
        return not (_clause_start(side, k) or (k > 0 and side.words[k - 1].text.lower() == "palun"))
    return False


def _affirming_next(side: Side, k: int) -> bool:
    """Whether the negation at word k affirms ("without delay", "sin embargo"); after a
    preposition ("without", "fără") up to two fillers may stand between ("without any doubt",
    "fără nici un dubiu"; "not a question of money" stays a negation)."""
    cue = side.words[k].text.lower()
    without = cue in _WITHOUT
    words = AFFIRMING_AFTER_NEGATION + (AFFIRMING_AFTER_WITHOUT if without or (
        side.lang == "en" and cue == "no") else ())
    for w in side.words[k + 1:k + (4 if without else 2)]:
        low = w.text.lower()
        if low.startswith(words):
            return True
        if low not in AFFIRMING_FILLERS:
            return False
    return False


# the question particle and its forms (mi, mı, misin, mıydı), not "misafir" or "müdür"
_TR_QUESTION = re.compile(r"^(?:mi|mı|mu|mü)(?:$|y[dıiuü]|s[ıiuü]n)")


def _tr_yok_verb(side: Side, k: int) -> bool:
    """Whether Turkish "yok" at `k` is part of a verb: "yok etti" (destroyed), "yok oldu"
    (vanished), "yok saydı" (ignored)."""
    nxt = side.words[k + 1].text.lower() if k + 1 < len(side.words) else ""
    return side.words[k].text.lower() == "yok" and nxt.startswith(("et", "ed", "ol", "say"))


def _tr_or(side: Side, k: int) -> bool:
    """Whether Turkish "yoksa" at `k` is "or" (a question particle in its sentence: "devlet mi
    yoksa …", "… yoksa o mu?"), not "if there is not" ("para yoksa")."""
    if side.words[k].text.lower() != "yoksa":
        return False
    y = side.words[k]
    return any(_TR_QUESTION.match(w.text.lower()) and
               not re.search(r"[.!?]", side.text[min(w.end, y.end):max(w.start, y.start)])
               for w in side.words if w is not y)


_PREP_NEG = {"sin", "sans", "without", "ohne", "без", "senza", "sem"}
# "without" and its kin for the affirming idioms (xx.toml); Romanian "fără" is not in _PREP_NEG,
# whose concord reach and double negation it would change
_WITHOUT = _PREP_NEG | {"fără"}
# "than" after the comparatives below (en, de, es and fr, ru)
_THAN = {"than", "als", "que", "чем"}
_AMOUNT_COMPARATIVES = {"more", "less", "fewer", "más", "menos", "mehr", "weniger", "больше",
                        "меньше", "более", "менее", "plus", "moins"}


def _negated_comparative(side: Side, k: int) -> bool:
    """Whether the negation at word `k` negates a comparative of amount before "than" or a
    number: "no more than a sewer" (merely), "not more than 10", "no menos de diez", "nicht
    weniger als zehn", "не меньше двух", "n'y a pas moins de dix" (French: the comparative
    after "pas", up to four words on)."""
    words = side.words
    reach = 4 if side.lang == "fr" else 1
    for j in range(k + 1, min(k + 1 + reach, len(words))):
        low = words[j].text.lower()
        if low in _AMOUNT_COMPARATIVES and (j == k + 1 or words[j - 1].text.lower() == "pas"):
            if j + 1 < len(words) and words[j + 1].text.lower() in _THAN:
                return True  # "no more than a sewer" (merely), "nicht mehr als", "не более чем"
            end = words[min(j + 3, len(words) - 1)].end
            return any(words[j].end <= s < end + 1 for _, (s, _e), _u in numbers(side))
    return False


def _ne_before(side: Side, k: int) -> bool:
    """Whether a French "ne" / "n'" stands before word `k` in its clause, within eight words
    (the "ne" of "ne … pas", so "pas" is no negation of its own)."""
    for j in range(k - 1, max(-1, k - 9), -1):
        if side.text[side.words[j].end:side.words[j + 1].start].strip(" ") and \
                re.search(r"[,.;:!?]", side.text[side.words[j].end:side.words[j + 1].start]):
            return False
        if side.words[j].text.lower().replace("’", "'") in ("ne", "n'", "n") or side.words[j].text in ",;":
            return side.words[j].text not in ",;"
    return False


def _clause_start(side: Side, k: int) -> bool:
    return _initial(side.text, side.words[k].start, _OPENERS + ",;")
_FR_NEG_PARTS = {"pas", "jamais", "rien", "plus", "personne", "aucun", "aucune", "nullement",
                 "point", "guère", "ni", "nul", "nulle", "nulle part"}


def _lone_ne(side: Side, k: int) -> bool:
    """French "ne" without "pas", "jamais", "rien" … in the next six words of its clause: "ne …
    que" (only) or the expletive "ne" ("avant qu'elle ne parte"), neither a negation."""
    for j in range(k + 1, min(len(side.words), k + 7)):
        if not _same_clause(side, k, j):
            break
        if side.words[j].text.lower() in _FR_NEG_PARTS:
            return False
    before = side.words[max(0, k - 3):k]  # "personne n'a été blessé", "rien n'a changé"
    return not any(w.text.lower() in _FR_NEG_PARTS for w in before)


def _after_until(side: Side, k: int) -> bool:
    """Whether the negation at `k` follows an "until" of its language's `until_negation` list
    in its clause (an expletive negation: "пока не получим", "поки не переможемо", "dopóki nie",
    "докато не", "sve dok ne", "finché non" = until). A single word must open the clause
    (mid-clause "пока" is "not yet": "сроки пока не определены") unless the language's
    `until_negation_mid_clause` says it may stand anywhere; a phrase that ends with the
    negation itself ("enquanto não") must end at it (", enquanto a temperatura não parece" is
    "whereas it does not seem")."""
    anywhere = side.lang in UNTIL_NEGATION_MID_CLAUSE
    cue = side.words[k].text.lower()
    for phrase in UNTIL_NEGATION.get(side.lang, []):
        if phrase[-1] == cue:
            if _phrase_at(side, k - len(phrase) + 1, phrase):
                return True
            continue
        for i in range(max(0, k - 8), k - len(phrase) + 1):
            if _phrase_at(side, i, phrase) and _same_clause(side, i, k) and (
                    anywhere or len(phrase) > 1 or i == 0
                    or side.words[i - 1].text in (",", ";", "—", "–", ":")):
                return True
    return False


def _ends_negating_phrase(side: Side, k: int, only_optional: bool = False) -> bool:
    """Whether word `k` ends "rather than", "instead of", "en lugar de", "statt" … (with
    `only_optional`, only one of the optional phrases: "yet to")."""
    listed = [] if only_optional else NEGATING_PHRASES.get(side.lang, [])
    for phrase in listed + OPTIONAL_NEGATING_PHRASES.get(side.lang, []):
        if _phrase_at(side, k - len(phrase) + 1, phrase):
            # a word must follow in the clause: "fand 2021 statt." is the verb stattfinden
            return (k + 1 < len(side.words) and side.words[k + 1].text[:1].isalnum()
                    and _same_clause(side, k, k + 1))
    return False


def negated_at(side: Side, span: tuple[int, int]) -> bool:
    """Whether a negation cue stands within the three words before `span` in its clause:
    "will not open" reads as "closed", so a contrast test on "open" there is meaningless."""
    idx = _word_index(side, span)
    if idx is None:
        idx = next((i for i, w in enumerate(side.words) if w.start >= span[0]), len(side.words))
    starts = {s for s, _ in negations(side)}
    return any(side.words[i].start in starts and _same_clause(side, i, idx)
               for i in range(max(0, idx - 3), idx))


def _same_clause(side: Side, i: int, j: int) -> bool:
    if i < 0:
        return False
    between = side.text[side.words[i].end:side.words[j].start]
    return not re.search(r"[.;:!?]", between)


_TURN_DOWN = re.compile(r"\b(?:turn(?:s|ed|ing)?\b(?:\s+[\w'’]+){0,3}?\s+down"
                        r"|rul(?:e|es|ed|ing)\b(?:\s+[\w'’]+){0,3}?\s+out"
                        r"|call(?:s|ed|ing)?\b(?:\s+[\w'’]+){0,3}?\s+off"
                        r"|out(?=\s+of\s+(?:stock|order|service|range|date|memory|space|reach|"
                        r"print|office|work|sync)))\b", re.I)
_DISMISSED_CLAIMS = re.compile(r"\b(dismiss(?:ed|es|ing)?)\s+(?:the\s+|these\s+|those\s+|such\s+|all\s+)?"
                               r"(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|accusations?|"
                               r"speculation)\b", re.I)
_WAS_DECLINED = re.compile(r"\b(?:was|were|been|is|are|be|being|gets|got)\s+(declined)\b", re.I)
# "schloss … aus" (= rule out), "fällt … aus" (= is cancelled): German separable verbs
_DE_RULE_OUT = re.compile(r"\b(?:schl(?:oss|ossen|ießt|ießen|ieße)|f(?:ällt|allen|iel|ielen))\b"
                          r"(?:\s+[\w'’]+){0,6}?\s+aus\b"
                          r"|\b(?:wies|wiesen|weist|weisen)\b(?:\s+[\w'’]+){0,6}?\s+zurück\b", re.I)


def lexical_negatives(side: Side) -> list[tuple[int, int]]:
    return _memo(side, "lexical_negatives", _lexical_negatives_uncached)


def _lexical_negatives_uncached(side: Side) -> list[tuple[int, int]]:
    """Words of negative polarity (NEG_LEXICAL), and phrases such as "turned … down"."""
    table = NEG_LEXICAL.get(side.lang, set())
    out = [_span(w) for w in side.words if w.text.lower() in table]
    if side.lang in CJK_NEG_LEXICAL:
        out += [m.span() for m in re.finditer(CJK_NEG_LEXICAL[side.lang], side.text)]
    phrase = {"en": _TURN_DOWN, "de": _DE_RULE_OUT}.get(side.lang)
    if phrase:  # "turned … down" (= rejected), "ruled … out", "schloss … aus" (= excluded)
        out += [(m.start(), m.start() + len(m.group().split()[0])) for m in phrase.finditer(side.text)]
    if side.lang == "en":  # "your card was declined" = rejected ("prices declined" = fell);
        # "dismissed the reports" = denied them ("dismissed the minister" = fired him)
        out += [m.span(1) for m in _WAS_DECLINED.finditer(side.text)]
        out += [m.span(1) for m in _DISMISSED_CLAIMS.finditer(side.text)]
    short = _NOT_ENOUGH.get(side.lang)
    if short:  # "too little" = "not enough", "privées de", "gave up", "pushed … back", "dejó de"
        out += [next(m.span(k) for k in range(1, m.re.groups + 1) if m.group(k))
                for m in short.finditer(side.text)]
    vote = _VOTED_AGAINST.get(side.lang)
    if vote:  # "voted against" = "voted no"
        out += [m.span(1) for m in vote.finditer(side.text)]
    return out


# Phrases of negative polarity: too little (= not enough), deprived of (= without), stop
# doing (= no longer), pushed back / put off (= postponed). Group 1 is the word reported.
_NOT_ENOUGH = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in {
    "en": r"\b(too)\s+(?:little|few)\b"
          r"|\b(declin(?:e|ed|es|ing))\s+to\s+\w+"  # "declined to comment" = refused
          r"|\b(cut|cuts|knocked\s+out|lost|loses|lose)\s+(?:the\s+|their\s+|its\s+)?"
          r"(?:power|electricity|water|gas|heating)\b"  # = left without power
          r"|\b(sold)\s+out\b"  # = none left
          r"|\b(push(?:ed|es|ing)?)\s+(?:[\w'’]+\s+){0,3}?back\b(?!\s+(?:against|at|on)\b)"
          r"|\b(put(?:s|ting)?)\s+(?:[\w'’]+\s+){0,3}?off\b"
          r"|\b(stop(?:s|ped|ping)?|quit(?:s|ting)?)\s+\w+ing\b",
    "es": r"\b(demasiado)\s+poc[oa]s?\b"
          r"|(?<!colección )(?<!empresa )(?<!escuela )(?<!universidad )(?<!clínica )"
          r"(?<!propiedad )(?<!vida )(?<!compañía )(?<!cuenta )(?<!fiesta )(?<!reunión )"
          r"\b(privad[oa]s?)\s+de(?:l|\s+la|\s+los|\s+las)?\s+(?!(?-i:[A-ZÁÉÍÓÚÑ]))"
          r"|\b(dej(?:a|an|ó|aron|ará|arán|ar|ado))\s+de\s+\w+(?:ar|er|ir)\b",
    "fr": r"\b(trop)\s+peu\b"
          r"|(?<!collection )(?<!entreprise )(?<!école )(?<!université )(?<!clinique )"
          r"(?<!propriété )(?<!vie )(?<!société )(?<!fête )(?<!réunion )(?<!compagnie )"
          r"\b(priv[ée]e?s?)\s+(?:de\s+|d['’])(?:la\s+|l['’]|les\s+)?(?!(?-i:[A-ZÀÂÉÈÊÎÔÛ]))"
          r"|\b(arr[êe]t\w*)\s+de\s+\w+(?:er|ir|re)\b",
    "de": r"\b(zu)\s+wenige?n?\b|\b(h(?:ört|örte|örten|ören))\s+(?:[\w'’]+\s+){0,4}?auf\b"
          r"|\b(aufzuhören|aufgehört)\b",
    "ru": r"\b(слишком)\s+мало\b|\b(переста(?:л|ла|ли|нет|нут|ть))\b",
}.items()}


_VOTED_AGAINST = {lang: re.compile(rx, re.IGNORECASE) for lang, rx in {
    "en": r"\bvot\w*\s+(against)\b", "es": r"\bvot\w*\s+(en\s+contra)\b",
    "fr": r"\bvot\w*\s+(contre)\b", "de": r"\bstimmt\w*\s+(gegen)\b",
    "ru": r"\bпроголосова\w*\s+(против)\b"}.items()}


def check_negation(a: Side, b: Side, al: Alignment) -> list[Finding]:
    """Polarity parity: explicit cues plus inherently negative words on each side."""
    if not (reads_negation(a.lang) and reads_negation(b.lang)):
        return []  # "I don't know" / "Ez dakit": a language without a negation list of its own
        # was read with the English cues, so the parity says nothing (validation split: 75 of
        # 171 negation findings on faithful pairs were of such pairs, against 45 of 199 on edits)
    na, nb = negations(a), negations(b)
    # a word listed both as a cue and as a polarity word ("rifiutato") counts once
    la = [sp for sp in lexical_negatives(a) if not _overlaps(sp, na)]
    lb = [sp for sp in lexical_negatives(b) if not _overlaps(sp, nb)]
    if a.lang not in NEG_LEXICAL or b.lang not in NEG_LEXICAL:
        if (la or lb) and len(na) != len(nb):
            return []  # "was absent" / "出席しなかった": the listed side's polarity word may be
            # the other side's explicit negation, whose language's polarity words are not listed
        la, lb = [], []  # "closed" / "chiuso" … "stängt": one side's polarity words are not listed
    if (len(na) + len(la)) % 2 == (len(nb) + len(lb)) % 2:
        return []
    if _unlisted_phrase(a, b, na) or _unlisted_phrase(b, a, nb):
        return []  # "rather than" / "ziyade", "unless" / "nema": a phrase the other language
        # has no list of, which may or may not render it with a negation
    if _negated_opposite(a, b) or _negated_opposite(b, a):
        return []  # "will not close" / "will remain open": two flips, one meaning
    if _until_vs_only_after(a, b) or _until_vs_only_after(b, a):
        return []  # "закрыт до воскресенья" / "erst nach Sonntag geöffnet"
    if _prefix_negated(a, b, al, "a") or _prefix_negated(b, a, al, "b"):
        return []  # "not serious" / "несерьёзная", "no luck" / "unlucky"
    sev = "high" if len(la) == len(lb) else "medium"  # the flip is an explicit negation's
    if len(na) + len(la) > len(nb) + len(lb):
        sa = _weakest(a, na or la, al.support_a)
        sb = counterpart(a, b, sa, al, "a")
        msg = f"negation '{_cut(a.text, sa)}' in A has no counterpart in B (polarity flips)"
    else:
        sb = _weakest(b, nb or lb, al.support_b)
        sa = counterpart(b, a, sb, al, "b")
        msg = f"negation '{_cut(b.text, sb)}' in B has no counterpart in A (polarity flips)"
    return [make("negation", sev, a, b, sa, sb, msg)]


def _unlisted_phrase(x: Side, y: Side, nx: list[tuple[int, int]]) -> bool:
    """Whether the polarity of `x` turns on negating phrases the other side may render
    without a negation (an odd number of them): an optional one ("yet to"), or any ("rather
    than", "unless") where `y`'s language lists no such phrases."""
    cues = NEGATION.get(x.lang, set())
    only_optional = y.lang in NEGATING_PHRASES
    phrases = sum(1 for k, w in enumerate(x.words) if _span(w) in nx
                  and _ends_negating_phrase(x, k, only_optional) and w.text.lower() not in cues)
    return phrases % 2 == 1


def _negated_opposite(x: Side, y: Side) -> bool:
    """Whether a negated word of `x` has its opposite, not negated, in `y`: "not close" /
    "open", "not before" / "only after", "no subió" / "fell"."""
    negated = [i for i, w in enumerate(x.words) if negated_at(x, _span(w))]
    if not negated:
        return False
    if x.lang == "en" and y.lang == "en":
        for i in negated:
            low = x.words[i].text.lower()
            for w in y.words:
                if frozenset((low, w.text.lower())) in _ANTONYMS and not negated_at(y, _span(w)):
                    return True
    for left, right, langs in OPPOSITES:
        if any(side.lang != "en" and side.lang not in langs for side in (x, y)):
            continue
        for first in (True, False):
            pole, opp = (left, right) if first else (right, left)
            mine = {sp for sp in _pole_words(x, pole, langs, first)}
            if not any(_span(x.words[i]) in mine for i in negated):
                continue
            theirs = [sp for sp in _pole_words(y, opp, langs, not first) if not negated_at(y, sp)]
            if theirs:
                return True
    return False


def _negative_prefix(side: Side, k: int) -> bool:
    """Whether word `k` carries the negative prefix of its language file ("unlimited", "unwichtig",
    "невозможно"), not a look-alike ("under", "Unternehmen", "несколько")."""
    if side.lang not in NEG_PREFIX or not 0 <= k < len(side.words):
        return False
    prefix, looks_alike = NEG_PREFIX[side.lang]
    low = side.words[k].text.lower()
    return low.startswith(prefix) and len(low) >= len(prefix) + 4 and not low.startswith(looks_alike)


def _prefix_negated(x: Side, y: Side, al: Alignment, which: str) -> bool:
    """Whether a negated word of `x` is rendered in `y` by one word with a negative prefix
    that carries no negation of its own there: "not serious" / "несерьёзная"; a Turkish verb
    negated by its suffix is its own negated word ("doğmamış" / "unborn")."""
    if y.lang not in NEG_PREFIX or not y.words:
        return False
    suffixed = set(negations(x)) if x.lang == "tr" else set()  # "doğmamış" / "unborn"
    for i, w in enumerate(x.words):
        if not (w.content and negated_at(x, _span(w)) or _span(w) in suffixed):
            continue
        j = int(al.sim[i].argmax()) if which == "a" else int(al.sim[:, i].argmax())
        before = y.words[j - 1].text.lower() if j > 0 else ""
        if _negative_prefix(y, j) and not negated_at(y, _span(y.words[j])) \
                and before not in NEGATION.get(y.lang, set()):  # not "not unlimited"
            return True
        without = any(v.text.lower() in _PREP_NEG for v in x.words[max(0, i - 2):i])
        low = y.words[j].text.lower()
        if without and y.lang == "ru" and low.startswith(("без", "бес")) and len(low) >= 7:
            return True  # "without result" / "безрезультатно", "without charge" / "бесплатно"
    return False


def _weakest(side: Side, spans, support) -> tuple[int, int]:
    """The cue whose word is least supported by the other side (the likely extra one)."""
    def score(span):
        i = _word_index(side, span)
        return support[i] if i is not None else 0.0
    return min(spans, key=score)


def counterpart(src: Side, dst: Side, span, al: Alignment, which: str):
    """Span in `dst` of the word best aligned to the word at `span` in `src`, or None."""
    i = _word_index(src, span)
    if i is None or not dst.words:
        return None
    j = int(al.sim[i].argmax()) if which == "a" else int(al.sim[:, i].argmax())
    w = dst.words[j]
    return (w.start, w.end)


def _double_negation(side: Side, span: tuple[int, int], other: Side) -> bool:
    """"never refused" (= always open): a negation word of a pole followed in its clause by a
    polarity word, where the other text has none ("always been open")."""
    if span not in negations(side):
        return False
    k = _word_index(side, span)
    later = [sp for sp in negations(side) + lexical_negatives(side) if sp[0] > span[0]
             and _same_clause(side, k, _word_index(side, sp) or k)]
    return bool(later) and len(negations(other) + lexical_negatives(other)) == 0


_UNTIL = re.compile(r"(?:^|\W)(?:until|till|hasta|bis|jusqu['’]|до)(?=\W)", re.IGNORECASE)
_ONLY_AFTER = re.compile(r"\b(?:only after|not before|erst nach|nicht vor|seulement après|"
                         r"qu['’]après|pas avant|solo después|sólo después|no antes|только после|"
                         r"не раньше)\b", re.IGNORECASE)


def _until_vs_only_after(x: Side, y: Side) -> bool:
    return bool(_UNTIL.search(x.text)) and bool(_ONLY_AFTER.search(y.text))
