"""GET /v1/model (what is served, with thresholds and metrics) and POST /v1/admin/reload."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, g, jsonify

from serving.errors import ApiError
from serving.routes.common import model_ref
from serving.state import ServiceState, service

bp = Blueprint("model", __name__)


def model_info(state: ServiceState) -> dict[str, Any]:
    """The served model's description, and the last reload's error if it failed."""
    holder = state.holder
    loaded = holder.current
    described = loaded.model.describe() if loaded is not None else {}
    return {
        "request_id": g.request_id, "model": model_ref(loaded),
        "uri": loaded.uri if loaded is not None else holder.uri,
        "intents": described.get("intents", []), "thresholds": described.get("policy", {}),
        "languages": described.get("languages", []),
        "has_urgency": described.get("has_urgency"),
        "out_of_scope_threshold": described.get("out_of_scope_threshold"),
        "metrics": {k: float(v) for k, v in described.get("metrics", {}).items()},
        "last_reload_error": holder.last_error, "last_reload_at": holder.last_reload_at,
    }


@bp.get("/v1/model")
def model() -> Response:
    return jsonify(model_info(service()))


@bp.post("/v1/admin/reload")
def reload() -> Response:
    """Load the model the configured URI points to now (e.g. a new @champion).

    200 when a new version is served or the same one still is; 503 `reload_failed` when loading
    failed, while the previous model keeps serving.
    """
    holder = service().holder
    outcome = holder.reload()
    g.log_fields.update({"reload": outcome.outcome})
    if outcome.outcome == "failed":
        raise ApiError(503, "reload_failed", "The model could not be loaded; the previous one "
                       "keeps serving.", {"uri": holder.uri, "error": outcome.error,
                                          "serving": model_ref(holder.current)})
    holder.announce_reload()  # the other gunicorn workers follow (serving/model_holder.py)
    return jsonify(request_id=g.request_id, outcome=outcome.outcome,
                   model=model_ref(holder.current))
