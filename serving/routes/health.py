"""Probes, the API description and the metrics: what orchestrators and scrapers call."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from serving.openapi import openapi_document
from serving.routes.common import model_ref
from serving.state import service

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """The process is up (no dependency is checked: a restart would not fix them)."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Ready when a model is loaded; 503 tells the load balancer to send traffic elsewhere."""
    loaded = service().holder.current
    if loaded is None:
        return jsonify(status="not_ready", model=None), 503
    return jsonify(status="ready", model=model_ref(loaded)), 200


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document(service().config))


@bp.get("/metrics")
def metrics() -> Response:
    state = service()
    return Response(state.metrics.render(), mimetype=None,
                    content_type=state.metrics.content_type)
