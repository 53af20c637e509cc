"""`triage train`: validate → split → embed → fit → evaluate → log one MLflow run → register.

Validation happens before the run starts, and registration is the run's last step, so bad data
or a failure anywhere registers nothing.
"""

from __future__ import annotations

import json
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import mlflow
import numpy as np
import pandas as pd

from training.answers import load_out_of_scope, load_templates
from training.data import file_hash
from training.evaluate import Evaluation, automation_at, choose_threshold
from training.feedback import N_USED, fold_feedback
from training.fit import Embedded, Fitted, build_policy, embed_splits, fit_model, make_embedder
from training.plots import (
    confusion_matrix_csv,
    confusion_matrix_plot,
    reliability_plot,
    risk_coverage_plot,
)
from training.registry import registered_candidate
from training.split import Splits, split_data
from training.tracking import git_commit, log_triage_model, setup_mlflow
from training.validate import load_training_data
from triage.config import URGENCY_LEVELS, TriageConfig
from triage.embedder import SentenceEmbedder
from triage.model import TriageModel, cost_aware_levels

log = logging.getLogger(__name__)


@dataclass
class TrainingResult:
    run_id: str
    version: str
    metrics: dict[str, float]
    cache_hits: int
    cache_misses: int
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Trained:
    """What fitting and evaluating on given splits produced (no MLflow involved)."""

    model: TriageModel
    embedded: Embedded
    metrics: dict[str, float]
    intent_test: Evaluation
    urgency_test: Evaluation | None
    embed_seconds: float
    intent: Fitted  # the intent classifier with its validation probabilities before the refit


def proba_evaluation(proba: np.ndarray, classes: np.ndarray, truth: pd.Series) -> Evaluation:
    return Evaluation(truth.to_numpy(dtype=object), classes[proba.argmax(1)], proba.max(1),
                      [str(c) for c in classes])


def intent_evaluation(model: TriageModel, emb: np.ndarray, frame: pd.DataFrame) -> Evaluation:
    proba = model.intent_classifier.predict_proba(emb, frame["text"].tolist())
    return proba_evaluation(proba, model.intent_classifier.classes_, frame["intent"])


def urgency_evaluation(model: TriageModel, emb: np.ndarray,
                       frame: pd.DataFrame) -> Evaluation | None:
    if model.urgency_classifier is None or "urgency" not in frame.columns:
        return None
    rows = frame["urgency"].notna().to_numpy()
    if not rows.any():
        return None
    clf = model.urgency_classifier
    proba = clf.predict_proba(emb[rows], frame.loc[rows, "text"].tolist())
    chosen = cost_aware_levels(proba, list(clf.classes_), model.urgency_costs)
    return Evaluation(frame.loc[rows, "urgency"].to_numpy(dtype=object), clf.classes_[chosen],
                      proba[np.arange(len(chosen)), chosen], list(URGENCY_LEVELS))


def urgency_metrics(evaluation: Evaluation) -> dict[str, float]:
    metrics = evaluation.metrics("test_urgency")
    report = evaluation.report()
    for level in ("high", "critical"):
        metrics[f"test_urgency_recall_{level}"] = float(report[level]["recall"])
    return metrics


def oos_metrics(model: TriageModel, oos_texts: list[str], test_emb: np.ndarray,
                test_conf: np.ndarray) -> dict[str, float]:
    """Out-of-scope recall on the held-out out-of-scope file; in-scope kept on test."""
    in_scope = ~model.out_of_scope.is_out_of_scope(model.out_of_scope.score(test_emb, test_conf))
    metrics = {"test_in_scope_kept": float(in_scope.mean())}
    if oos_texts:
        flags = [r.out_of_scope for r in model.score(oos_texts)]
        metrics["oos_recall"] = float(np.mean(flags))
    return metrics


def _write_evaluation(out: Path, intent_test: Evaluation, urgency_test: Evaluation | None,
                      threshold: float) -> None:
    """The run's evaluation files: plots, classification reports and confusion counts."""
    confusion_matrix_plot(intent_test, out / "intent_confusion_matrix.png",
                          "Intent confusion matrix (test)")
    confusion_matrix_csv(intent_test, out / "intent_confusion_matrix.csv")
    reliability_plot(intent_test, out / "intent_reliability.png",
                     "Intent reliability diagram (test)")
    risk_coverage_plot(intent_test, out / "intent_risk_coverage.png",
                       "Intent risk–coverage (test)", threshold)
    (out / "intent_report.json").write_text(json.dumps(intent_test.report(), indent=2))
    if urgency_test is not None:
        confusion_matrix_plot(urgency_test, out / "urgency_confusion_matrix.png",
                              "Urgency confusion matrix (test)")
        (out / "urgency_report.json").write_text(json.dumps(urgency_test.report(), indent=2))


def _log_artifacts_and_model(trained: Trained, splits: Splits) -> str:
    """Log the evaluation files, the hold-out split and the model; the logged model's URI.

    Drawing the plots in a second thread while the model is logged was measured slower
    (3.2 s against 2.3 s: both hold the GIL most of the time), so the steps run in turn.
    """
    model = trained.model
    with tempfile.TemporaryDirectory() as tmp:
        _write_evaluation(Path(tmp), trained.intent_test, trained.urgency_test,
                          model.policy.auto_reply_threshold)
        mlflow.log_artifacts(tmp, artifact_path="evaluation")
    _log_holdout(splits)
    return log_triage_model(model, input_example(splits.test, model.answers.default_language))


def _log_holdout(splits: Splits) -> None:
    """The test split travels with the run: promotion compares models on it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "test.parquet"
        splits.test.drop(columns=["_line"], errors="ignore").to_parquet(path, index=False)
        mlflow.log_artifact(str(path), artifact_path="holdout")


def input_example(test: pd.DataFrame, default_language: str) -> pd.DataFrame:
    """Three test messages with their language (the test split's, else `default_language`).

    The example shows the optional `language` column, and logging it does not run language
    detection (loading its models took 1.2 s of every training run). Object-dtype labels:
    MLflow's example writer compares column labels with a range, which pandas' string dtype
    deprecates.
    """
    head = test.head(3)
    texts = [str(t) for t in head["text"]]
    given = (head["language"] if "language" in head.columns
             else pd.Series([None] * len(head), index=head.index))
    languages = [str(g) if isinstance(g, str) and g else default_language for g in given]
    return pd.DataFrame({"text": pd.Series(texts, dtype=object),
                         "language": pd.Series(languages, dtype=object)},
                        columns=pd.Index(["text", "language"], dtype=object))


def _params(config: TriageConfig, data_path: Path, splits: Splits) -> dict[str, object]:
    params = {k: getattr(config, k) for k in (
        "encoder_model", "encoder_backend", "seed", "validation_size", "test_size",
        "target_precision", "suggest_threshold", "oos_target_in_scope_recall")}
    params.update({f"n_{k}": v for k, v in splits.sizes().items()})
    params["data_path"] = str(data_path)
    params["n_intents"] = splits.train["intent"].nunique()
    return params


def _evaluate(model: TriageModel, intent: Fitted, splits: Splits, emb: Embedded,
              config: TriageConfig,
              oos_texts: list[str]) -> tuple[dict[str, float], Evaluation, Evaluation | None]:
    """Choose the auto-reply threshold on validation, then measure everything on test.

    The validation predictions are those made before the classifier was refitted on
    validation, so the threshold is chosen on messages the classifier had not seen.
    """
    val = proba_evaluation(intent.validation_proba, intent.classifier.classes_,
                           splits.validation.loc[intent.validation_rows, "intent"])
    threshold = choose_threshold(val.confidence, val.correct, config.target_precision)
    model.policy = build_policy(config, threshold)
    test = intent_evaluation(model, emb.test, splits.test)
    metrics = test.metrics("test_intent") | val.metrics("validation_intent")
    auto = automation_at(test.confidence, test.correct, model.policy.auto_reply_threshold)
    metrics |= {"auto_reply_threshold": model.policy.auto_reply_threshold,
                "test_auto_reply_coverage": auto["coverage"],
                "test_auto_reply_precision": auto["precision"]}
    urgency = urgency_evaluation(model, emb.test, splits.test)
    if urgency is not None:
        metrics |= urgency_metrics(urgency)
    metrics |= oos_metrics(model, oos_texts, emb.test, test.confidence)
    return metrics, test, urgency


def fit_and_evaluate(config: TriageConfig, splits: Splits, embedder: SentenceEmbedder,
                     templates: dict[tuple[str, str], str], oos_texts: list[str]) -> Trained:
    """Embed the splits, fit every part, choose thresholds on validation, measure on test.

    `triage train` runs this inside its MLflow run; the benchmarks call it with their own
    test split, so both measure the same pipeline.
    """
    started = time.perf_counter()
    emb = embed_splits(embedder, splits)
    embed_seconds = time.perf_counter() - started
    model, intent = fit_model(splits, emb, embedder, templates, config)
    metrics, intent_test, urgency_test = _evaluate(model, intent, splits, emb, config, oos_texts)
    model.metrics = dict(metrics)
    return Trained(model, emb, metrics, intent_test, urgency_test, embed_seconds, intent)


def run_training(config: TriageConfig, data_path: str | Path,
                 answers_path: str | Path | None = None,
                 oos_path: str | Path | None = None,
                 extra_rows: pd.DataFrame | None = None) -> TrainingResult:
    """Train, evaluate, log and register a candidate; raises DataError before any run on bad
    data."""
    started = time.perf_counter()
    data_path = Path(data_path)
    frame = load_training_data(data_path, config.min_examples_per_intent)
    if extra_rows is not None:
        frame = fold_feedback(frame, extra_rows, config.min_examples_per_intent)
    templates = load_templates(answers_path, data_path, intents=set(frame["intent"]))
    oos_texts = load_out_of_scope(oos_path, data_path)
    splits = split_data(frame, config.validation_size, config.test_size, config.seed,
                        source=data_path)
    # registered_candidate first: it undoes the registration if anything later fails, even
    # ending the run.
    with (registered_candidate(config.registered_model_name) as register,
          mlflow.start_run(experiment_id=setup_mlflow(config)) as run):
        mlflow.set_tags({"git_commit": git_commit(), "data_sha256": file_hash(data_path)})
        mlflow.log_params(_params(config, data_path, splits) | {
            # Corrections actually learnt from: skipped and superseded ones are not counted.
            "n_feedback_examples": frame.attrs.get(N_USED, 0)})
        embedder = make_embedder(config)
        trained = fit_and_evaluate(config, splits, embedder, templates, oos_texts)
        metrics = trained.metrics
        cache = {"embedding_cache_hits": embedder.cache_hits_,
                 "embedding_cache_misses": embedder.cache_misses_}
        seconds = {"embed_seconds": trained.embed_seconds,
                   "train_seconds": time.perf_counter() - started}
        mlflow.log_metrics(metrics | seconds | cache)
        model_uri = _log_artifacts_and_model(trained, splits)
        version = register(model_uri)
    return TrainingResult(run.info.run_id, version, metrics, cache["embedding_cache_hits"],
                          cache["embedding_cache_misses"], seconds)
