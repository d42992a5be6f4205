"""Read translated corpora into units: PO/POT, XLIFF 1.2/2.x, TMX, JSON i18n, CSV/TSV,
Android strings.xml and Java .properties.

Bilingual formats (PO, XLIFF, TMX, CSV) give units directly. Monolingual ones (JSON, Android,
properties) are paired by name: `en.json`/`de.json`, `locales/en/app.json`/`locales/de/app.json`,
`values/strings.xml`/`values-de/strings.xml`, `messages.properties`/`messages_de.properties`.
translate-toolkit parses PO, XLIFF, Android and properties (it handles their escaping and
encodings); TMX with several target languages, JSON and CSV are read here.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from drift.mechanical import flags_in

SUFFIXES = {".po": "po", ".pot": "po", ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx",
            ".json": "json", ".csv": "csv", ".tsv": "csv", ".properties": "properties",
            # read by drift.l10n_formats (translate-toolkit's parsers)
            ".ts": "qt", ".mo": "mo", ".gmo": "mo", ".strings": "ios", ".arb": "arb",
            ".resx": "resx", ".ftl": "fluent", ".yml": "yaml", ".yaml": "yaml",
            ".stringsdict": "stringsdict", ".xcstrings": "xcstrings"}
# localisation formats drift does not read yet: reported as such, never passed over in silence
UNSUPPORTED = {".qm": "compiled Qt .qm (check the .ts it is built from)"}
READS = (".po .pot .xlf .xliff .tmx .json .csv .tsv .properties .ts .mo .strings .stringsdict "
         ".xcstrings .arb .resx .ftl .yml, Android values*/strings.xml")
MONOLINGUAL = ("json", "android", "properties", "ios", "stringsdict", "arb", "resx", "fluent", "yaml")
IGNORE_MARK = re.compile(r"drift\s*:\s*ignore", re.I)
_LANG = re.compile(r"^([a-z]{2})(?:[-_](?:[A-Za-z]{2}|[A-Z][a-z]{3}|r[A-Z]{2}))?$")
ISO_639_1 = set("""aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg
li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti
tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
_XLIFF_NEEDS = {"new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
                "needs-review-adaptation", "needs-review-l10n", "initial"}


@dataclass(frozen=True)
class Unit:
    """One source string and its translation, located in the target file."""

    id: str
    source: str
    target: str
    source_lang: str | None
    target_lang: str | None
    path: str
    line: int
    state: str = "translated"   # translated | fuzzy | untranslated | missing | extra
    suppressed: bool = False
    source_path: str = ""
    flags: frozenset[str] = frozenset()  # `ignore-<check>` flags from its comments or notes
    max_length: int | None = None  # characters, where the format declares a limit
    plural_form: bool = False  # one form of a plural message (its text differs by design)


@dataclass(frozen=True)
class FileError:
    """A file (or part of one) that could not be read."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Corpus:
    """Units read from some paths, and the errors met on the way."""

    units: list[Unit] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    skipped: list[FileError] = field(default_factory=list)  # passed over in a folder, and why


def norm_lang(code: str | None) -> str | None:
    """'de_DE' / 'de-DE' / 'pt-rBR' → 'de' / 'de' / 'pt' (the scorer works per language)."""
    if not code:
        return None
    return re.split(r"[-_@.]", code.strip())[0].lower() or None


def is_lang(name: str) -> bool:
    """'de', 'pt_BR', 'zh-Hans', 'pt-rBR' (Android) are locale names; 'app' is not."""
    m = _LANG.match(name)
    return bool(m) and m.group(1) in ISO_639_1


# -- collecting files --------------------------------------------------------------------------
def kind_of(path: Path) -> str | None:
    """Format of a file by its name; None if it is not a localisation file."""
    if path.suffix.lower() == ".xml":
        return "android" if path.parent.name.startswith("values") else None
    return SUFFIXES.get(path.suffix.lower())


# never walked into: dependencies, build outputs, caches (hidden folders are skipped too)
IGNORED_DIRS = {"node_modules", "bower_components", "build", "dist", "target", "out", "vendor",
                "__pycache__", "venv", "site-packages", "Pods", "DerivedData"}


def collect(paths: list[Path], exclude: tuple[str, ...] = ()
            ) -> tuple[list[Path], list[FileError], list[FileError]]:
    """Localisation files under `paths` (folders walked, sorted), the paths that cannot be
    used (errors), and the files passed over in folders, with why (notes).

    A walk skips hidden folders, `IGNORED_DIRS` and what `exclude` matches (globs on the path
    relative to the scanned folder, or on any one name in it); it does not read a symbolic
    link that leads out of the scanned folder.
    """
    files: list[Path] = []
    errors: list[FileError] = []
    notes: list[FileError] = []
    for p in paths:
        if p.is_dir():
            files.extend(_walk(p, exclude, errors, notes))
        elif p.is_file():
            if p.suffix.lower() in UNSUPPORTED:
                errors.append(FileError(str(p), 0, f"{UNSUPPORTED[p.suffix.lower()]} are not "
                                                   f"supported yet; drift check reads {READS}"))
            elif kind_of(p) is None:
                errors.append(FileError(str(p), 0, f"unknown format; drift check reads {READS}"))
            else:
                files.append(p)
        else:
            errors.append(FileError(str(p), 0, "no such file or folder"))
    return list(dict.fromkeys(files)), errors, notes


def _named_like_locale(f: Path) -> bool:
    try:
        _group(kind_of(f), f)
    except _ReadError:
        return False
    return True


def _excluded(rel: str, exclude: tuple[str, ...]) -> bool:
    parts = rel.split("/")
    return any(fnmatch.fnmatchcase(rel, g) or any(fnmatch.fnmatchcase(x, g) for x in parts)
               for g in exclude)


def _walk(root: Path, exclude: tuple[str, ...], errors: list[FileError],
          notes: list[FileError]) -> list[Path]:
    real_root = root.resolve()
    found = []
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in IGNORED_DIRS
                         and not _excluded((here / d).relative_to(root).as_posix(), exclude))
        for name in names:
            f = here / name
            if name.startswith(".") or _excluded(f.relative_to(root).as_posix(), exclude):
                continue
            if f.suffix.lower() in UNSUPPORTED:
                errors.append(FileError(str(f), 0, f"{UNSUPPORTED[f.suffix.lower()]} are not "
                                                   f"supported yet; --exclude it to go on"))
                continue
            if kind_of(f) is None:
                continue
            if f.is_symlink() and not f.resolve().is_relative_to(real_root):
                errors.append(FileError(str(f), 0, "symbolic link to a file outside the scanned "
                                                   "folder; not read (pass the file itself to "
                                                   "check it)"))
                continue
            if kind_of(f) in MONOLINGUAL and kind_of(f) != "android" and not _named_like_locale(f):
                notes.append(FileError(str(f), 0, "skipped: not a locale file by its name (e.g. "
                                                  "en.json, locales/de/app.json, de.yml, app_de.arb)"))
                continue
            if kind_of(f) == "csv" and not _translation_table(f):
                notes.append(FileError(str(f), 0, "skipped: a table without source and target "
                                                  "columns (not a translation table)"))
                continue
            found.append(f)
    return sorted(found)


def read_corpus(paths: list[Path], source_lang: str | None = None,
                target_lang: str | None = None, root: Path | None = None,
                exclude: tuple[str, ...] = ()) -> Corpus:
    """Every unit of every localisation file under `paths`; unreadable files become errors.

    `root` makes the paths in units relative (for reports); default: the current folder.
    """
    files, errors, notes = collect(paths, exclude)
    rel = _relativiser(root or Path.cwd())
    corpus = Corpus(errors=list(errors), skipped=[FileError(rel(Path(n.path)), 0, n.message)
                                                  for n in notes])
    by_kind: dict[str, list[Path]] = defaultdict(list)
    for f in files:
        by_kind[kind_of(f)].append(f)
    for kind in ("po", "xliff", "tmx", "csv", "qt", "mo", "xcstrings"):
        for f in by_kind[kind]:
            try:
                units = _read(_BILINGUAL.get(kind) or _more_bilingual(kind), f, rel(f))
            except _ReadError as exc:
                corpus.errors.append(FileError(rel(f), exc.line, exc.message))
                continue
            corpus.files.append(rel(f))
            # gettext's msgids are English by convention, unless --source-lang says otherwise
            src = source_lang or ("en" if kind == "po" else None)
            corpus.units.extend(_with_langs(u, src, target_lang) for u in units)
            corpus.errors.extend(FileError(rel(f), n, m) for n, m in getattr(units, "errors", ()))
    for kind in MONOLINGUAL:
        _read_monolingual(kind, by_kind[kind], source_lang, target_lang, rel, corpus)
    corpus.errors.sort(key=lambda e: (e.path, e.line))
    from drift.plurals import icu_forms
    corpus.units = [form for u in corpus.units for form in icu_forms(u)]
    return corpus


def _read(reader, *args):
    """A reader's result; any failure of it (an OS error, a parser's own exception) becomes a
    `_ReadError` for this file alone."""
    try:
        return reader(*args)
    except _ReadError:
        raise
    except OSError as exc:
        raise _ReadError(0, f"cannot read: {exc.strerror or exc}") from None
    except RecursionError:
        raise _ReadError(0, "cannot parse: nested too deep") from None
    except Exception as exc:  # noqa: BLE001 - e.g. translate-toolkit on a broken PO plural
        raise _ReadError(0, f"cannot parse ({type(exc).__name__}: {str(exc)[:200]})") from None


def _relativiser(root: Path):
    root = root.resolve()

    def rel(p: Path) -> str:
        try:
            return p.resolve().relative_to(root).as_posix()
        except ValueError:
            return p.as_posix()
    return rel


def _with_langs(u: Unit, source_lang: str | None, target_lang: str | None) -> Unit:
    from dataclasses import replace
    return replace(u, source_lang=norm_lang(u.source_lang or source_lang),
                   target_lang=norm_lang(u.target_lang or target_lang))


class _ReadError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if not data.strip():
        raise _ReadError(0, "empty file")
    return data


def _text(path: Path) -> str:
    data = _read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise _ReadError(line, f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from None


def _xml_error(exc: Exception) -> _ReadError:
    line = getattr(exc, "lineno", None) or (getattr(exc, "position", None) or (0,))[0] or 0
    msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return _ReadError(int(line), f"malformed XML: {msg}")


# -- PO ----------------------------------------------------------------------------------------
def _po_lines(text: str) -> list[int]:
    """Line of the msgstr of each (non-obsolete) entry, in file order."""
    lines, waiting = [], False
    for n, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("msgid "):
            waiting = True
        elif raw.startswith("msgstr") and waiting:
            lines.append(n)
            waiting = False
    return lines


def read_po(path: Path, rel: str) -> list[Unit]:
    from translate.storage import pypo
    from translate.storage.poparser import PoParseError

    data = _read_bytes(path)
    try:
        store = pypo.pofile(data)
    except PoParseError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise _ReadError(int(m.group(1)) if m else 0, f"malformed PO: {exc}") from None
    except (UnicodeDecodeError, LookupError) as exc:
        raise _ReadError(0, f"cannot decode: {exc}; check the charset in the PO header") from None
    src_lang = store.getsourcelanguage()
    tgt_lang = store.gettargetlanguage()
    lines = iter(_po_lines(data.decode(store.encoding or "utf-8", errors="replace")))
    from drift.plurals import po_nplurals, po_plural_units

    plurals = po_nplurals(store)
    units = []
    for u in store.units:
        if u.isobsolete():
            continue
        line = next(lines, 0)
        if u.isheader():
            continue
        ctx = u.getcontext()
        uid = (ctx + "\x04" if ctx else "") + str(u.source)
        notes = (u.getnotes("translator") or "") + "\n" + (u.getnotes("developer") or "")
        state = "fuzzy" if u.isfuzzy() else ("translated" if u.istranslated() else "untranslated")
        typed = " ".join(getattr(u, "typecomments", []))
        limit = re.search(r"\bmax-length:(\d+)", typed)  # Weblate's flag: "#, max-length:40"
        base = Unit(uid, str(u.source), str(u.target or ""), src_lang, tgt_lang, rel, line,
                    state, bool(IGNORE_MARK.search(notes)), rel, flags_in(notes, typed),
                    int(limit.group(1)) if limit else None)
        units += po_plural_units(u, base, plurals) if u.hasplural() else [base]
    return units


# -- XLIFF -------------------------------------------------------------------------------------
def read_xliff(path: Path, rel: str) -> list[Unit]:
    from translate.storage import xliff, xliff2

    data = _read_bytes(path)
    head = data[:2000].decode("utf-8", errors="replace")
    v2 = 'version="2' in head or "version='2" in head or "xliff:document:2" in head
    try:
        store = (xliff2.Xliff2File if v2 else xliff.xlifffile).parsestring(data)
    except Exception as exc:  # lxml raises XMLSyntaxError, translate-toolkit ValueError
        raise _xml_error(exc) from None
    src_lang, tgt_lang = store.getsourcelanguage(), store.gettargetlanguage()
    units = []
    for u in store.units:
        el = u.xmlelement
        uid = el.get("id") or (el.getparent().get("id") if el.getparent() is not None else "") or ""
        target = str(u.target or "")
        tgt_el = _child(el, "target")
        line = tgt_el.sourceline if tgt_el is not None else el.sourceline
        state_attr = (tgt_el.get("state") if tgt_el is not None and tgt_el.get("state")
                      else el.get("state")) or ""
        if not target.strip():
            state = "untranslated"
        elif state_attr in _XLIFF_NEEDS or el.get("approved") == "no":
            state = "fuzzy"
        else:
            state = "translated"
        # XLIFF 1.2 maxwidth counts characters only with size-unit="char" (pixels by default)
        width = el.get("maxwidth") if el.get("size-unit") == "char" else None
        base = Unit(uid, str(u.source or ""), target, src_lang, tgt_lang, rel, line or 0, state,
                    _xliff_ignored(el), rel, flags_in(u.getnotes() or ""),
                    int(width) if width and width.isdigit() else None)
        # a gettext plural group (restype="x-gettext-plurals"): every form, as in PO
        if u.hasplural():
            from drift.plurals import lang_nplurals, po_plural_units
            units += po_plural_units(u, base, lang_nplurals(tgt_lang))
        else:
            units.append(base)
    return units


def _child(el, name: str):
    for c in el:
        if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] == name:
            return c
    return None


def _xliff_ignored(el) -> bool:
    """A <note> in the trans-unit (1.2) or in the segment's unit (2.x) saying `drift: ignore`."""
    parent = el.getparent()
    in_segment = el.tag.rsplit("}", 1)[-1] == "segment" and parent is not None
    for scope in [parent] if in_segment else [el]:
        for note in scope.iter():
            if isinstance(note.tag, str) and note.tag.rsplit("}", 1)[-1] == "note" \
                    and IGNORE_MARK.search(note.text or ""):
                return True
    return False


# -- TMX (several languages per unit: every target against the source language) -------------
def read_tmx(path: Path, rel: str) -> list[Unit]:
    from lxml import etree

    data = _read_bytes(path)
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise _xml_error(exc) from None
    header = root.find("header")
    src = (header.get("srclang") if header is not None else None) or ""
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    units = []
    for n, tu in enumerate(root.iter("tu"), 1):
        tuvs = [(tuv.get(xml_lang) or tuv.get("lang") or "", tuv) for tuv in tu.findall("tuv")]
        if not tuvs:
            continue
        by_lang = {norm_lang(lang): tuv for lang, tuv in tuvs}
        src_key = norm_lang(src) if src and src != "*all*" else norm_lang(tuvs[0][0])
        if src_key not in by_lang:
            raise _ReadError(tu.sourceline, f"unit has no variant in the source language '{src}'")
        source = _seg_text(by_lang[src_key])
        ignored = any(IGNORE_MARK.search(x.text or "") for x in tu.iter("note", "prop"))
        uid = tu.get("tuid") or str(n)
        for lang, tuv in tuvs:
            if norm_lang(lang) == src_key:
                continue
            target = _seg_text(tuv)
            units.append(Unit(uid, source, target, src_key, norm_lang(lang), rel, tuv.sourceline,
                              "translated" if target.strip() else "untranslated", ignored, rel))
    return units


def _seg_text(tuv) -> str:
    seg = tuv.find("seg")
    return "".join(seg.itertext()) if seg is not None else ""


def _translation_table(path: Path) -> bool:
    """Whether the first line of a CSV/TSV names a source and a target column."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            first = fh.readline(10_000)
    except OSError:
        return True  # let the reader report it
    delim = "\t" if path.suffix.lower() == ".tsv" else ","
    header = {h.strip().strip('"').lower() for h in first.split(delim)}
    return bool(header & set(_COLS["source"])) and bool(header & set(_COLS["target"]))


# -- CSV / TSV ---------------------------------------------------------------------------------
_COLS = {"source": ("source", "src", "original"), "target": ("target", "tgt", "translation"),
         "id": ("id", "key", "msgid", "name"), "source_lang": ("source_lang", "srclang"),
         "target_lang": ("target_lang", "tgtlang", "lang"), "note": ("note", "notes", "comment")}


def read_csv(path: Path, rel: str) -> list[Unit]:
    text = _text(path)
    csv.field_size_limit(1 << 30)
    delim = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise _ReadError(0, "empty file") from None
    col = {k: next((header.index(n) for n in names if n in header), None) for k, names in _COLS.items()}
    if col["source"] is None or col["target"] is None:
        raise _ReadError(1, f"header must name a source and a target column (found: {', '.join(header)})")
    units = _Units()
    try:
        for row in reader:
            if not any(c.strip() for c in row):
                continue
            line = reader.line_num
            if len(row) != len(header):  # this row alone: the others are still read
                units.errors.append((line, f"row has {len(row)} fields, the header has "
                                           f"{len(header)}; row not checked"))
                continue

            def get(k, row=row):
                return row[col[k]] if col[k] is not None else None
            target = get("target") or ""
            units.append(Unit(get("id") or f"row {line}", get("source") or "", target,
                              get("source_lang"), get("target_lang"), rel, line,
                              "translated" if target.strip() else "untranslated",
                              bool(IGNORE_MARK.search(get("note") or "")), rel,
                              flags_in(get("note"))))
    except csv.Error as exc:  # the rows before it are kept
        units.errors.append((reader.line_num, f"malformed CSV: {exc}; the rest of the file is not read"))
    return units


class _Units(list):
    """Units read from a file, and the (line, message) of its rows that could not be read."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[tuple[int, str]] = []


_BILINGUAL = {"po": read_po, "xliff": read_xliff, "tmx": read_tmx, "csv": read_csv}


# -- monolingual formats, paired by file name ----------------------------------------------------
@dataclass(frozen=True)
class _Entry:
    key: str
    text: str
    line: int
    ignored: bool = False
    flags: frozenset[str] = frozenset()


def _group(kind: str, path: Path) -> tuple[str, str | None]:
    """(group key shared by all locales of one file, this file's language or None = default)."""
    if kind not in ("json", "android", "properties"):
        from drift.l10n_formats import group
        return group(kind, path)
    if kind == "json":
        if is_lang(path.stem):
            return f"{path.parent}/*.json", path.stem
        if is_lang(path.parent.name):
            return f"{path.parent.parent}/*/{path.name}", path.parent.name
        raise _ReadError(0, "cannot tell the language from the name; name locale files like "
                            "en.json/de.json or locales/en/app.json/locales/de/app.json")
    if kind == "android":
        qual = path.parent.name.split("-", 1)
        lang = qual[1].replace("-r", "-") if len(qual) == 2 else None
        return f"{path.parent.parent}/values*/{path.name}", lang
    m = re.match(r"^(.*?)_([a-z]{2}(?:_[A-Z]{2})?)$", path.stem)
    if m and is_lang(m.group(2)):
        return f"{path.parent}/{m.group(1)}*.properties", m.group(2)
    return f"{path.parent}/{path.stem}*.properties", None


def _read_monolingual(kind: str, files: list[Path], source_lang: str | None,
                      target_lang: str | None, rel, corpus: Corpus) -> None:
    groups: dict[str, dict[str | None, Path]] = defaultdict(dict)
    for f in files:
        try:
            key, lang = _group(kind, f)
        except _ReadError as exc:
            corpus.errors.append(FileError(rel(f), exc.line, exc.message))
            continue
        groups[key][lang] = f
    for members in groups.values():
        _pair_group(kind, members, source_lang, target_lang, rel, corpus)


def _pair_group(kind, members, source_lang, target_lang, rel, corpus: Corpus) -> None:
    src = norm_lang(source_lang) or "en"
    src_key = None if None in members else next(
        (k for k in members if norm_lang(k) == src), None)
    if src_key not in members:
        names = ", ".join(rel(p) for p in members.values())
        corpus.errors.append(FileError(rel(next(iter(members.values()))), 0,
                                       f"no source-language file among {names}; pass --source-lang "
                                       f"(looked for '{src}')"))
        return
    entries: dict[str | None, dict[str, _Entry]] = {}
    for lang, f in members.items():
        try:
            entries[lang] = _read(_READERS.get(kind) or _more_entries(kind), f)
            corpus.files.append(rel(f))
        except _ReadError as exc:
            corpus.errors.append(FileError(rel(f), exc.line, exc.message))
    if src_key not in entries:
        return
    source, src_path = entries[src_key], rel(members[src_key])
    corpus.units.extend(_duplicates(source, src_path, src_path, norm_lang(src_key) or src, None))
    for lang in sorted((k for k in entries if k != src_key), key=str):
        if target_lang and norm_lang(lang) != norm_lang(target_lang):
            continue
        corpus.units.extend(_pair_units(source, entries[lang], src_path, rel(members[lang]),
                                        norm_lang(src_key) or src, norm_lang(lang)))


def _pair_units(source: dict[str, _Entry], target: dict[str, _Entry], src_path: str,
                tgt_path: str, src_lang: str, tgt_lang: str | None) -> list[Unit]:
    from drift.plurals import form_not_in_language, missing_forms, plural_categories, source_form

    units = []
    categories = plural_categories(tgt_lang)
    for key, s in source.items():
        t = target.get(key)
        if t is None:
            if form_not_in_language(key, target, categories):
                continue  # "files_one" where Japanese has only "files_other"
            units.append(Unit(key, s.text, "", src_lang, tgt_lang, tgt_path, 1, "missing",
                              s.ignored, src_path))
            continue
        state = "translated" if t.text.strip() else "untranslated"
        units.append(Unit(key, s.text, t.text, src_lang, tgt_lang, tgt_path, t.line, state,
                          s.ignored or t.ignored, src_path, s.flags | t.flags,
                          plural_form=source_form(key, source) is not None))
    for key, t in target.items():
        if key in source:
            continue
        other = source_form(key, source)
        if other is not None:  # "files_few" (Polish) against the source's "files_other"
            state = "translated" if t.text.strip() else "untranslated"
            units.append(Unit(key, other.text, t.text, src_lang, tgt_lang, tgt_path, t.line, state,
                              other.ignored or t.ignored, src_path, other.flags | t.flags,
                              plural_form=True))
        else:
            units.append(Unit(key, "", t.text, src_lang, tgt_lang, tgt_path, t.line, "extra",
                              t.ignored, src_path))
    units += missing_forms(source, target, categories, src_lang, tgt_lang, tgt_path, src_path)
    return units + _duplicates(target, tgt_path, src_path, src_lang, tgt_lang)


def _duplicates(entries, path: str, src_path: str, src_lang: str, tgt_lang: str | None) -> list[Unit]:
    return [Unit(d.key, "", d.text, src_lang, tgt_lang, path, d.line, "duplicate", d.ignored,
                 src_path) for d in getattr(entries, "duplicates", [])]


def _flatten(obj, prefix: str = "") -> list[tuple[str, str, str]]:
    """(dotted key, last key, string value) for every string leaf, in file order."""
    out = []
    items = obj if isinstance(obj, _JsonObject) else enumerate(obj) if isinstance(obj, list) else []
    for k, v in items:
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, list):  # a JSON object (_JsonObject) or array
            out.extend(_flatten(v, key))
        elif isinstance(v, str):
            out.append((key, str(k), v))
    return out


class _Entries(dict):
    """Key -> entry (the last one where a key repeats), and the repeated keys' other entries."""

    def __init__(self) -> None:
        super().__init__()
        self.duplicates: list[_Entry] = []

    def add(self, entry: _Entry) -> None:
        if entry.key in self:
            self.duplicates.append(self[entry.key])
        self[entry.key] = entry


class _JsonObject(list):
    """A JSON object as its (key, value) pairs, so that a repeated key is not lost."""


def read_json_entries(path: Path) -> _Entries:
    text = _text(path)
    try:
        data = json.loads(text, object_pairs_hook=_JsonObject)
    except json.JSONDecodeError as exc:
        raise _ReadError(exc.lineno, f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise _ReadError(0, "malformed JSON: nested too deep") from None
    if not isinstance(data, _JsonObject):
        raise _ReadError(1, "expected a JSON object of keys to strings")
    entries, pos = _Entries(), 0
    for key, leaf, value in _flatten(data):
        m = re.compile(r'"' + re.escape(json.dumps(leaf)[1:-1]) + r'"\s*:').search(text, pos)
        if m:
            pos = m.end()
        line = text.count("\n", 0, m.start()) + 1 if m else 1
        entries.add(_Entry(key, value, line))
    return entries


def read_android_entries(path: Path) -> dict[str, _Entry]:
    from translate.storage import aresource

    data = _read_bytes(path)
    try:
        store = aresource.AndroidResourceFile.parsestring(data)
    except Exception as exc:
        raise _xml_error(exc) from None
    entries = _Entries()
    for u in store.units:
        el = u.xmlelement
        if el.get("translatable") == "false":
            continue
        ignored, flags = bool(IGNORE_MARK.search(u.getnotes() or "")), flags_in(u.getnotes())
        if el.tag == "plurals":  # one entry per quantity, paired like i18next's x_one / x_few
            for item in el:
                if isinstance(item.tag, str) and item.get("quantity"):
                    entries.add(_Entry(f"{u.getid()}_{item.get('quantity')}",
                                       _android_text("".join(item.itertext())), item.sourceline or 0,
                                       ignored, flags))
            continue
        text = u.target
        text = "\n".join(text.strings) if hasattr(text, "strings") else str(text or "")
        entries.add(_Entry(u.getid(), text, el.sourceline or 0, ignored, flags))
    return entries


def _android_text(raw: str) -> str:
    """An Android string's text: its escapes resolved and surrounding quotes dropped."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), raw)


def read_properties_entries(path: Path) -> dict[str, _Entry]:
    from translate.storage import properties

    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # Java's traditional encoding for .properties is ISO 8859-1
        text = data.decode("latin-1")
    try:
        store = properties.propfile(io.BytesIO(text.encode("utf-8")), personality="java-utf8")
    except Exception as exc:
        raise _ReadError(0, f"malformed properties file: {exc}") from None
    lines = text.splitlines()
    entries, pos = _Entries(), 0
    for u in store.units:
        if not u.name or u.isblank():
            continue
        pat = re.compile(r"^\s*" + re.escape(u.name) + r"\s*[=:\s]")
        line = next((i + 1 for i in range(pos, len(lines)) if pat.match(lines[i])), 0)
        pos = line or pos
        entries.add(_Entry(u.name, str(u.source), line, bool(IGNORE_MARK.search(u.getnotes() or "")),
                           flags_in(u.getnotes())))
    return entries


def _more_bilingual(kind: str):
    from drift.l10n_formats import read_bilingual
    return lambda path, rel: read_bilingual(kind, path, rel)


def _more_entries(kind: str):
    from drift.l10n_formats import read_entries
    return lambda path: read_entries(kind, path)


_READERS = {"json": read_json_entries, "android": read_android_entries,
            "properties": read_properties_entries}
