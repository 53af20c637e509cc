"""`triage evaluate`: measure a registered model on a labelled file, as one MLflow run."""

from __future__ import annotations

from pathlib import Path

import mlflow
import numpy as np
from sklearn.metrics import accuracy_score, f1_score

from training.data import file_hash
from training.tracking import git_commit, setup_mlflow
from training.validate import load_training_data
from triage.config import TriageConfig
from triage.pyfunc import load_triage_model


def evaluate_model(config: TriageConfig, model_uri: str, data_path: str | Path) -> dict[str, float]:
    """Intent, urgency and decision metrics of `model_uri` on the labelled data."""
    frame = load_training_data(data_path, min_examples_per_intent=1)
    experiment = setup_mlflow(config)
    loaded = load_triage_model(model_uri)
    results = loaded.model.score(frame["text"].tolist(),
                                 frame["language"].tolist() if "language" in frame else None)
    predicted = np.array([r.intent for r in results], dtype=object)
    truth = frame["intent"].to_numpy(dtype=object)
    metrics = {"accuracy": float(accuracy_score(truth, predicted)),
               "macro_f1": float(f1_score(truth, predicted, average="macro", zero_division=0))}
    actions = np.array([r.decision.action for r in results])
    for action in ("auto_reply", "suggest", "escalate"):
        metrics[f"share_{action}"] = float(np.mean(actions == action))
    auto = actions == "auto_reply"
    if auto.any():
        metrics["auto_reply_precision"] = float(np.mean(predicted[auto] == truth[auto]))
    if "urgency" in frame and frame["urgency"].notna().any() and results[0].urgency is not None:
        rows = frame["urgency"].notna().to_numpy()
        urgency = np.array([r.urgency for r in results], dtype=object)
        metrics["urgency_accuracy"] = float(np.mean(urgency[rows] == frame["urgency"][rows]))
    with mlflow.start_run(experiment_id=experiment, run_name=f"evaluate {model_uri}"):
        mlflow.set_tags({"command": "evaluate", "model_uri": model_uri,
                         "model_version": str(loaded.version), "git_commit": git_commit(),
                         "data_sha256": file_hash(data_path)})
        mlflow.log_metrics(metrics)
    return metrics
