"""The out-of-scope scorer on embeddings whose geometry is known: clusters of training messages,
in-scope validation messages near them, and messages far from all of them."""

from __future__ import annotations

import numpy as np
import pytest

from triage.out_of_scope import OutOfScopeScorer

DIM, CLUSTERS, PER_CLUSTER = 32, 8, 40


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def geometry() -> dict[str, np.ndarray]:
    """Training and validation messages around 8 intent centres; confidences of in-scope
    validation messages spread over 0.5-1.0 as a calibrated classifier's are."""
    rng = np.random.default_rng(0)
    centres = _unit(rng.normal(size=(CLUSTERS, DIM)))

    def around(n: int) -> np.ndarray:
        picks = rng.integers(0, CLUSTERS, size=n)
        return _unit(centres[picks] + 0.35 * rng.normal(size=(n, DIM)) / np.sqrt(DIM))

    return {"train": around(CLUSTERS * PER_CLUSTER), "validation": around(200),
            "validation_confidence": rng.uniform(0.5, 1.0, size=200),
            "foreign": _unit(rng.normal(size=(20, DIM)))}


def _calibrated(geometry: dict[str, np.ndarray], **params) -> OutOfScopeScorer:
    return OutOfScopeScorer(**params).fit(geometry["train"]).calibrate(
        geometry["validation"], geometry["validation_confidence"])


def test_a_message_far_from_every_training_message_is_flagged_however_confident(
        geometry: dict[str, np.ndarray]) -> None:
    """A shop's "cancel my order" asked of a bank: the classifier is sure of some banking intent,
    but nothing the model was trained on looks like it. Averaging the two ranks let the
    confidence outvote the distance; either signal alone now makes the case."""
    scorer = _calibrated(geometry)
    foreign = geometry["foreign"]
    assert scorer.similarity(foreign).max() < scorer.similarity_ref_.min()
    flags = scorer.is_out_of_scope(scorer.score(foreign, np.full(len(foreign), 0.99)))
    assert flags.all()


def test_the_threshold_keeps_the_target_share_of_in_scope_validation_messages(
        geometry: dict[str, np.ndarray]) -> None:
    scorer = _calibrated(geometry, target_in_scope_recall=0.9)
    scores = scorer.score(geometry["validation"], geometry["validation_confidence"])
    kept = np.mean(~scorer.is_out_of_scope(scores))
    assert kept == pytest.approx(0.9, abs=0.02)


def test_a_model_calibrated_before_the_product_keeps_the_mean_of_ranks(
        geometry: dict[str, np.ndarray]) -> None:
    """Its pickled threshold was chosen on mean-of-ranks scores: applying the product to it
    would flag a different share of messages than the model was validated with."""
    old = _calibrated(geometry, combine="mean")
    del old.combine  # as unpickled from a model saved before the attribute existed
    confidence = np.full(len(geometry["validation"]), 0.8)
    similarity = old.similarity(geometry["validation"])
    expected = 1.0 - (np.searchsorted(old.similarity_ref_, similarity, side="right")
                      + np.searchsorted(old.confidence_ref_, confidence, side="right")
                      ) / (2 * len(old.similarity_ref_))
    np.testing.assert_allclose(old.score(geometry["validation"], confidence), expected)


def test_an_unknown_combination_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="unknown combination 'max'; choose one of product, mean"):
        OutOfScopeScorer(combine="max").fit(np.eye(3, dtype=np.float32))
