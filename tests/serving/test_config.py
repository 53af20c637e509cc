"""ServingConfig: read from TRIAGE_* variables, checked, frozen."""

from __future__ import annotations

import dataclasses

import pytest

from serving.config import (
    DEFAULT_FEEDBACK_URL,
    DEFAULT_MODEL_URI,
    ServingConfig,
    ServingConfigError,
)


def test_defaults() -> None:
    config = ServingConfig.from_env({})
    assert config.model_uri == DEFAULT_MODEL_URI == "models:/triage@champion"
    assert config.feedback_url == DEFAULT_FEEDBACK_URL
    assert (config.max_text_chars, config.max_batch, config.api_keys) == (5000, 64, ())
    assert config.log_text is False and config.reload_poll_seconds == 0
    assert config.tracking_uri.startswith("sqlite:///") and config.tracking_uri.endswith(
        "models/mlflow.db")


def test_environment_values() -> None:
    config = ServingConfig.from_env({
        "TRIAGE_MODEL_URI": "models:/triage/3", "TRIAGE_API_KEYS": " k1, k2 ,,",
        "TRIAGE_MAX_TEXT_CHARS": "100", "TRIAGE_MAX_BATCH": "8", "TRIAGE_LOG_TEXT": "true",
        "TRIAGE_FEEDBACK_URL": "postgresql://db/triage", "TRIAGE_RELOAD_POLL_SECONDS": "30",
        "TRIAGE_AUTO_REPLY_THRESHOLD": "0.9", "TRIAGE_SUGGEST_THRESHOLD": "0.5",
        "TRIAGE_ALWAYS_HUMAN_INTENTS": "fraud,complaint", "MLFLOW_TRACKING_URI": "http://mlf:5000",
    })
    assert config.model_uri == "models:/triage/3" and config.api_keys == ("k1", "k2")
    assert (config.max_text_chars, config.max_batch, config.log_text) == (100, 8, True)
    assert config.tracking_uri == "http://mlf:5000"
    assert config.policy_overrides == {"auto_reply_threshold": 0.9, "suggest_threshold": 0.5,
                                       "always_human_intents": ("fraud", "complaint")}


@pytest.mark.parametrize("env, match", [
    ({"TRIAGE_MAX_BATCH": "many"}, "TRIAGE_MAX_BATCH has an invalid value 'many'"),
    ({"TRIAGE_MAX_BATCH": "0"}, "max_batch must be at least 1"),
    ({"TRIAGE_AUTO_REPLY_THRESHOLD": "1.5"}, "auto_reply_threshold must be between 0 and 1"),
    ({"TRIAGE_AUTO_REPLY_THRESHOLD": "0.4", "TRIAGE_SUGGEST_THRESHOLD": "0.6"},
     "suggest_threshold must not exceed auto_reply_threshold"),
    ({"TRIAGE_RELOAD_POLL_SECONDS": "-1"}, "reload_poll_seconds must be >= 0"),
])
def test_bad_values_are_refused(env: dict[str, str], match: str) -> None:
    with pytest.raises(ServingConfigError, match=match):
        ServingConfig.from_env(env)


def test_the_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ServingConfig().max_batch = 3  # type: ignore[misc]
