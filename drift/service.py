"""HTTP service: the scorer and the article comparison as a JSON API, a Check-style webhook,
and one web page. A thin adapter: every endpoint calls the same library functions as the CLI.

    app = create_app(Scorer(), token="s3cret")      # uvicorn.run(app, host="127.0.0.1")

Concurrent pair requests are gathered into one `score_batch` call by a small batcher thread,
so the model is loaded once at start-up and used by one thread at a time.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import queue
import threading
from concurrent.futures import Future
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from drift import __version__
from drift.api_models import (
    BatchOut,
    CompareOut,
    HealthOut,
    InfoOut,
    PairOut,
    RenderingsOut,
    WebhookOut,
)
from drift.check_bot import event_texts, write_annotation
from drift.compare import compare_documents
from drift.errors import DriftError, InputError
from drift.langid import language_code
from drift.pairs import no_json_constant
from drift.quotes import document_from_text
from drift.score import MAX_CHARS, PairResult, RowError, Scorer


@dataclass(frozen=True)
class Limits:
    """Request bounds; over them the service answers 413 (body), 408 (body too slow), 422
    (fields) or 503 (no answer within `request_seconds`)."""

    max_body_bytes: int = 2_000_000
    max_text_chars: int = MAX_CHARS      # the scorer's budget per text
    max_request_chars: int = 60_000      # all texts of one /v1/batch request together
    max_document_chars: int = 200_000
    max_documents: int = 10
    max_batch: int = 256
    max_json_depth: int = 32
    body_seconds: float = 10.0           # to receive the whole body
    request_seconds: float = 120.0       # to wait for the model and score


LIMITS = Limits()
ERRORS = {401: {"description": "missing or wrong bearer token"},
          408: {"description": "the request body did not arrive in time"},
          413: {"description": "request body too large"},
          422: {"description": "invalid request: a field, a limit, malformed JSON or a text "
                              "that cannot be scored"},
          503: {"description": "the model was not free in time; retry after Retry-After"}}


# -- request models ----------------------------------------------------------------------------
class PairRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misplaced field is an error, not ignored

    a: str = Field(min_length=1, max_length=LIMITS.max_text_chars, description="First rendering.")
    b: str = Field(min_length=1, max_length=LIMITS.max_text_chars, description="Second rendering.")
    lang_a: str | None = Field(None, max_length=12, description="ISO 639-1 code; detected if absent.")
    lang_b: str | None = Field(None, max_length=12)

    @field_validator("a", "b")
    @classmethod
    def not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank")
        return v

    @field_validator("lang_a", "lang_b")
    @classmethod
    def known_language(cls, v: str | None) -> str | None:
        try:
            return language_code(v) if v else v
        except InputError as exc:
            raise ValueError(str(exc)) from exc


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misplaced field is an error, not ignored

    pairs: list[PairRequest] = Field(min_length=1, max_length=LIMITS.max_batch)


class DocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misplaced field is an error, not ignored

    text: str = Field(min_length=1, max_length=LIMITS.max_document_chars,
                      description="Article text, Markdown or HTML.")
    name: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)
    format: str = Field("auto", pattern="^(auto|text|html)$")


class CompareRequest(BaseModel):
    """Articles (`documents`: the quotes they share are found and compared) or renderings of
    one statement (`renderings`: each scored against the first, or every pair)."""

    model_config = ConfigDict(extra="forbid")  # a misplaced field is an error, not ignored

    documents: list[DocumentIn] | None = Field(None, min_length=2, max_length=LIMITS.max_documents)
    renderings: list[str] | None = Field(None, min_length=2, max_length=LIMITS.max_batch,
                                         description="texts of one statement, the first the reference")
    all_pairs: bool = Field(False, description="with renderings: score every pair, not each "
                                               "against the first")

    @model_validator(mode="after")
    def one_kind(self):
        if (self.documents is None) == (self.renderings is None):
            raise ValueError("give either 'documents' (articles) or 'renderings' (texts of one statement)")
        return self


class CheckEvent(BaseModel):
    """A bot event as Meedan Check sends it (`BotUser#notify_about_event`): the texts come from
    the bot's GraphQL fragment in `data` (see drift.check_bot.event_texts and the README)."""

    event: str = Field(min_length=1, max_length=200)
    team: dict | str | None = None
    object: dict | None = None
    data: dict | None = None
    time: str | int | float | None = None
    user_id: int | str | None = None
    settings: dict | list | None = None
    user: dict | None = None  # not sent by Check; accepted from older callers


# -- the batcher -------------------------------------------------------------------------------
class PairBatcher:
    """Gathers pair requests from many threads into one `score_batch` call."""

    def __init__(self, scorer: Scorer, max_batch: int = 64) -> None:
        self.scorer = scorer
        self.max_batch = max_batch
        self._q: queue.Queue = queue.Queue()
        self._lock = threading.Lock()  # compare and batch calls share the model with the batcher
        self._thread = threading.Thread(target=self._loop, name="drift-batcher", daemon=True)
        self._thread.start()

    def score_many(self, pairs: list[PairRequest], timeout: float | None = None
                   ) -> list[PairResult | RowError]:
        """Each pair's result, or its `RowError`; `Busy` if not all are done in `timeout` s."""
        futs = []
        for p in pairs:
            fut: Future = Future()
            self._q.put((p, fut))
            futs.append(fut)
        try:
            return [f.result(timeout) for f in futs]
        except TimeoutError:
            for f in futs:
                f.cancel()  # not yet taken: never scored
            raise Busy(f"not scored within {timeout:.0f} s; the service is busy, retry later") from None

    def run(self, fn, *args, timeout: float = -1):
        """Run `fn` with the model to itself (for compare); `Busy` if it is not free in time."""
        if not self._lock.acquire(timeout=timeout):
            raise Busy(f"the model was not free within {timeout:.0f} s; retry later")
        try:
            return fn(*args)
        finally:
            self._lock.release()

    def _loop(self) -> None:
        while True:
            items = [self._q.get()]
            while len(items) < self.max_batch:
                try:
                    items.append(self._q.get_nowait())
                except queue.Empty:
                    break
            items = [(p, fut) for p, fut in items if fut.set_running_or_notify_cancel()]
            if not items:
                continue
            try:
                with self._lock:  # one request's failing pair fails that pair alone
                    results = self.scorer.score_each([(p.a, p.b) for p, _ in items],
                                                     langs=[(p.lang_a, p.lang_b) for p, _ in items])
                for (_, fut), r in zip(items, results):
                    fut.set_result(r)
            except Exception as exc:  # noqa: BLE001 - the thread must live; requests answer 500
                for _, fut in items:
                    if not fut.done():
                        fut.set_exception(exc)


class Busy(DriftError):
    """The model was not free in time for this request (answered 503)."""


# -- the app -----------------------------------------------------------------------------------
def create_app(scorer: Scorer | None = None, token: str | None = None,
               limits: Limits = LIMITS, warm_up: bool = True) -> FastAPI:
    """The FastAPI application. With `token`, every endpoint wants `Authorization: Bearer …`
    (the page also accepts `?token=` once, to be opened in a browser)."""
    state: dict = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        s = scorer or Scorer()
        if warm_up:
            s.score("The model loads once.", "Das Modell lädt einmal.")
        state["batcher"] = PairBatcher(s)
        state["scorer"] = s
        yield

    # every operation declares the bearer scheme (the guard below enforces it when a token is
    # set); no /docs or /redoc: Swagger UI and ReDoc would load from a CDN, blank offline
    app = FastAPI(title="drift", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, dependencies=[Depends(HTTPBearer(auto_error=False))],
                  description="Translation-drift checker: where two renderings of the same words "
                              "stop meaning the same thing.")

    app.add_middleware(BodyGuard, limits=limits)  # bodies bounded and strict (after the token)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        """Bearer token on every path (OpenAPI and docs included), then the body-size bound."""
        if token and not _authorised(request, token):
            return JSONResponse({"detail": "missing or wrong bearer token"}, 401,
                                headers={"WWW-Authenticate": "Bearer"})
        return await call_next(request)


    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        """FastAPI's 422, quoting at most 200 characters of the input (and never NaN)."""
        return JSONResponse({"detail": [_short_error(e) for e in exc.errors()]}, 422)

    def check_pairs(pairs: list[PairRequest], where: list) -> None:
        if len(pairs) > limits.max_batch:
            _limit(where, f"at most {limits.max_batch} pairs per request")
        if sum(len(p.a) + len(p.b) for p in pairs) > limits.max_request_chars:
            _limit(where, f"at most {limits.max_request_chars} characters of text per request; "
                          f"send the pairs in several requests")
        for k, p in enumerate(pairs):
            for name in ("a", "b"):
                if len(getattr(p, name)) > limits.max_text_chars:
                    loc = [*where, k, name] if where[-1] == "pairs" else [*where, name]
                    _limit(loc, f"text over {limits.max_text_chars} characters")

    def scorer_() -> Scorer:
        return state["scorer"]

    def fail(exc: DriftError):
        if isinstance(exc, Busy):
            raise HTTPException(503, str(exc), headers={"Retry-After": "5"})
        raise HTTPException(422, str(exc))

    def score(pairs: list[PairRequest]) -> list[PairResult | RowError]:
        """The pairs through the batcher, in the request's time limit."""
        try:
            return state["batcher"].score_many(pairs, limits.request_seconds)
        except DriftError as exc:
            fail(exc)

    def one(r: PairResult | RowError) -> dict:
        if isinstance(r, RowError):
            raise HTTPException(500 if r.error.startswith("internal error") else 422, r.error)
        return r.to_dict()

    @app.get("/healthz", response_model=HealthOut)
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/v1/info", response_model=InfoOut)
    def info() -> dict:
        from drift.lexicon import NEGATION

        s = scorer_()
        return {"name": "drift", "version": __version__, "signature": s.signature,
                "model": s.encoder.model_name, "threshold": s.threshold,
                "languages": {"embedding": "about 100 (multilingual-e5-small)",
                              "language_aware_checks": sorted(NEGATION)},
                "limits": limits.__dict__}

    @app.post("/v1/pair", response_model=PairOut, responses=ERRORS)
    def pair(req: PairRequest) -> dict:
        check_pairs([req], ["body"])
        return one(score([req])[0])

    @app.post("/v1/batch", response_model=BatchOut, responses=ERRORS)
    def batch(req: BatchRequest) -> dict:
        check_pairs(req.pairs, ["body", "pairs"])
        results = score(req.pairs)
        # a pair that could not be scored is {"error": ...} in its place; the others stand
        return {"signature": scorer_().signature, "results": [r.to_dict() for r in results]}

    @app.post("/v1/compare", response_model=CompareOut | RenderingsOut, response_model_by_alias=True,
              responses=ERRORS)
    def compare(req: CompareRequest) -> dict:
        if req.renderings is not None:
            texts = req.renderings
            plan = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))
                    if req.all_pairs or i == 0]
            pairs = [PairRequest(a=texts[i], b=texts[j]) for i, j in plan]
            check_pairs(pairs, ["body", "renderings"])
            rows = [{"a_index": i, "b_index": j, "result": r.to_dict()}
                    for (i, j), r in zip(plan, score(pairs))]
            rank = {"drift": 0, "nuance": 1, "equivalent": 2}
            rows.sort(key=lambda x: (rank.get(x["result"].get("label"), 3),
                                     -x["result"].get("drift", 0)))
            return {"renderings": rows, "signature": scorer_().signature}
        if len(req.documents) > limits.max_documents:
            _limit(["body", "documents"], f"at most {limits.max_documents} documents")
        for k, d in enumerate(req.documents):
            if len(d.text) > limits.max_document_chars:
                _limit(["body", "documents", k, "text"],
                       f"document over {limits.max_document_chars} characters")
        return _compare(req.documents)

    def _compare(documents: list[DocumentIn]) -> dict:
        docs, errors = [], {}
        for k, d in enumerate(documents, 1):
            name = d.name or d.url or f"document {k}"
            try:
                docs.append(document_from_text(name, d.text, d.format))
            except DriftError as exc:
                errors[name] = str(exc)
        if len(docs) < 2:
            raise HTTPException(422, "need at least two readable documents: " + "; ".join(errors.values()))
        try:
            rep = state["batcher"].run(compare_documents, docs, scorer_(),
                                       timeout=limits.request_seconds)
        except DriftError as exc:
            fail(exc)
        out = rep.to_dict()
        out["errors"] = errors
        return out

    @app.post("/v1/webhooks/check", response_model=WebhookOut, responses=ERRORS)
    def check_webhook(ev: CheckEvent) -> dict:
        texts = event_texts(ev.data, ev.object)
        if len(texts) < 2:
            raise HTTPException(422, "event carries fewer than two texts: give the bot a GraphQL "
                                     "fragment with the item's quote and its translations "
                                     "(translation_text), or data.texts / data.compare_with")
        if len(texts) > limits.max_documents or any(len(t) > limits.max_document_chars for t in texts):
            raise HTTPException(422, f"at most {limits.max_documents} texts of "
                                     f"{limits.max_document_chars} characters each")
        short = all(len(t) <= limits.max_text_chars for t in texts)
        if short and len(texts) == 2 and not any(_has_quotes(t) for t in texts):
            result = pair(PairRequest(a=texts[0], b=texts[1]))
            summary = _pair_summary(result)
            kind = "pair"
        elif short and not any(_has_quotes(t) for t in texts):  # renderings of one statement
            result = _renderings(texts)
            summary = "\n".join(_pair_summary(r) for r in result["results"])
            kind = "renderings"
        else:
            result = _compare([DocumentIn(text=t, name=f"text {k}") for k, t in enumerate(texts, 1)])
            summary = _compare_summary(result)
            kind = "compare"
        team = ev.team.get("slug") if isinstance(ev.team, dict) else ev.team
        fields = {"drift_kind": kind, "drift_summary": summary,
                  "drift_label": result.get("label") or _worst_label(result),
                  "drift_signature": result["signature"]}
        item = (ev.object or {}).get("id") or (ev.data or {}).get("dbid")
        written = write_annotation(team, item, fields)  # Check saves only what is posted back
        return {"event": ev.event, "team": team, "object_id": item,
                "annotation": {"annotation_type": "drift", "set_fields": json.dumps(fields,
                                                                                    ensure_ascii=False)},
                "write_back": written.to_dict(), "result": result}

    def _renderings(texts: list[str]) -> dict:
        """Every rendering against the first, worst first; the label is the worst one's."""
        scored = score([PairRequest(a=texts[0], b=t) for t in texts[1:]])
        results = sorted((one(r) for r in scored), key=lambda r: -r["drift"])
        return {"label": _worst_label({"matches": results}), "results": results,
                "signature": scorer_().signature}

    @app.get("/", response_class=HTMLResponse)
    def page() -> HTMLResponse:
        html = resources.files("drift").joinpath("web/index.html").read_text("utf-8")
        js = resources.files("drift").joinpath("web/render.js").read_text("utf-8")
        css = resources.files("drift").joinpath("web/style.css").read_text("utf-8")
        html = html.replace("/*STYLE*/", css).replace("/*RENDER*/", js)
        return HTMLResponse(html, headers={"Content-Security-Policy":
                                           "default-src 'self'; script-src 'unsafe-inline' 'self'; "
                                           "style-src 'unsafe-inline'; img-src 'none'; "
                                           "connect-src 'self'; object-src 'none'",
                                           "X-Content-Type-Options": "nosniff"})

    return app


class BodyGuard:
    """ASGI middleware: reads a request body as it arrives and answers 413 as soon as it passes
    `max_body_bytes` (chunked bodies too: never more is held), 408 when it takes longer than
    `body_seconds`, and 422 for a JSON body that is not strict JSON (NaN, Infinity, invalid
    UTF-8) or nests deeper than `max_json_depth`. The app then gets the body as read."""

    def __init__(self, app, limits: Limits = LIMITS) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        size = dict(scope["headers"]).get(b"content-length", b"")
        if size.isdigit() and int(size) > self.limits.max_body_bytes:
            await _answer(send, 413, f"request body over {self.limits.max_body_bytes} bytes")
            return
        body, failure = await self._read(receive)
        kind = dict(scope["headers"]).get(b"content-type", b"json")  # FastAPI reads none as JSON
        if failure is None and body and b"json" in kind:
            failure = _json_problem(body, self.limits.max_json_depth)
        if failure is not None:
            await _answer(send, *failure)
            return
        done = False

        async def replay():
            nonlocal done
            if not done:
                done = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # http.disconnect
        await self.app(scope, replay, send)

    async def _read(self, receive) -> tuple[bytes, tuple[int, str] | None]:
        chunks, total = [], 0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.body_seconds
        while True:
            try:
                msg = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                return b"", (408, f"request body not received within {self.limits.body_seconds:.0f} s")
            if msg["type"] == "http.disconnect":
                return b"", (400, "client disconnected")
            chunk = msg.get("body", b"")
            total += len(chunk)
            if total > self.limits.max_body_bytes:
                return b"", (413, f"request body over {self.limits.max_body_bytes} bytes")
            chunks.append(chunk)
            if not msg.get("more_body"):
                return b"".join(chunks), None


def _json_problem(body: bytes, max_depth: int) -> tuple[int, str] | None:
    """Why a JSON body is refused (422), or None."""
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=no_json_constant)
    except UnicodeDecodeError as exc:
        return 422, f"request body is not valid UTF-8 (byte {exc.start})"
    except RecursionError:
        return 422, f"request body nests deeper than {max_depth} levels"
    except ValueError as exc:
        return 422, f"request body is not valid JSON: {str(exc)[:200]}"
    if _depth(data) > max_depth:
        return 422, f"request body nests deeper than {max_depth} levels"
    return None


def _depth(data) -> int:
    """Nesting depth of a parsed JSON value, without recursion."""
    deepest, todo = 0, [(data, 1)]
    while todo:
        x, d = todo.pop()
        if isinstance(x, (dict, list)):
            deepest = max(deepest, d)
            todo.extend((v, d + 1) for v in (x.values() if isinstance(x, dict) else x))
    return deepest


async def _answer(send, status: int, detail: str) -> None:
    # a 422 in FastAPI's validation shape, as the request models' own errors
    shaped = [{"loc": ["body"], "msg": detail, "type": "json_invalid"}] if status == 422 else detail
    body = json.dumps({"detail": shaped}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _short_error(e: dict) -> dict:
    """One validation error as JSON: its input quoted in at most 200 characters."""
    out = {"loc": [_encodable(str(x)) if isinstance(x, str) else x for x in e.get("loc", ())],
           "msg": _encodable(str(e.get("msg", ""))[:300]), "type": e.get("type")}
    if "input" in e:
        shown = e["input"] if isinstance(e["input"], str) else repr(e["input"])
        shown = shown if len(shown) <= 200 else shown[:200] + f"… ({len(shown)} characters)"
        out["input"] = _encodable(shown)
    return out


def _encodable(text: str) -> str:
    """A lone surrogate (from a JSON escape) written as an escape, so the answer encodes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _limit(loc: list, msg: str):
    """422 in FastAPI's validation shape, naming the field over the limit."""
    raise HTTPException(422, [{"loc": loc, "msg": msg, "type": "limit"}])


def _authorised(request: Request, token: str) -> bool:
    """Constant-time check of `Authorization: Bearer …` (or `?token=` for the page at /)."""
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else ""
    if request.url.path == "/" and not given:
        given = request.query_params.get("token", "")
    return hmac.compare_digest(given.encode(), token.encode())


def _has_quotes(t: str) -> bool:
    return any(m in t for m in '“”«»„"「')


def _pair_summary(r: dict) -> str:
    lines = [f"drift: {r['label']} (score {r['drift']:.2f}, similarity {r['similarity']:.2f})"]
    lines += [f"- {f['kind']} ({f['severity']}): {f['message']}" for f in r["findings"]
              if f["severity"] != "info"]
    return "\n".join(lines)


def _compare_summary(r: dict) -> str:
    lines = [f"drift compare: {len(r['matches'])} matched quotes, "
             f"{len(r['only_in_one_document'])} found in one document only"]
    for m in r["matches"]:
        if m["label"] != "equivalent":
            lines.append(f"- {m['label']} ({m['drift']:.2f}): \"{m['a']['text'][:120]}\" vs "
                         f"\"{m['b']['text'][:120]}\"")
    return "\n".join(lines)


def _worst_label(r: dict) -> str:
    labels = {m["label"] for m in r.get("matches", [])}
    return next((lab for lab in ("drift", "nuance", "equivalent") if lab in labels), "equivalent")
