"""HTTP API through FastAPI's TestClient with the real model: contract, auth, limits, webhook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from drift.service import Limits, create_app

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(scorer):
    limits = Limits(max_body_bytes=200_000, max_text_chars=5_000, max_documents=4, max_batch=8)
    with TestClient(create_app(scorer, token=TOKEN, limits=limits, warm_up=False)) as c:
        yield c


@pytest.fixture(scope="module")
def open_client(scorer):
    with TestClient(create_app(scorer, warm_up=False)) as c:
        yield c


@pytest.mark.parametrize("method,path", [("get", "/healthz"), ("get", "/v1/info"), ("get", "/"),
                                         ("get", "/openapi.json"), ("post", "/v1/pair"),
                                         ("post", "/v1/batch"), ("post", "/v1/compare"),
                                         ("post", "/v1/webhooks/check")])
def test_every_endpoint_wants_the_token(client, method, path):
    assert getattr(client, method)(path).status_code == 401
    bad = getattr(client, method)(path, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_health_info_openapi(client):
    assert client.get("/healthz", headers=AUTH).json() == {"status": "ok"}
    info = client.get("/v1/info", headers=AUTH).json()
    assert info["signature"].startswith("model:") and "ru" in info["languages"]["language_aware_checks"]
    spec = client.get("/openapi.json", headers=AUTH).json()
    assert {"/v1/pair", "/v1/batch", "/v1/compare", "/v1/webhooks/check"} <= set(spec["paths"])


def test_pair_matches_the_cli_contract(client, scorer):
    body = {"a": "He is not interested in a new arms race.",
            "b": "Он заинтересован в новой гонке вооружений."}
    got = client.post("/v1/pair", json=body, headers=AUTH).json()
    assert got == scorer.score(body["a"], body["b"]).to_dict()
    assert got["label"] == "drift" and any(f["kind"] == "negation" for f in got["findings"])


def test_batch_keeps_order(client):
    pairs = [{"a": "The bridge opens in March.", "b": "El puente abre en marzo."},
             {"a": "The bridge opens in March.", "b": "El puente abre en junio."}]
    res = client.post("/v1/batch", json={"pairs": pairs}, headers=AUTH).json()["results"]
    assert [r["b"] for r in res] == [p["b"] for p in pairs]
    assert any(f["kind"] == "date" for f in res[1]["findings"])
    assert not any(f["kind"] == "date" for f in res[0]["findings"])


def test_compare_seed_articles(client):
    docs = [{"text": p.read_text("utf-8"), "name": p.name}
            for p in sorted((ROOT / "corpora/articles").iterdir())]
    got = client.post("/v1/compare", json={"documents": docs}, headers=AUTH).json()
    assert got["schema"] == "drift.compare/1" and len(got["documents"]) == 3 and got["matches"]


@pytest.mark.parametrize("body,status,field", [
    ({"a": "x"}, 422, "b"),
    ({"a": "x", "b": "   "}, 422, "b"),
    ({"a": "x" * 5_001, "b": "y"}, 422, "a"),
    ({"pairs": []}, 422, "pairs"),
])
def test_bad_requests_name_the_field(client, body, status, field):
    path = "/v1/batch" if "pairs" in body else "/v1/pair"
    r = client.post(path, json=body, headers=AUTH)
    assert r.status_code == status
    assert any(field in map(str, d["loc"]) for d in r.json()["detail"])


def test_limits(client):
    r = client.post("/v1/pair", content=b'{"a": "' + b"x" * 300_000 + b'", "b": "y"}',
                    headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 413 and "bytes" in r.json()["detail"]
    r = client.post("/v1/batch", json={"pairs": [{"a": "a", "b": "b"}] * 9}, headers=AUTH)
    assert r.status_code == 422
    r = client.post("/v1/compare", json={"documents": [{"text": "a"}] * 5}, headers=AUTH)
    assert r.status_code == 422
    r = client.post("/v1/pair", content=b"{not json", headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 422 and r.json()["detail"][0]["type"] == "json_invalid"


def test_check_webhook_answers_with_an_annotation(client):
    event = {"event": "create_project_media", "team": {"slug": "newsroom"},
             "object": {"id": 42, "quote": "We will not close our eyes to the attempts."},
             "data": {"compare_with": ["We will close our eyes to the attempts."]},
             "user": {"id": 1}, "time": 1700000000}
    got = client.post("/v1/webhooks/check", json=event, headers=AUTH).json()
    assert got["team"] == "newsroom" and got["object_id"] == 42
    fields = json.loads(got["annotation"]["set_fields"])
    assert fields["drift_label"] == "drift" and "negation" in fields["drift_summary"]
    r = client.post("/v1/webhooks/check", json={"event": "x", "data": {"texts": ["only one"]}}, headers=AUTH)
    assert r.status_code == 422 and "two texts" in r.json()["detail"]


def test_page_is_self_contained_and_escapes_by_construction(open_client):
    html = open_client.get("/").text
    assert "renderCompare" in html and "<script src" not in html and "http://" not in html
    assert "innerHTML" not in html  # user text only ever goes through textContent


@pytest.mark.parametrize("path,body,says", [
    ("/v1/pair", {"a": "We will not go.", "b": "Nous irons.", "lang_a": "klingon"},
     "unknown language code 'klingon'"),
    ("/v1/batch", {"pairs": [{"a": "We will not go.", "b": "Nous irons."}], "lang_a": "en"},
     "Extra inputs are not permitted"),
    ("/v1/compare", {"documents": [{"name": "a", "text": "“We will go,” he said."},
                                   {"name": "a", "text": "“We will go,” she said."}]},
     "given twice"),
])
def test_bad_requests_are_422_and_say_why(client, path, body, says):
    r = client.post(path, json=body, headers=AUTH)
    assert r.status_code == 422 and says in r.text, r.text


def test_language_with_region_is_its_base_code(client):
    r = client.post("/v1/pair", json={"a": "We will go.", "b": "Nous irons.", "lang_a": "en-GB"},
                    headers=AUTH)
    assert r.status_code == 200 and r.json()["lang_a"] == "en"


def test_openapi_validates_with_response_schemas_and_the_bearer_scheme(client, open_client):
    from openapi_spec_validator import validate

    spec = client.get("/openapi.json", headers=AUTH).json()
    validate(spec)
    assert spec["components"]["securitySchemes"]["HTTPBearer"] == {"type": "http", "scheme": "bearer"}
    for path, ops in spec["paths"].items():
        for op in ops.values():
            assert op["security"] == [{"HTTPBearer": []}], path
            if path != "/":
                schema = op["responses"]["200"]["content"]["application/json"]["schema"]
                refs = [x["$ref"] for x in schema.get("anyOf", [schema])]  # compare: two shapes
                assert all(ref.split("/")[-1] in spec["components"]["schemas"] for ref in refs), path
    assert "PairOut" in spec["components"]["schemas"]["BatchOut"]["properties"]["results"]["items"][
        "anyOf"][0]["$ref"]
    assert open_client.get("/docs").status_code == 404  # no Swagger UI from a CDN


# -- Meedan Check: an event shaped as check-api's BotUser#notify_about_event sends it ------------
CHECK_EVENT = {
    "event": "create_project_media",
    "team": {"id": 3, "name": "Newsroom", "slug": "newsroom", "private": True},
    "object": {"id": 42, "team_id": 3, "media_id": 17, "user_id": 5, "archived": 0},
    "time": "2026-12-06T10:00:00.000Z",
    "data": {  # the bot's GraphQL fragment: dbid, media { quote }, annotations(...) { … content }
        "dbid": 42,
        "media": {"quote": "We will not close our eyes to the attempts to weaken the treaty."},
        "annotations": {"edges": [
            {"node": {"annotation_type": "translation", "content": json.dumps([
                {"field_name": "translation_text",
                 "value": "Wir werden die Augen vor den Versuchen, den Vertrag zu schwächen, "
                          "nicht verschließen."},
                {"field_name": "translation_language", "value": "de"}])}},
            {"node": {"annotation_type": "translation", "content": json.dumps([
                {"field_name": "translation_text",
                 "value": "Nous fermerons les yeux sur les tentatives d'affaiblir le traité."}])}}]}},
    "user_id": 9,
    "settings": {},
}


@pytest.fixture
def fake_check(monkeypatch):
    """A stand-in for Check's GraphQL API on a local port: records requests, answers as told."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    seen, answers = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"path": self.path, "token": self.headers.get("X-Check-Token"), "body": body})
            status, payload = answers.pop(0) if answers else (200, {"data": {"createDynamic": {
                "project_media": {"dbid": 42}}}})
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("DRIFT_CHECK_API_URL", f"http://127.0.0.1:{server.server_port}")
    monkeypatch.setenv("DRIFT_CHECK_TOKEN", "bot-api-key")
    yield seen, answers
    server.shutdown()


def test_check_event_is_scored_and_written_back_through_graphql(open_client, fake_check):
    seen, _ = fake_check
    r = open_client.post("/v1/webhooks/check", json=CHECK_EVENT)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["write_back"]["written"] is True and out["object_id"] == 42
    assert [x["label"] for x in out["result"]["results"]][0] == "drift"  # the French drops "not"
    [call] = seen
    assert call["path"] == "/api/graphql?team=newsroom" and call["token"] == "bot-api-key"
    assert "createDynamic" in call["body"]["query"] and 'annotation_type: "drift"' in call["body"]["query"]
    variables = call["body"]["variables"]
    assert variables["pmid"] == "42"
    fields = json.loads(variables["setFields"])
    assert fields["drift_label"] == "drift" and fields["drift_kind"] == "renderings"


def test_check_refusing_the_annotation_is_a_clear_error_not_a_crash(open_client, fake_check, caplog):
    seen, answers = fake_check
    answers += [(200, {"errors": [{"message": "No permission to create Dynamic"}]})]
    r = open_client.post("/v1/webhooks/check", json=CHECK_EVENT)
    assert r.status_code == 200
    back = r.json()["write_back"]
    assert back["written"] is False and "No permission to create Dynamic" in back["detail"]
    assert len(seen) == 1  # refused: not retried
    assert "could not write the annotation on Check item 42" in caplog.text
    answers += [(503, {}), (503, {}), (503, {})]
    back = open_client.post("/v1/webhooks/check", json=CHECK_EVENT).json()["write_back"]
    assert back == {"written": False, "detail": "Check answered HTTP 503"} and len(seen) == 4


def test_compare_takes_renderings_of_one_statement(client):
    texts = ["We will not close our eyes to the attempts to weaken the treaty.",
             "Wir werden die Augen vor den Versuchen, den Vertrag zu schwächen, nicht verschließen.",
             "Nous fermerons les yeux sur les tentatives d'affaiblir le traité."]
    r = client.post("/v1/compare", json={"renderings": texts}, headers=AUTH)
    assert r.status_code == 200, r.text
    rows = r.json()["renderings"]
    assert [(x["a_index"], x["b_index"]) for x in rows] == [(0, 2), (0, 1)]  # worst first
    assert rows[0]["result"]["label"] == "drift"
    r = client.post("/v1/compare", json={"renderings": texts, "all_pairs": True}, headers=AUTH)
    assert sorted((x["a_index"], x["b_index"]) for x in r.json()["renderings"]) == [(0, 1), (0, 2), (1, 2)]
    r = client.post("/v1/compare", json={}, headers=AUTH)
    assert r.status_code == 422 and "either" in r.text
