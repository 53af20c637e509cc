"""Request and response schemas of the Triage HTTP API (pydantic v2).

Why here and not in serving/: they describe the public contract of the model's output, which
inbox tools, batch jobs and the training side (feedback) share. The OpenAPI document served at
/openapi.json is generated from these classes, so it cannot drift from what the service does.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StrictBool, Tag

from triage.config import URGENCY_LEVELS
from triage.model import MessageResult
from triage.policy import ACTIONS

Action = Literal[ACTIONS]  # type: ignore[valid-type]
UrgencyLevel = Literal[URGENCY_LEVELS]  # type: ignore[valid-type]
# Two letters by length and pattern: a pattern alone ending in `$` lets "fr\n" through some
# JSON Schema validators (Python's `re`), so the document and the service could disagree.
LanguageCode = Annotated[str, Field(min_length=2, max_length=2, pattern=r"^[A-Za-z]+$",
                                    description="ISO 639-1 code")]
ShortId = Annotated[str, Field(min_length=1, max_length=200)]

# A field whose size limit is a serving setting, not a constant of the contract: the OpenAPI
# document writes the running value in (maxLength or maxItems) and the routes enforce it (413).
LIMIT = "x-triage-limit"
# Not only white space; a pattern is searched, not matched, in both pydantic and JSON Schema.
HAS_TEXT = r"\S"


class _Request(BaseModel):
    # Unknown fields are refused so a typo ("mesage") is a 400, not a silently ignored field.
    # Strings are taken as sent (no stripping): limits count what the caller sent, ids are
    # echoed exactly, and the OpenAPI document can state the very checks the service makes.
    model_config = ConfigDict(extra="forbid")


class MessageIn(_Request):
    """One customer message to triage."""

    text: str = Field(min_length=1, pattern=HAS_TEXT, json_schema_extra={LIMIT: "max_text_chars"},
                      description="The message as the customer wrote it.")
    id: ShortId | None = Field(None, description="The caller's id, echoed in the result.")
    channel: str | None = Field(None, max_length=50, examples=["chat", "email", "whatsapp"])
    language: LanguageCode | None = Field(None, description="Detected when not given.")


class SingleRequest(_Request):
    message: MessageIn


class BatchRequest(_Request):
    messages: list[MessageIn] = Field(min_length=1, json_schema_extra={LIMIT: "max_batch"},
                                      description="Scored in one model pass.")


def _request_kind(value: Any) -> str:
    return "batch" if isinstance(value, dict) and "messages" in value else "single"


TriageRequest = Annotated[
    Annotated[SingleRequest, Tag("single")] | Annotated[BatchRequest, Tag("batch")],
    Discriminator(_request_kind),
]


class ModelRef(BaseModel):
    """Which registered model produced a response."""

    name: str
    version: str | None
    alias: str | None


class IntentScore(BaseModel):
    name: str
    confidence: float


class Intent(IntentScore):
    alternatives: list[IntentScore] = Field(description="The next most likely intents (top 3).")


class Urgency(BaseModel):
    level: UrgencyLevel | None = Field(description="null when the model has no urgency head.")
    confidence: float | None


class OutOfScope(BaseModel):
    flag: bool
    score: float = Field(description="Higher is more foreign to the trained intents.")


class ReasonOut(BaseModel):
    code: str = Field(examples=["human_requested", "high_confidence"])
    message: str


class AnswerOut(BaseModel):
    text: str
    source: Literal["template", "history"]
    score: float


class TriageResult(BaseModel):
    """What Triage says about one message."""

    id: str | None
    intent: Intent
    urgency: Urgency
    language: str
    out_of_scope: OutOfScope
    action: Action
    reasons: list[ReasonOut]
    answers: list[AnswerOut] = Field(max_length=3)

    @classmethod
    def from_result(cls, result: MessageResult, message_id: str | None) -> TriageResult:
        """Build the API view of a model result."""
        return cls(
            id=message_id,
            intent=Intent(name=result.intent, confidence=result.intent_confidence,
                          alternatives=[IntentScore(name=n, confidence=c)
                                        for n, c in result.alternatives]),
            urgency=Urgency(level=result.urgency, confidence=result.urgency_confidence),
            language=result.language,
            out_of_scope=OutOfScope(flag=result.out_of_scope, score=result.out_of_scope_score),
            action=result.decision.action,
            reasons=[ReasonOut(code=r.code, message=r.message) for r in result.decision.reasons],
            answers=[AnswerOut(text=a.text, source=a.source, score=a.score)
                     for a in result.answers[:3]])


class TriageResponse(BaseModel):
    request_id: str
    model: ModelRef
    results: list[TriageResult] = Field(description="One per message, in request order.")


class FeedbackIn(_Request):
    """An agent's verdict on a decision; corrected examples feed the next training."""

    text: str = Field(min_length=1, pattern=HAS_TEXT, json_schema_extra={LIMIT: "max_text_chars"},
                      description="The customer message the verdict is about.")
    language: LanguageCode | None = None
    request_id: ShortId | None = Field(None, description="request_id of the triage response.")
    message_id: ShortId | None = None
    model_version: ShortId | None = None
    predicted_intent: str | None = Field(None, max_length=100)
    correct_intent: str | None = Field(None, max_length=100,
                                       description="The right intent (equal when it was right).")
    predicted_urgency: UrgencyLevel | None = None
    correct_urgency: UrgencyLevel | None = None
    action: Action | None = Field(None, description="The action Triage decided.")
    # Strict: JSON true/false only; lax mode would read "no", 0 or "off" as false.
    escalation_correct: StrictBool | None = Field(None,
                                                  description="Was escalating (or not) right?")
    answer_status: Literal["used", "edited", "rejected"] | None = None
    answer: str | None = Field(None, description="The answer the agent finally sent.")
    agent_id: ShortId | None = None
    comment: str | None = Field(None, max_length=2000)


class FeedbackResponse(BaseModel):
    id: int
    request_id: str
    model: ModelRef | None


class ModelInfo(BaseModel):
    """The model being served, and the outcome of the last reload attempt."""

    request_id: str
    model: ModelRef | None
    uri: str | None
    intents: list[str]
    thresholds: dict[str, Any]
    languages: list[str]
    has_urgency: bool | None
    out_of_scope_threshold: float | None
    metrics: dict[str, float]
    last_reload_error: str | None
    last_reload_at: str | None


class ReloadResponse(BaseModel):
    request_id: str
    outcome: Literal["loaded", "unchanged"]
    model: ModelRef | None


class Health(BaseModel):
    status: Literal["ok", "ready", "not_ready"]
    model: ModelRef | None = None


class Error(BaseModel):
    """Every error response: a stable code, a sentence, and details (e.g. the invalid fields)."""

    error: str = Field(examples=["validation_error", "batch_too_large"])
    message: str
    details: Any = None
    request_id: str | None = None
