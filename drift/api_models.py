"""Response models of the HTTP API (pydantic): what /openapi.json promises for each answer.

They describe the same JSON the CLI's `--json` outputs write; `extra="allow"` keeps any field a
newer library version adds rather than dropping it on the way out.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class FindingOut(_Out):
    kind: str = Field(description="negation, number, date, entity, omission, addition, "
                                  "substitution, editorial")
    severity: Literal["info", "low", "medium", "high"]
    a_span: list[int] | None = Field(description="[start, end) character offsets in A, or null")
    b_span: list[int] | None
    a_text: str
    b_text: str
    message: str


class PairOut(_Out):
    a: str
    b: str
    similarity: float = Field(description="cosine of the two texts' embeddings")
    drift: float = Field(ge=0, le=1, description="probability that the meanings differ")
    label: Literal["equivalent", "nuance", "drift"]
    lang_a: str
    lang_b: str
    signature: str = Field(description="model and settings that produced the numbers")
    findings: list[FindingOut]

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "a": "He is not interested.", "b": "Er ist interessiert.", "similarity": 0.86,
        "drift": 0.6, "label": "drift", "lang_a": "en", "lang_b": "de", "signature": "model:…",
        "findings": [{"kind": "negation", "severity": "high", "a_span": [6, 9], "b_span": None,
                      "a_text": "not", "b_text": "",
                      "message": "negation 'not' in A has no counterpart in B (polarity flips)"}]}]})


class RowErrorOut(_Out):
    error: str = Field(description="why this pair could not be scored; the others were")


class BatchOut(_Out):
    signature: str
    results: list[PairOut | RowErrorOut] = Field(description="one per pair, in request order")


class QuoteOut(_Out):
    doc: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_span: list[int] | None
    parts: int
    kind: Literal["direct", "reported"]


class MatchOut(_Out):
    a: QuoteOut
    b: QuoteOut
    similarity: float
    drift: float
    label: Literal["equivalent", "nuance", "drift"]
    kind: str
    confidence: str
    overlap: dict[str, list[int]]
    beyond: dict[str, list[str]]
    findings: list[FindingOut]


class CompareOut(_Out):
    schema_name: str = Field(alias="schema", description="drift.compare/1")
    signature: str
    documents: list[str]
    errors: dict[str, str] = Field(description="documents that could not be read, and why")
    quotes: dict[str, list[QuoteOut]]
    matches: list[MatchOut]
    only_in_one_document: list[QuoteOut]


class RenderingOut(_Out):
    a_index: int = Field(description="position of A among the renderings (0 = the reference)")
    b_index: int
    result: PairOut | RowErrorOut


class RenderingsOut(_Out):
    renderings: list[RenderingOut] = Field(description="scored pairs, worst first")
    signature: str


class AnnotationOut(_Out):
    annotation_type: str
    set_fields: str = Field(description="JSON text: drift_label, drift_summary, drift_kind, "
                                        "drift_signature")


class WebhookOut(_Out):
    event: str
    team: str | None
    object_id: int | str | None
    annotation: AnnotationOut
    write_back: dict = Field(description="{written, detail}: whether the annotation was saved in "
                                         "Check through its GraphQL API, or why not")
    result: dict


class InfoOut(_Out):
    name: str
    version: str
    signature: str
    model: str
    threshold: float
    languages: dict
    limits: dict


class HealthOut(_Out):
    status: Literal["ok"]
