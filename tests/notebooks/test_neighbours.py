"""Neighbours, overlaps and messages between intents, on embeddings shaped on purpose."""

from __future__ import annotations

import numpy as np
import pytest

from tests.notebooks.test_explore import assert_readable
from training import neighbours


def test_nearest_never_returns_the_message_itself_and_sorts_by_similarity(labelled):
    _, embeddings = labelled
    found = neighbours.nearest(embeddings, k=5)
    assert not (found.index == np.arange(len(embeddings))[:, None]).any()
    assert (np.diff(found.similarity, axis=1) <= 1e-6).all()


def test_nearest_needs_two_messages():
    with pytest.raises(ValueError, match="at least two messages"):
        neighbours.nearest(np.ones((1, 3), dtype=np.float32), k=3)


def test_typical_messages_come_from_their_own_intent(labelled):
    frame, embeddings = labelled
    typical = neighbours.typical_messages(frame, embeddings, per_intent=2)
    assert typical.groupby("intent").size().to_dict() == {
        "delivery_delay": 2, "order_status": 2, "thanks": 2}
    assert "it is late, where is my order?" not in set(typical["text"])  # the outlier


def test_neighbour_examples_show_each_intents_typical_message_with_k_neighbours(labelled):
    frame, embeddings = labelled
    table = neighbours.neighbour_examples(frame, embeddings, k=3)
    assert len(table) == 3 * frame["intent"].nunique()
    thanks = table[table["intent"] == "thanks"]
    assert set(thanks["neighbour intent"]) == {"thanks"}


def test_overlapping_intents_are_the_ones_sharing_a_region(labelled):
    frame, embeddings = labelled
    matrix = neighbours.overlap_matrix(frame, embeddings, k=5)
    assert np.allclose(matrix.sum(axis=1), 1.0)
    pairs = neighbours.overlapping_pairs(matrix)
    assert set(pairs.loc[0, ["intent", "other intent"]]) == {"order_status", "delivery_delay"}
    assert "thanks" not in set(pairs["intent"]) | set(pairs["other intent"])
    assert_readable(neighbours.overlap_plot(matrix), legend=False)  # a colour bar instead


def test_a_message_among_another_intents_messages_is_listed_first(labelled):
    frame, embeddings = labelled
    between = neighbours.between_intents(frame, embeddings, k=5)
    first = between.iloc[0]
    assert first["text"] == "it is late, where is my order?"
    assert first["neighbours mostly"] == "order_status"
    assert first["share of neighbours"] == 1.0


def test_agreement_per_language(labelled):
    frame, embeddings = labelled
    table = neighbours.neighbour_agreement(frame, embeddings, k=5)
    assert set(table.index) == {"en", "fr"}
    assert table["messages"].sum() == len(frame)
    assert (table["same intent"] > 0.5).all()
