"""Fitting a `TriageModel` from the splits: one embedding pass, then each part on its split."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd

from training.split import Splits
from triage.answers import AnswerIndex
from triage.classifier import Labelled, TextClassifier
from triage.config import TriageConfig
from triage.embedder import SentenceEmbedder
from triage.language import SUPPORTED
from triage.model import TriageModel
from triage.out_of_scope import OutOfScopeScorer
from triage.policy import Policy

log = logging.getLogger(__name__)


@dataclass
class Embedded:
    """Embeddings of each split, rows aligned with the split's frame."""

    train: np.ndarray
    validation: np.ndarray
    test: np.ndarray


def make_embedder(config: TriageConfig) -> SentenceEmbedder:
    return SentenceEmbedder(model_name=config.encoder_model, backend=config.encoder_backend,
                            batch_size=config.embed_batch_size,
                            cache_dir=str(config.cache_dir.resolve()),
                            show_progress=config.show_progress)


def embed_splits(embedder: SentenceEmbedder, splits: Splits) -> Embedded:
    """Embed all splits in one call so distinct texts are encoded once (and cached)."""
    parts = [splits.train, splits.validation, splits.test]
    texts = [t for part in parts for t in part["text"]]
    vectors = embedder.fit(texts).transform(texts)
    a, b = len(splits.train), len(splits.train) + len(splits.validation)
    log.info("embeddings: %d cache hits, %d encoded", embedder.cache_hits_, embedder.cache_misses_)
    return Embedded(vectors[:a], vectors[a:b], vectors[b:])


def _labelled(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.zeros(len(frame), dtype=bool)
    return frame[column].notna().to_numpy()


@dataclass
class Fitted:
    """A fitted classifier and its validation probabilities from *before* the final refit.

    Thresholds (auto-reply, out-of-scope) must be chosen on predictions for messages the
    model has not learnt from, so they are taken before `refit` folds validation in.
    """

    classifier: TextClassifier
    validation_proba: np.ndarray
    validation_rows: np.ndarray


def fit_calibrate_refit(clf: TextClassifier, splits: Splits, emb: Embedded, column: str,
                        refit: bool) -> Fitted:
    """Fit on the labelled train rows, choose fusion weights and temperature on validation,
    then (when `refit`) refit on train + validation with those choices."""
    rows = _labelled(splits.train, column)
    val_rows = _labelled(splits.validation, column)
    train = Labelled(emb.train[rows], splits.train.loc[rows, "text"].tolist(),
                     splits.train.loc[rows, column].tolist())
    if not val_rows.any():
        clf.fit(*train)
        return Fitted(clf, np.empty((0, len(clf.classes_))), val_rows)
    validation = Labelled(emb.validation[val_rows],
                          splits.validation.loc[val_rows, "text"].tolist(),
                          splits.validation.loc[val_rows, column].tolist())
    proba = clf.fit_calibrate_refit(train, validation, refit)
    return Fitted(clf, proba, val_rows)


def fit_intent(splits: Splits, emb: Embedded, config: TriageConfig) -> Fitted:
    return fit_calibrate_refit(TextClassifier(seed=config.seed), splits, emb, "intent",
                               config.refit_on_validation)


def fit_urgency(splits: Splits, emb: Embedded, config: TriageConfig) -> TextClassifier | None:
    """Urgency classifier on the rows that have an urgency label; None without labels."""
    train_rows = _labelled(splits.train, "urgency")
    if not train_rows.any() or splits.train.loc[train_rows, "urgency"].nunique() < 2:
        log.warning("no usable urgency labels: urgency will be reported as unknown")
        return None
    clf = TextClassifier(seed=config.seed, class_weight="balanced")
    return fit_calibrate_refit(clf, splits, emb, "urgency", config.refit_on_validation).classifier


def fit_answers(splits: Splits, emb: Embedded, templates: dict[tuple[str, str], str],
                languages: tuple[str, ...]) -> AnswerIndex:
    """History comes from train and validation: test messages stay unseen for evaluation."""
    frame = pd.concat([splits.train, splits.validation])
    vectors = np.vstack([emb.train, emb.validation])
    answers = frame["answer"].tolist() if "answer" in frame.columns else [None] * len(frame)
    langs = (frame["language"].fillna(languages[0]).tolist() if "language" in frame.columns
             else [languages[0]] * len(frame))
    default = "en" if "en" in languages else languages[0]
    return AnswerIndex(templates, default_language=default).fit(
        vectors, frame["intent"].tolist(), langs, answers)


def data_languages(splits: Splits) -> tuple[str, ...]:
    """Languages to detect among: those of the training data, else every supported one."""
    if "language" in splits.train.columns and splits.train["language"].notna().any():
        return tuple(sorted(set(splits.train["language"].dropna())))
    return SUPPORTED


def build_policy(config: TriageConfig, auto_threshold: float) -> Policy:
    auto = (config.auto_reply_threshold if config.auto_reply_threshold is not None
            else auto_threshold)
    return Policy(auto_reply_threshold=auto, suggest_threshold=min(config.suggest_threshold, auto),
                  always_human_intents=config.always_human_intents,
                  human_request_intents=config.human_request_intents)


def fit_out_of_scope(intent: TextClassifier, emb: Embedded,
                     config: TriageConfig) -> OutOfScopeScorer:
    """The out-of-scope reference is the train split. When the intent classifier's neighbour
    matrix starts with exactly those rows (it does after the refit on train + validation), the
    scorer keeps that matrix and the row count instead of a second copy of the embeddings."""
    oos = OutOfScopeScorer(target_in_scope_recall=config.oos_target_in_scope_recall)
    neighbours = getattr(intent, "neighbours_", None)
    n_train = len(emb.train)
    if (neighbours is not None and len(neighbours.reference_) >= n_train
            and np.array_equal(neighbours.reference_[:n_train], emb.train)):
        return oos.fit(neighbours.reference_, n_rows=n_train)
    return oos.fit(emb.train)


def share_training_embeddings(model: TriageModel) -> None:
    """Point the urgency kNN votes and the answer index at the intent classifier's kNN matrix
    when they hold exactly the same rows (every message labelled with urgency, every message
    answered): one copy in memory and on disk, and one search per scoring call."""
    intent_votes = getattr(model.intent_classifier, "neighbours_", None)
    if intent_votes is None:
        return
    matrix = intent_votes.reference_
    urgency_votes = getattr(model.urgency_classifier, "neighbours_", None)
    if urgency_votes is not None and _same_rows(urgency_votes.reference_, matrix):
        urgency_votes.reference_ = matrix
    if _same_rows(getattr(model.answers, "embeddings_", None), matrix):
        model.answers.embeddings_ = matrix


def _same_rows(candidate: np.ndarray | None, matrix: np.ndarray) -> bool:
    return (candidate is not None and candidate.shape == matrix.shape
            and candidate.dtype == matrix.dtype and np.array_equal(candidate, matrix))


def fit_model(splits: Splits, emb: Embedded, embedder: SentenceEmbedder,
              templates: dict[tuple[str, str], str],
              config: TriageConfig) -> tuple[TriageModel, Fitted]:
    """Fit every part; the auto-reply threshold is left at 1.0 until chosen on validation.

    Returns the model and the intent classifier's validation probabilities before its refit.
    """
    intent = fit_intent(splits, emb, config)
    confidence = intent.validation_proba.max(axis=1)
    oos = fit_out_of_scope(intent.classifier, emb, config).calibrate(emb.validation, confidence)
    languages = data_languages(splits)
    model = TriageModel(
        embedder=embedder, intent_classifier=intent.classifier, urgency_classifier=fit_urgency(
            splits, emb, config), out_of_scope=oos,
        answers=fit_answers(splits, emb, templates, languages), policy=build_policy(config, 1.0),
        languages=languages, urgency_costs=config.urgency_costs)
    share_training_embeddings(model)
    return model, intent
