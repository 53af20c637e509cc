"""Using one MLflow store must not redirect later configurations in the same process."""

from __future__ import annotations

import os
from pathlib import Path

import mlflow
import pytest

from triage.config import load_config
from triage.mlflow_store import use_store


def test_use_store_does_not_leak_into_the_environment(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    use_store(f"sqlite:///{tmp_path / 'a.db'}")
    assert mlflow.get_tracking_uri() == f"sqlite:///{tmp_path / 'a.db'}"
    assert "MLFLOW_TRACKING_URI" not in os.environ
    config = load_config(models_dir=tmp_path / "b")
    assert config.resolved_tracking_uri.endswith("/b/mlflow.db")


def test_a_team_server_set_in_the_environment_stays(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://mlflow.internal:5000")
    use_store(f"sqlite:///{tmp_path / 'a.db'}")
    assert os.environ["MLFLOW_TRACKING_URI"] == "http://mlflow.internal:5000"
