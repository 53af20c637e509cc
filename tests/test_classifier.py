"""TextClassifier's direct linear scoring must agree with scikit-learn's decision_function."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from triage.classifier import Labelled, TextClassifier
from triage.text import lexical_form

WORDS = ["card", "refund", "password", "delivery", "invoice", "login", "lost", "late"]


def _data(n_classes: int, seed: int = 0) -> tuple[np.ndarray, list[str], list[str]]:
    rng = np.random.default_rng(seed)
    labels = [f"intent_{i % n_classes}" for i in range(60)]
    texts = [" ".join(rng.choice(WORDS, size=4)) + f" {label}" for label in labels]
    embeddings = rng.normal(size=(60, 16)).astype(np.float32)
    embeddings /= np.linalg.norm(embeddings, axis=1, keepdims=True)
    return embeddings, texts, labels


@pytest.mark.parametrize("n_classes", [2, 4])
def test_views_match_sklearn_decision_function(n_classes: int) -> None:
    embeddings, texts, labels = _data(n_classes)
    clf = TextClassifier(k=3).fit(embeddings, texts, labels)
    views = clf.views(embeddings, texts)
    expected_embedding = clf.embedding_model_.decision_function(embeddings)
    expected_ngrams = clf.ngram_model_.decision_function(clf._ngrams(texts).astype(np.float64))
    if n_classes == 2:
        expected_embedding = np.column_stack([-expected_embedding / 2, expected_embedding / 2])
        expected_ngrams = np.column_stack([-expected_ngrams / 2, expected_ngrams / 2])
    expected_embedding -= expected_embedding.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(expected_embedding).sum(axis=1, keepdims=True))
    np.testing.assert_allclose(views["embedding"], expected_embedding - log_norm, atol=1e-5)
    np.testing.assert_allclose(views["ngrams"], expected_ngrams, atol=1e-5)


def test_refit_replaces_the_cached_weights() -> None:
    """A refit must score with the new models, not the weights laid out for the old ones."""
    embeddings, texts, labels = _data(3)
    clf = TextClassifier(k=3).fit(embeddings[:30], texts[:30], labels[:30])
    clf.views(embeddings, texts)  # lays out the first fit's weights
    clf.refit(embeddings, texts, labels)
    expected = clf.ngram_model_.decision_function(clf._ngrams(texts).astype(np.float64))
    np.testing.assert_allclose(clf.views(embeddings, texts)["ngrams"], expected, atol=1e-5)


def test_pickle_leaves_out_the_derived_weights() -> None:
    embeddings, texts, labels = _data(3)
    clf = TextClassifier(k=3).fit(embeddings, texts, labels)
    before = clf.predict_proba(embeddings, texts)
    restored = pickle.loads(pickle.dumps(clf))
    assert "_linear_cache" in clf.__dict__ and "_linear_cache" not in restored.__dict__
    np.testing.assert_allclose(restored.predict_proba(embeddings, texts), before, atol=1e-6)


def test_ngram_rows_equal_sklearn_tfidf_including_unknown_and_empty_texts() -> None:
    embeddings, texts, labels = _data(3)
    clf = TextClassifier(k=3).fit(embeddings, texts, labels)
    queries = [texts[0], "", "zzzz qqqq", texts[5].upper() + " card card card"]
    lexical = [lexical_form(t) for t in queries]
    for name, vectorizer in (("word", clf.word_), ("char", clf.char_)):
        expected = vectorizer.transform(lexical).toarray()
        np.testing.assert_allclose(clf._tfidf(name, lexical).toarray(), expected, atol=1e-6)


def test_the_ngram_weights_are_used_in_place_not_copied() -> None:
    """Each gunicorn worker would otherwise hold a private copy of the largest weight matrix."""
    embeddings, texts, labels = _data(4)
    clf = TextClassifier(k=3).fit(embeddings, texts, labels)
    clf.views(embeddings[:1], texts[:1])
    weights, _ = clf._linear_cache["ngrams"]
    assert np.shares_memory(weights, clf.ngram_model_.coef_)


@pytest.mark.parametrize("refit", [True, False])
def test_overlapped_fit_calibrate_refit_equals_the_steps_in_turn(refit: bool) -> None:
    """The refit's views are fitted beside the first fit; the result must not change."""
    embeddings, texts, labels = _data(3)
    train = Labelled(embeddings[:40], texts[:40], labels[:40])
    validation = Labelled(embeddings[40:], texts[40:], labels[40:])
    stepwise = TextClassifier(k=3).fit(*train)
    views = stepwise.views(validation.embeddings, validation.texts)
    expected_proba = stepwise.calibrate_views(views, validation.labels).proba_from_views(views)
    if refit:
        stepwise.refit(embeddings, texts, labels)

    overlapped = TextClassifier(k=3)
    proba = overlapped.fit_calibrate_refit(train, validation, refit=refit)

    np.testing.assert_allclose(proba, expected_proba, atol=1e-9)
    assert (overlapped.ngram_weight_, overlapped.neighbour_weight_) == (
        stepwise.ngram_weight_, stepwise.neighbour_weight_)
    assert overlapped.temperature_ == pytest.approx(stepwise.temperature_)
    assert overlapped.neighbours_.reference_.shape[0] == (60 if refit else 40)
    np.testing.assert_allclose(overlapped.predict_proba(embeddings, texts),
                               stepwise.predict_proba(embeddings, texts), atol=1e-9)
