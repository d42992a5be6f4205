"""No input takes drift down: the scorer and the readers under Hypothesis, one failing row
isolated in batch / eval / check / the service, bounded work, degrading caches, strict JSON.

The property tests run a bounded number of examples here; scripts/fuzz.py runs them for longer.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from drift.cache import EmbeddingCache, ResultCache
from drift.check import run_check
from drift.check_report import sarif_report
from drift.cli import app
from drift.errors import InputError
from drift.l10n import read_corpus
from drift.pairs import read_pairs
from drift.quotes import document_from_text, extract_quotes
from drift.score import PairResult, RowError
from drift.service import BodyGuard, Limits, create_app

runner = CliRunner()
FUZZ = settings(max_examples=int(os.environ.get("DRIFT_FUZZ_EXAMPLES", "25")), deadline=None,
                database=None, suppress_health_check=list(HealthCheck))

# pieces that crashed drift before (superscript/subscript/circled digits, a 400-digit number,
# a lone surrogate, "250 cm ³"), and other characters the checks read specially
PIECES = ["10⁶", "See footnote ¹", "₂5", "Step ① of ③", "½", "¼", "1½", "Ⅳ", "chapter IV", "٣",
          "४२", "１２", "1e10", "3 × 10⁶", "10^6", "10 billion", "9" * 400, "\ud800", "\udfff",
          "250 cm ³", "5 km²", "not", "nicht", "1 March 2020", "“", "«", "„", "(", "<b>", "%1$s",
          "{0}", "\u200b", "\u0301", "\x00", "\n", "\t", "ﬁ", "İ", "ß", "—", "US$5", "5%", "3,5",
          "1.000.000", "–5", "∞", "NaN", "9" * 40 + "e308"]
TEXTS = st.one_of(st.text(max_size=50),
                  st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=10)),
                           max_size=10).map(" ".join))


# -- the scorer never raises --------------------------------------------------------------------
@FUZZ
@given(TEXTS, TEXTS)
def test_scorer_gives_a_result_or_a_row_error_for_any_two_strings(scorer, a, b):
    [r] = scorer.score_each([(a, b)])
    if a.strip() and b.strip() and max(len(a), len(b)) <= scorer.max_chars:
        assert isinstance(r, PairResult) and 0.0 <= r.drift <= 1.0
        json.dumps(r.to_dict(), allow_nan=False)
    else:
        assert isinstance(r, RowError) and r.error


@pytest.fixture(scope="module")
def learned(encoder):
    from drift.score import Scorer

    return Scorer(encoder, mode="learned")


@FUZZ
@given(TEXTS, TEXTS)
def test_learned_scorer_too(learned, a, b):
    [r] = learned.score_each([(a, b)])
    assert isinstance(r, RowError) or 0.0 <= r.drift <= 1.0


@pytest.mark.parametrize("a,b", [
    ("It measured 250 cm ³ in all.", "It measured 250 cm³ in all."),
    ("See footnote ¹ for details.", "See footnote ² for details."),
    ("It grew 10⁶ times.", "It grew a million times."),
    ("Take ₂5 steps.", "Take 25 steps."),
    ("Step ① of ③ is done.", "Step 1 of 3 is done."),
    ("The number " + "9" * 400 + " is large.", "The number is large."),
    ("A lone \ud800 surrogate.", "A lone surrogate."),
])
def test_found_crashes_stay_fixed(scorer, a, b):
    r = scorer.score(a, b)
    assert 0.0 <= r.drift <= 1.0
    for f in r.findings:  # spans point into the texts as given
        assert f.a_span is None or a[f.a_span[0]:f.a_span[1]] == f.a_text.replace("\ufffd", "\ud800")


@pytest.mark.parametrize("a,b,kind,same", [
    ("The fund holds 10 billion dollars.", "The fund holds 1e10 dollars.", "number", True),
    ("Add ½ cup of sugar.", "Add ¼ cup of sugar.", "number", False),
    ("Add 1½ cups of sugar.", "Add 1.5 cups of sugar.", "number", True),
    ("Read chapter IV first.", "Read chapter 4 first.", "number", True),
    ("Read chapter IV first.", "Read chapter 5 first.", "number", False),
    ("The plot covers 5 km².", "The plot covers 5 km³.", "number", False),
    ("It grew 10⁶ times.", "It grew 10⁹ times.", "number", False),
    ("It grew 3 × 10⁶ times.", "It grew 3 million times.", "number", True),
])
def test_numbers_written_with_symbols_are_read(scorer, a, b, kind, same):
    r = scorer.score(a, b, lang_a="en", lang_b="en")
    high = [f for f in r.findings if f.kind == kind and f.severity in ("medium", "high")]
    assert (not high) == same, (r.label, [(f.kind, f.severity, f.a_text, f.b_text) for f in r.findings])


def test_text_over_the_budget_is_refused_with_what_to_do(scorer):
    [r] = scorer.score_each([("word " * 1200, "Wort " * 1200)])
    assert isinstance(r, RowError) and "at most 5,000" in r.error and "split" in r.error
    with pytest.raises(InputError, match="characters"):
        scorer.score("word " * 1200, "Wort")


# -- readers raise only their named error ------------------------------------------------------
@FUZZ
@given(st.binary(max_size=300), st.sampled_from([".tsv", ".jsonl"]))
def test_pair_reader_raises_only_input_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("pairs") / f"f{suffix}"
    path.write_bytes(data)
    try:
        rows = list(read_pairs(path))
    except InputError:
        return
    assert all(isinstance(r.line, int) and (r.error or (r.a.strip() and r.b.strip())) for r in rows)


LOCALE_FILES = ["de.po", "app.de.xlf", "m.tmx", "t.csv", "t.tsv", "locales/en.json",
                "locales/de.json", "res/values/strings.xml", "res/values-de/strings.xml",
                "messages.properties", "messages_de.properties"]


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(LOCALE_FILES),
                          st.one_of(st.binary(max_size=200),
                                    st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace")),
                                    st.sampled_from([b'msgid "a"\nmsgid_plural "b"\nmsgxml[0] "c"\n',
                                                     b'{"a": {"a": {"a": [1, {"b": 2}]}}, "a": "x"}',
                                                     b"<xliff version='1.2'><file><body>",
                                                     b"a=\xe9t\xe9\n", b"source,target\n\"x\n"]))),
                min_size=1, max_size=4))
def test_corpus_reader_never_raises(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("l10n")
    for name, data in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    corpus = read_corpus([root], root=root)
    assert all(e.message for e in corpus.errors)


# -- one row never takes the run down -------------------------------------------------------------
@pytest.fixture
def crash_on_boom(scorer, monkeypatch):
    """The scorer fails on any pair holding BOOM (a stand-in for a bug not yet found)."""
    real = scorer._prepare

    def one(ta, tb, *args):
        if "BOOM" in ta.text + tb.text:
            raise ZeroDivisionError("planted")
        return real(ta, tb, *args)
    monkeypatch.setattr(scorer, "_prepare", one)
    return scorer


def test_batch_writes_one_line_per_row_and_exit_2(crash_on_boom, tmp_path, monkeypatch):
    monkeypatch.setattr("drift.cli._scorer", lambda *a, **k: crash_on_boom)
    src = tmp_path / "p.jsonl"
    rows = [{"id": k, "a": f"The bridge opens in {m}.", "b": f"The bridge opens in {m}."}
            for k, m in enumerate(["March", "April", "May", "June", "July"])]
    rows[1]["b"] = "BOOM the bridge"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n" + '{"a": "x", "a": "y", "b": "z"}\n'
                   + json.dumps({"a": "x" * 6000, "b": "y"}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert res.exit_code == 2 and "7 rows: 4 scored, 3 failed" in res.output
    assert len(lines) == 7 and [x.get("id") for x in lines[:5]] == [0, 1, 2, 3, 4]
    assert "internal error (ZeroDivisionError: planted)" in lines[1]["error"] and lines[1]["line"] == 2
    assert all("label" in lines[k] for k in (0, 2, 3, 4))
    assert "appears twice" in lines[5]["error"] and "5,000" in lines[6]["error"]


def test_eval_leaves_failed_rows_out_and_prints_strict_json(crash_on_boom, tmp_path, monkeypatch):
    monkeypatch.setattr("drift.cli._scorer", lambda *a, **k: crash_on_boom)
    src = tmp_path / "gold.tsv"
    src.write_text("a\tb\tlabel\nHe left on Monday.\tHe left on Friday.\tdrift\n"
                   "He left on Monday.\tHe went away on Monday.\tequivalent\n"
                   "BOOM here.\tHere.\tdrift\nHe left.\tHe left.\tmaybe\n", "utf-8")
    res = runner.invoke(app, ["eval", str(src), "--json", "--no-other"])
    assert res.exit_code == 2
    rep = json.loads(res.stdout)
    assert rep["pairs"] == 2 and [e["line"] for e in rep["failed"]] == [4, 5]
    one_class = tmp_path / "one.tsv"
    one_class.write_text("a\tb\tlabel\nHe left.\tHe left.\tequivalent\n", "utf-8")
    res = runner.invoke(app, ["eval", str(one_class), "--json", "--no-other"])
    assert res.exit_code == 0 and json.loads(res.stdout)["auc"] is None  # not NaN


def test_check_reports_the_failing_unit_and_the_rest(crash_on_boom, tmp_path):
    po = tmp_path / "de.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
                  'msgid "Do not share this note."\nmsgstr "Teilen Sie diese Notiz."\n\n'
                  'msgid "BOOM goes the unit."\nmsgstr "BOOM macht die Einheit."\n\n'
                  'msgid "Open the file."\nmsgstr "Öffnen Sie die Datei."\n', "utf-8")
    rep = run_check([po], crash_on_boom)
    kinds = {p.unit.id: p.kind for p in rep.problems}
    assert kinds["BOOM goes the unit."] == "unscored" and kinds["Do not share this note."] == "negation"
    assert rep.exit_code() == 2
    sarif = json.loads(sarif_report(rep))
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


# -- drift check on real repositories ----------------------------------------------------------------
def test_check_walks_only_locale_files_inside_the_tree(scorer, tmp_path, monkeypatch):
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales/en.json").write_text('{"hi": "Hello", "hi": "Hi", "bye": "Bye"}', "utf-8")
    (tmp_path / "locales/de.json").write_text('{"hi": "Hallo", "bye": "Tschüss"}', "utf-8")
    (tmp_path / "package.json").write_text('{"name": "app"}', "utf-8")
    (tmp_path / "node_modules/lib/locales").mkdir(parents=True)
    (tmp_path / "node_modules/lib/locales/de.json").write_text("{broken", "utf-8")
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy/fr.po").write_text("broken", "utf-8")
    secret = tmp_path.parent / f"{tmp_path.name}-outside.properties"
    secret.write_text("root=x:0:0:root\n", "utf-8")
    (tmp_path / "messages.properties").write_text("root=Administrator\n", "utf-8")
    (tmp_path / "messages_de.properties").symlink_to(secret)
    monkeypatch.chdir(tmp_path)
    rep = run_check([Path(".")], scorer, exclude=("legacy",))
    assert sorted(rep.files) == ["locales/de.json", "locales/en.json", "messages.properties"]
    assert [(e.path.endswith("messages_de.properties"), "outside" in e.message) for e in rep.errors] \
        == [(True, True)]
    assert "x:0:0" not in json.dumps([r.unit.target for r in rep.results])
    assert [s.path for s in rep.skipped] == ["package.json"]
    dup = [p for p in rep.problems if p.kind == "duplicate-key"]
    assert [(p.unit.id, p.unit.path) for p in dup] == [("hi", "locales/en.json")]


def test_check_on_nothing_exits_2_saying_what_is_supported(tmp_path):
    (tmp_path / "package.json").write_text("{}", "utf-8")
    (tmp_path / "notes.txt").write_text("hello", "utf-8")
    res = runner.invoke(app, ["check", str(tmp_path)])
    assert res.exit_code == 2 and "no localisation file found" in res.output and ".po" in res.output
    from drift.l10n import SUFFIXES

    assert all(f" {suffix}" in res.output for suffix in SUFFIXES)  # every format it reads


def test_latin1_properties_bad_csv_row_and_broken_po_plural(scorer, tmp_path):
    (tmp_path / "messages.properties").write_bytes(b"greeting=Summer holidays\n")
    (tmp_path / "messages_fr.properties").write_bytes("greeting=Vacances d'été\n".encode("latin-1"))
    (tmp_path / "t.csv").write_text("id,source,target\n1,Open,Öffnen\n2,Close\n3,Save,Speichern\n",
                                    "utf-8")
    (tmp_path / "de.po").write_text('msgid "a"\nmsgid_plural "b"\nmsgxml[0] "c"\n', "utf-8")
    corpus = read_corpus([tmp_path], source_lang="en", target_lang=None, root=tmp_path)
    units = {(u.path, u.id): u for u in corpus.units}
    assert units[("messages_fr.properties", "greeting")].target == "Vacances d'été"
    assert {u.id for u in corpus.units if u.path == "t.csv"} == {"1", "3"}
    errors = {(e.path, e.line) for e in corpus.errors}
    assert ("t.csv", 3) in errors and any(p == "de.po" for p, _ in errors)


# -- the service: one client's bad pair fails only that pair ------------------------------------
@pytest.fixture
def service(crash_on_boom):
    limits = Limits(max_body_bytes=100_000, max_json_depth=8, body_seconds=2.0)
    with TestClient(create_app(crash_on_boom, limits=limits, warm_up=False)) as c:
        yield c


def test_service_isolates_a_crashing_pair_under_load(service):
    good = {"a": "The bridge opens in March.", "b": "Die Brücke öffnet im März."}
    results: list[int] = []

    def client(body):
        for _ in range(3):
            results.append(service.post("/v1/pair", json=body).status_code)
    threads = [threading.Thread(target=client, args=(good,)) for _ in range(6)]
    threads.append(threading.Thread(target=client, args=({"a": "BOOM", "b": "BOOM"},)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [200] * 18 + [500] * 3
    r = service.post("/v1/batch", json={"pairs": [good, {"a": "BOOM x", "b": "y"}, good]})
    assert r.status_code == 200
    out = r.json()["results"]
    assert "label" in out[0] and "label" in out[2] and "planted" in out[1]["error"]


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | TEXTS,
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.sampled_from(["a", "b", "lang_a", "pairs", "x"]) | st.text(
                               max_size=5), inner, max_size=3), max_leaves=8)
BODIES = st.one_of(st.binary(max_size=200),
                   st.fixed_dictionaries({"a": TEXTS, "b": TEXTS}).map(
                       lambda d: json.dumps(d).encode()),
                   JSON_VALUES.map(lambda v: json.dumps(v).encode()))


@FUZZ
@given(BODIES, st.sampled_from(["/v1/pair", "/v1/batch", "/v1/compare", "/v1/webhooks/check"]))
def test_service_never_answers_500_to_any_body(open_service, body, path):
    r = open_service.post(path, content=body, headers={"content-type": "application/json"})
    assert r.status_code < 500, (r.status_code, r.text[:300])


@pytest.fixture(scope="module")
def open_service(encoder):
    from drift.score import Scorer

    with TestClient(create_app(Scorer(encoder), warm_up=False), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("body,says", [
    (b'{"a": NaN, "b": "x"}', "NaN"),
    (b'{"a": "x", "b": Infinity}', "Infinity"),
    (b'{"a": "x", "b": "y", "z": ' + b"[" * 50 + b"]" * 50 + b"}", "deeper"),
    (b'{"a": "\xff", "b": "y"}', "UTF-8"),
    (b'{"a": "a lone \\ud800 surrogate", "b": "y"}', "unicode"),  # (was a 500)
])
def test_service_refuses_non_strict_json_with_422(service, body, says):
    r = service.post("/v1/pair", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422 and says in json.dumps(r.json())


def test_service_422_quotes_at_most_200_characters(service):
    r = service.post("/v1/pair", json={"a": "x" * 20_000, "b": "y", "c": "z" * 20_000})
    assert r.status_code == 422 and len(r.text) < 2_000


def test_service_stops_reading_a_chunked_body_at_the_limit():
    import asyncio

    received, answers = [], []

    async def receive():  # 1 MB offered in 1 KB chunks, without a Content-Length
        received.append(1)
        return {"type": "http.request", "body": b"x" * 1024, "more_body": len(received) < 1000}

    async def send(message):
        answers.append(message)

    async def never(scope, receive, send):
        raise AssertionError("the app must not see a body over the limit")
    guard = BodyGuard(never, Limits(max_body_bytes=10_000))
    scope = {"type": "http", "method": "POST", "headers": [(b"content-type", b"application/json")]}
    asyncio.run(guard(scope, receive, send))
    assert answers[0]["status"] == 413
    assert len(received) == 10  # refused while streaming, after 10 KB, not after reading 1 MB


# -- bounded work, caches, options ------------------------------------------------------------------
def test_quote_extraction_is_linear_on_unclosed_marks():
    text = ("He said « we will go on and on. " * 6000)[:200_000]
    doc = document_from_text("x", text, "text")
    assert extract_quotes(doc) == []  # (this took 85 s on 200k characters when quadratic)


def test_unusable_caches_warn_and_the_run_goes_on(scorer, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    emb = EmbeddingCache(blocker / "emb.sqlite")
    assert emb.get_many([b"k"], need_tokens=False) == {} and "unusable" in capsys.readouterr().err
    emb.put_many({})
    assert emb.info().error
    results = ResultCache(blocker / "results.sqlite")
    rep = run_check([Path(__file__).resolve().parents[1] / "corpora/l10n/po"], scorer, cache=results)
    assert rep.results and "unusable" in capsys.readouterr().err


@pytest.mark.parametrize("value,code", [("0", 0), ("1", 0), ("5", 2), ("-1", 2)])
def test_threshold_is_range_checked_and_zero_is_honoured(value, code):
    res = runner.invoke(app, ["pair", "He left.", "He left.", "--json", "--threshold", value])
    assert res.exit_code == code, res.output
    if value == "0":
        assert json.loads(res.stdout)["label"] == "drift"  # every score is >= 0


def test_tsv_with_a_huge_field_and_a_blank_row_keeps_every_row(tmp_path):
    src = tmp_path / "p.tsv"
    src.write_text("a\tb\n" + "x" * 200_000 + "\ty\n \t \nHe left.\tEr ging.\n", "utf-8")
    rows = list(read_pairs(src))
    assert [r.line for r in rows] == [2, 3, 4]
    assert rows[0].a == "x" * 200_000 and "empty" in rows[1].error and rows[2].error is None


def test_jsonl_rows_hold_line_separators(tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text('{"a": "one\u2028two", "b": "eins\u0085zwei"}\n{"a": "x", "b": "y"}\n', "utf-8")
    rows = list(read_pairs(src))
    assert [(r.line, r.error) for r in rows] == [(1, None), (2, None)] and "\u2028" in rows[0].a


def test_tsv_carriage_returns_found_by_the_fuzz_run(tmp_path):
    src = tmp_path / "p.tsv"  # b"\r\x00" made csv raise "new-line character seen in unquoted field"
    src.write_bytes(b"a\tb\r\n\r\x00\nHe left.\tEr ging.\r\n")
    rows = list(read_pairs(src))
    assert [(r.line, r.error is None) for r in rows] == [(2, False), (3, True)]
    assert rows[1].b == "Er ging."


def test_an_unwritable_cache_folder_is_a_model_error_naming_it(tmp_path, monkeypatch):
    from drift.bundled import ensure_default_model
    from drift.errors import ModelError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("DRIFT_CACHE_DIR", str(blocker))
    with pytest.raises(ModelError, match="DRIFT_CACHE_DIR"):
        ensure_default_model()


def test_the_ray_engine_without_ray_says_how_to_install_it(monkeypatch):
    import sys

    from drift.engine_ray import EngineError, RayEngine

    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    with pytest.raises(EngineError, match=r"pip install 'drift\[ray\]'"):
        RayEngine("sig").score_each([("a", "b")])


@pytest.mark.skipif(any(os.path.exists(p) for p in ("/dev/nvidia0", "/dev/kfd")),
                    reason="with a GPU, torch is imported to use it")
def test_scoring_on_onnx_imports_neither_torch_nor_onnx():
    import subprocess
    import sys

    code = ("import sys; from drift.score import Scorer; "
            "Scorer().score('The bridge opens in March.', 'Die Brücke öffnet im Juni.'); "
            "print(sorted({'torch', 'onnx'} & set(sys.modules)))")
    for _ in range(2):  # the first run may build the model and export its ONNX graph (torch)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"  # a new `drift pair` starts 2-3 s faster without them
