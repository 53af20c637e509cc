"""Shared fixtures: the shipped sample data, small slices of it, and real trained models.

Everything runs for real: the packaged encoder, MLflow on a sqlite store in a temporary
directory. The expensive fixture (a model trained on the whole sample) is built once per session.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import mlflow
import pandas as pd
import pytest

from training.registry import promote
from training.train import TrainingResult, run_training
from triage.config import TriageConfig, load_config
from triage.pyfunc import LoadedModel, load_triage_model

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_INBOX = SAMPLE_DIR / "inbox.csv"
TINY_INTENTS = ("order_status", "cancel_order", "human_agent", "fraud", "refund_status",
                "thanks")

os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def make_config(models_dir: Path, **overrides: object) -> TriageConfig:
    """A configuration isolated from the caller's environment, storing under `models_dir`."""
    return load_config(env={}, models_dir=models_dir, show_progress=False, **overrides)


def mlflow_client(config: TriageConfig) -> mlflow.MlflowClient:
    """A client on this store for both tracking and registry (never the process-wide default)."""
    uri = config.resolved_tracking_uri
    return mlflow.MlflowClient(tracking_uri=uri, registry_uri=uri)


@pytest.fixture(scope="session")
def sample_inbox() -> pd.DataFrame:
    return pd.read_csv(SAMPLE_INBOX, dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def tiny_data_dir(tmp_path_factory: pytest.TempPathFactory, sample_inbox: pd.DataFrame) -> Path:
    """A small slice of the sample (6 intents, 16 messages each, en and fr) with its answers."""
    out = tmp_path_factory.mktemp("tiny")
    rows = (sample_inbox[sample_inbox["intent"].isin(TINY_INTENTS)]
            .groupby("intent", group_keys=False).head(16))
    rows.to_csv(out / "inbox.csv", index=False)
    answers = pd.read_csv(SAMPLE_DIR / "answers.csv", dtype=str)
    answers[answers["intent"].isin(TINY_INTENTS)].to_csv(out / "answers.csv", index=False)
    return out


@dataclass(frozen=True)
class TrainedRegistry:
    """A real MLflow store in a temporary directory holding a trained, promoted model."""

    config: TriageConfig
    tracking_uri: str
    model_uri: str
    training: TrainingResult
    loaded: LoadedModel


@pytest.fixture(scope="session")
def trained_registry(tmp_path_factory: pytest.TempPathFactory) -> TrainedRegistry:
    """The sample inbox trained once per session, registered and promoted to @champion."""
    config = make_config(tmp_path_factory.mktemp("registry") / "models")
    result = run_training(config, SAMPLE_INBOX)
    promote(config)
    uri = f"models:/{config.registered_model_name}@champion"
    loaded = load_triage_model(uri, config.resolved_tracking_uri)
    return TrainedRegistry(config, config.resolved_tracking_uri, uri, result, loaded)


@pytest.fixture(scope="session")
def triage_model(trained_registry: TrainedRegistry):
    """The champion TriageModel trained on the whole sample."""
    return trained_registry.loaded.model
