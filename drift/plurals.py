"""Plural forms in localisation files: how many a language has (CLDR through Babel, or a PO
header), gettext plural units split into one unit per form, and i18next/Android/stringsdict
plural keys (`x_one`, `x_few`, `x_other`) paired as forms of one message."""

from __future__ import annotations

import re
from dataclasses import replace

from drift.l10n import Unit
from drift.placeholders import icu_branches, matching_brace


def po_nplurals(store) -> int | None:
    """Plural forms of the file's language: its Plural-Forms header, else CLDR's (Babel)."""
    given = (store.getheaderplural() or (None,))[0]
    if given and str(given).strip().isdigit():
        return int(given)
    return lang_nplurals(store.gettargetlanguage())


def lang_nplurals(lang: str | None) -> int | None:
    """gettext's plural form count of a language (Babel's CLDR data); None if unknown."""
    if not lang:
        return None
    try:
        from babel.messages.plurals import get_plural

        return get_plural(lang).num_plurals
    except Exception:  # noqa: BLE001 - an unknown locale: no count to check
        return None


def po_plural_units(u, base: Unit, nplurals: int | None) -> list[Unit]:
    """One unit per plural form: msgstr[0] against msgid, the others against msgid_plural (a
    language with one form: against msgid_plural); and a `plural-count` unit when the forms
    are not as many as the language has."""
    sources = [str(x) for x in u.source.strings]
    forms = [str(x) for x in u.target.strings] if u.target is not None else []
    out = []
    for k, form in enumerate(forms or [""]):
        source = sources[-1] if (k > 0 or nplurals == 1) else sources[0]
        state = base.state if base.state == "fuzzy" else ("translated" if form.strip() else "untranslated")
        out.append(replace(base, id=base.id if k == 0 else f"{base.id} [plural form {k}]",
                           source=source, target=form, state=state, plural_form=True))
    if nplurals and base.state == "translated" and len(forms) != nplurals:
        out.append(replace(base, id=f"{base.id} [plural forms]", target=" | ".join(forms),
                           state="plural-count"))
    return out


# i18next plural keys (v4: CLDR categories): "files_one", "files_few", "files_other"
_PLURAL_KEY = re.compile(r"^(.+)_(zero|one|two|few|many|other)$")


def plural_categories(lang: str | None) -> frozenset[str]:
    """CLDR plural categories of a language (Babel); empty if unknown."""
    if not lang:
        return frozenset()
    try:
        from babel import Locale

        return frozenset(Locale.parse(lang.replace("-", "_")).plural_form.tags) | {"other"}
    except Exception:  # noqa: BLE001 - an unknown locale: no plural checks
        return frozenset()


def form_not_in_language(key: str, target: dict, categories: frozenset[str]) -> bool:
    m = _PLURAL_KEY.match(key)
    return bool(m and categories and m.group(2) not in categories
                and any(f"{m.group(1)}_{c}" in target for c in categories))


def source_form(key: str, source: dict):
    """The source entry a target plural form is translated from: the same form, else `other`."""
    m = _PLURAL_KEY.match(key)
    if not m or not any(_PLURAL_KEY.match(k) and k.startswith(m.group(1) + "_") for k in source):
        return None
    return source.get(key) or source.get(f"{m.group(1)}_other")


def missing_forms(source, target, categories, src_lang, tgt_lang, tgt_path, src_path) -> list[Unit]:
    """A `plural-count` unit for each plural key of the target that lacks a form its language
    has ("files_few" missing in Polish)."""
    bases = {m.group(1) for k in target if (m := _PLURAL_KEY.match(k))}
    out = []
    for base in sorted(bases):
        if f"{base}_other" not in source or not categories:
            continue
        lacking = sorted(c for c in categories if f"{base}_{c}" not in target)
        if lacking:
            forms = " | ".join(target[k].text for k in target if k.startswith(base + "_"))
            out.append(Unit(f"{base} [plural forms: {', '.join(lacking)} missing]",
                            source[f"{base}_other"].text, forms, src_lang, tgt_lang, tgt_path,
                            min(target[k].line for k in target if k.startswith(base + "_")),
                            "plural-count", False, src_path))
    return out


# ICU messages: "{count, plural, one {# file} other {# files}}" (also selectordinal)
_ICU = re.compile(r"\{\s*([A-Za-z_]\w*)\s*,\s*(?:plural|selectordinal)\s*,")


def icu_forms(u: Unit) -> list[Unit]:
    """A translated unit whose source and target each hold one ICU plural, as one unit per
    branch of the target (the message with the branch in place of the plural), each against
    the source's same branch, else its `other`. Any other unit: itself."""
    if u.state != "translated":
        return [u]
    src, tgt = _icu_split(u.source), _icu_split(u.target)
    if src is None or tgt is None:
        return [u]
    (s_pre, s_branches, s_post), (t_pre, t_branches, t_post) = src, tgt
    return [replace(u, id=f"{u.id} [plural {name}]",
                    source=s_pre + s_branches.get(name, s_branches.get("other", "")) + s_post,
                    target=t_pre + body + t_post, plural_form=True)
            for name, body in t_branches.items()]


def _icu_split(text: str) -> tuple[str, dict[str, str], str] | None:
    """(text before, branch -> text, text after) of the one ICU plural in `text`, or None."""
    heads = list(_ICU.finditer(text))
    if len(heads) != 1:
        return None
    m = heads[0]
    end = matching_brace(text, m.start())
    branches = dict(icu_branches(text[m.end():end - 1]))
    if "other" not in branches:
        return None
    return text[:m.start()], branches, text[end:]
