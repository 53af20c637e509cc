"""The served /openapi.json and the service agree: a body the document accepts is accepted, and a
body the document refuses is refused, for each case below (checked with a JSON Schema validator
on the document the app serves, then sent to the app)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.serving.conftest import CheckedClient

MAX_TEXT, MAX_BATCH = 40, 3
HI = {"text": "where is my order?"}

TRIAGE_BODIES: list[Any] = [
    {"message": HI},
    {"message": {"text": "  where is my order?  ", "id": " m-1 ", "channel": "chat"}},
    {"message": {"text": "a" * MAX_TEXT}},
    {"message": {"text": "a" * MAX_TEXT, "language": "fr", "id": None}},
    {"messages": [HI] * MAX_BATCH},
    {"message": {"text": "   "}},
    {"message": {"text": "\n\t"}},
    {"message": {"text": "a" * (MAX_TEXT + 1)}},
    {"message": {"text": " " + "a" * MAX_TEXT + " "}},
    {"message": {"text": "hi", "id": ""}},
    {"message": {"text": "hi", "language": " fr"}},
    {"message": {"text": "hi", "language": "fr\n"}},
    {"message": {"text": "hi", "language": "fra"}},
    {"message": {"text": 7}},
    {"messages": [HI] * (MAX_BATCH + 1)},
    {"messages": [HI, {}] + [HI] * MAX_BATCH},
    {"messages": []},
    {"message": HI, "messages": [HI]},
    {"message": {"text": "hi", "mood": "angry"}},
]
FEEDBACK_BODIES: list[Any] = [
    {"text": "hi", "escalation_correct": False, "correct_intent": "thanks"},
    {"text": " hi ", "message_id": " m-1 ", "language": "EN", "answer_status": "used"},
    {"text": "a" * MAX_TEXT, "escalation_correct": None},
    {"text": "hi", "escalation_correct": "no"},
    {"text": "hi", "escalation_correct": "false"},
    {"text": "hi", "escalation_correct": 0},
    {"text": "hi", "escalation_correct": 1},
    {"text": "a" * (MAX_TEXT + 1)},
    {"text": "  "},
    {"text": "hi", "comment": "c" * 2001},
    {"text": "hi", "agent_id": ""},
    {"text": "hi", "correct_urgency": "urgent"},
]


@pytest.fixture
def small_api(make_client: Callable[..., CheckedClient]) -> CheckedClient:
    return make_client(max_text_chars=MAX_TEXT, max_batch=MAX_BATCH)


def documented(doc: dict[str, Any], path: str) -> Draft202012Validator:
    """A validator for the request body the served document gives `path`."""
    schema = doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return Draft202012Validator({**schema, "components": doc["components"]})


def assert_agree(api: CheckedClient, path: str, body: Any) -> None:
    valid = documented(api.doc, path).is_valid(body)
    status = api.post(path, json=body).status_code
    assert status in ((200, 201) if valid else (400, 413)), (
        f"the document says {'valid' if valid else 'invalid'}, the service answers {status}")


@pytest.mark.parametrize("body", TRIAGE_BODIES, ids=range(len(TRIAGE_BODIES)))
def test_triage_bodies(small_api: CheckedClient, body: Any) -> None:
    assert_agree(small_api, "/v1/triage", body)


@pytest.mark.parametrize("body", FEEDBACK_BODIES, ids=range(len(FEEDBACK_BODIES)))
def test_feedback_bodies(small_api: CheckedClient, body: Any) -> None:
    assert_agree(small_api, "/v1/feedback", body)


def test_the_cases_cover_both_answers(small_api: CheckedClient) -> None:
    """Guard the table itself: each endpoint has bodies the document accepts and refuses."""
    for path, bodies in (("/v1/triage", TRIAGE_BODIES), ("/v1/feedback", FEEDBACK_BODIES)):
        verdicts = {documented(small_api.doc, path).is_valid(body) for body in bodies}
        assert verdicts == {True, False}


def test_the_callers_id_and_text_come_back_exactly_as_sent(small_api: CheckedClient) -> None:
    [result] = small_api.triage("  where is my order?  ", id=" m-1 ")
    assert result["id"] == " m-1 "
    feedback = small_api.post("/v1/feedback", json={"text": " hi ", "message_id": " m-1 "})
    assert feedback.status_code == 201
    store = small_api.app.extensions["triage"].feedback
    [record] = store.records()
    assert (record["text"], record["message_id"]) == (" hi ", " m-1 ")
