"""Fitting a `TriageModel` from the splits: one embedding pass, then each part on its split."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd

from training.split import Splits
from triage.answers import AnswerIndex
from triage.classifier import TextClassifier
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
                            batch_size=config.embed_batch_size, cache_dir=str(config.cache_dir.resolve()),
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


def fit_intent(splits: Splits, emb: Embedded, config: TriageConfig) -> TextClassifier:
    clf = TextClassifier(seed=config.seed)
    clf.fit(emb.train, splits.train["text"].tolist(), splits.train["intent"].tolist())
    return clf.calibrate(emb.validation, splits.validation["text"].tolist(),
                         splits.validation["intent"].tolist())


def fit_urgency(splits: Splits, emb: Embedded, config: TriageConfig) -> TextClassifier | None:
    """Urgency classifier on the rows that have an urgency label; None without labels."""
    train_rows = _labelled(splits.train, "urgency")
    if splits.train.loc[train_rows, "urgency"].nunique() < 2:
        log.warning("no usable urgency labels: urgency will be reported as unknown")
        return None
    val_rows = _labelled(splits.validation, "urgency")
    clf = TextClassifier(seed=config.seed, class_weight="balanced")
    clf.fit(emb.train[train_rows], splits.train.loc[train_rows, "text"].tolist(),
            splits.train.loc[train_rows, "urgency"].tolist())
    if val_rows.any():
        clf.calibrate(emb.validation[val_rows], splits.validation.loc[val_rows, "text"].tolist(),
                      splits.validation.loc[val_rows, "urgency"].tolist())
    return clf


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
    auto = config.auto_reply_threshold if config.auto_reply_threshold is not None else auto_threshold
    return Policy(auto_reply_threshold=auto, suggest_threshold=min(config.suggest_threshold, auto),
                  always_human_intents=config.always_human_intents,
                  human_request_intents=config.human_request_intents)


def fit_model(splits: Splits, emb: Embedded, embedder: SentenceEmbedder,
              templates: dict[tuple[str, str], str], config: TriageConfig) -> TriageModel:
    """Fit every part; the auto-reply threshold is left at 1.0 until chosen on validation."""
    intent = fit_intent(splits, emb, config)
    confidence = intent.predict_proba(emb.validation, splits.validation["text"].tolist()).max(1)
    oos = OutOfScopeScorer(target_in_scope_recall=config.oos_target_in_scope_recall)
    oos.fit(emb.train).calibrate(emb.validation, confidence)
    languages = data_languages(splits)
    return TriageModel(
        embedder=embedder, intent_classifier=intent, urgency_classifier=fit_urgency(
            splits, emb, config), out_of_scope=oos,
        answers=fit_answers(splits, emb, templates, languages), policy=build_policy(config, 1.0),
        languages=languages, urgency_costs=config.urgency_costs)
