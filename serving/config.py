"""Configuration of the scoring service: one frozen object built from the environment.

Why frozen and passed in: `create_app(config)` must not read globals, so tests build many apps
with different settings side by side, and gunicorn workers all see the values read at start.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from triage.config import ConfigError, load_config

DEFAULT_MODEL_URI = "models:/triage@champion"
DEFAULT_FEEDBACK_URL = "sqlite:///models/feedback.db"


class ServingConfigError(ConfigError):
    """A serving setting is missing or invalid."""


@dataclass(frozen=True)
class ServingConfig:
    """Everything the HTTP service needs; see serving/README.md for the environment variables."""

    model_uri: str = DEFAULT_MODEL_URI
    tracking_uri: str | None = None
    api_keys: tuple[str, ...] = ()
    max_text_chars: int = 5000
    max_batch: int = 64
    max_body_bytes: int = 2 * 1024 * 1024
    log_text: bool = False
    feedback_url: str = DEFAULT_FEEDBACK_URL
    reload_poll_seconds: float = 0.0
    # A file the workers of one server share: a worker that reloads on POST /v1/admin/reload
    # touches it, and the others reload when they see it change (serving/gunicorn_conf.py sets
    # one per server; unset, a reload reaches only the worker that received it).
    reload_signal_file: str | None = None
    warm_up: bool = True
    auto_reply_threshold: float | None = None
    suggest_threshold: float | None = None
    always_human_intents: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        for name in ("max_text_chars", "max_batch", "max_body_bytes"):
            if getattr(self, name) < 1:
                raise ServingConfigError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.reload_poll_seconds < 0:
            raise ServingConfigError("reload_poll_seconds must be >= 0 (0 turns polling off)")
        for name in ("auto_reply_threshold", "suggest_threshold"):
            value = getattr(self, name)
            if value is not None and not 0.0 <= value <= 1.0:
                raise ServingConfigError(f"{name} must be between 0 and 1, got {value}")
        if (self.suggest_threshold is not None and self.auto_reply_threshold is not None
                and self.suggest_threshold > self.auto_reply_threshold):
            raise ServingConfigError("suggest_threshold must not exceed auto_reply_threshold")

    @property
    def policy_overrides(self) -> dict[str, Any]:
        """The policy fields this deployment overrides (None means: keep the model's value)."""
        return {"auto_reply_threshold": self.auto_reply_threshold,
                "suggest_threshold": self.suggest_threshold,
                "always_human_intents": self.always_human_intents}

    def replace(self, **changes: Any) -> ServingConfig:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ServingConfig:
        """Read TRIAGE_* variables; the MLflow store is the one `triage train` writes to."""
        env = os.environ if env is None else env
        # The serving settings first: the threshold variables are shared with training, and a
        # bad one should be reported in serving's words before the training config sees it.
        config = cls(**_fields_from_env(env))
        return config.replace(tracking_uri=load_config(env=env).resolved_tracking_uri)


# Environment variable → (field, parser). The threshold variables are the ones training reads
# too, with the same meaning: "use this value instead of the one chosen on validation".
def _words(value: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in value.split(",") if w.strip())


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _optional_str(value: str) -> str | None:
    return value.strip() or None


def _optional_float(value: str) -> float | None:
    return float(value) if value.strip() else None


_ENV: dict[str, tuple[str, Any]] = {
    "TRIAGE_MODEL_URI": ("model_uri", str),
    "TRIAGE_API_KEYS": ("api_keys", _words),
    "TRIAGE_MAX_TEXT_CHARS": ("max_text_chars", int),
    "TRIAGE_MAX_BATCH": ("max_batch", int),
    "TRIAGE_MAX_BODY_BYTES": ("max_body_bytes", int),
    "TRIAGE_LOG_TEXT": ("log_text", _flag),
    "TRIAGE_FEEDBACK_URL": ("feedback_url", str),
    "TRIAGE_RELOAD_POLL_SECONDS": ("reload_poll_seconds", float),
    "TRIAGE_RELOAD_SIGNAL_FILE": ("reload_signal_file", _optional_str),
    "TRIAGE_WARM_UP": ("warm_up", _flag),
    "TRIAGE_AUTO_REPLY_THRESHOLD": ("auto_reply_threshold", _optional_float),
    "TRIAGE_SUGGEST_THRESHOLD": ("suggest_threshold", _optional_float),
    "TRIAGE_ALWAYS_HUMAN_INTENTS": ("always_human_intents", _words),
}


def _fields_from_env(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for variable, (name, parse) in _ENV.items():
        if variable in env:
            try:
                values[name] = parse(env[variable])
            except ValueError as e:
                raise ServingConfigError(
                    f"{variable} has an invalid value {env[variable]!r}: {e}") from e
    return values
