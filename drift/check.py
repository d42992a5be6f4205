"""`drift check`: score every translated unit of a corpus and turn results into problems.

The scoring step, `score_units`, is a pure function of a batch of units and a scorer (plus an
optional result cache), so batches can be handed to any parallel or distributed engine.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from drift.cache import ResultCache
from drift.errors import InputError
from drift.l10n import IGNORED_DIRS, SUFFIXES, Corpus, FileError, Unit, read_corpus
from drift.langid import language_code
from drift.mechanical import CHECKS as MECHANICAL
from drift.mechanical import failing
from drift.placeholders import extract, mismatch
from drift.score import PairResult, RowError, Scorer

LEVELS = {"note": 1, "warning": 2, "error": 3}
FAIL_ON = {"drift": 3, "nuance": 2, "any": 1, "never": 99}
STATE_KINDS = {"fuzzy": ("fuzzy", "note", "marked fuzzy (needs review); not scored"),
               "untranslated": ("untranslated", "note", "not translated"),
               "missing": ("missing-key", "warning", "key is in the source file but not in this one"),
               "extra": ("extra-key", "warning", "key is in this file but not in the source file"),
               "plural-count": ("plural-forms", "error", "the number of plural forms differs from "
                                                          "the language's (the Plural-Forms header, "
                                                          "else CLDR)"),
               "duplicate": ("duplicate-key", "warning", "key appears again later in this file; "
                                                         "the later value is the one compared")}
RULES = {
    "meaning": "The translation's meaning differs from the source (no single word to blame).",
    "negation": "A negation is present on one side only.",
    "number": "A number or quantity differs.",
    "date": "A date, month, weekday or year differs.",
    "entity": "A name (person, place, organisation) is changed, added or dropped.",
    "omission": "Content of the source is missing from the translation.",
    "addition": "The translation adds content the source does not have.",
    "substitution": "Aligned words differ in meaning (antonym, intensity, modality).",
    "placeholder": "Placeholders differ between source and translation.",
    "fuzzy": "The unit is marked fuzzy / needs review.",
    "untranslated": "The unit has no translation.",
    "missing-key": "A key of the source locale file is missing from the target locale file.",
    "extra-key": "A key of the target locale file does not exist in the source locale file.",
    "plural-forms": "A unit has not as many plural forms as its language has.",
    "max-length": "The translation is longer than the file allows (XLIFF maxwidth in characters, "
                  "PO max-length flag).",
    "inconsistent": "The same source text is translated differently elsewhere in the corpus.",
    "duplicate-key": "A key appears more than once in one locale file (only the last value counts).",
    **{c.kind: c.description for c in MECHANICAL},
    "unscored": "The unit could not be scored (too long for the scorer, or an internal error); "
                "the rest of the run went on.",
}


@dataclass(frozen=True)
class Problem:
    """One reportable problem of one unit."""

    kind: str
    level: str
    unit: Unit
    message: str
    a_text: str = ""
    b_text: str = ""
    drift: float | None = None

    @property
    def fingerprint(self) -> str:
        """Stable across runs and line moves: file, unit id, kind and the unit's content."""
        u = self.unit
        raw = "\x00".join([u.path, u.id, self.kind, u.source, u.target])
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@dataclass(frozen=True)
class UnitResult:
    """A unit, its problems, whether it was scored, and the scorer's result where it has a
    problem (a clean unit's result is not kept: a run's memory stays that of its units)."""

    unit: Unit
    result: PairResult | None
    problems: tuple[Problem, ...] = ()
    scored: bool = False


@dataclass
class CheckReport:
    """Everything a report format needs."""

    signature: str
    files: list[str]
    results: list[UnitResult]
    errors: list[FileError]
    baselined: set[str] = field(default_factory=set)
    skipped: list[FileError] = field(default_factory=list)  # files passed over, and why
    seconds: float = 0.0
    scored_now: int = 0
    skipped_unchanged: int = 0

    @property
    def problems(self) -> list[Problem]:
        """Problems not accepted in the baseline, worst first, then by file and line."""
        out = [p for r in self.results for p in r.problems if p.fingerprint not in self.baselined]
        return sorted(out, key=lambda p: (-LEVELS[p.level], -(p.drift or 0), p.unit.path, p.unit.line))

    @property
    def suppressed(self) -> int:
        return sum(1 for r in self.results if r.unit.suppressed)

    @property
    def unscored(self) -> int:
        """Units that could not be scored (each has an `unscored` problem)."""
        return sum(1 for r in self.results for p in r.problems if p.kind == "unscored")

    def exit_code(self, fail_on: str = "drift") -> int:
        """2 if a file could not be read or a unit could not be scored, else 1 if a problem
        reaches `fail_on`, else 0."""
        if self.errors or self.unscored:
            return 2
        bar = FAIL_ON[fail_on]
        return 1 if any(LEVELS[p.level] >= bar for p in self.problems) else 0


# -- scoring -----------------------------------------------------------------------------------
def score_units(units: Sequence[Unit], scorer: Scorer, cache: ResultCache | None = None,
                show_progress: bool = False, engine=None,
                skip_checks: frozenset[str] = frozenset()) -> list[UnitResult]:
    """Score a batch of units. Pure apart from the optional cache; order is kept. `engine`
    (a `RayEngine`) scores the pairs in the scorer's place."""
    out: list[UnitResult | None] = [None] * len(units)
    todo: list[tuple[int, str, str, bytes]] = []
    for i, u in enumerate(units):
        if u.state != "translated" or u.suppressed or not u.source.strip():
            out[i] = UnitResult(u, None, _state_problems(u))
            continue
        ps, pt = extract(u.source), extract(u.target)
        a, b = (_ACCELERATOR.sub("", ps.masked).strip() or u.source,
                _ACCELERATOR.sub("", pt.masked).strip() or u.target)
        key = ResultCache.key(scorer.signature, u.source_lang or "", u.target_lang or "", a, b)
        todo.append((i, a, b, key))
    cached = cache.get_many([k for *_, k in todo]) if cache and todo else {}
    fresh = list({t[3]: t for t in todo if t[3] not in cached}.values())  # same texts: once
    scored = (engine or scorer).score_each(
        [(a, b) for _, a, b, _ in fresh], show_progress=show_progress,
        langs=[(units[i].source_lang, units[i].target_lang) for i, *_ in fresh]) if fresh else []
    new = {k: r for (_, _, _, k), r in zip(fresh, scored)}
    if cache and new:
        cache.put_many({k: json.dumps(r.to_dict(features=True), ensure_ascii=False)
                        for k, r in new.items() if isinstance(r, PairResult)})
    for i, _, _, key in todo:
        r = new.get(key) or PairResult.from_dict(json.loads(cached[key]))
        if isinstance(r, RowError):  # this unit alone: the others of its batch are scored
            out[i] = UnitResult(units[i], None, (Problem("unscored", "error", units[i],
                                                         f"could not be scored: {r.error}"),))
            continue
        probs = _placeholder_problems(units[i]) + _length_problems(units[i]) \
            + _mechanical_problems(units[i], skip_checks) + _drift_problems(units[i], r)
        out[i] = UnitResult(units[i], r if probs else None, tuple(probs), scored=True)
    return out  # type: ignore[return-value]


# "&File": the accelerator mark is no part of the words scored ("&&" and "Terms & X" stay)
_ACCELERATOR = re.compile(r"(?<![&\w])&(?=\w)")


def _state_problems(u: Unit) -> tuple[Problem, ...]:
    if u.suppressed or u.state not in STATE_KINDS:
        return ()
    kind, level, msg = STATE_KINDS[u.state]
    return (Problem(kind, level, u, msg),)


def _placeholder_problems(u: Unit) -> list[Problem]:
    missing, extra = mismatch(extract(u.source), extract(u.target))
    if not missing and not extra:
        return []
    parts = []
    if missing:
        parts.append("missing in the translation: " + " ".join(missing))
    if extra:
        parts.append("not in the source: " + " ".join(extra))
    return [Problem("placeholder", "error", u, "placeholders differ; " + "; ".join(parts),
                    " ".join(missing), " ".join(extra))]


def _length_problems(u: Unit) -> list[Problem]:
    if u.max_length is None or len(u.target) <= u.max_length or "ignore-max-length" in u.flags:
        return []
    return [Problem("max-length", "error", u, f"translation has {len(u.target)} characters; "
                                              f"the file allows {u.max_length}")]


def _mechanical_problems(u: Unit, skip: frozenset[str]) -> list[Problem]:
    """pofilter's checks (drift.mechanical) on the texts with placeholders masked."""
    source, target = extract(u.source).masked, extract(u.target).masked
    return [Problem(check.kind, check.level, u, message)
            for check, message in failing(source, target, u.target_lang, u.flags, skip)]


def _drift_problems(u: Unit, r: PairResult) -> list[Problem]:
    if r.label == "equivalent":
        return []
    ranked = [f for f in r.findings if f.severity in ("medium", "high")]
    # a nuance that only hedged, low-severity findings explain is a note, as the CLI folds
    # them: on the faithful Spanish of corpora/l10n ("offline"/"sin conexión", "Frankfurt"/
    # "Fráncfort", "fixed a bug"/"error") the scorer says nuance with nothing above low
    level = "error" if r.label == "drift" else "warning" if ranked else "note"
    ranked = ranked or [f for f in r.findings if f.severity == "low"]
    out = [Problem(f.kind, level, u, f.message, f.a_text, f.b_text, r.drift) for f in ranked]
    if not out:
        out = [Problem("meaning", level, u, f"meaning differs (drift {r.drift:.2f}, similarity "
                                              f"{r.similarity:.2f}) with no single word to blame",
                       drift=r.drift)]
    return out


# -- the whole run -----------------------------------------------------------------------------
def run_check(paths: list[Path], scorer: Scorer, source_lang: str | None = None,
              target_lang: str | None = None, baseline: Path | None = None,
              changed_since: str | None = None, cache: ResultCache | None = None,
              batch_size: int = 2048, show_progress: bool = False,
              exclude: tuple[str, ...] = (), engine=None,
              skip_checks: frozenset[str] = frozenset()) -> CheckReport:
    """Read the corpus, keep what changed (if asked), score in batches, apply the baseline."""
    start = time.perf_counter()
    source_lang, target_lang = (language_code(x) if x else x for x in (source_lang, target_lang))
    corpus = read_corpus(paths, source_lang, target_lang, exclude=exclude)
    if not corpus.files and not corpus.errors:
        raise InputError(_nothing_found(paths, corpus))
    units, skipped = corpus.units, 0
    if changed_since:
        units = changed_units(corpus, changed_since)
        skipped = len(corpus.units) - len(units)
    results: list[UnitResult] = []
    batch_size = 100_000 if engine else batch_size  # a distributed run loads its actors once
    for s in range(0, len(units), batch_size):
        results.extend(score_units(units[s:s + batch_size], scorer, cache, show_progress, engine,
                                   skip_checks))
    results = _with_consistency(results)
    report = CheckReport(scorer.signature, corpus.files, results, corpus.errors,
                         load_baseline(baseline) if baseline else set(),
                         skipped=corpus.skipped, skipped_unchanged=skipped)
    report.seconds = time.perf_counter() - start
    return report


def _with_consistency(results: list[UnitResult]) -> list[UnitResult]:
    """An `inconsistent` note on each unit whose source text is translated otherwise elsewhere
    in the corpus (same target language; plural forms apart, as their texts differ by design)."""
    groups: dict[tuple, list[int]] = {}
    for k, r in enumerate(results):
        u = r.unit
        if u.state == "translated" and not u.suppressed and u.target.strip() \
                and not u.plural_form and "ignore-inconsistent" not in u.flags:
            groups.setdefault((u.source.strip(), u.target_lang), []).append(k)
    out = list(results)
    for members in groups.values():
        if len({results[k].unit.target.strip() for k in members}) < 2:
            continue
        for k in members:
            u = results[k].unit
            other = next(results[j].unit for j in members
                         if results[j].unit.target.strip() != u.target.strip())
            note = Problem("inconsistent", "note", u,
                           f"the same source is translated '{short_text(other.target)}' at "
                           f"{other.path}:{other.line}")
            out[k] = replace(results[k], problems=(*results[k].problems, note))
    return out


def short_text(text: str, n: int = 80) -> str:
    """`text` on one line, cut to `n` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _nothing_found(paths: list[Path], corpus: Corpus) -> str:
    where = " ".join(str(p) for p in paths)
    msg = (f"no localisation file found in {where}; drift check reads "
           f"{' '.join(sorted(SUFFIXES))} (JSON as en.json or locales/de/app.json) and Android "
           f"values*/strings.xml (folders {', '.join(sorted(IGNORED_DIRS))} and hidden ones are "
           f"not searched)")
    if corpus.skipped:
        msg += f"; passed over {len(corpus.skipped)} file(s), e.g. {corpus.skipped[0]}"
    return msg


# -- baseline ----------------------------------------------------------------------------------
def load_baseline(path: Path) -> set[str]:
    """Fingerprints accepted in a baseline file (missing file = empty baseline)."""
    if not path.exists():
        return set()
    try:
        data = json.loads(path.read_text("utf-8"))
        return {e["fingerprint"] for e in data["accepted"]}
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a drift baseline ({exc}); regenerate it with "
                         f"--update-baseline") from None


def write_baseline(path: Path, report: CheckReport) -> int:
    """Accept every current problem; return how many."""
    every = [p for r in report.results for p in r.problems]
    entries = sorted({p.fingerprint: {"fingerprint": p.fingerprint, "file": p.unit.path,
                                      "id": p.unit.id, "kind": p.kind} for p in every}.values(),
                     key=lambda e: (e["file"], e["id"], e["kind"]))
    try:
        path.write_text(json.dumps({"tool": "drift", "schema": "drift.baseline/1", "accepted": entries},
                                   ensure_ascii=False, indent=1) + "\n", "utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the baseline {path}: {exc.strerror or exc}") from None
    return len(entries)


# -- incremental runs --------------------------------------------------------------------------
def changed_units(corpus: Corpus, ref: str) -> list[Unit]:
    """Units whose file, id, source, target or state differ from git revision `ref`."""
    top = _git(["rev-parse", "--show-toplevel"]).strip()
    prefix = _git(["rev-parse", "--show-prefix"]).strip()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], what=f"unknown revision '{ref}'")
    with tempfile.TemporaryDirectory() as tmp:
        old_files = []
        for rel in corpus.files:
            repo_path = (Path(prefix) / rel).as_posix()
            try:
                blob = subprocess.run(["git", "-C", top, "show", f"{ref}:{repo_path}"],
                                      capture_output=True, check=True).stdout
            except subprocess.CalledProcessError:
                continue  # new file: all its units are changed
            dest = Path(tmp) / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(blob)
            old_files.append(dest)
        old = read_corpus(old_files, root=Path(tmp)) if old_files else Corpus()
    seen = {(u.path, u.id, u.source, u.target, u.state) for u in old.units}
    return [u for u in corpus.units if (u.path, u.id, u.source, u.target, u.state) not in seen]


def _git(args: list[str], what: str = "") -> str:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        raise InputError("--changed-since needs git, which is not installed") from None
    except subprocess.CalledProcessError as exc:
        msg = what or (exc.stderr.strip() or "git failed")
        raise InputError(f"--changed-since: {msg} (run inside a git work tree)") from None
