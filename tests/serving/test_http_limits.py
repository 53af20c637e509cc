"""Limits over real HTTP: gunicorn on a loopback port, bodies sent the way clients send them.

A chunked body (Transfer-Encoding: chunked, no Content-Length) reaches the app through
gunicorn's own de-chunking, which the Flask test client does not exercise.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.serving.test_serve_command import ROOT, free_port, wait_ready

KEY = "limits-key"
MAX_BODY = 1000


@pytest.fixture(scope="module")
def server(registry: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """gunicorn without --preload (each worker opens the new feedback database itself)."""
    tmp = tmp_path_factory.mktemp("http-limits")
    port = free_port()
    env = {**os.environ, "MLFLOW_TRACKING_URI": registry.tracking_uri, "TRIAGE_API_KEYS": KEY,
           "TRIAGE_FEEDBACK_URL": f"sqlite:///{tmp}/new/feedback.db",
           "TRIAGE_MAX_BODY_BYTES": str(MAX_BODY), "TRIAGE_WARM_UP": "false",
           "TRIAGE_BIND": f"127.0.0.1:{port}", "TRIAGE_WORKERS": "3"}
    command = [sys.executable, "-m", "gunicorn", "-c", "python:serving.gunicorn_conf",
               "serving.wsgi:app"]
    with open(tmp / "server.log", "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
    try:
        wait_ready(f"http://127.0.0.1:{port}", process)
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def post_chunked(port: int, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
    """POST `body` in 100-byte chunks with no Content-Length; (status, JSON body)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    chunks = iter([body[i:i + 100] for i in range(0, len(body), 100)])
    try:
        connection.request("POST", path, body=chunks, encode_chunked=True, headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {KEY}"})
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


VALID = json.dumps({"text": "where is my order?", "correct_intent": "order_status"}).encode()


@pytest.mark.slow
@pytest.mark.timeout(420)
@pytest.mark.parametrize("body", [
    VALID + b" " * 5000,  # valid JSON, then padding: cut at the limit it would still parse
    json.dumps({"text": "x" * 5000}).encode(),
    b" " * MAX_BODY + VALID,
], ids=["valid-json-then-spaces", "long-text", "spaces-then-json"])
def test_a_chunked_body_over_the_limit_is_413(server: int, body: bytes) -> None:
    status, error = post_chunked(server, "/v1/feedback", body)
    assert (status, error.get("error")) == (413, "payload_too_large"), error


@pytest.mark.slow
@pytest.mark.timeout(420)
@pytest.mark.parametrize("padding", [0, MAX_BODY - len(VALID)])
def test_a_chunked_body_within_the_limit_is_read_whole(server: int, padding: int) -> None:
    status, body = post_chunked(server, "/v1/feedback", VALID + b" " * padding)
    assert status == 201, body
