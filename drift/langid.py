"""Language identification: langdetect (seeded, so deterministic) with a script-based fallback."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

_LOCK = threading.Lock()
_READY = False
_SERBIAN_CYR = set("ђћџљњјЂЋЏЉЊЈ")
_UKRAINIAN = set("їєґіЇЄҐІ")
_STOP_LANGS = {"en", "es", "de", "fr", "ru", "sr", "it", "pt", "uk"}


def _script_guess(text: str) -> str | None:
    """Guess from the writing system alone; None when the script is Latin or unknown."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ")[0]
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script = max(counts, key=counts.get)
    if script == "CYRILLIC":
        if any(c in _SERBIAN_CYR for c in text):
            return "sr"
        if any(c in _UKRAINIAN for c in text):
            return "uk"
        return "ru"
    if script == "CJK":  # kanji outnumber the kana in much Japanese: any kana makes it Japanese
        return "ja" if counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0) else "zh"
    if script in ("HIRAGANA", "KATAKANA"):
        return "ja"
    table = {"ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "HANGUL": "ko", "THAI": "th",
             "DEVANAGARI": "hi", "GEORGIAN": "ka", "ARMENIAN": "hy"}
    return table.get(script)


# the languages langdetect has profiles for (zh-cn / zh-tw as zh), and Serbian, Bosnian and
# Belarusian, which the script fallback tells apart; "und" = undetermined
KNOWN = frozenset("""af ar bg bn ca cs cy da de el en es et fa fi fr gu he hi hr hu id it ja kn ko
lt lv mk ml mr ne nl no pa pl pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi zh sr bs be
nb nn und eu gl is ms""".split())  # the last four: word lists in drift/lang, not told by langdetect


def language_code(code: str) -> str:
    """A user-given language as drift's code: lower case, without region or script ("pt-BR",
    "zh_Hant" -> "pt", "zh"); an unknown one is an error naming what to give."""
    base = re.split(r"[-_]", code.strip().lower())[0]
    if base not in KNOWN:
        from drift.errors import InputError

        raise InputError(f"unknown language code '{code}': give an ISO 639-1 code such as en, de, "
                         f"fr, es, ru, zh (known: {', '.join(sorted(KNOWN - {'und'}))})")
    return base


def detect(text: str, default: str = "und") -> str:
    """ISO 639-1 code of `text` ('und' when it cannot be told). Same input, same answer."""
    clean = re.sub(r"https?://\S+|\{[^}]*\}|%\w|\d+", " ", text).strip()
    if not clean:
        return default
    guess = _script_guess(clean)
    if guess == "ru" and re.search("[ыэЫЭ]", clean):
        return "ru"  # ы and э: Russian among the Cyrillic languages drift meets (no і, ў, ђ …)
    if guess == "uk" and re.search("[їєґЇЄҐ]", clean):
        return "uk"  # letters Russian does not have ("подвоїлася" had been read as Russian)
    if guess in ("ru", "uk", "zh") and len(clean) >= 25:
        found = _langdetect(clean, guess)
        return "uk" if guess == "uk" and found == "ru" else found  # і is no Russian letter
    if guess:
        return guess
    if len(clean) < 3:
        return default
    if len(clean) < 80:  # short Latin-script text: langdetect often guesses wrong there
        vote = _stopword_vote(clean)
        if vote and _letters_fit(clean, vote):
            return vote
    else:  # a longer text whose function words are overwhelmingly of one language: no need
        vote = _stopword_vote(clean, strong=True)  # for langdetect (2-3 ms a text)
        if vote:
            return vote
    found = _langdetect(clean, default)
    if found in _EXCLUSIVE:
        found = _exclusive_vote(clean, found)
    if len(clean) < 80 and found in _STOP_LANGS:
        # "Prices fell to 3%." came back Italian: a short text with none of the guessed
        # language's function words goes to the candidate whose function words it has
        counts = _function_word_counts(clean)
        if counts.get(found, 0) == 0:
            best = max(sorted(counts), key=lambda lang: counts[lang])
            if counts[best] > 0 and best in _candidates(clean):
                return best
    if len(clean) < 80 and found not in _STOP_LANGS:
        # "The law bans smoking in parks." comes back as Tagalog: in a short text, a plain
        # lead in function words of a language drift knows is the better guess; so is a lead
        # in Dutch, Italian or Portuguese ones when langdetect has that language among its
        # candidates ("Klik op Opslaan om je instellingen te behouden." came back Afrikaans)
        loose = _stopword_vote(clean, margin=1, any_list=True)
        if loose and loose not in _STOP_LANGS and loose in _candidates(clean):
            return loose
        for vote in (_stopword_vote(clean, margin=1), _stopword_vote(clean, margin=1, least=1)):
            if vote and _letters_fit(clean, vote):
                return vote
        if len(clean.split()) <= 6 and _english_share(clean) >= 0.5:
            return "en"  # "Sync failed" came back Welsh, "Delete file?" Danish, "Open
            # settings" Norwegian: short interface strings in words drift's English lists know
    return found


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words from drift's own lists: function words, polarity words, the poles of
    its opposites, months, weekdays, number words, units."""
    from drift.lexicon import NEG_LEXICAL, NUMBER_WORDS, OPPOSITES, STOP, UNIT_FACTORS
    words = set(STOP.get("en", ())) | set(NEG_LEXICAL["en"]) | set(NUMBER_WORDS.get("en", {}))
    for left, right, _ in OPPOSITES:
        words |= left | right
    words |= {w for w in UNIT_FACTORS if w.isalpha() and w.isascii()}
    words |= set("january february march april may june july august september october november "
                 "december monday tuesday wednesday thursday friday saturday sunday".split())
    return frozenset(words)


def _english_share(text: str) -> float:
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    return sum(t in _english_words() for t in tokens) / len(tokens) if tokens else 0.0


# function words that one of two often-confused languages has and the other has not: "No
# descarto nada para el futuro." came back Portuguese ("el", "y", "los" are not Portuguese;
# "não", "em", "um" are not Spanish; "o", "a", "e", "da" are words of both)
_EXCLUSIVE = {
    "es": set("el la los las del al y pero muy hay lo una unos unas están también cuando es "
              "sus".split()),
    "pt": set("os dos das não em na nas um uma é mas muito também quando seu sua seus suas pelo "
              "pela ao às".split()),
}


def _exclusive_vote(text: str, found: str) -> str:
    """Between Spanish and Portuguese: the one whose own function words the text has more
    of (langdetect's answer on a tie)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    score = {lang: sum(w in (own - _EXCLUSIVE[other]) for w in words)
             for lang, own, other in (("es", _EXCLUSIVE["es"], "pt"), ("pt", _EXCLUSIVE["pt"], "es"))}
    best = max(score, key=score.get)
    return best if score[best] > score[found] else found


@functools.cache
def _vote_lists() -> dict[str, set[str]]:
    """Function words per language, and number words: "Five students won prizes." has no
    function word, and langdetect calls it Dutch (words of three letters or fewer are left
    out: "un", "one", "six" belong to several languages)."""
    from drift.lexicon import DETECT_ONLY_STOP, NUMBER_WORDS, STOP

    return {lang: words | {w for w in NUMBER_WORDS.get(lang, ()) if len(w) > 3}
            for lang, words in {**STOP, **DETECT_ONLY_STOP}.items()}


def _function_word_counts(text: str) -> dict[str, int]:
    """How many of each Latin-script language's function words (and number words) a text has."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    lists = _vote_lists()
    return {lang: sum(w in lists[lang] for w in words) for lang in lists
            if lang not in ("ru", "sr", "uk")}


def _stopword_vote(text: str, margin: int = 2, strong: bool = False, least: int = 2,
                   any_list: bool = False) -> str | None:
    """The language whose function words dominate a text (by `margin`, with at least `least`
    of them; `strong`: at least five and three times the runner-up), if one does; one with
    full function-word lists only, unless `any_list`."""
    from drift.lexicon import STOP

    counts = sorted(((n, lang) for lang, n in _function_word_counts(text).items()), reverse=True)
    if strong:
        ok = counts[0][0] >= 5 and counts[0][0] >= 3 * counts[1][0]
        return counts[0][1] if ok and counts[0][1] in STOP else None
    if len(counts) > 1 and counts[0][0] >= least and counts[0][0] >= counts[1][0] + margin:
        return counts[0][1] if counts[0][1] in STOP or any_list else None
    return None


def _langdetect(text: str, default: str) -> str:
    global _READY
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _LOCK:
        if not _READY:
            DetectorFactory.seed = 0
            _READY = True
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return default
    code = best.lang.split("-")[0]
    if code in ("mk", "bg") and any(c in _SERBIAN_CYR for c in text):
        return "sr"
    words = set(re.findall(r"\w+", text.lower()))
    if code in ("mk", "bg") and not any(c in _BG_MK for c in text) and not words & _BG_MK_WORDS:
        return "ru"  # "Президент не поедет на саммит." came back Bulgarian: without ъ, ѓ ќ ѕ
        # and the function words that only Bulgarian and Macedonian have, it is Russian
    return code


# the letters beyond a-z each voting language writes: a text with others is not of it
# ("Prezident se v úterý setkal s premiérem." had been French by its "se")
_OWN_LETTERS = {"en": "éèïëç", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíóúüñ", "de": "äöüßé",
                "it": "àèéìíîòóùú", "pt": "áâãàçéêíóôõú", "nl": "éëïöüèáóäê",
                "sr": "čćđšž"}


def _letters_fit(text: str, lang: str) -> bool:
    own = _OWN_LETTERS.get(lang)
    if own is None:
        return True
    return all(c in own for c in text.lower() if c.isalpha() and not ("a" <= c <= "z"))


def _candidates(text: str) -> set[str]:
    """Every language langdetect gives some probability for `text`."""
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _LOCK:
        try:
            return {c.lang.split("-")[0] for c in detect_langs(text)}
        except LangDetectException:
            return set()


_BG_MK = set("ъЪѓЃќЌѕЅ")
_BG_MK_WORDS = {"ще", "че", "са", "е", "ги", "го", "му", "се", "беше", "бяха", "сме", "сте",
                "съм", "ќе", "од", "со", "кој", "која", "който", "която", "които", "това"}
