"""More localisation formats for `drift check`, each read by translate-toolkit's own parser:
Qt Linguist `.ts` and compiled gettext `.mo` (bilingual), and, paired by name like JSON
locale files, iOS `.strings` (`en.lproj/Localizable.strings`), Flutter `.arb` (`app_en.arb`),
.NET `.resx` (`Strings.resx` + `Strings.de.resx`), Fluent `.ftl` (`en-US/main.ftl`) and Rails
YAML (`config/locales/en.yml`, `devise.de.yml`).

translate-toolkit handles each format's escaping, encodings and plural forms (forms of one
message are scored joined, one per line); this module only names languages and lines.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from drift.l10n import IGNORE_MARK, Unit, _Entries, _Entry, _read_bytes, _ReadError, is_lang
from drift.mechanical import flags_in


def _text_of(value) -> str:
    """A unit's text; the forms of a plural message one per line."""
    if value is None:
        return ""
    strings = getattr(value, "strings", None)
    if strings and len(strings) > 1:
        return "\n".join(str(s) for s in strings)
    return str(value)


# -- bilingual ----------------------------------------------------------------------------------
def read_bilingual(kind: str, path: Path, rel: str) -> list[Unit]:
    from translate.storage import mo, ts2

    if kind == "xcstrings":
        return read_xcstrings(path, rel)
    store_cls = ts2.tsfile if kind == "qt" else mo.mofile
    store = store_cls.parsestring(_read_bytes(path))
    src, tgt = store.getsourcelanguage(), store.gettargetlanguage()
    units = []
    for u in store.units:
        if u.isheader() or not str(u.source or "").strip():
            continue
        notes = u.getnotes() or ""
        state = "fuzzy" if u.isfuzzy() else "translated" if u.istranslated() else "untranslated"
        line = _location_line(u)
        units.append(Unit(u.getid(), _text_of(u.source), _text_of(u.target), src or "en", tgt,
                          rel, line, state, bool(IGNORE_MARK.search(notes)), rel, flags_in(notes)))
    return units


def read_xcstrings(path: Path, rel: str) -> list[Unit]:
    """An Xcode string catalog (JSON): every language's strings against the source language's
    (or the key, which is the source text when the source has no entry of its own); plural and
    device variations are forms, each against the source's matching form (else `other`)."""
    text = _read_bytes(path).decode("utf-8-sig")
    catalog = json.loads(text)
    if not isinstance(catalog, dict) or not isinstance(catalog.get("strings"), dict):
        raise ValueError("not a string catalog: no 'strings' object")
    src = catalog.get("sourceLanguage") or "en"
    units = []
    for key, entry in catalog["strings"].items():
        entry = entry if isinstance(entry, dict) else {}
        if entry.get("shouldTranslate") is False:
            continue
        locs = entry.get("localizations") or {}
        sources = {form: value for form, (value, _) in _forms(locs.get(src)).items()}
        note = str(entry.get("comment") or "")
        m = re.search(r'^\s*' + re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:", text, re.M)
        line = text.count("\n", 0, m.start()) + 1 if m else 0
        for lang in sorted(k for k in locs if k != src):
            for form, (value, state) in _forms(locs[lang]).items():
                source = sources.get(form) or sources.get("plural:other") or sources.get("") or key
                st = ("fuzzy" if state == "needs_review" else "untranslated" if not value.strip()
                      or state == "new" else "translated")
                units.append(Unit(key if not form else f"{key} [{form}]", source, value, src, lang,
                                  rel, line, st, bool(IGNORE_MARK.search(note)), rel, flags_in(note),
                                  plural_form=bool(form)))
    return units


def _forms(loc) -> dict[str, tuple[str, str]]:
    """form -> (value, state) of one localization: "" for a plain string, "plural:one", …"""
    if not isinstance(loc, dict):
        return {}
    if isinstance(loc.get("stringUnit"), dict):
        return {"": (str(loc["stringUnit"].get("value", "")), str(loc["stringUnit"].get("state", "")))}
    out = {}
    for kind, variants in (loc.get("variations") or {}).items():
        for name, v in (variants or {}).items():
            for form, pair in _forms(v).items():
                out[f"{kind}:{name}" + (f"/{form}" if form else "")] = pair
    return out


def _location_line(u) -> int:
    """The line a Qt message gives for itself (`<location line=…>`), else 0."""
    for loc in (u.getlocations() if hasattr(u, "getlocations") else []) or []:
        m = re.search(r":(\d+)$", loc)
        if m:
            return int(m.group(1))
    return 0


# -- monolingual, paired by name ------------------------------------------------------------------
def group(kind: str, path: Path) -> tuple[str, str | None]:
    """(key shared by all locales of one file, this file's language or None = the source)."""
    parent, stem = path.parent, path.stem
    if kind in ("ios", "stringsdict"):
        lang = parent.name.removesuffix(".lproj")
        if parent.suffix == ".lproj" and (is_lang(lang) or lang == "Base"):
            return f"{parent.parent}/*.lproj/{path.name}", None if lang == "Base" else lang
    elif kind == "arb":
        m = re.match(r"^(.*?)[_-]([a-z]{2}(?:[_-][A-Za-z]{2,4})?)$", stem)
        if m and is_lang(m.group(2)):
            return f"{parent}/{m.group(1)}_*.arb", m.group(2)
    elif kind == "resx":
        base, _, lang = stem.rpartition(".")
        if base and is_lang(lang):
            return f"{parent}/{base}*.resx", lang
        return f"{parent}/{stem}*.resx", None  # the neutral resource: the source
    elif kind == "fluent":
        if is_lang(parent.name):
            return f"{parent.parent}/*/{path.name}", parent.name
    elif kind == "yaml":
        base, _, lang = stem.rpartition(".")
        if is_lang(stem):
            return f"{parent}/*{path.suffix}", stem
        if base and is_lang(lang):
            return f"{parent}/{base}.*{path.suffix}", lang
    raise _ReadError(0, f"cannot tell the language from the name; name {kind} files like "
                        + _NAMING[kind])


_NAMING = {"ios": "en.lproj/Localizable.strings, de.lproj/Localizable.strings",
           "stringsdict": "en.lproj/Localizable.stringsdict, de.lproj/Localizable.stringsdict",
           "arb": "app_en.arb, app_de.arb", "resx": "Strings.resx, Strings.de.resx",
           "fluent": "en-US/main.ftl, de/main.ftl", "yaml": "config/locales/en.yml, de.yml"}


def read_entries(kind: str, path: Path) -> _Entries:
    """Key -> entry of one monolingual file, by translate-toolkit's parser for `kind`."""
    data = _read_bytes(path)
    store = _store(kind, data)
    lines = data.decode("utf-8", errors="replace").splitlines()
    entries, pos = _Entries(), 0
    for u in store.units:
        if (hasattr(u, "isheader") and u.isheader()) or not u.getid():
            continue
        key = u.getid()
        line = next((i + 1 for i in range(pos, len(lines)) if _mentions(lines[i], key)), 0)
        pos = line or pos
        notes = u.getnotes() or ""
        ignored, flags = bool(IGNORE_MARK.search(notes)), flags_in(notes)
        if kind == "stringsdict":  # one entry per CLDR category, paired like i18next's x_one
            forms = [str(x) for x in getattr(u.target, "strings", [u.target])]
            for category, form in zip(_CLDR, forms):
                if form.strip():
                    entries.add(_Entry(f"{key}_{category}", form, line, ignored, flags))
            continue
        # a monolingual file's text is the unit's target in some parsers, its source in others
        text = _text_of(u.target if str(u.target or "").strip() else u.source)
        entries.add(_Entry(key, text, line, ignored, flags))
    return entries


_CLDR = ("zero", "one", "two", "few", "many", "other")  # translate-toolkit's stringsdict order


def _mentions(line: str, key: str) -> bool:
    last = re.split(r"[.:/]", key)[-1]
    return bool(last) and last in line


def _store(kind: str, data: bytes):
    from translate.storage import fluent, jsonl10n, properties, resx, stringsdict, yaml

    if kind == "ios":  # UTF-16 with a byte-order mark (Xcode's old default) or UTF-8
        utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")
        return (properties.stringsfile if utf16 else properties.stringsutf8file).parsestring(data)
    cls = {"arb": jsonl10n.ARBJsonFile, "resx": resx.RESXFile, "fluent": fluent.FluentFile,
           "yaml": yaml.RubyYAMLFile, "stringsdict": stringsdict.StringsDictFile}[kind]
    return cls.parsestring(data)
