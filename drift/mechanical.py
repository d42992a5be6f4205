"""Mechanical checks of a translated unit, the ones translators know from pofilter and Weblate:
markup, URLs, e-mail addresses, end punctuation, whitespace, brackets, accelerators, newlines,
escapes, untranslated copies, acronyms.

They are translate-toolkit's own checkers (`translate.filters.checks.StandardChecker`, with the
target language's punctuation rules), run on the texts with placeholders masked (placeholders
are their own check). Each becomes a problem kind with a stable SARIF rule id. A unit turns one
off with a flag in its comment or note (`ignore-<kind>`, or Weblate's own flag names such as
`ignore-end-stop`, `ignore-same`); a run with `--skip-check KIND`.

Levels follow the false alarms each check raised on faithful human translations (the held-out
split of ../shared/data, 4,031 sentence pairs in 58 languages): none or nearly none -> error
(markup, URL, e-mail) or warning; above 1 % -> note (end punctuation 13.6 %, acronyms 4.3 %,
brackets 1.5 %), as there the check flags as many faithful renderings as drifted ones.
drift's own two, Markdown and unsafe HTML, flagged none of those pairs (they hold no Markdown
or markup to lose).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MechanicalCheck:
    """One check: translate-toolkit's tests it runs, its level, the flags that turn it off."""

    kind: str
    tests: tuple[str, ...]
    level: str
    description: str
    weblate_flags: tuple[str, ...] = ()


CHECKS: tuple[MechanicalCheck, ...] = (
    MechanicalCheck("markup", ("xmltags",), "error",
                    "Markup tags (<a>, <b>, …) differ between source and translation.",
                    ("ignore-xml-tags", "ignore-safe-html")),
    MechanicalCheck("url", ("urls",), "error", "A URL of the source is missing or changed.",
                    ("ignore-url",)),
    MechanicalCheck("email", ("emails",), "error",
                    "An e-mail address of the source is missing or changed."),
    MechanicalCheck("newlines", ("newlines",), "warning", "The line breaks differ.",
                    ("ignore-newline-count", "ignore-end-newline", "ignore-begin-newline")),
    MechanicalCheck("whitespace", ("startwhitespace", "endwhitespace"), "warning",
                    "Leading or trailing whitespace differs.",
                    ("ignore-begin-space", "ignore-end-space")),
    MechanicalCheck("double-space", ("doublespacing",), "warning",
                    "Double spaces differ between source and translation.", ("ignore-double-space",)),
    MechanicalCheck("accelerator", ("accelerators",), "warning",
                    "The keyboard accelerator (&File) is missing or doubled.", ("ignore-accelerators",)),
    MechanicalCheck("escapes", ("escapes",), "warning", "Escape sequences (\\n, \\t) differ.",
                    ("ignore-escaped-newline",)),
    MechanicalCheck("end-punctuation", ("endpunc",), "note",
                    "The final punctuation differs (language-aware: French spacing, CJK full stops).",
                    ("ignore-end-stop", "ignore-end-colon", "ignore-end-question",
                     "ignore-end-exclamation", "ignore-end-ellipsis", "ignore-end-semicolon")),
    MechanicalCheck("brackets", ("brackets",), "note", "Brackets differ."),
    MechanicalCheck("acronym", ("acronyms",), "note", "An acronym of the source is not in the translation."),
    MechanicalCheck("untranslated-copy", ("unchanged",), "note",
                    "The translation is a copy of the source.", ("ignore-same",)),
)
# drift's own checks next to pofilter's (translate-toolkit has none for these): Markdown that
# lost its links or code, and markup in a translation that a web page would run
CHECKS += (
    MechanicalCheck("markdown", ("markdown",), "warning",
                    "Markdown links, link targets or code spans differ.", ("ignore-md-text",)),
    MechanicalCheck("unsafe-html", ("unsafe_html",), "error",
                    "The translation adds markup that runs code (<script>, on…= handlers, "
                    "javascript: links).", ("ignore-safe-html",)),
)
KINDS = {c.kind: c for c in CHECKS}
_MD_LINK = re.compile(r"\[[^\]\n]*\]\(([^)\s]+)[^)]*\)")
_MD_CODE = re.compile(r"`[^`\n]+`")
_UNSAFE = re.compile(r"<\s*(?:script|iframe|object|embed)\b|\bon[a-z]+\s*=|javascript\s*:", re.I)


def _markdown(source: str, target: str) -> str | None:
    """Why the Markdown differs, or None (only for a source with links or code spans)."""
    links = (sorted(_MD_LINK.findall(source)), sorted(_MD_LINK.findall(target)))
    code = (sorted(_MD_CODE.findall(source)), sorted(_MD_CODE.findall(target)))
    if links[0] != links[1] and links[0]:
        return f"link targets {', '.join(links[0])} vs {', '.join(links[1]) or 'none'}"
    if code[0] != code[1] and code[0]:
        return f"code spans {' '.join(code[0])} vs {' '.join(code[1]) or 'none'}"
    return None


def _unsafe_html(source: str, target: str) -> str | None:
    added = [m.group() for m in _UNSAFE.finditer(target)
             if m.group().lower() not in source.lower()]
    return f"{', '.join(added)} not in the source" if added else None


_OWN = {"markdown": _markdown, "unsafe_html": _unsafe_html}
FLAG = re.compile(r"\bignore-[a-z0-9-]+", re.IGNORECASE)


def flags_in(*texts: str | None) -> frozenset[str]:
    """The `ignore-…` flags written in a unit's comments, notes or PO flags."""
    return frozenset(m.group().lower() for t in texts if t for m in FLAG.finditer(t))


@functools.lru_cache(maxsize=64)
def _checker(lang: str):
    from translate.filters import checks

    return checks.StandardChecker(checks.CheckerConfig(targetlanguage=lang, accelmarkers=["&"]))


def failing(source: str, target: str, lang: str | None, flags: frozenset[str] = frozenset(),
            skip: frozenset[str] = frozenset()) -> list[tuple[MechanicalCheck, str]]:
    """(check, message) for each check the pair fails, in `CHECKS` order."""
    from translate.filters.checks import FilterFailure

    checker = _checker(lang or "")
    out = []
    for check in CHECKS:
        if check.kind in skip or f"ignore-{check.kind}" in flags or set(check.weblate_flags) & flags:
            continue
        for test in check.tests:
            if test in _OWN:
                why = _OWN[test](source, target)
                if why:
                    out.append((check, f"{check.description} ({why})"))
                    break
                continue
            try:
                ok = getattr(checker, test)(source, target)
                why = ""
            except FilterFailure as exc:
                ok, why = False, "; ".join(str(m) for m in exc.messages) if hasattr(exc, "messages") \
                    else str(exc)
            except Exception:  # noqa: BLE001 - a checker's own bug never stops the run
                continue
            if not ok:
                out.append((check, f"{check.description} ({why})" if why else check.description))
                break
    return out
