"""Names: people, places, organisations and countries (with exonyms and transliteration),
and who-did-what-to-whom order.

Catches a changed or dropped name and swapped roles; must not fire on an exonym
("Lisbon" / "Lisboa"), a transliteration ("Moscow" / "Москва") or a country's long form."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

from anyascii import anyascii

from drift.align import Alignment
from drift.checks.base import (
    _NAMES,
    _NOUN_CAPS,
    _PUNCT,
    Finding,
    Side,
    _cut,
    _initial,
    _memo,
    _overlaps,
    _sentence_initial,
    _span,
    make,
)
from drift.checks.dates import (
    _date_name,
)
from drift.checks.numbers import (
    numbers,
)
from drift.lexicon import (
    CAPITALS,
    CJK_COUNTRIES,
    COUNTRIES,
    COUNTRY_PHRASES,
    NAME_GROUPS,
    NAME_HEADS,
    STOP,
    UNIT_FACTORS,
)

# -- entities ------------------------------------------------------------------------------
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ђ": "dj", "ћ": "c", "џ": "dz",
    "љ": "lj", "њ": "nj", "ј": "j", "ь": "", "ъ": "",
})


_SCALES = {"celsius", "fahrenheit", "цельсия", "фаренгейта", "kelvin"}
# all-caps words that are not names: interface words and labels ("OK", "SALE: 50% OFF")
_CAPS_WORDS = {"ok", "off", "on", "new", "sale", "free", "note", "warning", "error", "info",
               "todo", "faq", "am", "pm", "yes", "no", "beta", "top", "hot", "stop", "go"}


_COMPASS = {"western", "eastern", "northern", "southern"}
_TITLES = {("secretary", "of", "state"), ("head", "of", "state"), ("secretary", "of", "defense"),
           ("secretary", "of", "defence"), ("minister", "of", "state"), ("head", "of", "government"),
           ("chief", "of", "staff"), ("secretary", "general")}


def _in_title(side: Side, i: int) -> bool:
    """Whether word `i` is part of a title written with capitals in English ("Secretary of
    State", "Secretary-General", "Head of State"), which other languages write in lower case."""
    low = [w.text.lower() for w in side.words]
    for title in _TITLES:
        n = len(title)
        for start in range(max(0, i - n + 1), i + 1):
            if tuple(low[start:start + n]) == title:
                return True
    return False


def country_mentions(side: Side) -> dict[str, tuple[int, int]]:
    """Countries a text names, by name or by the adjective of their people, with the first
    span of each ("Chinese", "chinois", "Китая" -> china)."""
    return _memo(side, "countries", _country_mentions_uncached)


def _country_mentions_uncached(side: Side) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    if side.lang in ("zh", "ja", "ko"):
        for name, key in CJK_COUNTRIES.items():
            at = side.text.find(name)
            if at >= 0 and (key not in out or at < out[key][0]):
                out[key] = (at, at + len(name))
        return out
    for k, w in enumerate(side.words):
        low = w.text.lower()
        if side.lang == "en" and not w.text[:1].isupper():
            continue  # "turkey", "polish", "china" as common words
        key = _country_exact_or_stem(low)
        if key and key not in out and not _language_use(side, k):
            out[key] = _span(w)  # not "translated into German": a language (the contrast test)
    return out


_COUNTRY_EXACT = {s[:-1]: c for c, stems in COUNTRIES.items() for s in stems if s.endswith("$")}
_COUNTRY_PREFIX: dict[str, list[tuple[str, str]]] = {}
for _c, _stems in COUNTRIES.items():
    for _s in _stems:
        if not _s.endswith("$"):
            _COUNTRY_PREFIX.setdefault(_s[:3], []).append((_s, _c))


_INTO = {"into", "in", "from", "en", "al", "del", "ins", "auf", "на", "с", "em", "para", "dall"}


def _language_use(side: Side, k: int) -> bool:
    """A word after "into" / "en" / "на" with no noun after it: the name of a language."""
    nxt = side.words[k + 1] if k + 1 < len(side.words) else None
    return k > 0 and side.words[k - 1].text.lower() in _INTO and (nxt is None or not nxt.content)


def _country_of(word: str) -> str | None:
    return CAPITALS.get(word.lower()) or _country_exact_or_stem(word)


def _countries_by_name(side: Side) -> set[str]:
    """The countries a text names by name, adjective or several-word name ("United States")."""
    return set(country_mentions(side)) | {key for key, _ in _country_phrases(side)}


def _countries_with_capitals(side: Side) -> set[str]:
    """The countries a text names, capitals standing for theirs ("Berlin" / "Germany")."""
    return _memo(side, "countries_capitals", lambda s: _countries_by_name(s) | {
        CAPITALS[w.text.lower()] for w in s.words if w.text.lower() in CAPITALS})


def _countries_named_anyhow(side: Side) -> set[str]:
    """Every country a text names in any way: by name, adjective, several-word name ("United
    States") or a word read as a language ("in Ukraine", "from China had"). Not by its capital:
    "in Lisbon" is a place, not Portugal acting."""
    return _memo(side, "countries_any", lambda s: _countries_by_name(s) | {
        c for w in s.words if (c := _country_exact_or_stem(w.text))
        and (s.lang != "en" or w.text[:1].isupper())})


def _country_exact_or_stem(word: str) -> str | None:
    low = word.lower()
    return _COUNTRY_EXACT.get(low) or next(
        (c for stem, c in _COUNTRY_PREFIX.get(low[:3], ()) if low.startswith(stem)), None)


def _country_phrases(side: Side) -> list[tuple[str, tuple[int, int]]]:
    """(country, span) of the several-word names in a text ("United States"), once per text."""
    return _memo(side, "country_phrases", lambda s: [
        (key, m.span()) for key, rx in _COUNTRY_PHRASE_RX.items() for m in rx.finditer(s.text)])


def _country_at(side: Side, lone) -> str | None:
    """The country a lone name stands for: itself, or the several-word name it is part of
    ("States" of "United States")."""
    _, span, name = lone
    inside = next((key for key, (s, e) in _country_phrases(side) if s <= span[0] < e), None)
    return inside or _country_of(name)


_COUNTRY_PHRASE_RX = {key: re.compile(rx) for key, rx in COUNTRY_PHRASES.items()}


def check_countries(a: Side, b: Side, taken: list[Finding]) -> list[Finding]:
    """A country named on one side only, facing another country named on the other side only:
    "The Chinese president" / "le président japonais", "Iranian" / "Турции". (One side naming
    a country the other leaves out is left to the name and content checks.)"""
    ca, cb = country_mentions(a), country_mentions(b)
    only_a = [k for k in ca if k not in _countries_named_anyhow(b)]
    only_b = [k for k in cb if k not in _countries_named_anyhow(a)]
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    sa, sb = ca[only_a[0]], cb[only_b[0]]
    if any(f.a_span and _overlaps(f.a_span, [sa]) or f.b_span and _overlaps(f.b_span, [sb])
           for f in taken if f.severity == "high"):
        return []  # already a high finding on these words ("French" / "Alemania")
    return [make("entity", "high", a, b, sa, sb,
                 f"'{_cut(a.text, sa)}' in A and '{_cut(b.text, sb)}' in B name different countries")]


def entities(side: Side) -> list[int]:
    """Indices of words that look like names: capitalised, not sentence-initial, or acronyms
    (not in a text that is mostly capitals: a shouted label has no acronyms to tell apart)."""
    out = []
    letters = [ch for ch in side.text if ch.isalpha()]
    shouting = len(letters) >= 4 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
    for i, w in enumerate(side.words):
        t = w.text
        if len(t) < 2 or not t[0].isupper() or not w.content:
            continue
        if t.isupper() and (shouting or t.lower() in _CAPS_WORDS):
            continue
        if side.lang == "en" and t.lower() in _COMPASS:
            continue  # "our Western partners" / "западные партнёры": an adjective, lower case there
        if side.lang == "en" and _in_title(side, i):
            continue  # "Secretary of State" / "госсекретарь": a title, no name
        initial = _initial(side.text, w.start)
        if t.lower() in UNIT_FACTORS and prev_is_number(side, i) or t.lower() in _SCALES:
            continue  # "5 GB" / "5 Go": a unit, not a name; "degrees Celsius"
        if side.lang not in ("en", "es", "de", "fr", "ru") and _date_name(t.lower(), side.lang):
            continue  # "Μάρτιο": a month, compared by the date check
        acronym = t.isupper() and len(t) <= 5 and sum(ch.isalpha() for ch in t) >= 2  # not "L'"
        if (initial or side.lang in _NOUN_CAPS) and not acronym:
            continue  # German capitalises every noun: only acronyms are name candidates there
        out.append(i)
    return out


def prev_is_number(side: Side, i: int) -> bool:
    return i > 0 and any(c.isdigit() for c in side.words[i - 1].text)


def _name_key(s: str) -> str:
    """The name in Latin letters: Russian and Serbian by the table above (as before), every
    other script by anyascii (Мері, Բոստոն, Γαλλικά, Πεκίνο: meri, boston, gallika, pekino)."""
    key = anyascii(s.lower().translate(_TRANSLIT)).lower()
    return "eu" + key[2:] if key.startswith("ev") else key  # Европа / Evropa = Europa


# spelling conventions that differ between languages for the same sound, so that exonyms
# compare alike: Turkey/Turquía, Sphinx/Esfinge, Elizabeth/Isabel, Sweden/Suecia
_SOUNDS = [(r"dzh|dž", "j"), (r"ph", "f"), (r"th", "t"), (r"qu", "k"), (r"ck", "k"), (r"c(?=[eiy])", "s"),
           (r"c", "k"), (r"z", "s"), (r"w", "u"), (r"y", "i"), (r"x", "ks"), (r"sh|sch", "s"),
           (r"(\w)\1", r"\1"), (r"^e(?=s[^aeiou])", ""), (r"(?<=\w\w\w)[aeiou]+$", "")]


@functools.lru_cache(maxsize=65536)
def _sound_key(s: str) -> str:
    key = unicodedata.normalize("NFKD", _name_key(s))
    key = "".join(ch for ch in key if ch.isalnum())
    for rx, rep in _SOUNDS:
        key = re.sub(rx, rep, key)
    return key


@functools.lru_cache(maxsize=65536)
def _similar_name(x: str, y: str) -> bool:
    kx, ky = _name_key(x), _name_key(y)
    if kx[:4] == ky[:4] and len(kx) >= 4:
        return True
    ratio = difflib.SequenceMatcher(None, kx, ky).ratio()
    if ratio >= 0.75 or (ratio >= 0.6 and kx[:1] == ky[:1]):
        return True  # not Geneva / Вене ("geneva" / "vene": 0.6, different first letter)
    sx, sy = _sound_key(x), _sound_key(y)
    return sx[:4] == sy[:4] and len(sx) >= 4


def _sound_alike(x: str, y: str) -> bool:
    """Looser than _similar_name; only for words that are also aligned to each other."""
    return difflib.SequenceMatcher(None, _sound_key(x), _sound_key(y)).ratio() >= 0.6


# what a name's consonant skeleton leaves out or merges: vowels, which transliteration changes
# most, letters that come and go (h, j), and voiced / voiceless pairs (Vettel / Феттель)
_CONSONANT_MERGE = str.maketrans({"v": "f", "g": "k", "d": "t", "b": "p", "z": "s", "h": None,
                                  "j": None, "a": None, "e": None, "i": None, "o": None,
                                  "u": None, "y": None})


@functools.lru_cache(maxsize=65536)
def _consonants(s: str) -> str:
    """A name's consonant skeleton in Latin letters: Mary, Мері, Մերին -> mr, mr, mrn;
    Vettel, Феттеля -> ftl, ftl."""
    return re.sub(r"(\w)\1", r"\1", _sound_key(s).translate(_CONSONANT_MERGE))


def _transliterated(x: str, y: str) -> bool:
    """Whether two spellings of a name in two languages share their consonants, the longer
    adding at most a short ending (Феттеля / Vettel, Leiboristų / Labour); vowels are what
    transliteration changes most ("Mary" / "Мері", "Tokyo" / "Tòquio"). Not acronyms, which
    are letters, not sounds (CNN / González)."""
    if _acronym(x) or _acronym(y):
        return False
    (kx, x), (ky, y) = sorted(((_consonants(x), x), (_consonants(y), y)), key=lambda k: len(k[0]))
    if len(kx) < 3:  # Mary / Мері, and with a case ending or an article in another script
        # (Mary / Մերին, Moon / Муном), but not Mark / Мері
        return len(kx) == 2 and (kx == ky or ky[:-1] == kx and ky[-1] in "mn"
                                 and not _latin(y) and _latin(x))
    return ky.startswith(kx) and len(ky) - len(kx) <= 2


def _latin(word: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def _acronym(name: str) -> bool:
    """Two to six capitals, with digits or a plural "s" allowed: PPE, NGOs, COVID-19."""
    letters = "".join(c for c in name if c.isalpha())
    letters = letters[:-1] if len(letters) > 2 and letters[-1] == "s" else letters
    return 2 <= len(letters) <= 6 and letters.isupper()


EXONYM_CUT = 0.65  # Lisbon/Berlin align at about 0.6, Sweden/Suecia 0.78


def check_entities(a: Side, b: Side, al: Alignment, low: float, name_cut: float) -> list[Finding]:
    """Names on one side with no counterpart: neither spelled alike (transliteration allowed)
    nor aligned one-to-one and closely to a word on the other side. A name whose best match is
    itself an unmatched name on the other side was swapped (high); otherwise it was dropped or
    added (medium)."""
    lone = {"a": _lone_names(a, b, al, low, name_cut, "a"), "b": _lone_names(b, a, al, low, name_cut, "b")}
    # a capital or a country's people standing for a country the other side names ("Berlin" /
    # "the German government") has its counterpart
    lone["a"] = [x for x in lone["a"] if _country_at(a, x) not in _countries_with_capitals(b)]
    lone["b"] = [x for x in lone["b"] if _country_at(b, x) not in _countries_with_capitals(a)]
    lone["b"] += _noun_caps_partners(lone["a"], b, al, "a", {x[0] for x in lone["b"]})
    lone["a"] += _noun_caps_partners(lone["b"], a, al, "b", {x[0] for x in lone["a"]})
    findings, used_b = [], set()
    for i, span, name in lone["a"]:
        j = int(al.sim[i].argmax()) if b.words else -1
        other = next((x for x in lone["b"] if x[0] == j), None)
        if other is None and len(lone["a"]) == 1 and len(lone["b"]) == 1:
            other = lone["b"][0]  # one name gone, one new: "Italy and Greece" / "Italy and Spain"
            j = other[0]
        if other is not None and j not in used_b:
            used_b.add(j)
            # a lone capitalised word swapped for another is a changed name (high); inside a run
            # of capitalised words it may be a descriptive part of a longer name ("Early Middle
            # Ages" / "Temprana Edad Media"), so only medium, unless both texts are in one
            # language, where no translation explains the change ("Defence" / "Foreign Ministry")
            single = not (_in_caps_run(a, i) or _in_caps_run(b, j)) or a.lang == b.lang
            note = _translation_note(a, b, name, other[2])
            findings.append(make("entity", "high" if single and not note else "medium", a, b,
                                 span, other[1], f"name '{name}' in A became '{other[2]}' in B{note}"))
        else:
            findings.append(make("entity", "medium", a, b, span, None,
                                 f"name '{name}' in A has no counterpart in B"))
    for j, span, name in lone["b"]:
        if j not in used_b:
            findings.append(make("entity", "medium", a, b, None, span,
                                 f"name '{name}' in B has no counterpart in A"))
    return findings


def _translation_note(a: Side, b: Side, x: str, y: str) -> str:
    """Why a name that became another in a translation may be the same one (the finding is then
    medium): an acronym becomes another by language (PPE / EPI, HIV / ВИЧ; but UN / EU name two
    known organisations). Not how closely the two align: Paris / London align at 0.66, Geneva /
    Viena at 0.73, and "Akdeniz" / "Mediterranean" at 0.68–0.70."""
    if a.lang != b.lang and _acronym(x) and _acronym(y) and None in (_group_of(x), _group_of(y)):
        return " (an acronym may differ by language)"
    return ""


# words between two names that make their order free ("France and Germany", "by")
_ORDER_FREE = {"and", "or", "y", "o", "et", "ou", "und", "oder", "и", "или", ",", "by", "por",
               "par", "von", "durch", "with", "con", "avec", "mit", "с", "со", "between", "entre",
               "zwischen", "между", "against", "contra", "contre", "gegen", "против", "vs", "-", "–"}


def check_role_order(a: Side, b: Side, al: Alignment | None = None) -> list[Finding]:
    """Two names found on both sides in opposite orders, with nothing between them that makes
    the order free (a conjunction, "by" of a passive, "against"): "Russia accused Ukraine" /
    "Ucrania acusó a Rusia". Also two aligned words in opposite orders around a third aligned
    pair (the verb): "the police arrested two protesters" / "deux manifestants ont arrêté la
    police". Medium: symmetric verbs ("met") and free word order leave it a question for the
    reader."""
    pairs = _name_pairs(a, b)
    for (i1, j1), (i2, j2) in zip(pairs, pairs[1:]):
        if j1 > j2 and not _order_free(a, i1, i2) and not _order_free(b, j2, j1):
            return [_role_finding(a, b, i1, i2, j1, j2)]
    swap = _swapped_around_pivot(a, b, al) if al is not None else None
    return [_role_finding(a, b, *swap)] if swap else []


def _role_finding(a: Side, b: Side, i1: int, i2: int, j1: int, j2: int) -> Finding:
    n1, n2 = _bare_name(a.words[i1].text), _bare_name(a.words[i2].text)
    return make("entity", "medium", a, b, (a.words[i1].start, _span(a.words[i2])[1]),
                (b.words[j2].start, _span(b.words[j1])[1]),
                f"'{n1}' and '{n2}' appear in the opposite order in B: who did what to "
                "whom may have changed")


# two words aligned one-to-one this close are taken as the same word for the role-order test
ROLE_SAME = 0.70
_PASSIVE_AUX = {"был", "была", "было", "были", "будет", "будут", "wurde", "wurden", "worden", "werden",
               "wird", "was", "were", "been", "being", "fue", "fueron", "sido", "été",
               "se", "sich"}  # passive and reflexive: "se permite", "sich … erholt"


def _swapped_around_pivot(a: Side, b: Side, al: Alignment) -> tuple[int, int, int, int] | None:
    """(i1, i2, j1, j2): content words i1 < i2 of A aligned one-to-one with j1 > j2 of B, with
    one aligned pair between them on both sides (the verb), no passive on either side, no
    genitive between them, and not one run of three words on both sides ("inner solar
    system" / "sistema solar interior" is a noun phrase, not a role swap)."""
    if a.lang == b.lang or not a.words or not b.words or not {a.lang, b.lang} <= set(_PREPOSITIONS):
        return None  # word order is compared only between the languages whose prepositions it knows
    if any(w.text.lower() in _PASSIVE_AUX for side in (a, b) for w in side.words):
        return None
    pairs = [(i, j) for i, j in al.pairs if a.words[i].content and b.words[j].content
             and al.sim[i, j] >= ROLE_SAME]
    # German writes every noun with a capital: there, roles are capitalised words
    nouns = [(i, j) for i, j in pairs if _noun_like(a, i) and _noun_like(b, j)]
    for n, (i1, j1) in enumerate(nouns):
        for i2, j2 in reversed(nouns[n + 1:]):  # the farthest first
            if j2 >= j1 or i2 - i1 > 4 or j1 - j2 > 4 or i2 - i1 == j1 - j2 == 2:
                continue
            pivots = [(k, m) for k, m in pairs if i1 < k < i2 and j2 < m < j1]
            if len(pivots) != 1 or _genitive_between(a, i1, i2) or _genitive_between(b, j2, j1):
                continue
            # other words between them are modifiers that travel with their noun ("two
            # protesters" / "deux manifestants"): unaligned, or aligned next to it
            k, m = pivots[0]
            links = dict(pairs)
            if any(abs(links[x] - j2) > 2 for x in range(i1 + 1, i2) if x != k and x in links):
                continue
            if not _order_free(a, i1, i2) and not _order_free(b, j2, j1):
                return i1, i2, j1, j2
    return None


_GENITIVE = {"of", "de", "del", "d'", "d’", "from"}


# Prepositions: a noun right after one ("на собрание", "for three months") is not a bare
# subject or object. Spanish "a" / "al" are left out: they mark a person as the object
# ("acusó a Rusia").
_PREPOSITIONS = {
    "en": {"in", "on", "at", "to", "from", "for", "with", "by", "of", "about", "into", "over",
           "under", "after", "before", "during"},
    "es": {"en", "de", "del", "con", "por", "para", "sobre", "desde", "hasta", "entre"},
    "fr": {"à", "au", "aux", "de", "du", "en", "dans", "sur", "sous", "par", "pour", "avec",
           "vers", "chez"},
    "de": {"in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum",
           "zur", "über", "unter", "für", "gegen"},
    "ru": {"в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "до", "из", "у", "за",
           "для", "при", "через"},
}


def _noun_like(side: Side, i: int) -> bool:
    """Whether word `i` may be a bare subject or object: not after a preposition (within two
    words), capitalised in German (every German noun is), not a Russian infinitive."""
    text = side.words[i].text
    before = {w.text.lower() for w in side.words[max(0, i - 2):i]}
    if before & _PREPOSITIONS.get(side.lang, set()):
        return False
    if side.lang == "de":
        return text[:1].isupper()
    return not (side.lang == "ru" and text.lower().endswith(("ть", "ться", "ти")))


def _genitive_between(side: Side, i: int, j: int) -> bool:
    """'season of rains' / 'temporada de lluvias': two nouns of one phrase, not two roles;
    'won praise from critics' / 'critics praised': the agent after 'from'."""
    return any(w.text.lower() in _GENITIVE for w in side.words[i + 1:j])


def _name_pairs(a: Side, b: Side) -> list[tuple[int, int]]:
    """(index in A, index in B) of capitalised words (sentence-initial ones too) that have one
    look-alike capitalised word on the other side, in A's order."""
    out, used = [], set()
    if a.lang == b.lang:
        return out  # one language: the word diff of near-identical texts covers a swap
    for i, w in enumerate(a.words):
        name = _bare_name(w.text)
        if len(name) < 3 or not name[:1].isupper() or name.lower() in STOP.get(a.lang, set()) \
                or name.lower() in _NAMES:
            continue
        hits = [j for j, d in enumerate(b.words) if j not in used and d.text[:1].isupper()
                and len(_bare_name(d.text)) >= 3
                and (_similar_name(name, _bare_name(d.text)) or _same_group(name, a, i, b)
                     and _group_of(_bare_name(d.text)) == _group_of(name))]
        if len(hits) == 1:
            used.add(hits[0])
            out.append((i, hits[0]))
    return out


_CLAUSE_LINKS = {"after", "before", "when", "while", "because", "since", "although", "if", "that",
                 "which", "who", "where", "después", "antes", "cuando", "mientras", "porque", "que",
                 "donde", "après", "avant", "quand", "lorsque", "pendant", "parce", "qui", "où",
                 "nach", "nachdem", "vor", "bevor", "wenn", "als", "während", "weil", "dass", "wo",
                 "после", "когда", "пока", "потому", "что", "который", "которая", "где", "in",
                 "en", "dans", "im", "в", "at", "on", "to", "à", "au"}


def _order_free(side: Side, i: int, j: int) -> bool:
    """Whether two names' order says nothing about their roles: parts of one name ("Pacific
    Ocean", "Bush's New Orleans Deal"), far apart, or with a conjunction, a preposition of
    place or a clause boundary between them."""
    inner = side.words[min(i, j) + 1:max(i, j)]
    between = {w.text.lower() for w in inner}
    one_name = all(w.text[:1].isupper() or w.text.lower() in _NAME_LINKS for w in inner)
    return one_name or bool(between & (_ORDER_FREE | _CLAUSE_LINKS)) or not 2 <= abs(i - j) <= 6


def _noun_caps_partners(lone: list, dst: Side, al: Alignment, which: str, have: set) -> list:
    """German capitalises every noun, so its names are not found on their own; the word a lone
    name of the other side aligns to one-to-one, when capitalised, is the name it became there
    ("Poland" / "Indien")."""
    if dst.lang not in _NOUN_CAPS:
        return []
    mutual, out = set(al.pairs), []
    for i, _, _ in lone:
        j = int(al.sim[i].argmax()) if which == "a" else int(al.sim[:, i].argmax())
        pair = (i, j) if which == "a" else (j, i)
        w = dst.words[j]
        if pair in mutual and j not in have and w.text[:1].isupper() and not _sentence_initial(dst, w):
            out.append((j, (w.start, w.start + len(w.text.rstrip(_PUNCT))), _bare_name(w.text)))
    return out


_NAME_STEMS = [(g, stem.replace("_", " ")) for g, stems in enumerate(NAME_GROUPS) for stem in stems]


def _stem_places(whole: bool) -> dict[str, int]:
    """Stems that match a whole word ("x$") or a beginning, each with its first place in
    _NAME_STEMS: the first stem in that order that matches names the group."""
    out: dict[str, int] = {}
    for k, (_, stem) in enumerate(_NAME_STEMS):
        if stem.endswith("$") == whole:
            out.setdefault(stem.removesuffix("$"), k)
    return out


_WHOLE, _BEGINNING = _stem_places(whole=True), _stem_places(whole=False)


@functools.lru_cache(maxsize=1 << 16)
def _group_of(text: str) -> int | None:
    """Index of the NAME_GROUPS entry that `text` (one or two words) begins, if any (the same
    words recur across a batch: memoised)."""
    low = text.lower().replace("i\u0307", "i")  # Turkish İ lowers to i + a dot: İsviçre
    places = [_BEGINNING.get(low[:n]) for n in range(len(low) + 1)] + [_WHOLE.get(low)]
    places = [k for k in places if k is not None]
    return _NAME_STEMS[min(places)][0] if places else None


def _same_group(name: str, src: Side, i: int, dst: Side) -> bool:
    """Whether the name at `i` (alone or with the next word) and some word or word pair of
    `dst` are forms of one country or organisation (lexicon.NAME_GROUPS)."""
    nxt = _bare_name(src.words[i + 1].text) if i + 1 < len(src.words) else ""
    prev = _bare_name(src.words[i - 1].text) if i > 0 else ""
    groups = {_group_of(name), _group_of(f"{name} {nxt}"), _group_of(f"{prev} {name}")} - {None}
    if not groups:
        return False
    ws = [_bare_name(w.text) for w in dst.words]
    found = {_group_of(x) for x in ws} | {_group_of(f"{x} {y}") for x, y in zip(ws, ws[1:])}
    return bool(groups & found)


_AMERICA = {"america", "américa", "amérique", "amerika", "америки"}
_UNITED = {"states", "unidos", "unis", "staaten", "штаты", "штатов", "штатах", "штатам"}


def _long_form_tail(side: Side, i: int) -> bool:
    """Whether word `i` is the optional "of America" of the United States' long form."""
    name = _bare_name(side.words[i].text).lower().removeprefix("d'").removeprefix("d’")
    before = {w.text.lower().strip(_PUNCT) for w in side.words[max(0, i - 3):i]}
    return name in _AMERICA and bool(before & _UNITED)


def _bare_name(text: str) -> str:
    """A name without surrounding punctuation or a possessive ending: "II's" -> "II"."""
    return re.sub(r"['’]s$", "", text.strip(_PUNCT)).strip(_PUNCT) or text.strip(_PUNCT)


def _in_caps_run(side: Side, i: int) -> bool:
    """Whether the word at `i` has a capitalised neighbour (part of a multi-word name), also
    across linking words: "Valley of the Dead", "Valle de los Muertos"."""
    ws = side.words
    if side.lang in _NOUN_CAPS:
        return False  # German capitalises every noun: a run of capitals says nothing there
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(ws) and abs(k - i) <= 3 and ws[k].text.lower() in _NAME_LINKS:
            k += step
        if 0 < k < len(ws) and ws[k].text[:1].isupper():
            return True
    return False


_NAME_LINKS = {"of", "the", "de", "del", "la", "las", "los", "el", "des", "du", "le", "les",
               "von", "der", "den", "di", "da", "do", "dos", "das"}


def _acronym_anagram(name: str, dst: Side) -> bool:
    if not (name.isupper() and 2 <= len(name) <= 5):
        return False
    return any(sorted(_bare_name(d.text)) == sorted(name) and _bare_name(d.text).isupper()
               for d in dst.words)


# name words that many different names share: their look-alike says nothing about the rest
_GENERIC_NAME_PARTS = {"new", "north", "south", "east", "west", "saint", "san", "santa", "great",
                       "united", "national", "international", "central", "federal", "state",
                       "republic", "city", "bank", "union", "royal", "general", "prime"}


def _partner_in_run(src: Side, i: int, dst: Side) -> bool:
    """Whether another capitalised word next to word `i` (one multi-word name) has a
    look-alike on the other side."""
    ws = src.words
    for k in (i - 2, i - 1, i + 1, i + 2):
        if k == i or not 0 <= k < len(ws) or not ws[k].text[:1].isupper():
            continue
        if abs(k - i) == 2 and ws[(k + i) // 2].text.lower() not in _NAME_LINKS:
            continue
        other = _bare_name(ws[k].text)
        generic = other.lower() in NAME_HEADS or other.lower() in _GENERIC_NAME_PARTS
        if len(other) >= 3 and other.lower() not in _NAMES and not generic and any(
                _similar_name(other, _bare_name(d.text)) for d in dst.words
                if d.text[:1].isupper() and len(_bare_name(d.text)) >= 3):
            return True
    return False


def _lone_names(src: Side, dst: Side, al: Alignment, low: float, name_cut: float, which: str):
    """(word index, span, name) of the names of `src` with no counterpart in `dst`."""
    out = []
    mutual = set(al.pairs)
    for i in entities(src):
        w = src.words[i]
        sims = al.sim[i] if which == "a" else al.sim[:, i]
        if sims.size == 0:
            continue
        j = int(sims.argmax())
        pair = (i, j) if which == "a" else (j, i)
        if pair in mutual and sims[j] >= name_cut:
            continue  # aligned one-to-one and close: the same name in another language
        if pair in mutual and sims[j] >= EXONYM_CUT and _sound_alike(w.text.strip(_PUNCT),
                                                                    dst.words[j].text.strip(_PUNCT)):
            continue  # an exonym: Sweden / Suecia
        # (two different names of one type align too, less closely: Lisbon/Berlin ≈ 0.6,
        # Vienna/Wien ≈ 0.85, Moscow/Москве ≈ 0.8)
        if sims[j] >= low and not dst.words[j].text[:1].isupper():
            continue  # part of a name rendered as a common word: North Korea -> norcoreano
        if src.lang != dst.lang and any(_transliterated(_bare_name(w.text), _bare_name(d.text))
                                        for k, d in enumerate(dst.words)
                                        if k == j or d.text[:1].isupper() or sims[k] >= low):
            continue  # its nearest word, or a name, spells it in another language: Mary / Мері
        name = _bare_name(w.text)
        if any(sp[0] <= w.start < sp[1] for _, sp, _u in numbers(src)):
            continue  # "siglo XVIII": a number, compared by the number check
        if _long_form_tail(src, i):
            continue  # "Estados Unidos de América" / "United States": the same country
        if _same_group(name, src, i, dst):
            continue  # "the US" / "the Americans", "Russia" / "российский"
        if name.lower() in NAME_HEADS and _in_caps_run(src, i):
            continue  # "INF Treaty" / "INF": the rest of the name carries it
        if _acronym_anagram(name, dst):
            continue  # "IMF" / "FMI": one organisation, its words in another order
        if _partner_in_run(src, i, dst):
            continue  # "Gaza Strip" / "Gazastreifen": the name is there, its other word translated
        if name.lower() in _NAMES or any(_similar_name(name, _bare_name(d.text))
                                        for k, d in enumerate(dst.words)
                                        if len(_bare_name(d.text)) >= min(3, len(name))
                                        and (d.text[:1].isupper() or sims[k] >= low)):
            continue  # a lower-case look-alike must also align: "French" / "francés", not
            # "Poland" / "plant"
        out.append((i, (w.start, w.start + len(w.text.rstrip(_PUNCT))), name))
    return out
