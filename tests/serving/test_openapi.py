"""/openapi.json: a valid OpenAPI document that says what the service really accepts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from tests.serving.conftest import CheckedClient


def request_validator(doc: dict, name: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}",
                                 "components": doc["components"]})


def test_the_document_is_valid_openapi(api: CheckedClient) -> None:
    validate(api.doc)
    assert api.doc["openapi"].startswith("3.1")


def test_every_route_is_documented(api: CheckedClient) -> None:
    rules = {(rule.rule, method.lower()) for rule in api.app.url_map.iter_rules()
             for method in rule.methods - {"HEAD", "OPTIONS"} if rule.endpoint != "static"}
    documented = {(path, method) for path, ops in api.doc["paths"].items() for method in ops}
    assert rules == documented


def test_open_endpoints_are_marked_open(api: CheckedClient) -> None:
    paths = api.doc["paths"]
    assert {p for p, ops in paths.items() if ops.get("get", {}).get("security") == []} == {
        "/healthz", "/readyz", "/openapi.json"}
    assert api.doc["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"


@pytest.mark.parametrize("body, valid", [
    ({"message": {"text": "où est ma commande ?", "language": "fr", "channel": "whatsapp"}},
     True),
    ({"messages": [{"text": "where is my order?", "id": "1"}]}, True),
    ({"message": {"text": ""}}, False),
    ({"messages": []}, False),
    ({"message": {"text": "hi"}, "extra": 1}, False),
])
def test_request_bodies_are_described_as_the_service_validates_them(
        api: CheckedClient, body: dict, valid: bool) -> None:
    assert request_validator(api.doc, "TriageRequest").is_valid(body) is valid
    assert (api.post("/v1/triage", json=body).status_code == 200) is valid


def test_the_configured_limits_are_in_the_document(
        make_client: Callable[..., CheckedClient]) -> None:
    schemas = make_client(max_text_chars=123, max_batch=7).doc["components"]["schemas"]
    assert schemas["MessageIn"]["properties"]["text"]["maxLength"] == 123
    assert schemas["BatchRequest"]["properties"]["messages"]["maxItems"] == 7


def test_feedback_bodies_are_described(api: CheckedClient) -> None:
    validator = request_validator(api.doc, "FeedbackIn")
    assert validator.is_valid({"text": "hi", "correct_intent": "thanks", "answer_status": "used"})
    assert not validator.is_valid({"text": "hi", "answer_status": "maybe"})
