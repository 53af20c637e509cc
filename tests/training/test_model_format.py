"""Models saved by an incompatible version of Triage: a clear error; promotion past an
unreadable champion only with --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_config, mlflow_client
from training.registry import promote
from training.train import run_training
from triage import model as model_module
from triage.pyfunc import ModelFormatError, ModelLoadError, check_format, load_triage_model


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory: pytest.TempPathFactory, tiny_data_dir: Path):
    """Version 1 promoted to @champion, version 2 the @candidate."""
    config = make_config(tmp_path_factory.mktemp("formats") / "models")
    run_training(config, tiny_data_dir / "inbox.csv")
    promote(config)
    run_training(config, tiny_data_dir / "inbox.csv")
    return config


def test_a_model_in_another_format_is_refused_with_a_retrain_message(
        two_versions, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_module, "MODEL_FORMAT", model_module.MODEL_FORMAT + 1)
    # The subclass, not only a ModelLoadError: the promotion gate tells the two apart.
    with pytest.raises(ModelFormatError, match=r"saved in Triage model format \d+; this version "
                                             r"reads format \d+: retrain it with `triage train`"):
        load_triage_model("models:/triage/1", two_versions.resolved_tracking_uri)


def test_a_pickle_from_before_format_versions_is_refused(two_versions) -> None:
    model = load_triage_model("models:/triage/1", two_versions.resolved_tracking_uri).model
    del model.__dict__["format_version"]  # what unpickling a model saved before the field gives
    with pytest.raises(ModelLoadError, match="saved in Triage model format 1; this version reads"):
        check_format(model, "models:/triage/1")


def test_a_champion_whose_pickle_cannot_be_read_is_kept_without_force(two_versions) -> None:
    """Only a champion in an older model format is replaced unasked (tests/training/
    test_registry_safety.py); bytes that do not unpickle may be a damaged store, and replacing
    the champion then would skip the comparison the gate exists for."""
    pickles = sorted(two_versions.models_dir.rglob("triage_model.joblib"),
                     key=lambda p: p.stat().st_mtime)
    pickles[0].write_bytes(b"not a model")
    kept = promote(two_versions)
    assert not kept.promoted
    assert "could not be loaded" in kept.reason and "--force" in kept.reason
    aliases = mlflow_client(two_versions).get_registered_model("triage").aliases
    assert str(aliases["champion"]) == "1"
    forced = promote(two_versions, force=True)
    assert forced.promoted
    assert str(mlflow_client(two_versions).get_registered_model("triage").aliases["champion"]) \
        == "2"
