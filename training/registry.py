"""The promotion gate: `champion` moves to the candidate only if it is at least as good.

Both models are scored on the same held-out data — by default the candidate's own test split,
logged with its run — and compared on intent macro-F1 (then accuracy).
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

import mlflow
import pandas as pd
from mlflow.exceptions import MlflowException
from sklearn.metrics import accuracy_score, f1_score

from training.tracking import setup_mlflow
from training.validate import load_training_data
from triage.config import TriageConfig
from triage.pyfunc import ModelLoadError, load_triage_model

log = logging.getLogger(__name__)
CANDIDATE, CHAMPION = "candidate", "champion"


class PromotionError(RuntimeError):
    """Promotion cannot proceed (no candidate, unreadable hold-out data, ...)."""


@dataclass(frozen=True)
class Promotion:
    promoted: bool
    candidate_version: str
    champion_version: str | None
    candidate_metrics: dict[str, float]
    champion_metrics: dict[str, float] | None
    reason: str

    def summary(self) -> str:
        lines = [f"candidate: version {self.candidate_version}  {_fmt(self.candidate_metrics)}"]
        if self.champion_version:
            lines.append(f"champion:  version {self.champion_version}  "
                         f"{_fmt(self.champion_metrics)}")
        lines.append(("PROMOTED: " if self.promoted else "NOT PROMOTED: ") + self.reason)
        return "\n".join(lines)


def _fmt(metrics: dict[str, float] | None) -> str:
    return "  ".join(f"{k}={v:.4f}" for k, v in (metrics or {}).items())


def _version_by_alias(name: str, alias: str) -> str | None:
    try:
        return str(mlflow.MlflowClient().get_model_version_by_alias(name, alias).version)
    except MlflowException:
        return None


def holdout_for(name: str, version: str) -> pd.DataFrame:
    """The test split logged with the run that produced this model version."""
    run_id = mlflow.MlflowClient().get_model_version(name, version).run_id
    with tempfile.TemporaryDirectory() as tmp:
        try:
            path = mlflow.artifacts.download_artifacts(run_id=run_id,
                                                       artifact_path="holdout/test.parquet",
                                                       dst_path=tmp)
        except (MlflowException, OSError) as e:
            raise PromotionError(f"version {version} has no logged hold-out split; pass --data "
                                 "with labelled held-out messages") from e
        return pd.read_parquet(path)


def score_on(uri: str, holdout: pd.DataFrame) -> dict[str, float]:
    predicted = load_triage_model(uri).model.score_frame(holdout[["text"]])["intent"]
    return {"accuracy": float(accuracy_score(holdout["intent"], predicted)),
            "macro_f1": float(f1_score(holdout["intent"], predicted, average="macro",
                                       zero_division=0))}


def promote(config: TriageConfig, force: bool = False, data: str | Path | None = None) -> Promotion:
    """Point `champion` at `candidate` when it is at least as good (or `force`)."""
    setup_mlflow(config)
    name = config.registered_model_name
    candidate = _version_by_alias(name, CANDIDATE)
    if candidate is None:
        raise PromotionError(f"model {name!r} has no @{CANDIDATE}; run `triage train` first")
    champion = _version_by_alias(name, CHAMPION)
    holdout = load_training_data(data, 1) if data else holdout_for(name, candidate)
    candidate_metrics = score_on(f"models:/{name}/{candidate}", holdout)
    champion_metrics, unusable = None, None
    if champion and champion != candidate:
        try:
            champion_metrics = score_on(f"models:/{name}/{champion}", holdout)
        except ModelLoadError as e:
            unusable = str(e)
    if unusable:  # a champion this code cannot load cannot be served either: replace it
        promoted, reason = True, ("the champion cannot be used by this version of Triage: "
                                  f"{unusable}")
    else:
        promoted, reason = _verdict(candidate, champion, candidate_metrics, champion_metrics,
                                    force)
    if promoted:
        mlflow.MlflowClient().set_registered_model_alias(name, CHAMPION, candidate)
    return Promotion(promoted, candidate, champion, candidate_metrics, champion_metrics, reason)


def _verdict(candidate: str, champion: str | None, new: dict[str, float],
             old: dict[str, float] | None, force: bool) -> tuple[bool, str]:
    if champion is None:
        return True, "there was no champion"
    if champion == candidate:
        return False, f"version {candidate} is already the champion"
    better = (new["macro_f1"], new["accuracy"]) >= (old["macro_f1"], old["accuracy"])
    if better:
        return True, "the candidate is at least as good on the same held-out data"
    if force:
        return True, "forced with --force although the candidate is worse"
    return False, ("the candidate is worse than the champion on the same held-out data "
                   "(--force overrides)")
