"""Training end to end on a slice of the sample: real encoder, real MLflow sqlite store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import mlflow
import pandas as pd
import pytest

from tests.conftest import make_config, mlflow_client
from training.cli import main
from training.train import run_training
from triage.mlflow_store import use_store
from triage.model import BATCH_COLUMNS


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory, tiny_data_dir: Path):
    """Two trainings on the same data in one store: the second must hit the cache."""
    config = make_config(tmp_path_factory.mktemp("tiny-store") / "models")
    first = run_training(config, tiny_data_dir / "inbox.csv")
    second = run_training(config, tiny_data_dir / "inbox.csv")
    return config, first, second


def test_a_retrain_embeds_nothing_it_has_seen(tiny_run) -> None:
    _, first, second = tiny_run
    assert first.cache_misses > 0
    assert second.cache_misses == 0
    assert second.cache_hits == first.cache_hits + first.cache_misses


def test_run_has_params_metrics_tags_plots_and_holdout(tiny_run) -> None:
    config, first, _ = tiny_run
    client = mlflow_client(config)
    run = client.get_run(first.run_id)
    assert run.data.params["encoder_model"] == "all-MiniLM-L6-v2"
    assert run.data.params["target_precision"] == "0.97"
    assert len(run.data.tags["data_sha256"]) == 64
    assert run.data.tags["git_commit"]
    for metric in ("test_intent_accuracy", "test_intent_macro_f1", "test_intent_ece",
                   "test_intent_aurc", "auto_reply_threshold", "test_auto_reply_coverage",
                   "test_urgency_macro_f1", "embedding_cache_misses"):
        assert metric in run.data.metrics, metric
    artifacts = {a.path for a in client.list_artifacts(first.run_id, "evaluation")}
    assert {"evaluation/intent_confusion_matrix.png", "evaluation/intent_reliability.png",
            "evaluation/intent_risk_coverage.png", "evaluation/intent_report.json",
            "evaluation/intent_confusion_matrix.csv"} <= artifacts
    assert [a.path for a in client.list_artifacts(first.run_id, "holdout")] == [
        "holdout/test.parquet"]


def test_each_training_registers_a_candidate(tiny_run) -> None:
    config, first, second = tiny_run
    client = mlflow_client(config)
    assert str(client.get_model_version_by_alias("triage", "candidate").version) == second.version
    assert int(second.version) == int(first.version) + 1


def test_threshold_is_stored_with_the_model(tiny_run) -> None:
    config, _, second = tiny_run
    use_store(config.resolved_tracking_uri)
    model = mlflow.pyfunc.load_model("models:/triage@candidate").unwrap_python_model().model
    assert model.policy.auto_reply_threshold == pytest.approx(
        second.metrics["auto_reply_threshold"])


def test_pyfunc_takes_the_optional_language_column(tiny_run) -> None:
    """Through MLflow's pyfunc a given language chooses the answer's language (it was dropped
    as an input outside the signature)."""
    config, _, _ = tiny_run
    use_store(config.resolved_tracking_uri)
    loaded = mlflow.pyfunc.load_model("models:/triage@candidate")
    inputs = {spec.name: spec.required for spec in loaded.metadata.get_input_schema().inputs}
    assert inputs == {"text": True, "language": False}
    text = "where is my order 123456?"
    given = loaded.predict(pd.DataFrame({"text": [text, text], "language": ["en", "fr"]}))
    assert given.loc[0, "answer"] and given.loc[1, "answer"]
    assert given.loc[0, "answer"] != given.loc[1, "answer"]
    detected = loaded.predict(pd.DataFrame({"text": [text]}))
    assert detected.loc[0, "answer"] == given.loc[0, "answer"]


OFFLINE_SCORING = """
import sys, mlflow
mlflow.set_tracking_uri(sys.argv[1])
model = mlflow.pyfunc.load_model("models:/triage@candidate")
import pandas as pd
out = model.predict(pd.DataFrame({"text": ["where is my order 123456?"]}))
print(",".join(out.columns)); print(out.loc[0, "intent"])
"""


def test_logged_model_loads_and_scores_without_hub_access(tiny_run, tmp_path: Path) -> None:
    """A fresh process, hub forced offline, no HF cache and no embedding cache: still scores."""
    config, _, _ = tiny_run
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    env |= {"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "empty-hf-home")}
    done = subprocess.run([sys.executable, "-c", OFFLINE_SCORING, config.resolved_tracking_uri],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    columns, intent = done.stdout.strip().splitlines()[-2:]
    assert columns.split(",") == list(BATCH_COLUMNS)
    assert intent == "order_status"


def test_failed_training_registers_nothing(tiny_data_dir: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture) -> None:
    models = tmp_path / "models"
    code = main(["train", "--data", str(tiny_data_dir / "inbox.csv"), "--models-dir", str(models),
                 "--encoder-model", str(tmp_path / "no-such-encoder"), "--no-progress"])
    assert code == 3
    assert "cannot load encoder" in capsys.readouterr().err
    client = mlflow_client(make_config(models))
    assert client.search_registered_models() == []
    runs = client.search_runs([client.get_experiment_by_name("triage").experiment_id])
    assert [r.info.status for r in runs] == ["FAILED"]


def test_training_without_urgency_labels_reports_urgency_unknown(tiny_data_dir: Path,
                                                                  tmp_path: Path) -> None:
    frame = pd.read_csv(tiny_data_dir / "inbox.csv").drop(columns=["urgency"])
    frame.to_csv(tmp_path / "inbox.csv", index=False)
    config = make_config(tmp_path / "models", extra={})
    run_training(config, tmp_path / "inbox.csv", answers_path=tiny_data_dir / "answers.csv")
    use_store(config.resolved_tracking_uri)
    model = mlflow.pyfunc.load_model("models:/triage@candidate")
    out = model.predict(pd.DataFrame({"text": ["please cancel my order 5512"]}))
    assert out.loc[0, "urgency"] == "unknown"
    assert out.loc[0, "intent"] == "cancel_order"
