"""The kNN votes and the out-of-scope scorer share one copy of the training embeddings, and one
search of them per scoring call; results equal searching twice."""

from __future__ import annotations

import copy
import pickle
from dataclasses import replace

import joblib
import numpy as np
import pandas as pd
import pytest

from triage.model import TriageModel

pytestmark = pytest.mark.slow


def test_a_trained_model_holds_the_training_embeddings_once(triage_model: TriageModel) -> None:
    votes = triage_model.intent_classifier.neighbours_
    oos = triage_model.out_of_scope
    assert oos.reference_ is votes.reference_  # survived the MLflow round trip
    assert 0 < oos.reference_rows.shape[0] < votes.reference_.shape[0]  # train rows only
    restored = pickle.loads(pickle.dumps(triage_model))
    assert restored.out_of_scope.reference_ is restored.intent_classifier.neighbours_.reference_


def test_one_search_gives_the_scores_of_two(triage_model: TriageModel,
                                            sample_inbox: pd.DataFrame) -> None:
    texts = [*sample_inbox["text"].head(40), "what is the capital of peru", "tell me a joke"]
    emb = triage_model.embedder.transform(texts)
    # A deep copy of the scorer no longer shares the matrix: the model then searches twice.
    separate_model = replace(triage_model, out_of_scope=copy.deepcopy(triage_model.out_of_scope))
    assert separate_model._shared_search(emb) == (None, None)
    shared = triage_model.score(texts, embeddings=emb)
    separate = separate_model.score(texts, embeddings=emb)
    for a, b in zip(shared, separate):
        assert (a.intent, a.out_of_scope, a.decision) == (b.intent, b.out_of_scope, b.decision)
        np.testing.assert_allclose([a.intent_confidence, a.out_of_scope_score],
                                   [b.intent_confidence, b.out_of_scope_score], atol=1e-6)


def test_joblib_saves_the_shared_matrix_once(triage_model: TriageModel, tmp_path) -> None:
    matrix = triage_model.intent_classifier.neighbours_.reference_
    shared_path, separate_path = tmp_path / "shared.joblib", tmp_path / "separate.joblib"
    joblib.dump(triage_model, shared_path)
    joblib.dump(replace(triage_model, out_of_scope=copy.deepcopy(triage_model.out_of_scope)),
                separate_path)
    restored = joblib.load(shared_path)
    assert restored.out_of_scope.reference_ is restored.intent_classifier.neighbours_.reference_
    np.testing.assert_array_equal(restored.out_of_scope.reference_rows,
                                  triage_model.out_of_scope.reference_rows)
    assert triage_model.out_of_scope.reference_ is matrix  # saving did not unlink the original
    saved = separate_path.stat().st_size - shared_path.stat().st_size
    assert saved > 0.9 * matrix.nbytes
