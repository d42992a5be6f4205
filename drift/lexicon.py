"""The word lists the checks read, loaded once from the data files in drift/lang/.

One file per language (`drift/lang/es.toml`: stop words, negation cues, number words, month
names, its side of each opposite pair …), `xx.toml` for tables whose entries mix languages
(country and organisation names, relative dates, frequencies) and `units.toml` for units of
measure. Adding a language means adding a file: the tables below are built from whatever files
are there. drift/lang/README.md lists every key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

LANG_DIR = Path(__file__).with_name("lang")
_SHARED = ("xx", "units")
# the keys a language file may have (drift/lang/README.md says what each is)
LANG_KEYS = {
    "stopwords", "voting_stopwords", "content_stopwords", "negation", "negation_pattern",
    "negated_past_pattern", "reads_lists_of", "negating_phrases", "not_negations", "concord",
    "negative_prefix", "negative_prefix_look_alikes", "optional_negating_phrases",
    "negation_particles", "negated_verbs_are_cues", "negation_clipped_by", "ratio_link",
    "until_negation", "until_negation_mid_clause", "negation_before_hyphen",
    "superlative_ever", "exceptive_pronouns", "exceptives",
    "superlatives", "negative_words", "negative_words_pattern", "number_words",
    "number_multipliers", "ordinals", "months", "weekdays", "dates_read_in",
    "months_read_in_every_language", "month_stems", "weekend", "rate_words", "rate_units",
    "hedges", "hedge_phrases",
    "conditional", "opposites", "contrasts", "antonyms", "strength_pairs"}


# keys whose value is a list of phrases, not one string of words
_PHRASE_LISTS = {"negating_phrases", "not_negations", "optional_negating_phrases", "until_negation"}


class LexiconError(ValueError):
    """A word-list file drift cannot use."""


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: {exc}; see drift/lang/README.md") from None


def _lang_files(folder: Path) -> dict[str, dict]:
    """{language code: its file's tables}, checked for unknown keys (a misspelt key would
    silently switch a list off)."""
    out = {}
    for path in sorted(folder.glob("*.toml")):
        if path.stem in _SHARED:
            continue
        data = _read(path)
        unknown = sorted(set(data) - LANG_KEYS)
        if unknown:
            raise LexiconError(f"{path}: unknown key {unknown[0]!r}; the keys are listed in "
                               f"drift/lang/README.md")
        for key in sorted(_PHRASE_LISTS & set(data)):
            if not (isinstance(data[key], list) and all(isinstance(p, str) for p in data[key])):
                raise LexiconError(f"{path}: {key} must be a list of phrases, each in quotes "
                                   f"([\"rather than\", \"instead of\"]); see drift/lang/README.md")
        for key in ("negated_verbs_are_cues", "until_negation_mid_clause"):
            if not isinstance(data.get(key, True), bool):
                raise LexiconError(f"{path}: {key} must be true or false; see drift/lang/README.md")
        out[path.stem] = data
    return out


_LANGS = _lang_files(LANG_DIR)
_XX = _read(LANG_DIR / "xx.toml")


def _words(text: str) -> list[str]:
    return text.split()


def _phrase(word: str) -> str:
    return word.replace("_", " ")  # "_" joins the words of a phrase


def _values(text: str, kind: type = float) -> dict[str, float]:
    """"word=value word=value …" -> {word: value}."""
    pairs = (item.rsplit("=", 1) for item in text.split())
    return {word: kind(value) for word, value in pairs}


def _pattern(pieces: list[str]) -> str:
    return "".join(pieces)  # a regular expression written in pieces


def _per_lang(key: str, build=lambda v: set(_words(v))) -> dict:
    """{lang: built value} for the languages whose file has `key`."""
    return {lang: build(data[key]) for lang, data in _LANGS.items() if key in data}


def _shared_lists(table: dict[str, set[str]]) -> dict[str, set[str]]:
    """Languages that read another's list as well ("reads_lists_of": Czech and Slovak, which
    langdetect often tells apart wrongly) get the union of both."""
    out = dict(table)
    for lang, data in _LANGS.items():
        other = data.get("reads_lists_of")
        if other and lang in table and other in table:
            out[lang] = table[lang] | table[other]
    return out


# -- function words ----------------------------------------------------------------------
STOP = _per_lang("stopwords")
# function words of languages drift has no other lists for, used only to vote on the language
# of a text (so that Italian or Portuguese is not voted Spanish)
DETECT_ONLY_STOP = _per_lang("voting_stopwords")
# function words of further languages, for content words only
MORE_STOP = _per_lang("content_stopwords")


def stop_words(lang: str) -> set[str]:
    """Function words of a language: the full lists where drift has them, else the shorter ones
    kept for language voting (so that "de" is no content word of Portuguese)."""
    return STOP.get(lang) or DETECT_ONLY_STOP.get(lang) or MORE_STOP.get(lang, set())


# -- negation ------------------------------------------------------------------------------
NEGATION = _shared_lists(_per_lang("negation"))
CONCORD = _shared_lists(_per_lang("concord"))
_NEG_PATTERNS = _per_lang("negation_pattern", _pattern)
CJK_NEGATION = _NEG_PATTERNS["zh"]
JA_NEGATION = _NEG_PATTERNS["ja"]
TR_NEGATION = _NEG_PATTERNS["tr"]
KO_NEGATION = _NEG_PATTERNS["ko"]
CS_SK_NEGATED_PAST = _pattern(_LANGS["cs"]["negated_past_pattern"])
EXCEPTIVES = {lang: (set(_words(d["exceptive_pronouns"])), set(_words(d["exceptives"])))
              for lang, d in _LANGS.items() if "exceptive_pronouns" in d}
NEGATING_PHRASES = _per_lang("negating_phrases", lambda v: [tuple(p.split()) for p in v])
NOT_NEGATIONS = _per_lang("not_negations", lambda v: [tuple(p.split()) for p in v])
OPTIONAL_NEGATING_PHRASES = _per_lang("optional_negating_phrases", lambda v: [tuple(p.split()) for p in v])
# "until" in the languages that negate the clause it opens ("пока не получим" = until we get)
UNTIL_NEGATION = _per_lang("until_negation", lambda v: [tuple(p.split()) for p in v])
UNTIL_NEGATION_MID_CLAUSE = {lang for lang, d in _LANGS.items() if d.get("until_negation_mid_clause")}
# the particles that repeat a negative pronoun's negation ("nadie no", "никогда не"); in the
# languages of NEGATED_VERBS_ARE_CUES every cue does ("Nitko nije došao")
NEGATION_PARTICLES = _per_lang("negation_particles")
NEGATED_VERBS_ARE_CUES = {lang for lang, d in _LANGS.items() if d.get("negated_verbs_are_cues")}
# the cues that stay negations before a hyphen (Tagalog "di-kailanman", Romanian "nu-mi",
# "n-a"); before one, any other cue is part of a compound noun ("sans-abri")
NEGATION_BEFORE_HYPHEN = _per_lang("negation_before_hyphen")
# the letters that join a clipped negation to its verb: French "n'a", Romanian "n-a"
NEGATION_CLIPPED_BY = _per_lang("negation_clipped_by", lambda v: tuple(_words(v)))
# what joins the two numbers of a ratio ("one in five", "uno de cada cinco"): a pattern
RATIO_LINK = _per_lang("ratio_link", _pattern)
NEG_PREFIX = {lang: (d["negative_prefix"].strip(), tuple(_words(d.get("negative_prefix_look_alikes", ""))))
              for lang, d in _LANGS.items() if "negative_prefix" in d}
AFFIRMING_AFTER_NEGATION = tuple(_words(_XX["affirming_after_negation"]))
AFFIRMING_AFTER_WITHOUT = tuple(_words(_XX["affirming_after_without"]))
AFFIRMING_FILLERS = frozenset(_words(_XX["affirming_fillers"]))
CONTRACTION_NEG = tuple(_XX["contraction_negation"])
SUPERLATIVE_EVER = {lang: (set(_words(d["superlative_ever"])), set(_words(d["superlatives"])))
                    for lang, d in _LANGS.items() if "superlative_ever" in d}
NEG_LEXICAL = _per_lang("negative_words")
CJK_NEG_LEXICAL = _per_lang("negative_words_pattern", _pattern)

# -- English pairs ---------------------------------------------------------------------------
_EN = _LANGS["en"]
CONTRASTS = [g.split() for g in _EN["contrasts"]]
ANTONYMS_EN = [tuple(p.split()) for p in _EN["antonyms"]]
STRENGTH_EN = [tuple(p.split()) for p in _EN["strength_pairs"]]

# -- numbers ---------------------------------------------------------------------------------
NUMBER_WORDS = _per_lang("number_words", _values)
NUMBER_MULTIPLIERS = {w for lang in _per_lang("number_multipliers").values() for w in lang}
NUMBER_SCALE_LANGS = set(_per_lang("number_multipliers"))
ORDINALS = _per_lang("ordinals", lambda v: _values(v, int))

# -- dates -----------------------------------------------------------------------------------


def _forms(data: dict) -> dict[str, tuple[str, int]]:
    out = {}
    for kind, groups in (("month", data.get("months", [])), ("weekday", data.get("weekdays", []))):
        for i, forms in enumerate(groups):
            out.update({form: (kind, i) for form in forms.split()})
    return out


# month and weekday forms looked up for their own language only ("marca" is Polish for March
# and Spanish for brand)
LANG_DATE_NAMES = {lang: _forms(d) for lang, d in _LANGS.items()
                   if d.get("dates_read_in") == "this language"}
EL_MONTHS = " ".join(_words(_LANGS["el"]["month_stems"]))
RELATIVE_DATES = _values(_XX["relative_dates"], int)
RELATIVE_DATE_PHRASES = {int(k): _pattern(v) for k, v in _XX["relative_date_phrases"].items()}
FREQUENCY = _values(_XX["frequency"], int)
EVERY = set(_words(_XX["every"]))
FREQUENCY_UNITS = _values(_XX["frequency_units"], int)
# what a number's qualifier says about it: {"below" | "above" | "at_most" | "about": pattern}
NUMBER_QUALIFIERS = {k: _pattern(v) for k, v in _XX["number_qualifiers"].items()}
# "per hour", "pro Tag": a rate word and a singular unit, per language
RATE_WORDS = _per_lang("rate_words")
RATE_UNITS = _per_lang("rate_units")


def month_day_names() -> dict[str, tuple[str, int]]:
    """Lower-case name or stem -> ("month"|"weekday", index), read in texts of every language;
    weekday 7 is the weekend."""
    out: dict[str, tuple[str, int]] = {}
    for data in _LANGS.values():
        if data.get("dates_read_in") != "this language":
            out.update(_forms(data))
        elif data.get("months_read_in_every_language"):
            out.update(_forms({"months": data["months"]}))
        out.update({w: ("weekday", 7) for w in _words(data.get("weekend", ""))})
    return out


# -- quantities ------------------------------------------------------------------------------
_UNITS = _read(LANG_DIR / "units.toml")["unit"]
UNIT_FACTORS = {_phrase(name): (u["base"], float(u["factor"])) for u in _UNITS for name in _words(u["names"])}
# the units a translator converts to metric and rounds (3 inches / 7 cm)
IMPERIAL_UNITS = {_phrase(name) for u in _UNITS if u.get("imperial") for name in _words(u["names"])}

# -- opposites -------------------------------------------------------------------------------


def _opposites() -> list[tuple[set[str], set[str], dict[str, tuple[list, list]]]]:
    """(English forms of one pole, of the other, {lang: (word beginnings of each pole)}), in
    the order of en.toml."""
    for lang, d in _LANGS.items():
        stray = sorted(set(d.get("opposites", {})) - set(_EN["opposites"]))
        if stray:  # a pair en.toml does not name would never be read
            raise LexiconError(f"{LANG_DIR / lang}.toml: opposite pair {stray[0]!r} is not in "
                               f"en.toml's [opposites]")
    out = []
    for key, (left, right) in _EN["opposites"].items():
        langs = {lang: ([_phrase(s) for s in d["opposites"][key][0].split()],
                        [_phrase(s) for s in d["opposites"][key][1].split()])
                 for lang, d in _LANGS.items()
                 if lang != "en" and key in d.get("opposites", {})}
        out.append((set(left.split()), set(right.split()), langs))
    return out


OPPOSITES = _opposites()
OPPOSITE_LANGS = {lang for _, _, langs in OPPOSITES for lang in langs}

# -- names -----------------------------------------------------------------------------------
NAME_GROUPS = [g.split() for g in _XX["name_groups"]]
NAME_HEADS = set(_words(_XX["name_heads"]))
COUNTRIES = {c: [_phrase(s) for s in _words(stems)] for c, stems in _XX["countries"].items()}
CJK_COUNTRIES = {n: c for c, names in _XX["countries_cjk"].items() for n in _words(names)}
CAPITALS = {n: c for c, names in _XX["capitals"].items() for n in _words(names)}
COUNTRY_PHRASES = {c: _pattern(v) for c, v in _XX["country_phrases"].items()}

# -- hedges ----------------------------------------------------------------------------------
HEDGES = _per_lang("hedges")
HEDGE_PHRASES = _per_lang("hedge_phrases", _pattern)
CONDITIONAL = _per_lang("conditional")
