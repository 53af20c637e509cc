"""Errors of the HTTP layer, and their mapping to JSON `{"error", "message", "details"}`.

Every failure a client can see is one of these shapes with the right status: no HTML page, no
stack trace, and never a 500 for the client's own mistake. A truly unexpected exception becomes a
500 whose body carries the request id, so the traceback in the log can be found.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, g, jsonify
from werkzeug.exceptions import HTTPException

from triage.feedback import FeedbackStoreError

log = logging.getLogger("triage.serving")

# Werkzeug's exceptions → our stable error codes (clients switch on the code, not the text).
HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed",
    413: "payload_too_large", 415: "unsupported_media_type", 500: "internal_error",
    503: "service_unavailable",
}


class ApiError(Exception):
    """An error to return to the client as JSON with an HTTP status."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> Response:
    """The JSON body every error shares, with the request id for support."""
    body = {"error": code, "message": message, "details": details,
            "request_id": g.get("request_id")}
    response = jsonify(body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def _api_error(e: ApiError) -> Response:
    return error_response(e.status, e.code, e.message, e.details, e.headers)


def _http_error(e: HTTPException) -> Response:
    status = e.code or 500
    # Keep headers that matter to the client (Allow on 405), drop Werkzeug's HTML content type.
    headers = {k: v for k, v in e.get_headers() if k.lower() != "content-type"}
    message = e.description or e.name
    return error_response(status, HTTP_CODES.get(status, "http_error"), message, None, headers)


def _feedback_error(e: FeedbackStoreError) -> Response:
    log.error("feedback store failure: %s", e, exc_info=e)
    return error_response(503, "feedback_unavailable", "The feedback store is unavailable.")


def _unexpected(e: Exception) -> Response:
    log.error("unexpected error in request %s", g.get("request_id"), exc_info=e)
    return error_response(500, "internal_error",
                          "Unexpected server error; quote the request id to support.")


def register_error_handlers(app: Flask) -> None:
    """Map every exception to the JSON error shape."""
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(FeedbackStoreError, _feedback_error)
    app.register_error_handler(Exception, _unexpected)
