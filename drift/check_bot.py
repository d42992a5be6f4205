"""Meedan Check integration: read a bot event as Check sends it, and write drift's result back
as an annotation through Check's GraphQL API.

Check (`BotUser#notify_about_event` in meedan/check-api) POSTs to a bot's URL

    {"event": "create_project_media", "team": {"id": 1, "slug": "newsroom", …},
     "object": {"id": 42, …},                    # the ProjectMedia as JSON
     "data": {…},                                # the bot's own GraphQL fragment, run on the item
     "time": "…", "user_id": 7, "settings": {…}}

and ignores the HTTP answer: a result is saved only by calling Check back. drift does that with
`createDynamic(input: {annotation_type: "drift", annotated_type: "ProjectMedia",
annotated_id: "<object.id>", set_fields: "<JSON>"})` on `<DRIFT_CHECK_API_URL>/api/graphql?team=<slug>`
with the header `X-Check-Token: <DRIFT_CHECK_TOKEN>` (a bot's API key), retrying twice.
"""

from __future__ import annotations

import json
import logging
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

log = logging.getLogger("drift.check_bot")

MUTATION = """mutation createDriftAnnotation($setFields: String!, $pmid: String!,
                                             $clientMutationId: String!) {
  createDynamic(input: {clientMutationId: $clientMutationId, set_fields: $setFields,
                        annotated_id: $pmid, annotated_type: "ProjectMedia", annotation_type: "drift"}) {
    project_media { dbid }
  }
}"""
_ORIGINAL_FIELDS = ("quote", "text", "title", "description")


def event_texts(data: dict | None, obj: dict | None) -> list[str]:
    """The texts to compare, original first: `data.texts` (a list) or `data.a`/`data.b` when the
    fragment or a caller gives them; else the item's claim (`data.media.quote`, `data.quote`,
    `data.title`, `data.description`, or the same fields of `object`), followed by every
    `translation_text` in the fragment's data (Check's translation annotations, whose content
    may be JSON text) and `data.compare_with`."""
    data, obj = data or {}, obj or {}
    if isinstance(data.get("texts"), list):
        return [t for t in data["texts"] if isinstance(t, str) and t.strip()]
    if isinstance(data.get("a"), str) and isinstance(data.get("b"), str):
        return [data["a"], data["b"]]
    original = next((src[k] for src in (data.get("media") or {}, data, obj) if isinstance(src, dict)
                     for k in _ORIGINAL_FIELDS if isinstance(src.get(k), str) and src[k].strip()), None)
    others = _translations(data)
    extra = data.get("compare_with")
    others += [extra] if isinstance(extra, str) else [t for t in extra or [] if isinstance(t, str)]
    texts = ([original] if original else []) + [t for t in others if t.strip()]
    return list(dict.fromkeys(texts))


def _translations(value, depth: int = 0) -> list[str]:
    """Every `translation_text` inside a GraphQL result (dicts, lists, JSON strings)."""
    if depth > 12:
        return []
    if isinstance(value, str) and value.lstrip()[:1] in "[{" and "translation_text" in value:
        try:
            value = json.loads(value)
        except ValueError:
            return []
    out: list[str] = []
    if isinstance(value, dict) and value.get("field_name") == "translation_text":
        return [value["value"]] if isinstance(value.get("value"), str) else []  # annotation content
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "translation_text" and isinstance(v, str):
                out.append(v)
            else:
                out += _translations(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            out += _translations(v, depth + 1)
    return out


@dataclass(frozen=True)
class WriteBack:
    """What happened to the annotation: written, or why not."""

    written: bool
    detail: str

    def to_dict(self) -> dict:
        return {"written": self.written, "detail": self.detail}


def write_annotation(team_slug: str | None, item_id, fields: dict, api_url: str | None = None,
                     token: str | None = None, attempts: int = 3, timeout: float = 10.0) -> WriteBack:
    """Create the `drift` annotation on the item through Check's GraphQL API."""
    api_url = api_url or os.environ.get("DRIFT_CHECK_API_URL")
    token = token or os.environ.get("DRIFT_CHECK_TOKEN")
    if not api_url or not token:
        return WriteBack(False, "not written: set DRIFT_CHECK_API_URL and DRIFT_CHECK_TOKEN to "
                                "save results in Check")
    if item_id is None or not team_slug:
        return WriteBack(False, "not written: the event names no item (object.id) or team slug")
    body = json.dumps({"query": MUTATION, "variables": {
        "setFields": json.dumps(fields, ensure_ascii=False), "pmid": str(item_id),
        "clientMutationId": f"drift:{item_id}:{int(time.time())}"}}).encode()
    url = f"{api_url.rstrip('/')}/api/graphql?team={urllib.request.quote(team_slug)}"
    why = ""
    for attempt in range(attempts):
        if attempt:
            time.sleep(0.5 * 2 ** (attempt - 1))
        request = urllib.request.Request(url, body, {"Content-Type": "application/json",
                                                     "X-Check-Token": token}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            why = f"Check answered HTTP {exc.code}"
            if exc.code < 500 and exc.code != 429:
                break  # refused: retrying will not help
            continue
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            why = f"Check could not be reached ({getattr(exc, 'reason', exc)})"
            continue
        if answer.get("errors"):
            why = "Check refused the annotation: " + "; ".join(
                str(e.get("message", e))[:200] for e in answer["errors"][:3])
            break
        return WriteBack(True, f"annotation 'drift' created on item {item_id}")
    log.error("drift: could not write the annotation on Check item %s of team %s: %s",
              item_id, team_slug, why)
    return WriteBack(False, why)
