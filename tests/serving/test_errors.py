"""Every error path answers JSON {"error", "message", "details"} with the right status."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from tests.serving.conftest import API_KEY, OTHER_KEY, CheckedClient
from triage.model import MessageResult


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json, "errors are JSON, never an HTML page"
    body = response.get_json()
    assert {"error", "message", "details"} <= set(body)
    assert body["error"] == code
    assert "Traceback" not in response.get_data(as_text=True)
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong-key"},
    {"Authorization": f"Basic {API_KEY}"},
    {"Authorization": "Bearer "},
    {"Authorization": API_KEY},
    {"Authorization": "Bearer clé-àccentuée"},
])
@pytest.mark.parametrize("method, path", [
    ("POST", "/v1/triage"), ("POST", "/v1/feedback"), ("GET", "/v1/model"),
    ("POST", "/v1/admin/reload"), ("GET", "/metrics"),
])
def test_protected_endpoints_need_a_valid_key(api: CheckedClient, headers: dict[str, str],
                                              method: str, path: str) -> None:
    response = api.open(path, method, auth=False, headers=headers,
                        json={"message": {"text": "where is my order?"}})
    assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("key", [API_KEY, OTHER_KEY])
def test_every_configured_key_works(api: CheckedClient, key: str) -> None:
    response = api.post("/v1/triage", auth=False, headers={"Authorization": f"Bearer {key}"},
                        json={"message": {"text": "where is my order?"}})
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/openapi.json"])
def test_probes_and_the_description_are_open(api: CheckedClient, path: str) -> None:
    assert api.get(path, auth=False).status_code == 200


def test_without_keys_everything_is_open_and_a_warning_is_logged(
        make_client: Callable[..., CheckedClient], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="triage.serving"):
        api = make_client(api_keys=())
    assert "NO API KEY CONFIGURED" in caplog.text
    assert api.get("/v1/model", auth=False).status_code == 200


@pytest.mark.parametrize("kwargs", [
    {"data": json.dumps({"message": {"text": "hi"}})},  # no content type
    {"data": json.dumps({"message": {"text": "hi"}}), "content_type": "text/plain"},
    {"data": "text=hi", "content_type": "application/x-www-form-urlencoded"},
])
@pytest.mark.parametrize("path", ["/v1/triage", "/v1/feedback"])
def test_a_body_that_is_not_declared_json_is_415(api: CheckedClient, kwargs: dict,
                                                 path: str) -> None:
    assert_error(api.post(path, **kwargs), 415, "unsupported_media_type")


@pytest.mark.parametrize("data", ["{", "", "not json", b"\xff\xfe{}", "[" * 100_000])
@pytest.mark.parametrize("path", ["/v1/triage", "/v1/feedback"])
def test_malformed_json_is_400(api: CheckedClient, data: str | bytes, path: str) -> None:
    response = api.post(path, data=data, content_type="application/json")
    assert_error(response, 400, "invalid_json")


@pytest.mark.parametrize("body, field", [
    ({}, "message"),
    ([], "(body)"),
    ("where is my order", "(body)"),
    ({"message": {}}, "message.text"),
    ({"message": {"text": ""}}, "message.text"),
    ({"message": {"text": "   "}}, "message.text"),
    ({"message": {"text": 42}}, "message.text"),
    ({"message": "where is my order"}, "message"),
    ({"mesage": {"text": "hi"}}, "mesage"),
    ({"message": {"text": "hi", "lang": "fr"}}, "message.lang"),
    ({"message": {"text": "hi", "language": "french"}}, "message.language"),
    ({"messages": []}, "messages"),
    ({"messages": [{"text": "hi"}, {"id": "2"}]}, "messages.1.text"),
    ({"messages": {"text": "hi"}}, "messages"),
])
def test_a_body_that_breaks_the_schema_is_400_naming_the_field(
        api: CheckedClient, body: Any, field: str) -> None:
    details = assert_error(api.post("/v1/triage", json=body), 400, "validation_error")["details"]
    assert field in [d["field"] for d in details]


@pytest.mark.parametrize("body, field", [
    ({}, "text"),
    ({"text": "hi", "correct_urgency": "urgent"}, "correct_urgency"),
    ({"text": "hi", "answer_status": "maybe"}, "answer_status"),
    ({"text": "hi", "escalation_correct": "perhaps"}, "escalation_correct"),
])
def test_a_feedback_that_breaks_the_schema_is_400(api: CheckedClient, body: Any,
                                                  field: str) -> None:
    details = assert_error(api.post("/v1/feedback", json=body), 400, "validation_error")["details"]
    assert field in [d["field"] for d in details]


def test_a_batch_over_the_limit_is_413(make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(max_batch=3)
    body = {"messages": [{"text": "where is my order?"}] * 4}
    details = assert_error(api.post("/v1/triage", json=body), 413, "batch_too_large")["details"]
    assert details == {"max_batch": 3, "received": 4}
    assert api.post("/v1/triage", json={"messages": body["messages"][:3]}).status_code == 200


def test_a_batch_over_the_limit_is_413_even_when_its_items_are_bad(
        make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(max_batch=3)
    body = {"messages": [{"text": "where is my order?"}, {}, {"text": ""}, {"id": "4"}]}
    details = assert_error(api.post("/v1/triage", json=body), 413, "batch_too_large")["details"]
    assert details == {"max_batch": 3, "received": 4}


def test_a_huge_batch_of_empty_items_gets_a_short_413(api: CheckedClient) -> None:
    """600,000 empty items (1.8 MB) are refused by their count, before any item is validated."""
    body = json.dumps({"messages": [{}] * 600_000}, separators=(",", ":"))
    response = api.post("/v1/triage", data=body, content_type="application/json")
    assert len(response.get_data()) < 1000  # not one detail per item
    details = assert_error(response, 413, "batch_too_large")["details"]
    assert details["received"] == 600_000


def test_validation_details_list_the_first_20_problems_and_count_them(
        api: CheckedClient) -> None:
    body = {"messages": [{"text": "where is my order?"}] + [{}] * 30}
    error = assert_error(api.post("/v1/triage", json=body), 400, "validation_error")
    assert [d["field"] for d in error["details"]] == [f"messages.{i}.text" for i in range(1, 21)]
    assert "30 problems" in error["message"]


def test_a_text_over_the_limit_is_413(make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(max_text_chars=20)
    body = {"messages": [{"text": "where is my order?"}, {"text": "x" * 21}]}
    details = assert_error(api.post("/v1/triage", json=body), 413, "text_too_long")["details"]
    assert details["indexes"] == [1]
    feedback = api.post("/v1/feedback", json={"text": "y" * 21})
    assert_error(feedback, 413, "text_too_long")


def test_a_body_over_the_limit_is_413(make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(max_body_bytes=1000)
    response = api.post("/v1/triage", json={"message": {"text": "a" * 2000}})
    assert_error(response, 413, "payload_too_large")


def test_an_unknown_route_is_404(api: CheckedClient) -> None:
    assert_error(api.get("/v2/triage"), 404, "not_found")
    assert_error(api.get("/v2/triage", auth=False), 404, "not_found")


@pytest.mark.parametrize("method, path", [
    ("GET", "/v1/triage"), ("PUT", "/v1/triage"), ("GET", "/v1/feedback"),
    ("DELETE", "/v1/model"), ("GET", "/v1/admin/reload"), ("POST", "/healthz"),
])
def test_a_wrong_method_is_405(api: CheckedClient, method: str, path: str) -> None:
    response = api.open(path, method)
    assert_error(response, 405, "method_not_allowed")
    assert "Allow" in response.headers


def test_no_model_is_503_and_not_ready(make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(model=None, model_uri="models:/no-such-model@champion")
    assert_error(api.post("/v1/triage", json={"message": {"text": "hi"}}), 503,
                 "model_unavailable")
    assert api.get("/readyz", auth=False).status_code == 503
    assert api.get("/healthz", auth=False).status_code == 200
    info = api.get("/v1/model").get_json()
    assert info["model"] is None and "no-such-model" in info["last_reload_error"]


class ExplodingModel:
    """A model that crashes while scoring (e.g. out of memory): a server fault, not the client's."""

    def score(self, texts: list[str], languages: Any = None) -> list[MessageResult]:
        raise RuntimeError("the encoder ran out of memory")


def test_an_unexpected_failure_is_a_json_500_with_the_traceback_logged(
        make_client: Callable[..., CheckedClient], caplog: pytest.LogCaptureFixture) -> None:
    api = make_client(model=ExplodingModel())
    with caplog.at_level(logging.ERROR, logger="triage.serving"):
        response = api.post("/v1/triage", json={"message": {"text": "where is my order?"}},
                            headers={"X-Request-ID": "req-500"})
    body = assert_error(response, 500, "internal_error")
    assert "out of memory" not in body["message"]
    record = next(r for r in caplog.records if r.levelno == logging.ERROR)
    assert "req-500" in record.getMessage()
    assert record.exc_info is not None
