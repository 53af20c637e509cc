"""Per-request plumbing: request id, JSON body parsing, timing, access log and metrics.

The request id is the client's `X-Request-ID` when it is a sane token (so a trace can span the
inbox tool and Triage), else a fresh one; it is echoed in the header and in every JSON body.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

from flask import Flask, Response, g, request
from pydantic import TypeAdapter, ValidationError

from serving.errors import ApiError
from serving.logs import log_access
from serving.state import service

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_UNION_TAGS = ("single", "batch")  # the tags of triage.schemas.TriageRequest
MAX_ERROR_DETAILS = 20


def _start() -> None:
    given = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = given if _SANE_ID.match(given) else uuid.uuid4().hex
    g.started = time.perf_counter()
    g.log_fields = {}


def json_body() -> Any:
    """The request body parsed as JSON: 415 if it is not declared JSON, 400 if it is not JSON."""
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type",
                       "Send the body as JSON with 'Content-Type: application/json'.",
                       {"content_type": request.content_type})
    data = _read_body(service().config.max_body_bytes)
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as e:  # JSONDecodeError and UnicodeDecodeError
        raise ApiError(400, "invalid_json", "The body is not valid JSON.",
                       {"reason": str(e)}) from e


def _read_body(limit: int) -> bytes:
    """The whole body; 413 when it is longer than `limit` bytes.

    Werkzeug refuses a Content-Length over the limit, but a chunked body (no Content-Length) is
    read only up to the limit and silently cut there. Allowing one byte more for this request
    tells a body that ends at the limit from one that goes on past it.
    """
    request.max_content_length = limit + 1
    data = request.get_data(cache=False)
    if len(data) > limit:
        raise ApiError(413, "payload_too_large",
                       f"The request body holds at most {limit} bytes.", {"max_bytes": limit})
    return data


def parse_body(schema: TypeAdapter[Any]) -> Any:
    """The JSON body validated against `schema`; 400 with the invalid fields listed."""
    return validate_body(schema, json_body())


def validate_body(schema: TypeAdapter[Any], body: Any) -> Any:
    """`body` (parsed JSON) validated against `schema`; 400 listing the first problems."""
    try:
        return schema.validate_python(body)
    except ValidationError as e:
        count = e.error_count()
        message = "The body does not match the schema."
        if count > MAX_ERROR_DETAILS:
            message = (f"The body does not match the schema: {count} problems, the first "
                       f"{MAX_ERROR_DETAILS} are listed in details.")
        raise ApiError(400, "validation_error", message, validation_details(e)) from e


def validation_details(error: ValidationError,
                       limit: int = MAX_ERROR_DETAILS) -> list[dict[str, str]]:
    """The first `limit` of pydantic's errors, without the input values (they may be long or
    personal); a body with thousands of bad items must not get a response larger than itself."""
    details = []
    problems = error.errors(include_url=False, include_input=False, include_context=False)
    for item in problems[:limit]:
        loc = [str(part) for part in item["loc"]]
        if loc and loc[0] in _UNION_TAGS:  # pydantic puts the union member's tag first
            loc = loc[1:]
        details.append({"field": ".".join(loc) or "(body)", "problem": item["msg"],
                        "type": item["type"]})
    return details


def _finish(response: Response) -> Response:
    state = service()
    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    endpoint = request.url_rule.rule if request.url_rule is not None else "<unmatched>"
    state.metrics.observe_request(endpoint, request.method, response.status_code, seconds)
    response.headers[REQUEST_ID_HEADER] = g.get("request_id", "")
    log_access({"request_id": g.get("request_id"), "method": request.method,
                "path": request.path, "status": response.status_code,
                "latency_ms": round(seconds * 1000, 2), **g.get("log_fields", {})})
    return response


def install_request_context(app: Flask) -> None:
    """Register the hooks; the request id is set before auth so errors carry it too."""
    app.before_request(_start)
    app.after_request(_finish)
