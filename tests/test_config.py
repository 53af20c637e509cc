"""Configuration: defaults < TOML file < TRIAGE_* environment < explicit overrides."""

from __future__ import annotations

import re
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


@pytest.mark.parametrize(("overrides", "message"), [
    ({"validation_size": 0.6, "test_size": 0.6}, "must each be between 0 and 1 and leave"),
    ({"test_size": 0.0}, "must each be between 0 and 1"),
    ({"target_precision": 1.5}, "target_precision must be above 0 and at most 1, not 1.5"),
    ({"target_precision": "nan"}, "expected a finite number"),
    ({"suggest_threshold": -1}, "thresholds must satisfy 0 <= suggest_threshold"),
    ({"auto_reply_threshold": 2.0}, "thresholds must satisfy"),
    ({"seed": 4.7}, "configuration key 'seed' has an invalid value 4.7: expected a whole number"),
    ({"seed": True}, "expected a whole number"),
    ({"refit_on_validation": "flase"}, "expected true or false"),
    ({"encoder_model": 5}, "expected text, not int"),
    ({"extra": 5}, "expected a table"),
    ({"urgency_costs": [[0, 1], [1, 0], [1, 1], [1, 1]]}, "urgency_costs must be a 4x4 matrix"),
    ({"urgency_costs": [[0, 1, 2, -3]] + [[1, 0, 1, 2]] * 3}, "must not be negative"),
    ({"min_examples_per_intent": 1}, "min_examples_per_intent is too small"),
])
def test_out_of_range_or_mistyped_values_are_refused_before_any_work(
        overrides: dict, message: str) -> None:
    """Each of these used to be accepted silently, or to fail after a whole training run."""
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(env={}, **overrides)


@pytest.mark.parametrize(("text", "message"), [
    ("triage = 5\n", "'triage' must be a table"),
    ("target_precision = 0.9\n[triage]\nseed = 1\n", "target_precision must be under the [triage]"),
    ("[triag]\nseed = 1\n", "no [triage] table (found: triag)"),
])
def test_file_keys_outside_the_triage_table_are_refused(tmp_path: Path, text: str,
                                                        message: str) -> None:
    toml = tmp_path / "triage.toml"
    toml.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(toml, env={})


def test_booleans_from_the_environment_accept_the_usual_words() -> None:
    assert load_config(env={"TRIAGE_REFIT_ON_VALIDATION": "no"}).refit_on_validation is False
    assert load_config(env={"TRIAGE_SHOW_PROGRESS": "On"}).show_progress is True
