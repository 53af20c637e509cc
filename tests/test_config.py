"""Configuration: defaults < TOML file < TRIAGE_* environment < explicit overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.config import ConfigError, TriageConfig, load_config


def test_defaults_use_the_embedded_sqlite_store(tmp_path: Path) -> None:
    config = load_config(env={}, models_dir=tmp_path)
    assert config.resolved_tracking_uri == f"sqlite:///{tmp_path.resolve()}/mlflow.db"
    assert config.target_precision == 0.97
    assert config.encoder_model == "all-MiniLM-L6-v2"


def test_mlflow_tracking_uri_points_everything_at_a_server() -> None:
    config = load_config(env={"MLFLOW_TRACKING_URI": "http://mlflow.internal:5000"})
    assert config.resolved_tracking_uri == "http://mlflow.internal:5000"


def test_file_then_environment_then_overrides(tmp_path: Path) -> None:
    toml = tmp_path / "triage.toml"
    toml.write_text('[triage]\ntarget_precision = 0.9\nseed = 7\n'
                    'always_human_intents = ["fraud", "legal_threat"]\n')
    config = load_config(toml, env={"TRIAGE_SEED": "11"}, encoder_model="my/encoder")
    assert (config.target_precision, config.seed, config.encoder_model) == (0.9, 11, "my/encoder")
    assert config.always_human_intents == ("fraud", "legal_threat")


def test_environment_lists_are_comma_separated() -> None:
    config = load_config(env={"TRIAGE_ALWAYS_HUMAN_INTENTS": "fraud, complaint"})
    assert config.always_human_intents == ("fraud", "complaint")


@pytest.mark.parametrize(("env", "message"), [
    ({"TRIAGE_SEED": "seven"}, "configuration key 'seed' has an invalid value 'seven'"),
    ({"TRIAGE_CONFIG": "/no/such/file.toml"}, "cannot read configuration file /no/such/file.toml"),
])
def test_bad_configuration_is_a_clear_error(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(env=env)


def test_unknown_key_in_file_is_refused(tmp_path: Path) -> None:
    toml = tmp_path / "triage.toml"
    toml.write_text("[triage]\ntarget_precison = 0.9\n")
    with pytest.raises(ConfigError, match="unknown configuration key 'target_precison'"):
        load_config(toml, env={})


def test_config_is_frozen() -> None:
    config = TriageConfig()
    with pytest.raises(AttributeError):
        config.seed = 3  # type: ignore[misc]
    assert config.replace(seed="3").seed == 3
