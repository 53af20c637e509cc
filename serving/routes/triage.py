"""POST /v1/triage: score one message or a batch, in one model call, into decisions with reasons."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, g, jsonify
from pydantic import TypeAdapter

from serving.config import ServingConfig
from serving.errors import ApiError
from serving.request_context import json_body, validate_body
from serving.routes.common import model_ref, require_model
from serving.state import service
from triage.model import MessageResult
from triage.redact import redact
from triage.schemas import MessageIn, SingleRequest, TriageRequest, TriageResult

bp = Blueprint("triage", __name__)
_REQUEST = TypeAdapter(TriageRequest)


def check_batch_size(body: Any, config: ServingConfig) -> None:
    """413 for a batch over the limit, checked on the parsed JSON before its items are validated:
    a huge batch of bad items would otherwise cost seconds and a response listing every item."""
    messages = body.get("messages") if isinstance(body, dict) else None
    if isinstance(messages, list) and len(messages) > config.max_batch:
        raise ApiError(413, "batch_too_large",
                       f"A batch holds at most {config.max_batch} messages.",
                       {"max_batch": config.max_batch, "received": len(messages)})


def check_text_lengths(messages: list[MessageIn], config: ServingConfig) -> None:
    """413 for a text over the configured limit (before any model work)."""
    too_long = [i for i, m in enumerate(messages) if len(m.text) > config.max_text_chars]
    if too_long:
        raise ApiError(413, "text_too_long",
                       f"A message text holds at most {config.max_text_chars} characters.",
                       {"max_text_chars": config.max_text_chars, "indexes": too_long})


@bp.post("/v1/triage")
def triage() -> Response:
    """Triage `{"message": {...}}` or `{"messages": [...]}`; results come in request order."""
    state = service()
    body = json_body()
    check_batch_size(body, state.config)
    request_body = validate_body(_REQUEST, body)
    messages = ([request_body.message] if isinstance(request_body, SingleRequest)
                else request_body.messages)
    check_text_lengths(messages, state.config)
    loaded = require_model(state)
    # One call for the whole batch: one embedding pass, never one per message.
    results = loaded.model.score([m.text for m in messages], [m.language for m in messages])
    _record(results, loaded.version, messages, state.config.log_text)
    state.metrics.observe_decisions([r.decision.action for r in results],
                                    [r.decision.reason_codes for r in results])
    body = {"request_id": g.request_id, "model": model_ref(loaded),
            "results": [TriageResult.from_result(r, m.id).model_dump(mode="json")
                        for r, m in zip(results, messages, strict=True)]}
    return jsonify(body)


def _record(results: list[MessageResult], version: str | None, messages: list[MessageIn],
            log_text: bool) -> None:
    """What the access log line says about this request (text only if enabled, redacted)."""
    g.log_fields.update({"model_version": version, "messages": len(results),
                         "actions": [r.decision.action for r in results],
                         "reasons": [list(r.decision.reason_codes) for r in results]})
    if log_text:
        g.log_fields["texts"] = [redact(m.text) for m in messages]
