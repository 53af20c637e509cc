"""POST /v1/feedback: an agent's verdict on a decision, stored for the next training."""

from __future__ import annotations

from flask import Blueprint, Response, g, jsonify
from pydantic import TypeAdapter

from serving.errors import ApiError
from serving.request_context import parse_body
from serving.routes.common import model_ref
from serving.state import service
from triage.schemas import FeedbackIn

bp = Blueprint("feedback", __name__)
_FEEDBACK = TypeAdapter(FeedbackIn)


@bp.post("/v1/feedback")
def feedback() -> tuple[Response, int]:
    """Store the verdict; 201 with its id. Works while no model is loaded."""
    state = service()
    verdict: FeedbackIn = parse_body(_FEEDBACK)
    if len(verdict.text) > state.config.max_text_chars:
        raise ApiError(413, "text_too_long",
                       f"A message text holds at most {state.config.max_text_chars} characters.",
                       {"max_text_chars": state.config.max_text_chars})
    loaded = state.holder.current
    fields = verdict.model_dump(exclude={"text"})
    if fields["model_version"] is None and loaded is not None:
        fields["model_version"] = loaded.version
    feedback_id = state.feedback.add(verdict.text, **fields)
    g.log_fields.update({"feedback_id": feedback_id})
    return jsonify(id=feedback_id, request_id=g.request_id, model=model_ref(loaded)), 201
