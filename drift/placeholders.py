"""Placeholders in UI strings: find them, compare both sides, and mask them before scoring.

Covers printf (`%s`, `%1$d`, `%(count)d`, `%@`), Qt (`%1`, `%L2`), brace formats (`{0}`, `{name}`, `{{x}}`,
`${x}`), and ICU messages (`{count, plural, one {# file} other {# files}}`), whose argument
name counts as the placeholder and whose `other` branch stands for the text when scoring.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MASK = "X"
_PATTERN = re.compile(
    r"%%"                                              # an escaped percent: not a placeholder
    r"|%(?:\d+\$)?(?:\([A-Za-z_][\w.]*\))?[-+ #0']*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t)?"
    r"[diouxXeEfFgGcsSpaA@]"                           # printf / Python % / Objective-C %@
    r"|\{\{\s*[\w.]+\s*\}\}"                           # {{handlebars}} / Angular / i18next
    r"|\$\{[\w.]+\}"                                   # ${template}
    r"|\{\d+(?:,[^{}]*)?\}"                            # {0}, {0,number} (Java MessageFormat)
    r"|\{[A-Za-z_][\w.]*\}"                            # {name} (Python format, ICU simple arg)
    r"|%L?[1-9]\d?(?![\d$])"                            # Qt's %1 … %99 (%L1 localised)
)
_ICU_HEAD = re.compile(r"\{\s*([A-Za-z_]\w*)\s*,\s*(plural|select|selectordinal)\s*,")


@dataclass(frozen=True)
class Placeholders:
    """The placeholders of one string and the string with each replaced by MASK."""

    found: tuple[str, ...]
    masked: str


def matching_brace(text: str, start: int) -> int:
    """Index just past the brace that closes the one at `start` (or len(text))."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


_BRANCH = re.compile(r"\s*(=?\w+)\s*\{")


def icu_branches(body: str) -> list[tuple[str, str]]:
    """(selector, text) of each branch of an ICU plural/select body ("one {# file} other …")."""
    branches: list[tuple[str, str]] = []
    i = 0
    while i < len(body):
        m = _BRANCH.match(body, i)
        if not m:
            break
        end = matching_brace(body, m.end() - 1)
        branches.append((m.group(1), body[m.end():end - 1]))
        i = end
    return branches


def _icu_other(body: str) -> str:
    """The `other` branch of an ICU plural/select body (or the last branch)."""
    branches = icu_branches(body)
    if not branches:
        return ""
    chosen = dict(branches).get("other", branches[-1][1])
    return chosen.replace("#", MASK)


def _expand_icu(text: str) -> tuple[str, list[str]]:
    """Replace each ICU plural/select by its `other` branch; return the argument names."""
    names: list[str] = []
    while m := _ICU_HEAD.search(text):
        end = matching_brace(text, m.start())
        names.append("{" + m.group(1) + "}")
        text = text[:m.start()] + _icu_other(text[m.end():end - 1]) + text[end:]
    return text, names


def extract(text: str) -> Placeholders:
    """Placeholders of `text` in order, and `text` with each masked."""
    expanded, icu = _expand_icu(text)
    found = list(icu)
    parts: list[str] = []
    last = 0
    for m in _PATTERN.finditer(expanded):
        if m.group() == "%%":
            continue
        found.append(_normalise(m.group()))
        parts.append(expanded[last:m.start()])
        parts.append(MASK)
        last = m.end()
    parts.append(expanded[last:])
    return Placeholders(tuple(found), "".join(parts))


def _normalise(ph: str) -> str:
    """Spacing inside {{ x }} does not matter."""
    return re.sub(r"\s+", "", ph) if ph.startswith("{{") else ph


def mismatch(source: Placeholders, target: Placeholders) -> tuple[list[str], list[str]]:
    """(missing in target, extra in target), as multisets; order may differ (`%1$s` etc.)."""
    a, b = Counter(source.found), Counter(target.found)
    return sorted((a - b).elements()), sorted((b - a).elements())
