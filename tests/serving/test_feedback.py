"""POST /v1/feedback and the feedback store: durable, concurrent, readable as training data."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from serving.app import create_app
from tests.serving.conftest import CheckedClient
from triage.feedback import TRAINING_COLUMNS, FeedbackStore, FeedbackStoreError
from triage.pyfunc import LoadedModel

VERDICT = {"text": "j'ai été débité deux fois pour la même commande",
           "language": "fr", "predicted_intent": "payment_failed",
           "correct_intent": "charged_twice", "predicted_urgency": "normal",
           "correct_urgency": "high", "action": "suggest", "escalation_correct": False,
           "answer_status": "edited", "answer": "Nous vous remboursons le second paiement.",
           "agent_id": "agent-7", "request_id": "req-1", "message_id": "m-1"}


def test_a_verdict_is_stored_with_the_served_version(api: CheckedClient, champion: LoadedModel,
                                                     tmp_path: Path) -> None:
    response = api.post("/v1/feedback", json=VERDICT)
    assert response.status_code == 201
    body = response.get_json()
    assert body["model"]["version"] == champion.version
    [record] = FeedbackStore(f"sqlite:///{tmp_path / 'feedback.db'}").records()
    assert record["id"] == body["id"]
    assert record["model_version"] == champion.version
    assert {k: record[k] for k in VERDICT} == VERDICT


def test_feedback_survives_a_restart(make_config: Callable, champion: LoadedModel) -> None:
    config = make_config()
    first = create_app(config, model=champion).test_client()
    headers = {"Authorization": f"Bearer {config.api_keys[0]}"}
    ids = [first.post("/v1/feedback", json={**VERDICT, "message_id": f"m{i}"},
                      headers=headers).get_json()["id"] for i in range(3)]
    del first
    restarted = create_app(config, model=champion)
    store = restarted.extensions["triage"].feedback
    assert [r["id"] for r in store.records()] == ids
    fourth = restarted.test_client().post("/v1/feedback", json=VERDICT, headers=headers)
    assert fourth.get_json()["id"] == ids[-1] + 1


def test_eight_threads_posting_at_once_lose_nothing(make_config: Callable,
                                                    champion: LoadedModel) -> None:
    config = make_config()
    app = create_app(config, model=champion)
    headers = {"Authorization": f"Bearer {config.api_keys[0]}"}
    statuses: list[int] = []
    start = threading.Barrier(8)

    def agent(n: int) -> None:
        client = app.test_client()
        start.wait()
        for i in range(25):
            response = client.post("/v1/feedback", headers=headers,
                                   json={"text": f"message {n}-{i}", "correct_intent": "thanks"})
            statuses.append(response.status_code)

    threads = [threading.Thread(target=agent, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 200
    texts = {r["text"] for r in FeedbackStore(config.feedback_url).records()}
    assert texts == {f"message {n}-{i}" for n in range(8) for i in range(25)}


def test_feedback_is_accepted_while_no_model_is_loaded(
        make_client: Callable[..., CheckedClient]) -> None:
    api = make_client(model=None, model_uri="models:/no-such-model@champion")
    response = api.post("/v1/feedback", json={"text": "where is my order?",
                                              "escalation_correct": True})
    assert response.status_code == 201
    assert response.get_json()["model"] is None


def test_corrections_become_training_examples(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'nested' / 'feedback.db'}")
    store.add("Where's my parcel??", predicted_intent="order_status",
              escalation_correct=True)  # a verdict without a correction: not a training row
    store.add("I paid twice", correct_intent="payment_failed", language="en")
    store.add("I paid twice", correct_intent="charged_twice", correct_urgency="high",
              answer="Refunded.", answer_status="used", language="en")  # a later verdict wins
    store.add("je veux un humain", correct_intent="human_agent", answer="Non.",
              answer_status="rejected", language="fr")
    examples = store.training_examples()
    assert tuple(examples.columns) == TRAINING_COLUMNS
    assert examples.to_dict("records") == [
        {"text": "I paid twice", "intent": "charged_twice", "urgency": "high",
         "answer": "Refunded.", "language": "en"},
        {"text": "je veux un humain", "intent": "human_agent", "urgency": None, "answer": None,
         "language": "fr"},
    ]


def test_an_empty_store_gives_an_empty_frame_with_the_columns(tmp_path: Path) -> None:
    examples = FeedbackStore(f"sqlite:///{tmp_path / 'f.db'}").training_examples()
    assert examples.empty and tuple(examples.columns) == TRAINING_COLUMNS


def test_the_store_uses_wal_on_sqlite(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'f.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.parametrize("url, match", [
    ("not a url", "invalid feedback database URL"),
    ("nosuchdialect://x/y", "invalid feedback database URL"),
])
def test_a_bad_url_is_a_store_error(url: str, match: str) -> None:
    with pytest.raises(FeedbackStoreError, match=match):
        FeedbackStore(url)


def test_unknown_fields_are_refused(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'f.db'}")
    with pytest.raises(FeedbackStoreError, match="unknown feedback fields: \\['mood'\\]"):
        store.add("hi", mood="angry")


def _open_store_at_once(url: str, start: Any) -> str:
    """In a child process: wait for the others, open the store, report how it went."""
    start.wait()
    try:
        FeedbackStore(url).close()
    except FeedbackStoreError as e:
        return str(e)
    return "ok"


def test_eight_processes_opening_a_new_store_at_once_all_succeed(tmp_path: Path) -> None:
    """gunicorn workers started without --preload each open the store on a fresh database."""
    url = f"sqlite:///{tmp_path / 'new' / 'feedback.db'}"
    context = multiprocessing.get_context("spawn")  # no fork of a threaded test process
    with context.Manager() as manager, context.Pool(8) as pool:
        start = manager.Barrier(8)
        outcomes = pool.starmap(_open_store_at_once, [(url, start)] * 8)
    assert outcomes == ["ok"] * 8
    store = FeedbackStore(url)
    assert store.add("where is my order?") == 1 and store.count() == 1
