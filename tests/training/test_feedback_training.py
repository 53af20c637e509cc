"""`triage train --feedback`: agents' corrections become training examples."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import make_config, mlflow_client
from training.cli import main
from training.data import LINE
from training.feedback import fold_feedback, read_corrections
from training.split import split_data
from triage.feedback import FeedbackStore


def frame(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"text": t, "intent": i, "urgency": "normal", LINE: n}
                         for n, (t, i) in enumerate(rows, start=2)])


def test_a_correction_replaces_the_row_with_the_same_text() -> None:
    training = frame([("where is my order", "order_status"), ("cancel it", "order_status")])
    fixes = pd.DataFrame({"text": ["Cancel it", "I was charged two times"],
                          "intent": ["cancel_order", "charged_twice"],
                          "urgency": [None, "high"], "answer": [None, None],
                          "language": ["en", "en"]})
    folded = fold_feedback(training, fixes, min_examples_per_intent=1)
    assert sorted(zip(folded["text"], folded["intent"], strict=True)) == [
        ("Cancel it", "cancel_order"), ("I was charged two times", "charged_twice"),
        ("where is my order", "order_status")]


def test_unusable_corrections_are_skipped(caplog: pytest.LogCaptureFixture) -> None:
    fixes = pd.DataFrame({"text": ["hello"], "intent": ["thanks"], "urgency": ["soon"],
                          "answer": [None], "language": [None]})
    folded = fold_feedback(frame([("where is my order", "order_status")]), fixes)
    assert len(folded) == 1
    assert "skipped 1 feedback row(s)" in caplog.text


def test_train_folds_feedback_from_the_store(tiny_data_dir: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'feedback.db'}"
    store = FeedbackStore(url)
    store.add("j'ai payé deux fois la même commande !!", predicted_intent="payment_failed",
              correct_intent="refund_status", correct_urgency="high", language="fr")
    store.add("my parcel says delivered but nothing here", predicted_intent="order_status",
              escalation_correct=True)  # a verdict without a correction: not a training row
    store.close()
    models = tmp_path / "models"
    assert main(["train", "--data", str(tiny_data_dir / "inbox.csv"), "--models-dir",
                 str(models), "--feedback", url, "--no-progress"]) == 0
    client = mlflow_client(make_config(models))
    run = client.search_runs([client.get_experiment_by_name("triage").experiment_id])[0]
    assert run.data.params["n_feedback_examples"] == "1"
    rows = sum(int(run.data.params[f"n_{s}"]) for s in ("train", "validation", "test"))
    assert rows == len(pd.read_csv(tiny_data_dir / "inbox.csv")) + 1


def inbox(n: int = 6) -> pd.DataFrame:
    """Training rows as `load_training_data` returns them: three intents, `n` rows each."""
    rows = [(f"{verb} my order {i}", intent)
            for intent, verb in (("order_status", "where is"), ("cancel_order", "please cancel"),
                                 ("refund_status", "where is the refund for"))
            for i in range(1001, 1001 + n)]
    return frame(rows).assign(language="en")


def store_with(tmp_path: Path, verdicts: list[dict]) -> FeedbackStore:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'feedback.db'}")
    for verdict in verdicts:
        store.add(predicted_intent="order_status", **verdict)
    return store


def test_correction_naming_a_new_intent_is_skipped_and_named(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = store_with(tmp_path, [
        {"text": "do you sell gift cards?", "correct_intent": "gift_card"},
        {"text": "my refund has not arrived", "correct_intent": "refund_status "}])
    folded = fold_feedback(inbox(), read_corrections(store))
    assert "gift_card" not in set(folded["intent"])
    assert "my refund has not arrived" in set(folded.loc[folded["intent"] == "refund_status",
                                                         "text"])
    assert re.search(r"feedback id 1\b.*intent 'gift_card' has 1 example", caplog.text)
    assert folded.attrs["n_feedback_examples"] == 1


def test_corrections_that_relabel_an_intent_below_the_minimum_are_skipped(
        caplog: pytest.LogCaptureFixture) -> None:
    training = inbox(5)
    fixes = pd.DataFrame({"id": [7], "text": ["please cancel my order 1001"],
                          "intent": ["refund_status"]})
    folded = fold_feedback(training, fixes)
    assert (folded["intent"] == "cancel_order").sum() == 5
    assert re.search(r"feedback id 7: intent 'cancel_order' has 4 example", caplog.text)


def test_one_text_key_for_replacing_and_deduplicating(tmp_path: Path) -> None:
    store = store_with(tmp_path, [
        {"text": "Cancel my order please", "correct_intent": "cancel_order"},
        {"text": "cancel my order  please", "correct_intent": "refund_status"}])
    folded = fold_feedback(inbox(), read_corrections(store))
    same = folded[folded["text"].str.lower().str.startswith("cancel my order")]
    assert list(same["intent"]) == ["refund_status"], "the latest correction wins"


def test_feedback_keeps_a_time_ordered_split(tmp_path: Path) -> None:
    training = inbox().assign(timestamp=[f"2026-01-{d:02d}T10:00:00Z"
                                         for d in range(1, 19)])
    store = store_with(tmp_path, [{"text": "where is my parcel?",
                                   "correct_intent": "order_status"}])
    folded = fold_feedback(training, read_corrections(store))
    assert folded["timestamp"].notna().all()
    splits = split_data(folded, 0.15, 0.15, seed=42)
    assert "where is my parcel?" in set(splits.test["text"]), "the newest message is held out"


def test_feedback_labels_are_cleaned_and_bad_languages_skipped(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = store_with(tmp_path, [
        {"text": "où est mon colis ?", "correct_intent": "order_status", "language": "FR",
         "correct_urgency": " High"},
        {"text": "where's my stuff", "correct_intent": "order_status", "language": "english"}])
    folded = fold_feedback(inbox(), read_corrections(store))
    row = folded[folded["text"] == "où est mon colis ?"].iloc[0]
    assert (row["language"], row["urgency"]) == ("fr", "high")
    assert "where's my stuff" not in set(folded["text"])
    assert re.search(r"feedback id 2 .*language 'english' is not an ISO 639-1 code",
                     caplog.text)
    assert folded.attrs["n_feedback_examples"] == 1
