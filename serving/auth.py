"""Bearer API keys: several keys, compared in constant time, never logged.

With no key configured the service accepts every request (for a laptop or a private network) and
says so loudly at start.
"""

from __future__ import annotations

import hmac
import logging

from flask import Flask, request

from serving.errors import ApiError
from serving.state import service

log = logging.getLogger("triage.serving")

# Endpoints anyone may call: probes for the orchestrator and the API description.
OPEN_ENDPOINTS = frozenset({"health.healthz", "health.readyz", "health.openapi"})


def key_matches(token: str, keys: tuple[str, ...]) -> bool:
    """True if `token` equals one of `keys`; every key is compared, in constant time each."""
    given = token.encode("utf-8")
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given, key.encode("utf-8"))
    return matched


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _require_key() -> None:
    keys = service().config.api_keys
    if not keys or request.endpoint in OPEN_ENDPOINTS or request.endpoint is None:
        return  # endpoint None: unknown route, let it become a 404
    token = _bearer_token()
    if token is None or not key_matches(token, keys):
        raise ApiError(401, "unauthorized", "A valid API key is required: "
                       "send 'Authorization: Bearer <key>'.",
                       headers={"WWW-Authenticate": 'Bearer realm="triage"'})


def install_auth(app: Flask) -> None:
    """Check the API key before every request to a protected endpoint."""
    if not service(app).config.api_keys:
        log.warning("NO API KEY CONFIGURED: the Triage API accepts requests from anyone. "
                    "Set TRIAGE_API_KEYS to a comma-separated list of keys.")
    app.before_request(_require_key)
