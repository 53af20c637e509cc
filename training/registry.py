"""The model registry: registering a candidate, and the promotion gate that moves `champion` to
the candidate only if it is at least as good.

Both models are scored on the same held-out data — by default the candidate's own test split,
logged with its run — and compared on intent macro-F1 (then accuracy).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import mlflow
import pandas as pd
from mlflow.exceptions import MlflowException
from sklearn.metrics import accuracy_score, f1_score

from training.tracking import setup_mlflow
from training.validate import load_training_data
from triage.config import TriageConfig
from triage.pyfunc import ModelFormatError, ModelLoadError, load_triage_model

log = logging.getLogger(__name__)
CANDIDATE, CHAMPION = "candidate", "champion"
# What MLflow answers when a model or alias does not exist (not when the store cannot be reached).
_NOT_FOUND = {"RESOURCE_DOES_NOT_EXIST", "INVALID_PARAMETER_VALUE"}
T = TypeVar("T")


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
            scored = _fmt(self.champion_metrics) if self.champion_metrics else "(not scored)"
            lines.append(f"champion:  version {self.champion_version}  {scored}")
        lines.append(("PROMOTED: " if self.promoted else "NOT PROMOTED: ") + self.reason)
        return "\n".join(lines)


def _fmt(metrics: dict[str, float] | None) -> str:
    return "  ".join(f"{k}={v:.4f}" for k, v in (metrics or {}).items())


def _unless_missing(lookup: Callable[[], T]) -> T | None:
    """`lookup()`, or None when MLflow says the model or alias does not exist; a store
    failure raises."""
    try:
        return lookup()
    except MlflowException as e:
        if e.error_code in _NOT_FOUND:
            return None
        raise


def _version_by_alias(name: str, alias: str) -> str | None:
    """The version `alias` points at; None when there is none, but a store failure raises."""
    found = _unless_missing(lambda: mlflow.MlflowClient().get_model_version_by_alias(name, alias))
    return None if found is None else str(found.version)


@contextmanager
def registered_candidate(name: str) -> Iterator[Callable[[str], str]]:
    """Yield `register(model_uri) -> version`: register a version and point @candidate at it.

    A failed training run registers nothing: if anything in the block fails after the version
    was created (setting the alias on a locked store, ending the run, ...), the version is
    deleted and @candidate put back where it was — and when that version had created the
    registered model, the model goes too — then the error goes on. Enter it before the MLflow
    run, so that a failure to end the run is covered too.
    """
    created: list[_Registration] = []

    def register(model_uri: str) -> str:
        existed = _model_exists(name)
        previous = _version_by_alias(name, CANDIDATE) if existed else None
        version = str(mlflow.register_model(model_uri, name).version)
        created.append(_Registration(version, previous, created_model=not existed))
        mlflow.MlflowClient().set_registered_model_alias(name, CANDIDATE, version)
        return version

    try:
        yield register
    except BaseException:
        if created:
            _unregister(name, created[0])
        raise


@dataclass(frozen=True)
class _Registration:
    """What one `register` call changed, so a failed run can undo it."""

    version: str
    previous_candidate: str | None
    created_model: bool  # the registered model did not exist before this version


def _model_exists(name: str) -> bool:
    """Whether the registered model exists; a store failure raises."""
    return _unless_missing(lambda: mlflow.MlflowClient().get_registered_model(name)) is not None


def _unregister(name: str, registration: _Registration) -> None:
    """Delete a version registered by a failed run, restoring @candidate if it was moved, and
    the registered model itself if that version created it and nothing else was registered."""
    client = mlflow.MlflowClient()
    version, previous = registration.version, registration.previous_candidate
    try:
        if previous is not None and _version_by_alias(name, CANDIDATE) == version:
            client.set_registered_model_alias(name, CANDIDATE, previous)
        client.delete_model_version(name, version)  # takes an alias still on it along
        log.warning("training failed: deleted %s version %s it had registered", name, version)
        if registration.created_model and not client.search_model_versions(f"name='{name}'"):
            client.delete_registered_model(name)
            log.warning("training failed: deleted the registered model %s it had created",
                        name)
    except MlflowException:  # log it, and let the caller see the error that failed the run
        log.exception("training failed and %s version %s could not be unregistered; delete "
                      "it before promoting", name, version)


@contextmanager
def _store_errors(config: TriageConfig) -> Iterator[None]:
    """A store that cannot be reached or used is a ModelLoadError (exit 3), not a traceback."""
    try:
        yield
    except MlflowException as e:
        raise ModelLoadError(f"cannot use the MLflow store {config.resolved_tracking_uri!r}: "
                             f"{e}") from e


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
    with _store_errors(config):
        setup_mlflow(config)
        return _promote(config.registered_model_name, force, data)


def _promote(name: str, force: bool, data: str | Path | None) -> Promotion:
    candidate = _version_by_alias(name, CANDIDATE)
    if candidate is None:
        raise PromotionError(f"model {name!r} has no @{CANDIDATE}; run `triage train` first")
    champion = _version_by_alias(name, CHAMPION)
    holdout = load_training_data(data, 1) if data else holdout_for(name, candidate)
    candidate_metrics = score_on(f"models:/{name}/{candidate}", holdout)
    champion_metrics, load_error = None, None
    if champion and champion != candidate:
        try:
            champion_metrics = score_on(f"models:/{name}/{champion}", holdout)
        except ModelLoadError as e:
            load_error = e
    if load_error is not None:
        promoted, reason = _verdict_unloadable(champion, load_error, force)
    else:
        promoted, reason = _verdict(candidate, champion, candidate_metrics, champion_metrics,
                                    force)
    if promoted:
        mlflow.MlflowClient().set_registered_model_alias(name, CHAMPION, candidate)
    return Promotion(promoted, candidate, champion, candidate_metrics, champion_metrics, reason)


def _verdict_unloadable(champion: str, error: ModelLoadError, force: bool) -> tuple[bool, str]:
    """Replace a champion saved in a format this code cannot read: it cannot be served either.

    Any other load failure (a missing artifact, a store outage) may say nothing about the
    champion, and promoting past it would skip the gate: that takes --force.
    """
    if isinstance(error, ModelFormatError):
        return True, f"the champion cannot be used by this version of Triage: {error}"
    if force:
        return True, (f"forced with --force although the champion (version {champion}) could "
                      f"not be loaded to compare: {error}")
    return False, (f"the champion (version {champion}) could not be loaded, so the candidate "
                   f"cannot be compared with it: {error}. Fix the champion, or --force "
                   "promotes the candidate anyway")


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
