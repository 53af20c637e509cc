"""One structured JSON line per request; message text only when enabled, and then redacted."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest

from serving.logs import ACCESS_LOGGER, JsonFormatter
from tests.serving.conftest import API_KEY, CheckedClient

SECRET_MESSAGE = ("Remboursez sur FR76 3000 6000 0112 3456 7890 189, ma carte 4111 1111 1111 "
                  "1111 a été débitée, écrivez à jean.dupont@exemple.fr ou au 06 12 34 56 78")


def access_lines(caplog: pytest.LogCaptureFixture) -> list[dict]:
    formatter = JsonFormatter()
    return [json.loads(formatter.format(r)) for r in caplog.records if r.name == ACCESS_LOGGER]


def test_one_line_per_request_with_the_decision(api: CheckedClient,
                                                caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER):
        response = api.post("/v1/triage", headers={"X-Request-ID": "req-log-1"}, json={
            "messages": [{"text": "je veux parler à un conseiller"}, {"text": SECRET_MESSAGE}]})
        api.get("/healthz")
    first, second = access_lines(caplog)
    assert first["request_id"] == "req-log-1" and first["path"] == "/v1/triage"
    assert first["status"] == 200 and first["latency_ms"] > 0
    assert first["actions"] == [r["action"] for r in response.get_json()["results"]]
    assert first["model_version"] == response.get_json()["model"]["version"]
    assert "texts" not in first
    assert second["path"] == "/healthz"


def test_text_and_keys_are_not_logged_by_default(api: CheckedClient,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        api.post("/v1/triage", json={"message": {"text": SECRET_MESSAGE}})
        api.post("/v1/feedback", json={"text": SECRET_MESSAGE, "correct_intent": "thanks"})
        api.get("/v1/model", auth=False, headers={"Authorization": "Bearer wrong-secret"})
    logged = caplog.text + "".join(json.dumps(line) for line in access_lines(caplog))
    for secret in ("Remboursez", "4111", "jean.dupont", API_KEY, "wrong-secret"):
        assert secret not in logged


def test_text_is_logged_redacted_when_enabled(make_client: Callable[..., CheckedClient],
                                              caplog: pytest.LogCaptureFixture) -> None:
    api = make_client(log_text=True)
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER):
        api.post("/v1/triage", json={"message": {"text": SECRET_MESSAGE}})
    [line] = access_lines(caplog)
    assert line["texts"] == [("Remboursez sur [IBAN], ma carte [CARD] a été débitée, écrivez "
                              "à [EMAIL] ou au [PHONE]")]


def test_errors_are_logged_with_their_status(api: CheckedClient,
                                             caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER):
        api.post("/v1/triage", json={"messages": []})
    [line] = access_lines(caplog)
    assert line["status"] == 400 and line["method"] == "POST"
