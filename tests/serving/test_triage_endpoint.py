"""POST /v1/triage through the trained champion: decisions, reasons, answers, batches."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tests.serving.conftest import CheckedClient
from triage.pyfunc import LoadedModel


@pytest.mark.parametrize("text", [
    "je veux parler à un conseiller",
    "can I talk to a real person",
    "Bonjour, est-ce que je peux parler à une vraie personne ?",
    "I want to speak to a human, not a bot",
])
def test_asking_for_a_person_is_escalated_with_that_reason(api: CheckedClient, text: str) -> None:
    [result] = api.triage(text)
    assert result["action"] == "escalate"
    assert "human_requested" in [r["code"] for r in result["reasons"]]


@pytest.mark.parametrize("text", [
    "Someone placed an order on my account that I never made, please block it",
    "Il y a un prélèvement sur ma carte pour une commande que je n'ai jamais passée",
])
def test_fraud_always_goes_to_a_person(api: CheckedClient, text: str) -> None:
    [result] = api.triage(text)
    assert result["intent"]["name"] == "fraud"
    assert result["action"] == "escalate"
    assert "always_human_intent" in [r["code"] for r in result["reasons"]]


def test_a_french_message_gets_a_french_answer(api: CheckedClient) -> None:
    [result] = api.triage("Bonjour, où en est ma commande ? Je l'ai passée il y a une semaine")
    assert result["language"] == "fr"
    assert result["answers"], "an in-scope message gets proposed answers"
    template = result["answers"][0]
    assert template["source"] == "template"
    english = api.triage("Hi, where is my order? I placed it a week ago")[0]["answers"][0]
    assert english["source"] == "template" and template["text"] != english["text"]


def test_a_given_language_is_used_instead_of_detection(api: CheckedClient) -> None:
    [result] = api.triage("where is my order?", language="FR")
    assert result["language"] == "fr"


def test_the_response_names_the_model_and_the_request(api: CheckedClient,
                                                      champion: LoadedModel) -> None:
    response = api.post("/v1/triage", json={"message": {"text": "where is my order?"}},
                        headers={"X-Request-ID": "inbox-42.a"})
    body = response.get_json()
    assert body["model"] == {"name": champion.name, "version": champion.version,
                             "alias": champion.alias}
    assert champion.version is not None
    assert body["request_id"] == response.headers["X-Request-ID"] == "inbox-42.a"


@pytest.mark.parametrize("given", ["", "has spaces", "x" * 200, "a;b=<script>", "café-42"])
def test_an_unusable_request_id_is_replaced(api: CheckedClient, given: str) -> None:
    response = api.post("/v1/triage", json={"message": {"text": "where is my order?"}},
                        headers={"X-Request-ID": given} if given else {})
    assert response.headers["X-Request-ID"] != given
    assert response.get_json()["request_id"] == response.headers["X-Request-ID"]


def test_a_result_has_every_part(api: CheckedClient) -> None:
    [result] = api.triage("I was charged twice for the same order, please refund one",
                          id="msg-1", channel="email")
    assert result["id"] == "msg-1"
    assert len(result["intent"]["alternatives"]) == 3
    assert result["intent"]["name"] not in [a["name"] for a in result["intent"]["alternatives"]]
    assert result["urgency"]["level"] in ("low", "normal", "high", "critical")
    assert set(result["out_of_scope"]) == {"flag", "score"}
    assert all(r["message"] for r in result["reasons"])
    assert 1 <= len(result["answers"]) <= 3


def test_a_batch_keeps_the_order_and_ids(api: CheckedClient) -> None:
    texts = ["where is my order?", "je veux parler à un conseiller", "thanks, all sorted!"]
    body = {"messages": [{"text": t, "id": f"m{i}"} for i, t in enumerate(texts)]}
    results = api.post("/v1/triage", json=body).get_json()["results"]
    assert [r["id"] for r in results] == ["m0", "m1", "m2"]
    singles = [api.triage(t)[0] for t in texts]
    assert [r["intent"]["name"] for r in results] == [r["intent"]["name"] for r in singles]


def test_a_batch_is_embedded_in_one_pass(api: CheckedClient,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = api.app.extensions["triage"].holder.current.model.embedder
    calls: list[int] = []
    real_transform = embedder.transform

    def counting_transform(texts: Any) -> np.ndarray:
        calls.append(len(texts))
        return real_transform(texts)

    monkeypatch.setattr(embedder, "transform", counting_transform)
    api.triage(*[f"where is my order {n}?" for n in range(10)])
    assert calls == [10]


def test_a_message_about_something_else_is_out_of_scope(api: CheckedClient) -> None:
    [result] = api.triage("What is the capital of Australia and who won the 1998 world cup?")
    assert result["out_of_scope"]["flag"] is True
    assert result["action"] == "escalate"
    assert result["reasons"][0]["code"] == "out_of_scope"


def test_an_out_of_scope_escalation_still_proposes_answers(api: CheckedClient) -> None:
    """Like every other escalation, it carries drafts for the agent who takes it: a message
    flagged out of scope is sometimes an in-scope one (the threshold keeps 97% of in-scope
    validation messages), and the action, escalate, already keeps anything from being sent."""
    [result] = api.triage("What is the capital of Australia and who won the 1998 world cup?")
    assert result["out_of_scope"]["flag"] is True and result["action"] == "escalate"
    sources = [answer["source"] for answer in result["answers"]]
    assert sources and set(sources) <= {"template", "history"}
    assert all(answer["text"].strip() for answer in result["answers"])
