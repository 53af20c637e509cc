"""The OpenAPI 3.1 document of the service, generated from the pydantic schemas.

Why pydantic's own JSON Schema and a small table here instead of flask-openapi3 or spectree:
those take over routing and validation, and the routes need to order their checks (content type
415, JSON 400, limits 413, model 503) themselves; OpenAPI 3.1 *is* JSON Schema 2020-12, which is
what pydantic emits, so the schemas go in unchanged and cannot drift from the validation. The
limits of the running config (text length, batch size) are written into the document where
triage/schemas.py marks a field with `schemas.LIMIT`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from pydantic import TypeAdapter

from serving.config import ServingConfig
from triage import schemas

REF = "#/components/schemas/{model}"
ERROR = {"$ref": REF.format(model="Error")}
_STATUS_TEXT = {200: "OK", 201: "Created", 400: "Malformed JSON or invalid body",
                401: "Missing or wrong API key", 413: "Body, batch or text over the limits",
                415: "Body is not JSON", 503: "No model loaded (or store unavailable)"}

# path, method, operation id, summary, request schema, {status: response schema}, open?
_OPERATIONS: list[tuple[str, str, str, str, str | None, dict[int, str], bool]] = [
    ("/v1/triage", "post", "triage", "Triage one message or a batch", "TriageRequest",
     {200: "TriageResponse", 400: "Error", 401: "Error", 413: "Error", 415: "Error",
      503: "Error"}, False),
    ("/v1/feedback", "post", "feedback", "Record an agent's verdict on a decision", "FeedbackIn",
     {201: "FeedbackResponse", 400: "Error", 401: "Error", 413: "Error", 415: "Error",
      503: "Error"}, False),
    ("/v1/model", "get", "model", "The served model, thresholds, metrics, last reload error",
     None, {200: "ModelInfo", 401: "Error"}, False),
    ("/v1/admin/reload", "post", "reload", "Load the model the configured URI points to now",
     None, {200: "ReloadResponse", 401: "Error", 503: "Error"}, False),
    ("/healthz", "get", "healthz", "The process is up", None, {200: "Health"}, True),
    ("/readyz", "get", "readyz", "A model is loaded", None, {200: "Health", 503: "Health"}, True),
]
_SCHEMAS: dict[str, tuple[Any, str]] = {
    "TriageRequest": (schemas.TriageRequest, "validation"),
    "FeedbackIn": (schemas.FeedbackIn, "validation"),
    "TriageResponse": (schemas.TriageResponse, "serialization"),
    "FeedbackResponse": (schemas.FeedbackResponse, "serialization"),
    "ModelInfo": (schemas.ModelInfo, "serialization"),
    "ReloadResponse": (schemas.ReloadResponse, "serialization"),
    "Health": (schemas.Health, "serialization"),
    "Error": (schemas.Error, "serialization"),
}


def component_schemas(config: ServingConfig) -> dict[str, Any]:
    """Every schema by name, with the configured limits written in."""
    inputs = [(name, mode, TypeAdapter(tp)) for name, (tp, mode) in _SCHEMAS.items()]
    top, defs = TypeAdapter.json_schemas(inputs, ref_template=REF)
    components = dict(defs.get("$defs", {}))
    for (name, _mode), schema in top.items():
        if schema.get("$ref") != REF.format(model=name):
            components[name] = schema  # e.g. the request union, which has no class of its own
    for schema in components.values():
        for field in schema.get("properties", {}).values():
            _write_limit(field, config)
    return components


def _write_limit(field: dict[str, Any], config: ServingConfig) -> None:
    """Replace a field's limit marker (schemas.LIMIT) with the configured value.

    The marker sits on the field in triage/schemas.py, so a limited field added there is
    documented with its limit without a change here.
    """
    setting = field.pop(schemas.LIMIT, None)
    if setting is not None:
        keyword = "maxItems" if field.get("type") == "array" else "maxLength"
        field[keyword] = getattr(config, setting)


def _operation(operation_id: str, summary: str, request: str | None,
               responses: dict[int, str], open_: bool) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": operation_id, "summary": summary, "responses": {
        str(status): {"description": _STATUS_TEXT.get(status, "See schema"), "content": {
            "application/json": {"schema": {"$ref": REF.format(model=name)}}}}
        for status, name in responses.items()}}
    op["responses"]["default"] = {"description": "Any other error (404, 405, 500)",
                                  "content": {"application/json": {"schema": ERROR}}}
    if request:
        op["requestBody"] = {"required": True, "content": {
            "application/json": {"schema": {"$ref": REF.format(model=request)}}}}
    if open_:
        op["security"] = []
    return op


def _package_version() -> str:
    try:
        return version("triage")
    except PackageNotFoundError:
        return "0+unknown"


@lru_cache(maxsize=16)
def openapi_document(config: ServingConfig) -> dict[str, Any]:
    """The OpenAPI 3.1 document for an app running with `config`."""
    paths: dict[str, Any] = {}
    for path, method, op_id, summary, request, responses, open_ in _OPERATIONS:
        paths.setdefault(path, {})[method] = _operation(op_id, summary, request, responses, open_)
    paths["/openapi.json"] = {"get": {
        "operationId": "openapi", "summary": "This document", "security": [],
        "responses": {"200": {"description": "OpenAPI 3.1", "content": {
            "application/json": {"schema": {"type": "object"}}}}}}}
    paths["/metrics"] = {"get": {
        "operationId": "metrics", "summary": "Prometheus metrics (text exposition format)",
        "responses": {"200": {"description": "Metrics", "content": {
            "text/plain": {"schema": {"type": "string"}}}},
            "401": {"description": _STATUS_TEXT[401],
                    "content": {"application/json": {"schema": ERROR}}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Triage API", "version": _package_version(),
                 "description": "Intent, urgency, answers and an answer-or-escalate decision "
                                "with reasons for customer messages."},
        "paths": paths,
        "components": {"schemas": component_schemas(config), "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearerAuth": []}],
    }
