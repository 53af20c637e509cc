"""The registry stays trustworthy when things fail: a failed training run registers nothing,
and the promotion gate is only skipped for a champion in a model format this code cannot read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import joblib
import mlflow
import pytest
from mlflow.exceptions import MlflowException

from tests.conftest import make_config, mlflow_client
from training.cli import main
from training.registry import promote
from training.train import run_training
from triage.config import TriageConfig


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, tiny_data_dir: Path) -> TriageConfig:
    """A real sqlite store holding versions 1 and 2 of the tiny model."""
    config = make_config(tmp_path_factory.mktemp("registry_safety") / "models")
    run_training(config, tiny_data_dir / "inbox.csv")
    run_training(config, tiny_data_dir / "inbox.csv")
    return config


@pytest.fixture
def v1_champion_v2_candidate(store: TriageConfig) -> TriageConfig:
    """Whatever earlier tests did: version 1 is @champion and version 2 is @candidate."""
    client = mlflow_client(store)
    client.set_registered_model_alias("triage", "champion", "1")
    client.set_registered_model_alias("triage", "candidate", "2")
    return store


def registry_state(config: TriageConfig) -> tuple[list[str], dict[str, str]]:
    """(registered versions, alias → version) of the `triage` model."""
    client = mlflow_client(config)
    versions = sorted(v.version for v in client.search_model_versions("name='triage'"))
    aliases = client.get_registered_model("triage").aliases
    return [str(v) for v in versions], {k: str(v) for k, v in aliases.items()}


def model_pickle(config: TriageConfig, version: str) -> Path:
    """The `triage_model.joblib` artifact of a registered version."""
    client = mlflow_client(config)
    model_id = client.get_model_version("triage", version).source.rsplit("/", 1)[-1]
    location = urlparse(client.get_logged_model(model_id).artifact_location)
    return next(Path(location.path).rglob("triage_model.joblib"))


@contextmanager
def restored_afterwards(path: Path) -> Iterator[Path]:
    """Let a test break an artifact; put the original bytes back when it is done."""
    original = path.read_bytes()
    try:
        yield path
    finally:
        path.write_bytes(original)


def train_while_aliases_are_locked(config: TriageConfig, data_dir: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Train with a store that refuses to set aliases (locked): the run must fail."""
    def locked(*args: object, **kwargs: object) -> None:
        raise MlflowException("(sqlite3.OperationalError) database is locked")

    monkeypatch.setattr(mlflow.MlflowClient, "set_registered_model_alias", locked)
    with pytest.raises(MlflowException, match="database is locked"):
        run_training(config, data_dir / "inbox.csv")
    monkeypatch.undo()


def test_a_training_run_that_cannot_set_candidate_registers_nothing(
        v1_champion_v2_candidate: TriageConfig, tiny_data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = v1_champion_v2_candidate
    before = registry_state(config)
    train_while_aliases_are_locked(config, tiny_data_dir, monkeypatch)
    assert registry_state(config) == before == (["1", "2"], {"champion": "1", "candidate": "2"})
    last_run = mlflow_client(config).search_runs(
        [mlflow.get_experiment_by_name(config.experiment_name).experiment_id],
        order_by=["attribute.start_time DESC"], max_results=1)[0]
    assert last_run.info.status == "FAILED"


def test_a_first_ever_run_that_fails_leaves_no_registered_model(
        tmp_path: Path, tiny_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Registering the first version creates the registered model; undoing the version alone
    # left an empty `triage` model behind, which `promote` and serving then had to tell apart.
    config = make_config(tmp_path / "models")
    train_while_aliases_are_locked(config, tiny_data_dir, monkeypatch)
    assert mlflow_client(config).search_registered_models() == []


def test_a_failure_after_candidate_moved_puts_it_back(
        v1_champion_v2_candidate: TriageConfig, tiny_data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The alias is written, then the call fails (a lost response): the run must still undo it.
    config = v1_champion_v2_candidate
    set_alias = mlflow.MlflowClient.set_registered_model_alias
    calls: list[tuple[str, str, str]] = []

    def written_then_failed(self: mlflow.MlflowClient, name: str, alias: str,
                            version: str) -> None:
        set_alias(self, name, alias, version)
        calls.append((name, alias, str(version)))
        if len(calls) == 1:
            raise MlflowException("connection reset after the alias was written")

    monkeypatch.setattr(mlflow.MlflowClient, "set_registered_model_alias", written_then_failed)
    with pytest.raises(MlflowException, match="connection reset"):
        run_training(config, tiny_data_dir / "inbox.csv")
    monkeypatch.undo()
    assert calls[0][1] == "candidate" and calls[0][2] not in {"1", "2"}
    assert registry_state(config) == (["1", "2"], {"champion": "1", "candidate": "2"})


def test_a_champion_that_fails_to_load_is_not_replaced_without_force(
        v1_champion_v2_candidate: TriageConfig, tiny_data_dir: Path,
        capsys: pytest.CaptureFixture) -> None:
    config = v1_champion_v2_candidate
    holdout = str(tiny_data_dir / "inbox.csv")
    with restored_afterwards(model_pickle(config, "1")) as pickle:
        pickle.unlink()  # a missing artifact: an outage or a mistake, not an old model format
        code = main(["promote", "--models-dir", str(config.models_dir), "--data", holdout,
                     "--no-progress"])
        out = capsys.readouterr().out
        assert code == 1
        assert "NOT PROMOTED: the champion (version 1) could not be loaded" in out
        assert "No such file" in out and "--force promotes the candidate anyway" in out
        assert registry_state(config)[1]["champion"] == "1"

        forced = promote(config, force=True, data=holdout)
    assert forced.promoted and forced.reason.startswith("forced with --force")
    assert registry_state(config)[1]["champion"] == "2"


def test_a_champion_in_an_older_model_format_is_replaced(
        v1_champion_v2_candidate: TriageConfig) -> None:
    config = v1_champion_v2_candidate
    with restored_afterwards(model_pickle(config, "1")) as pickle:
        model = joblib.load(pickle)
        del model.__dict__["format_version"]  # as saved before the field existed: format 1
        joblib.dump(model, pickle)
        result = promote(config)
    assert result.promoted
    assert result.reason.startswith("the champion cannot be used by this version of Triage: ")
    assert "saved in Triage model format 1" in result.reason
    assert registry_state(config)[1]["champion"] == "2"


def test_an_unreachable_tracking_server_fails_promote_with_exit_3(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    # Nothing listens there; MLflow's own retries are left at their defaults (minutes).
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://127.0.0.1:9")
    code = main(["promote", "--models-dir", str(tmp_path / "models"), "--no-progress"])
    assert code == 3
    err = capsys.readouterr().err
    assert ("triage promote: MLflow store error: cannot reach the MLflow server "
            "http://127.0.0.1:9") in err
