"""Reports of `drift check`: terminal text, JSON, SARIF 2.1.0, JUnit XML, GitHub annotations."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from drift import __version__
from drift.check import FAIL_ON, LEVELS, RULES, CheckReport, Problem, short_text

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/drift-checker/drift"


# -- terminal ---------------------------------------------------------------------------------
def text_report(rep: CheckReport, fail_on: str = "drift") -> str:
    probs = rep.problems
    lines = []
    for e in rep.errors:
        lines.append(f"{e.path}:{e.line}: unreadable: {e.message}")
    for e in rep.skipped[:5]:
        lines.append(f"{e.path}: {e.message}")
    if len(rep.skipped) > 5:
        lines.append(f"... and {len(rep.skipped) - 5} more files skipped (--format json lists them)")
    per_file: dict[str, Counter] = defaultdict(Counter)
    units_per_file = Counter(r.unit.path for r in rep.results)
    for p in probs:
        per_file[p.unit.path][(p.level, p.kind)] += 1
    for path in sorted(units_per_file):
        c = per_file.get(path, Counter())
        summary = ", ".join(f"{n} {kind} ({level})" for (level, kind), n in
                            sorted(c.items(), key=lambda x: (-LEVELS[x[0][0]], x[0][1]))) or "ok"
        lines.append(f"{path}: {units_per_file[path]} units: {summary}")
    if probs:
        lines.append("")
    grouped: dict[tuple, list[Problem]] = {}
    for p in probs:
        grouped.setdefault((p.unit.path, p.unit.line, p.unit.id, p.unit.target_lang), []).append(p)
    for group in grouped.values():
        u, worst = group[0].unit, group[0]
        score = f" drift {worst.drift:.2f}" if worst.drift is not None else ""
        kinds = ", ".join(dict.fromkeys(p.kind for p in group))
        lines.append(f"{u.path}:{u.line}: {worst.level}:{score} [{kinds}] {short_text(u.id, 60)}")
        lines.append(f"    source: {short_text(u.source, 100)}")
        if u.target:
            lines.append(f"    target: {short_text(u.target, 100)}")
        for p in group:
            lines.append(f"    - {p.kind}: {p.message}")
    counts = Counter(p.level for p in probs)
    failing = sum(1 for p in probs if LEVELS[p.level] >= FAIL_ON[fail_on])
    lines.append("")
    lines.append(f"{len(rep.results)} units in {len(rep.files)} files; "
                 f"{counts['error']} errors, {counts['warning']} warnings, {counts['note']} notes; "
                 f"{failing} at or above --fail-on {fail_on}; {len(rep.baselined)} in baseline; "
                 f"{rep.suppressed} suppressed; {len(rep.errors)} unreadable"
                 + (f"; {rep.unscored} could not be scored" if rep.unscored else "")
                 + (f"; {rep.skipped_unchanged} unchanged units skipped" if rep.skipped_unchanged else "")
                 + f"; {rep.seconds:.1f} s")
    lines.append(f"signature: {rep.signature}")
    return "\n".join(lines)


# -- JSON -------------------------------------------------------------------------------------
def problem_dict(p: Problem) -> dict:
    u = p.unit
    return {"file": u.path, "line": u.line, "id": u.id, "kind": p.kind, "level": p.level,
            "message": p.message, "source": u.source, "target": u.target,
            "source_lang": u.source_lang, "target_lang": u.target_lang, "source_file": u.source_path,
            "a_text": p.a_text, "b_text": p.b_text, "drift": p.drift, "fingerprint": p.fingerprint}


def json_report(rep: CheckReport, fail_on: str = "drift") -> str:
    d = {"schema": "drift.check/1", "signature": rep.signature, "files": rep.files,
         "units": len(rep.results), "scored": sum(1 for r in rep.results if r.scored),
         "suppressed": rep.suppressed, "baselined": len(rep.baselined),
         "skipped_unchanged": rep.skipped_unchanged, "exit_code": rep.exit_code(fail_on),
         "problems": [problem_dict(p) for p in rep.problems],
         "errors": [{"file": e.path, "line": e.line, "message": e.message} for e in rep.errors],
         "skipped": [{"file": e.path, "message": e.message} for e in rep.skipped]}
    return json.dumps(d, ensure_ascii=False, indent=2)


# -- SARIF 2.1.0 ------------------------------------------------------------------------------
def _rule_id(kind: str) -> str:
    return f"drift/{kind}"


def sarif_report(rep: CheckReport, fail_on: str = "drift") -> str:
    kinds = sorted(RULES)
    index = {k: i for i, k in enumerate(kinds)}
    rules = [{"id": _rule_id(k), "name": k.title().replace("-", ""),
              "shortDescription": {"text": RULES[k]}, "fullDescription": {"text": RULES[k]},
              "helpUri": f"{INFO_URI}/blob/main/docs/reference.md#finding-kinds",
              "help": {"text": RULES[k] + " Accept with --update-baseline or a `drift: ignore` "
                                         "note on the unit."}} for k in kinds]
    results = []
    for p in rep.problems:
        u = p.unit
        msg = p.message + f" (unit {u.id!r}; source: {short_text(u.source, 120)!r}"
        msg += f"; target: {short_text(u.target, 120)!r})" if u.target else ")"
        results.append({
            "ruleId": _rule_id(p.kind), "ruleIndex": index.get(p.kind, 0), "level": p.level,
            "message": {"text": msg},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": u.path, "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": max(1, u.line)}}}],
            "partialFingerprints": {"driftUnit/v1": p.fingerprint},
            "properties": {"unitId": u.id, "drift": p.drift, "sourceLang": u.source_lang,
                           "targetLang": u.target_lang}})
    notes = [{"level": "error", "message": {"text": e.message},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": e.path},
                                                  **({"region": {"startLine": e.line}} if e.line else {})}}]}
             for e in rep.errors]
    run = {"tool": {"driver": {"name": "drift", "version": __version__, "semanticVersion": __version__,
                               "informationUri": INFO_URI, "rules": rules}},
           # §3.14.14: a base without uriBaseId is an absolute URI ending in "/": the folder the
           # results' relative paths start from
           "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri().rstrip("/") + "/"}},
           "invocations": [{"executionSuccessful": not rep.errors and not rep.unscored,
                            "toolExecutionNotifications": notes}],
           "results": results,
           "properties": {"signature": rep.signature}}
    return json.dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]},
                      ensure_ascii=False, indent=2)


# -- JUnit XML --------------------------------------------------------------------------------
def _skip_reason(u) -> str | None:
    """Why a unit was not scored: suppressed, fuzzy or untranslated (JUnit <skipped>)."""
    if u.suppressed:
        return "suppressed (drift: ignore)"
    return {"fuzzy": "marked fuzzy (needs review)", "untranslated": "not translated"}.get(u.state)


def junit_report(rep: CheckReport, fail_on: str = "drift") -> str:
    bar = FAIL_ON[fail_on]
    by_file = defaultdict(list)
    for r in rep.results:
        by_file[r.unit.path].append(r)
    base = rep.baselined
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    suites = []
    total = fails = skips = 0
    for path in sorted(by_file):
        cases, nfail, nskip = [], 0, 0
        for r in sorted(by_file[path], key=lambda r: (r.unit.line, r.unit.id)):
            u = r.unit
            probs = [p for p in r.problems if p.fingerprint not in base]
            failing = [p for p in probs if LEVELS[p.level] >= bar]
            name = quoteattr(f"{u.id} (line {u.line})" if u.target_lang is None
                             else f"{u.id} [{u.target_lang}] (line {u.line})")
            case = f'    <testcase classname={quoteattr(path)} name={name}'
            skipped = _skip_reason(u) if not failing else None
            if not probs and not skipped:
                cases.append(case + "/>")
                continue
            body = []
            if skipped:
                nskip += 1
                body.append(f"      <skipped message={quoteattr(skipped)}/>")
            if failing:
                nfail += 1
                detail = "\n".join(f"{p.level} [{p.kind}] {p.message}" for p in failing)
                body.append(f"      <failure type={quoteattr(failing[0].kind)} "
                            f"message={quoteattr(failing[0].message)}>{escape(detail)}</failure>")
            rest = [p for p in probs if p not in failing]
            if rest:
                body.append("      <system-out>" + escape("\n".join(
                    f"{p.level} [{p.kind}] {p.message}" for p in rest)) + "</system-out>")
            cases.append(case + ">\n" + "\n".join(body) + "\n    </testcase>")
        total += len(cases)
        fails += nfail
        skips += nskip
        suites.append(f'  <testsuite name={quoteattr(path)} tests="{len(cases)}" failures="{nfail}" '
                      f'errors="0" skipped="{nskip}">\n' + "\n".join(cases) + "\n  </testsuite>")
    for e in rep.errors:
        suites.append(f'  <testsuite name={quoteattr(e.path)} tests="1" failures="0" errors="1">\n'
                      f'    <testcase classname={quoteattr(e.path)} name="read">\n'
                      f'      <error type="unreadable" message={quoteattr(f"line {e.line}: {e.message}")}/>\n'
                      f'    </testcase>\n  </testsuite>')
    out.append(f'<testsuites name="drift" tests="{total + len(rep.errors)}" failures="{fails}" '
               f'errors="{len(rep.errors)}" skipped="{skips}" time="{rep.seconds:.3f}">')
    out.extend(suites)
    out.append("</testsuites>")
    return "\n".join(out)


# -- GitHub workflow commands -----------------------------------------------------------------
def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


def github_report(rep: CheckReport, fail_on: str = "drift") -> str:
    cmd = {"error": "error", "warning": "warning", "note": "notice"}
    lines = [f"::error file={_gh_prop(e.path)},line={max(1, e.line)},title=drift unreadable::"
             f"{_gh_data(e.message)}" for e in rep.errors]
    for p in rep.problems:
        u = p.unit
        msg = f"{p.message} (unit {u.id}; source: {short_text(u.source)})"
        lines.append(f"::{cmd[p.level]} file={_gh_prop(u.path)},line={max(1, u.line)},"
                     f"title={_gh_prop('drift ' + p.kind)}::{_gh_data(msg)}")
    return "\n".join(lines)


FORMATS = {"text": text_report, "json": json_report, "sarif": sarif_report,
           "junit": junit_report, "github": github_report}
