"""`triage train --feedback`: agents' corrections become training examples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import make_config, mlflow_client
from training.cli import main
from training.data import LINE
from training.feedback import fold_feedback
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
    folded = fold_feedback(training, fixes)
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
